"""Helpers for driving the real window in GUI tests."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from refdesk.core.types import SearchResult
from refdesk.gui.main_window import MainWindow
from tests.helpers import RESOURCES, make_catalogue

QUERY = "recruitment fee broker"


def type_query(qtbot: QtBot, window: MainWindow, text: str, *, clear: bool = True) -> SearchResult:
    """Type `text` key by key into the search box; returns the result that answers it."""
    edit = window.search_bar.edit
    if clear:
        edit.clear()
    edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def answers(result: SearchResult) -> bool:
        return result.query == text

    with qtbot.waitSignal(window.results_shown, timeout=20_000, check_params_cb=answers) as blocker:
        qtbot.keyClicks(edit, text)
    return blocker.args[0]


def wait_result(qtbot: QtBot, window: MainWindow, action) -> SearchResult:  # type: ignore[no-untyped-def]
    """Run `action` (which changes the search) and return the result it leads to."""
    with qtbot.waitSignal(window.results_shown, timeout=20_000) as blocker:
        action()
    return blocker.args[0]


def facet_index(window: MainWindow, facet: str, code: str):  # type: ignore[no-untyped-def]
    from refdesk.gui.roles import Roles

    model = window.facet_model
    for row in range(model.rowCount()):
        group = model.index(row, 0)
        if group.data(Roles.FACET) != facet:
            continue
        for child_row in range(model.rowCount(group)):
            child = model.index(child_row, 0, group)
            if child.data(Roles.VALUE) == code:
                return child
    raise AssertionError(f"no facet value {facet}={code}")


def catalogue_variant(
    root: Path,
    version: int,
    edit: dict[str, dict] | None = None,
    drop: frozenset[str] = frozenset(),
    extra: tuple[dict, ...] = (),
) -> Path:
    """A copy of the test catalogue's source with resources edited, dropped or added."""
    resources = [dict(r, **(edit or {}).get(r["id"], {})) for r in RESOURCES if r["id"] not in drop]
    return make_catalogue(root / f"v{version}", [*resources, *extra])
