"""GUI layer: the Language menu: the system's language, English, or a language with a translation.

Each language is listed by its own name (CLDR's, through Babel: "ไทย", "Tiếng Việt", "简体中文"),
so an officer finds theirs whatever language the window speaks now; the status tip names it in
the current language. Choosing one only emits `language_chosen`: the window saves the setting and
installs the translation (refdesk.gui.i18n), and every panel follows on QEvent.LanguageChange.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from refdesk.config import names

from .i18n import Retranslatable, language_choices, window_language

log = logging.getLogger(__name__)

# The `ui_language` value of "System default".
SYSTEM = ""


class LanguageMenu(Retranslatable, QMenu):
    """Checkable, one choice at a time; the keyboard reaches it like any menu (arrows, Enter)."""

    language_chosen = Signal(str)  # a `ui_language` value: "" for the system's, else "th", "zh_CN"...

    def __init__(self, current: str, parent: QWidget | None = None, folder: Path | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("menu_language")
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self._actions: dict[str, QAction] = {}
        self._add(SYSTEM, "")
        self.addSeparator()
        for code, name in language_choices(folder):
            self._add(code, name.replace("&", "&&"))
        self.group.triggered.connect(self._on_group_triggered)
        self.set_current(current)
        self._retranslate()

    def _add(self, code: str, text: str) -> None:
        action = QAction(text, self)
        action.setObjectName(f"action_language_{code or 'system'}")
        action.setCheckable(True)
        action.setData(code)
        self.group.addAction(action)
        self.addAction(action)
        self._actions[code] = action

    def action(self, code: str) -> QAction | None:
        """The entry for a `ui_language` value ("" for "System default"), if the menu lists it."""
        return self._actions.get(code)

    @property
    def codes(self) -> list[str]:
        """The `ui_language` values listed, "System default" ("") first."""
        return list(self._actions)

    def set_current(self, code: str) -> None:
        """Tick the entry of the setting ("th_TH" ticks "th"); none for a language the window has
        no translation for."""
        action = self._actions.get(code) or self._actions.get(code.split("_")[0])
        if action is not None:
            action.setChecked(True)
        elif (checked := self.group.checkedAction()) is not None:
            checked.setChecked(False)

    def _retranslate(self) -> None:
        """The menu's title and "System default" in the current language; a status tip names each
        language in it too ("Thai" in an English window, "ภาษาไทย" … in a Thai one)."""
        #: The submenu of View that chooses the window's language. Its accelerator letter must differ
        #: from those of the other View entries (Larger text, Smaller text, Normal size, the themes).
        self.setTitle(QCoreApplication.translate("LanguageMenu", "L&anguage"))
        system = self._actions[SYSTEM]
        system.setText(QCoreApplication.translate("LanguageMenu", "System default"))
        system.setStatusTip(
            QCoreApplication.translate(
                "LanguageMenu", "The language of the operating system when RefDesk speaks it, else English"
            )
        )
        speaking = window_language()
        for code, action in self._actions.items():
            if code != SYSTEM:
                action.setStatusTip(names.ui_language_name(code, speaking))

    @Slot(QAction)
    def _on_group_triggered(self, action: QAction) -> None:
        self.language_chosen.emit(str(action.data()))


def add_language_menu(bar: QMenuBar, current: str, folder: Path | None = None) -> LanguageMenu:
    """View ▸ Language, under the theme and the text size (how the window looks and reads)."""
    view = bar.findChild(QMenu, "menu_view")
    menu = LanguageMenu(current, view or bar, folder)
    if view is not None:
        view.addSeparator()
        view.addMenu(menu)
    else:  # no View menu (renamed?): the choice stays reachable from the menu bar
        bar.addMenu(menu)
    return menu
