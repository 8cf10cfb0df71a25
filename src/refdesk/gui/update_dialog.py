"""GUI layer: the update dialog: what an update brings before it downloads, then its progress.

Non-modal (shown with show(), never exec()); it only paints the controller's `UpdateState` and
turns buttons into calls on the controller. Closing it does not stop an update.
"""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .i18n import Retranslatable, data_size
from .updates_controller import UpdateController, UpdateState

log = logging.getLogger(__name__)


def _counts(added: int | None, changed: int | None, removed: int | None) -> str:
    if added is None or changed is None or removed is None:
        return QCoreApplication.translate(
            "UpdateDialog",
            "The number of added, changed and removed resources is known once it is downloaded.",
        )
    number = QLocale().toString
    text = QCoreApplication.translate(
        "UpdateDialog", "Resources: {added} added, {changed} changed, {removed} removed."
    )
    return text.format(added=number(added), changed=number(changed), removed=number(removed))


def describe(state: UpdateState) -> tuple[str, str]:
    """The heading and the explanation (HTML) for a state."""
    plan, result = state.plan, state.result
    where = ", ".join(state.sources[:1])
    if len(state.sources) > 1:
        where = QCoreApplication.translate("UpdateDialog", "{source} (and mirrors)").format(source=where)
    where = html.escape(where)
    if state.phase == "no-sources":
        return QCoreApplication.translate(
            "UpdateDialog", "No update source is set"
        ), QCoreApplication.translate(
            "UpdateDialog",
            "Add the address of the publisher's update site, or a mirror, in <b>Update settings</b> "
            "(Ctrl+,). Without a connection, import an update from a file or a USB stick instead "
            "(Ctrl+Shift+U).",
        )
    if state.phase == "checking":
        return (
            QCoreApplication.translate("UpdateDialog", "Checking for updates…"),
            QCoreApplication.translate(
                "UpdateDialog", "Asking {where} for the latest signed release."
            ).format(where=where),
        )
    if state.phase == "up-to-date" and plan is not None:
        text = QCoreApplication.translate("UpdateDialog", "Version {version} is installed; checked {where}.")
        return (
            QCoreApplication.translate("UpdateDialog", "The catalogue is up to date"),
            text.format(version=plan.to_version, where=where),
        )
    if state.phase in ("available", "paused", "running") and plan is not None:
        return _describe_plan(state)
    if state.phase == "done" and result is not None:
        if result.status != "updated":
            text = QCoreApplication.translate("UpdateDialog", "Version {version} is installed.")
            return (
                QCoreApplication.translate("UpdateDialog", "The catalogue is up to date"),
                text.format(version=result.to_version),
            )
        if state.local:
            text = QCoreApplication.translate(
                "UpdateDialog",
                "{counts} {size} read. <b>What changed</b> lists them, with your bookmarks and saved "
                "searches they concern.",
            )
        else:
            text = QCoreApplication.translate(
                "UpdateDialog",
                "{counts} {size} downloaded. <b>What changed</b> lists them, with your bookmarks and saved "
                "searches they concern.",
            )
        heading = QCoreApplication.translate("UpdateDialog", "Updated to version {version}")
        return heading.format(version=result.to_version), text.format(
            counts=_counts(result.added, result.changed, result.removed),
            size=data_size(result.downloaded_bytes),
        )
    if state.phase == "failed":
        text = QCoreApplication.translate(
            "UpdateDialog", "{reason}<br>The installed catalogue was not changed."
        )
        return (
            QCoreApplication.translate("UpdateDialog", "The update did not work"),
            text.format(reason=html.escape(state.message)),
        )
    if state.phase == "cancelled":
        return (
            QCoreApplication.translate("UpdateDialog", "Update cancelled"),
            QCoreApplication.translate(
                "UpdateDialog", "Nothing was changed; the installed catalogue is still in use."
            ),
        )
    return (
        QCoreApplication.translate("UpdateDialog", "Catalogue updates"),
        QCoreApplication.translate("UpdateDialog", "Check for a newer signed release of the catalogue."),
    )


def _describe_plan(state: UpdateState) -> tuple[str, str]:
    """An update on offer, paused or running: what it brings and from where."""
    plan = state.plan
    assert plan is not None
    where = ", ".join(state.sources[:1])
    if len(state.sources) > 1:
        where = QCoreApplication.translate("UpdateDialog", "{source} (and mirrors)").format(source=where)
    where = html.escape(where)
    if plan.from_version is not None:
        have = QCoreApplication.translate("UpdateDialog", "version {version}").format(
            version=plan.from_version
        )
    else:
        have = QCoreApplication.translate("UpdateDialog", "no catalogue")
    if plan.method == "delta":
        method = QCoreApplication.translate("UpdateDialog", "only the changes")
    else:
        method = QCoreApplication.translate("UpdateDialog", "the whole catalogue")
    if state.local:
        text = QCoreApplication.translate(
            "UpdateDialog",
            "You have {have}. {counts}<br><b>{size}</b> to read ({method}), from {where}.<br>"
            "Your bookmarks, notes and collections are kept.",
        )
    else:
        text = QCoreApplication.translate(
            "UpdateDialog",
            "You have {have}. {counts}<br><b>{size}</b> to download ({method}), from {where}.<br>"
            "Your bookmarks, notes and collections are kept.",
        )
    body = text.format(
        have=have,
        counts=_counts(plan.added, plan.changed, plan.removed),
        size=data_size(plan.downloaded_bytes),
        method=method,
        where=where,
    )
    headings = {
        "available": QCoreApplication.translate("UpdateDialog", "Version {version} is available"),
        "paused": QCoreApplication.translate("UpdateDialog", "Paused: version {version}"),
        "running": QCoreApplication.translate("UpdateDialog", "Updating to version {version}…"),
    }
    if state.phase == "paused":
        body += "<br>" + QCoreApplication.translate(
            "UpdateDialog", "Resume continues where the download stopped, even after RefDesk was closed."
        )
    return headings[state.phase].format(version=plan.to_version), body


class UpdateDialog(Retranslatable, QDialog):
    settings_requested = Signal()
    import_requested = Signal()
    changes_requested = Signal()

    def __init__(self, controller: UpdateController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("update_dialog")
        self.setMinimumSize(520, 240)
        layout = QVBoxLayout(self)
        self.heading = QLabel(self)
        self.heading.setObjectName("update_heading")
        font = QFont(self.heading.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.heading.setFont(font)
        layout.addWidget(self.heading)
        self.details = QLabel(self)
        self.details.setObjectName("update_details")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.details)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("update_progress")
        self.progress_text = QLabel(self)
        self.progress_text.setObjectName("update_progress_text")
        layout.addWidget(self.progress)
        layout.addWidget(self.progress_text)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        self.primary = self._button("update_primary")
        self.pause_button = self._button("update_pause")
        self.cancel_button = self._button("update_cancel")
        self.changes_button = self._button("update_changes")
        self.settings_button = self._button("update_settings")
        self.import_button = self._button("update_import")
        self.close_button = self._button("update_close")
        for button in (self.primary, self.pause_button, self.cancel_button, self.changes_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.settings_button, self.import_button, self.close_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self._retranslate()
        self.primary.clicked.connect(self._on_primary_clicked)
        self.pause_button.clicked.connect(controller.pause)
        self.cancel_button.clicked.connect(controller.cancel)
        self.changes_button.clicked.connect(self.changes_requested)
        self.settings_button.clicked.connect(self.settings_requested)
        self.import_button.clicked.connect(self.import_requested)
        self.close_button.clicked.connect(self.reject)
        controller.state_changed.connect(self.show_state)
        self.show_state(controller.state)

    def _retranslate(self) -> None:
        """Every fixed word of the dialog in the window's language (again on LanguageChange)."""
        self.setWindowTitle(QCoreApplication.translate("UpdateDialog", "RefDesk — catalogue updates"))
        self.setAccessibleName(QCoreApplication.translate("UpdateDialog", "Catalogue updates"))
        self.setAccessibleDescription(
            QCoreApplication.translate(
                "UpdateDialog", "What a catalogue update brings, its download and its progress"
            )
        )
        self.heading.setAccessibleName(QCoreApplication.translate("UpdateDialog", "Update status"))
        self.details.setAccessibleName(QCoreApplication.translate("UpdateDialog", "Update details"))
        self.progress.setAccessibleName(QCoreApplication.translate("UpdateDialog", "Update progress"))
        self.progress.setAccessibleDescription(
            QCoreApplication.translate(
                "UpdateDialog", "How much of the update is downloaded, then what is being installed"
            )
        )
        self.progress_text.setAccessibleName(QCoreApplication.translate("UpdateDialog", "Update step"))
        self._name(
            self.primary,
            QCoreApplication.translate("UpdateDialog", "Download and install"),
            QCoreApplication.translate("UpdateDialog", "Start the update"),
        )
        self._name(
            self.pause_button,
            QCoreApplication.translate("UpdateDialog", "Pause"),
            QCoreApplication.translate("UpdateDialog", "Stop the download and keep what arrived"),
        )
        self._name(
            self.cancel_button,
            QCoreApplication.translate("UpdateDialog", "Cancel"),
            QCoreApplication.translate("UpdateDialog", "Stop and throw away what was downloaded"),
        )
        self._name(
            self.changes_button,
            QCoreApplication.translate("UpdateDialog", "What changed"),
            QCoreApplication.translate("UpdateDialog", "List what this update changed"),
        )
        self._name(
            self.settings_button,
            QCoreApplication.translate("UpdateDialog", "Update settings…"),
            QCoreApplication.translate("UpdateDialog", "Sources, proxy, automatic checks"),
        )
        self._name(
            self.import_button,
            QCoreApplication.translate("UpdateDialog", "Import from file…"),
            QCoreApplication.translate("UpdateDialog", "An update on a USB stick or in a folder"),
        )
        self._name(
            self.close_button,
            QCoreApplication.translate("UpdateDialog", "Close"),
            QCoreApplication.translate("UpdateDialog", "Close this window; an update goes on"),
        )

    def _language_changed(self) -> None:
        self._retranslate()
        self.show_state(self.controller.state)

    def _button(self, name: str) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        return button

    @staticmethod
    def _name(button: QPushButton, text: str, description: str) -> None:
        button.setText(text)
        button.setAccessibleName(text.rstrip("…"))
        button.setAccessibleDescription(description)
        button.setToolTip(description)

    @Slot(object)
    def show_state(self, state: UpdateState) -> None:
        heading, details = describe(state)
        self.heading.setText(heading)
        self.details.setText(details)
        self.details.setAccessibleDescription(details)
        phase = state.phase
        install = (
            QCoreApplication.translate("UpdateDialog", "Install")
            if state.local
            else QCoreApplication.translate("UpdateDialog", "Download and install")
        )
        primary = {
            "available": install,
            "paused": QCoreApplication.translate("UpdateDialog", "Resume"),
            "failed": QCoreApplication.translate("UpdateDialog", "Try again"),
            "up-to-date": QCoreApplication.translate("UpdateDialog", "Check again"),
            "cancelled": QCoreApplication.translate("UpdateDialog", "Check again"),
            "idle": QCoreApplication.translate("UpdateDialog", "Check for updates"),
            "no-sources": "",
            "done": "",
        }.get(phase, "")
        self.primary.setText(primary)
        self.primary.setAccessibleName(primary or QCoreApplication.translate("UpdateDialog", "Start"))
        self.primary.setVisible(bool(primary))
        self.primary.setDefault(bool(primary))
        self.pause_button.setVisible(phase == "running" and not state.local)
        self.pause_button.setEnabled(self.controller.can_pause)
        self.cancel_button.setVisible(phase in ("running", "paused", "checking"))
        self.changes_button.setVisible(
            phase == "done" and state.result is not None and state.result.status == "updated"
        )
        self.settings_button.setVisible(phase in ("no-sources", "failed", "idle", "up-to-date"))
        self.import_button.setVisible(phase in ("no-sources", "failed", "idle"))
        self._render_progress(state)
        self._fit()

    def _fit(self) -> None:
        """Grow to what the words need (a language with longer ones, more buttons shown)."""
        hint = self.sizeHint()
        if self.width() < hint.width() or self.height() < hint.height():
            self.resize(max(self.width(), hint.width()), max(self.height(), hint.height()))

    def _render_progress(self, state: UpdateState) -> None:
        progress = state.progress
        running = state.phase in ("running", "checking", "paused")
        self.progress.setVisible(running)
        self.progress_text.setVisible(running)
        if state.phase == "checking" or (state.phase == "running" and progress is None):
            self.progress.setRange(0, 0)
            self.progress_text.setText(
                QCoreApplication.translate("UpdateDialog", "Checking the signed release…")
                if state.phase == "checking"
                else QCoreApplication.translate("UpdateDialog", "Starting…")
            )
            return
        if progress is None:
            return
        if progress.phase == "downloading" and progress.total:
            self.progress.setRange(0, 1000)
            self.progress.setValue(progress.done * 1000 // progress.total)
            if state.local:
                text = QCoreApplication.translate("UpdateDialog", "Read {done} of {total}")
            else:
                text = QCoreApplication.translate("UpdateDialog", "Downloaded {done} of {total}")
            text = text.format(done=data_size(progress.done), total=data_size(progress.total))
            if state.phase == "paused":
                text += QCoreApplication.translate("UpdateDialog", " — paused")
            self.progress_text.setText(text)
        elif progress.phase == "applying":
            self.progress.setRange(0, 0)
            text = QCoreApplication.translate(
                "UpdateDialog", "{step}… (this cannot be paused; Cancel keeps the old catalogue)"
            )
            self.progress_text.setText(text.format(step=progress.message))
        else:
            self.progress.setRange(0, 0)
            self.progress_text.setText(f"{progress.message}…")
        self.progress.setAccessibleDescription(self.progress_text.text())
        if state.phase == "paused":
            self.progress.setRange(0, 1000)  # a paused bar stands still

    @Slot()
    def _on_primary_clicked(self) -> None:
        phase = self.controller.state.phase
        if phase in ("available", "paused", "failed") and self.controller.state.plan is not None:
            self.controller.start()
        elif phase == "failed" and self.controller.state.local:
            self.controller.check(list(self.controller.state.sources))
        else:
            self.controller.check()
