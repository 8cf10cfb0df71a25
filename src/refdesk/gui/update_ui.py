"""GUI layer: the update windows: the update dialog, "What changed", the settings and the network log.

Owns the dialogs (made when first needed, all non-modal) and connects them to the update
controller and the window, so the main window only holds one object for all of them.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Slot
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from refdesk.core.cancel import CancelToken
from refdesk.core.errors import RefdeskError

from . import update_jobs
from .i18n import data_size, format_date
from .network_log import NetworkLogDialog
from .update_dialog import UpdateDialog
from .update_jobs import UpdateSummary
from .update_settings import UpdateSettingsDialog
from .updates_controller import UpdateController
from .whats_changed import WhatChangedDialog

if TYPE_CHECKING:
    from refdesk.core.types import NetworkRequest
    from refdesk.services.bundle_export import ExportedBundle

    from .main_window import MainWindow

log = logging.getLogger(__name__)

# The task key of an export (general pool: it reads and writes files, no network).
EXPORT_KEY = "export-bundle"


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
        self.export_message: QMessageBox | None = None
        self._export_token: CancelToken | None = None
        self.controller.summary_ready.connect(self._on_controller_summary_ready)
        window.runner.progressed.connect(self._on_runner_progressed)

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
        dialog = self._file_dialog(
            "import_dialog",
            title,
            QCoreApplication.translate(
                "UpdateUi", "A .zip update bundle or a repository folder, e.g. on a USB stick"
            ),
        )
        dialog.setFileMode(mode)
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
        dialog.open()

    @Slot()
    def export_bundle(self) -> None:
        """Save the installed catalogue as a signed bundle for laptops that never get online."""
        if self._window.library is None or self._export_token is not None:
            return
        dialog = self._file_dialog(
            "export_dialog",
            QCoreApplication.translate("UpdateUi", "Export an update bundle"),
            QCoreApplication.translate(
                "UpdateUi", "Where to save the .zip bundle, e.g. on a USB stick for other laptops"
            ),
        )
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setDefaultSuffix("zip")
        dialog.setNameFilters([QCoreApplication.translate("UpdateUi", "Update bundles (*.zip)")])
        dialog.setDirectory(str(Path.home()))
        dialog.selectFile(f"refdesk-update-{date.today():%Y-%m-%d}.zip")
        dialog.fileSelected.connect(self.export_to)
        dialog.open()

    def _file_dialog(self, name: str, title: str, description: str) -> QFileDialog:
        """Qt's own file dialog (the same, tested, everywhere), non-modal, named for screen readers."""
        caption = QCoreApplication.translate("UpdateUi", "RefDesk — {title}").format(title=title.lower())
        dialog = QFileDialog(self._window, caption)
        dialog.setObjectName(name)
        dialog.setAccessibleName(title)
        dialog.setAccessibleDescription(description)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setMinimumSize(640, 420)  # fixed limits: the layout never has to move them
        dialog.resize(760, 480)
        self.file_dialog = dialog
        return dialog

    @Slot(str)
    def export_to(self, path: str) -> None:
        library = self._window.library
        if not path or library is None or self._export_token is not None:
            return
        out = Path(path if path.lower().endswith(".zip") else f"{path}.zip")
        token = self._export_token = CancelToken()
        runner = self._window.runner
        self._window.status.showMessage(
            QCoreApplication.translate("UpdateUi", "Exporting the catalogue to {file}…").format(file=out.name)
        )

        def progress(done: int, total: int) -> None:  # on the worker
            runner.report(EXPORT_KEY, f"{done}/{total}")

        runner.submit(
            EXPORT_KEY,
            lambda: update_jobs.export_bundle(library, out, progress, token),
            self._on_exported,
            self._on_export_failed,
        )

    @Slot(str, str)
    def _on_runner_progressed(self, key: str, message: str) -> None:
        if key != EXPORT_KEY or self._export_token is None:
            return
        done, _, total = message.partition("/")
        percent = 100 * int(done) // max(int(total), 1)
        self._window.status.showMessage(
            QCoreApplication.translate("UpdateUi", "Exporting the catalogue: {percent}%").format(
                percent=QLocale().toString(percent)
            )
        )

    def _on_exported(self, exported: ExportedBundle) -> None:
        self._export_token = None
        until = format_date(exported.expires, QLocale.FormatType.LongFormat)
        text = QCoreApplication.translate(
            "UpdateUi",
            "Saved version {version} of “{title}” to {file} ({size}).\n\nOther laptops install it with "
            "Updates › Import update from file…, until {date}; after that date they will refuse it, "
            "and a new bundle has to be exported after checking for updates online.",
        ).format(
            version=QLocale().toString(exported.version),
            title=exported.title,
            file=exported.path,
            size=data_size(exported.size),
            date=until,
        )
        self._window.status.showMessage(
            QCoreApplication.translate("UpdateUi", "Update bundle saved: {file}").format(
                file=exported.path.name
            ),
            10000,
        )
        self._message(QMessageBox.Icon.Information, text)

    def _on_export_failed(self, error: BaseException) -> None:
        self._export_token = None
        self._window.status.clearMessage()
        if not isinstance(error, RefdeskError):
            raise error
        log.warning("export failed: %s", error.message)
        self._message(QMessageBox.Icon.Warning, error.message)

    def _message(self, icon: QMessageBox.Icon, text: str) -> None:
        box = QMessageBox(icon, "RefDesk", text, QMessageBox.StandardButton.Ok, self._window)
        box.setObjectName("export_message")
        box.setAccessibleName(QCoreApplication.translate("UpdateUi", "Export update bundle"))
        self.export_message = box
        box.open()

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
        if self._export_token is not None:
            self._export_token.cancel()  # the partial .zip is removed; nothing else was touched


def _raise(dialog: QDialog) -> None:
    if dialog.isVisible():
        dialog.raise_()
    else:
        dialog.show()
    dialog.activateWindow()
