"""Index layer: write a generation's indexes from plain resources and page texts (one writer)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from whoosh.index import Index
from whoosh.writing import IndexWriter

from refdesk.config import names
from refdesk.core import vocab
from refdesk.core.text import markdown_to_text
from refdesk.core.types import Resource

from . import schema
from .analysis import surface_words

log = logging.getLogger(__name__)

Labeller = Callable[[str, str], str]


def resource_info(res: Resource) -> dict[str, object]:
    """What the engine keeps in memory per resource: enough to filter, facet, sort and show."""
    return {
        "title": res.title,
        "type": res.type,
        "year": res.year,
        "publishers": list(res.publishers),
        "topic": list(res.topics),
        "audience": list(res.audiences),
        "country": list(res.countries),
        "region": list(res.regions),
        "language": list(res.languages),
        "summary": markdown_to_text(res.summary).strip(),  # snippets show words, not markup
        "docs": [d.sha256 for d in res.documents],
        "translations": list(res.translations),
    }


def meta_text(res: Resource, label: Labeller) -> str:
    """Searchable words for a resource's facets: labels, country and language names."""
    parts = [res.type, vocab.TYPES.get(res.type, res.type)]
    parts += [label("topic", t) for t in res.topics]
    parts += [label("audience", a) for a in res.audiences]
    parts += [vocab.REGIONS.get(r, r) for r in res.regions]
    for code in res.countries:
        parts.append(code)
        parts.extend(names.country_search_names(code))
    for code in res.languages:
        parts.extend(names.language_search_names(code))
    parts += [d.title for d in res.documents if d.title]
    return " . ".join(parts)


def build_indexes(
    root: Path,
    resources: Sequence[Resource],
    pages: Mapping[str, Sequence[str]],
    label: Labeller,
    *,
    limitmb: int = 256,
) -> None:
    """Create both indexes under root; each is committed once, with one writer."""
    res_ix, page_ix = schema.create(root)
    _write(res_ix, resources, (), lambda w, res: _add_resource(w, res, pages, label), limitmb)
    _write(page_ix, resources, (), lambda w, res: _add_pages(w, res, pages), limitmb)


def update_indexes(
    root: Path,
    upserts: Sequence[Resource],
    removed: Sequence[str],
    pages: Mapping[str, Sequence[str]],
    label: Labeller,
    *,
    limitmb: int = 128,
) -> None:
    """Apply a delta to existing indexes: delete by `rid`, then add; one commit per index.

    `pages` must hold the page texts of every document of every upserted resource.
    """
    res_ix, page_ix = schema.open_indexes(root)
    gone = list(dict.fromkeys([*removed, *(r.id for r in upserts)]))
    _write(res_ix, upserts, gone, lambda w, res: _add_resource(w, res, pages, label), limitmb)
    _write(page_ix, upserts, gone, lambda w, res: _add_pages(w, res, pages), limitmb)


def _write(
    ix: Index,
    resources: Sequence[Resource],
    deleted: Sequence[str],
    add: Callable[[IndexWriter, Resource], None],
    limitmb: int,
) -> None:
    # Separate files per segment, not one compound file: storage.MappedStorage maps them
    # for searching without the copy Whoosh makes of a compound file's parts.
    writer = ix.writer(limitmb=limitmb, compound=False)
    try:
        for rid in deleted:
            writer.delete_by_term("rid", rid)
        for res in resources:
            add(writer, res)
        writer.commit()
    except BaseException:
        writer.cancel()
        raise


def _add_resource(
    writer: IndexWriter, res: Resource, pages: Mapping[str, Sequence[str]], label: Labeller
) -> None:
    doc_words: set[str] = set()
    for doc in res.documents:
        for text in pages.get(doc.sha256, ()):
            doc_words.update(surface_words(text))
    spell_text = " ".join(
        [res.title, res.summary, " ".join(res.publishers), meta_text(res, label), *sorted(doc_words)]
    )
    writer.add_document(
        rid=res.id,
        title=res.title,
        summary=res.summary,
        people=" . ".join(res.publishers),
        meta=meta_text(res, label),
        body=" ".join(sorted(doc_words)),
        spell=spell_text,
        info=resource_info(res),
    )


def _add_pages(writer: IndexWriter, res: Resource, pages: Mapping[str, Sequence[str]]) -> None:
    for doc in res.documents:
        for number, text in enumerate(pages.get(doc.sha256, ()), start=1):
            if text.strip():
                writer.add_document(rid=res.id, doc=doc.sha256, page=number, text=text)
