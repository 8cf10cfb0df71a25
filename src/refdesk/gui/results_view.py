"""GUI layer: the results panel: a list of hits painted by a delegate, with the sort order above it."""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from refdesk.core.types import SORT_ORDERS, SearchHit, SortOrder

from .i18n import Retranslatable
from .models import ResultsModel
from .roles import Roles
from .theme import LIGHT, Colours

log = logging.getLogger(__name__)

SORT_LABELS = {
    "relevance": QT_TRANSLATE_NOOP("ResultsPanel", "Relevance"),
    "newest": QT_TRANSLATE_NOOP("ResultsPanel", "Newest first"),
    "title": QT_TRANSLATE_NOOP("ResultsPanel", "Title A–Z"),
}
SNIPPET_LINES = 3
PAD = 8


class ResultDelegate(QStyledItemDelegate):
    """Paints one hit: title, a line of facts, the snippet with the query's words marked, the page.

    Every row has the same height (three snippet lines), so the list lays out at once however
    many rows it holds, and scrolling is smooth.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.colours: Colours = LIGHT

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        metrics = option.fontMetrics
        title = QFont(option.font)
        title.setBold(True)
        title.setPointSizeF(option.font.pointSizeF() * 1.1)
        title_height = QFontMetrics(title).height()
        height = PAD * 2 + title_height + 4 + metrics.height() + 4 + metrics.lineSpacing() * SNIPPET_LINES + 2
        return QSize(200, height)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        hit: SearchHit | None = index.data(Roles.HIT)
        if hit is None:
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette = opt.palette
        text_colour = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted = text_colour if selected else self.colours.muted_text
        rect = opt.rect.adjusted(PAD + 2, PAD, -PAD, -PAD)

        painter.save()
        title_font = QFont(opt.font)
        title_font.setBold(True)
        title_font.setPointSizeF(opt.font.pointSizeF() * 1.1)
        painter.setFont(title_font)
        painter.setPen(text_colour)
        title_metrics = painter.fontMetrics()
        page_text = ""
        if hit.page:
            page_text = QCoreApplication.translate("ResultDelegate", "p. {page}").format(
                page=QLocale().toString(hit.page)
            )
        page_width = opt.fontMetrics.horizontalAdvance(page_text) + 16 if page_text else 0
        title = title_metrics.elidedText(hit.title, Qt.TextElideMode.ElideRight, rect.width() - page_width)
        painter.drawText(rect.left(), rect.top() + title_metrics.ascent(), title)
        y = rect.top() + title_metrics.height() + 4

        if page_text:
            self._paint_badge(painter, opt, page_text, rect.right() - page_width + 8, rect.top(), selected)

        painter.setFont(opt.font)
        painter.setPen(muted)
        metrics = opt.fontMetrics
        meta = metrics.elidedText(
            str(index.data(Roles.META) or ""), Qt.TextElideMode.ElideRight, rect.width()
        )
        painter.drawText(rect.left(), y + metrics.ascent(), meta)
        y += metrics.height() + 4

        snippet_height = metrics.lineSpacing() * SNIPPET_LINES + 2
        self._paint_snippet(
            painter, opt, hit.snippet, rect.left(), y, rect.width(), snippet_height, text_colour
        )
        painter.restore()

    def _paint_badge(
        self, painter: QPainter, opt: QStyleOptionViewItem, text: str, x: int, y: int, selected: bool
    ) -> None:
        metrics = opt.fontMetrics
        box = QRectF(x, y + 1, metrics.horizontalAdvance(text) + 10, metrics.height() + 2)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(
            self.colours.badge_background if not selected else opt.palette.color(QPalette.ColorRole.Base)
        )
        painter.drawRoundedRect(box, 4, 4)
        painter.setFont(opt.font)
        painter.setPen(opt.palette.color(QPalette.ColorRole.Text))
        painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), text)

    def _paint_snippet(
        self,
        painter: QPainter,
        opt: QStyleOptionViewItem,
        snippet: str,
        x: int,
        y: int,
        width: int,
        height: int,
        colour: QColor,
    ) -> None:
        document = QTextDocument()
        document.setDocumentMargin(0)
        document.setDefaultFont(opt.font)
        document.setTextWidth(width)
        mark = self.colours.mark_background.name()
        mark_text = self.colours.mark_text.name()
        marked = snippet.replace(
            "<b>", f"<span style='background-color:{mark};color:{mark_text};font-weight:600'>"
        )
        marked = marked.replace("</b>", "</span>")
        if not marked:
            marked = html.escape(QCoreApplication.translate("ResultDelegate", "(no summary)"))
        document.setHtml(f"<div style='color:{colour.name()}'>{marked}</div>")
        painter.translate(x, y)
        clip = QRectF(0, 0, width, min(height, _bottom_of_line(document, SNIPPET_LINES)))
        painter.setClipRect(clip)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.clip = clip
        context.palette.setColor(QPalette.ColorRole.Text, colour)
        document.documentLayout().draw(painter, context)


class ResultsView(QListView):
    """The list. Enter opens a hit's document; ↑ on the first row goes back to the search box."""

    open_requested = Signal(object)  # SearchHit
    leave_top = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.empty_text = ""
        self.activated.connect(self._on_self_activated)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._on_self_activated(self.currentIndex())
            event.accept()
            return
        if key == Qt.Key.Key_Up and self.currentIndex().row() <= 0 and not event.modifiers():
            self.leave_top.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if model is not None and model.rowCount() == 0 and self.empty_text:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            area = self.viewport().rect().adjusted(24, 24, -24, -24)
            flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
            painter.drawText(area, int(flags), self.empty_text)
            painter.end()

    def set_empty_text(self, text: str) -> None:
        self.empty_text = text
        self.viewport().update()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.doItemsLayout()  # rows are as tall as the font: measure them again

    @Slot(QModelIndex)
    def _on_self_activated(self, index: QModelIndex) -> None:
        hit = index.data(Roles.HIT)
        if hit is not None:
            self.open_requested.emit(hit)


class ResultsPanel(Retranslatable, QWidget):
    """The middle panel: the sort order and the list of results."""

    sort_changed = Signal(str)

    def __init__(self, model: ResultsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("results_panel")
        self.model = model
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 8)
        header = QHBoxLayout()
        self.heading = QLabel(self)
        header.addWidget(self.heading)
        header.addStretch(1)
        self.sort_label = QLabel(self)
        header.addWidget(self.sort_label)
        self.sort = QComboBox(self)
        self.sort.setObjectName("sort_order")
        # Each language words the orders differently: the box is as wide as the current words.
        self.sort.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for order in SORT_ORDERS:
            self.sort.addItem(str(SORT_LABELS[order]), order)
        self.sort_label.setBuddy(self.sort)
        self.sort.currentIndexChanged.connect(self._on_sort_current_index_changed)
        header.addWidget(self.sort)
        layout.addLayout(header)

        self.view = ResultsView(self)
        self.view.setObjectName("results_view")
        self.delegate = ResultDelegate(self.view)
        self.view.setItemDelegate(self.delegate)
        self.view.setModel(model)
        layout.addWidget(self.view, 1)
        self._retranslate()

    def _language_changed(self) -> None:
        self._retranslate()
        self.model.retranslate()
        self.view.viewport().update()  # the delegate words the page badges as it paints

    def _retranslate(self) -> None:
        """Every word of the panel in the current language (at start and on a change of language)."""
        self.heading.setText(QCoreApplication.translate("ResultsPanel", "<b>Results</b>"))
        self.sort_label.setText(QCoreApplication.translate("ResultsPanel", "Sort by"))
        self.sort.setAccessibleName(QCoreApplication.translate("ResultsPanel", "Sort results by"))
        self.sort.setAccessibleDescription(
            QCoreApplication.translate("ResultsPanel", "Relevance, newest first, or title")
        )
        for position in range(self.sort.count()):
            order = self.sort.itemData(position)
            self.sort.setItemText(
                position, QCoreApplication.translate("ResultsPanel", str(SORT_LABELS[order]))
            )
        self.view.setAccessibleName(QCoreApplication.translate("ResultsPanel", "Results"))
        self.view.setAccessibleDescription(
            QCoreApplication.translate(
                "ResultsPanel",
                "Matching resources, best first. The selected one is shown on the right; Enter opens its "
                "document at the page of the best match.",
            )
        )

    def set_sort(self, order: SortOrder) -> None:
        position = self.sort.findData(order)
        if position >= 0 and position != self.sort.currentIndex():
            self.sort.setCurrentIndex(position)

    def set_colours(self, colours: Colours) -> None:
        self.delegate.colours = colours
        self.view.viewport().update()

    @Slot(int)
    def _on_sort_current_index_changed(self, position: int) -> None:
        self.sort_changed.emit(self.sort.itemData(position))


def _bottom_of_line(document: QTextDocument, lines: int) -> float:
    """Where the `lines`-th line of the (single-block) snippet ends: no sliver of the next one shows."""
    document.size()  # lays the text out; until then the block has no lines
    block = document.firstBlock()
    layout = block.layout()
    if layout is None or layout.lineCount() == 0:
        return float("inf")
    line = layout.lineAt(min(lines, layout.lineCount()) - 1)
    return layout.position().y() + line.y() + line.height()
