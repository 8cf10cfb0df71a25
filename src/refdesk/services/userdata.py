"""Services layer: bookmarks, notes, collections, recent and saved searches, with their statuses."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable
from dataclasses import asdict
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, select

from refdesk.core.errors import NotFoundError, UsageError
from refdesk.core.i18n import translate
from refdesk.core.types import (
    Edition,
    EntryStatus,
    RecentEntry,
    SavedSearchInfo,
    SearchFilters,
    SearchRequest,
    SearchResult,
    UserEntry,
)
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

from . import userdata_transfer as transfer
from .userdata_transfer import add_collection_item, collection_name

log = logging.getLogger(__name__)

RECENT_LIMIT = 100

Editions = Callable[[Iterable[str]], dict[str, Edition]]
Searcher = Callable[[SearchRequest], SearchResult]


def status_of(entry_hash: str | None, edition: Edition | None) -> tuple[EntryStatus, str | None]:
    """Where a saved entry stands against the installed catalogue."""
    if edition is not None and edition.superseded_by:
        return "superseded", edition.superseded_by[0]
    if edition is None or not edition.content_hash:
        return "withdrawn", None
    if entry_hash and entry_hash != edition.content_hash:
        return "changed", None
    return "current", None


class UserData:
    """The officer's own data. `editions` tells what the installed catalogue says of ids."""

    def __init__(
        self, store: UserStore, editions: Editions, catalogue_version: Callable[[], int | None]
    ) -> None:
        self.store = store
        self._editions = editions
        self._version = catalogue_version

    # -- bookmarks and notes ---------------------------------------------------------------

    def _current(self, resource_id: str) -> Edition:
        edition = self._editions([resource_id]).get(resource_id)
        if edition is None or not edition.content_hash:
            raise _not_found(resource_id)
        return edition

    def add_bookmark(
        self, resource_id: str, note: str | None = None, collections: Iterable[str] = ()
    ) -> None:
        edition = self._current(resource_id)
        with self.store.session() as session:
            mark = session.get(Bookmark, resource_id)
            if mark is None:
                session.add(
                    Bookmark(
                        resource_id=resource_id,
                        title=edition.title,
                        added=utcnow(),
                        catalogue_version=self._version(),
                        content_hash=edition.content_hash,
                    )
                )
            for name in collections:
                add_collection_item(session, collection_name(name), resource_id)
        if note is not None:
            self.set_note(resource_id, note)

    def remove_bookmark(self, resource_id: str) -> bool:
        with self.store.session() as session:
            mark = session.get(Bookmark, resource_id)
            if mark is not None:
                session.delete(mark)
            session.execute(delete(CollectionItem).where(CollectionItem.resource_id == resource_id))
        return mark is not None

    def acknowledge(self, resource_id: str) -> None:
        """The officer has seen the new edition: its bookmark and note are current again."""
        edition = self._current(resource_id)
        with self.store.session() as session:
            for row in (session.get(Bookmark, resource_id), session.get(Note, resource_id)):
                if row is not None:
                    row.content_hash = edition.content_hash
                    row.title = edition.title
                    row.catalogue_version = self._version()

    def set_note(self, resource_id: str, text: str) -> None:
        """Set the note on a resource; an empty text clears it."""
        text = text.strip()
        with self.store.session() as session:
            note = session.get(Note, resource_id)
            if not text:
                if note is not None:
                    session.delete(note)
                return
            edition = self._editions([resource_id]).get(resource_id)
            if note is None and (edition is None or not edition.content_hash):
                raise _not_found(resource_id)
            if note is None:
                note = Note(resource_id=resource_id, text=text, title=edition.title if edition else "")
                session.add(note)
            note.text = text
            note.updated = utcnow()
            if edition is not None and edition.content_hash:
                note.title = edition.title
                note.content_hash = edition.content_hash
                note.catalogue_version = self._version()

    def note(self, resource_id: str) -> str | None:
        with self.store.session() as session:
            row = session.get(Note, resource_id)
            return row.text if row else None

    def is_bookmarked(self, resource_id: str) -> bool:
        with self.store.session() as session:
            return session.get(Bookmark, resource_id) is not None

    def entries(self, collection: str | None = None, *, include_notes: bool = False) -> list[UserEntry]:
        """Bookmarks (and, with include_notes, annotated resources), newest first, with statuses."""
        with self.store.session() as session:
            marks = {b.resource_id: b for b in session.scalars(select(Bookmark))}
            notes = {n.resource_id: n for n in session.scalars(select(Note))}
            members: dict[str, list[str]] = {}
            for name, rid in session.execute(
                select(Collection.name, CollectionItem.resource_id).join(
                    CollectionItem, CollectionItem.collection_id == Collection.id
                )
            ):
                members.setdefault(rid, []).append(name)
            ids = set(marks) | (set(notes) if include_notes else set())
            if collection is not None:
                ids = {rid for rid in set(marks) | set(notes) if collection in members.get(rid, [])}
            editions = self._editions(ids)
            entries = []
            for rid in ids:
                mark, note = marks.get(rid), notes.get(rid)
                saved = mark or note
                assert saved is not None
                status, successor = status_of(saved.content_hash, editions.get(rid))
                edition = editions.get(rid)
                title = edition.title if edition and edition.title and status != "withdrawn" else saved.title
                entries.append(
                    UserEntry(
                        id=rid,
                        title=title,
                        note=note.text if note else None,
                        collections=tuple(sorted(members.get(rid, []))),
                        added=mark.added if mark else (note.updated if note else None),
                        bookmarked=mark is not None,
                        status=status,
                        superseded_by=successor,
                    )
                )
        entries.sort(key=lambda e: (e.added or "", e.id), reverse=True)
        return entries

    # -- collections -----------------------------------------------------------------------

    def collections(self) -> list[tuple[str, int]]:
        with self.store.session() as session:
            rows = session.execute(
                select(Collection.name, func.count(CollectionItem.resource_id))
                .outerjoin(CollectionItem, CollectionItem.collection_id == Collection.id)
                .group_by(Collection.id)
                .order_by(Collection.name)
            )
            return [(name, count) for name, count in rows]

    def create_collection(self, name: str) -> str:
        """An empty collection (the window's "New collection"); returns the name as stored."""
        name = collection_name(name)
        with self.store.session() as session:
            if session.scalar(select(Collection).where(Collection.name == name)) is None:
                session.add(Collection(name=name, created=utcnow()))
        return name

    def rename_collection(self, old: str, new: str) -> str:
        new = collection_name(new)
        with self.store.session() as session:
            coll = session.scalar(select(Collection).where(Collection.name == old))
            if coll is None:
                raise NotFoundError(
                    translate("UserData", "There is no collection named '{name}'.").format(name=old)
                )
            if new != old and session.scalar(select(Collection).where(Collection.name == new)) is not None:
                raise UsageError(
                    translate("UserData", "A collection named '{name}' already exists.").format(name=new)
                )
            coll.name = new
        return new

    def add_to_collection(self, name: str, resource_id: str) -> None:
        """Collections group bookmarks: putting a resource in one bookmarks it too."""
        self.add_bookmark(resource_id, collections=[name])

    def remove_from_collection(self, name: str, resource_id: str) -> None:
        with self.store.session() as session:
            coll = session.scalar(select(Collection).where(Collection.name == name))
            if coll is not None:
                session.execute(
                    delete(CollectionItem).where(
                        CollectionItem.collection_id == coll.id, CollectionItem.resource_id == resource_id
                    )
                )

    def delete_collection(self, name: str) -> None:
        with self.store.session() as session:
            coll = session.scalar(select(Collection).where(Collection.name == name))
            if coll is not None:
                session.execute(delete(CollectionItem).where(CollectionItem.collection_id == coll.id))
                session.delete(coll)

    # -- recent ----------------------------------------------------------------------------

    def record_view(self, resource_id: str, title: str) -> None:
        with self.store.session() as session:
            row = session.get(Recent, resource_id)
            if row is None:
                session.add(Recent(resource_id=resource_id, title=title, viewed=utcnow()))
            else:
                row.title, row.viewed = title, utcnow()
            session.flush()
            stale = session.scalars(
                select(Recent.resource_id).order_by(Recent.viewed.desc()).offset(RECENT_LIMIT)
            ).all()
            if stale:
                session.execute(delete(Recent).where(Recent.resource_id.in_(stale)))

    def recent(self, limit: int = 20) -> list[RecentEntry]:
        with self.store.session() as session:
            rows = session.scalars(select(Recent).order_by(Recent.viewed.desc()).limit(limit))
            return [RecentEntry(r.resource_id, r.title, r.viewed) for r in rows]

    # -- saved searches --------------------------------------------------------------------

    def save_search(self, name: str, request: SearchRequest, search: Searcher) -> SavedSearchInfo:
        filters = json.dumps(asdict(request.filters), sort_keys=True)
        ids = _all_ids(search, request)
        with self.store.session() as session:
            row = session.scalar(
                select(SavedSearch).where(SavedSearch.query == request.query, SavedSearch.filters == filters)
            )
            if row is None:
                row = SavedSearch(
                    name=name.strip() or request.query, query=request.query, filters=filters, created=utcnow()
                )
                session.add(row)
            row.name = name.strip() or request.query
            row.seen_ids = json.dumps(sorted(ids))
            row.seen_version = self._version()
            row.new_count = 0
            session.flush()
            return _saved_info(row)

    def saved_searches(self) -> list[SavedSearchInfo]:
        with self.store.session() as session:
            return [_saved_info(r) for r in session.scalars(select(SavedSearch).order_by(SavedSearch.name))]

    def delete_saved_search(self, search_id: int) -> None:
        with self.store.session() as session:
            session.execute(delete(SavedSearch).where(SavedSearch.id == search_id))

    def refresh_saved_searches(self, search: Searcher) -> list[SavedSearchInfo]:
        """Re-run every saved search against the installed catalogue; count what is new for each."""
        version = self._version()
        with self.store.session() as session:
            for row in session.scalars(select(SavedSearch)):
                if row.seen_version == version:
                    continue
                request = SearchRequest(row.query, filters=_filters(row.filters))
                ids = _all_ids(search, request)
                seen = set(json.loads(row.seen_ids or "[]"))
                row.new_count = len(ids - seen)
                row.seen_version = version
        return self.saved_searches()

    def mark_saved_search_seen(self, search_id: int, search: Searcher) -> None:
        with self.store.session() as session:
            row = session.get(SavedSearch, search_id)
            if row is None:
                return
            ids = _all_ids(search, SearchRequest(row.query, filters=_filters(row.filters)))
            row.seen_ids = json.dumps(sorted(ids))
            row.new_count = 0

    # -- export and import (userdata_transfer) --------------------------------------------

    def export(self, path: Path) -> dict[str, int]:
        return transfer.export_file(self.store, path)

    def export_data(self) -> dict[str, Any]:
        return transfer.export_data(self.store)

    def import_file(self, path: Path) -> dict[str, int]:
        """Merge an export into this data: nothing is duplicated, the newer note wins."""
        return transfer.import_file(self.store, path)


def _filters(text: str) -> SearchFilters:
    data: dict[str, Any] = json.loads(text or "{}")
    values: dict[str, Any] = {k: tuple(v) if isinstance(v, list) else v for k, v in data.items()}
    return SearchFilters(**values)


def _saved_info(row: SavedSearch) -> SavedSearchInfo:
    return SavedSearchInfo(row.id, row.name, row.query, _filters(row.filters), row.created, row.new_count)


def _all_ids(search: Searcher, request: SearchRequest) -> set[str]:
    result = search(SearchRequest(request.query, filters=request.filters, limit=1_000_000, snippets=False))
    return {hit.id for hit in result.hits}


def _not_found(resource_id: str) -> NotFoundError:
    return NotFoundError(
        translate("Errors", "No resource with id '{id}' in the installed catalogue.").format(id=resource_id)
    )
