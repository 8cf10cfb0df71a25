"""GUI layer: "What changed": the resources an update added, changed and removed, the officer's
bookmarks and notes it touched, and the saved searches with new results. Links open them."""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import QCoreApplication, QLocale, QUrl, Signal, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from refdesk.core.types import ChangedResource

from .i18n import Retranslatable
from .resource_pane import SCHEME, resource_link
from .sidebar_model import status_words
from .update_jobs import UpdateSummary

log = logging.getLogger(__name__)

STATUS_MARKS = {"current": "✓", "changed": "●", "superseded": "↪", "withdrawn": "⊘"}


def saved_link(search_id: int) -> str:
    return f"{SCHEME}:saved/{search_id}"


def summary_html(summary: UpdateSummary) -> str:
    changes = summary.changes
    parts = ["<h2>" + QCoreApplication.translate("WhatChanged", "What changed") + "</h2>"]
    if changes is None:
        text = QCoreApplication.translate(
            "WhatChanged", "This is the first catalogue installed on this laptop: nothing to compare it with."
        )
        parts.append(f"<p>{text}</p>")
    else:
        start = (
            QCoreApplication.translate("WhatChanged", "version {version}").format(
                version=changes.from_version
            )
            if changes.from_version is not None
            else QCoreApplication.translate("WhatChanged", "the previous catalogue")
        )
        text = QCoreApplication.translate("WhatChanged", "From {start} to <b>version {version}</b>.")
        parts.append("<p>" + text.format(start=start, version=changes.to_version) + "</p>")
        if not (changes.added or changes.changed or changes.removed):
            parts.append("<p>" + QCoreApplication.translate("WhatChanged", "No resource changed.") + "</p>")
        for title, rows, linked in (
            (QCoreApplication.translate("WhatChanged", "New resources"), changes.added, True),
            (
                QCoreApplication.translate("WhatChanged", "Changed resources (new editions)"),
                changes.changed,
                True,
            ),
            (QCoreApplication.translate("WhatChanged", "Removed from the catalogue"), changes.removed, False),
        ):
            if rows:
                count = QLocale().toString(len(rows))
                parts.append(f"<h3>{title} ({count})</h3><ul>{''.join(_item(r, linked) for r in rows)}</ul>")
    parts.append("<h3>" + QCoreApplication.translate("WhatChanged", "Your bookmarks and notes") + "</h3>")
    if summary.entries:
        items = []
        for entry in summary.entries:
            words = status_words(entry, summary.titles) or QCoreApplication.translate(
                "WhatChanged", "Current"
            )
            link = (
                f"<a href='{resource_link(entry.id)}'>{html.escape(entry.title)}</a>"
                if entry.status != "withdrawn"
                else html.escape(entry.title)
            )
            if entry.status == "superseded" and entry.superseded_by:
                successor = summary.titles.get(entry.superseded_by, entry.superseded_by)
                link_to = resource_link(entry.superseded_by)
                anchor = f"<a href='{link_to}'>{html.escape(successor)}</a>"
                words = QCoreApplication.translate("SidebarModel", "Superseded by {title}").format(
                    title=anchor
                )
            else:
                words = html.escape(words)
            items.append(f"<li>{STATUS_MARKS[entry.status]} {link} — <b>{words}</b></li>")
        parts.append(f"<ul>{''.join(items)}</ul>")
    else:
        text = QCoreApplication.translate("WhatChanged", "None of your bookmarks or notes is affected.")
        parts.append(f"<p>{text}</p>")
    parts.append(
        "<h3>" + QCoreApplication.translate("WhatChanged", "Saved searches with new results") + "</h3>"
    )
    if summary.saved:
        new = QCoreApplication.translate("WhatChanged", "{count} new")
        items = [
            f"<li><a href='{saved_link(s.id)}'>{html.escape(s.name)}</a> — "
            f"<b>{new.format(count=QLocale().toString(s.new_count))}</b></li>"
            for s in summary.saved
        ]
        parts.append(f"<ul>{''.join(items)}</ul>")
    else:
        parts.append(
            "<p>" + QCoreApplication.translate("WhatChanged", "No saved search has new results.") + "</p>"
        )
    return "".join(parts)


def _item(resource: ChangedResource, linked: bool) -> str:
    title = html.escape(resource.title)
    return f"<li><a href='{resource_link(resource.id)}'>{title}</a></li>" if linked else f"<li>{title}</li>"


class WhatChangedDialog(Retranslatable, QDialog):
    """Non-modal; Tab moves between the links, Enter follows one, Esc closes."""

    resource_requested = Signal(str)
    saved_search_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("whats_changed")
        self.resize(620, 560)
        self.setMinimumSize(420, 300)
        layout = QVBoxLayout(self)
        self.text = QTextBrowser(self)
        self.text.setObjectName("whats_changed_text")
        self.text.setOpenLinks(False)
        self.text.anchorClicked.connect(self._on_text_anchor_clicked)
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        layout.addWidget(buttons)
        self.summary: UpdateSummary | None = None
        self._retranslate()

    def _language_changed(self) -> None:
        self._retranslate()
        if self.summary is not None:
            self.text.setHtml(summary_html(self.summary))

    def _retranslate(self) -> None:
        """The dialog's own words in the current language (the close button's: Qt's QPlatformTheme)."""
        self.setWindowTitle(QCoreApplication.translate("WhatChangedDialog", "RefDesk — what changed"))
        self.setAccessibleName(QCoreApplication.translate("WhatChangedDialog", "What changed"))
        self.setAccessibleDescription(
            QCoreApplication.translate(
                "WhatChangedDialog",
                "What the last catalogue update changed, and what it means for your bookmarks",
            )
        )
        self.text.setAccessibleName(QCoreApplication.translate("WhatChangedDialog", "Changes"))
        self.text.setAccessibleDescription(
            QCoreApplication.translate(
                "WhatChangedDialog", "Lists of resources; Tab moves between links and Enter opens one"
            )
        )
        self.close_button.setAccessibleName(QCoreApplication.translate("WhatChangedDialog", "Close"))
        self.close_button.setAccessibleDescription(
            QCoreApplication.translate("WhatChangedDialog", "Close this list")
        )

    def show_summary(self, summary: UpdateSummary) -> None:
        self.summary = summary
        self.text.setHtml(summary_html(summary))

    @Slot(QUrl)
    def _on_text_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() != SCHEME:
            return
        kind, _, target = url.path().partition("/")
        if kind == "resource":
            self.resource_requested.emit(target)
        elif kind == "saved" and target.isdigit():
            self.saved_search_requested.emit(int(target))
