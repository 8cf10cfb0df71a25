"""Attacks and damage: refused (exit 3), with the installed catalogue and user data unchanged."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from tuf.api.metadata import Metadata

from refdesk.core.errors import VerificationError
from refdesk.publish.keys import PublisherKeys
from refdesk.publish.repository import StaticRepository

from .conftest import Publisher, assert_whole, install, run_cli, state, updates
from .server import Fault, RepoServer


def _flip_last_byte(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[-1] ^= 0xFF
    path.write_bytes(bytes(data))


def tamper_document(repo: Path, publisher: Publisher) -> None:
    old = {p.name for p in (publisher.stages[1] / "targets" / "documents").iterdir()}
    new = next(p for p in (repo / "targets" / "documents").iterdir() if p.name not in old)
    _flip_last_byte(new)


def tamper_delta(repo: Path, _publisher: Publisher) -> None:
    _flip_last_byte(next((repo / "targets" / "deltas").glob("*catalogue-1-to-*")))


def wrong_key(repo: Path, _publisher: Publisher) -> None:
    timestamp = Metadata.from_file(str(repo / "metadata" / "timestamp.json"))
    timestamp.signed.version += 1
    timestamp.signatures.clear()
    timestamp.sign(PublisherKeys.generate().signer("timestamp"))  # the attacker's key
    timestamp.to_file(str(repo / "metadata" / "timestamp.json"))


def expired_timestamp(repo: Path, publisher: Publisher) -> None:
    past = datetime.now(UTC).replace(microsecond=0) - timedelta(days=1)
    data = StaticRepository(repo).resign_timestamp(PublisherKeys.load(publisher.keys), past)
    (repo / "metadata" / "timestamp.json").write_bytes(data)


def mix_and_match(repo: Path, _publisher: Publisher) -> None:
    timestamp = Metadata.from_file(str(repo / "metadata" / "timestamp.json"))
    snapshot = Metadata.from_file(
        str(repo / "metadata" / f"{timestamp.signed.snapshot_meta.version}.snapshot.json")
    )
    version = snapshot.signed.meta["targets.json"].version
    shutil.copyfile(repo / "metadata" / "1.targets.json", repo / "metadata" / f"{version}.targets.json")


def older_release(repo: Path, publisher: Publisher) -> None:
    """A validly signed, newer set of metadata that offers catalogue version 1 again (replay)."""
    old = StaticRepository(publisher.stages[1]).current()
    assert old is not None
    targets = list(old[2].signed.targets.values())
    shutil.copytree(publisher.stages[1] / "targets", repo / "targets", dirs_exist_ok=True)
    StaticRepository(repo).publish(targets, PublisherKeys.load(publisher.keys))


ATTACKS: dict[str, tuple[int, Callable[[Path, Publisher], None], str]] = {
    # name: (version served, how it is spoiled, what the message says)
    "tampered-document": (3, tamper_document, "does not match what the publisher signed"),
    "tampered-delta": (2, tamper_delta, "does not match what the publisher signed"),
    "wrong-key": (2, wrong_key, "not signed by the publisher's keys"),
    "expired-timestamp": (2, expired_timestamp, "expired"),
    "mix-and-match": (2, mix_and_match, "does not match what the publisher signed"),
    "older-release": (4, older_release, "older than the installed version"),
}


@pytest.fixture
def installed_v2(tmp_path: Path, publisher: Publisher) -> Path:
    data = tmp_path / "data"
    install(data, publisher, 1, tmp_path)
    updates(data).update([str(publisher.repo(2, tmp_path / "v2"))])
    return data


@pytest.mark.parametrize("attack", sorted(ATTACKS))
def test_attack_is_refused_and_nothing_changes(
    attack: str, tmp_path: Path, publisher: Publisher, server: RepoServer
) -> None:
    version, spoil, message = ATTACKS[attack]
    data = tmp_path / "data"
    install(data, publisher, 1, tmp_path)
    if attack == "older-release":
        updates(data).update([str(publisher.repo(2, tmp_path / "v2"))])
    before = state(data)
    publisher.repo(version, server.root)
    spoil(server.root, publisher)
    with pytest.raises(VerificationError, match=message):
        updates(data).update([server.url])
    assert state(data) == before
    assert_whole(data, 2 if attack == "older-release" else 1)


def test_rollback_to_older_metadata_is_refused(
    installed_v2: Path, publisher: Publisher, server: RepoServer
) -> None:
    before = state(installed_v2)
    publisher.repo(1, server.root)  # a mirror frozen at release 1
    with pytest.raises(VerificationError, match="older than what this laptop already trusts"):
        updates(installed_v2).update([server.url])
    assert state(installed_v2) == before
    assert_whole(installed_v2, 2)


@pytest.mark.parametrize("where", ["/metadata/timestamp.json", "/targets/deltas/"])
def test_endless_data_is_refused(
    where: str, tmp_path: Path, publisher: Publisher, server: RepoServer
) -> None:
    data = tmp_path / "data"
    install(data, publisher, 1, tmp_path)
    before = state(data)
    publisher.repo(2, server.root)
    server.add(Fault(where, "endless", times=5))
    with pytest.raises(VerificationError, match="longer than the publisher signed"):
        updates(data).update([server.url])
    assert state(data) == before
    assert_whole(data, 1)


def test_cli_refusal_exits_3_with_json_error(
    tmp_path: Path, publisher: Publisher, server: RepoServer
) -> None:
    data = tmp_path / "data"
    install(data, publisher, 1, tmp_path)
    before = state(data)
    publisher.repo(2, server.root)
    tamper_delta(server.root, publisher)
    result = run_cli("update", "--source", server.url, "--json", data=data)
    assert result.returncode == 3, result.stderr
    assert "Traceback" not in result.stderr
    error = json.loads(result.stdout)["error"]
    assert error["code"] == "verification-failed" and "Nothing was applied" in error["message"]
    assert state(data) == before
    human = run_cli("update", "--source", server.url, data=data)
    assert human.returncode == 3 and "refused" in human.stderr
    assert_whole(data, 1)


def test_tampered_mirror_then_good_mirror(
    tmp_path: Path, publisher: Publisher, server: RepoServer, second_server: RepoServer
) -> None:
    data = tmp_path / "data"
    install(data, publisher, 1, tmp_path)
    publisher.repo(2, server.root)
    tamper_delta(server.root, publisher)
    publisher.repo(2, second_server.root)
    result = updates(data).update([server.url, second_server.url])
    assert result.status == "updated" and result.source == second_server.url
    assert_whole(data, 2)
