"""GUI layer: the network log: every request RefDesk sent, newest first, so an officer can check
that nothing left the laptop but the update requests they allowed."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from refdesk.core.types import NetworkRequest

from .i18n import Retranslatable, data_size

log = logging.getLogger(__name__)

AnyIndex = QModelIndex | QPersistentModelIndex
_NO_PARENT = QModelIndex()
COLUMNS = (
    QT_TRANSLATE_NOOP("NetworkLogDialog", "Time (UTC)"),
    QT_TRANSLATE_NOOP("NetworkLogDialog", "Method"),
    QT_TRANSLATE_NOOP("NetworkLogDialog", "Address"),
    QT_TRANSLATE_NOOP("NetworkLogDialog", "Status"),
    QT_TRANSLATE_NOOP("NetworkLogDialog", "Received"),
    QT_TRANSLATE_NOOP("NetworkLogDialog", "Took"),
)


class NetworkLogModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[NetworkRequest] = []

    def set_requests(self, requests: list[NetworkRequest]) -> None:
        """A new reading of the log file: the whole set is replaced."""
        self.beginResetModel()
        self._rows = list(reversed(requests))
        self.endResetModel()

    def request(self, row: int) -> NetworkRequest | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def retranslate(self) -> None:
        """The language changed: the column titles and the words in the rows are new."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(COLUMNS) - 1))

    def rowCount(self, parent: AnyIndex = _NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = _NO_PARENT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and section < len(COLUMNS)
        ):
            return QCoreApplication.translate("NetworkLogDialog", str(COLUMNS[section]))
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        request = self.request(index.row()) if index.isValid() else None
        if request is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            status = (
                str(request.status)
                if request.status is not None
                else QCoreApplication.translate("NetworkLogModel", "no answer")
            )
            cells = (
                request.time.replace("T", " ").split("+")[0],
                request.method,
                request.url,
                f"{status} {request.error}".strip() if role == Qt.ItemDataRole.ToolTipRole else status,
                data_size(request.bytes),
                f"{request.ms} ms",
            )
            return cells[index.column()] if index.column() < len(cells) else None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            answer = (
                request.status
                if request.status is not None
                else QCoreApplication.translate("NetworkLogModel", "no answer")
            )
            return f"{request.method} {request.url}, {answer}, {data_size(request.bytes)}, {request.time}"
        return None


class NetworkLogDialog(Retranslatable, QDialog):
    refresh_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("network_log")
        self.resize(820, 420)
        self.setMinimumSize(480, 260)
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("network_log_summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.model = NetworkLogModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("network_log_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        rows = self.table.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # the host and the file name both show
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.refresh_button = QPushButton(self)
        self.refresh_button.setObjectName("network_log_refresh")
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("network_log_close")
        buttons.addWidget(self.refresh_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.refresh_button.clicked.connect(self.refresh_requested)
        self.close_button.clicked.connect(self.reject)
        self._requests: list[NetworkRequest] | None = None  # the last reading of the log, if any
        self._retranslate()

    def _language_changed(self) -> None:
        self._retranslate()
        self.model.retranslate()
        if self._requests is not None:
            self._show_summary(self._requests)

    def _retranslate(self) -> None:
        """Every word of the dialog in the current language (at start and on a change of language)."""
        self.setWindowTitle(QCoreApplication.translate("NetworkLogDialog", "RefDesk — network log"))
        self.setAccessibleName(QCoreApplication.translate("NetworkLogDialog", "Network log"))
        self.setAccessibleDescription(
            QCoreApplication.translate(
                "NetworkLogDialog", "Every request RefDesk sent over the network, newest first"
            )
        )
        self.summary.setAccessibleName(QCoreApplication.translate("NetworkLogDialog", "Summary"))
        self.table.setAccessibleName(QCoreApplication.translate("NetworkLogDialog", "Requests"))
        self.table.setAccessibleDescription(
            QCoreApplication.translate(
                "NetworkLogDialog", "One row per request: time, method, address, status, bytes received"
            )
        )
        self.refresh_button.setText(QCoreApplication.translate("NetworkLogDialog", "Refresh"))
        self.refresh_button.setAccessibleName(QCoreApplication.translate("NetworkLogDialog", "Refresh"))
        self.refresh_button.setAccessibleDescription(
            QCoreApplication.translate("NetworkLogDialog", "Read the log again")
        )
        self.close_button.setText(QCoreApplication.translate("NetworkLogDialog", "Close"))
        self.close_button.setAccessibleName(QCoreApplication.translate("NetworkLogDialog", "Close"))
        self.close_button.setAccessibleDescription(
            QCoreApplication.translate("NetworkLogDialog", "Close the network log")
        )

    def show_requests(self, requests: list[NetworkRequest]) -> None:
        self.model.set_requests(requests)
        self._requests = list(requests)
        self._show_summary(requests)

    def _show_summary(self, requests: list[NetworkRequest]) -> None:
        if not requests:
            self.summary.setText(
                QCoreApplication.translate(
                    "NetworkLogDialog",
                    "RefDesk has sent no request from this laptop: it works offline and only goes online "
                    "to check for updates when you ask it to.",
                )
            )
        else:
            total = sum(r.bytes for r in requests)
            if len(requests) == 1:
                text = QCoreApplication.translate(
                    "NetworkLogDialog",
                    "{count} request, {size} received: every request RefDesk made, all of them update checks "
                    "and downloads. Searches, bookmarks and notes never leave this laptop.",
                )
            else:
                text = QCoreApplication.translate(
                    "NetworkLogDialog",
                    "{count} requests, {size} received: every request RefDesk made, all of them update "
                    "checks and downloads. Searches, bookmarks and notes never leave this laptop.",
                )
            self.summary.setText(text.format(count=QLocale().toString(len(requests)), size=data_size(total)))
        self.summary.setAccessibleDescription(self.summary.text())
