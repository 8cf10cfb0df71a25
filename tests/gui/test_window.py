"""The real window on the small catalogue: searching, filtering, reading, remembering."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from refdesk.config.paths import AppPaths
from refdesk.config.settings import Settings, load_settings
from refdesk.gui.roles import Roles

from .helpers import QUERY, facet_index, type_query, wait_result

pytestmark = pytest.mark.gui


def test_typing_a_query_shows_results(qtbot, window, tmp_path: Path) -> None:
    assert window.results_model.rowCount() == 8  # an empty query browses everything
    result = type_query(qtbot, window, QUERY)
    assert result.total >= 1
    top = window.results_model.index(0)
    assert top.data(Roles.RESOURCE_ID) == "fishing-vessel-inspection"
    assert top.data(Roles.PAGE) == 3
    assert "<b>" in top.data(Roles.SNIPPET)
    assert "1 result" in window.search_bar.count.text()
    # the best result is selected and its details are on the right
    qtbot.waitUntil(lambda: window.resource_pane.resource_id == "fishing-vessel-inspection")
    assert "best match on page 3" in window.resource_pane.browser.toPlainText()
    shot = tmp_path / "window.png"
    assert window.grab().save(str(shot))
    assert shot.stat().st_size > 10_000


def test_only_the_newest_query_is_answered(qtbot, window) -> None:
    seen: list[str] = []
    window.results_shown.connect(lambda r: seen.append(r.query))
    type_query(qtbot, window, "debt bondage")
    # typing key by key inside the debounce interval searches once, for the whole text
    assert seen == ["debt bondage"]


def test_picking_a_facet_narrows_the_results(qtbot, window) -> None:
    index = facet_index(window, "type", "indicators")
    assert index.data(Roles.COUNT) == 3
    result = wait_result(qtbot, window, lambda: window.facet_model.toggle(index))
    assert result.total == 3
    assert {window.results_model.hit(r).type for r in range(3)} == {"indicators"}
    assert window.facets_panel.clear_button.isEnabled()
    # the type group keeps its counts (it ignores its own filter); others follow the filter
    assert facet_index(window, "type", "guidance").data(Roles.COUNT) == 3
    assert facet_index(window, "region", "global").data(Roles.COUNT) == 3
    # a second value of the same facet widens again (OR), a year range narrows (AND)
    both = wait_result(qtbot, window, lambda: window.facet_model.toggle(facet_index(window, "type", "sop")))
    assert both.total == 4
    ranged = wait_result(qtbot, window, lambda: window.facets_panel.year_from.setValue(2016))
    assert {window.results_model.hit(r).year for r in range(ranged.total)} == {2016, 2022}
    cleared = wait_result(qtbot, window, window.facets_panel.clear)
    assert cleared.total == 8
    assert not window.facets_panel.clear_button.isEnabled()


def test_enter_on_a_result_opens_its_document_at_the_hit_page(qtbot, window) -> None:
    type_query(qtbot, window, QUERY)
    window.focus_results()
    with qtbot.waitSignal(window.document_opened, timeout=10_000) as opened:
        qtbot.keyClick(window.results_panel.view, Qt.Key.Key_Return)
    request = opened.args[0]
    assert request.page == 3 and request.media_type == "application/pdf"
    viewer = window.viewer
    assert window.reading and viewer.is_pdf
    assert viewer.pdf.current_page == 3
    assert viewer.pdf.terms == ["recruitment", "fee", "broker"]
    current = viewer.pdf.current_hit
    assert current is not None and current.page == 2  # QtPdf counts from 0
    qtbot.waitUntil(lambda: len(viewer.pdf.hits) == 3)
    assert viewer.hits_label.text() == "1 of 3"
    # the highlighted word is inside the visible part of the page
    area = viewer.pdf.screen_rect(current.page, current.rects[0])
    top = viewer.pdf.verticalScrollBar().value()
    assert top <= area.top() and area.bottom() <= top + viewer.pdf.viewport().height()


def test_markdown_document_opens_in_the_text_view_with_words_marked(qtbot, window) -> None:
    type_query(qtbot, window, "excessive overtime")
    assert window.results_model.hit(0).id == "new-indicators"
    with qtbot.waitSignal(window.document_opened, timeout=10_000):
        window.open_document("new-indicators", None, None)
    viewer = window.viewer
    assert not viewer.is_pdf
    assert "excessive overtime" in viewer.text.toPlainText()
    assert viewer.text.hit_count == 2 and viewer.text.current_index == 0
    viewer.find_edit.clear()
    qtbot.keyClicks(viewer.find_edit, "sign")
    qtbot.keyClick(viewer.find_edit, Qt.Key.Key_Return)  # Enter right after typing searches at once
    assert viewer.text.hit_count == 1
    assert len(viewer.text.extraSelections()) == 1


def test_did_you_mean_is_one_key_away(qtbot, window) -> None:
    result = type_query(qtbot, window, "recrutment")
    assert result.corrected_query == "recruitment"
    assert window.search_bar.suggestion.isVisible()
    after = wait_result(qtbot, window, window.commands["accept_suggestion"].trigger)
    assert window.search_bar.text == "recruitment"
    assert after.corrected_query is None
    assert not window.search_bar.suggestion.isVisible()


def test_resource_pane_links_open_related_resources(qtbot, window) -> None:
    type_query(qtbot, window, "revised indicator list")
    qtbot.waitUntil(lambda: window.resource_pane.resource_id == "new-indicators")
    text = window.resource_pane.browser.toPlainText()
    assert "Supersedes" in text and "Older indicator list" in text
    assert "Notes" in text or "notes.md" in text  # its document
    with qtbot.waitSignal(window.details_shown, timeout=10_000) as shown:
        window.resource_pane.resource_requested.emit("old-indicators")
    assert shown.args == ["old-indicators"]
    text = window.resource_pane.browser.toPlainText()
    assert "A newer edition exists" in text and "Superseded by" in text
    assert "None recorded" in text  # no web address in the test catalogue; never a dead link


def test_a_missing_catalogue_shows_a_calm_message(qtbot, tmp_path, monkeypatch) -> None:
    from refdesk.gui.main_window import MainWindow
    from refdesk.services import library as library_module
    from refdesk.services.library import Library

    monkeypatch.setattr(library_module, "bundled_release", lambda: tmp_path / "nowhere")
    library = Library(AppPaths(tmp_path / "empty"))
    window = MainWindow(library, library.paths, Settings())
    qtbot.addWidget(window)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: "cannot be opened" in window.results_panel.view.empty_text, timeout=10_000)
    assert "missing from this installation" in window.results_panel.view.empty_text
    assert window.status.catalogue.text() == "No catalogue installed"
    window.shutdown()
    library.close()


def test_first_start_installs_the_bundled_catalogue_off_the_gui_thread(qtbot, tmp_path) -> None:
    """An empty data dir: the window shows at once and installs the bundled release on a worker."""
    from refdesk.gui import jobs
    from refdesk.gui.main_window import MainWindow

    paths = AppPaths(tmp_path / "fresh")
    window = MainWindow(lambda: jobs.open_library(paths), paths, Settings())
    qtbot.addWidget(window)
    window.show()
    assert window.library is None  # nothing opened on the GUI thread
    messages: list[str] = []
    window.runner.progressed.connect(lambda _key, message: messages.append(message))
    with qtbot.waitSignal(window.ready, timeout=120_000):
        window.start()
    try:
        assert messages, "no progress was shown while installing"
        assert window.results_model.total >= 100
        assert "version" in window.status.catalogue.text()
        assert (paths.data_dir / "CURRENT").is_file()
    finally:
        window.shutdown()


def test_geometry_splitters_and_last_query_are_remembered(qtbot, make_window, state_paths) -> None:
    first = make_window()
    first.resize(790, 560)  # inside the offscreen screen (800 x 600)
    first.splitter.setSizes([180, 330, 260])
    sizes = first.splitter.sizes()
    type_query(qtbot, first, "fishing")
    first.close()
    assert load_settings(state_paths.settings_file).last_query == "fishing"
    assert (state_paths.data_dir / "window.ini").is_file()
    second = make_window()
    assert second.search_bar.text == "fishing"
    assert (second.width(), second.height()) == (790, 560)
    assert second.splitter.sizes() == sizes
    assert second.results_model.hit(0).id == "fishing-vessel-inspection"


def test_queries_stay_out_of_the_log_unless_allowed(qtbot, make_window, caplog) -> None:
    caplog.set_level(logging.DEBUG, logger="refdesk")
    window = make_window()
    type_query(qtbot, window, "bondage")
    assert not [r for r in caplog.records if "bondage" in r.getMessage()]
    window.close()
    caplog.clear()
    logged = make_window(settings=Settings(log_queries=True))
    type_query(qtbot, logged, "bondage")
    assert [r for r in caplog.records if "bondage" in r.getMessage()]


def test_query_language_and_sort_orders_work_in_the_window(qtbot, window) -> None:
    result = type_query(qtbot, window, "type:sop OR type:indicators -older")
    assert {h.id for h in result.hits} == {
        "cambodia-referral-sop",
        "ilo-forced-labour-indicators",
        "new-indicators",
    }
    type_query(qtbot, window, "")
    newest = wait_result(qtbot, window, window.commands["sort_newest"].trigger)
    years = [h.year or 0 for h in newest.hits]
    assert years == sorted(years, reverse=True)
    assert window.results_panel.sort.currentData() == "newest"
    by_title = wait_result(qtbot, window, lambda: window.results_panel.sort.setCurrentIndex(2))
    titles = [h.title.casefold() for h in by_title.hits]
    assert titles == sorted(titles)
    assert window.commands["sort_title"].isChecked()
    assert load_settings(window.paths.settings_file).sort == "title"
