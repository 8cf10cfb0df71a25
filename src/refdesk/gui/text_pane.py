"""GUI layer: the text pane: Markdown, HTML and plain-text documents with words found and highlighted."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QWidget

from .theme import LIGHT, Colours

log = logging.getLogger(__name__)

# Larger text documents are shown as plain text: a safety margin for the GUI thread.
MAX_RICH_BYTES = 4_000_000


class TextPane(QTextBrowser):
    """Shows a text document; never fetches anything from the network or the disk beside it."""

    hits_changed = Signal(int, int)  # current (1-based, 0 for none), total

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.colours: Colours = LIGHT
        self._hits: list[QTextCursor] = []
        self._current = -1
        self._terms: list[str] = []

    def open(self, path: Path, media_type: str, terms: list[str]) -> bool:
        try:
            raw = path.read_bytes()
        except OSError as exc:
            log.warning("cannot read %s: %s", path.name, exc)
            return False
        text = raw.decode("utf-8", errors="replace")
        if media_type == "text/markdown" and len(raw) <= MAX_RICH_BYTES:
            self.setMarkdown(text)
        elif media_type == "text/html" and len(raw) <= MAX_RICH_BYTES:
            self.setHtml(text)
        else:
            self.setPlainText(text)
        self.document().setDocumentMargin(18)
        self.moveCursor(QTextCursor.MoveOperation.Start)
        self.set_terms(terms)
        if self._hits:
            self.next_hit()
        return True

    def close_document(self) -> None:
        self.clear()
        self._hits, self._current = [], -1

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        return None  # images and style sheets beside a document are not part of the catalogue

    # -- words and hits ----------------------------------------------------------------------

    @property
    def terms(self) -> list[str]:
        return list(self._terms)

    @property
    def hit_count(self) -> int:
        return len(self._hits)

    @property
    def current_index(self) -> int:
        return self._current

    def set_terms(self, terms: list[str]) -> None:
        self._terms = list(terms)
        document = self.document()
        found: dict[tuple[int, int], QTextCursor] = {}
        for term in terms:
            cursor = QTextCursor(document)
            while True:
                cursor = document.find(term, cursor, QTextDocument.FindFlag(0))
                if cursor.isNull():
                    break
                found[(cursor.selectionStart(), cursor.selectionEnd())] = QTextCursor(cursor)
        self._hits = [found[key] for key in sorted(found)]
        self._current = -1
        self._paint()

    def next_hit(self, step: int = 1) -> None:
        if not self._hits:
            return
        if self._current < 0:
            position = self.textCursor().position()
            after = [i for i, c in enumerate(self._hits) if c.selectionStart() >= position]
            self._current = (after[0] if after else 0) if step > 0 else ((after[0] - 1) if after else -1)
            self._current %= len(self._hits)
        else:
            self._current = (self._current + step) % len(self._hits)
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._hits[self._current].selectionStart())
        self.setTextCursor(cursor)  # no selection, so the highlight colours stay visible
        self.ensureCursorVisible()
        self._paint()

    def refresh_colours(self) -> None:
        self._paint()

    def _paint(self) -> None:
        selections = []
        marked = QTextCharFormat()
        marked.setBackground(self.colours.mark_background)
        marked.setForeground(self.colours.mark_text)
        current = QTextCharFormat(marked)
        current.setBackground(self.colours.current_hit)
        for i, cursor in enumerate(self._hits):
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            selection.format = current if i == self._current else marked
            selections.append(selection)
        self.setExtraSelections(selections)
        self.hits_changed.emit(self._current + 1, len(self._hits))
