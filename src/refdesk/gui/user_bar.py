"""GUI layer: the officer's own marks in the resource pane: the status banner and the note box.

`UserMarks` is what the pane knows of the selected resource from user.sqlite: bookmarked or
not, the note, the collections it is in, and its status against the installed catalogue.
"""

from __future__ import annotations

import html
import logging
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from refdesk.core.types import EntryStatus

from .i18n import Retranslatable
from .theme import LIGHT, Colours

log = logging.getLogger(__name__)

NOTE_PLACEHOLDER = QT_TRANSLATE_NOOP(
    "NoteBox",
    "Your note on this resource: who answered, what worked… Saved as you type, kept on this laptop.",
)


@dataclass(frozen=True)
class UserMarks:
    bookmarked: bool = False
    note: str = ""
    # None: neither bookmarked nor annotated, so there is no status to show.
    status: EntryStatus | None = None
    superseded_by: str | None = None
    successor_title: str = ""
    collections: tuple[str, ...] = ()


class StatusBanner(Retranslatable, QFrame):
    """A saved resource that is no longer current: what happened, in words, and what to do."""

    acknowledge_clicked = Signal()
    successor_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("status_banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        self.label = QLabel(self)
        self.label.setObjectName("status_text")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.label, 1)
        self.button = QPushButton(self)
        self.button.setObjectName("status_action")
        self.button.clicked.connect(self._on_button_clicked)
        layout.addWidget(self.button)
        self.colours: Colours = LIGHT
        self._successor: str | None = None
        self._status: EntryStatus | None = None
        self._retranslate()
        self.hide()

    def _retranslate(self) -> None:
        self.label.setAccessibleName(QCoreApplication.translate("StatusBanner", "Status of your bookmark"))
        if self._status in (None, "current"):
            self.button.setAccessibleName(QCoreApplication.translate("StatusBanner", "Act on the status"))
            self.button.setAccessibleDescription(
                QCoreApplication.translate(
                    "StatusBanner", "Acknowledge a new edition, or open the one that replaces it"
                )
            )

    def show_marks(self, marks: UserMarks) -> None:
        self._status, self._successor = marks.status, marks.superseded_by
        if marks.status in (None, "current"):
            self.hide()
            return
        colour = getattr(self.colours, marks.status).name()
        mark = {"changed": "●", "superseded": "↪", "withdrawn": "⊘"}[marks.status]
        if marks.status == "changed":
            words = QCoreApplication.translate(
                "StatusBanner",
                "<b>New edition.</b> This resource changed since you bookmarked it or wrote your note.",
            )
            action = QCoreApplication.translate("StatusBanner", "Acknowledge")
            description = QCoreApplication.translate(
                "StatusBanner", "Mark the new edition as seen (Ctrl+Shift+A)"
            )
        elif marks.status == "superseded":
            title = html.escape(marks.successor_title or marks.superseded_by or "")
            link = f"refdesk:resource/{marks.superseded_by}"
            words = QCoreApplication.translate(
                "StatusBanner",
                "<b>Superseded by <a href='{link}'>{title}</a>.</b> A newer edition replaces it.",
            ).format(link=link, title=title)
            action = QCoreApplication.translate("StatusBanner", "Open the new edition")
            successor = marks.successor_title or QCoreApplication.translate(
                "StatusBanner", "the newer edition"
            )
            description = QCoreApplication.translate("StatusBanner", "Show {title}").format(title=successor)
        else:
            words = QCoreApplication.translate(
                "StatusBanner",
                "<b>Withdrawn.</b> The publisher removed this resource from the catalogue; "
                "your bookmark, its title and your note are kept.",
            )
            action, description = "", ""
        self.label.setText(f"<span style='color:{colour}; font-size:large'>{mark}</span>&nbsp; {words}")
        self.label.setAccessibleDescription(self.label.text())
        self.button.setText(action)
        self.button.setAccessibleName(action or QCoreApplication.translate("StatusBanner", "No action"))
        self.button.setAccessibleDescription(
            description or QCoreApplication.translate("StatusBanner", "Nothing to do")
        )
        self.button.setVisible(bool(action))
        palette = QApplication.palette()  # the theme's, not a tint left from the previous theme
        base, accent = palette.color(QPalette.ColorRole.Base), getattr(self.colours, marks.status)
        tint = QColor(
            round(0.88 * base.red() + 0.12 * accent.red()),
            round(0.88 * base.green() + 0.12 * accent.green()),
            round(0.88 * base.blue() + 0.12 * accent.blue()),
        )
        palette.setColor(QPalette.ColorRole.Window, tint)
        self.setPalette(palette)
        self.show()

    @property
    def status(self) -> EntryStatus | None:
        return self._status

    @Slot()
    def _on_button_clicked(self) -> None:
        if self._status == "changed":
            self.acknowledge_clicked.emit()
        elif self._status == "superseded" and self._successor:
            self.successor_clicked.emit(self._successor)


class NoteBox(Retranslatable, QWidget):
    """The note editor: `note_edited` for every change the user makes (not for loads)."""

    note_edited = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("note_box")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(2)
        header = QHBoxLayout()
        self.title = QLabel(self)
        self.state = QLabel("", self)
        self.state.setObjectName("note_state")
        self.state.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        header.addWidget(self.title)
        header.addStretch(1)
        header.addWidget(self.state)
        layout.addLayout(header)
        self.edit = QPlainTextEdit(self)
        self.edit.setObjectName("note_edit")
        self.edit.setTabChangesFocus(True)  # Tab moves on; the note is for words, not tables
        lines = self.edit.fontMetrics().lineSpacing()
        self.edit.setFixedHeight(lines * 4 + 14)
        self.title.setBuddy(self.edit)
        self.edit.textChanged.connect(self._on_edit_text_changed)
        layout.addWidget(self.edit)
        self._loading = False
        self._fade = QTimer(self)
        self._fade.setSingleShot(True)
        self._fade.setInterval(4000)
        self._fade.timeout.connect(lambda: self.state.setText(""))
        self._state = ""
        self._retranslate()

    def _language_changed(self) -> None:
        self._retranslate()
        if self.state.text():
            self.set_state(self._state)

    def _retranslate(self) -> None:
        self.title.setText(QCoreApplication.translate("NoteBox", "<b>My note</b>"))
        self.state.setAccessibleName(QCoreApplication.translate("NoteBox", "Note saved"))
        self.edit.setPlaceholderText(QCoreApplication.translate("NoteBox", str(NOTE_PLACEHOLDER)))
        self.edit.setAccessibleName(QCoreApplication.translate("NoteBox", "My note"))
        self.edit.setAccessibleDescription(
            QCoreApplication.translate(
                "NoteBox",
                "Your own note on this resource, saved as you type and kept through "
                "catalogue updates (Alt+4)",
            )
        )

    @property
    def text(self) -> str:
        return self.edit.toPlainText()

    def load(self, text: str) -> None:
        """Show a stored note; this is not an edit."""
        if text == self.edit.toPlainText():
            return
        self._loading = True
        try:
            self.edit.setPlainText(text)
        finally:
            self._loading = False
        self.state.setText("")

    def set_state(self, state: str) -> None:
        """ "saving", "saved" or a short error."""
        known = {
            "saving": QCoreApplication.translate("NoteBox", "Saving…"),
            "saved": QCoreApplication.translate("NoteBox", "Saved"),
        }
        self._state = state
        words = known.get(state, state)
        self.state.setText(words)
        self.state.setAccessibleName(
            QCoreApplication.translate("NoteBox", "Note: {state}").format(state=words)
        )
        if state == "saved":
            self._fade.start()
        else:
            self._fade.stop()

    @Slot()
    def _on_edit_text_changed(self) -> None:
        if not self._loading:
            self.note_edited.emit(self.edit.toPlainText())
