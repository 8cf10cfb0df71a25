"""GUI layer: the search bar panel: the query box, "did you mean", and the result count."""

from __future__ import annotations

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QWidget

from refdesk.core.types import SearchResult

from .i18n import Retranslatable

log = logging.getLogger(__name__)

PLACEHOLDER = QT_TRANSLATE_NOOP(
    "SearchBar",
    'Search titles, summaries and every page — e.g. debt bondage fishing, "recruitment fee", country:TH',
)


class QueryEdit(QLineEdit):
    """The search box: ↓ and Enter move on to the results; Esc empties it."""

    move_down = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self.move_down.emit()
            return
        super().keyPressEvent(event)


class SearchBar(Retranslatable, QWidget):
    """Emits `query_edited` for every change; the controller debounces."""

    query_edited = Signal(str)
    move_to_results = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("search_bar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.setSpacing(8)

        self.edit = QueryEdit(self)
        self.edit.setObjectName("search_edit")
        self.edit.setClearButtonEnabled(True)
        self.edit.setMinimumHeight(self.edit.sizeHint().height() + 6)
        self.edit.textChanged.connect(self._on_edit_text_changed)
        self.edit.move_down.connect(self.move_to_results)
        layout.addWidget(self.edit, 1)

        self.suggestion = QPushButton(self)
        self.suggestion.setObjectName("did_you_mean")
        self.suggestion.setFlat(True)
        self.suggestion.setCursor(Qt.CursorShape.PointingHandCursor)
        self.suggestion.setVisible(False)
        self.suggestion.clicked.connect(self.accept_suggestion)
        layout.addWidget(self.suggestion)

        self.count = QLabel(self)
        self.count.setObjectName("result_count")
        self.count.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.count)
        self._corrected: str | None = None
        self._result: SearchResult | None = None  # the result the count and suggestion show
        self._retranslate()

    def _language_changed(self) -> None:
        self._retranslate()
        if self._result is not None:
            self.show_result(self._result)

    def _retranslate(self) -> None:
        """Every word of the bar in the current language (at start and on a change of language)."""
        self.edit.setPlaceholderText(QCoreApplication.translate("SearchBar", str(PLACEHOLDER)))
        self.edit.setAccessibleName(QCoreApplication.translate("SearchBar", "Search"))
        self.edit.setAccessibleDescription(
            QCoreApplication.translate(
                "SearchBar",
                "Type words to search the catalogue and the full text of its documents. Results update as "
                "you type. Quotes search a phrase; OR, NOT, word* and field:value clauses also work.",
            )
        )
        self.suggestion.setAccessibleName(QCoreApplication.translate("SearchBar", "Did you mean"))
        self.suggestion.setAccessibleDescription(
            QCoreApplication.translate("SearchBar", "Search for the suggested spelling instead (Alt+D)")
        )
        self.count.setAccessibleName(QCoreApplication.translate("SearchBar", "Number of results"))
        self.count.setAccessibleDescription(
            QCoreApplication.translate("SearchBar", "How many resources match the search and filters")
        )
        # Room for a four-digit count in this language's words, so the box does not jump as it changes.
        widest = QCoreApplication.translate("SearchBar", "{count} results").format(
            count=QLocale().toString(9999)
        )
        self.count.setMinimumWidth(self.count.fontMetrics().horizontalAdvance(widest) + 8)

    # -- what the window calls ---------------------------------------------------------------

    @property
    def text(self) -> str:
        return self.edit.text()

    def set_text(self, text: str) -> None:
        self.edit.setText(text)

    def focus(self) -> None:
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def clear(self) -> None:
        self.edit.clear()
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def show_result(self, result: SearchResult) -> None:
        self._result = result
        count = QLocale().toString(result.total)
        if result.total == 1:
            text = QCoreApplication.translate("SearchBar", "{count} result").format(count=count)
        else:
            text = QCoreApplication.translate("SearchBar", "{count} results").format(count=count)
        self.count.setText(text)
        self._corrected = result.corrected_query if result.corrected_query != result.query else None
        if self._corrected:
            self.suggestion.setText(
                QCoreApplication.translate("SearchBar", "Did you mean: {words}?  (Alt+D)").format(
                    words=self._corrected.replace("&", "&&")
                )
            )
            self.suggestion.setAccessibleName(
                QCoreApplication.translate("SearchBar", "Did you mean {words}").format(words=self._corrected)
            )
            self.suggestion.setVisible(True)
        else:
            self.suggestion.setVisible(False)

    def show_message(self, text: str) -> None:
        self._result = None  # a message worded by the caller: it stays as it is
        self.count.setText(text)

    @property
    def corrected_query(self) -> str | None:
        return self._corrected

    @Slot()
    def accept_suggestion(self) -> None:
        if self._corrected:
            self.edit.setText(self._corrected)
            self.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot(str)
    def _on_edit_text_changed(self, text: str) -> None:
        self.query_edited.emit(text)
