"""GUI layer: what the window remembers: settings.toml through the typed Settings, geometry in QSettings."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter

from refdesk.config.settings import Settings, load_settings, save_settings, update_settings

log = logging.getLogger(__name__)

WINDOW_STATE_FILE = "window.ini"
DEFAULT_SIZE = (1280, 800)


class SettingsStore:
    """The current Settings; every change is checked and written at once.

    Each change is applied to what the file holds now, so settings written meanwhile by someone
    else (`refdesk update --source ...` saves its sources) are not overwritten by the window.
    """

    def __init__(self, settings: Settings, path: Path) -> None:
        self.settings = settings
        self.path = path

    def update(self, **changes: object) -> Settings:
        current = load_settings(self.path) if self.path.is_file() else self.settings
        self.settings = update_settings(current, **changes)
        try:
            save_settings(self.settings, self.path)
        except OSError as exc:
            log.warning("settings cannot be saved to %s: %s", self.path, exc)
        return self.settings


class WindowState:
    """Geometry, splitter positions and the sidebar dock only (QSettings, an INI file in the data dir)."""

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / WINDOW_STATE_FILE

    def _open(self) -> QSettings:
        return QSettings(str(self.path), QSettings.Format.IniFormat)

    def restore(self, window: QMainWindow, splitter: QSplitter) -> None:
        state = self._open()
        geometry, sizes, docks = state.value("geometry"), state.value("splitter"), state.value("docks")
        if geometry is None or not window.restoreGeometry(geometry):
            window.resize(*DEFAULT_SIZE)
        if sizes is not None:
            splitter.restoreState(sizes)
        if docks is not None:
            window.restoreState(docks)  # the sidebar: shown or hidden, and its width

    def save(self, window: QMainWindow, splitter: QSplitter) -> None:
        state = self._open()
        state.setValue("geometry", window.saveGeometry())
        state.setValue("splitter", splitter.saveState())
        state.setValue("docks", window.saveState())
        state.sync()
