"""Generations: built beside the current one, switched atomically, half-built ones cleaned."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from refdesk.config.paths import AppPaths
from refdesk.core.errors import CorruptDataError, SourceError
from refdesk.core.types import SearchRequest
from refdesk.services import builder
from refdesk.services.library import Library
from refdesk.sync.generations import Generations
from tests.helpers import make_catalogue, write_resource


def test_install_switches_current_and_keeps_previous(tmp_path: Path, small_source: Path) -> None:
    paths = AppPaths(tmp_path / "data")
    gens = Generations(paths)
    assert gens.current() is None
    first = builder.install_source(paths, small_source)
    second = builder.install_source(paths, small_source, version=2)
    assert (first, second) == (1, 2)
    assert gens.current() == 2
    assert paths.current_file.read_text() == "2\n"
    manifest = json.loads((paths.generation(2) / "manifest.json").read_text())
    assert manifest["resources"] == 8 and manifest["version"] == 2
    third = builder.install_source(paths, small_source, version=3)
    gens.clean()
    assert gens.numbers() == [second, third]  # current and one previous, for rollback
    assert len(list(paths.documents_dir.iterdir())) == 2  # each document once, by hash


def test_half_built_generation_is_removed_at_start(tmp_path: Path, small_source: Path) -> None:
    paths = AppPaths(tmp_path / "data")
    builder.install_source(paths, small_source)
    gens = Generations(paths)
    _number, folder = gens.begin()  # a build that a crash interrupted
    (folder / "catalogue.sqlite").write_bytes(b"half")
    gens.clean()
    assert not folder.exists()
    assert gens.current() == 1
    library = Library(paths)
    assert library.search(SearchRequest("vessel")).total >= 1
    library.close()


def test_broken_source_changes_nothing(tmp_path: Path, small_source: Path) -> None:
    paths = AppPaths(tmp_path / "data")
    builder.install_source(paths, small_source)
    broken = make_catalogue(tmp_path / "broken")
    write_resource(broken, {"id": "x-bad", "title": "T", "type": "nonsense"})
    with pytest.raises(SourceError) as info:
        builder.install_source(paths, broken)
    assert any("unknown type" in p.message for p in info.value.problems)
    assert Generations(paths).current() == 1
    assert [p.name for p in paths.generations_dir.iterdir()] == ["1"]


def test_corrupt_database_and_index_give_clear_errors(tmp_path: Path, small_source: Path) -> None:
    paths = AppPaths(tmp_path / "data")
    builder.install_source(paths, small_source)
    db = paths.generation(1) / "catalogue.sqlite"
    saved = db.read_bytes()
    db.write_bytes(b"garbage" * 100)
    library = Library(paths)
    with pytest.raises(CorruptDataError, match=r"catalogue database .* (damaged|cannot be read)"):
        library.search(SearchRequest("vessel"))
    db.write_bytes(saved)
    for segment in (paths.generation(1) / "index" / "pages").iterdir():
        segment.write_bytes(b"")
    with pytest.raises(CorruptDataError, match="search index"):
        library.search(SearchRequest("vessel"))
    shutil.rmtree(paths.generation(1) / "index")
    with pytest.raises(CorruptDataError):
        library.search(SearchRequest("vessel"))


def test_current_naming_a_missing_generation(tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "data")
    paths.data_dir.mkdir(parents=True)
    paths.current_file.write_text("7\n")
    with pytest.raises(CorruptDataError, match="does not exist"):
        Generations(paths).current()


def test_plain_reading_gives_the_same_resources_as_the_orm(small_library) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from refdesk.store.catalogue_db import CatalogueReader, catalogue_checksum

    folder = small_library.paths.generation(small_library.info().generation)
    reader = CatalogueReader(folder / "catalogue.sqlite")
    try:
        orm = [replace(r, superseded_by=()) for r in reader.resources()]
        plain = reader.all_resources_plain()
        assert plain == orm
        meta = reader.meta()
        assert reader.checksum() == catalogue_checksum(meta.id, meta.version, orm, reader.all_pages())
    finally:
        reader.close()


def test_documents_no_remaining_generation_lists_are_removed(tmp_path: Path, small_source: Path) -> None:
    paths = AppPaths(tmp_path / "data")
    source = tmp_path / "source"
    shutil.copytree(small_source, source)
    builder.install_source(paths, source)
    first_edition = {p.name for p in paths.documents_dir.iterdir()}
    notes = source / "documents" / "notes.md"
    notes.write_text(notes.read_text(encoding="utf-8") + "\nA paragraph added in the second edition.\n")
    builder.install_source(paths, source, version=2)
    builder.install_source(paths, source, version=3)
    (paths.documents_dir / ".feedface.tmp").write_bytes(b"a copy a crash cut short")
    (paths.documents_dir / "keep-me.txt").write_text("not a document of ours")
    held = {p.name for p in paths.documents_dir.iterdir()}
    assert len(held - first_edition) == 3  # the new edition of the notes, the .tmp and the .txt

    builder.clean_data_dir(paths)

    assert Generations(paths).numbers() == [2, 3]
    left = {p.name for p in paths.documents_dir.iterdir()}
    gone = held - left
    assert len(gone) == 2 and ".feedface.tmp" in gone  # the first edition of the notes went too
    assert (gone - {".feedface.tmp"}) <= first_edition
    assert "keep-me.txt" in left
    library = Library(paths)
    try:
        hits = library.search(SearchRequest("")).hits
        documents = [d.sha256 for r in library.resources([h.id for h in hits]) for d in r.documents]
    finally:
        library.close()
    assert len(documents) >= 2 and all(paths.document(sha).is_file() for sha in documents)


def test_no_document_is_removed_while_a_generation_cannot_be_read(tmp_path: Path, small_source: Path) -> None:
    paths = AppPaths(tmp_path / "data")
    builder.install_source(paths, small_source)
    builder.install_source(paths, small_source, version=2)
    stray = paths.documents_dir / ("0" * 64)
    stray.write_bytes(b"perhaps listed by the generation that cannot be read")
    (paths.generation(1) / "catalogue.sqlite").write_bytes(b"damaged")

    builder.clean_data_dir(paths)

    assert stray.is_file()
    assert len(list(paths.documents_dir.iterdir())) == 3
