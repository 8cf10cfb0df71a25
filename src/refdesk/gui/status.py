"""GUI layer: the status line: the catalogue's title, version and age, and a quiet busy indicator."""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QWidget

from refdesk.core.types import CatalogueInfo

log = logging.getLogger(__name__)


def describe_age(published: datetime, now: datetime | None = None) -> str:
    """ "published today", "published 12 days ago", "published 3 months ago", ..."""
    now = now or datetime.now(UTC)
    if published.tzinfo is None:
        published = published.replace(tzinfo=UTC)
    days = (now - published).days
    if days < 0:
        return "published today"  # a clock set behind the publisher's
    if days == 0:
        return "published today"
    if days == 1:
        return "published yesterday"
    if days < 60:
        return f"published {days} days ago"
    if days < 365 * 2:
        return f"published {days // 30} months ago"
    return f"published {days // 365} years ago"


def describe_catalogue(info: CatalogueInfo, now: datetime | None = None) -> str:
    noun = "resource" if info.resources == 1 else "resources"
    age = describe_age(info.published, now)
    return f"{info.title} · version {info.version} · {age} · {info.resources} {noun}"


class StatusLine(QStatusBar):
    """Messages on the left; the catalogue and a busy bar on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("status_line")
        self.setAccessibleName("Status")
        self.setAccessibleDescription(
            "The installed catalogue, its version and age, and what RefDesk is doing"
        )
        self.busy = QProgressBar(self)
        self.busy.setObjectName("busy_indicator")
        self.busy.setAccessibleName("Working")
        self.busy.setAccessibleDescription("Shown while RefDesk searches or prepares the catalogue")
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(90)
        self.busy.setMaximumHeight(12)
        self.busy.setTextVisible(False)
        self.busy.setVisible(False)
        self.catalogue = QLabel("", self)
        self.catalogue.setObjectName("catalogue_status")
        self.catalogue.setAccessibleName("Catalogue")
        self.catalogue.setAccessibleDescription("Title, version and age of the installed catalogue")
        self._busy_delay = QTimer(self)
        self._busy_delay.setSingleShot(True)
        self._busy_delay.setInterval(400)  # quick searches never flash a bar
        self._busy_delay.timeout.connect(self.busy.show)
        self.addPermanentWidget(self.busy)
        self.addPermanentWidget(self.catalogue)

    def show_catalogue(self, info: CatalogueInfo | None) -> None:
        if info is None:
            self.catalogue.setText("No catalogue installed")
            return
        self.catalogue.setText(describe_catalogue(info))
        published = info.published.strftime("%Y-%m-%d %H:%M UTC")
        self.catalogue.setToolTip(
            f"{info.title} by {info.publisher}, version {info.version}, published {published}"
        )

    def set_busy(self, busy: bool) -> None:
        if busy:
            if not self.busy.isVisible() and not self._busy_delay.isActive():
                self._busy_delay.start()
        else:
            self._busy_delay.stop()
            self.busy.hide()
