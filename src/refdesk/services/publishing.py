"""Services layer: `refdesk publish keys|build|bundle`: catalogue releases into a static TUF repository."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from refdesk.core.errors import RefdeskError
from refdesk.core.i18n import translate
from refdesk.publish.keys import ROOT_FILE, PublisherKeys, create_keys, expires_in
from refdesk.publish.repository import BUNDLE_TIMESTAMP_DAYS, StaticRepository
from refdesk.sync.lock import DataDirLock

from . import builder
from .content import CatalogueContent, decode_snapshot, encode_delta, encode_snapshot, make_delta
from .release import (
    RELEASE_TARGET,
    DeltaEntry,
    PreviousRelease,
    Release,
    ReleaseFile,
    delta_name,
    document_name,
    snapshot_name,
)

log = logging.getLogger(__name__)

# How many earlier versions get a delta straight to each new release.
DELTA_DEPTH = 5

__all__ = ["BuildResult", "build_release", "create_keys", "current_release", "export_bundle"]


@dataclass(frozen=True)
class BuildResult:
    release: Release
    repo: Path
    snapshot_bytes: int
    delta_bytes: dict[int, int]  # from_version -> size


def current_release(repository: StaticRepository) -> Release | None:
    """The release in force in a repository (the one timestamp.json leads to)."""
    in_force = repository.current()
    if in_force is None:
        return None
    target = in_force[2].signed.targets.get(RELEASE_TARGET)
    if target is None:
        raise RefdeskError(
            translate("Publishing", "{repo} is a TUF repository without a RefDesk release.json.").format(
                repo=repository.root
            )
        )
    data = repository.read_target(RELEASE_TARGET, target.hashes["sha256"])
    if data is None:
        raise RefdeskError(
            translate("Publishing", "{repo}: the release.json in force is missing or damaged.").format(
                repo=repository.root
            )
        )
    return Release.from_bytes(data)


def build_release(
    source: Path,
    repo: Path,
    keydir: Path,
    *,
    published: datetime | None = None,
    depth: int = DELTA_DEPTH,
    expiry: Mapping[str, float] | None = None,
) -> BuildResult:
    """Validate `source`, then add it to `repo` as the next release (nothing is written on error)."""
    prepared = builder.prepare_source(source)
    keys = PublisherKeys.load(keydir)
    repo.mkdir(parents=True, exist_ok=True)
    with DataDirLock(repo / ".publish.lock", timeout=10):
        repository = StaticRepository(repo)
        if not repository.exists():
            repository.init(_read_root(keydir))
        previous = current_release(repository)
        if previous is not None and previous.catalogue != prepared.source.id:
            raise RefdeskError(
                translate(
                    "Publishing",
                    "{repo} publishes the catalogue '{published}', not '{given}'; "
                    "use a separate repository for each catalogue.",
                ).format(repo=repo, published=previous.catalogue, given=prepared.source.id),
                code="wrong-catalogue",
            )
        version = previous.version + 1 if previous else 1
        content = builder.content_of(prepared, version, published or datetime.now(UTC).replace(microsecond=0))
        snapshot_data = encode_snapshot(content)
        content = decode_snapshot(snapshot_data)  # the checksum is of what clients will read back

        targets = []
        documents = []
        for sha, path in sorted(prepared.files.items()):
            target = repository.add_target(document_name(sha), path.read_bytes())
            targets.append(target)
            documents.append(ReleaseFile(target.path, sha, target.length))
        snapshot_target = repository.add_target(snapshot_name(version), snapshot_data)
        targets.append(snapshot_target)
        snapshot = ReleaseFile(snapshot_target.path, snapshot_target.hashes["sha256"], snapshot_target.length)

        deltas: list[DeltaEntry] = []
        earlier = (
            [PreviousRelease(previous.version, previous.snapshot), *previous.previous] if previous else []
        )
        for old in earlier[:depth]:
            entry, data = _delta(repository, old, content)
            if entry is None or len(data) >= len(snapshot_data):
                continue  # a delta as big as the snapshot saves nothing
            targets.append(repository.add_target(entry.file.name, data))
            deltas.append(entry)

        release = Release(
            catalogue=content.meta.id,
            title=content.meta.title,
            version=version,
            published=content.meta.published,
            resources=len(content.resources),
            documents=tuple(documents),
            checksum=content.checksum(),
            snapshot=snapshot,
            deltas=tuple(deltas),
            previous=tuple(earlier[: depth - 1]),
        )
        targets.append(repository.add_target(RELEASE_TARGET, release.to_bytes()))
        repository.publish(targets, keys, expiry)  # targets, snapshot, then timestamp.json last
    log.info("published %s version %d to %s", release.catalogue, version, repo)
    return BuildResult(release, repo, len(snapshot_data), {d.from_version: d.file.length for d in deltas})


def _delta(
    repository: StaticRepository, old: PreviousRelease, new: CatalogueContent
) -> tuple[DeltaEntry | None, bytes]:
    data = repository.read_target(old.snapshot.name, old.snapshot.sha256)
    if data is None:
        log.warning("snapshot of version %d is missing from the repository; no delta from it", old.version)
        return None, b""
    delta = make_delta(decode_snapshot(data), new)
    encoded = encode_delta(delta)
    name = delta_name(old.version, new.meta.version)
    entry = DeltaEntry(
        from_version=old.version,
        base_checksum=delta.base_checksum,
        file=ReleaseFile(name, _sha256(encoded), len(encoded)),
        added=len(delta.added),
        changed=len(delta.changed),
        removed=len(delta.removed),
    )
    return entry, encoded


def export_bundle(
    repo: Path, out: Path, *, keydir: Path | None = None, days: int = BUNDLE_TIMESTAMP_DAYS
) -> tuple[int, datetime]:
    """Write an offline update bundle; returns its size and when its timestamp expires.

    With the publisher's keys the bundle's copy of timestamp.json is re-signed (same version)
    to stay valid for `days`, long enough to travel on a stick; the repository is not touched.
    """
    repository = StaticRepository(repo)
    if current_release(repository) is None:
        raise RefdeskError(
            translate("Publishing", "{repo} has no release yet; run 'refdesk publish build' first.").format(
                repo=repo
            ),
            code="no-release",
        )
    timestamp = None
    expires = repository.current()[0].signed.expires  # type: ignore[index]
    if keydir is not None:
        expires = expires_in(days)
        timestamp = repository.resign_timestamp(PublisherKeys.load(keydir), expires)
    if not out.name.endswith(".zip"):
        raise RefdeskError(
            translate("Publishing", "{file}: an update bundle's file name must end in .zip.").format(
                file=out
            ),
            code="usage",
        )
    return repository.export_bundle(out, timestamp), expires


def _read_root(keydir: Path) -> bytes:
    try:
        return (keydir / ROOT_FILE).read_bytes()
    except FileNotFoundError:
        raise RefdeskError(
            translate(
                "Publishing", "{path} is missing; give the folder made by 'refdesk publish keys'."
            ).format(path=keydir / ROOT_FILE),
            code="no-keys",
        ) from None


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
