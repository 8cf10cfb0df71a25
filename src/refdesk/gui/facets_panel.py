"""GUI layer: the facets panel: checkable filter values with counts, a year range, and Clear."""

from __future__ import annotations

import logging

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRectF,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from refdesk.core.types import SearchFilters

from .i18n import Retranslatable
from .models import LIST_FACETS, FacetModel
from .roles import Roles

log = logging.getLogger(__name__)

# Groups with at most this many values open by themselves the first time they fill.
OPEN_GROUP_LIMIT = 8
# Short, fixed vocabularies: open whatever their length.
ALWAYS_OPEN = frozenset({"type", "region", "language"})
NO_YEAR = 1899


class FacetDelegate(QStyledItemDelegate):
    """Paints a value's label with its count right-aligned in a quieter colour."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        count = index.data(Roles.COUNT)
        if count is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        count_text = f"{count}"
        metrics = opt.fontMetrics
        count_width = metrics.horizontalAdvance(count_text) + 10
        label_room = max(20, opt.rect.width() - count_width - metrics.height() * 2)
        opt.text = metrics.elidedText(opt.text, Qt.TextElideMode.ElideRight, label_room)
        style = opt.widget.style() if opt.widget is not None else None
        if style is None:
            return
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        # Fusion outlines check boxes in a shade of the window colour, which vanishes on a dark
        # base; a frame in the text colour keeps them visible in every theme.
        box = style.subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, opt, opt.widget)
        frame = opt.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        frame.setAlpha(150)
        painter.save()
        painter.setPen(frame)
        painter.drawRect(QRectF(box).adjusted(1.5, 1.5, -1.5, -1.5))
        painter.restore()
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        painter.save()
        painter.setPen(opt.palette.color(role))
        area = QRect(opt.rect.right() - count_width, opt.rect.top(), count_width - 6, opt.rect.height())
        painter.drawText(area, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), count_text)
        painter.restore()


class FacetTree(QTreeView):
    """Space, Enter or a click on a value ticks it; on a group they open or close it."""

    def __init__(self, model: FacetModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._facets = model
        self.setModel(model)
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setItemDelegate(FacetDelegate(self))
        self.setAnimated(False)
        self.setIndentation(14)

    def _activate(self, index: QModelIndex | QPersistentModelIndex) -> None:
        if not index.isValid():
            return
        if index.data(Roles.IS_GROUP):
            self.setExpanded(index, not self.isExpanded(index))
        else:
            self._facets.toggle(index)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self._activate(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and index.isValid():
            self.setCurrentIndex(index)
            self._activate(index)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        event.accept()  # two clicks are two toggles, not an edit or an extra expand


class YearSpin(QSpinBox):
    """A year, or "Any" at the bottom of the range; stepping up from "Any" starts at the data."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(NO_YEAR, 2100)
        self.setSpecialValueText(QCoreApplication.translate("YearSpin", "Any"))
        self.setValue(NO_YEAR)
        self.setKeyboardTracking(False)  # typing "2019" searches once, not for 2, 20, 201
        self.start_year = 2000

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.setSpecialValueText(QCoreApplication.translate("YearSpin", "Any"))

    def stepBy(self, steps: int) -> None:
        if self.value() == NO_YEAR and steps > 0:
            self.setValue(self.start_year)
            return
        super().stepBy(steps)

    def year(self) -> int | None:
        return None if self.value() == NO_YEAR else self.value()


class FacetsPanel(Retranslatable, QWidget):
    """The left panel. Emits `filters_changed` with the SearchFilters the ticks and years make."""

    filters_changed = Signal(object)

    def __init__(self, model: FacetModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("facets_panel")
        self.model = model
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 8)

        header = QHBoxLayout()
        self.title = QLabel(self)
        header.addWidget(self.title)
        header.addStretch(1)
        self.clear_button = QPushButton(self)
        self.clear_button.setObjectName("clear_filters")
        self.clear_button.setEnabled(False)
        self.clear_button.clicked.connect(self.clear)
        header.addWidget(self.clear_button)
        layout.addLayout(header)

        self.tree = FacetTree(model, self)
        self.tree.setObjectName("facet_tree")
        layout.addWidget(self.tree, 1)

        years = QHBoxLayout()
        self.years_label = QLabel(self)
        years.addWidget(self.years_label)
        self.year_from = YearSpin(self)
        self.year_from.setObjectName("year_from")
        self.year_to = YearSpin(self)
        self.year_to.setObjectName("year_to")
        self.years_label.setBuddy(self.year_from)
        years.addWidget(self.year_from, 1)
        self.dash = QLabel("–", self)
        years.addWidget(self.dash)
        years.addWidget(self.year_to, 1)
        layout.addLayout(years)
        self.years_hint = QLabel(self)
        self.years_hint.setObjectName("years_hint")
        self.years_hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addWidget(self.years_hint)
        self._years = ""  # the span of years in the results ("2005–2022"), "" for none

        self.year_from.valueChanged.connect(self._on_year_value_changed)
        self.year_to.valueChanged.connect(self._on_year_value_changed)
        model.selection_changed.connect(self._on_model_selection_changed)
        model.rowsInserted.connect(self._on_model_rows_inserted)
        self._opened: set[str] = set()
        self._retranslate()

    def _language_changed(self) -> None:
        self._retranslate()
        self.model.retranslate()

    def _retranslate(self) -> None:
        """Every word of the panel in the current language (at start and on a change of language)."""
        self.title.setText(QCoreApplication.translate("FacetsPanel", "<b>Filters</b>"))
        self.title.setAccessibleName(QCoreApplication.translate("FacetsPanel", "Filters"))
        self.clear_button.setText(QCoreApplication.translate("FacetsPanel", "Clear"))
        self.clear_button.setAccessibleName(QCoreApplication.translate("FacetsPanel", "Clear filters"))
        self.clear_button.setAccessibleDescription(
            QCoreApplication.translate("FacetsPanel", "Remove every ticked filter and the year range")
        )
        self.tree.setAccessibleName(QCoreApplication.translate("FacetsPanel", "Facet filters"))
        self.tree.setAccessibleDescription(
            QCoreApplication.translate(
                "FacetsPanel",
                "Groups of filters with the number of matching resources. Space or Enter ticks a value; "
                "ticked values of one group are combined with OR, groups with AND.",
            )
        )
        self.years_label.setText(QCoreApplication.translate("FacetsPanel", "Year"))
        self.year_from.setAccessibleName(QCoreApplication.translate("FacetsPanel", "From year"))
        self.year_from.setAccessibleDescription(
            QCoreApplication.translate("FacetsPanel", "Only resources published in or after this year")
        )
        self.year_to.setAccessibleName(QCoreApplication.translate("FacetsPanel", "To year"))
        self.year_to.setAccessibleDescription(
            QCoreApplication.translate("FacetsPanel", "Only resources published in or before this year")
        )
        #: What a screen reader says for the dash between the two year boxes ("2005 to 2020").
        self.dash.setAccessibleName(QCoreApplication.translate("FacetsPanel", "to"))
        self.years_hint.setAccessibleName(QCoreApplication.translate("FacetsPanel", "Years in these results"))
        self._show_years()

    def _show_years(self) -> None:
        text = QCoreApplication.translate("FacetsPanel", "Results from {years}")
        self.years_hint.setText(text.format(years=self._years) if self._years else "")

    # -- what the window calls ---------------------------------------------------------------

    def filters(self) -> SearchFilters:
        m = self.model
        return SearchFilters(
            types=m.selected("type"),
            topics=m.selected("topic"),
            audiences=m.selected("audience"),
            countries=m.selected("country"),
            regions=m.selected("region"),
            languages=m.selected("language"),
            year_from=self.year_from.year(),
            year_to=self.year_to.year(),
        )

    def update_counts(self, facets: dict[str, dict[str, int]]) -> None:
        self.model.update_counts(facets)
        for row, _facet in enumerate(LIST_FACETS):
            group = self.model.index(row, 0)
            self.tree.setRowHidden(row, QModelIndex(), self.model.rowCount(group) == 0)
        years = sorted(int(y) for y in facets.get("year", {}) if y.isdigit())
        if years:
            self._years = str(years[0]) if years[0] == years[-1] else f"{years[0]}–{years[-1]}"
            self.year_from.start_year = years[0]
            self.year_to.start_year = years[-1]
        else:
            self._years = ""
        self._show_years()

    def focus(self) -> None:
        self.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not self.tree.currentIndex().isValid():
            self.tree.setCurrentIndex(self.model.index(0, 0))

    def set_filters(self, filters: SearchFilters) -> None:
        """Show `filters` as ticks and years (a saved search being run); reports them once."""
        blocked = [self.year_from.blockSignals(True), self.year_to.blockSignals(True)]
        self.year_from.setValue(filters.year_from or NO_YEAR)
        self.year_to.setValue(filters.year_to or NO_YEAR)
        self.year_from.blockSignals(blocked[0])
        self.year_to.blockSignals(blocked[1])
        chosen = {
            "type": filters.types, "topic": filters.topics, "audience": filters.audiences,
            "country": filters.countries, "region": filters.regions, "language": filters.languages,
        }  # fmt: skip
        if not self.model.set_selection(chosen):  # a change reports itself (selection_changed)
            self._report()

    @Slot()
    def clear(self) -> None:
        blocked = [self.year_from.blockSignals(True), self.year_to.blockSignals(True)]
        self.year_from.setValue(NO_YEAR)
        self.year_to.setValue(NO_YEAR)
        self.year_from.blockSignals(blocked[0])
        self.year_to.blockSignals(blocked[1])
        if self.model.has_selection():
            self.model.clear_selection()  # emits selection_changed, which reports the filters
        else:
            self._report()

    # -- internals ---------------------------------------------------------------------------

    def _report(self) -> None:
        filters = self.filters()
        self.clear_button.setEnabled(not filters.is_empty())
        self.filters_changed.emit(filters)

    @Slot()
    def _on_model_selection_changed(self) -> None:
        self._report()

    @Slot(int)
    def _on_year_value_changed(self, _value: int) -> None:
        self._report()

    @Slot(QModelIndex, int, int)
    def _on_model_rows_inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        facet = parent.data(Roles.FACET) if parent.isValid() else None
        if facet is None or facet in self._opened:
            return
        self._opened.add(facet)
        if facet in ALWAYS_OPEN or self.model.rowCount(parent) <= OPEN_GROUP_LIMIT:
            self.tree.expand(parent)
