"""Services layer: `release.json`, the signed target that pins every file of one catalogue release.

TUF verifies each file against the targets metadata; release.json says what the files *are*:
the catalogue and version, the full snapshot, the deltas from recent versions, the documents,
and the checksum a client must find after applying either the snapshot or a delta.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from refdesk.core.errors import VerificationError
from refdesk.core.i18n import translate

RELEASE_TARGET = "release.json"
RELEASE_FORMAT = "refdesk-release"
FORMAT_VERSION = 1


def snapshot_name(version: int) -> str:
    return f"snapshots/catalogue-{version}.json.gz"


def delta_name(from_version: int, to_version: int) -> str:
    return f"deltas/catalogue-{from_version}-to-{to_version}.json.gz"


def document_name(sha256: str) -> str:
    return f"documents/{sha256}"


@dataclass(frozen=True)
class ReleaseFile:
    name: str
    sha256: str
    length: int

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "sha256": self.sha256, "length": self.length}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ReleaseFile:
        return cls(str(data["name"]), str(data["sha256"]), int(data["length"]))


@dataclass(frozen=True)
class DeltaEntry:
    """A delta from `from_version` straight to this release (not a chain of steps)."""

    from_version: int
    base_checksum: str
    file: ReleaseFile
    added: int
    changed: int
    removed: int

    def to_json(self) -> dict[str, Any]:
        return {
            "from_version": self.from_version,
            "base_checksum": self.base_checksum,
            "file": self.file.to_json(),
            "added": self.added,
            "changed": self.changed,
            "removed": self.removed,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> DeltaEntry:
        return cls(
            int(data["from_version"]),
            str(data["base_checksum"]),
            ReleaseFile.from_json(data["file"]),
            int(data["added"]),
            int(data["changed"]),
            int(data["removed"]),
        )


@dataclass(frozen=True)
class PreviousRelease:
    """An earlier release whose snapshot the publisher diffs against for the next deltas."""

    version: int
    snapshot: ReleaseFile

    def to_json(self) -> dict[str, Any]:
        return {"version": self.version, "snapshot": self.snapshot.to_json()}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> PreviousRelease:
        return cls(int(data["version"]), ReleaseFile.from_json(data["snapshot"]))


@dataclass(frozen=True)
class Release:
    catalogue: str
    title: str
    version: int
    published: datetime
    resources: int
    documents: tuple[ReleaseFile, ...]
    checksum: str
    snapshot: ReleaseFile
    deltas: tuple[DeltaEntry, ...]
    previous: tuple[PreviousRelease, ...] = ()

    def delta_from(self, version: int, base_checksum: str | None) -> DeltaEntry | None:
        for entry in self.deltas:
            if entry.from_version == version and entry.base_checksum == base_checksum:
                return entry
        return None

    def to_bytes(self) -> bytes:
        data = {
            "format": RELEASE_FORMAT,
            "format_version": FORMAT_VERSION,
            "catalogue": self.catalogue,
            "title": self.title,
            "version": self.version,
            "published": self.published.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "resources": self.resources,
            "documents": [d.to_json() for d in self.documents],
            "checksum": self.checksum,
            "snapshot": self.snapshot.to_json(),
            "deltas": [d.to_json() for d in self.deltas],
            "previous": [p.to_json() for p in self.previous],
        }
        return json.dumps(data, indent=1, sort_keys=True).encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes) -> Release:
        try:
            raw = json.loads(data.decode("utf-8"))
            if raw.get("format") != RELEASE_FORMAT:
                raise ValueError(translate("Updates", "not a release.json"))
            if int(raw.get("format_version", 0)) > FORMAT_VERSION:
                raise VerificationError(
                    translate(
                        "Updates",
                        "This catalogue release needs a newer RefDesk; install the newer version of the app.",
                    )
                )
            return cls(
                catalogue=str(raw["catalogue"]),
                title=str(raw["title"]),
                version=int(raw["version"]),
                published=datetime.fromisoformat(raw["published"].replace("Z", "+00:00")),
                resources=int(raw["resources"]),
                documents=tuple(ReleaseFile.from_json(d) for d in raw["documents"]),
                checksum=str(raw["checksum"]),
                snapshot=ReleaseFile.from_json(raw["snapshot"]),
                deltas=tuple(DeltaEntry.from_json(d) for d in raw["deltas"]),
                previous=tuple(PreviousRelease.from_json(p) for p in raw.get("previous", ())),
            )
        except (AttributeError, KeyError, TypeError, ValueError) as exc:
            raise VerificationError(
                translate(
                    "Updates", "The release description (release.json) is malformed ({reason})."
                ).format(reason=exc)
            ) from exc
