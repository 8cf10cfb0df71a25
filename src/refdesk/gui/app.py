"""GUI layer: the entry point: `run(paths)` makes the application, shows the window, runs the loop."""

from __future__ import annotations

import logging
import signal
import sys
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from refdesk import __version__
from refdesk.config.paths import AppPaths
from refdesk.config.settings import load_settings

from . import jobs
from .errors import ErrorReporter
from .fonts import install_bundled_fonts
from .i18n import install_language
from .main_window import MainWindow

if TYPE_CHECKING:
    from refdesk.services.library import Library

log = logging.getLogger(__name__)

APP_ID = "refdesk"


def application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (made once per process)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("RefDesk")
    app.setApplicationDisplayName("RefDesk")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    return app


def build_window(
    paths: AppPaths,
    library: Library | None = None,
    *,
    open_resource: str | None = None,
    page: int | None = None,
) -> MainWindow:
    """Make, show and start the window. Without a `library`, the window opens one itself on its
    start-up worker (the storage and search imports are slow), and closes it at the end."""
    application()
    # Before any widget exists, so each one starts with the fonts for Thai, Khmer, Nepali, Chinese.
    install_bundled_fonts()
    settings = load_settings(paths.settings_file)
    # Before any widget exists, so every string is made in the chosen language.
    install_language(settings.ui_language)
    source = library or partial(jobs.open_library, paths)
    window = MainWindow(source, paths, settings)
    window.show()
    window.start(open_resource=open_resource, page=page)
    return window


def run(paths: AppPaths, *, open_resource: str | None = None, page: int | None = None) -> int:
    """Open the desktop window and run until it closes. Returns the exit status."""
    app = application()
    reporter = ErrorReporter(paths.log_dir / "refdesk.log")
    reporter.install()
    # Ctrl+C in the terminal closes the window; Python only sees the signal when it runs, so a
    # slow timer gives it the chance.
    signal.signal(signal.SIGINT, lambda *_: app.quit())
    wake = QTimer(app)
    wake.timeout.connect(lambda: None)
    wake.start(500)
    try:
        window = build_window(paths, open_resource=open_resource, page=page)
        reporter.set_parent_widget(window)
        status = app.exec()
        window.shutdown()
        return int(status)
    finally:
        reporter.uninstall()
