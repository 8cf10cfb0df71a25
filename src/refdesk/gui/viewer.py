"""GUI layer: the document viewer: a toolbar (pages, zoom, find) over the PDF pane or the text pane."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .i18n import Retranslatable
from .pdf_pane import PdfPane
from .text_pane import TextPane
from .theme import Colours

log = logging.getLogger(__name__)

_TOKENS = re.compile(r'"([^"]+)"|(\S+)')
_OPERATORS = {"OR", "AND", "NOT"}

# The toolbar's small buttons, by object name: what a screen reader calls each, and its tooltip.
TOOL_BUTTONS = {
    "previous_match": (
        QT_TRANSLATE_NOOP("DocumentViewer", "Previous match"),
        QT_TRANSLATE_NOOP("DocumentViewer", "Previous match (Shift+F3)"),
    ),
    "next_match": (
        QT_TRANSLATE_NOOP("DocumentViewer", "Next match"),
        QT_TRANSLATE_NOOP("DocumentViewer", "Next match (F3)"),
    ),
    "previous_page": (
        QT_TRANSLATE_NOOP("DocumentViewer", "Previous page"),
        QT_TRANSLATE_NOOP("DocumentViewer", "Previous page (Ctrl+Page Up)"),
    ),
    "next_page": (
        QT_TRANSLATE_NOOP("DocumentViewer", "Next page"),
        QT_TRANSLATE_NOOP("DocumentViewer", "Next page (Ctrl+Page Down)"),
    ),
    "zoom_out": (
        QT_TRANSLATE_NOOP("DocumentViewer", "Zoom out"),
        QT_TRANSLATE_NOOP("DocumentViewer", "Zoom out (Ctrl+Alt+Minus)"),
    ),
    "zoom_in": (
        QT_TRANSLATE_NOOP("DocumentViewer", "Zoom in"),
        QT_TRANSLATE_NOOP("DocumentViewer", "Zoom in (Ctrl+Alt+Plus)"),
    ),
    "fit_width": (
        QT_TRANSLATE_NOOP("DocumentViewer", "Fit width"),
        QT_TRANSLATE_NOOP("DocumentViewer", "Fit the page to the window's width (Ctrl+Alt+0)"),
    ),
}


def highlight_terms(text: str) -> list[str]:
    """The words (and "quoted phrases") of a query worth highlighting: no operators, fields or NOTs."""
    terms: list[str] = []
    for phrase, word in _TOKENS.findall(text):
        if phrase:
            terms.append(phrase.strip())
            continue
        if word in _OPERATORS or word.startswith("-") or ":" in word:
            continue
        word = word.strip("*()\"'")
        if len(word) >= 2 or (word and not word.isascii()):
            terms.append(word)
    return list(dict.fromkeys(t for t in terms if t))


@dataclass(frozen=True)
class OpenRequest:
    """A document to show: its file, kind, names, the page to start at and the words to mark."""

    path: Path
    media_type: str
    title: str
    resource_title: str
    page: int | None = None
    terms: tuple[str, ...] = ()
    resource_id: str = ""


class FindEdit(QLineEdit):
    """Enter finds the next match, Shift+Enter the previous one."""

    step = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.step.emit(-1 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1)
            return
        super().keyPressEvent(event)


class ElidedLabel(QLabel):
    """A bold one-line label that ends in "…" when the toolbar is too narrow for it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setTextFormat(Qt.TextFormat.PlainText)
        font = self.font()
        font.setBold(True)
        self.setFont(font)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, self.width())
        painter.drawText(self.rect(), int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), text)
        painter.end()


def _button(parent: QWidget, text: str, name: str) -> QToolButton:
    """One of the `TOOL_BUTTONS` (its words are set by `DocumentViewer._retranslate`)."""
    button = QToolButton(parent)
    button.setText(text)
    button.setObjectName(name)
    button.setAutoRaise(True)
    return button


class DocumentViewer(Retranslatable, QWidget):
    """Opens PDFs in the PDF pane and Markdown, HTML and text in the text pane."""

    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("document_viewer")
        self.request: OpenRequest | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._build_toolbar())
        self.stack = QStackedWidget(self)
        self.pdf = PdfPane(self)
        self.pdf.setObjectName("pdf_view")
        self.text = TextPane(self)
        self.text.setObjectName("text_view")
        self.stack.addWidget(self.pdf)
        self.stack.addWidget(self.text)
        layout.addWidget(self.stack, 1)
        self.pdf.hits_changed.connect(self._on_pane_hits_changed)
        self.text.hits_changed.connect(self._on_pane_hits_changed)
        self.pdf.page_changed.connect(self._on_pdf_page_changed)
        self.pdf.zoom_changed.connect(self._on_pdf_zoom_changed)
        self._find_timer = QTimer(self)
        self._find_timer.setSingleShot(True)
        self._find_timer.setInterval(250)
        self._find_timer.timeout.connect(self._on_find_timer_timeout)
        self.setTabOrder(self.back_button, self.find_edit)
        self._hits = (0, 0)  # the match on show (1-based, 0 for none) and how many there are
        self._pages = 1
        self._retranslate()

    def _retranslate(self) -> None:
        """Every word of the viewer in the current language (at start and on a change of language)."""
        self.pdf.setAccessibleName(QCoreApplication.translate("DocumentViewer", "Document page"))
        self.pdf.setAccessibleDescription(
            QCoreApplication.translate(
                "DocumentViewer", "The pages of the PDF; the searched words are highlighted"
            )
        )
        self.text.setAccessibleName(QCoreApplication.translate("DocumentViewer", "Document text"))
        self.text.setAccessibleDescription(
            QCoreApplication.translate(
                "DocumentViewer", "The text of the document; the searched words are highlighted"
            )
        )
        self.back_button.setText(QCoreApplication.translate("DocumentViewer", "← Results"))
        self.back_button.setAccessibleName(QCoreApplication.translate("DocumentViewer", "Back to results"))
        self.back_button.setAccessibleDescription(
            QCoreApplication.translate("DocumentViewer", "Close the document and return to the results (Esc)")
        )
        self.title.setAccessibleName(QCoreApplication.translate("DocumentViewer", "Document title"))
        self.find_edit.setPlaceholderText(QCoreApplication.translate("DocumentViewer", "Find in document"))
        self.find_edit.setAccessibleName(QCoreApplication.translate("DocumentViewer", "Find in document"))
        self.find_edit.setAccessibleDescription(
            QCoreApplication.translate(
                "DocumentViewer",
                "Words to highlight in the document; each word separately, quotes for a phrase. "
                "Enter goes to the next match, Shift+Enter to the previous one.",
            )
        )
        for button in self.findChildren(QToolButton):
            if button.objectName() in TOOL_BUTTONS:
                name, tip = TOOL_BUTTONS[button.objectName()]
                button.setAccessibleName(QCoreApplication.translate("DocumentViewer", str(name)))
                button.setAccessibleDescription(QCoreApplication.translate("DocumentViewer", str(tip)))
                button.setToolTip(QCoreApplication.translate("DocumentViewer", str(tip)))
        self.fit_button.setText(QCoreApplication.translate("DocumentViewer", "Fit width"))
        self.hits_label.setAccessibleName(QCoreApplication.translate("DocumentViewer", "Matches"))
        widest = self._hits_text(999, 999)
        self.hits_label.setMinimumWidth(self.hits_label.fontMetrics().horizontalAdvance(widest) + 6)
        self._on_pane_hits_changed(*self._hits)
        self.page_spin.setAccessibleName(QCoreApplication.translate("DocumentViewer", "Page number"))
        self.page_spin.setAccessibleDescription(
            QCoreApplication.translate(
                "DocumentViewer", "The page shown; type a number and press Enter to go there (Ctrl+L)"
            )
        )
        self.page_count.setAccessibleName(QCoreApplication.translate("DocumentViewer", "Page count"))
        self._show_page_count()
        self.zoom_label.setAccessibleName(QCoreApplication.translate("DocumentViewer", "Zoom"))

    def _build_toolbar(self) -> QWidget:
        bar = QWidget(self)
        bar.setObjectName("viewer_toolbar")
        row = QHBoxLayout(bar)
        row.setContentsMargins(8, 4, 8, 4)
        self.back_button = QPushButton(bar)
        self.back_button.setObjectName("back_to_results")
        self.back_button.clicked.connect(self.closed)
        row.addWidget(self.back_button)
        self.title = ElidedLabel(bar)
        self.title.setObjectName("document_title")
        row.addWidget(self.title, 1)

        self.find_edit = FindEdit(bar)
        self.find_edit.setObjectName("find_in_document")
        self.find_edit.setClearButtonEnabled(True)
        self.find_edit.setMinimumWidth(180)
        self.find_edit.textEdited.connect(self._on_find_edit_text_edited)
        self.find_edit.step.connect(self.step_hit)
        row.addWidget(self.find_edit)
        self.previous_hit_button = _button(bar, "↑", "previous_match")
        self.previous_hit_button.clicked.connect(self.previous_hit)
        self.next_hit_button = _button(bar, "↓", "next_match")
        self.next_hit_button.clicked.connect(self.next_hit)
        self.hits_label = QLabel("", bar)
        self.hits_label.setObjectName("match_count")
        hit_controls: list[QWidget] = [self.previous_hit_button, self.next_hit_button, self.hits_label]
        for widget in hit_controls:
            row.addWidget(widget)
        row.addSpacing(12)

        self.previous_page_button = _button(bar, "‹", "previous_page")
        self.previous_page_button.clicked.connect(self.previous_page)
        self.page_spin = QSpinBox(bar)
        self.page_spin.setObjectName("page_number")
        self.page_spin.setKeyboardTracking(False)
        self.page_spin.setRange(1, 1)
        self.page_spin.valueChanged.connect(self._on_page_spin_value_changed)
        self.page_count = QLabel(bar)
        self.page_count.setObjectName("page_count")
        self.next_page_button = _button(bar, "›", "next_page")
        self.next_page_button.clicked.connect(self.next_page)
        self.zoom_out_button = _button(bar, "−", "zoom_out")
        self.zoom_out_button.clicked.connect(self.zoom_out)
        self.zoom_label = QLabel("100 %", bar)
        self.zoom_label.setMinimumWidth(self.zoom_label.fontMetrics().horizontalAdvance("600 %") + 4)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_in_button = _button(bar, "+", "zoom_in")
        self.zoom_in_button.clicked.connect(self.zoom_in)
        self.fit_button = _button(bar, "", "fit_width")
        self.fit_button.clicked.connect(self.fit_width)
        self.pdf_controls: list[QWidget] = [
            self.previous_page_button, self.page_spin, self.page_count, self.next_page_button,
            self.zoom_out_button, self.zoom_label, self.zoom_in_button, self.fit_button,
        ]  # fmt: skip
        for widget in self.pdf_controls:
            row.addWidget(widget)
        return bar

    # -- opening -----------------------------------------------------------------------------

    def open_document(self, request: OpenRequest) -> bool:
        self.close_document()
        self.request = request
        terms = list(request.terms)
        self.find_edit.setText(" ".join(f'"{t}"' if " " in t else t for t in terms))
        is_pdf = request.media_type == "application/pdf"
        self.stack.setCurrentWidget(self.pdf if is_pdf else self.text)
        for widget in self.pdf_controls:
            widget.setVisible(is_pdf)
        name = (
            request.title
            if request.title == request.resource_title
            else f"{request.title} — {request.resource_title}"
        )
        self.title.setText(name)
        self.title.setToolTip(name)
        ok = (
            self.pdf.open(request.path, request.page, terms)
            if is_pdf
            else self.text.open(request.path, request.media_type, terms)
        )
        if not ok:
            self.request = None
        return ok

    def close_document(self) -> None:
        self._find_timer.stop()
        self.pdf.close_document()
        self.text.close_document()
        self.request = None

    @property
    def is_pdf(self) -> bool:
        return self.stack.currentWidget() is self.pdf

    def set_colours(self, colours: Colours) -> None:
        self.pdf.colours = colours
        self.text.colours = colours
        self.pdf.viewport().update()
        self.text.refresh_colours()

    def focus_content(self) -> None:
        (self.pdf if self.is_pdf else self.text).setFocus(Qt.FocusReason.OtherFocusReason)

    # -- commands ----------------------------------------------------------------------------

    @Slot()
    def focus_find(self) -> None:
        self.find_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_edit.selectAll()

    @Slot()
    def focus_page(self) -> None:
        if self.is_pdf:
            self.page_spin.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.page_spin.selectAll()

    @Slot(int)
    def step_hit(self, step: int) -> None:
        if self._find_timer.isActive():
            self._on_find_timer_timeout()  # Enter right after typing: search first
        (self.pdf if self.is_pdf else self.text).next_hit(step)

    @Slot()
    def next_hit(self) -> None:
        self.step_hit(1)

    @Slot()
    def previous_hit(self) -> None:
        self.step_hit(-1)

    @Slot()
    def next_page(self) -> None:
        if self.is_pdf:
            self.pdf.go_to_page(min(self.pdf.page_count, self.pdf.current_page + 1))

    @Slot()
    def previous_page(self) -> None:
        if self.is_pdf:
            self.pdf.go_to_page(max(1, self.pdf.current_page - 1))

    @Slot()
    def zoom_in(self) -> None:
        if self.is_pdf:
            self.pdf.zoom_in()
        else:
            self.text.zoomIn(1)

    @Slot()
    def zoom_out(self) -> None:
        if self.is_pdf:
            self.pdf.zoom_out()
        else:
            self.text.zoomOut(1)

    @Slot()
    def fit_width(self) -> None:
        if self.is_pdf:
            self.pdf.fit_width()

    # -- internals ---------------------------------------------------------------------------

    @Slot(str)
    def _on_find_edit_text_edited(self, _text: str) -> None:
        self._find_timer.start()

    @Slot()
    def _on_find_timer_timeout(self) -> None:
        self._find_timer.stop()
        terms = highlight_terms(self.find_edit.text())
        if self.is_pdf:
            self.pdf.set_terms(terms)
        else:
            self.text.set_terms(terms)

    @Slot(int, int)
    def _on_pane_hits_changed(self, current: int, total: int) -> None:
        self._hits = (current, total)
        if not total:
            self.hits_label.setText(
                QCoreApplication.translate("DocumentViewer", "no matches")
                if self.find_edit.text().strip()
                else ""
            )
        elif current:
            self.hits_label.setText(self._hits_text(current, total))
        else:
            self.hits_label.setText(
                QCoreApplication.translate("DocumentViewer", "{count} matches").format(
                    count=QLocale().toString(total)
                )
            )

    @staticmethod
    def _hits_text(current: int, total: int) -> str:
        number = QLocale().toString
        text = QCoreApplication.translate("DocumentViewer", "{current} of {total}")
        return text.format(current=number(current), total=number(total))

    @Slot(int, int)
    def _on_pdf_page_changed(self, page: int, count: int) -> None:
        blocked = self.page_spin.blockSignals(True)
        self.page_spin.setRange(1, max(1, count))
        self.page_spin.setValue(page)
        self.page_spin.blockSignals(blocked)
        self._pages = count
        self._show_page_count()

    def _show_page_count(self) -> None:
        text = QCoreApplication.translate("DocumentViewer", "of {count}")
        self.page_count.setText(text.format(count=QLocale().toString(self._pages)))

    @Slot(int)
    def _on_page_spin_value_changed(self, page: int) -> None:
        self.pdf.go_to_page(page)

    @Slot(float)
    def _on_pdf_zoom_changed(self, factor: float) -> None:
        self.zoom_label.setText(f"{factor * 100:.0f} %")
