"""GUI layer: the PDF pane: QPdfView with every search word highlighted and stepped through.

QPdfSearchModel finds one string, so each word gets a model of its own; their results are merged
into one list of hits ordered by page and position, and painted over the pages here (QPdfView
itself would paint only one model's). The page geometry below mirrors QPdfView's MultiPage layout
at a custom zoom factor; a test checks it against QPdfView's own search highlight.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QPointF, QRect, QRectF, QSizeF, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtPdf import QPdfDocument, QPdfSearchModel
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QWidget

from .theme import LIGHT, Colours

log = logging.getLogger(__name__)

MIN_ZOOM, MAX_ZOOM, ZOOM_STEP = 0.25, 6.0, 1.25


@dataclass(frozen=True, order=True)
class PdfHit:
    page: int  # 0-based, as QtPdf counts
    top: float
    left: float
    rects: tuple[QRectF, ...] = field(default=(), compare=False)


class PdfPane(QPdfView):
    """A PDF with its hits. Pages are 1-based in signals and calls, as people count them."""

    hits_changed = Signal(int, int)  # current (1-based, 0 for none), total
    page_changed = Signal(int, int)  # page (1-based), page count
    zoom_changed = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]  # QPdfView takes no parent, too
        self.setPageMode(QPdfView.PageMode.MultiPage)
        self.setZoomMode(QPdfView.ZoomMode.Custom)  # the fit modes are computed here, as a factor
        # Not a child of the view: QPdfView crashes when a loaded child document outlives its
        # private parts during destruction. Owned here instead, and released after the view.
        self.pdf = QPdfDocument()
        self.setDocument(self.pdf)
        screen = QGuiApplication.primaryScreen()
        self._resolution = (screen.logicalDotsPerInch() if screen else 96.0) / 72.0
        self.colours: Colours = LIGHT
        self._models: list[QPdfSearchModel] = []
        self._hits: list[PdfHit] = []
        self._current: PdfHit | None = None
        self._fit_width = True
        self._rebuild = QTimer(self)
        self._rebuild.setSingleShot(True)
        self._rebuild.setInterval(30)
        self._rebuild.timeout.connect(self._on_rebuild_timeout)
        self.pageNavigator().currentPageChanged.connect(self._on_navigator_current_page_changed)

    # -- opening -----------------------------------------------------------------------------

    def open(self, path: Path, page: int | None, terms: list[str]) -> bool:
        self.close_document()
        error = self.pdf.load(str(path))
        if error != QPdfDocument.Error.None_:
            log.warning("cannot open PDF %s: %s", path.name, error)
            return False
        self._fit_width = True
        self._apply_fit()
        target = max(0, min((page or 1) - 1, self.pdf.pageCount() - 1))
        self.go_to_page(target + 1)
        self.set_terms(terms, start_page=target)
        self.page_changed.emit(target + 1, self.pdf.pageCount())
        return True

    def close_document(self) -> None:
        self._clear_models()
        self.pdf.close()
        self._hits, self._current = [], None

    @property
    def page_count(self) -> int:
        return self.pdf.pageCount()

    @property
    def current_page(self) -> int:
        return self.pageNavigator().currentPage() + 1

    # -- words and hits ----------------------------------------------------------------------

    def set_terms(self, terms: list[str], start_page: int | None = None) -> None:
        """Highlight each of `terms`; the current hit becomes the first at or after `start_page`."""
        self._clear_models()
        for term in terms:
            model = QPdfSearchModel(self)
            model.setDocument(self.pdf)
            model.setSearchString(term)
            model.countChanged.connect(self._on_model_count_changed)
            self._models.append(model)
        page = self.pageNavigator().currentPage() if start_page is None else start_page
        # Searching the start page now (the models go through the rest page by page, on timers)
        # lets the view show the first hit at once.
        first = sorted(h for h in self._hits_on(page))
        self._hits = first
        self._current = first[0] if first else None
        if self._current is not None:
            self._show_hit(self._current)
        self._emit_hits()
        self._rebuild.start()
        self.viewport().update()

    @property
    def terms(self) -> list[str]:
        return [m.searchString() for m in self._models]

    @property
    def hits(self) -> list[PdfHit]:
        return list(self._hits)

    @property
    def current_hit(self) -> PdfHit | None:
        return self._current

    def next_hit(self, step: int = 1) -> None:
        if not self._hits:
            return
        if self._current in self._hits:
            position = (self._hits.index(self._current) + step) % len(self._hits)
        else:
            here = (self.pageNavigator().currentPage(), -1.0, -1.0)
            after = [i for i, h in enumerate(self._hits) if (h.page, h.top, h.left) > here]
            position = (after[0] if after else 0) if step > 0 else ((after[0] - 1) if after else -1)
        self._current = self._hits[position % len(self._hits)]
        self._show_hit(self._current)
        self._emit_hits()
        self.viewport().update()

    def _hits_on(self, page: int) -> list[PdfHit]:
        found = []
        for model in self._models:
            for link in model.resultsOnPage(page):
                rects = tuple(link.rectangles())
                if rects:
                    found.append(PdfHit(page, rects[0].top(), rects[0].left(), rects))
        return found

    def _clear_models(self) -> None:
        for model in self._models:
            model.countChanged.disconnect(self._on_model_count_changed)
            model.setSearchString("")
            model.deleteLater()
        self._models = []

    @Slot()
    def _on_model_count_changed(self) -> None:
        self._rebuild.start()  # models report page by page; gather the reports

    @Slot()
    def _on_rebuild_timeout(self) -> None:
        hits = []
        for model in self._models:
            for i in range(model.count()):
                link = model.resultAtIndex(i)
                rects = tuple(link.rectangles())
                if rects:
                    hits.append(PdfHit(link.page(), rects[0].top(), rects[0].left(), rects))
        self._hits = sorted(set(hits))
        self._emit_hits()
        self.viewport().update()

    def _emit_hits(self) -> None:
        current = self._hits.index(self._current) + 1 if self._current in self._hits else 0
        self.hits_changed.emit(current, len(self._hits))

    # -- pages and zoom ----------------------------------------------------------------------

    def page_geometry(self, page: int) -> QRect:
        """Where QPdfView puts page `page` (0-based) in document coordinates."""
        rects = self._layout()
        return rects[page] if 0 <= page < len(rects) else QRect()

    def _layout(self) -> list[QRect]:
        count = self.pdf.pageCount()
        if count <= 0 or self.pdf.status() != QPdfDocument.Status.Ready:
            return []
        sizes = [
            (QSizeF(self.pdf.pagePointSize(p)) * self._resolution * self.zoomFactor()).toSize()
            for p in range(count)
        ]
        margins = self.documentMargins()
        total_width = max(s.width() for s in sizes) + margins.left() + margins.right()
        room = max(total_width, self.viewport().width())
        y = margins.top()
        rects = []
        for size in sizes:
            rects.append(QRect((room - size.width()) // 2, y, size.width(), size.height()))
            y += size.height() + self.pageSpacing()
        return rects

    def screen_rect(self, page: int, rect: QRectF) -> QRectF:
        """A rectangle in page points, in document coordinates (what the overlay paints)."""
        scale = self._resolution * self.zoomFactor()
        top_left = self.page_geometry(page).topLeft()
        return QRectF(
            rect.x() * scale, rect.y() * scale, rect.width() * scale, rect.height() * scale
        ).translated(QPointF(top_left))

    def go_to_page(self, page: int) -> None:
        geometry = self.page_geometry(page - 1)
        if geometry.isValid():
            self.verticalScrollBar().setValue(geometry.top() - self.documentMargins().top())

    def _show_hit(self, hit: PdfHit) -> None:
        area = self.screen_rect(hit.page, hit.rects[0])
        bar = self.verticalScrollBar()
        view_height = self.viewport().height()
        if not (bar.value() + 20 <= area.top() and area.bottom() <= bar.value() + view_height - 20):
            bar.setValue(int(area.top() - view_height / 3))
        hbar = self.horizontalScrollBar()
        if not (hbar.value() <= area.left() and area.right() <= hbar.value() + self.viewport().width()):
            hbar.setValue(int(area.left() - self.viewport().width() / 4))

    @property
    def zoom(self) -> float:
        return self.zoomFactor()

    def set_zoom(self, factor: float, fit_width: bool = False) -> None:
        self._fit_width = fit_width
        factor = max(MIN_ZOOM, min(MAX_ZOOM, factor))
        anchor = self._anchor()
        self.setZoomFactor(factor)
        self._restore(anchor)
        self.zoom_changed.emit(factor)

    def zoom_in(self) -> None:
        self.set_zoom(self.zoomFactor() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoomFactor() / ZOOM_STEP)

    def fit_width(self) -> None:
        self._fit_width = True
        self._apply_fit()

    def _apply_fit(self) -> None:
        if self.pdf.pageCount() <= 0:
            return
        widest = max(self.pdf.pagePointSize(p).width() for p in range(self.pdf.pageCount()))
        margins = self.documentMargins()
        room = self.viewport().width() - margins.left() - margins.right()
        if widest > 0 and room > 50:
            self.set_zoom(room / (widest * self._resolution), fit_width=True)

    def _anchor(self) -> tuple[int, float]:
        """The page at the top of the view and how far down it the view starts (0..1)."""
        top = self.verticalScrollBar().value()
        for page, rect in enumerate(self._layout()):
            if rect.bottom() >= top:
                return page, max(0.0, (top - rect.top()) / max(1, rect.height()))
        return 0, 0.0

    def _restore(self, anchor: tuple[int, float]) -> None:
        rect = self.page_geometry(anchor[0])
        if rect.isValid():
            self.verticalScrollBar().setValue(int(rect.top() + anchor[1] * rect.height()))

    # -- Qt overrides ------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fit_width and event.size().width() != event.oldSize().width():
            self._apply_fit()
            if self._current is not None:
                self._show_hit(self._current)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._models:
            return
        painter = QPainter(self.viewport())
        painter.translate(-self.horizontalScrollBar().value(), -self.verticalScrollBar().value())
        visible = QRect(
            self.horizontalScrollBar().value(),
            self.verticalScrollBar().value(),
            self.viewport().width(),
            self.viewport().height(),
        )
        mark = QColor(self.colours.mark_background)
        mark.setAlpha(120)
        for page, geometry in enumerate(self._layout()):
            if not geometry.intersects(visible):
                continue
            for hit in self._hits_on(page):
                for rect in hit.rects:
                    painter.fillRect(self.screen_rect(page, rect), mark)
        if self._current is not None:
            painter.setPen(QPen(self.colours.current_hit, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            for rect in self._current.rects:
                painter.drawRect(self.screen_rect(self._current.page, rect).adjusted(-2, -2, 2, 2))
        painter.end()

    @Slot(int)
    def _on_navigator_current_page_changed(self, page: int) -> None:
        self.page_changed.emit(page + 1, self.pdf.pageCount())
