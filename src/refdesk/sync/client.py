"""Sync layer: python-tuf's client against one source (a URL, a folder or a `.zip` bundle).

Every source is read through the same trust store (<data dir>/trust/), so whatever was trusted
from one source bounds all the others: a stick can never roll back what the network brought.
`tuf.ngclient` is imported here lazily (it costs ~250 ms), only when an update runs.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from refdesk.core.i18n import translate

from .fetchers import LOCAL_SCHEME, HttpFetcher, LocalFetcher
from .netlog import NetworkLog

if TYPE_CHECKING:
    from tuf.api.metadata import TargetFile
    from tuf.ngclient import Updater

log = logging.getLogger(__name__)

SourceKind = Literal["http", "folder", "bundle"]


class SourceError(Exception):
    """A source that cannot be used at all (no such folder, not a URL)."""


@dataclass(frozen=True)
class Source:
    text: str
    kind: SourceKind

    @classmethod
    def parse(cls, text: str) -> Source:
        if text.startswith(("https://", "http://")):
            return cls(text.rstrip("/"), "http")
        path = Path(text).expanduser()
        if path.is_dir():
            return cls(str(path.absolute()), "folder")
        if path.is_file() and path.suffix.lower() == ".zip":
            return cls(str(path.absolute()), "bundle")
        if path.exists():
            raise SourceError(
                translate(
                    "Updates", "{source} is neither a repository folder nor a .zip update bundle."
                ).format(source=text)
            )
        raise SourceError(
            translate(
                "Updates", "{source} does not exist (give an https:// address, a folder or a .zip bundle)."
            ).format(source=text)
        )

    @property
    def is_local(self) -> bool:
        return self.kind != "http"


@dataclass(frozen=True)
class Timeouts:
    connect: float = 10.0
    read: float = 30.0


class RepositoryClient:
    """One ngclient Updater over one source; one instance per metadata folder at a time."""

    def __init__(
        self,
        source: Source,
        metadata_dir: Path,
        downloads_dir: Path,
        timeouts: Timeouts | None = None,
        *,
        proxy: str = "",
        network_log: NetworkLog | None = None,
    ) -> None:
        from tuf.ngclient import Updater

        self.source = source
        self.fetcher: HttpFetcher | LocalFetcher
        if source.kind == "http":
            base = source.text + "/"
            timeouts = timeouts or Timeouts()
            self.fetcher = HttpFetcher(
                downloads_dir,
                connect_timeout=timeouts.connect,
                read_timeout=timeouts.read,
                proxy=proxy,
                network_log=network_log,
            )
        else:
            base = LOCAL_SCHEME
            self.fetcher = LocalFetcher(Path(source.text))
        self._metadata_base = base + "metadata/"
        self._updater: Updater = Updater(
            metadata_dir=str(metadata_dir),
            metadata_base_url=base + "metadata/",
            target_base_url=base + "targets/",
            target_dir=str(downloads_dir),
            fetcher=self.fetcher,
            bootstrap=None,
        )

    @property
    def received(self) -> int:
        return self.fetcher.received

    def refresh(self) -> None:
        self._updater.refresh()

    def target(self, name: str) -> TargetFile | None:
        return self._updater.get_targetinfo(name)

    def download(self, target: TargetFile, dest: Path) -> Path:
        """Download and verify one target into `dest` (written under a temporary name first)."""
        tmp = dest.with_name(f".{dest.name}.tmp")
        self._updater.download_target(target, str(tmp))
        tmp.replace(dest)
        return dest

    def fetch_metadata(self, name: str, max_length: int) -> bytes | None:
        """A metadata file ngclient does not know (unverified: the caller checks it); None if absent."""
        from tuf.api import exceptions

        try:
            return self.fetcher.download_bytes(self._metadata_base + name, max_length)
        except exceptions.DownloadError as exc:
            log.info("%s: no %s (%s)", self.source.text, name, exc)
            return None

    def close(self) -> None:
        if isinstance(self.fetcher, LocalFetcher):
            self.fetcher.close()


def is_verification_failure(exc: BaseException) -> bool:
    """True for what the publisher's signatures refused (as opposed to a source being unreachable)."""
    from tuf.api import exceptions

    return isinstance(exc, exceptions.RepositoryError | exceptions.DownloadLengthMismatchError)


def is_transfer_failure(exc: BaseException) -> bool:
    from tuf.api import exceptions

    return isinstance(exc, exceptions.DownloadError | SourceError)


def is_missing(exc: BaseException) -> bool:
    """True when a source lacks a file (HTTP 404, or not in the folder or bundle)."""
    from tuf.api import exceptions

    return isinstance(exc, exceptions.DownloadHTTPError) and exc.status_code == 404


def timestamp_twin_expiry(metadata_dir: Path, data: bytes) -> datetime | None:
    """When a second signed timestamp expires, if it may stand in for the trusted timestamp.json.

    It must be signed by the timestamp role of the trusted root and carry the same version and
    snapshot as the trusted timestamp (so it vouches for exactly what was verified); else None.
    """
    from tuf.api.metadata import Metadata, Root, Timestamp

    try:
        root = Metadata[Root].from_bytes((metadata_dir / "root.json").read_bytes())
        trusted = Metadata[Timestamp].from_bytes((metadata_dir / "timestamp.json").read_bytes())
        twin = Metadata[Timestamp].from_bytes(data)
        root.verify_delegate("timestamp", twin)
    except Exception as exc:  # unreadable, not a timestamp, or a bad signature: all mean "no"
        log.warning("a long-lived timestamp was refused: %s", exc)
        return None
    same = (twin.signed.version, twin.signed.snapshot_meta)
    if same != (trusted.signed.version, trusted.signed.snapshot_meta):
        log.info("the long-lived timestamp is for another release; not kept")
        return None
    return twin.signed.expires


def bootstrap_trust(metadata_dir: Path, root_bytes: bytes) -> None:
    """Start a trust store from a publisher's root (verified as a self-signed root first)."""
    from tuf.ngclient import Updater

    metadata_dir.mkdir(parents=True, exist_ok=True)
    Updater(
        metadata_dir=str(metadata_dir),
        metadata_base_url=LOCAL_SCHEME,
        fetcher=LocalFetcher(metadata_dir),
        bootstrap=root_bytes,
    )


def trusted_roots(metadata_dir: Path) -> list[bytes]:
    """Every root a trust store has accepted, oldest first."""
    history = metadata_dir / "root_history"
    if not history.is_dir():
        return []
    files = sorted(history.glob("*.root.json"), key=lambda p: int(p.name.split(".", 1)[0]))
    return [p.read_bytes() for p in files]
