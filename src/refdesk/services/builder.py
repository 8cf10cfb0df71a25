"""Services layer: build complete, verified generations: from a source folder, a snapshot or a delta."""

from __future__ import annotations

import functools
import json
import logging
import os
import shutil
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from refdesk.catalogue.extract import ExtractedDocument, extract
from refdesk.catalogue.source import CatalogueSource, SourceResource, read_source
from refdesk.config.paths import AppPaths
from refdesk.core.cancel import CancelToken
from refdesk.core.errors import CorruptDataError, RefdeskError, SourceError, VerificationError
from refdesk.core.faults import checkpoint
from refdesk.core.files import SHA256_NAME, is_disk_full
from refdesk.core.i18n import translate
from refdesk.core.types import DocumentRef, Problem, Resource
from refdesk.index.builder import build_indexes, update_indexes
from refdesk.store.catalogue_db import CatalogueMeta, CatalogueReader, CatalogueWriter
from refdesk.store.catalogue_delta import apply_delta
from refdesk.sync.generations import Generations

from .content import CatalogueContent, Delta, label_of

log = logging.getLogger(__name__)

Progress = Callable[[str], None]


@dataclass(frozen=True)
class PreparedCatalogue:
    """A validated source with its documents' text extracted, ready to be written."""

    source: CatalogueSource
    resources: list[Resource]
    pages: dict[str, tuple[str, ...]]
    files: dict[str, Path]


def check_source(
    root: Path, *, extract_documents: bool = True
) -> tuple[list[Problem], PreparedCatalogue | None]:
    """Every problem of a source folder; with no errors, the prepared catalogue too."""
    source = read_source(root)
    problems = list(source.problems)
    extracted: dict[Path, ExtractedDocument] = {}
    if extract_documents:
        for res in source.resources:
            for doc in res.documents:
                if doc.file in extracted:
                    continue
                try:
                    extracted[doc.file] = extract(doc.file)
                except SourceError as exc:
                    problems.append(Problem(res.shown, res.line_of("documents"), exc.message))
    if any(p.severity == "error" for p in problems) or not extract_documents:
        return problems, None
    resources = [_resource(res, extracted) for res in source.resources]
    pages = {e.sha256: e.pages for e in extracted.values()}
    files = {e.sha256: path for path, e in extracted.items()}
    return problems, PreparedCatalogue(source, resources, pages, files)


def _resource(res: SourceResource, extracted: dict[Path, ExtractedDocument]) -> Resource:
    docs = tuple(
        DocumentRef(
            sha256=extracted[d.file].sha256,
            path=d.path,
            media_type=extracted[d.file].media_type,
            language=d.language,
            title=d.title,
            pages=len(extracted[d.file].pages),
            size=extracted[d.file].size,
        )
        for d in res.documents
    )
    return Resource(
        id=res.id,
        title=res.title,
        type=res.type,
        summary=res.summary,
        publishers=tuple(res.publishers),
        year=res.year,
        topics=tuple(res.topics),
        audiences=tuple(res.audiences),
        countries=tuple(res.countries),
        regions=tuple(res.regions),
        languages=tuple(res.languages),
        stage=tuple(res.stage),
        identification=tuple(res.identification),
        url=res.url,
        licence=res.licence,
        documents=docs,
        supersedes=tuple(res.supersedes),
        translations=tuple(res.translations),
        extra=res.extra,
    )


def source_published(root: Path) -> datetime:
    """When a source folder was last edited: the newest file time in it."""
    newest = max((p.stat().st_mtime for p in root.rglob("*") if p.is_file()), default=0.0)
    return datetime.fromtimestamp(int(newest), tz=UTC)


def content_of(prepared: PreparedCatalogue, version: int, published: datetime) -> CatalogueContent:
    """The catalogue a validated source describes, as one release version."""
    src = prepared.source
    meta = CatalogueMeta(
        id=src.id,
        title=src.title,
        publisher=src.publisher,
        version=version,
        published=published,
        languages=tuple(src.languages),
        homepage=src.homepage,
        licence=src.licence,
        labels=src.labels,
    )
    return CatalogueContent(meta, prepared.resources, dict(prepared.pages))


def prepare_source(root: Path) -> PreparedCatalogue:
    """`check_source`, raising with every error when the source cannot be built."""
    problems, prepared = check_source(root)
    if prepared is None:
        errors = [p for p in problems if p.severity == "error"]
        message = translate(
            "SourceCheck", "The catalogue source {root} has %n problem(s).", None, len(errors)
        )
        raise SourceError(message.format(root=root), errors)
    return prepared


def install_source(
    paths: AppPaths,
    root: Path,
    *,
    version: int = 1,
    published: datetime | None = None,
    progress: Progress | None = None,
) -> int:
    """Build the source into a new generation and make it current; returns its number."""
    (progress or _quiet)(translate("Updates", "Reading the catalogue source"))
    prepared = prepare_source(root)
    content = content_of(prepared, version, published or source_published(root))
    return install_content(paths, content, prepared.files, progress=progress)


def install_content(
    paths: AppPaths,
    content: CatalogueContent,
    documents: Mapping[str, Path],
    *,
    checksum: str | None = None,
    move_documents: bool = False,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> int:
    """Write a whole catalogue into a new generation, verify it, and make it current.

    `checksum` is the one a release promises; without it, the content's own is checked.
    """
    say = progress or _quiet

    def build(folder: Path) -> None:
        say(translate("Updates", "Writing the catalogue database"))
        CatalogueWriter(folder / "catalogue.sqlite").write(content.meta, content.resources, content.pages)
        checkpoint("database-written")
        _check(cancel)
        say(translate("Updates", "Indexing every page"))
        build_indexes(folder / "index", content.resources, content.pages, content.label)
        checkpoint("index-written")

    return _build_generation(
        paths, build, content.meta, documents, checksum or content.checksum(), move_documents, say, cancel
    )


def install_delta(
    paths: AppPaths,
    delta: Delta,
    documents: Mapping[str, Path],
    *,
    move_documents: bool = False,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> int:
    """Copy the current generation, apply `delta` to the copy, verify it, and make it current."""
    say = progress or _quiet
    current = Generations(paths).current()
    if current is None:
        raise CorruptDataError(translate("Errors", "No catalogue is installed to apply an update to."))
    base = paths.generation(current)

    def build(folder: Path) -> None:
        say(translate("Updates", "Copying the installed catalogue"))
        shutil.copyfile(base / "catalogue.sqlite", folder / "catalogue.sqlite")
        link_tree(base / "index", folder / "index")
        checkpoint("copied")
        _check(cancel)
        say(translate("Updates", "Applying the changes"))
        apply_delta(folder / "catalogue.sqlite", delta.meta, delta.upserts, delta.removed, delta.pages)
        checkpoint("database-written")
        _check(cancel)
        reader = CatalogueReader(folder / "catalogue.sqlite")
        try:
            shas = {d.sha256 for r in delta.upserts for d in r.documents}
            pages = {sha: reader.pages(sha) for sha in shas}
        finally:
            reader.close()
        label = functools.partial(label_of, delta.meta)
        update_indexes(folder / "index", delta.upserts, delta.removed, pages, label)
        checkpoint("index-written")

    return _build_generation(paths, build, delta.meta, documents, delta.checksum, move_documents, say, cancel)


def link_tree(source: Path, target: Path) -> None:
    """Hard-link an index folder into a new generation (copying where links are impossible).

    Whoosh never rewrites a file it has written: a commit adds new segment files and a new
    table of contents, and records deletions in that table, so the generation in use keeps
    exactly the files it had. Linking instead of copying makes a small update cost the size of
    the change, not of the index.
    """
    target.mkdir(parents=True)
    for entry in source.iterdir():
        destination = target / entry.name
        if entry.is_dir():
            link_tree(entry, destination)
        elif entry.name.endswith("_LOCK") or "WRITELOCK" in entry.name:
            continue  # locks belong to one index; the writer makes its own
        else:
            try:
                os.link(entry, destination)
            except OSError:
                shutil.copy2(entry, destination)


def _build_generation(
    paths: AppPaths,
    build: Callable[[Path], None],
    meta: CatalogueMeta,
    documents: Mapping[str, Path],
    checksum: str,
    move_documents: bool,
    say: Progress,
    cancel: CancelToken | None,
) -> int:
    """Build beside the current generation; anything short of a whole, verified one is removed."""
    generations = Generations(paths)
    number, folder = generations.begin()
    try:
        build(folder)
        _check(cancel)
        say(translate("Updates", "Storing documents"))
        store_documents(paths, documents, move=move_documents)
        checkpoint("documents-stored")
        say(translate("Updates", "Verifying the new catalogue"))
        reader = CatalogueReader(folder / "catalogue.sqlite")
        try:
            info = reader.info()
        finally:
            reader.close()
        manifest = {
            "catalogue": meta.id,
            "version": meta.version,
            "resources": info.resources,
            "documents": info.documents,
            "checksum": checksum,
        }
        (folder / "manifest.json").write_text(json.dumps(manifest, indent=1), encoding="utf-8")
        verify_generation(folder, manifest)
        checkpoint("verified")
        _check(cancel)
    except BaseException as exc:
        shutil.rmtree(folder, ignore_errors=True)
        if is_disk_full(exc):
            raise RefdeskError(
                translate(
                    "Errors",
                    "The disk holding {folder} is full; free some space and try again. "
                    "The installed catalogue was not changed.",
                ).format(folder=paths.data_dir),
                code="disk-full",
            ) from exc
        raise
    generations.commit(number, folder)
    return number


def _check(cancel: CancelToken | None) -> None:
    if cancel is not None:
        cancel.check()


def _quiet(_message: str) -> None:
    pass


def installed_manifest(paths: AppPaths) -> dict[str, Any] | None:
    """The manifest of the generation in use, or None when nothing is installed."""
    current = Generations(paths).current()
    if current is None:
        return None
    try:
        data = json.loads((paths.generation(current) / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def clean_data_dir(paths: AppPaths) -> None:
    """Remove what a crash left half-built, generations older than the previous one, and the
    documents none of the remaining generations lists. Documents are kept once by content hash
    and outlive the generation that brought them; without this a laptop that takes updates for
    years keeps every edition of every document. Call with the data dir's lock held."""
    generations = Generations(paths)
    generations.clean()
    folder = paths.documents_dir
    if not folder.is_dir():
        return
    listed: set[str] = set()
    for number in generations.numbers():
        try:
            reader = CatalogueReader(paths.generation(number) / "catalogue.sqlite")
            try:
                listed.update(reader.document_ids())
            finally:
                reader.close()
        except Exception as exc:  # a generation we cannot read might need any of them: keep all
            log.warning("not removing unused documents: generation %d cannot be read (%s)", number, exc)
            return
    removed = 0
    for path in folder.iterdir():
        name = path.name
        unused = SHA256_NAME.fullmatch(name) is not None and name not in listed
        if unused or (name.startswith(".") and name.endswith(".tmp")):  # or a copy a crash cut short
            path.unlink(missing_ok=True)
            removed += 1
    if removed:
        log.info("removed %d documents no installed catalogue uses", removed)


def store_documents(paths: AppPaths, files: Mapping[str, Path], *, move: bool = False) -> None:
    """Keep each document once, by content hash, written under a temporary name first.

    With `move`, the files (verified downloads in the same data dir) are renamed, not copied.
    """
    paths.documents_dir.mkdir(parents=True, exist_ok=True)
    for sha, file in files.items():
        target = paths.document(sha)
        if target.is_file() and target.stat().st_size == file.stat().st_size:
            continue
        if move:
            with open(file, "rb+") as handle:
                os.fsync(handle.fileno())
            os.replace(file, target)
            continue
        tmp = target.with_name(f".{sha}.tmp")
        shutil.copyfile(file, tmp)
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, target)


def verify_generation(folder: Path, manifest: dict[str, object]) -> None:
    """Open what was written and check it holds what the manifest says."""
    reader = CatalogueReader(folder / "catalogue.sqlite")
    try:
        info = reader.info()
    finally:
        reader.close()
    if info.resources != manifest["resources"] or info.documents != manifest["documents"]:
        raise CorruptDataError(
            translate(
                "Errors",
                "The new catalogue holds {resources} resources and {documents} documents, "
                "expected {expected_resources} and {expected_documents}; it was not installed.",
            ).format(
                resources=info.resources,
                documents=info.documents,
                expected_resources=manifest["resources"],
                expected_documents=manifest["documents"],
            )
        )
    if info.version != manifest["version"] or info.id != manifest["catalogue"]:
        raise CorruptDataError(
            translate("Errors", "The new catalogue is not the version it should be; it was not installed.")
        )
    if "checksum" in manifest:
        reader = CatalogueReader(folder / "catalogue.sqlite")
        try:
            found = reader.checksum()
        finally:
            reader.close()
        if found != manifest["checksum"]:
            raise VerificationError(
                translate(
                    "Errors",
                    "The updated catalogue does not match what the publisher signed; it was not installed.",
                )
            )
    from refdesk.index.engine import SearchEngine

    engine = SearchEngine(folder / "index", lambda _sha, _page: "")
    try:
        if engine.resource_count != manifest["resources"]:
            raise CorruptDataError(
                translate("Errors", "The new search index is incomplete; it was not installed.")
            )
    finally:
        engine.close()
