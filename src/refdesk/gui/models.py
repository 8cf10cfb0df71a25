"""GUI layer: the item models: one page of search hits at a time, and the facet tree with counts."""

from __future__ import annotations

import html
import logging
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from refdesk.core import vocab
from refdesk.core.types import SearchHit, SearchResult

from .labels import FACET_TITLES, Labels
from .roles import Roles

log = logging.getLogger(__name__)

AnyIndex = QModelIndex | QPersistentModelIndex
_NO_PARENT = QModelIndex()


class ResultsModel(QAbstractListModel):
    """The hits of the current search, fetched a page at a time as the view scrolls."""

    # The view wants more rows; the controller answers with `append_page` (or `fetch_failed`).
    fetch_more_requested = Signal(int)

    def __init__(self, labels: Labels | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._labels = labels or Labels()
        self._hits: list[SearchHit] = []
        self._total = 0
        self._fetching = False

    # -- filling -----------------------------------------------------------------------------

    def set_result(self, result: SearchResult) -> None:
        """A new search replaced the whole result set: the one place for a full reset."""
        self.beginResetModel()
        self._hits = list(result.hits)
        self._total = result.total
        self._fetching = False
        self.endResetModel()

    def append_page(self, result: SearchResult) -> None:
        self._fetching = False
        known = {hit.id for hit in self._hits}
        fresh = [hit for hit in result.hits if hit.id not in known]
        self._total = result.total
        if not fresh:
            self._total = len(self._hits)  # the catalogue has no more than we hold
            return
        first = len(self._hits)
        self.beginInsertRows(_NO_PARENT, first, first + len(fresh) - 1)
        self._hits.extend(fresh)
        self.endInsertRows()

    def fetch_failed(self) -> None:
        self._fetching = False

    def set_labels(self, labels: Labels) -> None:
        self._labels = labels
        if self._hits:
            self.dataChanged.emit(self.index(0), self.index(len(self._hits) - 1), [Roles.META])

    def retranslate(self) -> None:
        """The language changed: every row's words (type, languages, spoken text) are new."""
        if self._hits:
            self.dataChanged.emit(self.index(0), self.index(len(self._hits) - 1))

    # -- reading -----------------------------------------------------------------------------

    @property
    def total(self) -> int:
        return self._total

    def hit(self, row: int) -> SearchHit | None:
        return self._hits[row] if 0 <= row < len(self._hits) else None

    def row_of(self, resource_id: str) -> int:
        for row, hit in enumerate(self._hits):
            if hit.id == resource_id:
                return row
        return -1

    def meta_text(self, hit: SearchHit) -> str:
        parts = [self._labels.value("type", hit.type)]
        if hit.publishers:
            parts.append(", ".join(hit.publishers))
        if hit.year is not None:
            parts.append(str(hit.year))
        if hit.languages:
            parts.append(", ".join(self._labels.values("language", hit.languages)))
        return " · ".join(parts)

    # -- Qt's model interface ------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = _NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Roles.TITLE):
            return hit.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{hit.title}\n{self.meta_text(hit)}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            where = ""
            if hit.page:
                text = QCoreApplication.translate("ResultsModel", "Best match on page {page}.")
                where = " " + text.format(page=QLocale().toString(hit.page))
            return f"{hit.title}. {self.meta_text(hit)}.{where}"
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return _plain(hit.snippet)
        values: dict[int, object] = {
            Roles.HIT: hit,
            Roles.RESOURCE_ID: hit.id,
            Roles.META: self.meta_text(hit),
            Roles.SNIPPET: hit.snippet,
            Roles.PAGE: hit.page,
            Roles.DOCUMENT: hit.document,
        }
        return values.get(role)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def canFetchMore(self, parent: AnyIndex) -> bool:
        return not parent.isValid() and not self._fetching and len(self._hits) < self._total

    def fetchMore(self, parent: AnyIndex) -> None:
        if self.canFetchMore(parent):
            self._fetching = True
            self.fetch_more_requested.emit(len(self._hits))


def _plain(snippet: str) -> str:
    return html.unescape(snippet.replace("<b>", "").replace("</b>", ""))


# -- facets ------------------------------------------------------------------------------------

# Facets shown as checkable lists; the year is a range and has its own controls.
LIST_FACETS = tuple(f for f in vocab.FACETS if f != "year")


@dataclass
class _Group:
    facet: str
    values: list[tuple[str, int]]


class FacetModel(QAbstractItemModel):
    """Facet groups (type, topic, ...) with their values and counts; values are checkable.

    Each search replaces the counts. A group whose values stay the same (the group the user is
    clicking in ignores its own filter, so it usually does) only gets `dataChanged`, which keeps
    the keyboard focus where it was; a group whose values changed has its rows replaced.
    """

    selection_changed = Signal()

    def __init__(self, labels: Labels | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._labels = labels or Labels()
        self._groups = [_Group(facet, []) for facet in LIST_FACETS]
        self._selected: dict[str, set[str]] = {facet: set() for facet in LIST_FACETS}

    # -- filling -----------------------------------------------------------------------------

    def update_counts(self, facets: dict[str, dict[str, int]]) -> None:
        for row, group in enumerate(self._groups):
            counts = facets.get(group.facet, {})
            values = list(counts.items())
            values += [(code, 0) for code in sorted(self._selected[group.facet]) if code not in counts]
            self._replace_values(row, group, values)

    def _replace_values(self, row: int, group: _Group, values: list[tuple[str, int]]) -> None:
        parent = self.index(row, 0)
        if [code for code, _ in values] == [code for code, _ in group.values]:
            changed = [i for i, (old, new) in enumerate(zip(group.values, values, strict=True)) if old != new]
            group.values = values
            if changed:
                self.dataChanged.emit(
                    self.index(min(changed), 0, parent),
                    self.index(max(changed), 0, parent),
                    [Roles.COUNT, Qt.ItemDataRole.AccessibleTextRole],
                )
            return
        if group.values:
            self.beginRemoveRows(parent, 0, len(group.values) - 1)
            group.values = []
            self.endRemoveRows()
        if values:
            self.beginInsertRows(parent, 0, len(values) - 1)
            group.values = values
            self.endInsertRows()

    def set_labels(self, labels: Labels) -> None:
        self._labels = labels
        for row, group in enumerate(self._groups):
            if group.values:
                parent = self.index(row, 0)
                self.dataChanged.emit(self.index(0, 0, parent), self.index(len(group.values) - 1, 0, parent))

    def retranslate(self) -> None:
        """The language changed: the groups' titles and every value's name are new."""
        self.dataChanged.emit(self.index(0, 0), self.index(len(self._groups) - 1, 0))
        self.set_labels(self._labels)

    # -- selection ---------------------------------------------------------------------------

    def selected(self, facet: str) -> tuple[str, ...]:
        return tuple(sorted(self._selected.get(facet, ())))

    def has_selection(self) -> bool:
        return any(self._selected.values())

    def set_checked(self, facet: str, code: str, checked: bool) -> None:
        chosen = self._selected[facet]
        if (code in chosen) == checked:
            return
        if checked:
            chosen.add(code)
        else:
            chosen.discard(code)
        row = next((r for r, g in enumerate(self._groups) if g.facet == facet), -1)
        values = self._groups[row].values
        position = next((i for i, (c, _) in enumerate(values) if c == code), -1)
        if position >= 0:
            index = self.index(position, 0, self.index(row, 0))
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.selection_changed.emit()

    def set_selection(self, chosen: dict[str, tuple[str, ...]]) -> bool:
        """Tick exactly `chosen` (facet -> codes), e.g. to run a saved search; one signal.
        Returns whether anything changed."""
        changed = False
        for row, group in enumerate(self._groups):
            wanted = set(chosen.get(group.facet, ()))
            if wanted == self._selected[group.facet]:
                continue
            changed = True
            self._selected[group.facet] = wanted
            if group.values:
                parent = self.index(row, 0)
                self.dataChanged.emit(
                    self.index(0, 0, parent),
                    self.index(len(group.values) - 1, 0, parent),
                    [Qt.ItemDataRole.CheckStateRole],
                )
        if changed:
            self.selection_changed.emit()
        return changed

    def clear_selection(self) -> None:
        if not self.has_selection():
            return
        for row, group in enumerate(self._groups):
            chosen = self._selected[group.facet]
            if not chosen:
                continue
            chosen.clear()
            if group.values:
                parent = self.index(row, 0)
                self.dataChanged.emit(
                    self.index(0, 0, parent),
                    self.index(len(group.values) - 1, 0, parent),
                    [Qt.ItemDataRole.CheckStateRole],
                )
        self.selection_changed.emit()

    # -- Qt's model interface ------------------------------------------------------------------

    def index(self, row: int, column: int, parent: AnyIndex = _NO_PARENT) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, 0) if row < len(self._groups) else QModelIndex()
        if parent.internalId() != 0 or parent.row() >= len(self._groups):
            return QModelIndex()
        if row >= len(self._groups[parent.row()].values):
            return QModelIndex()
        return self.createIndex(row, 0, parent.row() + 1)

    def parent(self, index: AnyIndex = _NO_PARENT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: AnyIndex = _NO_PARENT) -> int:
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._groups[parent.row()].values)
        return 0

    def columnCount(self, parent: AnyIndex = _NO_PARENT) -> int:
        return 1

    def hasChildren(self, parent: AnyIndex = _NO_PARENT) -> bool:
        return self.rowCount(parent) > 0

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.internalId() == 0:
            return base
        return base | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self._group_data(self._groups[index.row()], role)
        group = self._groups[index.internalId() - 1]
        if index.row() >= len(group.values):
            return None
        code, count = group.values[index.row()]
        checked = code in self._selected[group.facet]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._labels.value(group.facet, code)
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.AccessibleTextRole:
            number = QLocale().toString(count)
            if count == 1:
                text = QCoreApplication.translate("FacetModel", "{name}, {count} resource")
            else:
                text = QCoreApplication.translate("FacetModel", "{name}, {count} resources")
            text = text.format(name=self._labels.value(group.facet, code), count=number)
            return text + QCoreApplication.translate("FacetModel", ", selected") if checked else text
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{self._labels.value(group.facet, code)} ({code}): {QLocale().toString(count)}"
        values: dict[int, object] = {
            Roles.FACET: group.facet,
            Roles.VALUE: code,
            Roles.COUNT: count,
            Roles.IS_GROUP: False,
        }
        return values.get(role)

    def _group_data(self, group: _Group, role: int) -> Any:
        title = QCoreApplication.translate("Labels", str(FACET_TITLES[group.facet]))
        chosen = len(self._selected[group.facet])
        if role == Qt.ItemDataRole.DisplayRole:
            return title
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = QCoreApplication.translate("FacetModel", "{title} filter, {count} values")
            text = text.format(title=title, count=QLocale().toString(len(group.values)))
            if chosen:
                extra = QCoreApplication.translate("FacetModel", ", {count} selected")
                text += extra.format(count=QLocale().toString(chosen))
            return text
        values: dict[int, object] = {Roles.FACET: group.facet, Roles.IS_GROUP: True, Roles.VALUE: None}
        return values.get(role)

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.internalId() == 0:
            return False
        group = self._groups[index.internalId() - 1]
        code, _count = group.values[index.row()]
        checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        self.set_checked(group.facet, code, checked)
        return True

    def toggle(self, index: AnyIndex) -> None:
        if index.isValid() and index.internalId() != 0:
            state = self.data(index, Qt.ItemDataRole.CheckStateRole)
            self.setData(index, state != Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
