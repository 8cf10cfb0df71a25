"""Index files are written one per part and read in place through memory maps (index/storage.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from whoosh import index
from whoosh import query as wq
from whoosh.filedb.filestore import FileStorage

from refdesk.index import matching, schema
from refdesk.index.analysis import analyze
from refdesk.index.scoring import ResourceWeighting
from refdesk.index.storage import MappedFile, MappedStorage
from refdesk.services.library import Library
from refdesk.sync.generations import Generations

WORDS = "forced labour debt bondage fishing vessel passport broker recruitment shelter".split()


def _write(folder: Path, *, compound: bool) -> None:
    folder.mkdir(parents=True)
    ix = index.create_in(str(folder), schema.resource_schema())
    writer = ix.writer(compound=compound)
    for n in range(300):
        picked = [WORDS[(n + k) % len(WORDS)] for k in (0, 1, n % 7)]
        writer.add_document(
            rid=f"r{n}", title=" ".join(picked), summary=f"summary {n} " * (n % 5 + 1), info={}
        )
    writer.commit()


def test_the_installed_indexes_have_no_compound_file(small_library: Library) -> None:
    current = Generations(small_library.paths).current()
    assert current is not None
    root = small_library.paths.generation(current) / "index"
    for tier in (schema.RESOURCES_DIR, schema.PAGES_DIR):
        names = [p.name for p in (root / tier).iterdir()]
        assert any(name.endswith(".pst") for name in names), names
        assert not any(name.endswith(".seg") for name in names), names


def test_mapped_files_read_what_plain_files_read(tmp_path: Path) -> None:
    _write(tmp_path / "ix", compound=False)
    mapped, plain = MappedStorage(str(tmp_path / "ix")), FileStorage(str(tmp_path / "ix"))
    parts = [
        name for name in plain.list() if not name.endswith((".toc", "WRITELOCK")) and plain.file_length(name)
    ]
    assert any(name.endswith(".trm") for name in parts)
    for name in parts:
        length = plain.file_length(name)
        ours, theirs = mapped.open_file(name), plain.open_file(name)
        assert isinstance(ours, MappedFile)
        for position in sorted({0, 1, length // 3, max(0, length - 8)}):
            assert ours.get(position, 8) == theirs.get(position, 8)
        if length >= 16:
            assert ours.get_array(4, "I", 2) == theirs.get_array(4, "I", 2)
        ours.seek(length // 2)
        theirs.seek(length // 2)
        assert ours.read(5) == theirs.read(5) and ours.tell() == theirs.tell()
        ours.close()
        theirs.close()


@pytest.mark.parametrize(
    "query",
    [
        wq.Term("title", analyze("labour")[0]),
        wq.Phrase("title", analyze("debt bondage")),
        wq.Or([wq.Term("title", analyze("vessel")[0]), wq.Term("summary", analyze("summary")[0])]),
    ],
)
def test_an_index_written_as_one_compound_file_still_answers_the_same(
    tmp_path: Path, query: wq.Query
) -> None:
    """Generations installed before indexes were written as separate files keep working."""
    _write(tmp_path / "separate", compound=False)
    _write(tmp_path / "compound", compound=True)
    assert any(name.endswith(".seg") for name in FileStorage(str(tmp_path / "compound")).list())
    found = []
    for folder in ("separate", "compound"):
        ix = MappedStorage(str(tmp_path / folder)).open_index()
        with ix.searcher(weighting=ResourceWeighting()) as searcher:
            found.append(matching.scores(searcher, query))
    assert found[0] and found[0] == pytest.approx(found[1])


def test_an_unmappable_file_is_read_plainly(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Some file systems refuse memory maps (ENODEV); searching must not depend on them."""
    import mmap

    from refdesk.index import storage

    _write(tmp_path / "ix", compound=False)

    def refuse(*_args: object, **_kwargs: object) -> mmap.mmap:
        raise OSError(19, "No such device")

    monkeypatch.setattr(storage.mmap, "mmap", refuse)
    store = MappedStorage(str(tmp_path / "ix"))
    terms = next(name for name in store.list() if name.endswith(".trm"))
    opened = store.open_file(terms)
    opened.close()
    assert not isinstance(opened, MappedFile)
    with store.open_index().searcher(weighting=ResourceWeighting()) as searcher:
        assert matching.scores(searcher, wq.Term("title", analyze("labour")[0]))
