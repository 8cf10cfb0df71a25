"""GUI layer: the update dialog: what an update brings before it downloads, then its progress.

Non-modal (shown with show(), never exec()); it only paints the controller's `UpdateState` and
turns buttons into calls on the controller. Closing it does not stop an update.
"""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from .updates_controller import UpdateController, UpdateState, human_size

log = logging.getLogger(__name__)


def _counts(added: int | None, changed: int | None, removed: int | None) -> str:
    if added is None or changed is None or removed is None:
        return "The number of added, changed and removed resources is known once it is downloaded."
    parts = [f"{added} added", f"{changed} changed", f"{removed} removed"]
    return f"Resources: {', '.join(parts)}."


def describe(state: UpdateState) -> tuple[str, str]:
    """The heading and the explanation (HTML) for a state."""
    plan, result = state.plan, state.result
    where = html.escape(", ".join(state.sources[:1]) + (" (and mirrors)" if len(state.sources) > 1 else ""))
    if state.phase == "no-sources":
        return "No update source is set", (
            "Add the address of the publisher's update site, or a mirror, in <b>Update settings</b> "
            "(Ctrl+,). Without a connection, import an update from a file or a USB stick instead "
            "(Ctrl+Shift+U)."
        )
    if state.phase == "checking":
        return "Checking for updates…", f"Asking {where} for the latest signed release."
    if state.phase == "up-to-date" and plan is not None:
        return "The catalogue is up to date", f"Version {plan.to_version} is installed; checked {where}."
    if state.phase in ("available", "paused", "running") and plan is not None:
        have = f"version {plan.from_version}" if plan.from_version is not None else "no catalogue"
        method = "only the changes" if plan.method == "delta" else "the whole catalogue"
        size = human_size(plan.downloaded_bytes)
        body = (
            f"You have {have}. {_counts(plan.added, plan.changed, plan.removed)}<br>"
            f"<b>{size}</b> to {'read' if state.local else 'download'} ({method}), from {where}.<br>"
            "Your bookmarks, notes and collections are kept."
        )
        heading = {
            "available": f"Version {plan.to_version} is available",
            "paused": f"Paused: version {plan.to_version}",
            "running": f"Updating to version {plan.to_version}…",
        }[state.phase]
        if state.phase == "paused":
            body += "<br>Resume continues where the download stopped, even after RefDesk was closed."
        return heading, body
    if state.phase == "done" and result is not None:
        if result.status != "updated":
            return "The catalogue is up to date", f"Version {result.to_version} is installed."
        return f"Updated to version {result.to_version}", (
            f"{_counts(result.added, result.changed, result.removed)} "
            f"{human_size(result.downloaded_bytes)} {'read' if state.local else 'downloaded'}. "
            "<b>What changed</b> lists them, with your bookmarks and saved searches they concern."
        )
    if state.phase == "failed":
        return (
            "The update did not work",
            f"{html.escape(state.message)}<br>The installed catalogue was not changed.",
        )
    if state.phase == "cancelled":
        return "Update cancelled", "Nothing was changed; the installed catalogue is still in use."
    return "Catalogue updates", "Check for a newer signed release of the catalogue."


class UpdateDialog(QDialog):
    settings_requested = Signal()
    import_requested = Signal()
    changes_requested = Signal()

    def __init__(self, controller: UpdateController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("update_dialog")
        self.setWindowTitle("RefDesk — catalogue updates")
        self.setAccessibleName("Catalogue updates")
        self.setAccessibleDescription("What a catalogue update brings, its download and its progress")
        self.setMinimumSize(520, 240)
        layout = QVBoxLayout(self)
        self.heading = QLabel(self)
        self.heading.setObjectName("update_heading")
        font = QFont(self.heading.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.heading.setFont(font)
        self.heading.setAccessibleName("Update status")
        layout.addWidget(self.heading)
        self.details = QLabel(self)
        self.details.setObjectName("update_details")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAccessibleName("Update details")
        layout.addWidget(self.details)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("update_progress")
        self.progress.setAccessibleName("Update progress")
        self.progress.setAccessibleDescription(
            "How much of the update is downloaded, then what is being installed"
        )
        self.progress_text = QLabel(self)
        self.progress_text.setObjectName("update_progress_text")
        self.progress_text.setAccessibleName("Update step")
        layout.addWidget(self.progress)
        layout.addWidget(self.progress_text)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        self.primary = self._button("update_primary", "Download and install", "Start the update")
        self.pause_button = self._button("update_pause", "Pause", "Stop the download and keep what arrived")
        self.cancel_button = self._button(
            "update_cancel", "Cancel", "Stop and throw away what was downloaded"
        )
        self.changes_button = self._button("update_changes", "What changed", "List what this update changed")
        self.settings_button = self._button(
            "update_settings", "Update settings…", "Sources, proxy, automatic checks"
        )
        self.import_button = self._button(
            "update_import", "Import from file…", "An update on a USB stick or in a folder"
        )
        self.close_button = self._button("update_close", "Close", "Close this window; an update goes on")
        for button in (self.primary, self.pause_button, self.cancel_button, self.changes_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.settings_button, self.import_button, self.close_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.primary.clicked.connect(self._on_primary_clicked)
        self.pause_button.clicked.connect(controller.pause)
        self.cancel_button.clicked.connect(controller.cancel)
        self.changes_button.clicked.connect(self.changes_requested)
        self.settings_button.clicked.connect(self.settings_requested)
        self.import_button.clicked.connect(self.import_requested)
        self.close_button.clicked.connect(self.reject)
        controller.state_changed.connect(self.show_state)
        self.show_state(controller.state)

    def _button(self, name: str, text: str, description: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text.rstrip("…"))
        button.setAccessibleDescription(description)
        button.setToolTip(description)
        button.setAutoDefault(False)
        return button

    @Slot(object)
    def show_state(self, state: UpdateState) -> None:
        heading, details = describe(state)
        self.heading.setText(heading)
        self.details.setText(details)
        self.details.setAccessibleDescription(details)
        phase = state.phase
        primary = {
            "available": "Install" if state.local else "Download and install",
            "paused": "Resume",
            "failed": "Try again",
            "up-to-date": "Check again",
            "cancelled": "Check again",
            "idle": "Check for updates",
            "no-sources": "",
            "done": "",
        }.get(phase, "")
        self.primary.setText(primary)
        self.primary.setAccessibleName(primary or "Start")
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

    def _render_progress(self, state: UpdateState) -> None:
        progress = state.progress
        running = state.phase in ("running", "checking", "paused")
        self.progress.setVisible(running)
        self.progress_text.setVisible(running)
        if state.phase == "checking" or (state.phase == "running" and progress is None):
            self.progress.setRange(0, 0)
            self.progress_text.setText(
                "Checking the signed release…" if state.phase == "checking" else "Starting…"
            )
            return
        if progress is None:
            return
        if progress.phase == "downloading" and progress.total:
            self.progress.setRange(0, 1000)
            self.progress.setValue(progress.done * 1000 // progress.total)
            verb = "Read" if state.local else "Downloaded"
            text = f"{verb} {human_size(progress.done)} of {human_size(progress.total)}"
            self.progress_text.setText(text + (" — paused" if state.phase == "paused" else ""))
        elif progress.phase == "applying":
            self.progress.setRange(0, 0)
            self.progress_text.setText(
                f"{progress.message}… (this cannot be paused; Cancel keeps the old catalogue)"
            )
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
