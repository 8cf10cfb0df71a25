"""GUI layer: the main window: puts the panels together and turns their signals into work."""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from refdesk.config.paths import AppPaths
from refdesk.config.settings import Settings
from refdesk.core.errors import NotFoundError, RefdeskError
from refdesk.core.types import SearchFilters, SearchHit, SearchResult

from . import jobs
from .actions import Actions, HelpDialog
from .facets_panel import FacetsPanel
from .kit import KitController
from .labels import Labels
from .language_menu import add_language_menu
from .models import FacetModel, ResultsModel
from .reading import Reading
from .resource_pane import ResourceDetails, ResourcePane
from .results_view import ResultsPanel
from .search_bar import SearchBar
from .search_controller import SearchController
from .sidebar import SidebarPanel, make_dock
from .sidebar_model import SidebarModel
from .status import StatusLine
from .tasks import TaskRunner
from .theme import ThemeManager
from .update_ui import UpdateUi
from .viewer import DocumentViewer, OpenRequest
from .window_commands import WindowCommands
from .window_state import SettingsStore, WindowState

if TYPE_CHECKING:
    from refdesk.services.library import Library

log = logging.getLogger(__name__)


class MainWindow(WindowCommands, QMainWindow):
    """Search bar on top; filters, results and the resource below; the viewer in their place;
    the officer's bookmarks in a sidebar on the left."""

    ready = Signal()  # the catalogue is open and the first results are shown
    results_shown = Signal(object)  # SearchResult
    details_shown = Signal(str)  # resource id
    document_opened = Signal(object)  # OpenRequest

    def __init__(
        self,
        library: Library | Callable[[], Library],
        paths: AppPaths,
        settings: Settings,
        theme: ThemeManager | None = None,
    ) -> None:
        """`library` may be a factory: then the Library is made, and closed, by this window, and
        its slow imports run on the start-up worker while the window is already showing."""
        super().__init__()
        self.setObjectName("main_window")
        self._name_window()
        self._library_source = library
        self._owns_library = callable(library)
        self.library: Library | None = None if callable(library) else library
        self.paths = paths
        self.store = SettingsStore(settings, paths.settings_file)
        self.window_state = WindowState(paths.data_dir)
        app = QApplication.instance()
        assert isinstance(app, QApplication), "make the QApplication first"
        self.theme = theme or ThemeManager(app, parent=self)
        self._ready = False
        self._shut_down = False
        self._pending_open: tuple[str, int | None] | None = None
        self._auto_pick: str | None = None
        # Words the empty results list shows, made again in a new language.
        self._empty_text: Callable[[], str] = str
        self.runner = TaskRunner(self)
        self.controller = SearchController(self.runner, log_queries=settings.log_queries, parent=self)
        self.results_model = ResultsModel(parent=self)
        self.facet_model = FacetModel(parent=self)
        self.sidebar_model = SidebarModel(parent=self)
        self._build()
        self.kit = KitController(self, self.sidebar_model)
        self.update_ui = UpdateUi(self)
        self.commands = Actions(self)
        self.language_menu = add_language_menu(self.menuBar(), settings.ui_language)
        self.language_menu.language_chosen.connect(self.set_language)
        self.reader = Reading(self.runner, self.stack, self.splitter, self.viewer, self.commands, self.status)
        self.reader.document_opened.connect(self.document_opened)
        self.help_dialog: HelpDialog | None = None
        self._connect()
        self._apply_settings()
        self.window_state.restore(self, self.splitter)

    # -- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.search_bar = SearchBar(central)
        layout.addWidget(self.search_bar)
        self.stack = QStackedWidget(central)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self.stack)
        self.splitter.setObjectName("main_splitter")
        self.splitter.setChildrenCollapsible(False)
        self.facets_panel = FacetsPanel(self.facet_model, self.splitter)
        self.results_panel = ResultsPanel(self.results_model, self.splitter)
        self.resource_pane = ResourcePane(self.splitter)
        for position, stretch in enumerate((2, 5, 4)):
            self.splitter.setStretchFactor(position, stretch)
        self.splitter.setSizes([260, 560, 460])
        self.viewer = DocumentViewer(self.stack)
        self.stack.addWidget(self.splitter)
        self.stack.addWidget(self.viewer)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        # An explicit minimum keeps the layout from resizing the window's limits as panels
        # change (which some platforms cannot honour and warn about).
        self.setMinimumSize(760, 480)
        self.status = StatusLine(self)
        self.setStatusBar(self.status)
        self.sidebar = SidebarPanel(self.sidebar_model)
        self.sidebar_dock = make_dock(self, self.sidebar)
        pane, side = self.resource_pane, self.sidebar
        chain = [
            self.search_bar.edit, self.search_bar.suggestion, self.facets_panel.tree,
            self.facets_panel.year_from, self.facets_panel.year_to, self.facets_panel.clear_button,
            self.results_panel.sort, self.results_panel.view, pane.banner.button, pane.browser,
            pane.open_button, pane.copy_button, pane.bookmark_button, pane.collections_button,
            pane.note_box.edit, side.tree, side.new_button, side.rename_button, side.remove_button,
        ]  # fmt: skip
        for first, second in itertools.pairwise(chain):
            self.setTabOrder(first, second)

    def _connect(self) -> None:
        bar, controller, view = self.search_bar, self.controller, self.results_panel.view
        bar.query_edited.connect(self._on_search_bar_query_edited)
        bar.move_to_results.connect(self.focus_results)
        controller.results_changed.connect(self._on_controller_results_changed)
        controller.page_loaded.connect(self.results_model.append_page)
        controller.page_failed.connect(self.results_model.fetch_failed)
        controller.search_failed.connect(self._on_controller_search_failed)
        self.results_model.fetch_more_requested.connect(controller.fetch_page)
        self.facets_panel.filters_changed.connect(self._on_facets_filters_changed)
        self.results_panel.sort_changed.connect(self._on_results_sort_changed)
        view.selectionModel().currentChanged.connect(self._on_results_current_changed)
        view.open_requested.connect(self._on_results_open_requested)
        view.leave_top.connect(self.search_bar.focus)
        self.resource_pane.resource_requested.connect(self.show_resource)
        self.resource_pane.document_requested.connect(self._on_resource_document_requested)
        self.resource_pane.external_link_clicked.connect(self._on_resource_external_link_clicked)
        self.viewer.closed.connect(self.close_viewer)
        self.reader.document_opened.connect(self._on_reader_document_opened)
        self.update_ui.controller.catalogue_updated.connect(self.catalogue_changed)
        self.runner.progressed.connect(self._on_runner_progressed)
        self.theme.theme_changed.connect(self._on_theme_changed)
        self.commands.bind(self)
        self.reader.set_active(False)

    def changeEvent(self, event: QEvent) -> None:
        """A new translator was installed (refdesk.gui.i18n): every panel and dialog retranslates
        on this same event, each in its own changeEvent; the window does what only it can."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "language_menu"):
            self._retranslate()

    def _name_window(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("MainWindow", "RefDesk"))
        self.setAccessibleName(QCoreApplication.translate("MainWindow", "RefDesk"))
        self.setAccessibleDescription(
            QCoreApplication.translate("MainWindow", "Search and read the reference catalogue offline")
        )

    def _retranslate(self) -> None:
        self._name_window()
        self.commands.retranslate()
        self.setLocale(QLocale())  # the new default: spin boxes show its digits, like the rest
        self._show_empty(self._empty_text)
        if self.help_dialog is not None:  # made again in the new language, where it was
            old, self.help_dialog = self.help_dialog, HelpDialog(self)
            self.help_dialog.setGeometry(old.geometry())
            if old.isVisible():
                old.hide()
                self.help_dialog.show()
            old.deleteLater()
        # Resources in the reader's language win near-ties (refdesk.gui.search_controller).
        self.controller.set_language(QLocale().name().split("_")[0] or None)

    def _show_empty(self, make: Callable[[], str]) -> None:
        """What the results list says while it has no rows; `make` words it in the current language."""
        self._empty_text = make
        self.results_panel.view.set_empty_text(make())

    def _apply_settings(self) -> None:
        s = self.store.settings
        self.theme.set_theme(s.theme)
        if s.font_size:
            self.theme.set_font_size(s.font_size)
        self.results_panel.set_sort(s.sort)  # type: ignore[arg-type]
        self.controller.set_sort(s.sort)  # type: ignore[arg-type]
        self.commands[f"sort_{s.sort}"].setChecked(True)
        self.commands[f"theme_{s.theme}"].setChecked(True)
        if s.remember_query and s.last_query:
            self.search_bar.set_text(s.last_query)

    # -- start and stop ----------------------------------------------------------------------

    def start(self, open_resource: str | None = None, page: int | None = None) -> None:
        """Open the catalogue off the GUI thread (installing it on first use), then search."""
        if open_resource:
            self._pending_open = (open_resource, page)
        self._show_empty(lambda: QCoreApplication.translate("MainWindow", "Opening the catalogue…"))
        self.runner.submit(
            "startup",
            lambda: jobs.start_library(self._library_source, partial(self.runner.report, "startup")),
            self._on_startup_done,
            self._on_startup_failed,
        )

    def shutdown(self) -> None:
        """Stop background work and save what should survive a restart."""
        if self._shut_down:
            return
        self._shut_down = True
        self.kit.flush_note()  # the write pool finishes it before the runner stops
        self.update_ui.shutdown()
        self.runner.shutdown()
        self.viewer.close_document()
        if self._owns_library and self.library is not None:
            self.library.close()
        self.window_state.save(self, self.splitter)
        query = self.search_bar.text if self.store.settings.remember_query else ""
        self.store.update(last_query=query, sort=self.controller.request.sort)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)

    def _on_startup_done(self, startup: jobs.Startup) -> None:
        self.library = startup.library
        if startup.installed:
            self.status.showMessage(
                QCoreApplication.translate("MainWindow", "The catalogue is installed and ready."), 8000
            )
        else:
            self.status.clearMessage()
        self.status.show_catalogue(startup.info)
        labels = Labels(startup.labels)
        for user in (self.results_model, self.facet_model):
            user.set_labels(labels)
        self.resource_pane.labels = labels
        self._show_empty(lambda: QCoreApplication.translate("MainWindow", "Searching…"))
        # The busy bar only from now on: while the catalogue opens, the words in the results say
        # so, and an animation would take CPU from the start-up worker on a slow laptop.
        self.runner.busy_changed.connect(self.status.set_busy)
        self.controller.enable(startup.library)
        self.kit.reload(refresh_saved=True)  # an update by the CLI since the last run shows here too
        self.update_ui.controller.check_at_start()
        if self._pending_open is not None:
            resource_id, page = self._pending_open
            self._pending_open = None
            self.open_document(resource_id, None, page)

    def _on_startup_failed(self, error: BaseException) -> None:
        if not isinstance(error, RefdeskError):
            raise error
        log.error("the catalogue cannot be opened: %s", error.message)
        self.status.clearMessage()
        self.status.show_catalogue(None)
        self._show_empty(
            lambda: QCoreApplication.translate(
                "MainWindow", "The catalogue cannot be opened.\n\n{reason}"
            ).format(reason=error.message)
        )

    @Slot(str, str)
    def _on_runner_progressed(self, key: str, message: str) -> None:
        if key == "startup":
            step = message.rstrip("….")
            step = step[:1].lower() + step[1:]
            self._show_empty(
                lambda: QCoreApplication.translate(
                    "MainWindow", "Preparing the catalogue for first use (this happens once): {step}…"
                ).format(step=step)
            )
            self.status.showMessage(self._empty_text())

    # -- searching ---------------------------------------------------------------------------

    @Slot(str)
    def _on_search_bar_query_edited(self, text: str) -> None:
        if self.stack.currentWidget() is self.viewer:
            self.close_viewer(focus_results=False)
        self.controller.set_query(text)

    @Slot(object)
    def _on_facets_filters_changed(self, filters: SearchFilters) -> None:
        self.controller.set_filters(filters)

    @Slot(str)
    def _on_results_sort_changed(self, sort: str) -> None:
        self.controller.set_sort(sort)  # type: ignore[arg-type]
        self.commands[f"sort_{sort}"].setChecked(True)
        self.store.update(sort=sort)

    @Slot(object)
    def _on_controller_results_changed(self, result: SearchResult) -> None:
        self.results_model.set_result(result)
        self.facets_panel.update_counts(result.facets)
        self.search_bar.show_result(result)
        view = self.results_panel.view
        if result.total == 0:
            self._show_empty(
                lambda: QCoreApplication.translate(
                    "MainWindow",
                    "Nothing matches. Try fewer or other words, check the spelling, or clear the filters.",
                )
            )
        else:
            self._show_empty(str)
            first = self.results_model.hit(0)
            self._auto_pick = first.id if first else None  # shown, but not chosen: not a "view"
            view.setCurrentIndex(self.results_model.index(0))
        self.results_shown.emit(result)
        if not self._ready:
            self._ready = True
            self.ready.emit()

    @Slot(str)
    def _on_controller_search_failed(self, message: str) -> None:
        self.search_bar.show_message(QCoreApplication.translate("MainWindow", "Search failed"))
        self._show_empty(lambda: message)  # worded where it failed

    # -- the selected resource ---------------------------------------------------------------

    @Slot(QModelIndex, QModelIndex)
    def _on_results_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        hit = self.results_model.hit(current.row())
        if hit is None:
            self.resource_pane.show_placeholder()  # the usual hint to select a result
            return
        self._load_details(hit.id, hit.document, hit.page)

    @Slot(str)
    def show_resource(self, resource_id: str) -> None:
        row = self.results_model.row_of(resource_id)
        view = self.results_panel.view
        if row >= 0 and view.currentIndex().row() != row:
            view.setCurrentIndex(self.results_model.index(row))  # the details follow the selection
        else:
            hit = self.results_model.hit(row)
            self._load_details(resource_id, hit.document if hit else None, hit.page if hit else None)

    def _load_details(self, resource_id: str, document: str | None, page: int | None) -> None:
        library = self.library
        if library is None:
            return
        self.runner.submit(
            "details",
            lambda: jobs.load_details(library, resource_id, document, page),
            self._on_details_done,
            partial(self._on_details_failed, resource_id=resource_id),
        )

    def _on_details_done(self, details: ResourceDetails) -> None:
        chosen = details.resource.id != self._auto_pick
        self._auto_pick = None
        self.resource_pane.show_details(self.kit.details_arriving(details, viewed=chosen))
        self.details_shown.emit(details.resource.id)

    def _on_details_failed(self, error: BaseException, resource_id: str = "") -> None:
        if not isinstance(error, RefdeskError):
            raise error
        if isinstance(error, NotFoundError) and self.kit.show_withdrawn(resource_id):
            self.details_shown.emit(resource_id)  # withdrawn: what the user's data keeps of it
            return
        self.resource_pane.show_placeholder(error.message)

    @Slot(str)
    def _on_resource_external_link_clicked(self, url: str) -> None:
        self.status.showMessage(
            QCoreApplication.translate(
                "MainWindow", "RefDesk does not open web pages; the address is {url}"
            ).format(url=url),
            10000,
        )

    # -- documents ---------------------------------------------------------------------------

    @Slot(object)
    def _on_results_open_requested(self, hit: SearchHit) -> None:
        self.open_document(hit.id, hit.document, hit.page)

    @Slot(str, int)
    def _on_resource_document_requested(self, sha256: str, page: int) -> None:
        if self.resource_pane.resource_id:
            self.open_document(self.resource_pane.resource_id, sha256, page or None)

    def open_document(self, resource_id: str, document: str | None, page: int | None) -> None:
        if self.library is not None:
            self.reader.open(self.library, resource_id, document, page, self.controller.last_result)

    @Slot()
    def close_viewer(self, focus_results: bool = True) -> None:
        self.reader.close()
        if focus_results:
            self.focus_results()

    @property
    def reading(self) -> bool:
        return self.reader.active

    @Slot(object)
    def _on_reader_document_opened(self, request: OpenRequest) -> None:
        if request.resource_id:
            self.kit.record_view(request.resource_id, request.resource_title)

    # -- saved searches and catalogue updates ----------------------------------------------------

    def run_search(self, query: str, filters: SearchFilters) -> None:
        """Show a saved search: its words in the box, its filters ticked; one search runs."""
        if self.reading:
            self.close_viewer(focus_results=False)
        self.search_bar.set_text(query)
        self.facets_panel.set_filters(filters)

    @Slot()
    def catalogue_changed(self) -> None:
        """A new catalogue generation is in use: every view follows it."""
        library = self.library
        if library is None:
            return
        self.runner.submit("info", library.info, self.status.show_catalogue)
        self.controller.search_now()
        self.kit.reload(refresh_saved=True)
        if self.resource_pane.resource_id is not None:
            self._auto_pick = self.resource_pane.resource_id  # the same resource, brought up to date
            self._load_details(self.resource_pane.resource_id, None, None)
