"""The root of trust: one store for every source, rotation only through the signed chain."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from refdesk.config.paths import AppPaths
from refdesk.config.settings import Settings, save_settings, update_settings
from refdesk.core.cancel import CancelledError, CancelToken
from refdesk.core.errors import VerificationError
from refdesk.publish.keys import PublisherKeys
from refdesk.publish.repository import StaticRepository
from refdesk.services import publishing
from refdesk.services.library import Library

from .conftest import Publisher, assert_whole, install, run_cli, state, updates


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def rotate(repo: Path, publisher: Publisher, tmp: Path, *, sign_with_old: bool) -> Path:
    new_dir = tmp / "new-keys"
    new = PublisherKeys.generate()
    new.save(new_dir)
    old = PublisherKeys.load(publisher.keys)
    signers = [old.signer("root"), new.signer("root")] if sign_with_old else [new.signer("root")]
    StaticRepository(repo).rotate_root(new, signers)
    publishing.build_release(publisher.source, repo, new_dir)  # the next release, with the new keys
    return new_dir


def test_root_rotation_through_the_signed_chain(tmp_path: Path, publisher: Publisher) -> None:
    data = tmp_path / "data"
    install(data, publisher, 1, tmp_path)
    repo = publisher.repo(2, tmp_path / "repo")
    rotate(repo, publisher, tmp_path, sign_with_old=True)
    result = updates(data).update([str(repo)])
    assert (result.status, result.to_version) == ("updated", 3)
    assert (AppPaths(data).trust_dir / "root_history" / "2.root.json").is_file()
    assert_whole(data, 3)


def test_root_signed_only_by_new_keys_is_refused(tmp_path: Path, publisher: Publisher) -> None:
    data = tmp_path / "data"
    install(data, publisher, 1, tmp_path)
    before, trust = state(data), _files(AppPaths(data).trust_dir)
    repo = publisher.repo(2, tmp_path / "repo")
    rotate(repo, publisher, tmp_path, sign_with_old=False)
    with pytest.raises(VerificationError, match="not signed by the publisher's keys"):
        updates(data).update([str(repo)])
    assert state(data) == before
    assert _files(AppPaths(data).trust_dir) == trust
    assert_whole(data, 1)


def test_a_different_root_is_refused_once_one_is_installed(tmp_path: Path, publisher: Publisher) -> None:
    data = tmp_path / "data"
    install(data, publisher, 1, tmp_path)
    other = tmp_path / "other-keys"
    publishing.create_keys(other)
    repo = publisher.repo(2, tmp_path / "repo")
    result = run_cli(
        "update", "--source", str(repo), "--trust", str(other / "root.json"), "--json", data=data
    )
    assert result.returncode == 3
    assert json.loads(result.stdout)["error"]["code"] == "untrusted-root"
    same = run_cli("update", "--source", str(repo), "--trust", str(publisher.keys / "root.json"), data=data)
    assert same.returncode == 0, same.stderr  # the installed root itself is fine
    assert_whole(data, 2)


def test_check_changes_nothing(tmp_path: Path, publisher: Publisher) -> None:
    data = tmp_path / "data"
    install(data, publisher, 1, tmp_path)
    paths = AppPaths(data)
    before = (state(data), _files(paths.trust_dir), _files(paths.documents_dir))
    plan = updates(data).check([str(publisher.repo(3, tmp_path / "repo"))])
    assert (plan.status, plan.method, plan.from_version, plan.to_version) == ("available", "delta", 1, 3)
    assert (plan.added, plan.changed, plan.removed) == (1, 1, 1)
    assert plan.downloaded_bytes > 0
    assert (state(data), _files(paths.trust_dir), _files(paths.documents_dir)) == before


def test_cancel_between_phases_changes_nothing(tmp_path: Path, publisher: Publisher) -> None:
    data = tmp_path / "data"
    install(data, publisher, 1, tmp_path)
    before = state(data)
    token = CancelToken()
    phases: list[str] = []

    def progress(event) -> None:  # type: ignore[no-untyped-def]
        phases.append(event.phase)
        if event.phase == "applying":
            token.cancel()

    with pytest.raises(CancelledError):
        updates(data).update([str(publisher.repo(3, tmp_path / "repo"))], progress=progress, cancel=token)
    assert "downloading" in phases
    assert state(data) == before
    assert_whole(data, 1)


def test_saved_sources_are_used_without_source(tmp_path: Path, publisher: Publisher) -> None:
    data = tmp_path / "data"
    install(data, publisher, 1, tmp_path)
    repo = publisher.repo(2, tmp_path / "repo")
    save_settings(
        update_settings(Settings(), update_sources=(str(tmp_path / "gone"), str(repo))),
        AppPaths(data).settings_file,
    )
    result = run_cli("update", "--json", data=data)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["to_version"] == 2


def test_bundled_release_installs_offline_through_verification(tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "data")
    library = Library(paths)
    try:
        assert library.ensure_installed()
        info = library.info()
        assert info is not None and info.id == "asia-victim-identification" and info.resources >= 108
    finally:
        library.close()
    assert (paths.trust_dir / "root.json").exists()
    assert all(p.name.endswith(".release.json") for p in paths.downloads_dir.iterdir())  # only the cache


def test_publish_keys_build_and_immutable_files(tmp_path: Path, publisher: Publisher) -> None:
    keys = tmp_path / "keys"
    made = run_cli("publish", "keys", str(keys), data=tmp_path / "unused")
    assert made.returncode == 0, made.stderr
    assert {p.name for p in keys.iterdir()} == {
        "root.json",
        "root.pem",
        "targets.pem",
        "snapshot.pem",
        "timestamp.pem",
    }
    assert all(p.stat().st_mode & 0o077 == 0 for p in keys.glob("*.pem"))
    again = run_cli("publish", "keys", str(keys), data=tmp_path / "unused")
    assert again.returncode == 1  # never overwritten

    repo = tmp_path / "repo"
    source = tmp_path / "source"
    shutil.copytree(publisher.source, source)
    broken = source / "resources" / "broken.md"
    broken.write_text("---\nid: x-broken\ntitle: T\ntype: nonsense\n---\nA.\n", encoding="utf-8")
    bad = run_cli(
        "publish",
        "build",
        str(source),
        "--repo",
        str(repo),
        "--keys",
        str(keys),
        "--json",
        data=tmp_path / "unused",
    )
    assert bad.returncode == 1 and "invalid-source" in bad.stdout
    assert not repo.exists()  # nothing written on error
    broken.unlink()
    first = run_cli(
        "publish",
        "build",
        str(source),
        "--repo",
        str(repo),
        "--keys",
        str(keys),
        "--json",
        data=tmp_path / "unused",
    )
    assert first.returncode == 0, first.stderr
    assert json.loads(first.stdout)["version"] == 1
    files = _files(repo)
    second = run_cli(
        "publish",
        "build",
        str(source),
        "--repo",
        str(repo),
        "--keys",
        str(keys),
        "--json",
        data=tmp_path / "unused",
    )
    assert json.loads(second.stdout)["version"] == 2
    after = _files(repo)
    changed = [name for name, data in files.items() if after.get(name) != data]
    # Every other file is immutable; the long-lived twin of the timestamp changes with it.
    assert changed == ["metadata/bundle-timestamp.json", "metadata/timestamp.json"]
    wrong = run_cli(
        "publish",
        "build",
        str(source),
        "--repo",
        str(repo),
        "--keys",
        str(publisher.keys),
        data=tmp_path / "unused",
    )
    assert wrong.returncode == 1 and "not one this repository's root trusts" in wrong.stderr


def test_bundled_release_matches_the_catalogue_source() -> None:
    """resources/release/ must be rebuilt whenever resources/catalogue/ changes."""
    from refdesk.config.paths import bundled_release
    from refdesk.services import builder
    from refdesk.services.publishing import current_release

    release = current_release(StaticRepository(bundled_release()))
    assert release is not None
    source = Path(__file__).resolve().parents[2] / "resources" / "catalogue"
    content = builder.content_of(builder.prepare_source(source), release.version, release.published)
    assert content.checksum() == release.checksum, (
        "resources/release/ is out of date: run scripts/build_bundled_release.py KEYDIR and commit it"
    )
