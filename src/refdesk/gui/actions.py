"""GUI layer: every command of the window with its shortcut, the menus, and the F1 help dialog."""

from __future__ import annotations

import html
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from typing import Any

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMainWindow,
    QMenu,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ActionSpec:
    """One command: where it sits in the menus, its keys, and what it calls on the window.

    `slot` is an attribute path on the main window ("viewer.next_hit"), called with `args`.
    """

    name: str
    menu: str
    text: str
    shortcuts: tuple[str, ...]
    slot: str
    description: str
    args: tuple[object, ...] = ()
    checkable: bool = False


def _spec(
    name: str, menu: str, text: str, keys: str, slot: str, description: str, *args: object
) -> ActionSpec:
    checkable = name.startswith(("sort_", "theme_")) and name != "theme_cycle"
    return ActionSpec(
        name, menu, text, tuple(k for k in keys.split("|") if k), slot, description, args, checkable
    )


# fmt: off
SPECS: tuple[ActionSpec, ...] = (
    _spec("focus_search", "Search", "&Search", "Ctrl+K|/", "focus_search",
          "Put the cursor in the search box"),
    _spec("clear_search", "Search", "&Clear search", "Esc", "search_bar.clear", "Empty the search box"),
    _spec("accept_suggestion", "Search", "Use the &suggested spelling", "Alt+D",
          "search_bar.accept_suggestion", "Search for the “Did you mean” words"),
    _spec("clear_filters", "Search", "Clear &filters", "Ctrl+Shift+Backspace", "facets_panel.clear",
          "Remove every facet filter and the year range"),
    _spec("sort_relevance", "Search", "Sort by &relevance", "Ctrl+1", "results_panel.set_sort",
          "Best matches first", "relevance"),
    _spec("sort_newest", "Search", "Sort by &newest", "Ctrl+2", "results_panel.set_sort",
          "Most recent year first", "newest"),
    _spec("sort_title", "Search", "Sort by &title", "Ctrl+3", "results_panel.set_sort",
          "Alphabetical by title", "title"),
    _spec("focus_filters", "Go", "&Filters", "Alt+1", "facets_panel.focus",
          "Move to the facet filters on the left"),
    _spec("focus_results", "Go", "&Results", "Alt+2", "focus_results", "Move to the list of results"),
    _spec("focus_resource", "Go", "R&esource details", "Alt+3", "focus_resource",
          "Move to the selected resource on the right"),
    _spec("focus_sidebar", "Go", "&Bookmarks sidebar", "Alt+4", "focus_sidebar",
          "Move to the bookmarks, collections, recent and saved searches"),
    _spec("focus_note", "Go", "My &note", "Alt+5", "focus_note",
          "Move to your note on the selected resource"),
    _spec("toggle_bookmark", "Bookmarks", "&Bookmark this resource", "Ctrl+D", "kit.toggle_bookmark",
          "Bookmark the selected resource, or remove its bookmark"),
    _spec("collections_menu", "Bookmarks", "Add to &collection…", "Ctrl+Shift+D",
          "resource_pane.show_collections_menu", "Put the selected resource in a collection or take it out"),
    _spec("acknowledge", "Bookmarks", "&Acknowledge the new edition", "Ctrl+Shift+A", "kit.acknowledge",
          "Mark a changed resource as seen: its bookmark and note follow the new edition"),
    _spec("new_collection", "Bookmarks", "&New collection…", "Ctrl+Shift+N", "kit.new_collection",
          "Start an empty collection"),
    _spec("save_search", "Bookmarks", "&Save this search", "Ctrl+S", "kit.save_search",
          "Keep the words and filters; after each update it shows how many results are new"),
    _spec("toggle_sidebar", "Bookmarks", "Sh&ow or hide the sidebar", "Ctrl+B", "toggle_sidebar",
          "The bookmarks, collections, recent resources and saved searches on the left"),
    _spec("open_document", "Document", "&Open document", "Ctrl+O", "resource_pane.open_best_document",
          "Open the selected resource's document at the best page"),
    _spec("close_viewer", "Document", "&Back to results", "Esc|Alt+Left", "close_viewer",
          "Close the document and return to the results"),
    _spec("find_in_document", "Document", "&Find in document", "Ctrl+F", "viewer.focus_find",
          "Search the open document; several words are highlighted separately"),
    _spec("next_hit", "Document", "&Next match", "F3|Ctrl+G", "viewer.next_hit",
          "Go to the next highlighted word"),
    _spec("previous_hit", "Document", "&Previous match", "Shift+F3|Ctrl+Shift+G", "viewer.previous_hit",
          "Go to the previous highlighted word"),
    _spec("next_page", "Document", "Next pa&ge", "Ctrl+PgDown", "viewer.next_page", "Show the next page"),
    _spec("previous_page", "Document", "Previous p&age", "Ctrl+PgUp", "viewer.previous_page",
          "Show the previous page"),
    _spec("go_to_page", "Document", "Go to page…", "Ctrl+L", "viewer.focus_page", "Type a page number"),
    _spec("zoom_in", "Document", "Zoom &in", "Ctrl+Alt+=|Ctrl+Alt++", "viewer.zoom_in",
          "Make the page larger"),
    _spec("zoom_out", "Document", "Zoom o&ut", "Ctrl+Alt+-", "viewer.zoom_out", "Make the page smaller"),
    _spec("fit_width", "Document", "Fit &width", "Ctrl+Alt+0", "viewer.fit_width",
          "Fit the page to the width of the window"),
    _spec("copy_link", "Document", "&Copy the resource's web address", "Ctrl+Shift+C",
          "resource_pane.copy_url", "Copy the canonical URL; RefDesk never opens it by itself"),
    _spec("font_larger", "View", "&Larger text", "Ctrl+=|Ctrl++", "step_font_size",
          "Increase the text size (remembered)", 1),
    _spec("font_smaller", "View", "&Smaller text", "Ctrl+-", "step_font_size",
          "Decrease the text size (remembered)", -1),
    _spec("font_reset", "View", "&Normal text size", "Ctrl+0", "set_font_size",
          "Use the system's text size", 0),
    _spec("theme_system", "View", "Follow the &system theme", "", "set_theme",
          "Light or dark as the system is set", "system"),
    _spec("theme_light", "View", "Li&ght theme", "", "set_theme", "Dark text on a light background", "light"),
    _spec("theme_dark", "View", "&Dark theme", "", "set_theme", "Light text on a dark background", "dark"),
    _spec("cycle_theme", "View", "Switch &theme", "Ctrl+Shift+T", "cycle_theme",
          "System, then light, then dark"),
    _spec("check_updates", "Updates", "&Check for updates…", "Ctrl+U", "update_ui.check",
          "Ask the update sources for a newer catalogue; its size is shown before it downloads"),
    _spec("import_update", "Updates", "&Import update from file…", "Ctrl+Shift+U", "update_ui.import_file",
          "Install a .zip update bundle, e.g. from a USB stick"),
    _spec("import_update_folder", "Updates", "Import update from &folder…", "Ctrl+Alt+U",
          "update_ui.import_folder", "Install an update from a repository folder"),
    _spec("whats_changed", "Updates", "&What changed", "Ctrl+Shift+W", "update_ui.show_changes",
          "What the last update changed, for your bookmarks and saved searches too"),
    _spec("update_settings", "Updates", "Update &settings…", "Ctrl+,", "update_ui.show_settings",
          "Update sources, proxy and the automatic check at start"),
    _spec("network_log", "Updates", "&Network log", "Ctrl+Shift+L", "update_ui.show_network_log",
          "Every request RefDesk sent over the network"),
    _spec("help", "Help", "&Keyboard shortcuts", "F1", "show_help", "This list"),
    _spec("quit", "File", "&Quit", "Ctrl+Q", "close", "Close RefDesk"),
)
# fmt: on

#: Commands that only make sense while a document is open.
DOCUMENT_ACTIONS = (
    "close_viewer", "find_in_document", "next_hit", "previous_hit", "next_page",
    "previous_page", "go_to_page", "zoom_in", "zoom_out", "fit_width",
)  # fmt: skip

#: Keys that work without an action of their own, listed in the help too.
BUILT_IN_KEYS: tuple[tuple[str, str, str], ...] = (
    ("Search", "↓ or Enter in the search box", "Move to the first result"),
    ("Results", "↑ ↓, Page Up/Down, Home/End", "Move through the results; the details follow"),
    ("Results", "Enter", "Open the document at the page of the best match"),
    ("Results", "↑ on the first result", "Back to the search box"),
    ("Filters", "↑ ↓, → ←", "Move through the filters, open or close a group"),
    ("Filters", "Space or Enter", "Tick or untick a filter value"),
    ("Resource", "Tab, Enter", "Move between the links of a resource and follow one"),
    ("Sidebar", "Enter or a click", "Open the resource, or run the saved search and mark it seen"),
    ("Sidebar", "F2", "Rename the collection"),
    (
        "Sidebar",
        "Delete",
        "Remove the bookmark, take it out of the collection, or delete the collection or saved search",
    ),
    (
        "Sidebar",
        "Menu key or Shift+F10",
        "More: acknowledge a new edition, open the edition that replaces one",
    ),
    ("Resource", "Tab from the buttons", "Into your note; it is saved as you type"),
    ("Document", "Enter / Shift+Enter in the find box", "Next / previous match"),
    ("Everywhere", "Tab, Shift+Tab", "Move between the parts of the window"),
)

MENUS = ("File", "Search", "Go", "Bookmarks", "Document", "View", "Updates", "Help")
#: A separator goes above these in their menus.
SEPARATE = (
    "sort_relevance",
    "theme_system",
    "font_larger",
    "zoom_in",
    "new_collection",
    "toggle_sidebar",
    "import_update",
    "update_settings",
)


class Actions:
    """The window's QActions, made from `SPECS`, each with its shortcuts and a status tip."""

    def __init__(self, window: QMainWindow) -> None:
        self._actions: dict[str, QAction] = {}
        for spec in SPECS:
            action = QAction(spec.text, window)
            action.setObjectName(f"action_{spec.name}")
            action.setShortcuts([QKeySequence(s) for s in spec.shortcuts])
            action.setStatusTip(spec.description)
            action.setToolTip(
                f"{spec.text.replace('&', '')} ({', '.join(spec.shortcuts)})"
                if spec.shortcuts
                else spec.description
            )
            action.setCheckable(spec.checkable)
            window.addAction(action)  # shortcuts work with the menu bar hidden, too
            self._actions[spec.name] = action
        self.sort_group = self._group(window, "sort_relevance", "sort_newest", "sort_title")
        self.theme_group = self._group(window, "theme_system", "theme_light", "theme_dark")
        self._build_menus(window)

    def bind(self, window: QMainWindow) -> None:
        """Connect every action to the window method its spec names."""
        for spec in SPECS:
            target: Any = window
            for part in spec.slot.split("."):
                target = getattr(target, part)
            self._actions[spec.name].triggered.connect(partial(_call, target, spec.args))

    def __getitem__(self, name: str) -> QAction:
        return self._actions[name]

    def __iter__(self) -> Iterator[QAction]:
        return iter(self._actions.values())

    def _group(self, window: QMainWindow, *names: str) -> QActionGroup:
        group = QActionGroup(window)
        group.setExclusive(True)
        for name in names:
            group.addAction(self._actions[name])
        return group

    def _build_menus(self, window: QMainWindow) -> None:
        bar = window.menuBar()
        menus: dict[str, QMenu] = {}
        for title in MENUS:
            menu = bar.addMenu(f"&{title}")
            menu.setObjectName(f"menu_{title.lower()}")
            menus[title] = menu
        previous = ""
        for spec in SPECS:
            menu = menus[spec.menu]
            if spec.name in SEPARATE and previous:
                menu.addSeparator()
            menu.addAction(self._actions[spec.name])
            previous = spec.name


def _call(target: Callable[..., object], args: tuple[object, ...], *_checked: object) -> None:
    target(*args)


def shortcuts_html() -> str:
    """The help page: one table per menu, then the keys that need no command."""
    sections: dict[str, list[tuple[str, str, str]]] = {}
    for spec in SPECS:
        keys = ", ".join(
            QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in spec.shortcuts
        )
        sections.setdefault(spec.menu, []).append(
            (keys or "menu only", spec.text.replace("&", ""), spec.description)
        )
    for area, keys, does in BUILT_IN_KEYS:
        sections.setdefault("Moving around", []).append((keys, f"{area}: {does}", ""))
    parts = ["<h2>Keyboard shortcuts</h2>"]
    for title, rows in sections.items():
        body = "".join(
            f"<tr><td width='34%'><b>{html.escape(keys)}</b></td><td>{html.escape(text)}"
            + (f" <span style='color:gray'>— {html.escape(detail)}</span>" if detail else "")
            + "</td></tr>"
            for keys, text, detail in rows
        )
        parts.append(
            f"<h3>{html.escape(title)}</h3><table cellspacing='0' cellpadding='3' width='100%'>{body}</table>"
        )
    return "".join(parts)


class HelpDialog(QDialog):
    """Lists every shortcut. Shown without blocking (open/show), closed with Esc."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("help_dialog")
        self.setWindowTitle("RefDesk — keyboard shortcuts")
        self.setAccessibleName("Keyboard shortcuts")
        self.setAccessibleDescription("Every command of RefDesk and the keys that run it")
        self.resize(760, 560)
        self.setMinimumSize(420, 300)
        layout = QVBoxLayout(self)
        self.text = QTextBrowser(self)
        self.text.setObjectName("help_text")
        self.text.setAccessibleName("Shortcut list")
        self.text.setAccessibleDescription("A table of commands and their keys")
        self.text.setHtml(shortcuts_html())
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName("Close")
        close.setAccessibleDescription("Close the list of shortcuts")
        layout.addWidget(buttons)
