"""GUI layer: reading mode: opens a document off the GUI thread, then swaps the viewer in."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QStackedWidget, QStatusBar, QWidget

from refdesk.core.errors import RefdeskError
from refdesk.core.types import SearchResult

from . import jobs
from .actions import DOCUMENT_ACTIONS, Actions
from .tasks import TaskRunner
from .viewer import DocumentViewer, OpenRequest, highlight_terms

if TYPE_CHECKING:
    from refdesk.services.library import Library

log = logging.getLogger(__name__)


class Reading(QObject):
    """Switches the window between browsing (the panels) and reading (the viewer)."""

    document_opened = Signal(object)  # OpenRequest

    def __init__(
        self,
        runner: TaskRunner,
        stack: QStackedWidget,
        browse: QWidget,
        viewer: DocumentViewer,
        actions: Actions,
        status: QStatusBar,
    ) -> None:
        super().__init__(stack)
        self._runner, self._stack, self._browse, self._viewer = runner, stack, browse, viewer
        self._actions, self._status = actions, status

    @property
    def active(self) -> bool:
        return self._stack.currentWidget() is self._viewer

    def open(
        self,
        library: Library,
        resource_id: str,
        document: str | None,
        page: int | None,
        result: SearchResult | None,
    ) -> None:
        """Open a resource's document (`document`, else its first) at `page`, marking the words
        of the search that found it."""
        words = " ".join(f'"{t}"' if " " in t else t for t in (result.terms if result else ()))
        terms = tuple(highlight_terms(words))
        self._runner.submit(
            "open",
            lambda: jobs.prepare_open(library, resource_id, document, page, terms),
            self._on_open_ready,
            self._on_open_failed,
        )

    def close(self) -> None:
        self._viewer.close_document()
        self.set_active(False)

    def set_active(self, reading: bool) -> None:
        """The document commands work only while reading; Esc belongs to one mode at a time."""
        self._stack.setCurrentWidget(self._viewer if reading else self._browse)
        for name in DOCUMENT_ACTIONS:
            self._actions[name].setEnabled(reading)
        self._actions["clear_search"].setEnabled(not reading)

    def _on_open_ready(self, request: OpenRequest) -> None:
        self.set_active(True)
        if not self._viewer.open_document(request):
            self.set_active(False)
            self._status.showMessage(
                QCoreApplication.translate("Reading", "The document {name} cannot be read.").format(
                    name=request.path.name
                ),
                10000,
            )
            return
        self._viewer.focus_content()
        self.document_opened.emit(request)

    def _on_open_failed(self, error: BaseException) -> None:
        if not isinstance(error, RefdeskError):
            raise error
        self._status.showMessage(error.message, 10000)
