"""Services layer: user data to and from a portable JSON file (`refdesk userdata export|import`)."""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import Any

from sqlalchemy import select

from refdesk.core.errors import RefdeskError, UsageError
from refdesk.core.i18n import translate
from refdesk.store.user_db import (
    Bookmark,
    Collection,
    CollectionItem,
    Note,
    Recent,
    SavedSearch,
    UserStore,
    utcnow,
)

log = logging.getLogger(__name__)

EXPORT_FORMAT = "refdesk-userdata"
EXPORT_VERSION = 1


def export_file(store: UserStore, path: Path) -> dict[str, int]:
    data = export_data(store)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(tmp, path)
    return {k: len(v) for k, v in data.items() if isinstance(v, list)}


def export_data(store: UserStore) -> dict[str, Any]:
    with store.session() as session:
        collections = []
        for coll in session.scalars(select(Collection).order_by(Collection.name)):
            items = session.execute(
                select(CollectionItem.resource_id, CollectionItem.added)
                .where(CollectionItem.collection_id == coll.id)
                .order_by(CollectionItem.resource_id)
            )
            collections.append(
                {
                    "name": coll.name,
                    "created": coll.created,
                    "items": [{"id": r, "added": a} for r, a in items],
                }
            )
        return {
            "format": EXPORT_FORMAT,
            "version": EXPORT_VERSION,
            "bookmarks": [
                _row_dict(b, "resource_id", "title", "added", "catalogue_version", "content_hash")
                for b in session.scalars(select(Bookmark).order_by(Bookmark.resource_id))
            ],
            "notes": [
                _row_dict(n, "resource_id", "text", "title", "updated", "catalogue_version", "content_hash")
                for n in session.scalars(select(Note).order_by(Note.resource_id))
            ],
            "collections": collections,
            "recent": [
                _row_dict(r, "resource_id", "title", "viewed")
                for r in session.scalars(select(Recent).order_by(Recent.resource_id))
            ],
            "saved_searches": [
                _row_dict(s, "name", "query", "filters", "created", "seen_ids", "seen_version", "new_count")
                for s in session.scalars(select(SavedSearch).order_by(SavedSearch.query, SavedSearch.filters))
            ],
        }


def import_file(store: UserStore, path: Path) -> dict[str, int]:
    """Merge an export into this data: nothing is duplicated, the newer note wins."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UsageError(translate("UserData", "{path} does not exist.").format(path=path)) from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise RefdeskError(
            translate("UserData", "{path} is not a RefDesk user-data export ({reason}).").format(
                path=path, reason=exc
            ),
            code="bad-import",
        ) from exc
    if not isinstance(data, dict) or data.get("format") != EXPORT_FORMAT:
        raise RefdeskError(
            translate("UserData", "{path} is not a RefDesk user-data export.").format(path=path),
            code="bad-import",
        )
    if int(data.get("version", 0)) > EXPORT_VERSION:
        raise RefdeskError(
            translate("UserData", "{path} was exported by a newer RefDesk; update the app first.").format(
                path=path
            ),
            code="bad-import",
        )
    try:
        return _merge(store, data)
    except (KeyError, TypeError, ValueError) as exc:
        raise RefdeskError(
            translate("UserData", "{path} is damaged ({reason}); nothing was imported.").format(
                path=path, reason=exc
            ),
            code="bad-import",
        ) from exc


def _merge(store: UserStore, data: dict[str, Any]) -> dict[str, int]:
    added = {"bookmarks": 0, "notes": 0, "collection_items": 0, "recent": 0, "saved_searches": 0}
    with store.session() as session:
        for item in data.get("bookmarks", []):
            if session.get(Bookmark, item["resource_id"]) is None:
                session.add(Bookmark(**_pick(item, Bookmark)))
                added["bookmarks"] += 1
        for item in data.get("notes", []):
            note = session.get(Note, item["resource_id"])
            if note is None:
                session.add(Note(**_pick(item, Note)))
                added["notes"] += 1
            elif item["updated"] > note.updated and item["text"] != note.text:
                for key, value in _pick(item, Note).items():
                    setattr(note, key, value)
                added["notes"] += 1
        for coll in data.get("collections", []):
            for member in coll.get("items", []):
                name = collection_name(coll["name"])
                if add_collection_item(session, name, member["id"], member.get("added"), coll.get("created")):
                    added["collection_items"] += 1
        for item in data.get("recent", []):
            row = session.get(Recent, item["resource_id"])
            if row is None:
                session.add(Recent(**_pick(item, Recent)))
                added["recent"] += 1
            elif item["viewed"] > row.viewed:
                row.viewed, row.title = item["viewed"], item["title"]
        for item in data.get("saved_searches", []):
            exists = session.scalar(
                select(SavedSearch).where(
                    SavedSearch.query == item["query"], SavedSearch.filters == item["filters"]
                )
            )
            if exists is None:
                session.add(SavedSearch(**_pick(item, SavedSearch)))
                added["saved_searches"] += 1
    return added


def collection_name(name: str) -> str:
    cleaned = " ".join(str(name).split())
    if not cleaned:
        raise UsageError(translate("UserData", "A collection needs a name."))
    return cleaned[:200]


def _row_dict(row: Any, *keys: str) -> dict[str, Any]:
    return {key: getattr(row, key) for key in keys}


def _pick(item: dict[str, Any], model: type) -> dict[str, Any]:
    columns = {c.key for c in model.__table__.columns if c.key != "id"}  # type: ignore[attr-defined]
    return {k: v for k, v in item.items() if k in columns}


def add_collection_item(
    session: Any, name: str, resource_id: str, added: str | None = None, created: str | None = None
) -> bool:
    """Put a resource in a collection (made if new); False when it was there already."""
    coll = session.scalar(select(Collection).where(Collection.name == name))
    if coll is None:
        coll = Collection(name=name, created=created or added or utcnow())
        session.add(coll)
        session.flush()
    if session.get(CollectionItem, (coll.id, resource_id)) is None:
        session.add(CollectionItem(collection_id=coll.id, resource_id=resource_id, added=added or utcnow()))
        return True
    return False
