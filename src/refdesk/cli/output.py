"""CLI layer: human and JSON renderings of service results."""

from __future__ import annotations

import html
import json
import re
import shutil
import sys
import unicodedata
from dataclasses import asdict
from typing import Any, TextIO

from refdesk.config import names
from refdesk.core import vocab
from refdesk.core.i18n import translate
from refdesk.core.types import CatalogueInfo, Resource, SearchResult

from . import language

_BOLD = re.compile(r"<b>(.*?)</b>", re.S)


def emit_json(data: Any, stream: TextIO | None = None) -> None:
    stream = stream or sys.stdout
    stream.write(json.dumps(data, ensure_ascii=False, indent=2, default=str))
    stream.write("\n")


def info_json(app_version: str, data_dir: str, info: CatalogueInfo | None) -> dict[str, Any]:
    catalogue = None
    if info is not None:
        catalogue = {
            "id": info.id,
            "title": info.title,
            "publisher": info.publisher,
            "version": info.version,
            "published": info.published.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "resources": info.resources,
            "documents": info.documents,
            "generation": info.generation,
        }
    return {"app_version": app_version, "data_dir": data_dir, "catalogue": catalogue}


def search_json(result: SearchResult) -> dict[str, Any]:
    return {
        "query": result.query,
        "total": result.total,
        "took_ms": result.took_ms,
        "corrected_query": result.corrected_query,
        "results": [
            {
                "id": h.id,
                "title": h.title,
                "type": h.type,
                "year": h.year,
                "publishers": list(h.publishers),
                "score": h.score,
                "snippet": h.snippet,
                "document": h.document,
                "page": h.page,
            }
            for h in result.hits
        ],
        "facets": result.facets,
    }


def resource_json(res: Resource, labels: dict[str, dict[str, str]]) -> dict[str, Any]:
    data = asdict(res)
    data["type_label"] = vocab.TYPES.get(res.type, res.type)
    data["country_names"] = {c: names.country_name(c) for c in res.countries}
    data["language_names"] = {c: names.language_name(c) for c in res.languages}
    data["topic_labels"] = {t: labels.get("topic", {}).get(t) or vocab.slug_label(t) for t in res.topics}
    data["audience_labels"] = {
        a: labels.get("audience", {}).get(a) or vocab.slug_label(a) for a in res.audiences
    }
    return data


class Styler:
    """ANSI emphasis on a terminal, plain text in a pipe."""

    def __init__(self, stream: TextIO) -> None:
        self.color = stream.isatty()

    def bold(self, text: str) -> str:
        return f"\x1b[1m{text}\x1b[0m" if self.color else text

    def dim(self, text: str) -> str:
        return f"\x1b[2m{text}\x1b[0m" if self.color else text

    def mark(self, snippet: str) -> str:
        if self.color:
            text = _BOLD.sub(lambda m: f"\x1b[1;33m{m.group(1)}\x1b[0m", snippet)
        else:
            text = _BOLD.sub(lambda m: f"[{m.group(1)}]", snippet)
        return html.unescape(text)


def print_search(result: SearchResult, offset: int, stream: TextIO) -> None:
    style = Styler(stream)
    width = max(60, min(shutil.get_terminal_size((100, 20)).columns, 120))
    if result.corrected_query:
        corrected = style.bold(result.corrected_query)
        stream.write(translate("Cli", "Showing results for: {query}").format(query=corrected) + "\n")
    if not result.hits:
        nothing = translate("Cli", "No results for '{query}'. Try fewer or different words.")
        stream.write(nothing.format(query=result.query) + "\n")
        return
    summary = translate("Cli", "%n results ({first}-{last}), {took} ms", None, result.total).format(
        first=offset + 1, last=offset + len(result.hits), took=f"{result.took_ms:.1f}"
    )
    stream.write(style.dim(summary) + "\n\n")
    for rank, hit in enumerate(result.hits, start=offset + 1):
        meta = [vocab.shown(vocab.TYPES.get(hit.type), hit.type)]
        if hit.year:
            meta.append(str(hit.year))
        if hit.publishers:
            meta.append(_clip("; ".join(hit.publishers), 50))
        if hit.page:
            meta.append(translate("Cli", "page {page}").format(page=hit.page))
        stream.write(f"{rank:>3}. {style.bold(_clip(hit.title, width - 5))}\n")
        stream.write(f"     {style.dim(' · '.join(meta))}\n")
        for line in _wrap(style.mark(hit.snippet), width - 5):
            stream.write(f"     {line}\n")
        stream.write(f"     {style.dim(hit.id)}\n\n")


def print_resource(res: Resource, labels: dict[str, dict[str, str]], stream: TextIO) -> None:
    style = Styler(stream)
    spoken = language.current() or "en"
    stream.write(style.bold(res.title) + "\n")
    rows = [
        (translate("Cli", "Id:"), res.id),
        (translate("Cli", "Type:"), vocab.shown(vocab.TYPES.get(res.type), res.type)),
        (translate("Cli", "Publishers:"), "; ".join(res.publishers)),
        (translate("Cli", "Year:"), str(res.year or "")),
        (
            translate("Cli", "Topics:"),
            ", ".join(vocab.shown(labels.get("topic", {}).get(t), t) for t in res.topics),
        ),
        (
            translate("Cli", "Audiences:"),
            ", ".join(vocab.shown(labels.get("audience", {}).get(a), a) for a in res.audiences),
        ),
        (
            translate("Cli", "Countries:"),
            ", ".join(f"{names.country_name(c, spoken)} ({c})" for c in res.countries),
        ),
        (translate("Cli", "Regions:"), ", ".join(vocab.shown(vocab.REGIONS.get(r), r) for r in res.regions)),
        (translate("Cli", "Languages:"), ", ".join(names.language_name(c, spoken) for c in res.languages)),
        (translate("Cli", "Link:"), res.url or ""),
        (translate("Cli", "Licence:"), res.licence or ""),
        (translate("Cli", "Supersedes:"), ", ".join(res.supersedes)),
        (translate("Cli", "Superseded by:"), ", ".join(res.superseded_by)),
        (translate("Cli", "Translations:"), ", ".join(res.translations)),
    ]
    # One column for the values, one space past the longest label (15 characters in English).
    width = max(_columns(label) for label, _value in rows) + 1
    for label, value in rows:
        if value:
            stream.write(f"{label}{' ' * (width - _columns(label))}{value}\n")
    stream.write("\n")
    for line in _wrap(res.summary, 96):
        stream.write(line + "\n")
    if res.documents:
        stream.write("\n" + translate("Cli", "Documents:") + "\n")
        for doc in res.documents:
            pages = ""
            if doc.media_type == "application/pdf":
                pages = ", " + translate("Cli", "%n pages", None, doc.pages)
            label = doc.title or doc.path
            stream.write(f"  - {label} [{doc.language or '?'}{pages}] {style.dim(doc.sha256[:12])}\n")


def _columns(text: str) -> int:
    """How many terminal columns `text` takes: wide (CJK) characters take two; marks written
    above or below a letter (Thai, Khmer, Devanagari vowel signs) and joiners take none."""
    return sum(
        0
        if unicodedata.category(ch) in ("Mn", "Me", "Cf")
        else 2
        if unicodedata.east_asian_width(ch) in "WF"
        else 1
        for ch in text
    )


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _wrap(text: str, width: int) -> list[str]:
    import textwrap

    lines: list[str] = []
    for paragraph in text.split("\n"):
        lines.extend(textwrap.wrap(paragraph, width) or [""])
    return lines
