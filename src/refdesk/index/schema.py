"""Index layer: the two Whoosh schemas of a generation: a small resource tier and a page tier."""

from __future__ import annotations

from pathlib import Path

from whoosh import fields, index
from whoosh.index import Index

from .analysis import spelling_analyzer, text_analyzer

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
