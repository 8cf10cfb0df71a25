"""Services layer: bring the catalogue up to date from signed releases: plan, download, apply.

Sources (URLs, folders, `.zip` bundles) are tried in order, all through one trust store. A source
that cannot be reached, or whose files fail verification, hands over to the next; only when none
works does the update fail (exit 3 when any of them failed verification, else 1). What python-tuf
verified is then checked against what refdesk promises: release.json pins the files, the
catalogue version never goes down, and the generation built from a delta or a snapshot must
produce the checksum the publisher signed before it replaces the current one.

For the window: `check()` gives a plan (sizes and counts) before anything is downloaded,
`update()` reports `UpdateProgress` and stops at the next phase when its `CancelToken` is set.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Literal

from refdesk.config.paths import AppPaths
from refdesk.core.cancel import CancelToken
from refdesk.core.errors import RefdeskError, UsageError, VerificationError
from refdesk.core.faults import checkpoint
from refdesk.core.files import SHA256_NAME, sha256_file, write_atomic
from refdesk.core.i18n import QT_TRANSLATE_NOOP, translate
from refdesk.publish.repository import BUNDLE_TIMESTAMP
from refdesk.store.catalogue_db import CatalogueReader, content_hash
from refdesk.sync.client import (
    RepositoryClient,
    Source,
    SourceError,
    Timeouts,
    bootstrap_trust,
    is_missing,
    is_transfer_failure,
    is_verification_failure,
    timestamp_twin_expiry,
    trusted_roots,
)
from refdesk.sync.fetchers import partial_size
from refdesk.sync.generations import Generations
from refdesk.sync.lock import DataDirLock
from refdesk.sync.netlog import NetworkLog

from . import builder
from .bundle_export import SNAPSHOT_FILE
from .content import CatalogueContent, decode_delta, decode_snapshot
from .release import RELEASE_TARGET, Release, ReleaseFile

log = logging.getLogger(__name__)

Method = Literal["delta", "full", "none"]
_MAX_TIMESTAMP_BYTES = 16_384  # a timestamp is ~600 bytes; more is endless data


@dataclass(frozen=True)
class UpdateProgress:
    phase: Literal["checking", "downloading", "applying"]
    message: str
    done: int = 0  # bytes so far, while downloading
    total: int = 0


ProgressCallback = Callable[[UpdateProgress], None]


@dataclass(frozen=True)
class UpdatePlan:
    """What an update would do, known before its files are downloaded."""

    status: Literal["available", "up-to-date"]
    source: str
    catalogue: str
    title: str
    from_version: int | None
    to_version: int
    method: Method
    added: int | None  # None: only known once the full snapshot is read (no delta from here)
    changed: int | None
    removed: int | None
    download_bytes: int
    files: tuple[ReleaseFile, ...] = ()
    checksum: str = ""  # what the catalogue must hash to once applied (release.json)
    release_json: bytes = b""  # the signed release.json itself, kept with the generation it makes


@dataclass(frozen=True)
class UpdateResult:
    status: Literal["updated", "up-to-date", "available"]
    from_version: int | None
    to_version: int
    added: int | None
    changed: int | None
    removed: int | None
    downloaded_bytes: int
    source: str = ""
    method: Method = "none"

    def to_json(self) -> dict[str, Any]:
        keys = ("status", "from_version", "to_version", "added", "changed", "removed", "downloaded_bytes")
        return {key: getattr(self, key) for key in keys}


def _ignore(_progress: UpdateProgress) -> None:
    pass


class CatalogueUpdates:
    """Checks for and applies signed catalogue releases into one data dir."""

    def __init__(self, paths: AppPaths, *, timeouts: Timeouts | None = None, proxy: str = "") -> None:
        self.paths = paths
        self.timeouts = timeouts or Timeouts()
        self.proxy = proxy
        # Every HTTP request an update sends is written here (the window's network log).
        self.network_log = NetworkLog(paths.network_log)

    # -- public ------------------------------------------------------------------------------

    def check(
        self, sources: Sequence[str], *, trust: bytes | None = None, cancel: CancelToken | None = None
    ) -> UpdateResult:
        """What an update would bring; changes nothing (not even the trust store)."""
        with self._locked():
            return self._run(sources, trust, apply=False, progress=_ignore, cancel=cancel)

    def update(
        self,
        sources: Sequence[str],
        *,
        trust: bytes | None = None,
        progress: ProgressCallback | None = None,
        cancel: CancelToken | None = None,
    ) -> UpdateResult:
        with self._locked():
            return self._run(sources, trust, apply=True, progress=progress or _ignore, cancel=cancel)

    def update_locked(
        self, sources: Sequence[str], *, trust: bytes | None, progress: ProgressCallback | None = None
    ) -> UpdateResult:
        """`update` for a caller that already holds the data dir's lock (first-run install)."""
        return self._run(sources, trust, apply=True, progress=progress or _ignore, cancel=None)

    def trust_installed(self) -> bool:
        return (self.paths.trust_dir / "root.json").exists()

    def discard_downloads(self) -> None:
        """Forget what interrupted downloads kept for a resume (the window's Cancel, not Pause)."""
        folder = self.paths.downloads_dir
        if not folder.is_dir():
            return
        with self._locked():
            for path in folder.iterdir():
                if path.name.endswith((".part", ".tmp")) or SHA256_NAME.fullmatch(path.name):
                    path.unlink(missing_ok=True)

    # -- the run -----------------------------------------------------------------------------

    @contextmanager
    def _locked(self) -> Iterator[None]:
        self.paths.data_dir.mkdir(parents=True, exist_ok=True)
        with DataDirLock(self.paths.data_dir / ".lock"):
            yield

    def _run(
        self,
        texts: Sequence[str],
        trust: bytes | None,
        *,
        apply: bool,
        progress: ProgressCallback,
        cancel: CancelToken | None,
    ) -> UpdateResult:
        if not texts:
            # --source and URL_OR_PATH are what is typed on the command line: keep them as they are.
            raise UsageError(
                translate(
                    "Updates",
                    "No update source: give --source URL_OR_PATH (or save sources in the settings).",
                )
            )
        builder.clean_data_dir(self.paths)
        failures: list[tuple[str, BaseException]] = []
        received = 0
        with self._trust_store(trust, scratch=not apply) as (metadata_dir, promote):
            for text in texts:
                client: RepositoryClient | None = None
                try:
                    source = Source.parse(text)
                    progress(
                        UpdateProgress(
                            "checking", translate("Updates", "Checking {source}").format(source=text)
                        )
                    )
                    client = RepositoryClient(
                        source,
                        metadata_dir,
                        self.paths.downloads_dir,
                        self.timeouts,
                        proxy=self.proxy,
                        network_log=self.network_log,
                    )
                    client.refresh()
                    if apply:
                        self._keep_bundle_timestamp(client, metadata_dir)
                    release_json = self._release(client)
                    release = Release.from_bytes(release_json)
                    plan = replace(self._plan(release, text), release_json=release_json)
                    if plan.status == "up-to-date" or not apply:
                        promote()
                        return _result(plan, plan.status, received + client.received)
                    try:
                        files = self._download(client, plan, progress, cancel)
                    except Exception as exc:
                        # A bundle exported by a coordinator carries the full snapshot, not deltas.
                        if plan.method != "delta" or not is_missing(exc):
                            raise
                        log.info("%s has no %s; taking the full snapshot", text, plan.files[0].name)
                        plan = replace(self._plan(release, text, delta=False), release_json=release_json)
                        files = self._download(client, plan, progress, cancel)
                except Exception as exc:
                    if client is not None:
                        received += client.received
                    if not (_refused(exc) or is_transfer_failure(exc)):
                        raise
                    log.warning("update source %s failed: %s", text, exc)
                    failures.append((text, exc))
                    continue
                finally:
                    if client is not None:
                        client.close()
                received += client.received
                result = self._apply(plan, files, received, progress, cancel)
                promote()  # a first install trusts its root once its catalogue is in place
                return result
        raise _failure(failures)

    @contextmanager
    def _trust_store(
        self, trust: bytes | None, *, scratch: bool
    ) -> Iterator[tuple[Path, Callable[[], None]]]:
        """The metadata folder ngclient works in, and how to make it the data dir's trust store."""
        trust_dir = self.paths.trust_dir
        installed = self.trust_installed()
        if trust is not None and installed and trust not in trusted_roots(trust_dir):
            raise VerificationError(
                translate(
                    "Updates",
                    "This laptop already trusts a different publisher; a new root of trust is accepted "
                    "only through the publisher's signed root chain.",
                ),
                code="untrusted-root",
            )
        if not installed and trust is None:
            raise RefdeskError(
                translate(
                    "Updates",
                    "No publisher is trusted yet: give --trust ROOT_JSON with the publisher's root.json.",
                ),
                code="no-trust",
            )
        if scratch:  # --check: ngclient saves what it verifies; let it save into a throwaway copy
            with tempfile.TemporaryDirectory(prefix="refdesk-check-") as tmp:
                folder = Path(tmp) / "trust"
                if installed:
                    shutil.copytree(trust_dir, folder, symlinks=True)
                else:
                    _bootstrap(folder, trust)
                yield folder, lambda: None
            return
        if installed:
            yield trust_dir, lambda: None
            return
        staging = self.paths.data_dir / ".trust-new"
        shutil.rmtree(staging, ignore_errors=True)
        _bootstrap(staging, trust)

        def promote() -> None:
            if staging.is_dir() and not trust_dir.exists():
                os.replace(staging, trust_dir)

        try:
            yield staging, promote
        finally:
            shutil.rmtree(staging, ignore_errors=True)

    def _release(self, client: RepositoryClient) -> bytes:
        """The signed release.json; kept by hash, so a poll with nothing new downloads no target."""
        target = client.target(RELEASE_TARGET)
        if target is None:
            raise VerificationError(
                translate("Updates", "{source} publishes no catalogue release (no release.json).").format(
                    source=client.source.text
                )
            )
        folder = self.paths.downloads_dir
        folder.mkdir(parents=True, exist_ok=True)
        sha = target.hashes.get("sha256", "")
        cached = folder / f"{sha}.release.json"
        if not (_have(cached, target.length) and sha256_file(cached) == sha):
            for old in folder.glob("*.release.json"):
                old.unlink(missing_ok=True)
            client.download(target, cached)
        return cached.read_bytes()

    def _keep_bundle_timestamp(self, client: RepositoryClient, metadata_dir: Path) -> None:
        """Keep the publisher's long-lived twin of the timestamp just verified, if it publishes one:
        a bundle exported from this laptop (services/bundle_export.py) lasts as long as it does.
        Costs one small request per new release; a missing or bad twin changes nothing else."""
        kept = metadata_dir / BUNDLE_TIMESTAMP
        if kept.is_file() and timestamp_twin_expiry(metadata_dir, kept.read_bytes()) is not None:
            return  # already have the one for this release
        kept.unlink(missing_ok=True)
        data = client.fetch_metadata(BUNDLE_TIMESTAMP, _MAX_TIMESTAMP_BYTES)
        if data is not None and timestamp_twin_expiry(metadata_dir, data) is not None:
            write_atomic(kept, data)

    def _plan(self, release: Release, source: str, *, delta: bool = True) -> UpdatePlan:
        manifest = builder.installed_manifest(self.paths)
        same = manifest is not None and manifest.get("catalogue") == release.catalogue
        installed = int(manifest["version"]) if manifest and "version" in manifest else None
        plan = UpdatePlan(
            "available",
            source,
            release.catalogue,
            release.title,
            installed,
            release.version,
            "full",
            release.resources,
            0,
            int(manifest.get("resources", 0)) if manifest else 0,
            0,
            checksum=release.checksum,
        )
        if same and installed is not None:
            if release.version < installed:
                raise VerificationError(
                    translate(
                        "Updates",
                        "{source} offers version {version} of the catalogue, older than the installed "
                        "version {installed}; it was refused.",
                    ).format(source=source, version=release.version, installed=installed),
                    code="older-release",
                )
            if release.version == installed:
                return replace(plan, status="up-to-date", method="none", added=0, changed=0, removed=0)
            plan = replace(plan, added=None, changed=None, removed=None)
        documents = [d for d in release.documents if not _have(self.paths.document(d.sha256), d.length)]
        main: ReleaseFile = release.snapshot
        entry = (
            release.delta_from(installed, manifest.get("checksum"))
            if delta and same and installed and manifest
            else None
        )
        if entry is not None and entry.file.length < release.snapshot.length:
            main = entry.file
            plan = replace(
                plan, method="delta", added=entry.added, changed=entry.changed, removed=entry.removed
            )
        files = (main, *documents)
        return replace(plan, files=files, download_bytes=sum(f.length for f in files))

    def _download(
        self,
        client: RepositoryClient,
        plan: UpdatePlan,
        progress: ProgressCallback,
        cancel: CancelToken | None,
    ) -> dict[str, Path]:
        """Each file of the plan, verified, in downloads/ by its sha256 (kept across attempts)."""
        folder = self.paths.downloads_dir
        folder.mkdir(parents=True, exist_ok=True)
        # What a paused or dropped download kept is resumed, not fetched again.
        done = sum(partial_size(folder, f.sha256) for f in plan.files)
        #: A step of an update, shown with "…" after it while the files arrive.
        downloading = translate("Updates", "Downloading")  # once, not for every chunk

        def on_received(size: int) -> None:
            nonlocal done
            if cancel is not None:
                cancel.check()  # between chunks: Pause and Cancel stop a big file at once
            done += size
            progress(
                UpdateProgress(
                    "downloading", downloading, min(done, plan.download_bytes), plan.download_bytes
                )
            )

        client.fetcher.on_received = on_received
        files: dict[str, Path] = {}
        for release_file in plan.files:
            if cancel is not None:
                cancel.check()
            dest = folder / release_file.sha256
            if not (_have(dest, release_file.length) and sha256_file(dest) == release_file.sha256):
                target = client.target(release_file.name)
                if (
                    target is None
                    or target.hashes.get("sha256") != release_file.sha256
                    or (target.length != release_file.length)
                ):
                    raise VerificationError(
                        translate(
                            "Updates",
                            "release.json names {name}, which the signed targets do not list "
                            "with the same hash and length; nothing was applied.",
                        ).format(name=release_file.name)
                    )
                client.download(target, dest)
            else:
                on_received(release_file.length)
            files[release_file.sha256] = dest
        checkpoint("downloaded")
        return files

    def _apply(
        self,
        plan: UpdatePlan,
        files: dict[str, Path],
        received: int,
        progress: ProgressCallback,
        cancel: CancelToken | None,
    ) -> UpdateResult:
        main, *documents = plan.files
        docs = {d.sha256: files[d.sha256] for d in documents}
        data = files[main.sha256].read_bytes()

        def say(message: str) -> None:
            progress(UpdateProgress("applying", message))

        number: int
        if plan.method == "delta":
            delta = decode_delta(data)
            if (delta.meta.version, delta.meta.id, delta.checksum) != (
                plan.to_version,
                plan.catalogue,
                plan.checksum,
            ):
                raise VerificationError(
                    translate("Updates", "The update's delta is not for the release it was signed in.")
                )
            number = builder.install_delta(
                self.paths, delta, docs, move_documents=True, progress=say, cancel=cancel
            )
            added, changed, removed = len(delta.added), len(delta.changed), len(delta.removed)
        else:
            content = decode_snapshot(data)
            if content.meta.version != plan.to_version or content.meta.id != plan.catalogue:
                raise VerificationError(
                    translate("Updates", "The update's snapshot is not for the release it was signed in.")
                )
            added, changed, removed = self._counts(content)
            number = builder.install_content(
                self.paths,
                content,
                docs,
                checksum=plan.checksum,
                move_documents=True,
                progress=say,
                cancel=cancel,
            )
        checkpoint("committed")
        # What a coordinator's "Export update bundle" re-publishes (services/bundle_export.py).
        generation = self.paths.generation(number)
        write_atomic(generation / RELEASE_TARGET, plan.release_json)
        if plan.method == "full":
            files[main.sha256].replace(generation / SNAPSHOT_FILE)
        for path in files.values():
            path.unlink(missing_ok=True)
        result = replace(plan, added=added, changed=changed, removed=removed)
        return _result(result, "updated", received)

    def _counts(self, content: CatalogueContent) -> tuple[int, int, int]:
        current = Generations(self.paths).current()
        manifest = builder.installed_manifest(self.paths)
        if current is None or not manifest or manifest.get("catalogue") != content.meta.id:
            return len(content.resources), 0, int(manifest.get("resources", 0)) if manifest else 0
        reader = CatalogueReader(self.paths.generation(current) / "catalogue.sqlite")
        try:
            before = reader.content_hashes()
        finally:
            reader.close()
        after = {r.id: content_hash(r) for r in content.resources}
        added = sum(1 for rid in after if rid not in before)
        changed = sum(1 for rid, digest in after.items() if rid in before and before[rid] != digest)
        return added, changed, sum(1 for rid in before if rid not in after)


# -- helpers -------------------------------------------------------------------------------


def _result(plan: UpdatePlan, status: Any, received: int) -> UpdateResult:
    return UpdateResult(
        status=status,
        from_version=plan.from_version,
        to_version=plan.to_version,
        added=plan.added,
        changed=plan.changed,
        removed=plan.removed,
        downloaded_bytes=plan.download_bytes if status == "available" else received,
        source=plan.source,
        method=plan.method,
    )


def _bootstrap(folder: Path, root: bytes | None) -> None:
    assert root is not None
    try:
        bootstrap_trust(folder, root)
    except Exception as exc:
        if _refused(exc):
            raise VerificationError(
                translate(
                    "Updates", "The given root of trust is not a valid, self-signed TUF root ({reason})."
                ).format(reason=exc),
                code="bad-root",
            ) from exc
        raise


def _refused(exc: BaseException) -> bool:
    return isinstance(exc, VerificationError) or is_verification_failure(exc)


# Why python-tuf refused a source, by the name of its exception (translated where it is shown).
_REASONS = {
    "ExpiredMetadataError": QT_TRANSLATE_NOOP(
        "Updates", "its signed metadata has expired (a frozen mirror, or an old bundle)"
    ),
    "BadVersionNumberError": QT_TRANSLATE_NOOP("Updates", "it is older than what this laptop already trusts"),
    "UnsignedMetadataError": QT_TRANSLATE_NOOP("Updates", "it is not signed by the publisher's keys"),
    "LengthOrHashMismatchError": QT_TRANSLATE_NOOP(
        "Updates", "a file does not match what the publisher signed (tampered or damaged)"
    ),
    "DownloadLengthMismatchError": QT_TRANSLATE_NOOP("Updates", "a file is longer than the publisher signed"),
}


def _failure(failures: list[tuple[str, BaseException]]) -> RefdeskError:
    refused = [(text, exc) for text, exc in failures if _refused(exc)]
    if refused:
        text, exc = refused[0]
        if isinstance(exc, VerificationError):
            return exc
        reason = next(
            (r for name, r in _REASONS.items() if name in {c.__name__ for c in type(exc).__mro__}), None
        )
        return VerificationError(
            translate(
                "Updates", "The update from {source} was refused: {reason}. Nothing was applied."
            ).format(source=text, reason=translate("Updates", reason) if reason else exc),
            code="verification-failed",
        )
    detail = "; ".join(f"{text}: {_short(exc)}" for text, exc in failures)
    return RefdeskError(
        translate(
            "Updates",
            "No update source could be used ({detail}). Check the connection or the USB stick and try again.",
        ).format(detail=detail),
        code="unreachable",
    )


def _short(exc: BaseException) -> str:
    if isinstance(exc, SourceError):
        return str(exc)
    cause = exc.__cause__
    return str(exc) if cause is None else f"{exc} ({type(cause).__name__})"


def _have(path: Path, length: int) -> bool:
    try:
        return path.stat().st_size == length
    except OSError:
        return False
