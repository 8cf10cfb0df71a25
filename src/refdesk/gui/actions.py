"""GUI layer: every command of the window with its shortcut, the menus, and the F1 help dialog."""

from __future__ import annotations

import html
import logging
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
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
    name: str, menu: str, text: object, keys: str, slot: str, description: object, *args: object
) -> ActionSpec:
    """`text` and `description` are English source strings, marked for translation with
    QT_TRANSLATE_NOOP (typed `object` in PySide6's stubs); the window translates them when shown."""
    checkable = name.startswith(("sort_", "theme_")) and name != "theme_cycle"
    return ActionSpec(
        name, menu, str(text), tuple(k for k in keys.split("|") if k), slot, str(description), args, checkable
    )


SPECS: tuple[ActionSpec, ...] = (
    _spec(
        "focus_search",
        "Search",
        QT_TRANSLATE_NOOP("Actions", "&Search"),
        "Ctrl+K|/",
        "focus_search",
        QT_TRANSLATE_NOOP("Actions", "Put the cursor in the search box"),
    ),
    _spec(
        "clear_search",
        "Search",
        QT_TRANSLATE_NOOP("Actions", "&Clear search"),
        "Esc",
        "search_bar.clear",
        QT_TRANSLATE_NOOP("Actions", "Empty the search box"),
    ),
    _spec(
        "accept_suggestion",
        "Search",
        QT_TRANSLATE_NOOP("Actions", "Use the &suggested spelling"),
        "Alt+D",
        "search_bar.accept_suggestion",
        QT_TRANSLATE_NOOP("Actions", "Search for the “Did you mean” words"),
    ),
    _spec(
        "clear_filters",
        "Search",
        QT_TRANSLATE_NOOP("Actions", "Clear &filters"),
        "Ctrl+Shift+Backspace",
        "facets_panel.clear",
        QT_TRANSLATE_NOOP("Actions", "Remove every facet filter and the year range"),
    ),
    _spec(
        "sort_relevance",
        "Search",
        QT_TRANSLATE_NOOP("Actions", "Sort by &relevance"),
        "Ctrl+1",
        "results_panel.set_sort",
        QT_TRANSLATE_NOOP("Actions", "Best matches first"),
        "relevance",
    ),
    _spec(
        "sort_newest",
        "Search",
        QT_TRANSLATE_NOOP("Actions", "Sort by &newest"),
        "Ctrl+2",
        "results_panel.set_sort",
        QT_TRANSLATE_NOOP("Actions", "Most recent year first"),
        "newest",
    ),
    _spec(
        "sort_title",
        "Search",
        QT_TRANSLATE_NOOP("Actions", "Sort by &title"),
        "Ctrl+3",
        "results_panel.set_sort",
        QT_TRANSLATE_NOOP("Actions", "Alphabetical by title"),
        "title",
    ),
    _spec(
        "focus_filters",
        "Go",
        QT_TRANSLATE_NOOP("Actions", "&Filters"),
        "Alt+1",
        "facets_panel.focus",
        QT_TRANSLATE_NOOP("Actions", "Move to the facet filters on the left"),
    ),
    _spec(
        "focus_results",
        "Go",
        QT_TRANSLATE_NOOP("Actions", "&Results"),
        "Alt+2",
        "focus_results",
        QT_TRANSLATE_NOOP("Actions", "Move to the list of results"),
    ),
    _spec(
        "focus_resource",
        "Go",
        QT_TRANSLATE_NOOP("Actions", "R&esource details"),
        "Alt+3",
        "focus_resource",
        QT_TRANSLATE_NOOP("Actions", "Move to the selected resource on the right"),
    ),
    _spec(
        "focus_sidebar",
        "Go",
        QT_TRANSLATE_NOOP("Actions", "&Bookmarks sidebar"),
        "Alt+4",
        "focus_sidebar",
        QT_TRANSLATE_NOOP("Actions", "Move to the bookmarks, collections, recent and saved searches"),
    ),
    _spec(
        "focus_note",
        "Go",
        QT_TRANSLATE_NOOP("Actions", "My &note"),
        "Alt+5",
        "focus_note",
        QT_TRANSLATE_NOOP("Actions", "Move to your note on the selected resource"),
    ),
    _spec(
        "toggle_bookmark",
        "Bookmarks",
        QT_TRANSLATE_NOOP("Actions", "&Bookmark this resource"),
        "Ctrl+D",
        "kit.toggle_bookmark",
        QT_TRANSLATE_NOOP("Actions", "Bookmark the selected resource, or remove its bookmark"),
    ),
    _spec(
        "collections_menu",
        "Bookmarks",
        QT_TRANSLATE_NOOP("Actions", "Add to &collection…"),
        "Ctrl+Shift+D",
        "resource_pane.show_collections_menu",
        QT_TRANSLATE_NOOP("Actions", "Put the selected resource in a collection or take it out"),
    ),
    _spec(
        "acknowledge",
        "Bookmarks",
        QT_TRANSLATE_NOOP("Actions", "&Acknowledge the new edition"),
        "Ctrl+Shift+A",
        "kit.acknowledge",
        QT_TRANSLATE_NOOP(
            "Actions", "Mark a changed resource as seen: its bookmark and note follow the new edition"
        ),
    ),
    _spec(
        "new_collection",
        "Bookmarks",
        QT_TRANSLATE_NOOP("Actions", "&New collection…"),
        "Ctrl+Shift+N",
        "kit.new_collection",
        QT_TRANSLATE_NOOP("Actions", "Start an empty collection"),
    ),
    _spec(
        "save_search",
        "Bookmarks",
        QT_TRANSLATE_NOOP("Actions", "&Save this search"),
        "Ctrl+S",
        "kit.save_search",
        QT_TRANSLATE_NOOP(
            "Actions", "Keep the words and filters; after each update it shows how many results are new"
        ),
    ),
    _spec(
        "toggle_sidebar",
        "Bookmarks",
        QT_TRANSLATE_NOOP("Actions", "Sh&ow or hide the sidebar"),
        "Ctrl+B",
        "toggle_sidebar",
        QT_TRANSLATE_NOOP(
            "Actions", "The bookmarks, collections, recent resources and saved searches on the left"
        ),
    ),
    _spec(
        "open_document",
        "Document",
        QT_TRANSLATE_NOOP("Actions", "&Open document"),
        "Ctrl+O",
        "resource_pane.open_best_document",
        QT_TRANSLATE_NOOP("Actions", "Open the selected resource's document at the best page"),
    ),
    _spec(
        "close_viewer",
        "Document",
        QT_TRANSLATE_NOOP("Actions", "&Back to results"),
        "Esc|Alt+Left",
        "close_viewer",
        QT_TRANSLATE_NOOP("Actions", "Close the document and return to the results"),
    ),
    _spec(
        "find_in_document",
        "Document",
        QT_TRANSLATE_NOOP("Actions", "&Find in document"),
        "Ctrl+F",
        "viewer.focus_find",
        QT_TRANSLATE_NOOP("Actions", "Search the open document; several words are highlighted separately"),
    ),
    _spec(
        "next_hit",
        "Document",
        QT_TRANSLATE_NOOP("Actions", "&Next match"),
        "F3|Ctrl+G",
        "viewer.next_hit",
        QT_TRANSLATE_NOOP("Actions", "Go to the next highlighted word"),
    ),
    _spec(
        "previous_hit",
        "Document",
        QT_TRANSLATE_NOOP("Actions", "&Previous match"),
        "Shift+F3|Ctrl+Shift+G",
        "viewer.previous_hit",
        QT_TRANSLATE_NOOP("Actions", "Go to the previous highlighted word"),
    ),
    _spec(
        "next_page",
        "Document",
        QT_TRANSLATE_NOOP("Actions", "Next pa&ge"),
        "Ctrl+PgDown",
        "viewer.next_page",
        QT_TRANSLATE_NOOP("Actions", "Show the next page"),
    ),
    _spec(
        "previous_page",
        "Document",
        QT_TRANSLATE_NOOP("Actions", "Previous p&age"),
        "Ctrl+PgUp",
        "viewer.previous_page",
        QT_TRANSLATE_NOOP("Actions", "Show the previous page"),
    ),
    _spec(
        "go_to_page",
        "Document",
        QT_TRANSLATE_NOOP("Actions", "Go to page…"),
        "Ctrl+L",
        "viewer.focus_page",
        QT_TRANSLATE_NOOP("Actions", "Type a page number"),
    ),
    _spec(
        "zoom_in",
        "Document",
        QT_TRANSLATE_NOOP("Actions", "Zoom &in"),
        "Ctrl+Alt+=|Ctrl+Alt++",
        "viewer.zoom_in",
        QT_TRANSLATE_NOOP("Actions", "Make the page larger"),
    ),
    _spec(
        "zoom_out",
        "Document",
        QT_TRANSLATE_NOOP("Actions", "Zoom o&ut"),
        "Ctrl+Alt+-",
        "viewer.zoom_out",
        QT_TRANSLATE_NOOP("Actions", "Make the page smaller"),
    ),
    _spec(
        "fit_width",
        "Document",
        QT_TRANSLATE_NOOP("Actions", "Fit &width"),
        "Ctrl+Alt+0",
        "viewer.fit_width",
        QT_TRANSLATE_NOOP("Actions", "Fit the page to the width of the window"),
    ),
    _spec(
        "copy_link",
        "Document",
        QT_TRANSLATE_NOOP("Actions", "&Copy the resource's web address"),
        "Ctrl+Shift+C",
        "resource_pane.copy_url",
        QT_TRANSLATE_NOOP("Actions", "Copy the canonical URL; RefDesk never opens it by itself"),
    ),
    _spec(
        "font_larger",
        "View",
        QT_TRANSLATE_NOOP("Actions", "&Larger text"),
        "Ctrl+=|Ctrl++",
        "step_font_size",
        QT_TRANSLATE_NOOP("Actions", "Increase the text size (remembered)"),
        1,
    ),
    _spec(
        "font_smaller",
        "View",
        QT_TRANSLATE_NOOP("Actions", "&Smaller text"),
        "Ctrl+-",
        "step_font_size",
        QT_TRANSLATE_NOOP("Actions", "Decrease the text size (remembered)"),
        -1,
    ),
    _spec(
        "font_reset",
        "View",
        QT_TRANSLATE_NOOP("Actions", "&Normal text size"),
        "Ctrl+0",
        "set_font_size",
        QT_TRANSLATE_NOOP("Actions", "Use the system's text size"),
        0,
    ),
    _spec(
        "theme_system",
        "View",
        QT_TRANSLATE_NOOP("Actions", "Follow the &system theme"),
        "",
        "set_theme",
        QT_TRANSLATE_NOOP("Actions", "Light or dark as the system is set"),
        "system",
    ),
    _spec(
        "theme_light",
        "View",
        QT_TRANSLATE_NOOP("Actions", "Li&ght theme"),
        "",
        "set_theme",
        QT_TRANSLATE_NOOP("Actions", "Dark text on a light background"),
        "light",
    ),
    _spec(
        "theme_dark",
        "View",
        QT_TRANSLATE_NOOP("Actions", "&Dark theme"),
        "",
        "set_theme",
        QT_TRANSLATE_NOOP("Actions", "Light text on a dark background"),
        "dark",
    ),
    _spec(
        "cycle_theme",
        "View",
        QT_TRANSLATE_NOOP("Actions", "Switch &theme"),
        "Ctrl+Shift+T",
        "cycle_theme",
        QT_TRANSLATE_NOOP("Actions", "System, then light, then dark"),
    ),
    _spec(
        "check_updates",
        "Updates",
        QT_TRANSLATE_NOOP("Actions", "&Check for updates…"),
        "Ctrl+U",
        "update_ui.check",
        QT_TRANSLATE_NOOP(
            "Actions", "Ask the update sources for a newer catalogue; its size is shown before it downloads"
        ),
    ),
    _spec(
        "import_update",
        "Updates",
        QT_TRANSLATE_NOOP("Actions", "&Import update from file…"),
        "Ctrl+Shift+U",
        "update_ui.import_file",
        QT_TRANSLATE_NOOP("Actions", "Install a .zip update bundle, e.g. from a USB stick"),
    ),
    _spec(
        "import_update_folder",
        "Updates",
        QT_TRANSLATE_NOOP("Actions", "Import update from &folder…"),
        "Ctrl+Alt+U",
        "update_ui.import_folder",
        QT_TRANSLATE_NOOP("Actions", "Install an update from a repository folder"),
    ),
    _spec(
        "export_update",
        "Updates",
        QT_TRANSLATE_NOOP("Actions", "&Export update bundle…"),
        "Ctrl+Shift+E",
        "update_ui.export_bundle",
        QT_TRANSLATE_NOOP(
            "Actions", "Save the installed catalogue as a signed .zip for other laptops, e.g. on a USB stick"
        ),
    ),
    _spec(
        "whats_changed",
        "Updates",
        QT_TRANSLATE_NOOP("Actions", "&What changed"),
        "Ctrl+Shift+W",
        "update_ui.show_changes",
        QT_TRANSLATE_NOOP(
            "Actions", "What the last update changed, for your bookmarks and saved searches too"
        ),
    ),
    _spec(
        "update_settings",
        "Updates",
        QT_TRANSLATE_NOOP("Actions", "Update &settings…"),
        "Ctrl+,",
        "update_ui.show_settings",
        QT_TRANSLATE_NOOP("Actions", "Update sources, proxy and the automatic check at start"),
    ),
    _spec(
        "network_log",
        "Updates",
        QT_TRANSLATE_NOOP("Actions", "&Network log"),
        "Ctrl+Shift+L",
        "update_ui.show_network_log",
        QT_TRANSLATE_NOOP("Actions", "Every request RefDesk sent over the network"),
    ),
    _spec(
        "help",
        "Help",
        QT_TRANSLATE_NOOP("Actions", "&Keyboard shortcuts"),
        "F1",
        "show_help",
        QT_TRANSLATE_NOOP("Actions", "This list"),
    ),
    _spec(
        "quit",
        "File",
        QT_TRANSLATE_NOOP("Actions", "&Quit"),
        "Ctrl+Q",
        "close",
        QT_TRANSLATE_NOOP("Actions", "Close RefDesk"),
    ),
)

# Commands that only make sense while a document is open.
DOCUMENT_ACTIONS = (
    "close_viewer", "find_in_document", "next_hit", "previous_hit", "next_page",
    "previous_page", "go_to_page", "zoom_in", "zoom_out", "fit_width",
)  # fmt: skip

# Keys that work without an action of their own, listed in the help too.
BUILT_IN_KEYS: tuple[tuple[object, object, object], ...] = (
    (
        QT_TRANSLATE_NOOP("Actions", "Search"),
        QT_TRANSLATE_NOOP("Actions", "↓ or Enter in the search box"),
        QT_TRANSLATE_NOOP("Actions", "Move to the first result"),
    ),
    (
        QT_TRANSLATE_NOOP("Actions", "Results"),
        QT_TRANSLATE_NOOP("Actions", "↑ ↓, Page Up/Down, Home/End"),
        QT_TRANSLATE_NOOP("Actions", "Move through the results; the details follow"),
    ),
    (
        QT_TRANSLATE_NOOP("Actions", "Results"),
        QT_TRANSLATE_NOOP("Actions", "Enter"),
        QT_TRANSLATE_NOOP("Actions", "Open the document at the page of the best match"),
    ),
    (
        QT_TRANSLATE_NOOP("Actions", "Results"),
        QT_TRANSLATE_NOOP("Actions", "↑ on the first result"),
        QT_TRANSLATE_NOOP("Actions", "Back to the search box"),
    ),
    (
        QT_TRANSLATE_NOOP("Actions", "Filters"),
        QT_TRANSLATE_NOOP("Actions", "↑ ↓, → ←"),
        QT_TRANSLATE_NOOP("Actions", "Move through the filters, open or close a group"),
    ),
    (
        QT_TRANSLATE_NOOP("Actions", "Filters"),
        QT_TRANSLATE_NOOP("Actions", "Space or Enter"),
        QT_TRANSLATE_NOOP("Actions", "Tick or untick a filter value"),
    ),
    (
        QT_TRANSLATE_NOOP("Actions", "Resource"),
        QT_TRANSLATE_NOOP("Actions", "Tab, Enter"),
        QT_TRANSLATE_NOOP("Actions", "Move between the links of a resource and follow one"),
    ),
    (
        QT_TRANSLATE_NOOP("Actions", "Sidebar"),
        QT_TRANSLATE_NOOP("Actions", "Enter or a click"),
        QT_TRANSLATE_NOOP("Actions", "Open the resource, or run the saved search and mark it seen"),
    ),
    (
        QT_TRANSLATE_NOOP("Actions", "Sidebar"),
        QT_TRANSLATE_NOOP("Actions", "F2"),
        QT_TRANSLATE_NOOP("Actions", "Rename the collection"),
    ),
    (
        QT_TRANSLATE_NOOP("Actions", "Sidebar"),
        QT_TRANSLATE_NOOP("Actions", "Delete"),
        QT_TRANSLATE_NOOP(
            "Actions",
            "Remove the bookmark, take it out of the collection, or delete the collection or saved search",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Actions", "Sidebar"),
        QT_TRANSLATE_NOOP("Actions", "Menu key or Shift+F10"),
        QT_TRANSLATE_NOOP("Actions", "More: acknowledge a new edition, open the edition that replaces one"),
    ),
    (
        QT_TRANSLATE_NOOP("Actions", "Resource"),
        QT_TRANSLATE_NOOP("Actions", "Tab from the buttons"),
        QT_TRANSLATE_NOOP("Actions", "Into your note; it is saved as you type"),
    ),
    (
        QT_TRANSLATE_NOOP("Actions", "Document"),
        QT_TRANSLATE_NOOP("Actions", "Enter / Shift+Enter in the find box"),
        QT_TRANSLATE_NOOP("Actions", "Next / previous match"),
    ),
    (
        QT_TRANSLATE_NOOP("Actions", "Everywhere"),
        QT_TRANSLATE_NOOP("Actions", "Tab, Shift+Tab"),
        QT_TRANSLATE_NOOP("Actions", "Move between the parts of the window"),
    ),
)

MENUS = ("File", "Search", "Go", "Bookmarks", "Document", "View", "Updates", "Help")
# The menus' titles as shown (translated when shown); the help page uses them without the "&".
MENU_TITLES: dict[str, object] = {
    "File": QT_TRANSLATE_NOOP("Actions", "&File"),
    "Search": QT_TRANSLATE_NOOP("Actions", "&Search"),
    "Go": QT_TRANSLATE_NOOP("Actions", "&Go"),
    "Bookmarks": QT_TRANSLATE_NOOP("Actions", "&Bookmarks"),
    "Document": QT_TRANSLATE_NOOP("Actions", "&Document"),
    "View": QT_TRANSLATE_NOOP("Actions", "&View"),
    "Updates": QT_TRANSLATE_NOOP("Actions", "&Updates"),
    "Help": QT_TRANSLATE_NOOP("Actions", "&Help"),
}
# A separator goes above these in their menus.
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
            action = QAction(window)
            action.setObjectName(f"action_{spec.name}")
            action.setShortcuts([QKeySequence(s) for s in spec.shortcuts])
            action.setCheckable(spec.checkable)
            window.addAction(action)  # shortcuts work with the menu bar hidden, too
            self._actions[spec.name] = action
        self.sort_group = self._group(window, "sort_relevance", "sort_newest", "sort_title")
        self.theme_group = self._group(window, "theme_system", "theme_light", "theme_dark")
        self._menus: dict[str, QMenu] = {}
        self._build_menus(window)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text in the current language (at start and on a change of language)."""
        for spec in SPECS:
            action = self._actions[spec.name]
            text, description = _tr(spec.text), _tr(spec.description)
            action.setText(text)
            action.setStatusTip(description)
            action.setToolTip(
                f"{_plain(text)} ({', '.join(spec.shortcuts)})" if spec.shortcuts else description
            )
        for title, menu in self._menus.items():
            menu.setTitle(_tr(MENU_TITLES[title]))

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
        menus = self._menus
        for title in MENUS:
            menu = bar.addMenu(title)
            menu.setObjectName(f"menu_{title.lower()}")
            menus[title] = menu
        previous = ""
        for spec in SPECS:
            menu = menus[spec.menu]
            if spec.name in SEPARATE and previous:
                menu.addSeparator()
            menu.addAction(self._actions[spec.name])
            previous = spec.name


def _plain(text: str) -> str:
    """A menu text without its accelerator: "&Open" and "เปิด(&O)" become "Open" and "เปิด"."""
    return re.sub(r"\s*\(&\w\)", "", text).replace("&", "")


def _tr(text: object) -> str:
    """A string marked with QT_TRANSLATE_NOOP("Actions", ...), in the current language."""
    return QCoreApplication.translate("Actions", str(text))


def _call(target: Callable[..., object], args: tuple[object, ...], *_checked: object) -> None:
    target(*args)


def shortcuts_html() -> str:
    """The help page: one table per menu, then the keys that need no command."""
    sections: dict[str, list[tuple[str, str, str]]] = {}
    for spec in SPECS:
        keys = ", ".join(
            QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in spec.shortcuts
        )
        sections.setdefault(_plain(_tr(MENU_TITLES[spec.menu])), []).append(
            (
                keys or QCoreApplication.translate("Actions", "menu only"),
                _plain(_tr(spec.text)),
                _tr(spec.description),
            )
        )
    moving = QCoreApplication.translate("Actions", "Moving around")
    for area, key_names, does in BUILT_IN_KEYS:
        # {area} is a part of the window ("Results"), {does} what a key does there.
        line = QCoreApplication.translate("Actions", "{area}: {does}").format(area=_tr(area), does=_tr(does))
        sections.setdefault(moving, []).append((_tr(key_names), line, ""))
    parts = ["<h2>" + html.escape(QCoreApplication.translate("Actions", "Keyboard shortcuts")) + "</h2>"]
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
        self.setWindowTitle(self.tr("RefDesk — keyboard shortcuts"))
        self.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.setAccessibleDescription(self.tr("Every command of RefDesk and the keys that run it"))
        self.resize(760, 560)
        self.setMinimumSize(420, 300)
        layout = QVBoxLayout(self)
        self.text = QTextBrowser(self)
        self.text.setObjectName("help_text")
        self.text.setAccessibleName(self.tr("Shortcut list"))
        self.text.setAccessibleDescription(self.tr("A table of commands and their keys"))
        self.text.setHtml(shortcuts_html())
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        close.setAccessibleDescription(self.tr("Close the list of shortcuts"))
        layout.addWidget(buttons)
