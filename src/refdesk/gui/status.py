"""GUI layer: the status line: the catalogue's title, version and age, and a quiet busy indicator."""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QLocale, QTime, QTimer
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QWidget

from refdesk.core.types import CatalogueInfo

from .i18n import Retranslatable, format_date

log = logging.getLogger(__name__)


def describe_age(published: datetime, now: datetime | None = None) -> str:
    """ "published today", "published 12 days ago", "published 3 months ago", ..."""
    now = now or datetime.now(UTC)
    if published.tzinfo is None:
        published = published.replace(tzinfo=UTC)
    days = (now - published).days
    if days <= 0:  # below 0: a clock set behind the publisher's
        return QCoreApplication.translate("StatusLine", "published today")
    if days == 1:
        return QCoreApplication.translate("StatusLine", "published yesterday")
    if days < 60:
        text = QCoreApplication.translate("StatusLine", "published {count} days ago")
        return text.format(count=QLocale().toString(days))
    if days < 365 * 2:
        text = QCoreApplication.translate("StatusLine", "published {count} months ago")
        return text.format(count=QLocale().toString(days // 30))
    text = QCoreApplication.translate("StatusLine", "published {count} years ago")
    return text.format(count=QLocale().toString(days // 365))


def describe_catalogue(info: CatalogueInfo, now: datetime | None = None) -> str:
    count = QLocale().toString(info.resources)
    if info.resources == 1:
        resources = QCoreApplication.translate("StatusLine", "{count} resource").format(count=count)
    else:
        resources = QCoreApplication.translate("StatusLine", "{count} resources").format(count=count)
    text = QCoreApplication.translate("StatusLine", "{title} · version {version} · {age} · {resources}")
    return text.format(
        title=info.title, version=info.version, age=describe_age(info.published, now), resources=resources
    )


def format_published(published: datetime) -> str:
    """The date and time in the window's locale (its own date order and digits), in UTC."""
    if published.tzinfo is None:
        published = published.replace(tzinfo=UTC)
    moment = published.astimezone(UTC)
    locale = QLocale()
    if locale.language() == QLocale.Language.C:  # no locale set: the unambiguous ISO form
        return moment.strftime("%Y-%m-%d %H:%M UTC")
    # A two-digit year is ambiguous for a publication date.
    date = format_date(moment.date(), QLocale.FormatType.ShortFormat, full_year=True)
    time = locale.toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)
    return f"{date} {time} UTC"


class StatusLine(Retranslatable, QStatusBar):
    """Messages on the left; the catalogue and a busy bar on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("status_line")
        self.busy = QProgressBar(self)
        self.busy.setObjectName("busy_indicator")
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(90)
        self.busy.setMaximumHeight(12)
        self.busy.setTextVisible(False)
        self.busy.setVisible(False)
        self.catalogue = QLabel("", self)
        self.catalogue.setObjectName("catalogue_status")
        # What the catalogue label shows: nothing yet (False), no catalogue (None), or its info.
        self._info: CatalogueInfo | bool | None = False
        self._busy_delay = QTimer(self)
        self._busy_delay.setSingleShot(True)
        self._busy_delay.setInterval(400)  # quick searches never flash a bar
        self._busy_delay.timeout.connect(self.busy.show)
        self.addPermanentWidget(self.busy)
        self.addPermanentWidget(self.catalogue)
        self._retranslate()

    def _language_changed(self) -> None:
        self._retranslate()
        if not isinstance(self._info, bool):
            self.show_catalogue(self._info)

    def _retranslate(self) -> None:
        self.setAccessibleName(QCoreApplication.translate("StatusLine", "Status"))
        self.setAccessibleDescription(
            QCoreApplication.translate(
                "StatusLine", "The installed catalogue, its version and age, and what RefDesk is doing"
            )
        )
        self.busy.setAccessibleName(QCoreApplication.translate("StatusLine", "Working"))
        self.busy.setAccessibleDescription(
            QCoreApplication.translate("StatusLine", "Shown while RefDesk searches or prepares the catalogue")
        )
        self.catalogue.setAccessibleName(QCoreApplication.translate("StatusLine", "Catalogue"))
        self.catalogue.setAccessibleDescription(
            QCoreApplication.translate("StatusLine", "Title, version and age of the installed catalogue")
        )

    def show_catalogue(self, info: CatalogueInfo | None) -> None:
        self._info = info
        if info is None:
            self.catalogue.setText(QCoreApplication.translate("StatusLine", "No catalogue installed"))
            return
        self.catalogue.setText(describe_catalogue(info))
        text = QCoreApplication.translate(
            "StatusLine", "{title} by {publisher}, version {version}, published {date}"
        )
        self.catalogue.setToolTip(
            text.format(
                title=info.title,
                publisher=info.publisher,
                version=info.version,
                date=format_published(info.published),
            )
        )

    def set_busy(self, busy: bool) -> None:
        if busy:
            if not self.busy.isVisible() and not self._busy_delay.isActive():
                self._busy_delay.start()
        else:
            self._busy_delay.stop()
            self.busy.hide()
