"""Everything from the keyboard: shortcuts, arrows and Enter, tab order, accessible names, help."""

from __future__ import annotations

import html

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QWidget

from refdesk.gui.actions import SPECS, shortcuts_html
from refdesk.gui.roles import Roles

from .helpers import QUERY

pytestmark = pytest.mark.gui


def _focused() -> QWidget | None:
    return QApplication.focusWidget()


def _key(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    """Press a key where the focus is, as a person would."""
    target = _focused()
    assert target is not None, "nothing has the keyboard focus"
    qtbot.keyClick(target, key, modifier)


def test_keyboard_only_end_to_end(qtbot, window) -> None:
    bar, view, viewer = window.search_bar, window.results_panel.view, window.viewer
    window.results_panel.view.setFocus()
    # Ctrl+K, then type: results follow
    _key(qtbot, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert _focused() is bar.edit
    with qtbot.waitSignal(window.results_shown, timeout=20_000, check_params_cb=lambda r: r.query == QUERY):
        qtbot.keyClicks(bar.edit, QUERY)
    # ↓ moves into the results; Enter opens the document at the page of the hit
    _key(qtbot, Qt.Key.Key_Down)
    assert _focused() is view and view.currentIndex().row() == 0
    with qtbot.waitSignal(window.document_opened, timeout=10_000):
        _key(qtbot, Qt.Key.Key_Return)
    assert window.reading and viewer.pdf.current_page == 3
    qtbot.waitUntil(lambda: len(viewer.pdf.hits) == 3)
    # F3 steps through the highlighted words; Ctrl+PgDown turns the page
    _key(qtbot, Qt.Key.Key_F3)
    assert viewer.hits_label.text() == "2 of 3"
    _key(qtbot, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert viewer.hits_label.text() == "1 of 3"
    _key(qtbot, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: viewer.pdf.current_page == 4)
    # Ctrl+F: find in the document, Enter goes to the match
    _key(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert _focused() is viewer.find_edit
    qtbot.keyClicks(viewer.find_edit, "passports")
    _key(qtbot, Qt.Key.Key_Return)
    assert viewer.hits_label.text() == "1 of 1"
    # Esc goes back to the results, with the focus on them
    _key(qtbot, Qt.Key.Key_Escape)
    assert not window.reading and _focused() is view
    # / goes back to the search box; Esc empties it
    _key(qtbot, Qt.Key.Key_Slash)
    assert _focused() is bar.edit
    with qtbot.waitSignal(window.results_shown, timeout=20_000, check_params_cb=lambda r: r.query == ""):
        _key(qtbot, Qt.Key.Key_Escape)
    assert bar.text == "" and window.results_model.rowCount() == 8
    # Alt+1: the filters; arrows move, Space ticks, the results narrow
    _key(qtbot, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    tree = window.facets_panel.tree
    assert _focused() is tree
    _key(qtbot, Qt.Key.Key_Down)
    assert tree.currentIndex().data(Roles.FACET) == "type" and not tree.currentIndex().data(Roles.IS_GROUP)
    code = tree.currentIndex().data(Roles.VALUE)
    count = tree.currentIndex().data(Roles.COUNT)
    with qtbot.waitSignal(window.results_shown, timeout=20_000) as narrowed:
        _key(qtbot, Qt.Key.Key_Space)
    assert narrowed.args[0].total == count
    assert {h.type for h in narrowed.args[0].hits} == {code}
    assert _focused() is tree and tree.currentIndex().data(Roles.VALUE) == code  # focus stays put
    # Alt+2 to the results, Ctrl+Shift+Backspace clears the filters
    _key(qtbot, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert _focused() is view
    with qtbot.waitSignal(window.results_shown, timeout=20_000) as cleared:
        _key(
            qtbot,
            Qt.Key.Key_Backspace,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    assert cleared.args[0].total == 8
    # ↑ on the first result goes back up to the search box
    view.setCurrentIndex(window.results_model.index(0))
    _key(qtbot, Qt.Key.Key_Up)
    assert _focused() is bar.edit


def test_enter_in_the_search_box_moves_to_the_results(qtbot, window) -> None:
    window.focus_search()
    _key(qtbot, Qt.Key.Key_Return)
    assert _focused() is window.results_panel.view
    _key(qtbot, Qt.Key.Key_Down)
    assert window.results_panel.view.currentIndex().row() == 1
    with qtbot.waitSignal(window.details_shown, timeout=10_000) as shown:
        _key(qtbot, Qt.Key.Key_Down)
    assert shown.args[0] == window.results_model.hit(2).id


def test_tab_order_follows_the_layout(qtbot, window) -> None:
    expected = [
        window.search_bar.edit,
        window.facets_panel.tree,
        window.facets_panel.year_from,
        window.facets_panel.year_to,
        window.results_panel.sort,
        window.results_panel.view,
        window.resource_pane.browser,
    ]
    window.focus_search()
    reached = [_focused()]
    for _ in range(len(expected) - 1):
        target = _focused()
        if target is window.resource_pane.browser:
            break
        qtbot.keyClick(target, Qt.Key.Key_Tab)
        focused = _focused()
        # spin boxes and combo boxes focus their inner editor; count the box itself
        while focused is not None and isinstance(focused.parent(), QAbstractSpinBox | QComboBox):
            focused = focused.parent()
        reached.append(focused)
    assert reached == expected


def test_every_control_has_an_accessible_name_and_description(qtbot, window) -> None:
    missing = []
    for widget in window.findChildren(QWidget):
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or isinstance(widget.parent(), QAbstractSpinBox):
            continue
        if widget.window() is not window or widget.objectName() == "qt_scrollarea_viewport":
            continue  # a combo box's popup list; the inside of a scroll area
        if not widget.accessibleName() or not widget.accessibleDescription():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    assert not missing, missing


def test_every_action_has_a_shortcut_in_the_help(qtbot, window) -> None:
    without = [s.name for s in SPECS if not s.shortcuts and not s.name.startswith("theme_")]
    assert not without
    text = shortcuts_html()
    for spec in SPECS:
        assert html.escape(spec.text.replace("&", "")) in text
    window.activateWindow()
    window.results_panel.view.setFocus()
    _key(qtbot, Qt.Key.Key_F1)
    dialog = window.help_dialog
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    assert "Ctrl+K" in dialog.text.toPlainText()
    dialog.close()
