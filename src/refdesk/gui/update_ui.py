"""GUI layer: the update windows: the update dialog, "What changed", the settings and the network log.

Owns the dialogs (made when first needed, all non-modal) and connects them to the update
controller and the window, so the main window only holds one object for all of them.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtWidgets import QDialog, QFileDialog

from . import update_jobs
from .network_log import NetworkLogDialog
from .update_dialog import UpdateDialog
from .update_jobs import UpdateSummary
from .update_settings import UpdateSettingsDialog
from .updates_controller import UpdateController
from .whats_changed import WhatChangedDialog

if TYPE_CHECKING:
    from refdesk.core.types import NetworkRequest

    from .main_window import MainWindow

log = logging.getLogger(__name__)


class UpdateUi(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.controller = UpdateController(window)
        self.dialog: UpdateDialog | None = None
        self.changes: WhatChangedDialog | None = None
        self.settings: UpdateSettingsDialog | None = None
        self.network_log: NetworkLogDialog | None = None
        self.file_dialog: QFileDialog | None = None
        self.controller.summary_ready.connect(self._on_controller_summary_ready)

    # -- the actions -----------------------------------------------------------------------------

    @Slot()
    def check(self) -> None:
        """Check for updates (on demand) and show what one would bring."""
        self.show_dialog()
        if not self.controller.busy and self.controller.state.phase not in ("paused", "available"):
            self.controller.check()

    def show_dialog(self) -> UpdateDialog:
        if self.dialog is None:
            self.dialog = UpdateDialog(self.controller, self._window)
            self.dialog.settings_requested.connect(self.show_settings)
            self.dialog.import_requested.connect(self.import_file)
            self.dialog.changes_requested.connect(self.controller.show_last_changes)
        _raise(self.dialog)
        return self.dialog

    @Slot()
    def import_file(self) -> None:
        self._choose(
            QCoreApplication.translate("UpdateUi", "Import an update bundle"),
            QFileDialog.FileMode.ExistingFile,
        )

    @Slot()
    def import_folder(self) -> None:
        self._choose(
            QCoreApplication.translate("UpdateUi", "Import an update folder"), QFileDialog.FileMode.Directory
        )

    def _choose(self, title: str, mode: QFileDialog.FileMode) -> None:
        caption = QCoreApplication.translate("UpdateUi", "RefDesk — {title}").format(title=title.lower())
        dialog = QFileDialog(self._window, caption)
        dialog.setObjectName("import_dialog")
        dialog.setAccessibleName(title)
        dialog.setAccessibleDescription(
            QCoreApplication.translate(
                "UpdateUi", "A .zip update bundle or a repository folder, e.g. on a USB stick"
            )
        )
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)  # the same, tested, everywhere
        dialog.setFileMode(mode)
        dialog.setMinimumSize(640, 420)  # fixed limits: the layout never has to move them
        dialog.resize(760, 480)
        if mode == QFileDialog.FileMode.ExistingFile:
            dialog.setNameFilters(
                [
                    QCoreApplication.translate("UpdateUi", "Update bundles (*.zip)"),
                    QCoreApplication.translate("UpdateUi", "All files (*)"),
                ]
            )
        else:
            dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.fileSelected.connect(self.import_path)
        self.file_dialog = dialog
        dialog.open()

    @Slot(str)
    def import_path(self, path: str) -> None:
        if not path:
            return
        self.show_dialog()
        if not self.controller.busy:
            self.controller.import_from(path)

    @Slot()
    def show_changes(self) -> None:
        self.controller.show_last_changes()

    @Slot()
    def show_settings(self) -> None:
        if self.settings is None:
            self.settings = UpdateSettingsDialog(self._window.store.settings, self._window)
            self.settings.saved.connect(self._on_settings_saved)
            self.settings.network_log_requested.connect(self.show_network_log)
            self.settings.finished.connect(self._on_settings_finished)
        _raise(self.settings)

    @Slot()
    def show_network_log(self) -> None:
        if self.network_log is None:
            self.network_log = NetworkLogDialog(self._window)
            self.network_log.refresh_requested.connect(self._load_network_log)
        self._load_network_log()
        _raise(self.network_log)

    # -- results -----------------------------------------------------------------------------------

    @Slot(object)
    def _on_controller_summary_ready(self, summary: UpdateSummary) -> None:
        if self.changes is None:
            self.changes = WhatChangedDialog(self._window)
            self.changes.resource_requested.connect(self._window.show_resource)
            self.changes.saved_search_requested.connect(self._window.kit.run_saved_search)
        self.changes.show_summary(summary)
        _raise(self.changes)

    @Slot(dict)
    def _on_settings_saved(self, changes: dict) -> None:
        self._window.store.update(**changes)
        self._window.status.showMessage(
            QCoreApplication.translate("UpdateUi", "Update settings saved."), 5000
        )

    @Slot(int)
    def _on_settings_finished(self, _result: int) -> None:
        if self.settings is not None:
            self.settings.deleteLater()  # fresh values next time
            self.settings = None

    @Slot()
    def _load_network_log(self) -> None:
        library = self._window.library
        if library is not None:
            self._window.runner.submit(
                "network-log", lambda: update_jobs.network_requests(library), self._on_log
            )

    def _on_log(self, requests: list[NetworkRequest]) -> None:
        if self.network_log is not None:
            self.network_log.show_requests(requests)

    def shutdown(self) -> None:
        self.controller.shutdown()


def _raise(dialog: QDialog) -> None:
    if dialog.isVisible():
        dialog.raise_()
    else:
        dialog.show()
    dialog.activateWindow()
