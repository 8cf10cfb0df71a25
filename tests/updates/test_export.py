"""A coordinator's "Export update bundle": the installed, signed release as a .zip for USB sticks."""

from __future__ import annotations

import json
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from refdesk.config.paths import AppPaths
from refdesk.core.errors import UsageError, VerificationError
from refdesk.services.bundle_export import SNAPSHOT_FILE, ExportError, export_update_bundle
from refdesk.services.library import Library
from refdesk.store.catalogue_db import CatalogueReader
from refdesk.sync.generations import Generations

from .conftest import Publisher, install, installed_version, updates


def _generation(data: Path) -> Path:
    paths = AppPaths(data)
    current = Generations(paths).current()
    assert current is not None
    return paths.generation(current)


def _checksum(data: Path) -> str:
    """What the installed catalogue hashes to, read back from its database."""
    reader = CatalogueReader(_generation(data) / "catalogue.sqlite")
    try:
        return reader.checksum()
    finally:
        reader.close()


@pytest.fixture
def coordinator(tmp_path: Path, publisher: Publisher) -> Path:
    """A laptop that installed version 1 and then took version 3 as a delta (no full snapshot kept)."""
    data = tmp_path / "coordinator"
    install(data, publisher, 1, tmp_path)
    result = updates(data).update([str(publisher.repo(3, tmp_path / "repo-v3"))])
    assert (result.method, result.to_version) == ("delta", 3)
    assert not (_generation(data) / SNAPSHOT_FILE).exists()
    return data


def test_exported_bundle_installs_on_a_fresh_laptop(
    tmp_path: Path, publisher: Publisher, coordinator: Path
) -> None:
    seen: list[tuple[int, int]] = []
    exported = export_update_bundle(
        AppPaths(coordinator),
        tmp_path / "stick" / "refdesk-update.zip",
        progress=lambda d, t: seen.append((d, t)),
    )
    assert (exported.version, exported.path.stat().st_size) == (3, exported.size)
    assert exported.expires > datetime.now(UTC)
    assert seen and seen[-1][0] == seen[-1][1] > 0
    with zipfile.ZipFile(exported.path) as archive:
        names = archive.namelist()
    assert names[-1] == "metadata/timestamp.json"  # written last
    assert not [n for n in names if n.startswith("targets/deltas/")]

    fresh = tmp_path / "officer"
    result = updates(fresh).update([str(exported.path)], trust=publisher.root)
    assert (result.to_version, result.method) == (3, "full")
    assert _checksum(fresh) == _checksum(coordinator)
    library = Library(AppPaths(fresh))
    try:
        for res in library.resources(["hotline-list", "big-manual"]):
            for doc in res.documents:
                assert library.document_path(doc.sha256).is_file()
    finally:
        library.close()
    # The officer's laptop can pass the same catalogue on in turn (its snapshot was kept).
    assert (_generation(fresh) / SNAPSHOT_FILE).is_file()
    again = export_update_bundle(AppPaths(fresh), tmp_path / "again.zip")
    assert again.version == 3


def test_a_laptop_with_an_older_catalogue_takes_the_snapshot_the_bundle_carries(
    tmp_path: Path, publisher: Publisher, coordinator: Path
) -> None:
    exported = export_update_bundle(AppPaths(coordinator), tmp_path / "update.zip")
    older = tmp_path / "older"
    install(older, publisher, 1, tmp_path)  # release 3 offers a delta from 1, which is not in the bundle
    result = updates(older).update([str(exported.path)])
    assert (result.to_version, result.method) == (3, "full")
    assert _checksum(older) == _checksum(coordinator)


def test_a_tampered_export_is_refused(tmp_path: Path, publisher: Publisher, coordinator: Path) -> None:
    exported = export_update_bundle(AppPaths(coordinator), tmp_path / "update.zip")
    with zipfile.ZipFile(exported.path) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    name = next(n for n in members if n.startswith("targets/documents/") and len(members[n]) > 1000)
    members[name] = members[name].replace(b"debt", b"DEBT", 1)
    with zipfile.ZipFile(exported.path, "w") as archive:
        for member, content in members.items():
            archive.writestr(member, content)
    fresh = tmp_path / "officer"
    with pytest.raises(VerificationError):
        updates(fresh).update([str(exported.path)], trust=publisher.root)
    assert installed_version(fresh) is None


def test_the_bundle_lasts_as_long_as_the_publishers_long_lived_timestamp(
    tmp_path: Path, coordinator: Path
) -> None:
    trust = AppPaths(coordinator).trust_dir
    assert (trust / "bundle-timestamp.json").is_file()  # kept by the update, verified
    exported = export_update_bundle(AppPaths(coordinator), tmp_path / "update.zip")
    assert exported.expires > datetime.now(UTC) + timedelta(days=40)  # not the online week

    # A twin that the publisher's timestamp key did not sign is never used.
    forged = json.loads((trust / "bundle-timestamp.json").read_bytes())
    forged["signed"]["expires"] = "2099-01-01T00:00:00Z"
    (trust / "bundle-timestamp.json").write_text(json.dumps(forged))
    exported = export_update_bundle(AppPaths(coordinator), tmp_path / "update2.zip")
    assert exported.expires < datetime.now(UTC) + timedelta(days=8)
    with zipfile.ZipFile(exported.path) as archive:
        assert archive.read("metadata/timestamp.json") == (trust / "timestamp.json").read_bytes()


def test_an_expired_signature_is_not_exported(tmp_path: Path, coordinator: Path) -> None:
    later = datetime.now(UTC) + timedelta(days=60)  # past even the 45-day timestamp
    with pytest.raises(ExportError) as caught:
        export_update_bundle(AppPaths(coordinator), tmp_path / "update.zip", now=later)
    assert caught.value.code == "expired"
    assert "Check for updates" in caught.value.message
    assert not list(tmp_path.glob("*.zip"))


def test_a_catalogue_without_its_release_file_says_what_to_do(tmp_path: Path, coordinator: Path) -> None:
    (_generation(coordinator) / "release.json").unlink()
    for cached in AppPaths(coordinator).downloads_dir.glob("*.release.json"):
        cached.unlink()
    with pytest.raises(ExportError) as caught:
        export_update_bundle(AppPaths(coordinator), tmp_path / "update.zip")
    assert caught.value.code == "not-installed"


def test_a_damaged_document_is_not_exported(tmp_path: Path, coordinator: Path) -> None:
    paths = AppPaths(coordinator)
    victim = max(paths.documents_dir.iterdir(), key=lambda p: p.stat().st_size)
    victim.write_bytes(victim.read_bytes()[:-10] + b"0123456789")
    with pytest.raises(ExportError) as caught:
        export_update_bundle(paths, tmp_path / "update.zip")
    assert caught.value.code == "damaged-document"
    assert not (tmp_path / "update.zip").exists() and not list(tmp_path.glob(".update.zip*"))


def test_nothing_installed_and_a_wrong_name(tmp_path: Path, coordinator: Path) -> None:
    with pytest.raises(ExportError):
        export_update_bundle(AppPaths(tmp_path / "empty"), tmp_path / "update.zip")
    with pytest.raises(UsageError):
        export_update_bundle(AppPaths(coordinator), tmp_path / "update.tar")
