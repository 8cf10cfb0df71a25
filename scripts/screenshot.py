"""Screenshots of the desktop window for people to look at (offscreen, no display needed).

    python scripts/screenshot.py --data-dir /tmp/gui-data --out /tmp/shots --query "recruitment fee broker"

Opens the window on the data dir (installing the bundled catalogue there if it is empty), types
the query key by key, and saves PNGs: the results, the document open at the best page, the
filters in use, the dark theme, larger text and the shortcut help. Settings and window geometry
go to a temporary folder, so the data dir's own settings are left alone.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, Qt, QTimer, SignalInstance
from PySide6.QtTest import QTest

from refdesk.config.paths import AppPaths
from refdesk.config.settings import Settings
from refdesk.gui.app import application
from refdesk.gui.main_window import MainWindow
from refdesk.services.library import Library


def wait(
    signal: SignalInstance | None = None, ms: int = 15_000, until: Callable[..., bool] | None = None
) -> list:
    """Run the event loop until `signal` fires (and `until(*args)` holds), or for `ms` without one."""
    loop = QEventLoop()
    got: list = []
    fired = [False]

    def on_signal(*args: object) -> None:
        if until is None or until(*args):
            got[:] = list(args)
            fired[0] = True
            loop.quit()

    if signal is not None:
        signal.connect(on_signal)
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    if signal is not None:
        signal.disconnect(on_signal)
        if not fired[0] and until is not None:
            raise SystemExit(f"timed out after {ms} ms")
    return got


def save(window: MainWindow, out: Path, name: str) -> None:
    wait(ms=250)  # let pages render and late paints land
    path = out / f"{name}.png"
    window.grab().save(str(path))
    print(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--out", type=Path, default=Path("screenshots"))
    parser.add_argument("--query", default="recruitment fee broker")
    parser.add_argument("--size", default="1280x800", help="window size, WIDTHxHEIGHT")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    width, height = (int(n) for n in args.size.lower().split("x"))

    app = application()
    state = AppPaths(Path(tempfile.mkdtemp(prefix="refdesk-shots-")))
    library = Library(AppPaths(args.data_dir))
    window = MainWindow(library, state, Settings(theme="light"))
    window.resize(width, height)
    window.show()
    window.activateWindow()  # shortcuts (Esc, F1, ...) go to the active window
    window.start()
    wait(window.ready, 60_000, until=lambda: True)

    window.search_bar.edit.setFocus()
    QTest.keyClicks(window.search_bar.edit, args.query, Qt.KeyboardModifier.NoModifier, 20)
    wait(window.results_shown, until=lambda r: r.query == args.query)
    if window.resource_pane.details is None:
        wait(window.details_shown, ms=3000, until=lambda _id: True)
    save(window, args.out, "1-results")

    window.focus_results()
    QTest.keyClick(window.results_panel.view, Qt.Key.Key_Return)
    wait(window.document_opened, until=lambda _r: True)
    save(window, args.out, "2-document")

    QTest.keyClick(window.focusWidget() or window, Qt.Key.Key_Escape)
    window.facets_panel.focus()
    QTest.keyClick(window.facets_panel.tree, Qt.Key.Key_Down)
    QTest.keyClick(window.facets_panel.tree, Qt.Key.Key_Space)
    wait(window.results_shown, until=lambda _r: True)
    save(window, args.out, "3-filtered")

    window.set_theme("dark")
    window.facets_panel.clear()
    wait(window.results_shown, until=lambda _r: True)
    save(window, args.out, "4-dark")
    window.focus_results()
    QTest.keyClick(window.results_panel.view, Qt.Key.Key_Return)
    wait(window.document_opened, until=lambda _r: True)
    save(window, args.out, "5-dark-document")
    window.close_viewer()

    window.set_theme("light")
    model = window.results_model
    paged = next((row for row in range(model.rowCount()) if (model.hit(row).page or 0) > 1), None)
    if paged is not None:  # a PDF open at a later page, with the words marked
        window.results_panel.view.setCurrentIndex(window.results_model.index(paged))
        QTest.keyClick(window.results_panel.view, Qt.Key.Key_Return)
        wait(window.document_opened, until=lambda _r: True)
        save(window, args.out, "2b-pdf")
        window.close_viewer()

    window.set_font_size(window.theme.font_size + 4)
    save(window, args.out, "6-larger-text")
    window.set_font_size(0)

    window.show_help()
    wait(ms=250)
    assert window.help_dialog is not None
    path = args.out / "7-help.png"
    window.help_dialog.grab().save(str(path))
    print(path)

    window.help_dialog.close()
    window.shutdown()
    window.close()
    library.close()
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
