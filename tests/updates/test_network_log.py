"""The network log: every request an update sends, with its answer; redirects and proxies."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from refdesk.config.paths import AppPaths
from refdesk.core.types import NetworkRequest
from refdesk.services.library import Library
from refdesk.services.updates import CatalogueUpdates
from refdesk.sync.netlog import NetworkLog

from .conftest import FAST, Publisher, assert_whole, install, updates
from .server import Fault, RepoServer


def _logged(data: Path) -> list[NetworkRequest]:
    library = Library(AppPaths(data))
    try:
        return library.network_requests()
    finally:
        library.close()


def test_every_request_is_logged_with_its_answer(
    tmp_path: Path, publisher: Publisher, server: RepoServer
) -> None:
    data = tmp_path / "data"
    install(data, publisher, 1, tmp_path)
    publisher.repo(2, server.root)
    server.add(Fault("timestamp.json", "redirect"))
    refused = "http://127.0.0.1:9"  # nothing listens there: the next mirror is used
    updates(data).update([refused, server.url])
    log = _logged(data)
    assert log[0].url.startswith(refused) and log[0].status is None and log[0].error
    sent = server.requests()
    assert len(log) == len(sent) + 1  # every request that reached the server, and the refused one
    for entry, request in zip(log[1:], sent, strict=True):
        moved = "?moved" if entry.url.endswith("?moved") else ""
        assert entry.method == "GET" and entry.url == server.url + request.path + moved
        assert (entry.status, entry.bytes) == (request.status, request.sent)
        assert entry.ms >= 0 and datetime.fromisoformat(entry.time).tzinfo is not None
    names = [(e.url.rsplit("/", 1)[-1], e.status) for e in log]
    redirected = [(name, status) for name, status in names if name.startswith("timestamp.json")]
    assert redirected == [("timestamp.json", 302), ("timestamp.json?moved", 200)]  # one line each
    assert sum(e.bytes for e in log) > 1000
    assert_whole(data, 2)


def test_updates_go_through_the_proxy_when_one_is_set(
    tmp_path: Path, publisher: Publisher, server: RepoServer
) -> None:
    data = tmp_path / "data"
    install(data, publisher, 1, tmp_path)
    publisher.repo(2, server.root)
    source = "http://updates.example.invalid"  # only the proxy knows how to reach it
    CatalogueUpdates(AppPaths(data), timeouts=FAST, proxy=server.url).update([source])
    assert server.requests() and all(r.path.startswith(source) for r in server.requests())
    assert all(e.url.startswith(source) for e in _logged(data))
    assert_whole(data, 2)


def test_a_local_update_sends_nothing(tmp_path: Path, publisher: Publisher) -> None:
    data = tmp_path / "data"
    install(data, publisher, 1, tmp_path)
    updates(data).update([str(publisher.repo(2, tmp_path / "stick"))])
    assert _logged(data) == []


def test_the_log_stays_bounded(tmp_path: Path) -> None:
    log = NetworkLog(tmp_path / "logs" / "network.jsonl", keep=3)
    for number in range(7):
        log.record(
            NetworkRequest(f"2026-01-01T00:00:0{number}+00:00", "GET", f"https://x/{number}", 200, 1, 1)
        )
    assert len(log.path.read_text().splitlines()) <= 6
    assert [e.url for e in log.entries()][-3:] == ["https://x/4", "https://x/5", "https://x/6"]
    with log.path.open("a") as handle:
        handle.write('{"cut short')  # a crash in the middle of a line
    assert log.entries()[-1].url == "https://x/6"
    assert [e.url for e in NetworkLog(log.path).entries(limit=2)] == ["https://x/6"]
