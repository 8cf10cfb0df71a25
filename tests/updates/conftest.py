"""Fixtures for update tests: a publisher with four releases, a real HTTP server, installed data dirs."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from refdesk.config.paths import AppPaths
from refdesk.core.types import SearchRequest
from refdesk.services import publishing
from refdesk.services.library import Library
from refdesk.services.updates import CatalogueUpdates
from refdesk.sync.client import Timeouts
from refdesk.sync.generations import Generations
from tests.helpers import RESOURCES, make_catalogue, write_resource

from .server import RepoServer

FAST = Timeouts(connect=1.0, read=0.5)
BIG_DOC_BYTES = 400_000


@dataclass(frozen=True)
class Publisher:
    keys: Path
    source: Path
    stages: dict[int, Path]  # catalogue version -> a copy of the repository right after it

    @property
    def root(self) -> bytes:
        return (self.keys / "root.json").read_bytes()

    def repo(self, version: int, dest: Path) -> Path:
        """A private copy of the repository as it was after `version` (safe to tamper with)."""
        shutil.copytree(self.stages[version], dest)
        return dest


def _big_text() -> str:
    words = "debt bondage recruitment fee passport withheld wages overtime vessel broker".split()
    lines = [" ".join(words[(i + j) % len(words)] for j in range(12)) + f" {i}." for i in range(5000)]
    return "\n".join(lines)[:BIG_DOC_BYTES]


@pytest.fixture(scope="session")
def publisher(tmp_path_factory: pytest.TempPathFactory) -> Publisher:
    base = tmp_path_factory.mktemp("publisher")
    keys = base / "keys"
    publishing.create_keys(keys)
    source = make_catalogue(base / "source")
    (source / "documents" / "big.txt").write_text(_big_text(), encoding="utf-8")
    write_resource(
        source,
        {
            "id": "big-manual",
            "title": "Big manual",
            "type": "training",
            "year": 2020,
            "languages": ["en"],
            "documents": [{"path": "big.txt", "language": "en"}],
            "summary": "A long training manual.",
        },
    )
    repo = base / "repo"
    stages: dict[int, Path] = {}

    def release(version: int) -> None:
        result = publishing.build_release(source, repo, keys)
        assert result.release.version == version
        stages[version] = base / f"repo-v{version}"
        shutil.copytree(repo, stages[version])

    release(1)
    card = next(r for r in RESOURCES if r["id"] == "th-card")
    write_resource(source, {**card, "year": 2023, "summary": "Revised screening card for fishers."})
    release(2)
    (source / "resources" / "zh-child-guide.md").unlink()
    (source / "documents" / "later.md").write_text("# Later\n\nShelter referral hotline numbers.\n")
    write_resource(
        source,
        {
            "id": "hotline-list",
            "title": "Hotline list",
            "type": "referral",
            "year": 2024,
            "languages": ["en"],
            "documents": [{"path": "later.md", "language": "en"}],
            "summary": "Numbers to call.",
        },
    )
    release(3)
    write_resource(source, {**card, "year": 2024, "summary": "Third edition of the screening card."})
    release(4)
    return Publisher(keys, source, stages)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[RepoServer]:
    srv = RepoServer(tmp_path / "served")
    yield srv
    srv.close()


@pytest.fixture
def second_server(tmp_path: Path) -> Iterator[RepoServer]:
    srv = RepoServer(tmp_path / "served-2")
    yield srv
    srv.close()


def updates(data: Path) -> CatalogueUpdates:
    return CatalogueUpdates(AppPaths(data), timeouts=FAST)


def install(data: Path, publisher: Publisher, version: int, tmp: Path) -> None:
    """A data dir with `version` installed from a folder, and an officer's note in user.sqlite.

    Installed once per session and copied (each install is ~1 s of fsyncs).
    """
    template = publisher.stages[version].parent / f"installed-v{version}"
    if not template.exists():
        building = template.with_name(template.name + ".tmp")
        repo = publisher.repo(version, tmp / f"install-v{version}")
        updates(building).update([str(repo)], trust=publisher.root)
        library = Library(AppPaths(building))
        try:
            library.user.set_note("ilo-forced-labour-indicators", "seen at the port, 3 May")
        finally:
            library.close()
        building.rename(template)
    shutil.copytree(template, data, symlinks=True)


def state(data: Path) -> tuple[str, bytes]:
    """What must not change when an update is refused: CURRENT and the user's database."""
    paths = AppPaths(data)
    return paths.current_file.read_text(), paths.user_db.read_bytes()


def installed_version(data: Path) -> int | None:
    library = Library(AppPaths(data))
    try:
        info = library.info()
        return info.version if info else None
    finally:
        library.close()


def assert_whole(data: Path, version: int) -> None:
    """The installed catalogue is `version`, complete, searchable; no half-built generation is left."""
    paths = AppPaths(data)
    Generations(paths).clean()
    assert not [p for p in paths.generations_dir.iterdir() if p.name.startswith(".")]
    library = Library(paths)
    try:
        info = library.info()
        assert info is not None and info.version == version
        assert library.search(SearchRequest("vessel")).total >= 1
        assert library.user.note("ilo-forced-labour-indicators") == "seen at the port, 3 May"
        for res in library.resources([r.id for r in library.search(SearchRequest("", limit=50)).hits]):
            for doc in res.documents:
                assert library.document_path(doc.sha256).is_file()
    finally:
        library.close()


def run_cli(*args: str, data: Path, env: dict[str, str] | None = None, timeout: float = 120):
    import os

    cmd = [sys.executable, "-m", "refdesk.cli.main", "--data-dir", str(data), *args]
    full_env = {**os.environ, "PYTHONWARNINGS": "error", **(env or {})}
    return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=full_env)
