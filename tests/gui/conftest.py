"""GUI test fixtures: a real window on the small catalogue, offscreen, strict about Qt warnings."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from refdesk.config.paths import AppPaths
from refdesk.config.settings import Settings


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Any Qt warning in a GUI test fails it (pytest-qt's own check, made strict here)."""
    for item in items:
        if "tests/gui/" in str(item.path).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_level_fail("WARNING"))


@pytest.fixture
def state_paths(tmp_path: Path) -> AppPaths:
    """Where a test window keeps settings and geometry (the catalogue is the shared small one)."""
    return AppPaths(tmp_path / "state")


@pytest.fixture
def restore_app_look(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """Themes and font sizes are application-wide; put them back after a test."""
    font, palette = qapp.font(), qapp.palette()
    yield
    qapp.setFont(font)
    qapp.setPalette(palette)


@pytest.fixture
def make_window(qtbot: QtBot, small_library, state_paths: AppPaths, restore_app_look):  # type: ignore[no-untyped-def]
    """Builds started windows on the small catalogue and closes them after the test."""
    from refdesk.config.settings import load_settings
    from refdesk.gui.main_window import MainWindow

    made = []

    def make(
        settings: Settings | None = None,
        paths: AppPaths | None = None,
        library=None,  # type: ignore[no-untyped-def]
        **start: object,
    ) -> MainWindow:
        paths = paths or state_paths
        window = MainWindow(library or small_library, paths, settings or load_settings(paths.settings_file))
        qtbot.addWidget(window)
        made.append(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        with qtbot.waitSignal(window.ready, timeout=20_000):
            window.start(**start)  # type: ignore[arg-type]
        return window

    yield make
    for window in made:
        window.shutdown()


@pytest.fixture
def window(make_window):  # type: ignore[no-untyped-def]
    return make_window()
