"""GUI layer: a small non-modal dialog that asks for a name (a new or renamed collection)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

log = logging.getLogger(__name__)


class NameDialog(QDialog):
    """Emits `name_chosen` with the trimmed text when accepted; shown with open(), never exec()."""

    name_chosen = Signal(str)

    def __init__(self, title: str, label: str, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("name_dialog")
        self.setWindowTitle(f"RefDesk — {title.lower()}")
        self.setAccessibleName(title)
        self.setAccessibleDescription(label)
        self.setMinimumSize(380, 130)  # fixed limits: the layout never has to move them
        layout = QVBoxLayout(self)
        prompt = QLabel(label, self)
        prompt.setWordWrap(True)
        layout.addWidget(prompt)
        self.edit = QLineEdit(text, self)
        self.edit.setObjectName("name_edit")
        self.edit.setAccessibleName(QCoreApplication.translate("NameDialog", "Name"))
        self.edit.setAccessibleDescription(label)
        self.edit.selectAll()
        prompt.setBuddy(self.edit)
        layout.addWidget(self.edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        for kind, description in (
            (QDialogButtonBox.StandardButton.Ok, QCoreApplication.translate("NameDialog", "Use this name")),
            (
                QDialogButtonBox.StandardButton.Cancel,
                QCoreApplication.translate("NameDialog", "Close without a change"),
            ),
        ):
            button = buttons.button(kind)
            button.setAccessibleName(button.text().replace("&", ""))
            button.setAccessibleDescription(description)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.edit.textChanged.connect(self._on_edit_text_changed)
        self._on_edit_text_changed(text)

    @property
    def text(self) -> str:
        return self.edit.text().strip()

    def accept(self) -> None:
        if self.text:
            super().accept()
            self.name_chosen.emit(self.text)

    @Slot(str)
    def _on_edit_text_changed(self, text: str) -> None:
        self.ok_button.setEnabled(bool(text.strip()))
