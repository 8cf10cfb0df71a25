"""GUI layer: the work the window hands to the task runner; plain functions over the Library."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from refdesk.config import names
from refdesk.config.paths import AppPaths
from refdesk.core.errors import NotFoundError
from refdesk.core.types import CatalogueInfo

from .i18n import window_language
from .resource_pane import ResourceDetails
from .sidebar_model import SidebarData
from .user_bar import UserMarks
from .viewer import OpenRequest

if TYPE_CHECKING:  # imported on a worker thread at start-up (SQLAlchemy and Whoosh are slow to load)
    from refdesk.services.library import Library

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Startup:
    library: Library
    installed: bool
    info: CatalogueInfo | None
    labels: dict[str, dict[str, str]] = field(default_factory=dict)


def start_library(library: Library | Callable[[], Library], report: Callable[[str], None]) -> Startup:
    """Open the Library (made here when given a factory), install the bundled catalogue on first
    use, then read what the status line shows."""
    if callable(library):
        library = library()
    installed = library.ensure_installed(progress=report)
    info = library.info()
    labels = library.labels() if info is not None else {}
    # Loads the CLDR names here, not on the GUI thread's first paint.
    names.country_name("TH", window_language())
    return Startup(library, installed, info, labels)


def open_library(paths: AppPaths) -> Library:
    """The Library for `paths`; imported here so the import runs on the worker that calls this."""
    from refdesk.services.library import Library

    return Library(paths)


def load_details(
    library: Library, resource_id: str, document: str | None, page: int | None
) -> ResourceDetails:
    resource = library.resource(resource_id)
    related = list(dict.fromkeys((*resource.translations, *resource.supersedes, *resource.superseded_by)))
    titles = {r.id: r.title for r in library.resources(related)} if related else {}
    return ResourceDetails(resource, titles, document, page, load_marks(library, resource_id, titles))


def load_marks(library: Library, resource_id: str, titles: dict[str, str] | None = None) -> UserMarks:
    """What the officer's data says of one resource (its status needs the catalogue too)."""
    user = library.user
    entry = next((e for e in user.entries(include_notes=True) if e.id == resource_id), None)
    if entry is None:
        return UserMarks()
    successor = entry.superseded_by
    title = (titles or {}).get(successor or "", "")
    if successor and not title:
        title = next((r.title for r in library.resources([successor])), successor)
    return UserMarks(
        bookmarked=entry.bookmarked,
        note=entry.note or "",
        status=entry.status,
        superseded_by=successor,
        successor_title=title,
        collections=entry.collections,
    )


def load_sidebar(library: Library, *, refresh_saved: bool = False) -> SidebarData:
    """Everything the sidebar shows. With `refresh_saved`, saved searches are re-run first if the
    catalogue changed since they last ran (a write: run it on the write pool)."""
    user = library.user
    if refresh_saved and library.info() is not None:
        user.refresh_saved_searches(library.search)
    entries = user.entries(include_notes=True)
    successors = sorted({e.superseded_by for e in entries if e.superseded_by})
    titles = {r.id: r.title for r in library.resources(successors)} if successors else {}
    return SidebarData(
        entries=tuple(entries),
        collections=tuple(user.collections()),
        recent=tuple(user.recent()),
        saved=tuple(user.saved_searches()),
        titles=titles,
    )


def prepare_open(
    library: Library, resource_id: str, document: str | None, page: int | None, terms: tuple[str, ...]
) -> OpenRequest:
    """The file and kind of a resource's document (the given one, else its first)."""
    resource = library.resource(resource_id)
    if not resource.documents:
        text = QCoreApplication.translate(
            "Jobs", "“{title}” has no document stored in RefDesk; its web address is shown in the details."
        )
        raise NotFoundError(text.format(title=resource.title))
    chosen = next((d for d in resource.documents if d.sha256 == document), resource.documents[0])
    if document is not None and chosen.sha256 != document:
        page = None  # the page belonged to a document the resource no longer has
    path = library.document_path(chosen.sha256)
    return OpenRequest(
        path=path,
        media_type=chosen.media_type,
        title=chosen.title or chosen.path.rsplit("/", 1)[-1],
        resource_title=resource.title,
        page=page,
        terms=terms,
        resource_id=resource.id,
    )
