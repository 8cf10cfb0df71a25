"""Panels on their own: the resource pane's fields, Markdown and web address; the system theme."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QGuiApplication

from refdesk.core.types import DocumentRef, Resource
from refdesk.gui.labels import Labels
from refdesk.gui.resource_pane import ResourceDetails, ResourcePane

pytestmark = pytest.mark.gui

URL = "https://example.org/guide?lang=en"


def _resource() -> Resource:
    return Resource(
        id="example-guide",
        title="Example guide",
        type="guidance",
        summary="A **bold** claim and [a web link](https://example.org/elsewhere).\n\n- one\n- two",
        publishers=("Example NGO",),
        year=2021,
        topics=("forced-labour",),
        countries=("TH", "KH"),
        languages=("th",),
        url=URL,
        licence="CC-BY-4.0",
        documents=(DocumentRef("a" * 64, "guide.pdf", "application/pdf", "en", "Guide", 12, 2048),),
        translations=("example-guide-th",),
        supersedes=("gone-resource",),
        extra={"funded_by": ["Donor A", "Donor B"]},
    )


def test_resource_pane_shows_every_field_and_never_links_the_web_address(qtbot) -> None:
    pane = ResourcePane()
    qtbot.addWidget(pane)
    pane.labels = Labels({"topic": {"forced-labour": "Forced labour"}})
    pane.show_details(ResourceDetails(_resource(), {"example-guide-th": "คู่มือตัวอย่าง"}, "a" * 64, 7))
    text = pane.browser.toPlainText()
    for expected in (
        "Example guide", "Guidance", "Example NGO", "2021", "Forced labour", "Thailand, Cambodia", "Thai",
        "CC-BY-4.0", "example-guide", "Funded by", "Donor A, Donor B", "best match on page 7",
        "12 pages", "คู่มือตัวอย่าง", "gone-resource (not in this catalogue)", URL,
    ):  # fmt: skip
        assert expected in text, expected
    assert "**" not in text  # the summary is rendered from Markdown
    html = pane.browser.toHtml()
    assert f'href="{URL}"' not in html  # shown and selectable, never a link that opens
    assert pane.best_document() == ("a" * 64, 7)
    pane.copy_url()
    assert QGuiApplication.clipboard().text() == URL
    assert 'href="refdesk:resource/example-guide-th"' in html
    with qtbot.waitSignal(pane.resource_requested) as linked:
        pane.browser.anchorClicked.emit(QUrl("refdesk:resource/example-guide-th"))
    assert linked.args == ["example-guide-th"]
    with qtbot.waitSignal(pane.external_link_clicked) as external:
        pane.browser.anchorClicked.emit(QUrl("https://example.org/elsewhere"))
    assert external.args == ["https://example.org/elsewhere"]


def test_keyboard_reaches_the_links_in_the_resource_pane(qtbot) -> None:
    pane = ResourcePane()
    qtbot.addWidget(pane)
    pane.setMinimumSize(500, 500)  # fixed limits for a top-level test widget offscreen
    pane.show_details(ResourceDetails(_resource(), {"example-guide-th": "Thai edition"}))
    pane.show()
    qtbot.waitExposed(pane)
    pane.browser.setFocus()
    visited = []
    for _ in range(4):  # Tab inside the text goes from link to link: the summary's, then the document
        qtbot.keyClick(pane.browser, Qt.Key.Key_Tab)
        visited.append(pane.browser.textCursor().charFormat().anchorHref())
        if visited[-1].startswith("refdesk:document/"):
            break
    assert visited[0] == "https://example.org/elsewhere"
    assert visited[-1] == f"refdesk:document/{'a' * 64}"
    with qtbot.waitSignal(pane.document_requested) as requested:
        qtbot.keyClick(pane.browser, Qt.Key.Key_Return)
    assert requested.args == ["a" * 64, 0]


def test_system_theme_follows_the_system(qtbot, make_window) -> None:
    from refdesk.config.settings import Settings

    window = make_window(settings=Settings(theme="system"))
    changes: list[str] = []
    window.theme.theme_changed.connect(changes.append)
    window.theme._on_hints_color_scheme_changed(Qt.ColorScheme.Dark)  # what the platform signals
    assert changes  # re-applied: the scheme the system reports now
    window.commands["theme_light"].trigger()
    changes.clear()
    window.theme._on_hints_color_scheme_changed(Qt.ColorScheme.Dark)
    assert not changes  # a chosen theme stays put
