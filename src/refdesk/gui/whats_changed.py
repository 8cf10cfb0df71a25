"""GUI layer: "What changed": the resources an update added, changed and removed, the officer's
bookmarks and notes it touched, and the saved searches with new results. Links open them."""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import QUrl, Signal, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from refdesk.core.types import ChangedResource

from .resource_pane import SCHEME, resource_link
from .sidebar_model import status_words
from .update_jobs import UpdateSummary

log = logging.getLogger(__name__)

STATUS_MARKS = {"current": "✓", "changed": "●", "superseded": "↪", "withdrawn": "⊘"}


def saved_link(search_id: int) -> str:
    return f"{SCHEME}:saved/{search_id}"


def summary_html(summary: UpdateSummary) -> str:
    changes = summary.changes
    parts = ["<h2>What changed</h2>"]
    if changes is None:
        parts.append(
            "<p>This is the first catalogue installed on this laptop: nothing to compare it with.</p>"
        )
    else:
        start = (
            f"version {changes.from_version}"
            if changes.from_version is not None
            else "the previous catalogue"
        )
        parts.append(f"<p>From {start} to <b>version {changes.to_version}</b>.</p>")
        if not (changes.added or changes.changed or changes.removed):
            parts.append("<p>No resource changed.</p>")
        for title, rows, linked in (
            ("New resources", changes.added, True),
            ("Changed resources (new editions)", changes.changed, True),
            ("Removed from the catalogue", changes.removed, False),
        ):
            if rows:
                parts.append(
                    f"<h3>{title} ({len(rows)})</h3><ul>{''.join(_item(r, linked) for r in rows)}</ul>"
                )
    parts.append("<h3>Your bookmarks and notes</h3>")
    if summary.entries:
        items = []
        for entry in summary.entries:
            words = status_words(entry, summary.titles) or "Current"
            link = (
                f"<a href='{resource_link(entry.id)}'>{html.escape(entry.title)}</a>"
                if entry.status != "withdrawn"
                else html.escape(entry.title)
            )
            if entry.status == "superseded" and entry.superseded_by:
                successor = summary.titles.get(entry.superseded_by, entry.superseded_by)
                link_to = resource_link(entry.superseded_by)
                words = f"Superseded by <a href='{link_to}'>{html.escape(successor)}</a>"
            else:
                words = html.escape(words)
            items.append(f"<li>{STATUS_MARKS[entry.status]} {link} — <b>{words}</b></li>")
        parts.append(f"<ul>{''.join(items)}</ul>")
    else:
        parts.append("<p>None of your bookmarks or notes is affected.</p>")
    parts.append("<h3>Saved searches with new results</h3>")
    if summary.saved:
        items = [
            f"<li><a href='{saved_link(s.id)}'>{html.escape(s.name)}</a> — <b>{s.new_count} new</b></li>"
            for s in summary.saved
        ]
        parts.append(f"<ul>{''.join(items)}</ul>")
    else:
        parts.append("<p>No saved search has new results.</p>")
    return "".join(parts)


def _item(resource: ChangedResource, linked: bool) -> str:
    title = html.escape(resource.title)
    return f"<li><a href='{resource_link(resource.id)}'>{title}</a></li>" if linked else f"<li>{title}</li>"


class WhatChangedDialog(QDialog):
    """Non-modal; Tab moves between the links, Enter follows one, Esc closes."""

    resource_requested = Signal(str)
    saved_search_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("whats_changed")
        self.setWindowTitle("RefDesk — what changed")
        self.setAccessibleName("What changed")
        self.setAccessibleDescription(
            "What the last catalogue update changed, and what it means for your bookmarks"
        )
        self.resize(620, 560)
        self.setMinimumSize(420, 300)
        layout = QVBoxLayout(self)
        self.text = QTextBrowser(self)
        self.text.setObjectName("whats_changed_text")
        self.text.setOpenLinks(False)
        self.text.setAccessibleName("Changes")
        self.text.setAccessibleDescription("Lists of resources; Tab moves between links and Enter opens one")
        self.text.anchorClicked.connect(self._on_text_anchor_clicked)
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName("Close")
        close.setAccessibleDescription("Close this list")
        layout.addWidget(buttons)
        self.summary: UpdateSummary | None = None

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
