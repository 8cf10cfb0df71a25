"""Offline update bundles (.zip) for USB sticks: install on a fresh laptop; refuse bad ones."""

from __future__ import annotations

import json
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from tuf.api.metadata import Metadata

from refdesk.core.errors import VerificationError
from refdesk.services import publishing

from .conftest import Publisher, assert_whole, install, run_cli, state, updates


def make_bundle(publisher: Publisher, version: int, tmp: Path, days: int = 45) -> Path:
    repo = publisher.repo(version, tmp / f"bundle-repo-v{version}-{days}")
    before = (repo / "metadata" / "timestamp.json").read_bytes()
    out = tmp / f"update-v{version}-{days}.zip"
    publishing.export_bundle(repo, out, keydir=publisher.keys, days=days)
    assert (repo / "metadata" / "timestamp.json").read_bytes() == before  # the repository is untouched
    return out


def test_bundle_installs_on_a_fresh_data_dir(tmp_path: Path, publisher: Publisher) -> None:
    bundle = make_bundle(publisher, 2, tmp_path)
    with zipfile.ZipFile(bundle) as archive:
        timestamp = Metadata.from_bytes(archive.read("metadata/timestamp.json"))
    assert timestamp.signed.expires > datetime.now(UTC) + timedelta(days=44)  # long enough for a stick
    root = tmp_path / "root.json"
    root.write_bytes(publisher.root)
    result = run_cli(
        "update", "--source", str(bundle), "--trust", str(root), "--json", data=tmp_path / "data"
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["to_version"] == 2
    library_note(tmp_path / "data")
    assert_whole(tmp_path / "data", 2)


def test_bundle_brings_a_delta(tmp_path: Path, publisher: Publisher) -> None:
    data = tmp_path / "data"
    install(data, publisher, 1, tmp_path)
    result = updates(data).update([str(make_bundle(publisher, 3, tmp_path))])
    assert (result.method, result.to_version) == ("delta", 3)
    assert_whole(data, 3)


def _rewrite(bundle: Path, change: str) -> None:
    with zipfile.ZipFile(bundle) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    name = next(n for n in members if change in n)
    members[name] = members[name][:-1] + bytes([members[name][-1] ^ 0xFF])
    with zipfile.ZipFile(bundle, "w") as archive:
        for member, data in members.items():
            archive.writestr(member, data)


@pytest.mark.parametrize("kind", ["tampered", "expired", "older"])
def test_bad_bundle_is_refused(kind: str, tmp_path: Path, publisher: Publisher) -> None:
    data = tmp_path / "data"
    install(data, publisher, 1, tmp_path)
    if kind == "older":
        updates(data).update([str(publisher.repo(3, tmp_path / "v3"))])  # the network brought v3
        bundle = make_bundle(publisher, 2, tmp_path)
    elif kind == "expired":
        bundle = make_bundle(publisher, 2, tmp_path, days=-1)
    else:
        bundle = make_bundle(publisher, 2, tmp_path)
        _rewrite(bundle, "targets/deltas/")
    before = state(data)
    with pytest.raises(VerificationError):
        updates(data).update([str(bundle)])
    assert state(data) == before
    assert_whole(data, 3 if kind == "older" else 1)
    refused = run_cli("update", "--source", str(bundle), "--json", data=data)
    assert refused.returncode == 3 and json.loads(refused.stdout)["error"]["code"] == "verification-failed"


def test_not_a_bundle(tmp_path: Path, publisher: Publisher) -> None:
    data = tmp_path / "data"
    install(data, publisher, 1, tmp_path)
    junk = tmp_path / "photos.zip"
    junk.write_bytes(b"not a zip at all")
    missing = run_cli(
        "update", "--source", str(tmp_path / "no-stick.zip"), "--source", str(junk), "--json", data=data
    )
    assert missing.returncode == 1 and json.loads(missing.stdout)["error"]["code"] == "unreachable"


def library_note(data: Path) -> None:
    from refdesk.config.paths import AppPaths
    from refdesk.services.library import Library

    library = Library(AppPaths(data))
    try:
        library.user.set_note("ilo-forced-labour-indicators", "seen at the port, 3 May")
    finally:
        library.close()
