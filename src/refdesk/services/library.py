"""Services layer: `Library`, the one facade over the installed catalogue, its search and user data."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from pathlib import Path

from refdesk import __version__
from refdesk.config.paths import AppPaths, bundled_release
from refdesk.core.cancel import CancelToken
from refdesk.core.errors import CorruptDataError, NotFoundError, RefdeskError
from refdesk.core.i18n import translate
from refdesk.core.types import (
    CatalogueChanges,
    CatalogueInfo,
    ChangedResource,
    Edition,
    NetworkRequest,
    Problem,
    Resource,
    SearchRequest,
    SearchResult,
)
from refdesk.index.engine import SearchEngine
from refdesk.store.catalogue_db import CatalogueReader, editions_of
from refdesk.store.user_db import UserStore
from refdesk.sync.generations import Generations
from refdesk.sync.lock import DataDirLock
from refdesk.sync.netlog import NetworkLog

from . import builder
from .bundle_export import ExportedBundle, export_update_bundle
from .updates import CatalogueUpdates
from .userdata import UserData

log = logging.getLogger(__name__)


class Library:
    """What the CLI and the window use. Returns core types only; safe to call from worker threads."""

    def __init__(self, paths: AppPaths) -> None:
        self.paths = paths
        self._generations = Generations(paths)
        self._lock = threading.RLock()
        self._generation: int | None = None
        self._reader: CatalogueReader | None = None
        self._engine: SearchEngine | None = None
        self._user: UserData | None = None

    # -- lifecycle -------------------------------------------------------------------------

    def ensure_installed(self, progress: builder.Progress | None = None) -> bool:
        """Install the bundled catalogue if none is installed. Returns True when it installed one.

        The bundled catalogue is a signed release shipped inside the app (resources/release/), so
        it goes through the same verification as any update, offline, from a folder.
        """
        self.paths.data_dir.mkdir(parents=True, exist_ok=True)
        _ = self.user  # creates or migrates user.sqlite, refusing a newer one before anything else
        if self._generations.current() is not None:
            self._clean_if_idle()
            return False
        with DataDirLock(self.paths.data_dir / ".lock"):
            builder.clean_data_dir(self.paths)
            if self._generations.current() is not None:
                return False  # another process installed it while we waited
            release = bundled_release()
            if not (release / "metadata" / "timestamp.json").is_file():
                raise RefdeskError(
                    translate(
                        "Errors",
                        "The bundled catalogue is missing from this installation ({folder}); "
                        "reinstall RefDesk.",
                    ).format(folder=release),
                    code="no-bundled-catalogue",
                )
            log.info("installing the bundled catalogue from %s", release)
            updates = CatalogueUpdates(self.paths)
            trust = None if updates.trust_installed() else (release / "root.json").read_bytes()
            say = progress or (lambda _message: None)
            updates.update_locked(
                [str(release)],
                trust=trust,
                progress=lambda event: say(event.message) if event.total == 0 else None,
            )
        return True

    def updates(self, *, proxy: str = "") -> CatalogueUpdates:
        """Signed catalogue updates for this data dir: `check()` (a plan: versions, counts, bytes),
        then `update()` with progress callbacks and a cancel token. Searches switch to the new
        generation on their next call."""
        return CatalogueUpdates(self.paths, proxy=proxy)

    def export_update_bundle(
        self,
        out: Path,
        *,
        progress: Callable[[int, int], None] | None = None,
        cancel: CancelToken | None = None,
    ) -> ExportedBundle:
        """Write the installed, signed catalogue release as a .zip another laptop can import
        (a coordinator's USB stick); see services/bundle_export.py."""
        return export_update_bundle(self.paths, out, progress=progress, cancel=cancel)

    def network_requests(self, limit: int | None = None) -> list[NetworkRequest]:
        """Every request updates sent from this data dir (the newest `limit`), oldest first."""
        return NetworkLog(self.paths.network_log).entries(limit)

    def catalogue_changes(self) -> CatalogueChanges | None:
        """What the last update changed: the installed catalogue against the previous generation
        (kept for rollback). None when there is no previous one (the first install)."""
        current = self._generations.current()
        older = [n for n in self._generations.numbers() if current is not None and n < current]
        if current is None or not older:
            return None
        reader, _ = self._open()
        before = CatalogueReader(self.paths.generation(older[-1]) / "catalogue.sqlite")
        try:
            old_hashes, old_version = before.content_hashes(), before.meta().version
            new_hashes = reader.content_hashes()
            gone = [rid for rid in old_hashes if rid not in new_hashes]
            removed = editions_of(before, gone)
        finally:
            before.close()
        added = [rid for rid in new_hashes if rid not in old_hashes]
        changed = [
            rid for rid, digest in new_hashes.items() if rid in old_hashes and old_hashes[rid] != digest
        ]
        titles = editions_of(reader, [*added, *changed])

        def listed(ids: list[str], editions: dict[str, Edition]) -> tuple[ChangedResource, ...]:
            found = [ChangedResource(rid, editions[rid].title if rid in editions else rid) for rid in ids]
            return tuple(sorted(found, key=lambda r: r.title.casefold()))

        return CatalogueChanges(
            old_version,
            reader.meta().version,
            listed(added, titles),
            listed(changed, titles),
            listed(gone, removed),
        )

    def _clean_if_idle(self) -> None:
        """Remove what a crash left half-built, unless another process is building right now."""
        if not any(p.name.startswith(".") for p in self._iter_generations()):
            return
        try:
            with DataDirLock(self.paths.data_dir / ".lock", timeout=0):
                builder.clean_data_dir(self.paths)
        except RefdeskError:
            log.info("another process holds the data dir; leaving its work in progress alone")

    def _iter_generations(self) -> list[Path]:
        root = self.paths.generations_dir
        return list(root.iterdir()) if root.is_dir() else []

    @property
    def user(self) -> UserData:
        """The officer's bookmarks, notes, collections, recent and saved searches."""
        with self._lock:
            if self._user is None:
                self._user = UserData(UserStore(self.paths.user_db), self._editions, self._catalogue_version)
            return self._user

    def _editions(self, ids: Iterable[str]) -> dict[str, Edition]:
        if self._generations.current() is None:
            return {}
        reader, _ = self._open()
        return editions_of(reader, ids)

    def _catalogue_version(self) -> int | None:
        info = self.info()
        return info.version if info else None

    def close(self) -> None:
        with self._lock:
            if self._user is not None:
                self._user.store.close()
                self._user = None
            self._close_catalogue()

    def _close_catalogue(self) -> None:
        with self._lock:
            if self._engine is not None:
                self._engine.close()
            if self._reader is not None:
                self._reader.close()
            self._engine = self._reader = None
            self._generation = None

    def _open(self) -> tuple[CatalogueReader, SearchEngine]:
        with self._lock:
            current = self._generations.current()
            if current is None:
                raise RefdeskError(
                    translate(
                        "Errors", "No catalogue is installed yet; run 'refdesk update' or start the app once."
                    ),
                    code="no-catalogue",
                )
            if current != self._generation or self._reader is None or self._engine is None:
                self._close_catalogue()
                folder = self.paths.generation(current)
                reader = CatalogueReader(folder / "catalogue.sqlite")
                try:
                    engine = SearchEngine(folder / "index", reader.page_text)
                except CorruptDataError:
                    reader.close()
                    raise
                self._reader, self._engine, self._generation = reader, engine, current
            return self._reader, self._engine

    # -- queries ---------------------------------------------------------------------------

    @property
    def app_version(self) -> str:
        return __version__

    def info(self) -> CatalogueInfo | None:
        if self._generations.current() is None:
            return None
        reader, _ = self._open()
        return reader.info(self._generation)

    def search(self, request: SearchRequest) -> SearchResult:
        _, engine = self._open()
        return engine.search(request)

    def resource(self, resource_id: str) -> Resource:
        reader, _ = self._open()
        found = reader.resource(resource_id)
        if found is None:
            raise NotFoundError(
                translate("Errors", "No resource with id '{id}' in the installed catalogue.").format(
                    id=resource_id
                )
            )
        return found

    def resources(self, ids: list[str]) -> list[Resource]:
        reader, _ = self._open()
        return reader.resources(ids)

    def labels(self) -> dict[str, dict[str, str]]:
        reader, _ = self._open()
        return reader.meta().labels or {}

    def document_path(self, sha256: str) -> Path:
        path = self.paths.document(sha256)
        if not path.is_file():
            raise NotFoundError(
                translate(
                    "Errors",
                    "The document {document}… is missing from {folder}; run 'refdesk update' to restore it.",
                ).format(document=sha256[:12], folder=self.paths.documents_dir)
            )
        return path

    def page_text(self, sha256: str, page: int) -> str:
        reader, _ = self._open()
        return reader.page_text(sha256, page)

    # -- publishing ------------------------------------------------------------------------

    @staticmethod
    def check_source(folder: Path) -> list[Problem]:
        problems, _ = builder.check_source(folder)
        return problems
