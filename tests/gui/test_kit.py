"""The officer's kit in the window: bookmarks, notes, collections, recent, saved searches, statuses."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from refdesk.config.paths import AppPaths
from refdesk.gui.roles import Roles
from refdesk.services import builder
from refdesk.services.library import Library

from .helpers import QUERY, catalogue_variant, type_query

pytestmark = pytest.mark.gui

FISHING = "fishing-vessel-inspection"
ILO = "ilo-forced-labour-indicators"
SOP = "cambodia-referral-sop"
SUCCESSOR = {
    "id": "cambodia-referral-sop-2024",
    "title": "Referral procedures, 2024 edition",
    "type": "sop",
    "countries": ["KH"],
    "supersedes": [SOP],
}


@pytest.fixture
def kit_library(tmp_path: Path) -> Iterator[Library]:
    """A catalogue of its own for each test: these tests write bookmarks and change the catalogue."""
    paths = AppPaths(tmp_path / "data")
    builder.install_source(paths, catalogue_variant(tmp_path / "sources", 1))
    library = Library(paths)
    yield library
    library.close()


@pytest.fixture
def fast_kit(monkeypatch: pytest.MonkeyPatch) -> None:
    from refdesk.gui import kit

    monkeypatch.setattr(kit, "RECENT_DWELL_MS", 30)
    monkeypatch.setattr(kit, "NOTE_DEBOUNCE_MS", 200)


def _row(window, kind: str, key: str, section: str | None = None) -> QModelIndex:  # type: ignore[no-untyped-def]
    return window.sidebar_model.find(kind, key, section)


def _install(library: Library, tmp_path: Path, version: int, **changes) -> None:  # type: ignore[no-untyped-def]
    source = catalogue_variant(tmp_path / "sources", version, **changes)
    builder.install_source(library.paths, source, version=version)


def _catalogue_changed(qtbot: QtBot, window, until) -> None:  # type: ignore[no-untyped-def]
    """Tell the window a new catalogue is in use and wait until the sidebar shows `until()`."""
    window.catalogue_changed()
    qtbot.waitUntil(until, timeout=10_000)


def test_bookmark_toggle_and_note_are_kept(qtbot, kit_library, make_window, fast_kit) -> None:
    window = make_window(library=kit_library)
    pane = window.resource_pane
    type_query(qtbot, window, QUERY)
    qtbot.waitUntil(lambda: pane.resource_id == FISHING)
    assert not pane.bookmark_button.isChecked() and pane.bookmark_button.isEnabled()
    window.focus_results()
    qtbot.keyClick(window.results_panel.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert pane.bookmark_button.isChecked()  # at once; the write follows on the write pool
    assert pane.bookmark_button.text() == "★ Bookmarked"
    qtbot.waitUntil(lambda: kit_library.user.is_bookmarked(FISHING))
    qtbot.waitUntil(lambda: _row(window, "entry", FISHING, "bookmarks").isValid())

    # Alt+5 goes to the note; what is typed is saved after a pause in the typing
    qtbot.keyClick(window.results_panel.view, Qt.Key.Key_5, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is pane.note_box.edit
    with qtbot.waitSignal(window.kit.note_saved, timeout=5000):
        qtbot.keyClicks(pane.note_box.edit, "Skipper refused boarding")
    assert kit_library.user.note(FISHING) == "Skipper refused boarding"
    qtbot.waitUntil(lambda: pane.note_box.state.text() == "Saved")

    # typed, then the window closes at once: the note is still saved
    qtbot.keyClicks(pane.note_box.edit, "; call the night hotline")
    window.close()
    assert kit_library.user.note(FISHING) == "Skipper refused boarding; call the night hotline"

    again = make_window(library=kit_library)
    again.show_resource(FISHING)
    qtbot.waitUntil(lambda: again.resource_pane.resource_id == FISHING)
    assert again.resource_pane.bookmark_button.isChecked()
    assert again.resource_pane.note_box.text == "Skipper refused boarding; call the night hotline"
    qtbot.waitUntil(lambda: _row(again, "entry", FISHING, "bookmarks").isValid())
    entry = _row(again, "entry", FISHING, "bookmarks")
    assert "with a note" in entry.data(Qt.ItemDataRole.AccessibleTextRole)
    # Ctrl+D again removes the bookmark; the note stays, so the resource stays listed with it
    again.commands["toggle_bookmark"].trigger()
    qtbot.waitUntil(lambda: not kit_library.user.is_bookmarked(FISHING))
    assert kit_library.user.note(FISHING)
    qtbot.waitUntil(lambda: _row(again, "entry", FISHING).data(Qt.ItemDataRole.DisplayRole) is not None)


def test_sidebar_shows_statuses_across_a_catalogue_change(
    qtbot, kit_library, make_window, fast_kit, tmp_path
) -> None:
    user = kit_library.user
    user.add_bookmark(ILO, note="use at every inspection")
    user.add_bookmark(SOP, collections=["Port visit"])
    user.set_note(FISHING, "skipper refused boarding last time")
    window = make_window(library=kit_library)
    model = window.sidebar_model
    qtbot.waitUntil(lambda: _row(window, "entry", SOP, "collections").isValid(), timeout=10_000)
    assert _row(window, "entry", ILO).data(Roles.STATUS) == "current"

    # version 2: ILO edited (new edition), the SOP superseded, the fishing guide withdrawn
    _install(
        kit_library, tmp_path, 2,
        edit={ILO: {"summary": "A new edition."}}, drop=frozenset({FISHING}), extra=(SUCCESSOR,),
    )  # fmt: skip
    _catalogue_changed(
        qtbot, window, lambda: _row(window, "entry", FISHING).data(Roles.STATUS) == "withdrawn"
    )
    ilo, sop, fishing = (_row(window, "entry", rid, "bookmarks") for rid in (ILO, SOP, FISHING))
    assert (ilo.data(Roles.STATUS), ilo.data(Roles.STATUS_TEXT)) == ("changed", "New edition")
    assert "New edition since you saved it" in ilo.data(Qt.ItemDataRole.AccessibleTextRole)
    assert sop.data(Roles.STATUS_TEXT) == "Superseded by Referral procedures, 2024 edition"
    assert fishing.data(Roles.STATUS_TEXT) == "Withdrawn"
    assert "your note is kept" in fishing.data(Qt.ItemDataRole.ToolTipRole)
    assert (
        fishing.data(Qt.ItemDataRole.DisplayRole) == "Inspecting fishing vessels in port"
    )  # its title is kept
    assert "superseded" in sop.data(Qt.ItemDataRole.AccessibleTextRole).lower()
    assert model.data(model.section_index("collections"), Qt.ItemDataRole.DisplayRole) == "Collections (1)"
    shot = tmp_path / "sidebar.png"
    assert window.grab().save(str(shot))

    # the superseded one: the pane says so in words, and one click opens its successor
    window.sidebar.tree.setCurrentIndex(sop)
    with qtbot.waitSignal(window.details_shown, timeout=10_000):
        qtbot.keyClick(window.sidebar.tree, Qt.Key.Key_Return)
    banner = window.resource_pane.banner
    assert banner.isVisible() and "Superseded by" in banner.label.text()
    assert banner.button.text() == "Open the new edition"
    with qtbot.waitSignal(window.details_shown, timeout=10_000) as shown:
        qtbot.mouseClick(banner.button, Qt.MouseButton.LeftButton)
    assert shown.args == [SUCCESSOR["id"]]

    # the new edition: acknowledged from the pane, it is current again
    window.show_resource(ILO)
    qtbot.waitUntil(lambda: window.resource_pane.resource_id == ILO and banner.isVisible())
    assert "New edition" in banner.label.text() and banner.button.text() == "Acknowledge"
    window.commands["acknowledge"].trigger()
    qtbot.waitUntil(lambda: _row(window, "entry", ILO, "bookmarks").data(Roles.STATUS) == "current")
    qtbot.waitUntil(lambda: not banner.isVisible())
    # on show long enough, it is in Recent, at the top
    qtbot.waitUntil(lambda: _row(window, "recent", ILO).isValid())
    recent = model.section_index("recent")
    assert model.index(0, 0, recent).data(Roles.RESOURCE_ID) == ILO

    # the withdrawn one: its title and note, marked, and the note can still be edited
    window.sidebar.tree.setCurrentIndex(_row(window, "entry", FISHING, "bookmarks"))
    with qtbot.waitSignal(window.details_shown, timeout=10_000):
        qtbot.keyClick(window.sidebar.tree, Qt.Key.Key_Return)
    pane = window.resource_pane
    assert "Inspecting fishing vessels in port" in pane.browser.toPlainText()
    assert "withdrawn" in pane.browser.toPlainText()
    assert pane.note_box.text == "skipper refused boarding last time"
    assert banner.isVisible() and "Withdrawn" in banner.label.text()
    assert not pane.open_button.isEnabled()


def test_recent_lists_what_stayed_on_show_not_what_was_passed_by(
    qtbot, kit_library, make_window, monkeypatch
) -> None:
    from refdesk.gui import kit

    monkeypatch.setattr(kit, "RECENT_DWELL_MS", 400)
    window = make_window(library=kit_library)
    for resource_id in (SOP, ILO):  # arrowing past one to the next
        with qtbot.waitSignal(window.details_shown, timeout=10_000):
            window.show_resource(resource_id)
    qtbot.waitUntil(lambda: _row(window, "recent", ILO).isValid(), timeout=5000)
    assert [r.id for r in kit_library.user.recent()] == [ILO]
    with qtbot.waitSignal(window.document_opened, timeout=10_000):  # opening a document is a view
        window.open_document(FISHING, None, None)
    qtbot.waitUntil(lambda: _row(window, "recent", FISHING).isValid(), timeout=5000)


def test_saved_search_counts_what_is_new_and_clears_when_run(
    qtbot, kit_library, make_window, fast_kit, tmp_path
) -> None:
    window = make_window(library=kit_library)
    type_query(qtbot, window, "country:KH")
    window.commands["save_search"].trigger()
    qtbot.waitUntil(lambda: _row(window, "saved", "1").isValid())
    saved = _row(window, "saved", "1")
    assert saved.data(Qt.ItemDataRole.DisplayRole) == "country:KH" and saved.data(Roles.NEW_COUNT) == 0

    extra = tuple(
        {"id": f"kh-new-{i}", "title": f"New Cambodian guide {i}", "type": "guidance", "countries": ["KH"]}
        for i in range(3)
    )
    _install(kit_library, tmp_path, 2, extra=extra)
    _catalogue_changed(qtbot, window, lambda: _row(window, "saved", "1").data(Roles.NEW_COUNT) == 3)
    section = window.sidebar_model.section_index("saved")
    assert "3 new results" in section.data(Qt.ItemDataRole.AccessibleTextRole)
    assert "3 new" in _row(window, "saved", "1").data(Qt.ItemDataRole.AccessibleTextRole)

    # running it from the sidebar shows it and marks it seen
    type_query(qtbot, window, "")
    window.focus_sidebar()
    window.sidebar.tree.setCurrentIndex(_row(window, "saved", "1"))
    with qtbot.waitSignal(
        window.results_shown, timeout=10_000, check_params_cb=lambda r: r.query == "country:KH"
    ) as shown:
        qtbot.keyClick(window.sidebar.tree, Qt.Key.Key_Return)
    assert shown.args[0].total == 4
    qtbot.waitUntil(lambda: _row(window, "saved", "1").data(Roles.NEW_COUNT) == 0)
    assert kit_library.user.saved_searches()[0].new_count == 0


def test_collections_are_made_renamed_filled_and_deleted(qtbot, kit_library, make_window, fast_kit) -> None:
    window = make_window(library=kit_library)
    # New collection: a dialog that never blocks; the name typed becomes an empty collection
    window.commands["new_collection"].trigger()
    dialog = window.kit.dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.ok_button.isEnabled()  # no name yet
    qtbot.keyClicks(dialog.edit, "Port visit")
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _row(window, "collection", "Port visit").isValid())

    # the resource on show goes in (and is bookmarked with it), then comes out again
    window.show_resource(SOP)
    pane = window.resource_pane
    qtbot.waitUntil(lambda: pane.resource_id == SOP)
    assert pane.collection_names == ["Port visit"]
    pane.collection_toggled.emit("Port visit", True)
    qtbot.waitUntil(lambda: _row(window, "entry", SOP, "collections").isValid())
    assert kit_library.user.is_bookmarked(SOP)
    qtbot.waitUntil(lambda: pane.marks.collections == ("Port visit",))
    menu = pane.make_collections_menu()  # what Ctrl+Shift+D pops up: ticked where it is in
    assert menu is not None
    assert [a.text() for a in menu.actions() if a.isChecked()] == ["Port visit"]
    window.sidebar.tree.setCurrentIndex(_row(window, "entry", SOP, "collections"))
    window.sidebar.tree.setFocus()
    qtbot.keyClick(window.sidebar.tree, Qt.Key.Key_Delete)  # out of the collection, still bookmarked
    qtbot.waitUntil(lambda: not _row(window, "entry", SOP, "collections").isValid())
    assert kit_library.user.is_bookmarked(SOP)

    # F2 renames; Delete on the collection deletes it, and its bookmarks stay
    window.sidebar.tree.setCurrentIndex(_row(window, "collection", "Port visit"))
    qtbot.keyClick(window.sidebar.tree, Qt.Key.Key_F2)
    rename = window.kit.dialog
    assert rename is not None and rename is not dialog and rename.text == "Port visit"
    rename.edit.setText("Port visit, May")
    rename.accept()
    qtbot.waitUntil(lambda: _row(window, "collection", "Port visit, May").isValid())
    assert dict(kit_library.user.collections()) == {"Port visit, May": 0}
    window.sidebar.tree.setCurrentIndex(_row(window, "collection", "Port visit, May"))
    assert window.sidebar.remove_button.isEnabled() and window.sidebar.rename_button.isEnabled()
    qtbot.mouseClick(window.sidebar.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not kit_library.user.collections())
    assert kit_library.user.is_bookmarked(SOP)


def test_the_sidebar_model_passes_the_model_tester(qtmodeltester, qapp) -> None:  # type: ignore[no-untyped-def]
    from refdesk.core.types import RecentEntry, SavedSearchInfo, SearchFilters, UserEntry
    from refdesk.gui.sidebar_model import SidebarData, SidebarModel

    def entry(rid: str, status: str = "current", collections: tuple[str, ...] = ()) -> UserEntry:
        return UserEntry(rid, rid.title(), None, collections, "2026-01-01", True, status)  # type: ignore[arg-type]

    model = SidebarModel()
    qtmodeltester.check(model)
    first = SidebarData(
        entries=(entry("a"), entry("b", "changed", ("Trip",))),
        collections=(("Trip", 1),),
        recent=(RecentEntry("a", "A", "2026-01-02"),),
        saved=(SavedSearchInfo(1, "fishing", "fishing", SearchFilters(), "2026-01-01", 2),),
    )
    model.set_data(first)
    qtmodeltester.check(model)
    model.set_data(SidebarData(entries=(entry("c"), entry("b", "withdrawn")), collections=(("Other", 0),)))
    qtmodeltester.check(model)
    bookmarks = model.section_index("bookmarks")
    assert [model.index(r, 0, bookmarks).data(Roles.RESOURCE_ID) for r in range(2)] == ["c", "b"]
    model.set_data(SidebarData())
    assert model.index(0, 0, bookmarks).data(Roles.KIND) == "hint"
    qtmodeltester.check(model)


def test_the_sidebar_hides_and_stays_hidden(qtbot, kit_library, make_window) -> None:
    window = make_window(library=kit_library)
    assert window.sidebar_dock.isVisible()
    window.commands["toggle_sidebar"].trigger()  # Ctrl+B
    assert not window.sidebar_dock.isVisible()
    window.close()
    again = make_window(library=kit_library)
    assert not again.sidebar_dock.isVisible()
    again.commands["focus_sidebar"].trigger()  # Alt+4 brings it back, with the focus in it
    assert again.sidebar_dock.isVisible()
    assert QApplication.focusWidget() is again.sidebar.tree
    assert again.sidebar.tree.currentIndex() == again.sidebar_model.section_index("bookmarks")


def test_what_changed_before_any_update_says_so(qtbot, kit_library, make_window) -> None:
    window = make_window(library=kit_library)
    with qtbot.waitSignal(window.update_ui.controller.summary_ready, timeout=10_000) as ready:
        window.commands["whats_changed"].trigger()
    assert ready.args[0].changes is None
    dialog = window.update_ui.changes
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    assert "first catalogue installed" in dialog.text.toPlainText()
