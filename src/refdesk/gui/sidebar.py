"""GUI layer: the sidebar: bookmarks and notes, collections, recent resources and saved searches.

The panel only shows and reports intent (`resource_activated`, `remove_requested`, ...); the kit
controller does the work. Statuses are painted as a coloured mark *and* words, so they read the
same without colour.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor, QContextMenuEvent, QFont, QFontMetrics, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHBoxLayout,
    QMainWindow,
    QMenu,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from refdesk.core.types import UserEntry

from .i18n import Retranslatable
from .roles import Roles
from .sidebar_model import BOOKMARKS, COLLECTIONS, SidebarModel
from .theme import LIGHT, Colours

log = logging.getLogger(__name__)

STATUS_MARKS = {"changed": "●", "superseded": "↪", "withdrawn": "⊘"}
PAD = 4


class SidebarDelegate(QStyledItemDelegate):
    """Entries: a mark, the title, and under it the status in words; saved searches: "3 new"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.colours: Colours = LIGHT

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        if index.data(Roles.STATUS_TEXT):
            size.setHeight(size.height() + option.fontMetrics.height() + 2)
        return size

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        kind = index.data(Roles.KIND)
        if kind not in ("entry", "saved", "hint"):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, opt.text = opt.text, ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        pen = opt.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        metrics = opt.fontMetrics
        line = QRect(opt.rect.left() + PAD, opt.rect.top(), opt.rect.width() - 2 * PAD, metrics.height() + 4)
        painter.save()
        if kind == "hint":
            font = QFont(opt.font)
            font.setItalic(True)
            painter.setFont(font)
            painter.setPen(opt.palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                line,
                int(Qt.AlignmentFlag.AlignVCenter),
                metrics.elidedText(text, Qt.TextElideMode.ElideRight, line.width()),
            )
        elif kind == "saved":
            self._paint_saved(painter, line, text, index.data(Roles.NEW_COUNT) or 0, pen, opt)
        else:
            self._paint_entry(painter, opt, line, text, index, pen, selected)
        painter.restore()

    def _paint_entry(
        self,
        painter: QPainter,
        opt: QStyleOptionViewItem,
        line: QRect,
        title: str,
        index: QModelIndex | QPersistentModelIndex,
        pen: QColor,
        selected: bool,
    ) -> None:
        metrics = opt.fontMetrics
        mark = index.data(Roles.MARK) or ""
        mark_width = metrics.horizontalAdvance("★ ")
        painter.setPen(pen)
        painter.drawText(line, int(Qt.AlignmentFlag.AlignVCenter), mark)
        room = line.adjusted(mark_width, 0, 0, 0)
        painter.drawText(
            room,
            int(Qt.AlignmentFlag.AlignVCenter),
            metrics.elidedText(title, Qt.TextElideMode.ElideRight, room.width()),
        )
        words = index.data(Roles.STATUS_TEXT)
        if not words:
            return
        status = index.data(Roles.STATUS)
        colour = getattr(self.colours, status, self.colours.muted_text)
        below = room.translated(0, line.height() - 2)
        font = QFont(opt.font)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(pen if selected else colour)
        text = f"{STATUS_MARKS.get(status, '')} {words}"
        painter.drawText(
            below,
            int(Qt.AlignmentFlag.AlignVCenter),
            painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, below.width()),
        )

    def _paint_saved(
        self, painter: QPainter, line: QRect, name: str, fresh: int, pen: QColor, opt: QStyleOptionViewItem
    ) -> None:
        metrics = opt.fontMetrics
        pill_width = 0
        if fresh:
            label = QCoreApplication.translate("SidebarDelegate", "{count} new")
            label = label.format(count=QLocale().toString(fresh))
            font = QFont(opt.font)
            font.setBold(True)
            pill_width = QFontMetrics(font).horizontalAdvance(label) + 18
            pill = QRect(line.right() - pill_width, line.top() + 3, pill_width, line.height() - 6)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.colours.changed)
            painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
            painter.setFont(font)
            painter.setPen(opt.palette.color(QPalette.ColorRole.Base))
            painter.drawText(pill, int(Qt.AlignmentFlag.AlignCenter), label)
            painter.setFont(opt.font)
        painter.setPen(pen)
        room = line.adjusted(0, 0, -(pill_width + 6), 0)
        painter.drawText(
            room,
            int(Qt.AlignmentFlag.AlignVCenter),
            metrics.elidedText(f"⌕ {name}", Qt.TextElideMode.ElideRight, room.width()),
        )


class SidebarTree(QTreeView):
    """Enter opens a row; F2 renames a collection; Delete removes; the menu key opens the menu."""

    activated_row = Signal(QModelIndex)
    rename_pressed = Signal(QModelIndex)
    delete_pressed = Signal(QModelIndex)
    menu_requested = Signal(QModelIndex, QPoint)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, index = event.key(), self.currentIndex()
        if not event.modifiers() and index.isValid():
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.activated_row.emit(index)
                event.accept()
                return
            if key == Qt.Key.Key_F2:
                self.rename_pressed.emit(index)
                event.accept()
                return
            if key == Qt.Key.Key_Delete:
                self.delete_pressed.emit(index)
                event.accept()
                return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            index = self.currentIndex()
            point = self.visualRect(index).center()
        else:
            point = event.pos()
            index = self.indexAt(point)
        if index.isValid():
            self.menu_requested.emit(index, self.viewport().mapToGlobal(point))
            event.accept()


class SidebarPanel(Retranslatable, QWidget):
    """The tree and the buttons for collections and saved searches."""

    resource_activated = Signal(str)
    saved_search_activated = Signal(int)
    new_collection_requested = Signal()
    rename_requested = Signal(str)  # collection name
    # what: "bookmark" (id), "from_collection" (id, collection), "collection" (name), "saved" (id)
    remove_requested = Signal(str, str, str)
    acknowledge_requested = Signal(str)
    successor_requested = Signal(str)
    save_search_requested = Signal()

    def __init__(self, model: SidebarModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        self.model = model
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 4, 6)
        self.tree = SidebarTree(self)
        self.tree.setObjectName("sidebar_tree")
        self.tree.setModel(model)
        self.tree.setHeaderHidden(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAnimated(False)
        self.tree.setIndentation(14)
        self.delegate = SidebarDelegate(self.tree)
        self.tree.setItemDelegate(self.delegate)
        layout.addWidget(self.tree, 1)
        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        self.new_button = self._button("new_collection")
        self.rename_button = self._button("rename_collection")
        self.remove_button = self._button("remove_item")
        for button in (self.new_button, self.rename_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.new_button.clicked.connect(self.new_collection_requested)
        self.rename_button.clicked.connect(self._on_rename_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.tree.activated_row.connect(self._activate)
        self.tree.clicked.connect(self._on_tree_clicked)
        self.tree.rename_pressed.connect(self._rename)
        self.tree.delete_pressed.connect(self._remove)
        self.tree.menu_requested.connect(self._on_tree_menu_requested)
        self.tree.selectionModel().currentChanged.connect(self._on_current_changed)
        model.rowsInserted.connect(self._on_model_rows_inserted)
        self.menu: QMenu | None = None
        self.tree.expandAll()
        self._retranslate()

    def _language_changed(self) -> None:
        self._retranslate()
        self.model.retranslate()

    def _retranslate(self) -> None:
        """Every word of the panel in the current language (at start and on a change of language)."""
        self.tree.setAccessibleName(
            QCoreApplication.translate("SidebarPanel", "Bookmarks, collections, recent and saved searches")
        )
        self.tree.setAccessibleDescription(
            QCoreApplication.translate(
                "SidebarPanel",
                "Enter opens a resource or runs a saved search; F2 renames a collection; Delete removes "
                "a bookmark, a collection or a saved search; the menu key lists more actions.",
            )
        )
        for button, text, accessible, description in (
            (
                self.new_button,
                QCoreApplication.translate("SidebarPanel", "New collection…"),
                QCoreApplication.translate("SidebarPanel", "New collection"),
                QCoreApplication.translate("SidebarPanel", "Start an empty collection (Ctrl+Shift+N)"),
            ),
            (
                self.rename_button,
                QCoreApplication.translate("SidebarPanel", "Rename…"),
                QCoreApplication.translate("SidebarPanel", "Rename collection"),
                QCoreApplication.translate("SidebarPanel", "Rename the selected collection (F2)"),
            ),
            (
                self.remove_button,
                QCoreApplication.translate("SidebarPanel", "Remove"),
                QCoreApplication.translate("SidebarPanel", "Remove"),
                QCoreApplication.translate(
                    "SidebarPanel", "Remove the selected bookmark, collection or saved search (Delete)"
                ),
            ),
        ):
            button.setText(text)
            button.setAccessibleName(accessible)
            button.setAccessibleDescription(description)
            button.setToolTip(description)
        self._on_current_changed(self.tree.currentIndex(), QModelIndex())

    def _button(self, name: str) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        return button

    def set_colours(self, colours: Colours) -> None:
        self.delegate.colours = colours
        self.tree.viewport().update()

    def focus(self) -> None:
        self.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not self.tree.currentIndex().isValid():
            self.tree.setCurrentIndex(self.model.index(0, 0))

    # -- intent --------------------------------------------------------------------------------

    @Slot(QModelIndex)
    def _activate(self, index: QModelIndex) -> None:
        kind = index.data(Roles.KIND)
        if kind in ("entry", "recent"):
            self.resource_activated.emit(index.data(Roles.RESOURCE_ID))
        elif kind == "saved":
            self.saved_search_activated.emit(index.data(Roles.ITEM).id)
        elif kind in ("section", "collection"):
            self.tree.setExpanded(index, not self.tree.isExpanded(index))

    @Slot(QModelIndex)
    def _on_tree_clicked(self, index: QModelIndex) -> None:
        if index.data(Roles.KIND) in ("entry", "recent", "saved"):  # groups open with their arrow
            self._activate(index)

    @Slot(QModelIndex)
    def _rename(self, index: QModelIndex) -> None:
        if index.data(Roles.KIND) == "collection":
            self.rename_requested.emit(_collection_of(index))

    @Slot(QModelIndex)
    def _remove(self, index: QModelIndex) -> None:
        kind = index.data(Roles.KIND)
        if kind == "entry":
            parent = index.parent()
            if parent.data(Roles.KIND) == "collection":
                self.remove_requested.emit(
                    "from_collection", index.data(Roles.RESOURCE_ID), _collection_of(parent)
                )
            elif index.data(Roles.ITEM).bookmarked:
                self.remove_requested.emit("bookmark", index.data(Roles.RESOURCE_ID), "")
        elif kind == "collection":
            self.remove_requested.emit("collection", _collection_of(index), "")
        elif kind == "saved":
            self.remove_requested.emit("saved", str(index.data(Roles.ITEM).id), "")

    @Slot()
    def _on_rename_clicked(self) -> None:
        self._rename(self.tree.currentIndex())

    @Slot()
    def _on_remove_clicked(self) -> None:
        self._remove(self.tree.currentIndex())

    @Slot(QModelIndex, QPoint)
    def _on_tree_menu_requested(self, index: QModelIndex, where: QPoint) -> None:
        menu = QMenu(self)
        menu.setObjectName("sidebar_menu")
        menu.setAccessibleName(QCoreApplication.translate("SidebarPanel", "Sidebar actions"))
        kind = index.data(Roles.KIND)
        entry = index.data(Roles.ITEM)
        if kind in ("entry", "recent", "saved"):
            text = (
                QCoreApplication.translate("SidebarPanel", "Open")
                if kind != "saved"
                else QCoreApplication.translate("SidebarPanel", "Run this search")
            )
            menu.addAction(text, lambda: self._activate(index))
        if isinstance(entry, UserEntry) and entry.status == "changed":
            menu.addAction(
                QCoreApplication.translate("SidebarPanel", "Acknowledge the new edition"),
                lambda: self.acknowledge_requested.emit(entry.id),
            )
        if isinstance(entry, UserEntry) and entry.status == "superseded" and entry.superseded_by:
            successor = entry.superseded_by
            menu.addAction(
                QCoreApplication.translate("SidebarPanel", "Open the new edition"),
                lambda: self.successor_requested.emit(successor),
            )
        if kind == "collection":
            menu.addAction(QCoreApplication.translate("SidebarPanel", "Rename…"), lambda: self._rename(index))
        if kind in ("entry", "collection", "saved") and self._removable(index):
            menu.addAction(self._remove_text(index), lambda: self._remove(index))
        menu.addSeparator()
        menu.addAction(
            QCoreApplication.translate("SidebarPanel", "New collection…"), self.new_collection_requested.emit
        )
        self.menu = menu
        menu.popup(where)  # never exec(): nothing modal may hold the event loop

    def _removable(self, index: QModelIndex) -> bool:
        if index.data(Roles.KIND) != "entry":
            return index.data(Roles.KIND) in ("collection", "saved")
        return index.parent().data(Roles.KIND) == "collection" or bool(index.data(Roles.ITEM).bookmarked)

    @staticmethod
    def _remove_text(index: QModelIndex) -> str:
        kind = index.data(Roles.KIND)
        if kind == "collection":
            return QCoreApplication.translate("SidebarPanel", "Delete the collection (the bookmarks stay)")
        if kind == "saved":
            return QCoreApplication.translate("SidebarPanel", "Delete the saved search")
        if index.parent().data(Roles.KIND) == "collection":
            return QCoreApplication.translate("SidebarPanel", "Remove from this collection")
        return QCoreApplication.translate("SidebarPanel", "Remove the bookmark (the note stays)")

    @Slot(QModelIndex, QModelIndex)
    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.rename_button.setEnabled(current.data(Roles.KIND) == "collection")
        self.remove_button.setEnabled(current.isValid() and self._removable(current))
        if current.isValid():
            self.remove_button.setToolTip(f"{self._remove_text(current)} (Delete)")

    @Slot(QModelIndex, int, int)
    def _on_model_rows_inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        if parent.isValid() and parent.data(Roles.SECTION) in (BOOKMARKS, COLLECTIONS):
            self.tree.expand(parent)
            for row in range(first, last + 1):  # a new collection opens to show what is in it
                child = self.model.index(row, 0, parent)
                if child.data(Roles.KIND) == "collection":
                    self.tree.expand(child)
        self._on_current_changed(self.tree.currentIndex(), QModelIndex())


class SidebarDock(Retranslatable, QDockWidget):
    """The dock the sidebar sits in; its title follows the window's language."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._retranslate()

    def _retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("Sidebar", "Bookmarks"))
        self.setAccessibleName(QCoreApplication.translate("Sidebar", "Bookmarks sidebar"))
        self.setAccessibleDescription(
            QCoreApplication.translate(
                "Sidebar", "Your bookmarks, notes, collections, recent resources and saved searches"
            )
        )


def make_dock(window: QMainWindow, panel: SidebarPanel) -> QDockWidget:
    """The sidebar in a dock on the left: it can be hidden (Ctrl+B), not floated or moved."""
    dock = SidebarDock(window)
    dock.setObjectName("sidebar_dock")  # saveState() finds it by name
    dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable)
    dock.setAllowedAreas(Qt.DockWidgetArea.LeftDockWidgetArea)
    dock.setWidget(panel)
    dock.setMinimumWidth(200)
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
    window.resizeDocks([dock], [270], Qt.Orientation.Horizontal)
    return dock


def _collection_of(index: QModelIndex) -> str:
    name, _count = index.data(Roles.ITEM)
    return str(name)
