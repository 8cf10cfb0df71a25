"""GUI layer: the search controller: debounces what the user types and runs it on the task runner."""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, QTimer, Signal, Slot

from refdesk.core.errors import RefdeskError
from refdesk.core.types import SearchFilters, SearchRequest, SearchResult, SortOrder

from .tasks import TaskRunner

if TYPE_CHECKING:
    from refdesk.services.library import Library

log = logging.getLogger(__name__)

DEBOUNCE_MS = 150
PAGE_SIZE = 40


class SearchController(QObject):
    """Holds the current request; every change schedules one search, and the newest wins."""

    # A new result set replaced the old one (a new query, filter or sort).
    results_changed = Signal(object)  # SearchResult
    # The next page of the same result set.
    page_loaded = Signal(object)  # SearchResult
    search_failed = Signal(str)
    page_failed = Signal()

    def __init__(
        self,
        runner: TaskRunner,
        *,
        log_queries: bool = False,
        debounce_ms: int = DEBOUNCE_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._library: Library | None = None
        self._runner = runner
        self.log_queries = log_queries
        # Resources in the reader's language win near-ties (the window's locale, set from
        # ui_language or the system before any widget exists).
        self._language = QLocale().name().split("_")[0] or None
        self._request = SearchRequest(query="", limit=PAGE_SIZE, language=self._language)
        self._last_result: SearchResult | None = None
        self._enabled = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self._on_timer_timeout)

    # -- what the views call -----------------------------------------------------------------

    @property
    def request(self) -> SearchRequest:
        return self._request

    @property
    def last_result(self) -> SearchResult | None:
        return self._last_result

    def enable(self, library: Library) -> None:
        """Searching starts once the catalogue is open; until then changes only accumulate."""
        self._library = library
        self._enabled = True
        self.search_now()

    def set_query(self, text: str) -> None:
        if text != self._request.query:
            self._request = replace(self._request, query=text, offset=0)
            self._schedule()

    def set_filters(self, filters: SearchFilters) -> None:
        if filters != self._request.filters:
            self._request = replace(self._request, filters=filters, offset=0)
            self._schedule()

    def set_sort(self, sort: SortOrder) -> None:
        if sort != self._request.sort:
            self._request = replace(self._request, sort=sort, offset=0)
            self.search_now()  # a deliberate choice: no reason to wait

    def set_language(self, language: str | None) -> None:
        """The reader's language changed (a language code, "th"): its resources win near-ties from
        the next search on. The results on show stay (and their next pages keep their order), and
        so does the resource the officer is reading."""
        self._language = language

    def search_now(self) -> None:
        self._timer.stop()
        library = self._library
        if not self._enabled or library is None:
            return
        if self._request.language != self._language:  # a new result set: the reader's language now
            self._request = replace(self._request, language=self._language, offset=0)
        request = self._request
        self._runner.submit(
            "search",
            lambda: library.search(request),
            self._on_search_done,
            self._on_search_error,
        )

    def fetch_page(self, offset: int) -> None:
        """The next page of the current result set (asked for by the results model)."""
        library = self._library
        if library is None or self._timer.isActive():
            self.page_failed.emit()  # a new search is on its way and will replace the rows
            return
        request = replace(self._request, offset=offset)
        self._runner.submit(
            "search", lambda: library.search(request), self._on_page_done, self._on_page_error
        )

    def wait_pending(self) -> bool:
        """True while typing has not yet produced a search (tests and benchmarks look at it)."""
        return self._timer.isActive()

    # -- internals ---------------------------------------------------------------------------

    def _schedule(self) -> None:
        self._timer.start()

    @Slot()
    def _on_timer_timeout(self) -> None:
        self.search_now()

    def _on_search_done(self, result: SearchResult) -> None:
        self._last_result = result
        if self.log_queries:
            log.info("search %r: %d results in %.1f ms", result.query, result.total, result.took_ms)
        else:
            log.debug("search: %d results in %.1f ms", result.total, result.took_ms)
        self.results_changed.emit(result)

    def _on_search_error(self, error: BaseException) -> None:
        if isinstance(error, RefdeskError):
            log.warning("search failed: %s", error.message)
            self.search_failed.emit(error.message)
            return
        raise error

    def _on_page_done(self, result: SearchResult) -> None:
        self.page_loaded.emit(result)

    def _on_page_error(self, error: BaseException) -> None:
        self.page_failed.emit()
        if not isinstance(error, RefdeskError):
            raise error
