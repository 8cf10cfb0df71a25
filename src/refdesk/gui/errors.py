"""GUI layer: the last guard: unexpected errors go to the log and a calm dialog, never a traceback."""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from .i18n import Retranslatable

log = logging.getLogger(__name__)


class ErrorReporter(QObject):
    """Installs sys.excepthook (and threading.excepthook) while the window runs.

    The hook may run on any thread; the dialog is raised in the GUI thread through a signal.
    Dialogs are shown with open(), never exec(), so nothing modal blocks the event loop.
    """

    error_reported = Signal(str)

    def __init__(self, log_file: Path, parent_widget: QWidget | None = None) -> None:
        super().__init__(parent_widget)
        self.log_file = log_file
        self._parent_widget = parent_widget
        self.dialog: ErrorDialog | None = None
        self.count = 0
        self._previous = (sys.excepthook, threading.excepthook)
        self.error_reported.connect(self._on_self_error_reported, Qt.ConnectionType.QueuedConnection)

    def set_parent_widget(self, widget: QWidget) -> None:
        self.setParent(widget)
        self._parent_widget = widget

    def install(self) -> None:
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread

    def uninstall(self) -> None:
        sys.excepthook, threading.excepthook = self._previous

    def handle(self, kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QGuiApplication.quit()
            return
        log.error("unexpected error", exc_info=(kind, error, trace))
        self.error_reported.emit(kind.__name__)

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    @Slot(str)
    def _on_self_error_reported(self, kind: str) -> None:
        self.count += 1
        if self.dialog is not None and self.dialog.isVisible():
            return  # one dialog at a time; the log has every error
        self.dialog = self._make_dialog(kind)
        self.dialog.open()

    def _make_dialog(self, kind: str) -> ErrorDialog:
        dialog = ErrorDialog(kind, self.log_file, self._parent_widget)
        dialog.copy_button.clicked.connect(self._on_copy_clicked)
        return dialog

    @Slot()
    def _on_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(str(self.log_file))


class ErrorDialog(Retranslatable, QDialog):
    """What the user sees: what happened in plain words, and where the details are."""

    def __init__(self, kind: str, log_file: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("error_dialog")
        self._kind, self._log_file = kind, log_file
        self.setMinimumSize(460, 200)  # fixed limits: the layout never has to move them
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size, size)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        row.addWidget(icon)
        self.message = QLabel(self)
        self.message.setObjectName("error_message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self.message, 1)
        layout.addLayout(row)
        buttons = QDialogButtonBox(self)
        self.copy_button = buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setDefault(True)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._retranslate()

    def _retranslate(self) -> None:
        """The dialog's words in the current language (the close button's: Qt's QPlatformTheme)."""
        self.setWindowTitle(QCoreApplication.translate("ErrorDialog", "RefDesk — something went wrong"))
        self.setAccessibleName(QCoreApplication.translate("ErrorDialog", "Error"))
        self.setAccessibleDescription(
            QCoreApplication.translate(
                "ErrorDialog", "Something unexpected went wrong; the details are in {file}"
            ).format(file=self._log_file)
        )
        text = QCoreApplication.translate(
            "ErrorDialog",
            "<b>Something unexpected went wrong. You can keep working.</b><br><br>"
            "RefDesk wrote the details ({kind}) to its log file:<br><code>{file}</code><br><br>"
            "If it happens again, send that file to whoever supports RefDesk for you.",
        )
        self.message.setText(text.format(kind=self._kind, file=self._log_file))
        self.message.setAccessibleName(QCoreApplication.translate("ErrorDialog", "Error message"))
        self.copy_button.setText(QCoreApplication.translate("ErrorDialog", "Copy log location"))
        self.copy_button.setAccessibleName(QCoreApplication.translate("ErrorDialog", "Copy log location"))
        self.copy_button.setAccessibleDescription(
            QCoreApplication.translate("ErrorDialog", "Copy the path of the log file to the clipboard")
        )
        self.close_button.setAccessibleName(QCoreApplication.translate("ErrorDialog", "Close"))
        self.close_button.setAccessibleDescription(
            QCoreApplication.translate("ErrorDialog", "Close this message")
        )

    def text(self) -> str:
        return self.message.text()
