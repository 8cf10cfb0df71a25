"""GUI layer: the window's own commands: focus moves, the sidebar, theme and text size, help.

A mixin of `MainWindow`, kept apart so the window module stays about putting panels together.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt

from .actions import HelpDialog
from .i18n import install_language

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDockWidget

    from .actions import Actions
    from .language_menu import LanguageMenu
    from .models import ResultsModel
    from .resource_pane import ResourcePane
    from .results_view import ResultsPanel
    from .search_bar import SearchBar
    from .sidebar import SidebarPanel
    from .status import StatusLine
    from .theme import ThemeManager
    from .viewer import DocumentViewer
    from .window_state import SettingsStore

log = logging.getLogger(__name__)


class WindowCommands:
    """Commands that only move the focus or change the look; `Actions` binds their keys."""

    if TYPE_CHECKING:
        search_bar: SearchBar
        results_panel: ResultsPanel
        results_model: ResultsModel
        resource_pane: ResourcePane
        sidebar: SidebarPanel
        sidebar_dock: QDockWidget
        viewer: DocumentViewer
        theme: ThemeManager
        commands: Actions
        store: SettingsStore
        status: StatusLine
        help_dialog: HelpDialog | None
        language_menu: LanguageMenu

        @property
        def reading(self) -> bool: ...

        def close_viewer(self, focus_results: bool = True) -> None: ...

    def focus_search(self) -> None:
        self.search_bar.focus()

    def focus_results(self) -> None:
        if self.reading:
            self.close_viewer(focus_results=False)
        view = self.results_panel.view
        view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not view.currentIndex().isValid() and self.results_model.rowCount() > 0:
            view.setCurrentIndex(self.results_model.index(0))

    def focus_resource(self) -> None:
        if self.reading:
            self.close_viewer(focus_results=False)
        self.resource_pane.browser.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_sidebar(self) -> None:
        self.sidebar_dock.show()
        self.sidebar.focus()

    def focus_note(self) -> None:
        if self.reading:
            self.close_viewer(focus_results=False)
        if self.resource_pane.note_box.isEnabled():
            self.resource_pane.note_box.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            self.status.showMessage(
                QCoreApplication.translate(
                    "WindowCommands", "Select a resource first; then Alt+5 moves to your note on it."
                ),
                5000,
            )

    def toggle_sidebar(self) -> None:
        showing = not self.sidebar_dock.isVisible()
        self.sidebar_dock.setVisible(showing)
        if showing:
            self.sidebar.focus()

    def set_theme(self, theme: str) -> None:
        self.theme.set_theme(theme)
        self.commands[f"theme_{theme}"].setChecked(True)
        self.store.update(theme=theme)
        names = {
            "system": QCoreApplication.translate("WindowCommands", "system"),
            "light": QCoreApplication.translate("WindowCommands", "light"),
            "dark": QCoreApplication.translate("WindowCommands", "dark"),
        }
        self.status.showMessage(
            QCoreApplication.translate("WindowCommands", "Theme: {theme}").format(
                theme=names.get(theme, theme)
            ),
            3000,
        )

    def set_font_size(self, points: int) -> None:
        size = self.theme.set_font_size(points)
        self.store.update(font_size=points and size)
        self.status.showMessage(
            QCoreApplication.translate("WindowCommands", "Text size: {size} pt").format(size=size), 3000
        )

    def step_font_size(self, steps: int) -> None:
        self.set_font_size(self.theme.font_size + steps)

    def cycle_theme(self) -> None:
        self.set_theme(self.theme.next_theme())

    def set_language(self, language: str) -> None:
        """Speak `language` ("" follows the system) from now on: kept in settings.toml, and every
        open panel and dialog takes it at once (they retranslate on QEvent.LanguageChange)."""
        self.store.update(ui_language=language)
        install_language(language)
        self.language_menu.set_current(language)

    def _on_theme_changed(self, _scheme: str) -> None:
        colours = self.theme.colours
        self.results_panel.set_colours(colours)
        self.viewer.set_colours(colours)
        self.sidebar.set_colours(colours)
        self.resource_pane.banner.colours = colours
        self.resource_pane.refresh()

    def show_help(self) -> None:
        if self.help_dialog is None:
            self.help_dialog = HelpDialog(self)  # type: ignore[arg-type]
        if self.help_dialog.isVisible():
            self.help_dialog.raise_()  # already open behind the window
        else:
            self.help_dialog.show()
        self.help_dialog.activateWindow()
