"""Updating over HTTP from a real server: first install, deltas, polls, resume, stalls, mirrors."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from refdesk.config.paths import AppPaths
from refdesk.core.types import SearchRequest
from refdesk.services.library import Library
from refdesk.sync.generations import Generations

from .conftest import BIG_DOC_BYTES, Publisher, assert_whole, install, run_cli, updates
from .server import Fault, RepoServer


def serve(server: RepoServer, publisher: Publisher, version: int) -> str:
    if server.root.exists():
        shutil.rmtree(server.root)
    publisher.repo(version, server.root)
    return server.url


def test_first_install_over_http(tmp_path: Path, publisher: Publisher, server: RepoServer) -> None:
    url = serve(server, publisher, 1)
    result = updates(tmp_path / "data").update([url], trust=publisher.root)
    assert (result.status, result.from_version, result.to_version) == ("updated", None, 1)
    assert (result.added, result.changed, result.removed) == (9, 0, 0)
    assert result.downloaded_bytes > BIG_DOC_BYTES
    paths = AppPaths(tmp_path / "data")
    assert (paths.trust_dir / "root.json").exists()
    assert not list(paths.downloads_dir.glob("*.part"))
    library = Library(paths)
    try:
        top = library.search(SearchRequest("seafarer books")).hits[0]
        assert top.id == "fishing-vessel-inspection" and top.page == 4  # pages came from the snapshot
    finally:
        library.close()


def test_delta_update(tmp_path: Path, publisher: Publisher, server: RepoServer) -> None:
    data = tmp_path / "data"
    install(data, publisher, 1, tmp_path)
    url = serve(server, publisher, 2)
    result = updates(data).update([url])
    assert (result.status, result.method, result.from_version, result.to_version) == (
        "updated",
        "delta",
        1,
        2,
    )
    assert (result.added, result.changed, result.removed) == (0, 1, 0)
    snapshot = server.requests("/targets/snapshots/")
    assert snapshot == []  # only the delta came over the wire
    assert result.downloaded_bytes < 10_000
    assert_whole(data, 2)
    library = Library(AppPaths(data))
    try:
        assert library.resource("th-card").year == 2023
        assert library.search(SearchRequest("revised screening")).hits[0].id == "th-card"
    finally:
        library.close()


def test_delta_leaves_the_previous_generation_as_it_was(
    tmp_path: Path, publisher: Publisher, server: RepoServer
) -> None:
    """The new generation links the old index's files; the old one must still read as before."""
    from refdesk.index.engine import SearchEngine
    from refdesk.store.catalogue_db import CatalogueReader

    data = tmp_path / "data"
    install(data, publisher, 1, tmp_path)
    paths = AppPaths(data)
    before = Generations(paths).current()
    assert before is not None
    updates(data).update([serve(server, publisher, 2)])
    after = Generations(paths).current()
    assert after is not None and after != before
    old = paths.generation(before)
    reader = CatalogueReader(old / "catalogue.sqlite")
    engine = SearchEngine(old / "index", reader.page_text)
    try:
        assert reader.info().version == 1
        assert reader.resource("th-card").year == 2021  # v1's edition
        old_hits = [h.id for h in engine.search(SearchRequest('"revised screening card"')).hits]
        assert "th-card" not in old_hits  # v2's words are not in v1's index
        assert engine.search(SearchRequest("vessel")).total >= 1
    finally:
        engine.close()
        reader.close()
    new_files = {p.name for p in (paths.generation(after) / "index" / "pages").iterdir()}
    old_files = {p.name for p in (old / "index" / "pages").iterdir()}
    assert old_files - {"MAIN_WRITELOCK"} <= new_files | old_files  # nothing of the old one removed
    for name in old_files:
        assert (old / "index" / "pages" / name).exists()


def test_update_after_missing_several_releases(
    tmp_path: Path, publisher: Publisher, server: RepoServer
) -> None:
    data = tmp_path / "data"
    install(data, publisher, 1, tmp_path)
    url = serve(server, publisher, 4)
    result = updates(data).update([url])
    assert (result.method, result.from_version, result.to_version) == ("delta", 1, 4)
    assert (result.added, result.changed, result.removed) == (1, 1, 1)
    assert [r.path for r in server.requests("/targets/deltas/")] == [
        next(r.path for r in server.requests("catalogue-1-to-4"))
    ]
    assert_whole(data, 4)
    library = Library(AppPaths(data))
    try:
        assert library.search(SearchRequest("hotline")).hits[0].id == "hotline-list"
        assert library.search(SearchRequest("儿童")).total == 0  # the removed resource is gone
        assert library.resource("th-card").summary.startswith("Third edition")
    finally:
        library.close()


def test_nothing_new_costs_two_small_requests(
    tmp_path: Path, publisher: Publisher, server: RepoServer
) -> None:
    data = tmp_path / "data"
    url = serve(server, publisher, 2)
    updates(data).update([url], trust=publisher.root)
    server.log.clear()
    result = updates(data).update([url])
    assert (result.status, result.to_version) == ("up-to-date", 2)
    assert [(r.path.rsplit("/", 1)[-1], r.status) for r in server.log] == [
        ("2.root.json", 404),
        ("timestamp.json", 200),
    ]
    assert sum(r.sent for r in server.log) < 1000


def test_dropped_connection_resumes_with_range(
    tmp_path: Path, publisher: Publisher, server: RepoServer
) -> None:
    url = serve(server, publisher, 1)
    server.add(Fault("/targets/documents/", "drop", fraction=0.6))  # the first document requested
    result = updates(tmp_path / "data").update([url], trust=publisher.root)
    assert result.status == "updated"
    first, second = server.requests("/targets/documents/")[:2]
    assert first.path == second.path and first.range is None
    assert second.status == 206 and second.range is not None
    size = (server.root / first.path.lstrip("/")).stat().st_size
    got = part_size_before(second)  # what arrived before the drop (the rest of `first.sent` was lost)
    assert 0 < got <= first.sent
    assert got + second.sent == size  # only the rest was downloaded again
    assert_whole_fresh(tmp_path / "data", 1)


def test_partial_download_survives_a_failed_run(
    tmp_path: Path, publisher: Publisher, server: RepoServer
) -> None:
    url = serve(server, publisher, 1)
    big = next(p for p in (server.root / "targets" / "documents").iterdir() if p.stat().st_size > 100_000)
    server.add(Fault(big.name, "drop", times=3, fraction=0.5))  # every resume attempt of this run drops
    with pytest.raises(Exception, match="No update source could be used"):
        updates(tmp_path / "data").update([url], trust=publisher.root)
    part = AppPaths(tmp_path / "data").downloads_dir / f"{big.name}.part"
    assert part.is_file() and 0 < part.stat().st_size < big.stat().st_size
    server.log.clear()
    result = updates(tmp_path / "data").update([url], trust=publisher.root)
    assert result.status == "updated"
    resumed = server.requests(big.name)
    assert len(resumed) == 1 and resumed[0].status == 206
    assert resumed[0].sent == big.stat().st_size - part_size_before(resumed[0])


def part_size_before(request) -> int:  # type: ignore[no-untyped-def]
    return int(request.range.split("=")[1].rstrip("-"))


def test_server_ignoring_range_still_works(tmp_path: Path, publisher: Publisher, server: RepoServer) -> None:
    url = serve(server, publisher, 1)
    server.add(Fault("/targets/documents/", "drop", fraction=0.5))
    server.add(Fault("/targets/documents/", "ignore-range"))
    result = updates(tmp_path / "data").update([url], trust=publisher.root)
    assert result.status == "updated"
    second = server.requests("/targets/documents/")[1]
    assert second.status == 200 and second.range is not None  # whole file again, accepted
    assert_whole_fresh(tmp_path / "data", 1)


def test_stall_times_out_and_next_mirror_is_used(
    tmp_path: Path, publisher: Publisher, server: RepoServer, second_server: RepoServer
) -> None:
    stalled, good = serve(server, publisher, 1), serve(second_server, publisher, 1)
    server.add(Fault("/targets/", "stall", times=99))
    result = updates(tmp_path / "data").update([stalled, good], trust=publisher.root)
    assert result.status == "updated" and result.source == good
    assert server.requests("/metadata/timestamp.json")  # the stalled mirror was tried first
    assert_whole_fresh(tmp_path / "data", 1)


@pytest.mark.parametrize("failure", ["404", "500", "refused"])
def test_failing_mirror_moves_to_the_next(
    failure: str, tmp_path: Path, publisher: Publisher, server: RepoServer, second_server: RepoServer
) -> None:
    good = serve(second_server, publisher, 1)
    if failure == "refused":
        server.close()
        bad = server.url  # nothing listens there any more
    else:
        serve(server, publisher, 1)
        server.add(Fault("/", "status", times=999, status=int(failure)))
        bad = server.url
    result = updates(tmp_path / "data").update([bad, good], trust=publisher.root)
    assert result.status == "updated" and result.source == good


def test_cli_update_json_and_all_sources_unreachable(
    tmp_path: Path, publisher: Publisher, server: RepoServer
) -> None:
    url = serve(server, publisher, 2)
    root = tmp_path / "root.json"
    root.write_bytes(publisher.root)
    data = tmp_path / "data"
    checked = run_cli("update", "--source", url, "--trust", str(root), "--check", "--json", data=data)
    assert checked.returncode == 0, checked.stderr
    plan = json.loads(checked.stdout)
    assert plan["status"] == "available" and plan["to_version"] == 2 and plan["downloaded_bytes"] > 0
    assert not (data / "trust").exists() and not (data / "CURRENT").exists()  # --check changed nothing
    done = run_cli("update", "--source", url, "--trust", str(root), "--json", data=data)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {
        "status": "updated",
        "from_version": None,
        "to_version": 2,
        "added": 9,
        "changed": 0,
        "removed": 0,
        "downloaded_bytes": json.loads(done.stdout)["downloaded_bytes"],
    }
    server.close()
    gone = run_cli("update", "--source", server.url, "--json", data=data)
    assert gone.returncode == 1 and "Traceback" not in gone.stderr
    assert json.loads(gone.stdout)["error"]["code"] == "unreachable"


def assert_whole_fresh(data: Path, version: int) -> None:
    """`assert_whole` for a data dir that got its catalogue from the test itself (no note yet)."""
    library = Library(AppPaths(data))
    try:
        library.user.set_note("ilo-forced-labour-indicators", "seen at the port, 3 May")
    finally:
        library.close()
    assert_whole(data, version)
