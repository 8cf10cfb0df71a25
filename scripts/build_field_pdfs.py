#!/usr/bin/env python3
"""Render the RefDesk field PDFs from their reviewable Markdown-ish sources.

Sources live in ``resources/catalogue/documents/field/src/*.md``; each one names its output PDF,
which is written next to the other field documents in ``resources/catalogue/documents/field/``.

Source format (a deliberately small subset of Markdown)::

    ---
    output: forced-labour-indicator-card.pdf
    title: Forced labour indicator card
    subtitle: One line shown under the title on page 1
    subject: Short description stored in the PDF metadata
    keywords: comma, separated, words
    ---
    ## Heading of page 1        each "## " heading starts a new page; a page must fit on one page
    A paragraph; consecutive lines are joined. **bold** is allowed.
    ### Sub-heading
    - bullet item
      (an indented line continues the item above)
    1. numbered item
    [ ] checklist item (drawn with an empty tick box)
    > note, shown in a shaded box

The build is deterministic: a fixed creation date and producer (fpdf2 derives the file identifier
from the content), so rebuilding unchanged sources gives byte-identical PDFs.  A page whose
content does not fit is an error, so every "## " section stays on exactly one page (search
results point to pages).

Usage: python scripts/build_field_pdfs.py [--check]   (--check: build in memory, compare bytes)
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from fpdf import FPDF

ROOT = Path(__file__).resolve().parents[1]
FIELD_DIR = ROOT / "resources" / "catalogue" / "documents" / "field"
SRC_DIR = FIELD_DIR / "src"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONTS = {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf", "I": "DejaVuSans-Oblique.ttf"}

FIXED_DATE = datetime(2026, 1, 15, 0, 0, 0, tzinfo=UTC)
PRODUCER = "RefDesk scripts/build_field_pdfs.py (fpdf2)"
AUTHOR = "RefDesk editorial team"
FOOTER_NOTE = "RefDesk field document · CC BY 4.0 · RefDesk editorial team 2026"

ACCENT = (22, 84, 122)
NOTE_FILL = (232, 240, 246)
GREY = (90, 90, 90)

BODY_SIZE = 9.6
LINE_H = 4.7
MARGIN = 16
# Text that fpdf2's markdown mode would read as formatting; keep it out of the sources.
FORBIDDEN = ("--", "__", "~~")


@dataclass
class Block:
    kind: str  # para, h3, bullet, number, check, note
    text: str
    number: int = 0


@dataclass
class Page:
    heading: str
    line: int
    blocks: list[Block] = field(default_factory=list)


@dataclass
class Source:
    path: Path
    meta: dict[str, str]
    pages: list[Page]


class SourceError(Exception):
    pass


def parse_source(path: Path) -> Source:
    lines = path.read_text(encoding="utf-8").splitlines()
    if not lines or lines[0].strip() != "---":
        raise SourceError(f"{path}:1: the source must start with a '---' header")
    meta: dict[str, str] = {}
    index = 1
    while index < len(lines) and lines[index].strip() != "---":
        key, sep, value = lines[index].partition(":")
        if not sep:
            raise SourceError(f"{path}:{index + 1}: header lines are 'key: value'")
        meta[key.strip()] = value.strip()
        index += 1
    for key in ("output", "title"):
        if not meta.get(key):
            raise SourceError(f"{path}: header needs '{key}'")
    pages: list[Page] = []
    current: Block | None = None

    def flush() -> None:
        nonlocal current
        if current is not None:
            current.text = " ".join(current.text.split())
            pages[-1].blocks.append(current)
            current = None

    for number, raw in enumerate(lines[index + 1 :], start=index + 2):
        for bad in FORBIDDEN:
            if bad in raw:
                raise SourceError(f"{path}:{number}: '{bad}' would be read as formatting; reword")
        line = raw.rstrip()
        stripped = line.strip()
        if line.startswith("## "):
            flush()
            pages.append(Page(line[3:].strip(), number))
            continue
        if not pages:
            if stripped:
                raise SourceError(f"{path}:{number}: text before the first '## ' page heading")
            continue
        if not stripped:
            flush()
            continue
        match = re.match(r"(\d+)\.\s+(.*)", stripped)
        if line.startswith("### "):
            flush()
            pages[-1].blocks.append(Block("h3", line[4:].strip()))
        elif line.startswith("- "):
            flush()
            current = Block("bullet", line[2:])
        elif line.startswith("[ ] "):
            flush()
            current = Block("check", line[4:])
        elif line.startswith("> "):
            if current is None or current.kind != "note":
                flush()
                current = Block("note", "")
            current.text += " " + line[2:]
        elif match and not line.startswith(" "):
            flush()
            current = Block("number", match.group(2), int(match.group(1)))
        elif line.startswith("  ") and current is not None and current.kind != "para":
            current.text += " " + stripped
        else:
            if current is None or current.kind != "para":
                flush()
                current = Block("para", "")
            current.text += " " + stripped
    flush()
    if not pages:
        raise SourceError(f"{path}: no '## ' page headings")
    return Source(path, meta, pages)


class FieldPDF(FPDF):
    def __init__(self, doc_title: str) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.doc_title = doc_title
        for style, name in FONTS.items():
            self.add_font("DejaVu", style, str(FONT_DIR / name))
        self.set_margins(MARGIN, 14, MARGIN)
        self.set_auto_page_break(True, margin=18)

    def header(self) -> None:
        if self.page_no() == 1:
            return
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(*GREY)
        self.cell(0, 4, self.doc_title, align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(*ACCENT)
        self.set_line_width(0.2)
        self.line(MARGIN, self.get_y() + 0.5, self.w - MARGIN, self.get_y() + 0.5)
        self.ln(4)
        self.set_text_color(0, 0, 0)

    def footer(self) -> None:
        self.set_y(-13)
        self.set_draw_color(*ACCENT)
        self.set_line_width(0.2)
        self.line(MARGIN, self.get_y(), self.w - MARGIN, self.get_y())
        self.ln(1.5)
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(*GREY)
        self.cell(0, 4, FOOTER_NOTE, align="L")
        self.set_x(MARGIN)
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="R")
        self.set_text_color(0, 0, 0)


def _text(pdf: FPDF, text: str, size: float = BODY_SIZE, style: str = "") -> None:
    pdf.set_font("DejaVu", style, size)
    pdf.multi_cell(0, LINE_H, text, markdown=True, align="L", new_x="LMARGIN", new_y="NEXT")


def _item(pdf: FPDF, marker: str, text: str, box: bool = False) -> None:
    indent = 5.0 if marker == "•" or box else 7.0
    x = pdf.l_margin
    y = pdf.get_y()
    pdf.set_font("DejaVu", "B" if marker != "•" else "", BODY_SIZE)
    if box:
        pdf.set_draw_color(60, 60, 60)
        pdf.set_line_width(0.3)
        pdf.rect(x + 0.6, y + 0.9, 3.0, 3.0)
    else:
        pdf.set_xy(x, y)
        pdf.cell(indent, LINE_H, marker)
    pdf.set_xy(x + indent, y)
    pdf.set_font("DejaVu", "", BODY_SIZE)
    pdf.multi_cell(
        pdf.w - pdf.r_margin - x - indent,
        LINE_H,
        text,
        markdown=True,
        align="L",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(0.8)


def render(source: Source) -> bytes:
    meta = source.meta
    pdf = FieldPDF(meta["title"])
    pdf.set_title(meta["title"])
    pdf.set_author(AUTHOR)
    pdf.set_creator(AUTHOR)
    pdf.set_producer(PRODUCER)
    pdf.set_subject(meta.get("subject", ""))
    pdf.set_keywords(meta.get("keywords", ""))
    pdf.set_lang(meta.get("lang", "en"))
    pdf.set_creation_date(FIXED_DATE)
    # fpdf2's default /ID hashes the output and the creation date, so it is stable too.

    for number, page in enumerate(source.pages, start=1):
        pdf.add_page()
        if number == 1:
            pdf.set_font("DejaVu", "B", 18)
            pdf.set_text_color(*ACCENT)
            pdf.multi_cell(0, 8, meta["title"], align="L", new_x="LMARGIN", new_y="NEXT")
            if meta.get("subtitle"):
                pdf.set_text_color(*GREY)
                _text(pdf, meta["subtitle"], size=10.5)
            pdf.set_text_color(0, 0, 0)
            pdf.ln(3)
        # Page heading with an accent bar.
        y = pdf.get_y()
        pdf.set_fill_color(*ACCENT)
        pdf.rect(MARGIN, y, 1.6, 7, style="F")
        pdf.set_xy(MARGIN + 3.5, y)
        pdf.set_font("DejaVu", "B", 13.5)
        pdf.set_text_color(*ACCENT)
        pdf.multi_cell(0, 7, page.heading, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        pdf.ln(2)
        for block in page.blocks:
            if block.kind == "h3":
                pdf.ln(1.5)
                pdf.set_text_color(*ACCENT)
                _text(pdf, block.text, size=10.8, style="B")
                pdf.set_text_color(0, 0, 0)
                pdf.ln(0.8)
            elif block.kind == "para":
                _text(pdf, block.text)
                pdf.ln(1.6)
            elif block.kind == "bullet":
                _item(pdf, "•", block.text)
            elif block.kind == "number":
                _item(pdf, f"{block.number}.", block.text)
            elif block.kind == "check":
                _item(pdf, "", block.text, box=True)
            elif block.kind == "note":
                pdf.ln(1)
                pdf.set_fill_color(*NOTE_FILL)
                pdf.set_font("DejaVu", "", BODY_SIZE)
                pdf.multi_cell(
                    0,
                    LINE_H,
                    block.text,
                    markdown=True,
                    fill=True,
                    padding=2,
                    align="L",
                    new_x="LMARGIN",
                    new_y="NEXT",
                )
                pdf.ln(2)
        if pdf.page_no() != number:
            raise SourceError(
                f"{source.path}:{page.line}: page {number} ('{page.heading}') does not fit on one "
                f"page; shorten it or split it with another '## ' heading"
            )
    return bytes(pdf.output())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="do not write; fail if a PDF on disk differs from a fresh build"
    )
    args = parser.parse_args(argv)
    sources = sorted(SRC_DIR.glob("*.md"))
    if not sources:
        print(f"no sources in {SRC_DIR}", file=sys.stderr)
        return 1
    status = 0
    for path in sources:
        try:
            source = parse_source(path)
            data = render(source)
        except SourceError as exc:
            print(f"error: {exc}", file=sys.stderr)
            status = 1
            continue
        target = FIELD_DIR / source.meta["output"]
        if args.check:
            same = target.is_file() and target.read_bytes() == data
            print(f"{'ok' if same else 'DIFFERS'}  {target.relative_to(ROOT)}")
            status |= 0 if same else 1
        else:
            target.write_bytes(data)
            print(f"wrote {target.relative_to(ROOT)} ({len(source.pages)} pages, {len(data)} bytes)")
    return status


if __name__ == "__main__":
    sys.exit(main())
