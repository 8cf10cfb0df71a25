"""GUI layer: the update work the window hands to the task runner; plain functions and data.

`check` and `install` run on the network pool; `summarise` reads what an update changed and
re-runs the saved searches, a write to user.sqlite, so it runs on the write pool.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from refdesk.core.cancel import CancelToken
from refdesk.core.types import CatalogueChanges, NetworkRequest, SavedSearchInfo, UserEntry

if TYPE_CHECKING:
    from pathlib import Path

    from refdesk.services.bundle_export import ExportedBundle
    from refdesk.services.library import Library
    from refdesk.services.updates import UpdateProgress, UpdateResult

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class UpdateSummary:
    """The "What changed" view: the update, its resources, and what it means for the officer."""

    changes: CatalogueChanges | None  # None: nothing to compare with (the first install)
    entries: tuple[UserEntry, ...] = ()  # bookmarks and notes on resources the update touched
    saved: tuple[SavedSearchInfo, ...] = ()  # saved searches with new results
    titles: dict[str, str] = field(default_factory=dict)  # successors' titles, by id
    result: UpdateResult | None = None  # the update just made (None when opened later)


def check(library: Library, sources: Sequence[str], proxy: str, cancel: CancelToken) -> UpdateResult:
    return library.updates(proxy=proxy).check(sources, cancel=cancel)


def install(
    library: Library,
    sources: Sequence[str],
    proxy: str,
    progress: Callable[[UpdateProgress], None],
    cancel: CancelToken,
) -> UpdateResult:
    return library.updates(proxy=proxy).update(sources, progress=progress, cancel=cancel)


def export_bundle(
    library: Library, out: Path, progress: Callable[[int, int], None], cancel: CancelToken
) -> ExportedBundle:
    return library.export_update_bundle(out, progress=progress, cancel=cancel)


def discard_downloads(library: Library) -> None:
    library.updates().discard_downloads()


def summarise(library: Library, result: UpdateResult | None = None) -> UpdateSummary:
    """What the last update changed, with the bookmarks it touched and the searches it fed."""
    changes = library.catalogue_changes()
    user = library.user
    saved = tuple(s for s in user.refresh_saved_searches(library.search) if s.new_count)
    if changes is None:
        return UpdateSummary(None, saved=saved, result=result)
    touched = {r.id for r in (*changes.added, *changes.changed, *changes.removed)}
    entries = tuple(
        e
        for e in user.entries(include_notes=True)
        if e.id in touched or (e.superseded_by is not None and e.superseded_by in touched)
    )
    successors = sorted({e.superseded_by for e in entries if e.superseded_by})
    titles = {r.id: r.title for r in library.resources(successors)} if successors else {}
    return UpdateSummary(changes, entries, saved, titles, result)


def network_requests(library: Library) -> list[NetworkRequest]:
    return library.network_requests(limit=1000)
