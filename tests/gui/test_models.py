"""The item models under Qt's model tester, and the task runner's newest-wins rule."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QModelIndex

from refdesk.core.types import SearchFilters, SearchRequest
from refdesk.gui.labels import Labels
from refdesk.gui.models import FacetModel, ResultsModel
from refdesk.gui.roles import Roles
from refdesk.gui.tasks import TaskRunner

pytestmark = pytest.mark.gui


def test_results_model_passes_the_model_tester(qtmodeltester, small_library) -> None:
    model = ResultsModel(Labels(small_library.labels()))
    qtmodeltester.check(model)
    requested: list[int] = []
    model.fetch_more_requested.connect(requested.append)
    first = small_library.search(SearchRequest(query="", limit=3))
    model.set_result(first)  # the tester, still watching, asks for more rows as a view would
    assert model.rowCount() == 3 and requested == [3]
    model.fetchMore(QModelIndex())
    assert requested == [3] and not model.canFetchMore(QModelIndex())  # one request at a time
    model.append_page(small_library.search(SearchRequest(query="", limit=3, offset=3)))
    qtmodeltester.check(model)
    assert model.rowCount() == 6
    hit = model.hit(0)
    index = model.index(0)
    assert index.data(Roles.RESOURCE_ID) == hit.id and index.data(Roles.HIT) is hit
    assert "·" in index.data(Roles.META)


def test_facet_model_passes_the_model_tester(qtmodeltester, small_library) -> None:
    model = FacetModel(Labels(small_library.labels()))
    qtmodeltester.check(model)
    everything = small_library.search(SearchRequest(query=""))
    model.update_counts(everything.facets)
    qtmodeltester.check(model)
    type_group = model.index(0, 0)
    assert type_group.data(Roles.IS_GROUP) and model.rowCount(type_group) >= 3
    value = model.index(0, 0, type_group)
    model.toggle(value)
    assert model.selected("type") == (value.data(Roles.VALUE),)
    narrowed = small_library.search(
        SearchRequest(query="", filters=SearchFilters(types=model.selected("type")))
    )
    model.update_counts(narrowed.facets)
    qtmodeltester.check(model)
    # a chosen value stays listed (with its count) so it can be unticked
    assert value.data(Roles.VALUE) in [
        model.index(r, 0, type_group).data(Roles.VALUE) for r in range(model.rowCount(type_group))
    ]
    model.update_counts({})  # a search with no results keeps only the chosen value
    qtmodeltester.check(model)
    assert model.rowCount(type_group) == 1
    model.clear_selection()
    assert not model.has_selection()


def test_the_newest_task_wins(qtbot) -> None:
    runner = TaskRunner()
    gate = threading.Event()
    answers: list[str] = []

    def slow() -> str:
        gate.wait(5)
        return "first"

    runner.submit("search", slow, answers.append)
    runner.submit("search", lambda: "second", answers.append)  # waits behind `slow`
    runner.submit("search", lambda: "third", answers.append)
    gate.set()
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    runner.wait()
    assert answers == ["third"]
    runner.shutdown()


def test_task_errors_come_back_to_the_gui_thread(qtbot) -> None:
    runner = TaskRunner()
    errors: list[BaseException] = []
    threads: list[bool] = []

    def fail() -> None:
        raise ValueError("no")

    runner.submit("details", fail, lambda _r: None, lambda e: (errors.append(e), threads.append(True)))
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], ValueError)
    runner.shutdown()
