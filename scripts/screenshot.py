"""Screenshots of the desktop window for people to look at (offscreen, no display needed).

    python scripts/screenshot.py --data-dir /tmp/gui-data --out /tmp/shots --query "recruitment fee broker"
    python scripts/screenshot.py --data-dir /tmp/gui-data --out /tmp/shots-th --language th \
        --query "ผู้เสียหาย" --no-updates

Opens the window on the data dir (installing the bundled catalogue there if it is empty), types
the query key by key, and saves PNGs: the results, the document open at the best page, the
filters in use, the dark theme, larger text and the shortcut help. Settings and window geometry
go to a temporary folder, so the data dir's own settings are left alone.

Then (unless --no-updates) the officer's kit and an update, on a scratch folder of their own: a
publisher signs the bundled catalogue's source as version 1, a laptop installs it and bookmarks,
annotates and collects some of it, and version 2 (a resource edited, one superseded, one
withdrawn, new ones for a saved search) is served over 127.0.0.1. PNGs: the sidebar, the update
dialog before and during the download, "What changed", the statuses after the update, the
settings and the network log. Needs the publish extra (cryptography).
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
from refdesk.gui.fonts import install_bundled_fonts
from refdesk.gui.i18n import install_language
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
    parser.add_argument("--no-updates", action="store_true", help="skip the kit and update shots")
    parser.add_argument("--language", default="", help="the window's language: th, km... (default English)")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    width, height = (int(n) for n in args.size.lower().split("x"))

    app = application()
    install_bundled_fonts()  # as the app does, so Thai, Khmer and Chinese show as letters
    install_language(args.language or "en")
    state = AppPaths(Path(tempfile.mkdtemp(prefix="refdesk-shots-")))
    library = Library(AppPaths(args.data_dir))
    window = MainWindow(library, state, Settings(theme="light", ui_language=args.language))
    window.resize(width, height)
    window.show()
    window.activateWindow()  # shortcuts (Esc, F1, ...) go to the active window
    window.start()
    wait(window.ready, 60_000, until=lambda: True)

    window.search_bar.edit.setFocus()
    if args.query.isascii():
        QTest.keyClicks(window.search_bar.edit, args.query, Qt.KeyboardModifier.NoModifier, 20)
    else:  # QTest types ASCII keys only; Thai or Khmer arrives as an input method would send it
        window.search_bar.edit.insert(args.query)
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
    if not args.no_updates:
        update_shots(args.out, width, height)
        app.processEvents()
    return 0


# -- the kit and an update -------------------------------------------------------------------------

SUPERSEDED = "ilo-2009-operational-indicators-trafficking-human-beings"
WITHDRAWN = "ecpat-global-boys-initiative"
EDITED = "ilo-2012-indicators-forced-labour"
FISHING = "refdesk-field-fishing-port-inspection"
NEW_RESOURCES = [
    {
        "id": "ilo-2026-operational-indicators-revised",
        "title": "Operational indicators of trafficking in human beings (revised 2026)",
        "type": "indicators",
        "publishers": ["International Labour Organization (ILO)"],
        "year": 2026,
        "languages": ["en"],
        "supersedes": [SUPERSEDED],
        "summary": "The revised operational indicators, with new ones for online recruitment and scams.",
    },
    {
        "id": "crew-list-checks-distant-water-fishing",
        "title": "Crew list checks on distant-water fishing vessels",
        "type": "guidance",
        "year": 2026,
        "topics": ["fishing"],
        "languages": ["en"],
        "documents": [{"path": "crew-list-manual.txt", "language": "en", "title": "Manual"}],
        "summary": "How to compare a fishing vessel's crew list with the people on board, step by step.",
    },
    {
        "id": "fishers-hotline-cards",
        "title": "Hotline cards for fishers in port",
        "type": "referral",
        "year": 2026,
        "topics": ["fishing", "referral"],
        "languages": ["en"],
        "summary": "Wallet cards with the hotlines fishers can call from port, in five languages.",
    },
]


def _write_resource(folder: Path, data: dict) -> None:
    import yaml

    data = dict(data)
    summary = data.pop("summary")
    front = yaml.safe_dump(data, sort_keys=False, allow_unicode=True)
    (folder / f"{data['id']}.md").write_text(f"---\n{front}---\n{summary}\n", encoding="utf-8")


def _serve(folder: Path) -> tuple[str, Callable[[], None]]:
    """The repository over HTTP on 127.0.0.1; big files trickle, so a progress bar can be seen."""
    import functools
    import threading
    import time
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    class Handler(SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

        def copyfile(self, source, outputfile) -> None:  # type: ignore[no-untyped-def]
            while chunk := source.read(64 * 1024):
                outputfile.write(chunk)
                time.sleep(0.15)

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=str(folder)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()

    def stop() -> None:
        httpd.shutdown()
        httpd.server_close()

    return f"http://127.0.0.1:{httpd.server_address[1]}", stop


def _publish(scratch: Path) -> tuple[Path, Path, Path]:
    """Version 1 of the bundled catalogue, installed on a laptop with an officer's kit; then
    version 2 published beside it. Returns the repository, the keys and the laptop's data dir."""
    import shutil

    from refdesk.config.paths import bundled_catalogue_source
    from refdesk.core.types import SearchRequest
    from refdesk.services import publishing
    from refdesk.services.updates import CatalogueUpdates

    source, keys, repo, data = (scratch / n for n in ("source", "keys", "repo", "data"))
    shutil.copytree(bundled_catalogue_source(), source)
    publishing.create_keys(keys)
    print("publishing version 1 …")
    publishing.build_release(source, repo, keys)
    CatalogueUpdates(AppPaths(data)).update([str(repo)], trust=(keys / "root.json").read_bytes())
    library = Library(AppPaths(data))
    user = library.user
    user.add_bookmark(EDITED, note="Use at every inspection; the Vietnamese edition is in the annex.")
    user.add_bookmark(FISHING, collections=["Port visit, May"])
    user.add_bookmark(SUPERSEDED, collections=["Port visit, May"])
    user.add_bookmark(WITHDRAWN, note="The night hotline answered at 02:00; ask for Khun Somchai.")
    user.create_collection("Training for new inspectors")
    user.add_to_collection("Training for new inspectors", EDITED)
    user.save_search("fishing", SearchRequest("fishing"), library.search)
    user.save_search("scam compounds", SearchRequest("scam compound"), library.search)
    for rid in (FISHING, EDITED):
        user.record_view(rid, library.resource(rid).title)
    library.close()

    edited = source / "resources" / f"{EDITED}.md"
    edited.write_text(
        edited.read_text(encoding="utf-8").replace("\n---\n", "\n---\nReprinted in 2026. ", 1), "utf-8"
    )
    (source / "resources" / f"{WITHDRAWN}.md").unlink()
    words = "crew list passport wage advance broker debt skipper logbook transshipment contract".split()
    lines = (" ".join(words[(i + j) % len(words)] for j in range(14)) for i in range(6000))
    (source / "documents" / "crew-list-manual.txt").write_text("\n".join(lines)[:700_000], "utf-8")
    for data_ in NEW_RESOURCES:
        _write_resource(source / "resources", data_)
    print("publishing version 2 …")
    publishing.build_release(source, repo, keys)
    return repo, keys, data


def update_shots(out: Path, width: int, height: int) -> None:
    from refdesk.gui.roles import Roles

    scratch = Path(tempfile.mkdtemp(prefix="refdesk-update-shots-"))
    repo, _keys, data = _publish(scratch)
    url, stop = _serve(repo)
    library = Library(AppPaths(data))
    state = AppPaths(scratch / "state")
    window = MainWindow(library, state, Settings(theme="light", update_sources=(url,)))
    window.resize(width, height)
    window.show()
    window.activateWindow()
    window.start()
    wait(window.ready, 60_000, until=lambda: True)
    wait(ms=500)  # the sidebar loads beside the first search
    window.show_resource(EDITED)
    wait(window.details_shown, 5000, until=lambda _id: True)
    save(window, out, "8-sidebar")

    controller = window.update_ui.controller
    window.update_ui.check()
    wait(controller.state_changed, 30_000, until=lambda s: s.phase == "available")
    grab(window.update_ui.dialog, out, "9-update-available")
    controller.start()
    wait(controller.state_changed, 30_000, until=lambda s: bool(s.progress and s.progress.done > 200_000))
    grab(window.update_ui.dialog, out, "10-update-progress")
    wait(controller.summary_ready, 60_000, until=lambda _s: True)
    grab(window.update_ui.dialog, out, "11-update-done")
    grab(window.update_ui.changes, out, "12-whats-changed")
    window.update_ui.changes.close()
    poll(lambda: any(s.new_count for s in window.sidebar_model.data_set.saved))
    window.show_resource(SUPERSEDED)
    wait(window.details_shown, 5000, until=lambda _id: True)
    save(window, out, "13-sidebar-after-update")
    index = window.sidebar_model.find("entry", WITHDRAWN, "bookmarks")
    window.sidebar.tree.setCurrentIndex(index)
    window.show_resource(index.data(Roles.RESOURCE_ID))
    wait(window.details_shown, 5000, until=lambda _id: True)
    window.set_theme("dark")
    save(window, out, "14-withdrawn-dark")
    window.set_theme("light")
    window.update_ui.show_settings()
    grab(window.update_ui.settings, out, "15-update-settings")
    window.update_ui.settings.close()
    window.update_ui.show_network_log()
    wait(ms=800)
    grab(window.update_ui.network_log, out, "16-network-log")
    for dialog in (window.update_ui.network_log, window.update_ui.dialog):
        dialog.close()
    window.shutdown()
    window.close()
    library.close()
    stop()


def poll(condition: Callable[[], bool], ms: int = 10_000) -> None:
    """Run the event loop until `condition()` holds (what may have happened before we looked)."""
    for _ in range(ms // 50):
        if condition():
            return
        wait(ms=50)
    raise SystemExit(f"timed out after {ms} ms")


def grab(widget, out: Path, name: str) -> None:  # type: ignore[no-untyped-def]
    wait(ms=250)
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    print(path)


if __name__ == "__main__":
    sys.exit(main())
