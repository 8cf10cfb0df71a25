"""Catalogue updates in the window, against a real repository served over 127.0.0.1."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from refdesk.config.paths import AppPaths
from refdesk.config.settings import Settings
from refdesk.services import publishing
from refdesk.services.library import Library
from refdesk.services.updates import CatalogueUpdates
from refdesk.sync.fetchers import partial_size
from tests.helpers import RESOURCES, make_catalogue, write_resource
from tests.updates.server import Fault, RepoServer

pytestmark = pytest.mark.gui

BIG_BYTES = 450_000  # several reads of 64 kB: the progress bar moves, a pause lands mid-file
CARD = next(r for r in RESOURCES if r["id"] == "th-card")


@dataclass(frozen=True)
class Releases:
    keys: Path
    stages: dict[int, Path]  # version -> the repository right after it was published
    big_sha: str  # the manual's document in version 2 (what the update downloads)

    @property
    def root(self) -> bytes:
        return (self.keys / "root.json").read_bytes()


def _manual(edition: int) -> str:
    words = "debt bondage recruitment fee passport withheld wages overtime vessel broker".split()
    lines = [f"Edition {edition}. " + " ".join(words[(i + j) % 10] for j in range(12)) for i in range(6000)]
    return "\n".join(lines)[:BIG_BYTES]


@pytest.fixture(scope="session")
def releases(tmp_path_factory: pytest.TempPathFactory) -> Releases:
    """Version 1, then version 2: the card edited, a guide removed, a resource added, the manual
    rewritten (so the update has a big document to download)."""
    import hashlib

    base = tmp_path_factory.mktemp("gui-publisher")
    keys = base / "keys"
    publishing.create_keys(keys)
    source = make_catalogue(base / "source")
    manual = {"id": "field-manual", "title": "Field manual", "type": "training", "languages": ["en"]}
    (source / "documents" / "manual.txt").write_text(_manual(1), encoding="utf-8")
    write_resource(source, {**manual, "documents": [{"path": "manual.txt", "language": "en"}]})
    repo, stages = base / "repo", {}
    publishing.build_release(source, repo, keys)
    stages[1] = base / "repo-v1"
    shutil.copytree(repo, stages[1])
    (source / "documents" / "manual.txt").write_text(_manual(2), encoding="utf-8")
    write_resource(source, {**CARD, "summary": "Revised screening card for fishers."})
    (source / "resources" / "zh-child-guide.md").unlink()
    write_resource(source, {"id": "hotline-list", "title": "Hotline list", "type": "referral", "year": 2024})
    publishing.build_release(source, repo, keys)
    stages[2] = base / "repo-v2"
    shutil.copytree(repo, stages[2])
    big_sha = hashlib.sha256((source / "documents" / "manual.txt").read_bytes()).hexdigest()
    return Releases(keys, stages, big_sha)


@pytest.fixture
def data(tmp_path: Path, releases: Releases) -> Path:
    """A laptop with version 1 installed (once per session, then copied) and a bookmarked card."""
    template = releases.stages[1].parent / "installed-v1"
    if not template.exists():
        building = template.with_name("installing")
        CatalogueUpdates(AppPaths(building)).update([str(releases.stages[1])], trust=releases.root)
        library = Library(AppPaths(building))
        library.user.add_bookmark("th-card")
        library.close()
        building.rename(template)
    shutil.copytree(template, tmp_path / "data", symlinks=True)
    return tmp_path / "data"


@pytest.fixture
def server(tmp_path: Path, releases: Releases) -> Iterator[RepoServer]:
    shutil.copytree(releases.stages[2], tmp_path / "served")
    srv = RepoServer(tmp_path / "served")
    yield srv
    srv.close()


@pytest.fixture
def library(data: Path) -> Iterator[Library]:
    lib = Library(AppPaths(data))
    yield lib
    lib.close()


def _state(data: Path) -> tuple[str, bytes]:
    paths = AppPaths(data)
    return paths.current_file.read_text(), paths.user_db.read_bytes()


def _wait_phase(qtbot: QtBot, window, *phases: str, timeout: int = 20_000):  # type: ignore[no-untyped-def]
    controller = window.update_ui.controller
    qtbot.waitUntil(lambda: controller.state.phase in phases, timeout=timeout)
    return controller.state


def test_update_shows_size_and_counts_then_progress_and_what_changed(
    qtbot, make_window, library, server, data, releases
) -> None:
    server.add(Fault(releases.big_sha, "slow", delay=0.05))
    window = make_window(library=library, settings=Settings(update_sources=(server.url,)))
    assert not server.requests()  # nothing is fetched on its own
    window.commands["check_updates"].trigger()
    dialog = window.update_ui.dialog
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    state = _wait_phase(qtbot, window, "available")
    plan = state.plan
    assert (plan.from_version, plan.to_version, plan.method) == (1, 2, "delta")
    assert (plan.added, plan.changed, plan.removed) == (1, 2, 1)  # the hotlines; card and manual; a guide
    assert plan.downloaded_bytes > BIG_BYTES
    details = dialog.details.text()
    assert "1 added, 2 changed, 1 removed" in details and "kB" in details and "only the changes" in details
    assert dialog.heading.text() == "Version 2 is available"
    assert dialog.primary.text() == "Download and install"
    assert not server.requests(releases.big_sha)  # the size is known before anything big comes
    dialog.grab().save(str(data.parent / "update-available.png"))

    seen: list[tuple[int, int]] = []
    window.update_ui.controller.state_changed.connect(
        lambda s: (
            seen.append((s.progress.done, s.progress.total))
            if s.progress and s.progress.phase == "downloading"
            else None
        )
    )
    with qtbot.waitSignal(window.update_ui.controller.summary_ready, timeout=30_000) as ready:
        qtbot.mouseClick(dialog.primary, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.progress.isVisible() and dialog.pause_button.isVisible())
        dialog.grab().save(str(data.parent / "update-progress.png"))
    assert len(seen) >= 3 and seen[-1][0] == seen[-1][1] == plan.downloaded_bytes
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert window.update_ui.controller.state.phase == "done"
    assert dialog.heading.text() == "Updated to version 2" and dialog.changes_button.isVisible()
    qtbot.waitUntil(lambda: "version 2" in window.status.catalogue.text())

    summary = ready.args[0]
    changes = summary.changes
    assert [r.id for r in changes.added] == ["hotline-list"]
    assert {r.id for r in changes.changed} == {"th-card", "field-manual"}
    assert [r.id for r in changes.removed] == ["zh-child-guide"]
    assert [(e.id, e.status) for e in summary.entries] == [("th-card", "changed")]
    shown = window.update_ui.changes
    assert shown is not None and shown.isVisible()
    text = shown.text.toPlainText()
    for words in (
        "version 1",
        "version 2",
        "Hotline list",
        "儿童受害者识别指南",
        "New edition since you saved it",
    ):
        assert words in text, words
    with qtbot.waitSignal(window.details_shown, timeout=10_000) as opened:
        shown.text.anchorClicked.emit(QUrl("refdesk:resource/hotline-list"))
    assert opened.args == ["hotline-list"]

    # every request the update sent is in the network log, with what came back
    window.commands["network_log"].trigger()
    log = window.update_ui.network_log
    assert log is not None
    qtbot.waitUntil(lambda: log.model.rowCount() > 0)
    urls = [log.model.request(r).url for r in range(log.model.rowCount())]
    assert any("timestamp.json" in u for u in urls) and any(releases.big_sha in u for u in urls)
    big = next(log.model.request(r) for r in range(log.model.rowCount()) if releases.big_sha in urls[r])
    assert (big.method, big.status) == ("GET", 200) and big.bytes >= BIG_BYTES - 1000
    assert len(urls) == len(server.requests())


def test_pause_keeps_the_download_and_resume_finishes_it(
    qtbot, make_window, library, server, data, releases
) -> None:
    server.add(Fault(releases.big_sha, "slow", delay=0.15))
    window = make_window(library=library, settings=Settings(update_sources=(server.url,)))
    controller = window.update_ui.controller
    window.update_ui.check()
    _wait_phase(qtbot, window, "available")
    controller.start()
    qtbot.waitUntil(
        lambda: controller.state.progress is not None and controller.state.progress.done > 0, timeout=20_000
    )
    assert controller.can_pause and window.update_ui.dialog.pause_button.isEnabled()
    qtbot.mouseClick(window.update_ui.dialog.pause_button, Qt.MouseButton.LeftButton)
    state = _wait_phase(qtbot, window, "paused")
    assert window.update_ui.dialog.primary.text() == "Resume"
    kept = partial_size(AppPaths(data).downloads_dir, releases.big_sha)
    assert 0 < kept < BIG_BYTES
    assert library.info().version == 1
    assert state.progress is not None and "paused" in window.update_ui.dialog.progress_text.text()
    qtbot.mouseClick(window.update_ui.dialog.primary, Qt.MouseButton.LeftButton)
    _wait_phase(qtbot, window, "done", timeout=30_000)
    assert library.info().version == 2
    asked = [(r.range, r.status) for r in server.requests(releases.big_sha)]
    assert (f"bytes={kept}-", 206) in asked  # only the rest was asked for


def test_cancel_leaves_the_catalogue_and_user_data_as_they_were(
    qtbot, make_window, library, server, data, releases
) -> None:
    server.add(Fault(releases.big_sha, "slow", delay=0.15))
    before = _state(data)
    window = make_window(library=library, settings=Settings(update_sources=(server.url,)))
    controller = window.update_ui.controller
    window.update_ui.check()
    _wait_phase(qtbot, window, "available")
    controller.start()
    qtbot.waitUntil(
        lambda: controller.state.progress is not None and controller.state.progress.done > 0, timeout=20_000
    )
    qtbot.mouseClick(window.update_ui.dialog.cancel_button, Qt.MouseButton.LeftButton)
    _wait_phase(qtbot, window, "cancelled")
    assert window.update_ui.dialog.heading.text() == "Update cancelled"
    window.runner.wait()
    assert _state(data) == before
    assert partial_size(AppPaths(data).downloads_dir, releases.big_sha) == 0  # thrown away
    assert library.info().version == 1
    assert not [p for p in AppPaths(data).generations_dir.iterdir() if p.name.startswith(".")]


def test_import_from_a_bundle_file(qtbot, make_window, library, data, releases, tmp_path) -> None:
    repo = tmp_path / "bundle-repo"
    shutil.copytree(releases.stages[2], repo)
    bundle = tmp_path / "update-v2.zip"
    publishing.export_bundle(repo, bundle, keydir=releases.keys)
    window = make_window(library=library)
    window.commands["import_update"].trigger()  # the file dialog: non-modal, answered here
    chooser = window.update_ui.file_dialog
    assert chooser is not None and chooser.isVisible()
    chooser.fileSelected.emit(str(bundle))
    chooser.close()
    state = _wait_phase(qtbot, window, "available")
    dialog = window.update_ui.dialog
    assert state.local and dialog.primary.text() == "Install" and not dialog.pause_button.isVisible()
    assert "to read" in dialog.details.text()
    with qtbot.waitSignal(window.update_ui.controller.summary_ready, timeout=30_000):
        qtbot.mouseClick(dialog.primary, Qt.MouseButton.LeftButton)
    assert library.info().version == 2
    assert not library.network_requests()  # a file is not a request


# QMessageBox asks the platform to pass on its size hints; the offscreen platform only says it cannot.
OFFSCREEN_SIZE_HINTS = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@OFFSCREEN_SIZE_HINTS
def test_export_a_bundle_that_another_laptop_installs(
    qtbot, make_window, library, data, releases, tmp_path
) -> None:
    window = make_window(library=library)
    window.commands["export_update"].trigger()  # a save dialog, non-modal, answered here
    chooser = window.update_ui.file_dialog
    assert chooser is not None and chooser.isVisible() and chooser.objectName() == "export_dialog"
    chooser.fileSelected.emit(str(tmp_path / "stick" / "for-the-team"))  # ".zip" is added
    chooser.close()
    qtbot.waitUntil(lambda: window.update_ui.export_message is not None, timeout=30_000)
    message = window.update_ui.export_message
    assert message.icon() == QMessageBox.Icon.Information, message.text()
    bundle = tmp_path / "stick" / "for-the-team.zip"
    assert str(bundle) in message.text() and "version 1" in message.text()
    message.close()

    officer = AppPaths(tmp_path / "officer")
    result = CatalogueUpdates(officer).update([str(bundle)], trust=releases.root)
    assert result.to_version == 1
    fresh = Library(officer)
    try:
        assert fresh.info().resources == library.info().resources
    finally:
        fresh.close()
    assert not library.network_requests()  # exporting sends nothing anywhere


@OFFSCREEN_SIZE_HINTS
def test_export_failure_is_explained(qtbot, make_window, library, data, tmp_path) -> None:
    (AppPaths(data).trust_dir / "timestamp.json").unlink()  # as if installed without a signed release
    window = make_window(library=library)
    window.update_ui.export_to(str(tmp_path / "bundle.zip"))
    qtbot.waitUntil(lambda: window.update_ui.export_message is not None, timeout=30_000)
    message = window.update_ui.export_message
    assert message.icon() == QMessageBox.Icon.Warning
    assert "not installed from a signed release" in message.text()
    assert not (tmp_path / "bundle.zip").exists()
    message.close()


@pytest.mark.parametrize(("metered", "checks"), [(None, False), (True, False), (False, True)])
def test_automatic_check_only_when_enabled_and_not_metered(
    qtbot, make_window, library, server, monkeypatch, metered, checks
) -> None:
    from refdesk.gui import updates_controller

    monkeypatch.setattr(updates_controller, "connection_is_metered", lambda: metered)
    settings = Settings(update_sources=(server.url,), check_updates_at_start=True)
    window = make_window(library=library, settings=settings)
    if checks:
        _wait_phase(qtbot, window, "available")
        assert "Version 2 of the catalogue is available" in window.status.currentMessage()
        assert window.update_ui.dialog is None  # a quiet note, not a window in the way
    else:
        qtbot.wait(300)
        assert window.update_ui.controller.state.phase == "idle"
        assert not server.requests()


def test_update_settings_are_saved_and_checked(qtbot, make_window, library, state_paths) -> None:
    from refdesk.config.settings import load_settings

    window = make_window(library=library)
    window.commands["update_settings"].trigger()
    dialog = window.update_ui.settings
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    dialog.sources.setPlainText("https://updates.example.org/refdesk\n\nhttps://mirror.example.net/r\n")
    dialog.proxy.setText("socks://nope")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "proxy" in dialog.error.text() and dialog.isVisible()
    dialog.proxy.setText("http://proxy.example:3128")
    dialog.auto_check.setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    stored = load_settings(state_paths.settings_file)
    assert stored.update_sources == ("https://updates.example.org/refdesk", "https://mirror.example.net/r")
    assert stored.update_proxy == "http://proxy.example:3128" and stored.check_updates_at_start
    # no source at all: the dialog says where to add one instead of failing
    window.store.update(update_sources=())
    window.update_ui.check()
    assert window.update_ui.controller.state.phase == "no-sources"
    assert window.update_ui.dialog.heading.text() == "No update source is set"


def test_the_update_windows_are_named_for_screen_readers(qtbot, make_window, library, server) -> None:
    from PySide6.QtWidgets import QAbstractSpinBox, QWidget

    window = make_window(library=library, settings=Settings(update_sources=(server.url,)))
    ui = window.update_ui
    ui.check()
    _wait_phase(qtbot, window, "available")
    ui.show_settings()
    ui.show_network_log()
    ui.controller.show_last_changes()
    qtbot.waitUntil(lambda: ui.changes is not None and ui.network_log.model.rowCount() > 0)
    missing = []
    for dialog in (ui.dialog, ui.settings, ui.network_log, ui.changes):
        assert dialog.accessibleName() and dialog.accessibleDescription()
        for widget in dialog.findChildren(QWidget):
            if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or isinstance(
                widget.parent(), QAbstractSpinBox
            ):
                continue
            if widget.objectName() == "qt_scrollarea_viewport" or not widget.isVisibleTo(dialog):
                continue
            if not widget.accessibleName() or not widget.accessibleDescription():
                missing.append(f"{dialog.objectName()}: {type(widget).__name__} {widget.objectName()!r}")
    assert not missing, missing
