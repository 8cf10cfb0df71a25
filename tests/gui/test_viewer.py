"""The document viewer: highlights where QPdfView draws, pages, zoom and find."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor
from PySide6.QtPdf import QPdfSearchModel

from refdesk.gui.pdf_pane import PdfPane
from refdesk.gui.viewer import DocumentViewer, OpenRequest, highlight_terms

pytestmark = pytest.mark.gui

CYAN = QColor("#00ffff")


@pytest.fixture
def pdf_request(small_library) -> OpenRequest:
    resource = small_library.resource("fishing-vessel-inspection")
    doc = resource.documents[0]
    return OpenRequest(
        path=small_library.document_path(doc.sha256),
        media_type=doc.media_type,
        title=doc.title or "",
        resource_title=resource.title,
        page=3,
        terms=("recruitment", "fee", "broker"),
    )


def _has_cyan_near(image, x: float, y: float, reach: int = 2) -> bool:  # type: ignore[no-untyped-def]
    for dx in range(-reach, reach + 1):
        for dy in range(-reach, reach + 1):
            px, py = round(x) + dx, round(y) + dy
            if 0 <= px < image.width() and 0 <= py < image.height() and image.pixelColor(px, py) == CYAN:
                return True
    return False


@pytest.mark.parametrize(("width", "zoom_steps"), [(640, 0), (900, 1), (500, -1)])
def test_overlay_geometry_matches_qpdfview(
    qtbot, pdf_request: OpenRequest, width: int, zoom_steps: int
) -> None:
    """Our highlights are painted where QPdfView paints its own search frame."""
    pane = PdfPane()
    qtbot.addWidget(pane)
    pane.resize(width, 500)
    pane.show()
    qtbot.waitExposed(pane)
    assert pane.open(pdf_request.path, 3, [])
    for _ in range(abs(zoom_steps)):
        pane.zoom_in() if zoom_steps > 0 else pane.zoom_out()
    native = QPdfSearchModel(pane)
    native.setDocument(pane.pdf)
    native.setSearchString("broker")
    pane.setSearchModel(native)
    link = native.resultsOnPage(2)[0]
    qtbot.waitUntil(lambda: native.count() == 1)
    pane.setCurrentSearchResultIndex(0)
    ours = pane.screen_rect(2, link.rectangles()[0])
    pane.verticalScrollBar().setValue(int(ours.top()) - 100)
    pane.horizontalScrollBar().setValue(max(0, int(ours.left()) - 100))
    image = pane.viewport().grab().toImage()
    dx, dy = pane.horizontalScrollBar().value(), pane.verticalScrollBar().value()
    left, top, right, bottom = ours.left() - dx, ours.top() - dy, ours.right() - dx, ours.bottom() - dy
    middle_x, middle_y = (left + right) / 2, (top + bottom) / 2
    assert _has_cyan_near(image, middle_x, top) and _has_cyan_near(image, middle_x, bottom)
    assert _has_cyan_near(image, left, middle_y) and _has_cyan_near(image, right, middle_y)
    assert not _has_cyan_near(image, middle_x, top - 12)


def test_pages_zoom_and_find(qtbot, pdf_request: OpenRequest) -> None:
    viewer = DocumentViewer()
    qtbot.addWidget(viewer)
    viewer.setMinimumSize(400, 300)  # a fixed minimum: offscreen cannot follow the layout's
    viewer.resize(900, 600)
    viewer.show()
    qtbot.waitExposed(viewer)
    assert viewer.open_document(pdf_request)
    pdf = viewer.pdf
    assert pdf.current_page == 3 and viewer.page_spin.value() == 3
    assert viewer.find_edit.text() == "recruitment fee broker"
    viewer.previous_page()
    qtbot.waitUntil(lambda: pdf.current_page == 2)
    viewer.page_spin.setValue(4)
    qtbot.waitUntil(lambda: pdf.current_page == 4)
    zoom = pdf.zoom
    viewer.zoom_in()
    assert pdf.zoom == pytest.approx(zoom * 1.25)
    assert viewer.zoom_label.text() == f"{pdf.zoom * 100:.0f} %"
    assert pdf.current_page == 4  # zooming keeps the page in view
    viewer.fit_width()
    assert pdf.zoom == pytest.approx(zoom, rel=0.02)
    viewer.find_edit.setText('"crew list" captain')
    viewer._on_find_timer_timeout()
    qtbot.waitUntil(lambda: len(pdf.hits) == 2)
    viewer.next_hit()
    assert pdf.current_hit is not None and pdf.current_hit.page == 0
    viewer.next_hit()
    assert pdf.current_hit.page == 3
    assert viewer.hits_label.text() == "2 of 2"
    viewer.close_document()
    assert viewer.request is None


def test_highlight_terms_skip_the_query_language() -> None:
    assert highlight_terms('debt "recruitment fee" OR broker -cabin type:guidance lang:th boat*') == [
        "debt",
        "recruitment fee",
        "broker",
        "boat",
    ]
    assert highlight_terms("a 船 NOT") == ["船"]
