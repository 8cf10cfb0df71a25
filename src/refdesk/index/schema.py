"""Index layer: the two Whoosh schemas of a generation: a small resource tier and a page tier."""

from __future__ import annotations

from pathlib import Path

from whoosh import fields, index
from whoosh.filedb.filestore import FileStorage
from whoosh.index import Index

from .analysis import spelling_analyzer, text_analyzer
from .storage import MappedStorage

RESOURCES_DIR = "resources"
PAGES_DIR = "pages"

# Weights of the resource tier's text fields when a query word is looked up in them.
FIELD_WEIGHTS = {"title": 4.0, "people": 2.0, "meta": 2.0, "summary": 1.0}


def resource_schema() -> fields.Schema:
    text = text_analyzer()
    return fields.Schema(
        rid=fields.ID(stored=True, unique=True),
        title=fields.TEXT(analyzer=text, phrase=True),
        summary=fields.TEXT(analyzer=text, phrase=True),
        people=fields.TEXT(analyzer=text, phrase=True),
        meta=fields.TEXT(analyzer=text, phrase=True),
        body=fields.TEXT(analyzer=text, phrase=False),  # each document word once, for stage 1
        spell=fields.TEXT(analyzer=spelling_analyzer(), phrase=False),
        info=fields.STORED(),
    )


def page_schema() -> fields.Schema:
    return fields.Schema(
        rid=fields.ID(stored=True, sortable=True),  # a column: document number -> resource
        doc=fields.ID(stored=True),
        page=fields.STORED(),
        text=fields.TEXT(analyzer=text_analyzer(), phrase=True),
    )


def create(root: Path) -> tuple[Index, Index]:
    (root / RESOURCES_DIR).mkdir(parents=True, exist_ok=True)
    (root / PAGES_DIR).mkdir(parents=True, exist_ok=True)
    return (
        index.create_in(str(root / RESOURCES_DIR), resource_schema()),
        index.create_in(str(root / PAGES_DIR), page_schema()),
    )


def open_indexes(root: Path) -> tuple[Index, Index]:
    return index.open_dir(str(root / RESOURCES_DIR)), index.open_dir(str(root / PAGES_DIR))


def open_for_search(root: Path) -> tuple[Index, Index]:
    """The two tiers as a search reads them. The resource tier is memory-mapped (without
    Whoosh's copy, see storage.py): it is small and every search reads all over it. The page tier
    is read with plain file reads: a search touches a few blocks of it, yet mapping it kept most
    of its hundreds of megabytes resident (at 5,000 resources, 198 MB resident while searching
    against 403 MB mapped, latency unchanged; benchmarks/README.md)."""
    resources = MappedStorage(str(root / RESOURCES_DIR)).open_index()
    pages = FileStorage(str(root / PAGES_DIR), supports_mmap=False, readonly=True).open_index()
    return resources, pages
