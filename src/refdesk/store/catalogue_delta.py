"""Store layer: apply a release delta to a copy of catalogue.sqlite, in one transaction."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from refdesk.core.types import Resource

from .catalogue_db import (
    CatalogueMeta,
    DocumentRow,
    LinkRow,
    Meta,
    PageRow,
    ResourceDocumentRow,
    ResourceRow,
    ValueRow,
    _engine,
    add_resource,
    meta_values,
)


def apply_delta(
    path: Path,
    meta: CatalogueMeta,
    upserts: Sequence[Resource],
    removed: Sequence[str],
    pages: Mapping[str, Sequence[str]],
) -> None:
    """Replace `upserts` (added or changed resources), drop `removed`, add new documents' pages.

    Documents no longer referenced by any resource go too. Either all of it lands or none.
    """
    engine = _engine(path, readonly=False)
    try:
        with Session(engine) as session, session.begin():
            for key, value in meta_values(meta).items():
                session.merge(Meta(key=key, value=value))
            gone = list(dict.fromkeys([*removed, *(r.id for r in upserts)]))
            for start in range(0, len(gone), 500):
                chunk = gone[start : start + 500]
                for table in (ValueRow, LinkRow, ResourceDocumentRow):
                    session.execute(delete(table).where(table.resource_id.in_(chunk)))
                session.execute(delete(ResourceRow).where(ResourceRow.id.in_(chunk)))
            session.flush()
            seen_docs = set(session.scalars(select(DocumentRow.sha256)))
            for res in upserts:
                add_resource(session, res, pages, seen_docs)
            session.flush()
            used = select(ResourceDocumentRow.sha256)
            session.execute(delete(PageRow).where(PageRow.sha256.not_in(used)))
            session.execute(delete(DocumentRow).where(DocumentRow.sha256.not_in(used)))
    finally:
        engine.dispose()
