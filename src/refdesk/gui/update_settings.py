"""GUI layer: the update settings: where updates come from, the proxy, and the check at start.

A small non-modal dialog; Save checks each value like the settings file does, then writes it.
"""

from __future__ import annotations

import logging
import re

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from refdesk.config.settings import Settings

from .i18n import Retranslatable

log = logging.getLogger(__name__)

PROXY = re.compile(r"https?://\S+")


def parse_sources(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(line.strip() for line in text.splitlines() if line.strip()))


def problems(sources: tuple[str, ...], proxy: str) -> list[str]:
    found = []
    for source in sources:
        if "://" in source and not source.startswith(("https://", "http://")):
            text = QCoreApplication.translate(
                "UpdateSettingsDialog",
                "{source}: only https:// and http:// addresses, folders and .zip files work.",
            )
            found.append(text.format(source=source))
    if proxy and not PROXY.fullmatch(proxy):
        found.append(
            QCoreApplication.translate(
                "UpdateSettingsDialog", "The proxy must look like http://proxy.example:3128 (or be empty)."
            )
        )
    return found


class UpdateSettingsDialog(Retranslatable, QDialog):
    """Emits `saved` with the changes (a dict for `SettingsStore.update`)."""

    saved = Signal(dict)
    network_log_requested = Signal()

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("update_settings")
        self.setMinimumSize(520, 360)
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        form = QFormLayout()
        self.sources = QPlainTextEdit(self)
        self.sources.setObjectName("update_sources")
        self.sources.setTabChangesFocus(True)
        self.sources.setPlainText("\n".join(settings.update_sources))
        self.sources_label = QLabel(self)
        self.sources_label.setBuddy(self.sources)
        form.addRow(self.sources_label, self.sources)
        self.proxy = QLineEdit(settings.update_proxy, self)
        self.proxy.setObjectName("update_proxy")
        self.proxy_label = QLabel(self)
        self.proxy_label.setBuddy(self.proxy)
        form.addRow(self.proxy_label, self.proxy)
        layout.addLayout(form)
        self.auto_check = QCheckBox(self)
        self.auto_check.setObjectName("update_auto_check")
        self.auto_check.setChecked(settings.check_updates_at_start)
        layout.addWidget(self.auto_check)
        self.note = QLabel(self)
        self.note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addWidget(self.note)
        self.error = QLabel(self)
        self.error.setObjectName("update_settings_error")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        self.log_button = self._button("network_log_button")
        self.save_button = self._button("update_settings_save")
        self.close_button = self._button("update_settings_close")
        self.save_button.setDefault(True)
        buttons.addWidget(self.log_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self._retranslate()
        self.log_button.clicked.connect(self.network_log_requested)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)

    def _retranslate(self) -> None:
        """Every fixed word in the window's language (again on LanguageChange; typed values stay)."""
        self.setWindowTitle(QCoreApplication.translate("UpdateSettingsDialog", "RefDesk — update settings"))
        self.setAccessibleName(QCoreApplication.translate("UpdateSettingsDialog", "Update settings"))
        self.setAccessibleDescription(
            QCoreApplication.translate("UpdateSettingsDialog", "Update sources, proxy and automatic checks")
        )
        self.intro.setText(
            QCoreApplication.translate(
                "UpdateSettingsDialog",
                "RefDesk connects to the network only to fetch signed catalogue updates from these sources, "
                "and only when you ask it to, or at start if you allow that below.",
            )
        )
        self.sources.setPlaceholderText(
            QCoreApplication.translate(
                "UpdateSettingsDialog",
                "https://updates.example.org/refdesk\nhttps://mirror.example.net/refdesk",
            )
        )
        self.sources.setAccessibleName(QCoreApplication.translate("UpdateSettingsDialog", "Update sources"))
        self.sources.setAccessibleDescription(
            QCoreApplication.translate(
                "UpdateSettingsDialog",
                "One per line, tried in order: https:// addresses (the first is the publisher, the others "
                "mirrors), folders or .zip bundles",
            )
        )
        self.sources_label.setText(
            QCoreApplication.translate("UpdateSettingsDialog", "&Sources (one per line):")
        )
        self.proxy.setPlaceholderText(
            QCoreApplication.translate(
                "UpdateSettingsDialog", "http://proxy.example:3128 — empty connects directly"
            )
        )
        self.proxy.setAccessibleName(QCoreApplication.translate("UpdateSettingsDialog", "Proxy"))
        self.proxy.setAccessibleDescription(
            QCoreApplication.translate(
                "UpdateSettingsDialog", "An http:// or https:// proxy for update requests; empty for none"
            )
        )
        self.proxy_label.setText(QCoreApplication.translate("UpdateSettingsDialog", "&Proxy:"))
        self.auto_check.setText(
            QCoreApplication.translate("UpdateSettingsDialog", "&Check for updates when RefDesk starts")
        )
        self.auto_check.setAccessibleName(
            QCoreApplication.translate("UpdateSettingsDialog", "Check for updates at start")
        )
        self.auto_check.setAccessibleDescription(
            QCoreApplication.translate(
                "UpdateSettingsDialog",
                "Only on a connection the system reports as not metered; never when that is unknown",
            )
        )
        self.note.setText(
            QCoreApplication.translate(
                "UpdateSettingsDialog", "Never on a metered connection, nor when the system cannot tell."
            )
        )
        self.error.setAccessibleName(QCoreApplication.translate("UpdateSettingsDialog", "Problems"))
        self._name(
            self.log_button,
            QCoreApplication.translate("UpdateSettingsDialog", "Network log…"),
            QCoreApplication.translate("UpdateSettingsDialog", "Every request RefDesk sent (Ctrl+Shift+L)"),
        )
        self._name(
            self.save_button,
            QCoreApplication.translate("UpdateSettingsDialog", "Save"),
            QCoreApplication.translate("UpdateSettingsDialog", "Check and keep these settings"),
        )
        self._name(
            self.close_button,
            QCoreApplication.translate("UpdateSettingsDialog", "Close"),
            QCoreApplication.translate("UpdateSettingsDialog", "Close without saving"),
        )

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

    @Slot()
    def save(self) -> None:
        sources = parse_sources(self.sources.toPlainText())
        proxy = self.proxy.text().strip()
        found = problems(sources, proxy)
        self.error.setText("<br>".join(found))
        self.error.setAccessibleDescription(" ".join(found))
        if found:
            return
        self.saved.emit(
            {
                "update_sources": sources,
                "update_proxy": proxy,
                "check_updates_at_start": self.auto_check.isChecked(),
            }
        )
        self.accept()
