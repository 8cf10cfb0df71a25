"""Services layer: a whole catalogue as plain data, and the release files that carry it.

`CatalogueContent` is what a generation is written from, whether it came from a source folder
(`refdesk publish build`, the tests) or from a signed release: a full snapshot or a delta applied
to the installed one. The snapshot and delta files are gzip-compressed JSON; they carry every
document's extracted page texts so that clients never extract PDFs themselves.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

from refdesk.core import vocab
from refdesk.core.errors import VerificationError
from refdesk.core.i18n import QT_TRANSLATE_NOOP, translate
from refdesk.core.types import DocumentRef, Resource
from refdesk.store.catalogue_db import CatalogueMeta, catalogue_checksum

SNAPSHOT_FORMAT = "refdesk-snapshot"
DELTA_FORMAT = "refdesk-delta"
FORMAT_VERSION = 1


@dataclass(frozen=True)
class CatalogueContent:
    """Everything one generation holds: metadata, resources, and each document's page texts."""

    meta: CatalogueMeta
    resources: list[Resource]
    pages: dict[str, tuple[str, ...]]

    def label(self, facet: str, slug: str) -> str:
        return label_of(self.meta, facet, slug)

    def documents(self) -> set[str]:
        return {d.sha256 for r in self.resources for d in r.documents}

    def checksum(self) -> str:
        return catalogue_checksum(self.meta.id, self.meta.version, self.resources, self.pages)


def label_of(meta: CatalogueMeta, facet: str, slug: str) -> str:
    return (meta.labels or {}).get(facet, {}).get(slug) or vocab.slug_label(slug)


@dataclass(frozen=True)
class Delta:
    """The row-level difference between two versions of one catalogue."""

    from_version: int
    base_checksum: str
    checksum: str
    meta: CatalogueMeta
    added: list[Resource]
    changed: list[Resource]
    removed: list[str]
    pages: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def upserts(self) -> list[Resource]:
        return [*self.added, *self.changed]


# -- encoding ------------------------------------------------------------------------------


def _gzip_json(data: dict[str, Any]) -> bytes:
    raw = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)
    return gzip.compress(raw.encode("utf-8"), compresslevel=9, mtime=0)  # same content, same bytes


def _json_gunzip(data: bytes, what: str) -> dict[str, Any]:
    try:
        loaded = json.loads(gzip.decompress(data).decode("utf-8"))
    except (OSError, EOFError, ValueError) as exc:
        raise VerificationError(
            translate(
                "Errors", "The release's {what} cannot be read ({reason}); nothing was applied."
            ).format(what=translate("Errors", what), reason=exc)
        ) from exc
    if not isinstance(loaded, dict):
        raise VerificationError(
            translate("Errors", "The release's {what} is not a catalogue file; nothing was applied.").format(
                what=translate("Errors", what)
            )
        )
    return loaded


def meta_json(meta: CatalogueMeta) -> dict[str, Any]:
    data = asdict(meta)
    data["published"] = meta.published.isoformat()
    data["languages"] = list(meta.languages)
    return data


def meta_from_json(data: dict[str, Any]) -> CatalogueMeta:
    return CatalogueMeta(
        id=str(data["id"]),
        title=str(data["title"]),
        publisher=str(data["publisher"]),
        version=int(data["version"]),
        published=datetime.fromisoformat(data["published"]),
        languages=tuple(data.get("languages") or ()),
        homepage=data.get("homepage"),
        licence=data.get("licence"),
        labels=data.get("labels") or {},
    )


def resource_json(res: Resource) -> dict[str, Any]:
    data = asdict(res)
    del data["superseded_by"]  # derived from the other resources' `supersedes`
    return data


def resource_from_json(data: dict[str, Any]) -> Resource:
    values = dict(data)
    docs = tuple(DocumentRef(**d) for d in values.pop("documents", ()))
    extra = values.pop("extra", {}) or {}
    fields: dict[str, Any] = {k: tuple(v) if isinstance(v, list) else v for k, v in values.items()}
    return Resource(**fields, documents=docs, extra=extra)


def encode_snapshot(content: CatalogueContent) -> bytes:
    return _gzip_json(
        {
            "format": SNAPSHOT_FORMAT,
            "format_version": FORMAT_VERSION,
            "meta": meta_json(content.meta),
            "resources": [resource_json(r) for r in content.resources],
            "pages": {sha: list(content.pages.get(sha, ())) for sha in sorted(content.documents())},
        }
    )


def decode_snapshot(data: bytes) -> CatalogueContent:
    what = QT_TRANSLATE_NOOP("Errors", "catalogue snapshot")
    raw = _json_gunzip(data, what)
    _check_format(raw, SNAPSHOT_FORMAT, what)
    try:
        return CatalogueContent(
            meta=meta_from_json(raw["meta"]),
            resources=[resource_from_json(r) for r in raw["resources"]],
            pages={sha: tuple(texts) for sha, texts in raw["pages"].items()},
        )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise VerificationError(
            translate("Errors", "The release's catalogue snapshot is malformed ({reason}).").format(
                reason=repr(exc)
            )
        ) from exc


def make_delta(old: CatalogueContent, new: CatalogueContent) -> Delta:
    """What turns `old` into `new`: resources added, changed and removed, and new documents' pages."""
    before = {r.id: resource_json(r) for r in old.resources}
    after = {r.id: r for r in new.resources}
    added = [r for rid, r in after.items() if rid not in before]
    changed = [r for rid, r in after.items() if rid in before and resource_json(r) != before[rid]]
    removed = sorted(rid for rid in before if rid not in after)
    known = old.documents()
    pages = {
        d.sha256: new.pages.get(d.sha256, ())
        for r in [*added, *changed]
        for d in r.documents
        if d.sha256 not in known
    }
    return Delta(old.meta.version, old.checksum(), new.checksum(), new.meta, added, changed, removed, pages)


def encode_delta(delta: Delta) -> bytes:
    return _gzip_json(
        {
            "format": DELTA_FORMAT,
            "format_version": FORMAT_VERSION,
            "from_version": delta.from_version,
            "base_checksum": delta.base_checksum,
            "checksum": delta.checksum,
            "meta": meta_json(delta.meta),
            "added": [resource_json(r) for r in delta.added],
            "changed": [resource_json(r) for r in delta.changed],
            "removed": delta.removed,
            "pages": {sha: list(texts) for sha, texts in sorted(delta.pages.items())},
        }
    )


def decode_delta(data: bytes) -> Delta:
    what = QT_TRANSLATE_NOOP("Errors", "catalogue delta")
    raw = _json_gunzip(data, what)
    _check_format(raw, DELTA_FORMAT, what)
    try:
        return Delta(
            from_version=int(raw["from_version"]),
            base_checksum=str(raw["base_checksum"]),
            checksum=str(raw["checksum"]),
            meta=meta_from_json(raw["meta"]),
            added=[resource_from_json(r) for r in raw["added"]],
            changed=[resource_from_json(r) for r in raw["changed"]],
            removed=[str(rid) for rid in raw["removed"]],
            pages={sha: tuple(texts) for sha, texts in raw["pages"].items()},
        )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise VerificationError(
            translate("Errors", "The release's catalogue delta is malformed ({reason}).").format(
                reason=repr(exc)
            )
        ) from exc


def _check_format(raw: Mapping[str, Any], expected: str, what: str) -> None:
    """`what` is the English name of the file (marked with QT_TRANSLATE_NOOP in "Errors")."""
    if raw.get("format") != expected:
        raise VerificationError(
            translate("Errors", "The release's {what} is not a {format} file; nothing was applied.").format(
                what=translate("Errors", what), format=expected
            )
        )
    if raw.get("format_version", 0) > FORMAT_VERSION:
        raise VerificationError(
            translate(
                "Errors", "The release's {what} needs a newer RefDesk; install the newer version of the app."
            ).format(what=translate("Errors", what))
        )
