"""Services layer: "Export update bundle": a coordinator's laptop writes the catalogue it has
installed as a signed `.zip` that other laptops import from a USB stick.

Nothing is signed here (a coordinator holds no keys): the bundle carries the publisher's own
signed metadata from this laptop's trust store and the very files that metadata pins, so a
laptop importing it verifies it exactly like a bundle from the publisher. The files are:

- the root chain, snapshot and targets metadata, and timestamp.json last (trust/);
- release.json, kept beside the generation it installed (services/updates.py);
- the full catalogue snapshot: the one an update downloaded when it is still kept, else the
  installed catalogue encoded again (encoding is deterministic, and the result must hash to
  what the signed metadata says, or the export stops);
- every document of the release, from documents/ (each checked against its hash on the way).

Deltas are not included; an importing laptop that would use one takes the snapshot instead.
The bundle is valid until its timestamp expires, which the result reports: the publisher's
long-lived twin of timestamp.json (45 days, `publish build` signs both) when this laptop kept one
during its last update, else the trusted timestamp itself (a week, on a repository on the web).
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from refdesk.config.paths import AppPaths
from refdesk.core.cancel import CancelToken
from refdesk.core.errors import RefdeskError, UsageError
from refdesk.core.files import sha256_file
from refdesk.core.i18n import translate
from refdesk.publish.repository import BUNDLE_TIMESTAMP, target_file, write_bundle
from refdesk.store.catalogue_db import CatalogueReader
from refdesk.sync.client import timestamp_twin_expiry, trusted_roots
from refdesk.sync.generations import Generations
from refdesk.sync.lock import DataDirLock

from . import builder
from .content import CatalogueContent, encode_snapshot
from .release import RELEASE_TARGET, Release, ReleaseFile

log = logging.getLogger(__name__)

# Kept beside a generation by an update that downloaded the full snapshot.
SNAPSHOT_FILE = "snapshot.json.gz"


class ExportError(RefdeskError):
    code = "cannot-export"


@dataclass(frozen=True)
class ExportedBundle:
    path: Path
    size: int
    catalogue: str
    title: str
    version: int
    documents: int
    expires: datetime  # when the publisher's signature on it lapses; importing fails after


def export_update_bundle(
    paths: AppPaths,
    out: Path,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancel: CancelToken | None = None,
    now: datetime | None = None,
) -> ExportedBundle:
    """Write the installed, signed catalogue release to `out` (a .zip); see the module's notes.

    `progress(done, total)` hears the bytes of target files written. Raises ExportError with what to do
    when this laptop cannot vouch for its catalogue (nothing installed from a signed release,
    an update half-checked, the signature expired), UsageError for a name without .zip.
    """
    if out.suffix.lower() != ".zip":
        # {file} is the name chosen for the bundle being exported, as "catalogue-7.zip".
        raise UsageError(
            translate("Updates", "{file}: an update bundle's file name must end in .zip.").format(
                file=out.name
            )
        )
    paths.data_dir.mkdir(parents=True, exist_ok=True)
    with DataDirLock(paths.data_dir / ".lock"):  # no update may switch the catalogue meanwhile
        return _export(paths, out, progress, cancel, now or datetime.now(UTC))


def _export(
    paths: AppPaths,
    out: Path,
    progress: Callable[[int, int], None] | None,
    cancel: CancelToken | None,
    now: datetime,
) -> ExportedBundle:
    current = Generations(paths).current()
    manifest = builder.installed_manifest(paths)
    if current is None or not manifest:
        raise ExportError(
            translate("Updates", "No catalogue is installed yet, so there is nothing to export.")
        )
    trust = paths.trust_dir
    timestamp, snapshot, targets = (_metadata(trust / f"{role}.json") for role in _ROLES)
    timestamp_bytes, expires = _longest_timestamp(trust, _expiry(timestamp))
    if expires <= now:
        raise ExportError(
            translate(
                "Updates",
                "The publisher's signature on this catalogue expired on {date}; other laptops "
                "would refuse the bundle. Check for updates while online, then export again.",
            ).format(date=f"{expires:%Y-%m-%d}"),
            code="expired",
        )
    listed = targets["signed"]["targets"]
    generation = paths.generation(current)
    release_bytes = _release_json(paths, generation, listed)
    release = Release.from_bytes(release_bytes)
    if (release.catalogue, release.version) != (manifest.get("catalogue"), manifest.get("version")):
        raise ExportError(
            translate(
                "Updates",
                "This laptop last verified version {verified} of the catalogue but has version "
                "{installed} installed. Finish the update (Check for updates), then export.",
            ).format(verified=release.version, installed=manifest.get("version")),
            code="not-installed",
        )
    snapshot_path = _snapshot_file(generation, release.snapshot, listed, paths)
    members = [(target_file(release.snapshot.name, release.snapshot.sha256), snapshot_path)]
    missing = [d for d in release.documents if not paths.document(d.sha256).is_file()]
    if missing:
        raise ExportError(
            translate(
                "Updates",
                "%n of the catalogue's documents are missing from {folder}; "
                "reinstall the catalogue (Import update) before exporting it.",
                None,
                len(missing),
            ).format(folder=paths.documents_dir),
            code="incomplete",
        )
    for document in release.documents:
        _check_hash(paths.document(document.sha256), document)
        members.append((target_file(document.name, document.sha256), paths.document(document.sha256)))
    members.insert(0, (target_file(RELEASE_TARGET, _sha256(release_bytes)), generation / RELEASE_TARGET))
    total = sum(path.stat().st_size for _name, path in members)
    done = 0

    def on_file(size: int) -> None:
        nonlocal done
        if cancel is not None:
            cancel.check()
        done += size
        if progress is not None:
            progress(min(done, total), total)

    metadata: list[tuple[str, bytes | Path]] = [
        (f"{json.loads(root)['signed']['version']}.root.json", root) for root in trusted_roots(trust)
    ]
    metadata.append((f"{snapshot['signed']['version']}.snapshot.json", trust / "snapshot.json"))
    metadata.append((f"{targets['signed']['version']}.targets.json", trust / "targets.json"))
    size = write_bundle(out, metadata, members, timestamp_bytes, on_file)
    log.info("exported catalogue %s v%d to %s (%d bytes)", release.catalogue, release.version, out, size)
    return ExportedBundle(
        out, size, release.catalogue, release.title, release.version, len(release.documents), expires
    )


_ROLES = ("timestamp", "snapshot", "targets")


def _metadata(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_bytes())
        if not isinstance(data, dict) or "signed" not in data:
            raise ValueError(translate("Updates", "not TUF metadata"))
        return data
    except FileNotFoundError:
        raise ExportError(
            translate(
                "Updates",
                "This laptop's catalogue was not installed from a signed release, so it cannot vouch "
                "for it; install or update the catalogue from the publisher first.",
            ),
            code="unsigned",
        ) from None
    except (OSError, ValueError) as exc:
        raise ExportError(
            translate(
                "Updates",
                "{path} cannot be read ({reason}); check for updates to repair the trust store, then export.",
            ).format(path=path, reason=exc),
            code="damaged-trust",
        ) from exc


def _longest_timestamp(trust: Path, expires: datetime) -> tuple[bytes, datetime]:
    """The publisher's long-lived twin of the trusted timestamp when this laptop kept one
    (services/updates.py), else the trusted timestamp itself; with its expiry."""
    twin = trust / BUNDLE_TIMESTAMP
    if twin.is_file():
        data = twin.read_bytes()
        longer = timestamp_twin_expiry(trust, data)
        if longer is not None and longer > expires:
            return data, longer
    return (trust / "timestamp.json").read_bytes(), expires


def _expiry(timestamp: dict[str, Any]) -> datetime:
    return datetime.fromisoformat(str(timestamp["signed"]["expires"]).replace("Z", "+00:00"))


def _listed(listed: dict[str, Any], name: str) -> tuple[str, int]:
    entry = listed.get(name) or {}
    return str(entry.get("hashes", {}).get("sha256", "")), int(entry.get("length", -1))


def _release_json(paths: AppPaths, generation: Path, listed: dict[str, Any]) -> bytes:
    """release.json as the signed targets list it, from beside the generation (or the last check)."""
    sha, _length = _listed(listed, RELEASE_TARGET)
    for candidate in (generation / RELEASE_TARGET, paths.downloads_dir / f"{sha}.release.json"):
        try:
            data = candidate.read_bytes()
        except OSError:
            continue
        if _sha256(data) == sha:
            if candidate.parent != generation:  # kept with the generation from now on
                (generation / RELEASE_TARGET).write_bytes(data)
            return data
    raise ExportError(
        translate(
            "Updates",
            "The signed release file of the installed catalogue is not on this laptop (it was installed "
            "by an older RefDesk, or an update was checked but not installed). Check for updates while "
            "online, install what is offered, then export again.",
        ),
        code="not-installed",
    )


def _snapshot_file(generation: Path, file: ReleaseFile, listed: dict[str, Any], paths: AppPaths) -> Path:
    """The full snapshot, byte for byte what the publisher signed."""
    sha, length = _listed(listed, file.name)
    if (sha, length) != (file.sha256, file.length):
        raise ExportError(
            translate(
                "Updates",
                "The trust store and the release file disagree about the catalogue snapshot; check for "
                "updates while online, then export again.",
            ),
            code="damaged-trust",
        )
    kept = generation / SNAPSHOT_FILE
    if kept.is_file() and sha256_file(kept) == sha:
        return kept
    reader = CatalogueReader(generation / "catalogue.sqlite")
    try:
        pages = {key: tuple(value) for key, value in reader.all_pages().items()}
        content = CatalogueContent(reader.meta(), reader.resources(), pages)
    finally:
        reader.close()
    data = encode_snapshot(content)
    if _sha256(data) != sha:
        raise ExportError(
            translate(
                "Updates",
                "The installed catalogue cannot be turned back into the exact file the publisher signed "
                "(it may have been written by a different RefDesk). Check for updates while online and "
                "export again, or ask the publisher for a bundle ('refdesk publish bundle').",
            ),
            code="cannot-reproduce",
        )
    tmp = kept.with_name(f".{kept.name}.tmp")
    tmp.write_bytes(data)
    tmp.replace(kept)
    return kept


def _check_hash(path: Path, file: ReleaseFile) -> None:
    if path.stat().st_size != file.length or sha256_file(path) != file.sha256:
        raise ExportError(
            translate(
                "Updates",
                "The document {name} on this laptop is damaged (its contents no longer match the "
                "publisher's signature); reinstall the catalogue before exporting it.",
            ).format(name=path.name),
            code="damaged-document",
        )


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
