"""Document text extraction: PDF page by page, Markdown, HTML and text."""

from __future__ import annotations

from pathlib import Path

import pytest

from refdesk.catalogue.extract import extract, html_to_text
from refdesk.core.errors import SourceError
from refdesk.core.text import markdown_to_text
from tests.helpers import write_pdf


def test_pdf_pages_are_kept_apart(tmp_path: Path) -> None:
    pdf = write_pdf(tmp_path / "a.pdf", ["first page about wages", "second page about passports"])
    doc = extract(pdf)
    assert doc.media_type == "application/pdf"
    assert len(doc.pages) == 2
    assert "wages" in doc.pages[0] and "passports" not in doc.pages[0]
    assert "passports" in doc.pages[1]
    assert len(doc.sha256) == 64


def test_unreadable_pdf_is_a_source_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"not a pdf at all")
    with pytest.raises(SourceError, match="not a readable PDF"):
        extract(bad)


def test_markdown_loses_markup_not_words() -> None:
    text = markdown_to_text("# Title\n\n- **Debt** bondage\n- see [the guide](http://x.org)\n")
    assert "#" not in text and "**" not in text and "http" not in text
    assert "Debt bondage" in text and "the guide" in text


def test_html_skips_scripts() -> None:
    text = html_to_text(
        "<html><head><title>x</title><script>var a</script></head>"
        "<body><p>Hello &amp; welcome</p></body></html>"
    )
    assert "Hello & welcome" in text and "var a" not in text


def test_text_form_feeds_are_pages(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("one\fsecond page", encoding="utf-8")
    assert extract(path).pages == ("one", "second page")
