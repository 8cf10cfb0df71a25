"""Core layer: the plain, frozen data the services hand to the CLI and the window."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

SortOrder = Literal["relevance", "newest", "title"]
SORT_ORDERS: tuple[SortOrder, ...] = ("relevance", "newest", "title")


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a catalogue source, pointing at a file and line."""

    path: str
    line: int
    message: str
    severity: Literal["error", "warning"] = "error"

    def __str__(self) -> str:
        tag = "" if self.severity == "error" else "warning: "
        return f"{self.path}:{self.line}: {tag}{self.message}"


@dataclass(frozen=True, slots=True)
class CatalogueInfo:
    id: str
    title: str
    publisher: str
    version: int
    published: datetime
    resources: int
    documents: int
    languages: tuple[str, ...] = ()
    homepage: str | None = None
    generation: int | None = None


@dataclass(frozen=True, slots=True)
class DocumentRef:
    sha256: str
    path: str
    media_type: str
    language: str | None
    title: str | None
    pages: int
    size: int


@dataclass(frozen=True, slots=True)
class Resource:
    id: str
    title: str
    type: str
    summary: str
    publishers: tuple[str, ...] = ()
    year: int | None = None
    topics: tuple[str, ...] = ()
    audiences: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    stage: tuple[str, ...] = ()
    identification: tuple[str, ...] = ()
    url: str | None = None
    licence: str | None = None
    documents: tuple[DocumentRef, ...] = ()
    supersedes: tuple[str, ...] = ()
    superseded_by: tuple[str, ...] = ()
    translations: tuple[str, ...] = ()
    extra: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class SearchFilters:
    """Facet filters: values of one filter are OR-ed, filters are AND-ed."""

    types: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    audiences: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    year_from: int | None = None
    year_to: int | None = None

    def is_empty(self) -> bool:
        return not (
            self.types
            or self.topics
            or self.audiences
            or self.countries
            or self.regions
            or self.languages
            or self.year_from is not None
            or self.year_to is not None
        )


@dataclass(frozen=True, slots=True)
class SearchRequest:
    query: str
    filters: SearchFilters = SearchFilters()
    sort: SortOrder = "relevance"
    limit: int = 20
    offset: int = 0
    snippets: bool = True  # False when only the ids matter (saved searches, counts)
    language: str | None = None  # the reader's language: its resources win near-ties


@dataclass(frozen=True, slots=True)
class SearchHit:
    id: str
    title: str
    type: str
    year: int | None
    publishers: tuple[str, ...]
    languages: tuple[str, ...]
    score: float
    snippet: str
    document: str | None
    page: int | None


@dataclass(frozen=True, slots=True)
class SearchResult:
    query: str
    total: int
    took_ms: float
    corrected_query: str | None
    hits: tuple[SearchHit, ...]
    facets: dict[str, dict[str, int]]
    terms: tuple[str, ...] = ()


EntryStatus = Literal["current", "changed", "superseded", "withdrawn"]


@dataclass(frozen=True, slots=True)
class Edition:
    """What the installed catalogue says of one resource id, for user-data statuses."""

    title: str
    content_hash: str
    superseded_by: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class UserEntry:
    """A bookmarked or annotated resource, with its status against the installed catalogue."""

    id: str
    title: str
    note: str | None
    collections: tuple[str, ...]
    added: str | None
    bookmarked: bool
    status: EntryStatus
    superseded_by: str | None = None


@dataclass(frozen=True, slots=True)
class SavedSearchInfo:
    id: int
    name: str
    query: str
    filters: SearchFilters
    created: str
    new_count: int


@dataclass(frozen=True, slots=True)
class RecentEntry:
    id: str
    title: str
    viewed: str


@dataclass(frozen=True, slots=True)
class ChangedResource:
    id: str
    title: str


@dataclass(frozen=True, slots=True)
class CatalogueChanges:
    """What one catalogue update did: the resources added, changed and removed between two versions."""

    from_version: int | None
    to_version: int
    added: tuple[ChangedResource, ...] = ()
    changed: tuple[ChangedResource, ...] = ()
    removed: tuple[ChangedResource, ...] = ()


@dataclass(frozen=True, slots=True)
class NetworkRequest:
    """One request the app sent (the network log the user can open)."""

    time: str  # when it started, ISO 8601 UTC
    method: str
    url: str
    status: int | None  # None: no answer (refused, timed out, dropped before the headers)
    bytes: int  # body bytes received
    ms: int  # how long it took, to the end of the body
    error: str = ""
