"""Shared fixtures: a small real catalogue source (with a generated PDF) and installed data dirs."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest

from tests.helpers import make_catalogue


@pytest.fixture(autouse=True)
def _no_real_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test may write into the real user data folder."""
    monkeypatch.setenv("REFDESK_HOME", str(tmp_path / "refdesk-home"))


@pytest.fixture(autouse=True)
def _english_command_line(monkeypatch: pytest.MonkeyPatch) -> None:
    """The command line speaks English in tests, whatever the machine's locale (docs/translating.md)."""
    monkeypatch.setenv("REFDESK_LANGUAGE", "en")


@pytest.fixture(scope="session")
def small_source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_catalogue(tmp_path_factory.mktemp("source") / "catalogue")


@pytest.fixture(scope="session")
def small_library(small_source: Path, tmp_path_factory: pytest.TempPathFactory):
    from refdesk.config.paths import AppPaths
    from refdesk.services import builder
    from refdesk.services.library import Library

    paths = AppPaths(tmp_path_factory.mktemp("data"))
    builder.install_source(paths, small_source)
    library = Library(paths)
    yield library
    library.close()
