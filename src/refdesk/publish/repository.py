"""Publish layer: a static TUF repository with consistent snapshots (python-tuf's Metadata API).

Layout, servable as plain files by any web server, object store, mirror or USB stick:

    metadata/N.root.json  metadata/N.targets.json  metadata/N.snapshot.json  metadata/timestamp.json
    targets/<dir>/<sha256>.<name>

Every file but timestamp.json (and bundle-timestamp.json, its twin that lives 45 days for
bundles exported by officers' laptops) is written once under a name that says what it holds
(version or hash) and never rewritten. `publish` writes in the order the note on updates measured: new target
files, then targets metadata, then snapshot, then timestamp.json last (one os.replace), so a
reader sees the previous release or the new one, never a mix.
"""

from __future__ import annotations

import hashlib
import logging
import os
import zipfile
from collections.abc import Callable, Iterable, Mapping
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from refdesk.core.errors import RefdeskError
from refdesk.core.files import is_disk_full, write_atomic
from refdesk.core.i18n import translate

from .keys import PublisherKeys, expires_in

if TYPE_CHECKING:
    from securesystemslib.signer import Signer
    from tuf.api.metadata import Metadata, Root, TargetFile, Targets, Timestamp

log = logging.getLogger(__name__)

# Days each role's metadata stays valid. The timestamp is short so a frozen mirror is noticed;
# publishing (or re-signing the timestamp) weekly keeps clients updating.
EXPIRY_DAYS = {"root": 365, "targets": 90, "snapshot": 90, "timestamp": 7}
# Bundles travel on USB sticks for weeks (notes/updates.md, item 4).
BUNDLE_TIMESTAMP_DAYS = 45
# metadata/<this>: timestamp.json's twin that lasts BUNDLE_TIMESTAMP_DAYS (same version and snapshot).
BUNDLE_TIMESTAMP = "bundle-timestamp.json"
HASH = "sha256"


class RepositoryError(RefdeskError):
    code = "bad-repository"


class StaticRepository:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.metadata_dir = root / "metadata"
        self.targets_dir = root / "targets"

    # -- reading -----------------------------------------------------------------------------

    def exists(self) -> bool:
        return (self.metadata_dir / "1.root.json").is_file()

    def root_versions(self) -> list[int]:
        if not self.metadata_dir.is_dir():
            return []
        names = (p.name.split(".", 1)[0] for p in self.metadata_dir.glob("*.root.json"))
        return sorted(int(n) for n in names if n.isdigit())

    def load(self, name: str) -> Metadata[Any]:
        from tuf.api.metadata import Metadata

        path = self.metadata_dir / name
        try:
            return Metadata.from_bytes(path.read_bytes())
        except FileNotFoundError:
            raise RepositoryError(
                translate("Publishing", "{path} is missing; {repo} is not a complete repository.").format(
                    path=path, repo=self.root
                )
            ) from None
        except Exception as exc:  # python-tuf raises several families for a bad file
            raise RepositoryError(
                translate("Publishing", "{path} cannot be read ({reason}).").format(path=path, reason=exc)
            ) from exc

    def latest_root(self) -> Metadata[Root]:
        versions = self.root_versions()
        if not versions:
            raise RepositoryError(
                translate(
                    "Publishing", "{repo} is not a RefDesk repository (no metadata/1.root.json)."
                ).format(repo=self.root)
            )
        return self.load(f"{versions[-1]}.root.json")

    def current(self) -> tuple[Metadata[Timestamp], Metadata[Any], Metadata[Targets]] | None:
        """The timestamp, snapshot and targets in force, or None for a repository not yet published."""
        if not (self.metadata_dir / "timestamp.json").is_file():
            return None
        timestamp = self.load("timestamp.json")
        snapshot = self.load(f"{timestamp.signed.snapshot_meta.version}.snapshot.json")
        targets = self.load(f"{snapshot.signed.meta['targets.json'].version}.targets.json")
        return timestamp, snapshot, targets

    def target_path(self, name: str, sha256: str) -> Path:
        return self.targets_dir / target_file(name, sha256)

    def read_target(self, name: str, sha256: str) -> bytes | None:
        try:
            data = self.target_path(name, sha256).read_bytes()
        except FileNotFoundError:
            return None
        return data if hashlib.sha256(data).hexdigest() == sha256 else None

    # -- writing -----------------------------------------------------------------------------

    def init(self, root_bytes: bytes) -> None:
        """Start a repository from a publisher's first root (KEYDIR/root.json)."""
        self.metadata_dir.mkdir(parents=True, exist_ok=True)
        self.targets_dir.mkdir(parents=True, exist_ok=True)
        write_atomic(self.metadata_dir / "1.root.json", root_bytes)

    def add_target(self, name: str, data: bytes) -> TargetFile:
        """Store a target file under its hash (once); returns its TUF description."""
        from tuf.api.metadata import TargetFile

        sha = hashlib.sha256(data).hexdigest()
        path = self.target_path(name, sha)
        if not (path.is_file() and path.stat().st_size == len(data)):
            path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(path, data)
        return TargetFile(len(data), {HASH: sha}, name)

    def publish(
        self, targets: Iterable[TargetFile], keys: PublisherKeys, expiry: Mapping[str, float] | None = None
    ) -> int:
        """Sign a new targets list, then snapshot, then switch timestamp.json; returns the targets version.

        `expiry` overrides `EXPIRY_DAYS` per role (the release bundled in the app lasts for years).
        """
        from tuf.api.metadata import Metadata, MetaFile, Snapshot, Targets, Timestamp

        days = {**EXPIRY_DAYS, **(expiry or {})}
        self._check_keys(keys)
        in_force = self.current()
        versions = (0, 0, 0)
        if in_force is not None:
            versions = tuple(m.signed.version for m in in_force)  # type: ignore[assignment]
        ts_version, snap_version, targets_version = (v + 1 for v in versions)

        new_targets = Targets(
            version=targets_version,
            expires=expires_in(days["targets"]),
            targets={t.path: t for t in targets},
        )
        targets_bytes = self._sign_to(
            Metadata(new_targets), keys.signer("targets"), f"{targets_version}.targets.json"
        )
        snapshot = Snapshot(
            version=snap_version,
            expires=expires_in(days["snapshot"]),
            meta={"targets.json": _meta_file(MetaFile, targets_version, targets_bytes)},
        )
        snapshot_bytes = self._sign_to(
            Metadata(snapshot), keys.signer("snapshot"), f"{snap_version}.snapshot.json"
        )
        timestamp = Timestamp(
            version=ts_version,
            expires=expires_in(days["timestamp"]),
            snapshot_meta=_meta_file(MetaFile, snap_version, snapshot_bytes),
        )
        # The same timestamp with a longer life, for bundles exported from officers' laptops
        # (services/bundle_export.py): clients keep it, since they cannot sign one themselves.
        bundle_days = max(days["timestamp"], BUNDLE_TIMESTAMP_DAYS)
        long_lived = Timestamp(
            version=ts_version, expires=expires_in(bundle_days), snapshot_meta=timestamp.snapshot_meta
        )
        self._sign_to(Metadata(long_lived), keys.signer("timestamp"), BUNDLE_TIMESTAMP)
        self._sign_to(Metadata(timestamp), keys.signer("timestamp"), "timestamp.json")
        log.info(
            "published targets v%d, snapshot v%d, timestamp v%d", targets_version, snap_version, ts_version
        )
        return targets_version

    def resign_timestamp(self, keys: PublisherKeys, expires: datetime) -> bytes:
        """The timestamp in force with a new expiry and the same version (for bundle copies only)."""
        in_force = self.current()
        if in_force is None:
            raise RepositoryError(self._no_release())
        timestamp = in_force[0]
        timestamp.signed.expires = expires
        timestamp.signatures.clear()
        timestamp.sign(keys.signer("timestamp"))
        return timestamp.to_bytes()

    def rotate_root(self, new_keys: PublisherKeys, sign_with: Iterable[Signer]) -> int:
        """Write root N+1 listing `new_keys`, signed by `sign_with` (the old and the new root keys).

        Clients accept it only when both the old root's and the new root's thresholds are met;
        publish again with the new keys right after, so the other roles verify under it.
        """
        from tuf.api.metadata import Metadata, Root

        old = self.latest_root()
        root = Root(
            version=old.signed.version + 1,
            expires=expires_in(EXPIRY_DAYS["root"]),
            consistent_snapshot=True,
        )
        for role in ("root", "targets", "snapshot", "timestamp"):
            root.add_key(new_keys.signer(role).public_key, role)
        metadata = Metadata(root)
        for signer in sign_with:
            metadata.sign(signer, append=True)
        write_atomic(self.metadata_dir / f"{root.version}.root.json", metadata.to_bytes())
        return root.version

    def export_bundle(self, out: Path, timestamp_bytes: bytes | None = None) -> int:
        """A .zip of the metadata in force and every current target; returns its size in bytes."""
        in_force = self.current()
        if in_force is None:
            raise RepositoryError(self._no_release())
        _, snapshot, targets = in_force
        metadata: list[tuple[str, bytes | Path]] = [
            (f"{version}.root.json", self.metadata_dir / f"{version}.root.json")
            for version in self.root_versions()
        ]
        for name in (f"{snapshot.signed.version}.snapshot.json", f"{targets.signed.version}.targets.json"):
            metadata.append((name, self.metadata_dir / name))
        files = [
            (target_file(t.path, t.hashes[HASH]), self.target_path(t.path, t.hashes[HASH]))
            for t in targets.signed.targets.values()
        ]
        timestamp = timestamp_bytes or (self.metadata_dir / "timestamp.json").read_bytes()
        return write_bundle(out, metadata, files, timestamp)

    # -- helpers -----------------------------------------------------------------------------

    def _check_keys(self, keys: PublisherKeys) -> None:
        root = self.latest_root().signed
        for role in ("targets", "snapshot", "timestamp"):
            keyid = keys.signer(role).public_key.keyid
            if keyid not in root.roles[role].keyids:
                raise RepositoryError(
                    translate(
                        "Publishing",
                        "The {role} key in the key folder is not one this repository's root trusts; "
                        "give the key folder this repository was created with.",
                    ).format(role=role),
                    code="wrong-keys",
                )

    def _no_release(self) -> str:
        return translate(
            "Publishing", "{repo} has no release yet; run 'refdesk publish build' first."
        ).format(repo=self.root)

    def _sign_to(self, metadata: Metadata[Any], signer: Signer, name: str) -> bytes:
        metadata.sign(signer)
        data = metadata.to_bytes()
        write_atomic(self.metadata_dir / name, data)
        return data


def _meta_file(meta_file_cls: Any, version: int, data: bytes) -> Any:
    return meta_file_cls(version=version, length=len(data), hashes={HASH: hashlib.sha256(data).hexdigest()})


def target_file(name: str, sha256: str) -> str:
    """Where target `name` lives under targets/ with consistent snapshots: <dir>/<sha256>.<name>."""
    folder, _, base = name.rpartition("/")
    return f"{folder}/{sha256}.{base}" if folder else f"{sha256}.{base}"


def write_bundle(
    out: Path,
    metadata: Iterable[tuple[str, bytes | Path]],
    targets: Iterable[tuple[str, Path]],
    timestamp: bytes,
    on_file: Callable[[int], None] | None = None,
) -> int:
    """Write an update bundle: a .zip laid out as a repository; returns its size in bytes.

    `metadata` are (file name under metadata/, content) and `targets` (path under targets/, file);
    timestamp.json goes in last, and the .zip appears under its name only once complete. A full
    disk removes the partial file and says so. `on_file` hears the size of each target written.
    """
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.tmp")
    try:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_STORED) as bundle:
            for name, content in metadata:
                if isinstance(content, Path):
                    bundle.write(content, f"metadata/{name}")
                else:
                    bundle.writestr(f"metadata/{name}", content)
            for name, path in targets:
                bundle.write(path, f"targets/{name}")
                if on_file is not None:
                    on_file(path.stat().st_size)
            bundle.writestr("metadata/timestamp.json", timestamp)  # last: a reader sees it only whole
        os.replace(tmp, out)
    except BaseException as exc:
        tmp.unlink(missing_ok=True)
        if is_disk_full(exc):
            raise RefdeskError(
                translate(
                    "Publishing",
                    "There is not enough space in {folder} for the update bundle; free some space "
                    "or choose another drive.",
                ).format(folder=out.parent),
                code="disk-full",
            ) from exc
        raise
    return out.stat().st_size
