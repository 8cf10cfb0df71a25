"""Catalogue layer: extract the searchable text of a document, page by page."""

from __future__ import annotations

import html
import html.parser
import re
from dataclasses import dataclass
from pathlib import Path

from refdesk.core import vocab
from refdesk.core.errors import SourceError
from refdesk.core.files import sha256_file
from refdesk.core.i18n import translate
from refdesk.core.text import markdown_to_text

_SPACES = re.compile(r"[ \t\u00a0]+")
_BLANK_LINES = re.compile(r"\n\s*\n\s*")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class ExtractedDocument:
    sha256: str
    size: int
    media_type: str
    pages: tuple[str, ...]


def media_type(path: Path) -> str:
    try:
        return vocab.DOCUMENT_SUFFIXES[path.suffix.lower()]
    except KeyError:
        raise SourceError(
            translate("SourceCheck", "{name}: not a PDF, Markdown, text or HTML document").format(
                name=path.name
            )
        ) from None


def extract(path: Path) -> ExtractedDocument:
    """Read the document's text; raises SourceError when it cannot be read."""
    kind = media_type(path)
    try:
        if kind == "application/pdf":
            pages = _pdf_pages(path)
        else:
            raw = path.read_bytes()
            text = raw.decode("utf-8-sig", errors="replace")
            if kind == "text/markdown":
                text = markdown_to_text(text)
            elif kind == "text/html":
                text = html_to_text(text)
            pages = [_tidy(page) for page in text.split("\f")]
    except OSError as exc:
        raise SourceError(
            translate("SourceCheck", "{name}: cannot be read ({reason})").format(
                name=path.name, reason=exc.strerror or exc
            )
        ) from exc
    return ExtractedDocument(sha256_file(path), path.stat().st_size, kind, tuple(pages))


def _pdf_pages(path: Path) -> list[str]:
    import pypdfium2

    try:
        pdf = pypdfium2.PdfDocument(str(path))
    except pypdfium2.PdfiumError as exc:
        raise SourceError(
            translate("SourceCheck", "{name}: not a readable PDF ({reason})").format(
                name=path.name, reason=exc
            )
        ) from exc
    try:
        pages = []
        for index in range(len(pdf)):
            page = pdf[index]
            textpage = page.get_textpage()
            pages.append(_tidy(textpage.get_text_range()))
            textpage.close()
            page.close()
        return pages
    finally:
        pdf.close()


def _tidy(text: str) -> str:
    text = _CONTROL.sub(" ", text.replace("\r\n", "\n").replace("\r", "\n"))
    # Undo end-of-line hyphenation that PDF layout adds ("identi-\nfication").
    text = re.sub(r"(\w)-\n(\w)", r"\1\2", text)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


class _HtmlText(html.parser.HTMLParser):
    _SKIP = frozenset({"script", "style", "head", "noscript", "template"})
    _BREAK = frozenset({"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "table"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self._skipping += 1
        elif tag in self._BREAK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP and self._skipping:
            self._skipping -= 1
        elif tag in self._BREAK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def html_to_text(text: str) -> str:
    parser = _HtmlText()
    parser.feed(text)
    parser.close()
    return "".join(parser.parts)
