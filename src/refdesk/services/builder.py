"""Services layer: turn a catalogue source folder into a complete, verified generation."""

from __future__ import annotations

import json
import logging
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from refdesk.catalogue.extract import ExtractedDocument, extract
from refdesk.catalogue.source import CatalogueSource, SourceResource, read_source
from refdesk.config.paths import AppPaths
from refdesk.core.errors import CorruptDataError, SourceError
from refdesk.core.types import DocumentRef, Problem, Resource
from refdesk.index.builder import build_indexes
from refdesk.store.catalogue_db import CatalogueMeta, CatalogueReader, CatalogueWriter
from refdesk.sync.generations import Generations

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


def install_source(
    paths: AppPaths,
    root: Path,
    *,
    version: int = 1,
    published: datetime | None = None,
    progress: Progress | None = None,
) -> int:
    """Build the source into a new generation and make it current; returns its number."""
    say = progress or (lambda _msg: None)
    say("Reading the catalogue source")
    problems, prepared = check_source(root)
    if prepared is None:
        errors = [p for p in problems if p.severity == "error"]
        raise SourceError(f"The catalogue source {root} has {len(errors)} problem(s).", errors)
    generations = Generations(paths)
    number, folder = generations.begin()
    try:
        say("Writing the catalogue database")
        src = prepared.source
        meta = CatalogueMeta(
            id=src.id,
            title=src.title,
            publisher=src.publisher,
            version=version,
            published=published or source_published(root),
            languages=tuple(src.languages),
            homepage=src.homepage,
            licence=src.licence,
            labels=src.labels,
        )
        CatalogueWriter(folder / "catalogue.sqlite").write(meta, prepared.resources, prepared.pages)
        say("Indexing every page")
        build_indexes(folder / "index", prepared.resources, prepared.pages, src.label)
        store_documents(paths, prepared.files)
        manifest = {
            "catalogue": src.id,
            "version": version,
            "resources": len(prepared.resources),
            "documents": len(prepared.pages),
        }
        (folder / "manifest.json").write_text(json.dumps(manifest, indent=1), encoding="utf-8")
        verify_generation(folder, manifest)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    generations.commit(number, folder)
    return number


def store_documents(paths: AppPaths, files: dict[str, Path]) -> None:
    """Copy each document once, by content hash, written under a temporary name first."""
    paths.documents_dir.mkdir(parents=True, exist_ok=True)
    for sha, file in files.items():
        target = paths.document(sha)
        if target.is_file() and target.stat().st_size == file.stat().st_size:
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
            f"The new catalogue holds {info.resources} resources and {info.documents} documents, "
            f"expected {manifest['resources']} and {manifest['documents']}; it was not installed."
        )
    from refdesk.index.engine import SearchEngine

    engine = SearchEngine(folder / "index", lambda _sha, _page: "")
    try:
        if engine.resource_count != manifest["resources"]:
            raise CorruptDataError("The new search index is incomplete; it was not installed.")
    finally:
        engine.close()
