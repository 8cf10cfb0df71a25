"""GUI layer: the sidebar's model: bookmarks and notes, collections, recent and saved searches.

A tree of four fixed sections. Each reload hands in a whole `SidebarData`; the model works out
the rows that went and came, so a row that stayed keeps its place (and the keyboard focus) and
only gets `dataChanged`. Rows hold plain data (UserEntry, RecentEntry, SavedSearchInfo).
"""

from __future__ import annotations

import itertools
import logging
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from refdesk.core.types import RecentEntry, SavedSearchInfo, UserEntry

from .roles import Roles

log = logging.getLogger(__name__)

AnyIndex = QModelIndex | QPersistentModelIndex
_NO_PARENT = QModelIndex()

BOOKMARKS, COLLECTIONS, RECENT, SAVED = "bookmarks", "collections", "recent", "saved"
SECTION_TITLES = {
    BOOKMARKS: QT_TRANSLATE_NOOP("SidebarModel", "Bookmarks and notes"),
    COLLECTIONS: QT_TRANSLATE_NOOP("SidebarModel", "Collections"),
    RECENT: QT_TRANSLATE_NOOP("SidebarModel", "Recently viewed"),
    SAVED: QT_TRANSLATE_NOOP("SidebarModel", "Saved searches"),
}
HINTS = {
    BOOKMARKS: QT_TRANSLATE_NOOP("SidebarModel", "Ctrl+D bookmarks the resource you are reading"),
    COLLECTIONS: QT_TRANSLATE_NOOP("SidebarModel", "Ctrl+Shift+N starts a collection"),
    RECENT: QT_TRANSLATE_NOOP("SidebarModel", "Resources you look at are listed here"),
    SAVED: QT_TRANSLATE_NOOP("SidebarModel", "Ctrl+S saves the search you typed"),
}
MARKS = {"bookmark": "★", "note": "✎"}


@dataclass(frozen=True)
class SidebarData:
    """Everything the sidebar shows, read on a worker in one go."""

    entries: tuple[UserEntry, ...] = ()  # bookmarked or annotated resources, newest first
    collections: tuple[tuple[str, int], ...] = ()  # name, number of resources
    recent: tuple[RecentEntry, ...] = ()
    saved: tuple[SavedSearchInfo, ...] = ()
    titles: dict[str, str] = field(default_factory=dict)  # successors' titles, by id

    def entry(self, resource_id: str) -> UserEntry | None:
        return next((e for e in self.entries if e.id == resource_id), None)

    def members(self, collection: str) -> list[UserEntry]:
        return [e for e in self.entries if collection in e.collections]


def status_words(entry: UserEntry, titles: dict[str, str], *, short: bool = False) -> str:
    """The status of a saved entry in words ("" when it is current); `short` for the sidebar."""
    if entry.status == "changed":
        if short:
            return QCoreApplication.translate("SidebarModel", "New edition")
        return QCoreApplication.translate("SidebarModel", "New edition since you saved it")
    if entry.status == "superseded":
        successor = entry.superseded_by or ""
        text = QCoreApplication.translate("SidebarModel", "Superseded by {title}")
        return text.format(title=titles.get(successor, successor))
    if entry.status == "withdrawn":
        if short:
            return QCoreApplication.translate("SidebarModel", "Withdrawn")
        if entry.note:
            return QCoreApplication.translate(
                "SidebarModel", "Withdrawn from the catalogue — your note is kept"
            )
        return QCoreApplication.translate("SidebarModel", "Withdrawn from the catalogue")
    return ""


@dataclass(frozen=True)
class _Spec:
    kind: str
    key: str
    item: Any
    children: tuple[_Spec, ...] = ()


@dataclass(eq=False)
class _Node:
    uid: int
    kind: str
    key: str
    item: Any
    parent: _Node | None
    children: list[_Node] = field(default_factory=list)


class SidebarModel(QAbstractItemModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._uids = itertools.count(1)
        self._root = _Node(0, "root", "", None, None)
        self._nodes: dict[int, _Node] = {}
        self._titles: dict[str, str] = {}
        self.data_set = SidebarData()
        for key in SECTION_TITLES:
            self._root.children.append(self._build(self._root, _Spec("section", key, 0)))

    # -- filling -----------------------------------------------------------------------------

    def set_data(self, data: SidebarData) -> None:
        self.data_set = data
        self._titles = data.titles
        sections = {
            BOOKMARKS: [_Spec("entry", e.id, e) for e in data.entries],
            COLLECTIONS: [
                _Spec(
                    "collection",
                    name,
                    (name, count),
                    tuple(_Spec("entry", e.id, e) for e in data.members(name)),
                )
                for name, count in data.collections
            ],
            RECENT: [_Spec("recent", r.id, r) for r in data.recent],
            SAVED: [_Spec("saved", str(s.id), s) for s in data.saved],
        }
        for node in self._root.children:
            children = sections[node.key] or [_Spec("hint", node.key, node.key)]  # worded when shown
            count = len(sections[node.key])
            if node.item != count:
                node.item = count
                index = self._index_of(node)
                self.dataChanged.emit(index, index)
            self._sync(node, children)

    def retranslate(self) -> None:
        """The language changed: every row's words are new (section titles, hints, statuses)."""
        self._changed_below(self._root)

    def _changed_below(self, node: _Node) -> None:
        if node.children:
            parent = self._index_of(node)
            self.dataChanged.emit(self.index(0, 0, parent), self.index(len(node.children) - 1, 0, parent))
            for child in node.children:
                self._changed_below(child)

    def _build(self, parent: _Node, spec: _Spec) -> _Node:
        node = _Node(next(self._uids), spec.kind, spec.key, spec.item, parent)
        self._nodes[node.uid] = node
        node.children = [self._build(node, child) for child in spec.children]
        return node

    def _forget(self, node: _Node) -> None:
        self._nodes.pop(node.uid, None)
        for child in node.children:
            self._forget(child)

    def _sync(self, node: _Node, specs: list[_Spec] | tuple[_Spec, ...]) -> None:
        """Make `node`'s children match `specs` with exact row notifications."""
        parent = self._index_of(node)
        wanted = {(s.kind, s.key) for s in specs}
        for row in reversed(range(len(node.children))):
            child = node.children[row]
            if (child.kind, child.key) not in wanted:
                self.beginRemoveRows(parent, row, row)
                self._forget(child)
                del node.children[row]
                self.endRemoveRows()
        have = [(c.kind, c.key) for c in node.children]
        if [(s.kind, s.key) for s in specs if (s.kind, s.key) in set(have)] != have:
            self._replace(node, parent, specs)  # rows moved: a new order for this part only
            return
        for row, spec in enumerate(specs):
            children = node.children
            if row < len(children) and (children[row].kind, children[row].key) == (spec.kind, spec.key):
                child = children[row]
                if child.item != spec.item:
                    child.item = spec.item
                    index = self.index(row, 0, parent)
                    self.dataChanged.emit(index, index)
                self._sync(child, spec.children)
            else:
                self.beginInsertRows(parent, row, row)
                children.insert(row, self._build(node, spec))
                self.endInsertRows()

    def _replace(self, node: _Node, parent: QModelIndex, specs: list[_Spec] | tuple[_Spec, ...]) -> None:
        if node.children:
            self.beginRemoveRows(parent, 0, len(node.children) - 1)
            for child in node.children:
                self._forget(child)
            node.children = []
            self.endRemoveRows()
        if specs:
            self.beginInsertRows(parent, 0, len(specs) - 1)
            node.children = [self._build(node, spec) for spec in specs]
            self.endInsertRows()

    # -- reading -----------------------------------------------------------------------------

    def section_index(self, key: str) -> QModelIndex:
        row = next(i for i, node in enumerate(self._root.children) if node.key == key)
        return self.index(row, 0)

    def find(self, kind: str, key: str, section: str | None = None) -> QModelIndex:
        """The first row of `kind` with `key` (inside `section` when given)."""
        for row, top in enumerate(self._root.children):
            if section is not None and top.key != section:
                continue
            found = self._find_below(top, self.index(row, 0), kind, key)
            if found.isValid():
                return found
        return QModelIndex()

    def _find_below(self, node: _Node, index: QModelIndex, kind: str, key: str) -> QModelIndex:
        for row, child in enumerate(node.children):
            child_index = self.index(row, 0, index)
            if child.kind == kind and child.key == key:
                return child_index
            found = self._find_below(child, child_index, kind, key)
            if found.isValid():
                return found
        return QModelIndex()

    def _node(self, index: AnyIndex) -> _Node | None:
        return self._nodes.get(index.internalId()) if index.isValid() else None

    def _index_of(self, node: _Node) -> QModelIndex:
        if node.parent is None:
            return QModelIndex()
        return self.createIndex(node.parent.children.index(node), 0, node.uid)

    # -- Qt's model interface ------------------------------------------------------------------

    def index(self, row: int, column: int, parent: AnyIndex = _NO_PARENT) -> QModelIndex:
        owner = self._node(parent) if parent.isValid() else self._root
        if owner is None or column != 0 or not 0 <= row < len(owner.children):
            return QModelIndex()
        return self.createIndex(row, 0, owner.children[row].uid)

    def parent(self, index: AnyIndex = _NO_PARENT) -> QModelIndex:  # type: ignore[override]
        node = self._node(index)
        if node is None or node.parent is None or node.parent is self._root:
            return QModelIndex()
        return self._index_of(node.parent)

    def rowCount(self, parent: AnyIndex = _NO_PARENT) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        owner = self._node(parent) if parent.isValid() else self._root
        return len(owner.children) if owner is not None else 0

    def columnCount(self, parent: AnyIndex = _NO_PARENT) -> int:
        return 1

    def hasChildren(self, parent: AnyIndex = _NO_PARENT) -> bool:
        return self.rowCount(parent) > 0

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        node = self._node(index)
        if node is None:
            return Qt.ItemFlag.NoItemFlags
        if node.kind == "hint":
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if node.kind in ("entry", "recent", "saved"):
            flags |= Qt.ItemFlag.ItemNeverHasChildren
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self._node(index)
        if node is None:
            return None
        if role == Roles.KIND:
            return node.kind
        if role == Roles.ITEM:
            return node.item
        if role == Roles.SECTION:
            top = node
            while top.parent is not None and top.parent is not self._root:
                top = top.parent
            return top.key
        if role == Qt.ItemDataRole.FontRole and node.kind == "section":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and node.kind == "hint":
            return None  # the delegate paints hints in the placeholder colour
        return self._row_data(node, role)

    def _row_data(self, node: _Node, role: int) -> Any:
        item = node.item
        if node.kind == "section":
            return self._section_data(node, role)
        if node.kind == "hint":
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return QCoreApplication.translate("SidebarModel", str(HINTS[item]))
            return None
        if node.kind == "collection":
            name, count = item
            number = QLocale().toString(count)
            if count == 1:
                spoken = QCoreApplication.translate("SidebarModel", "Collection {name}, {count} resource")
                tip = QCoreApplication.translate(
                    "SidebarModel", "Collection “{name}”: {count} resource. F2 renames it."
                )
            else:
                spoken = QCoreApplication.translate("SidebarModel", "Collection {name}, {count} resources")
                tip = QCoreApplication.translate(
                    "SidebarModel", "Collection “{name}”: {count} resources. F2 renames it."
                )
            texts: dict[int, str] = {
                Qt.ItemDataRole.DisplayRole: f"{name} ({number})",
                Qt.ItemDataRole.AccessibleTextRole: spoken.format(name=name, count=number),
                Qt.ItemDataRole.ToolTipRole: tip.format(name=name, count=number),
            }
            return texts.get(role)
        if isinstance(item, UserEntry):
            return self._entry_data(item, role)
        if isinstance(item, RecentEntry):
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return item.title
            if role == Qt.ItemDataRole.AccessibleTextRole:
                text = QCoreApplication.translate("SidebarModel", "{title}, viewed {date}")
                return text.format(title=item.title, date=item.viewed[:10])
            return item.id if role == Roles.RESOURCE_ID else None
        if isinstance(item, SavedSearchInfo):
            return self._saved_data(item, role)
        return None

    def _section_data(self, node: _Node, role: int) -> Any:
        title = QCoreApplication.translate("SidebarModel", str(SECTION_TITLES[node.key]))
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{title} ({node.item})" if node.item else title
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = QCoreApplication.translate("SidebarModel", "{title}, {count} items")
            spoken = text.format(title=title, count=QLocale().toString(node.item or 0))
            if node.key == SAVED:
                fresh = sum(s.new_count for s in self.data_set.saved)
                if fresh:
                    extra = QCoreApplication.translate("SidebarModel", ", {count} new results")
                    spoken += extra.format(count=QLocale().toString(fresh))
            return spoken
        return None

    def _entry_data(self, entry: UserEntry, role: int) -> Any:
        words = status_words(entry, self._titles)
        if role == Qt.ItemDataRole.DisplayRole:
            return entry.title
        if role == Roles.RESOURCE_ID:
            return entry.id
        if role == Roles.STATUS:
            return entry.status
        if role == Roles.STATUS_TEXT:
            return status_words(entry, self._titles, short=True)
        if role == Roles.MARK:
            return MARKS["bookmark"] if entry.bookmarked else MARKS["note"]
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            if entry.bookmarked and entry.note:
                kind = QCoreApplication.translate("SidebarModel", "bookmarked, with a note")
            elif entry.bookmarked:
                kind = QCoreApplication.translate("SidebarModel", "bookmarked")
            else:
                kind = QCoreApplication.translate("SidebarModel", "with a note")
            parts = [entry.title, kind, words or QCoreApplication.translate("SidebarModel", "current")]
            if role == Qt.ItemDataRole.ToolTipRole and entry.note:
                parts.append(
                    QCoreApplication.translate("SidebarModel", "Note: {note}").format(note=entry.note[:200])
                )
            return ("\n" if role == Qt.ItemDataRole.ToolTipRole else ", ").join(parts)
        return None

    def _saved_data(self, saved: SavedSearchInfo, role: int) -> Any:
        fresh = QLocale().toString(saved.new_count)
        if role == Qt.ItemDataRole.DisplayRole:
            return saved.name
        if role == Roles.NEW_COUNT:
            return saved.new_count
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = QCoreApplication.translate("SidebarModel", "Saved search {name}").format(name=saved.name)
            if saved.new_count:
                since = QCoreApplication.translate(
                    "SidebarModel", ", {count} new results since the last update"
                )
                text += since.format(count=fresh)
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            query = saved.query or QCoreApplication.translate("SidebarModel", "everything")
            lines = [QCoreApplication.translate("SidebarModel", "Search for “{query}”").format(query=query)]
            if saved.new_count:
                since = QCoreApplication.translate(
                    "SidebarModel", "{count} new results since the last catalogue update"
                )
                lines.append(since.format(count=fresh))
            lines.append(QCoreApplication.translate("SidebarModel", "Enter runs it."))
            return "\n".join(lines)
        return None
