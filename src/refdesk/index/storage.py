"""Index layer: reading the resource tier through memory maps without copying it.

Whoosh's own memory-mapped reading (of a compound segment file) wraps each part of the file in
an io.BytesIO, which copies it: the resource tier then sat in memory twice, once mapped and once
copied (88 of the 5,000-resource benchmark's 312 MB resident). Indexes are written as separate
files per segment (no compound file), and this storage maps each file and reads it in place:
slices of the map for random reads, the map's own C-level read and seek for sequential ones.
Only the pages a search touches become resident, and the kernel may drop them again.
"""

from __future__ import annotations

import logging
import mmap
from array import array
from typing import Any

from whoosh.filedb.filestore import FileStorage
from whoosh.filedb.structfile import _SIZEMAP, StructFile
from whoosh.system import IS_LITTLE

log = logging.getLogger(__name__)


class MappedFile(StructFile):
    """A read-only index file read straight from its memory map."""

    def __init__(self, mapped: mmap.mmap, name: str) -> None:
        super().__init__(mapped, name=name)
        self._map = mapped

    def get(self, position: int, length: int) -> bytes:
        return self._map[position : position + length]

    def get_array(self, position: int, typecode: str, length: int) -> array:
        numbers = array(typecode)
        numbers.frombytes(self.get(position, length * _SIZEMAP[typecode]))
        if IS_LITTLE:  # Whoosh writes arrays big-endian
            numbers.byteswap()
        return numbers


class MappedStorage(FileStorage):
    """A read-only folder of index files, each memory-mapped when opened.

    A compound segment file (an index written before indexes were written as separate
    files) is opened as Whoosh opens it."""

    def __init__(self, path: str) -> None:
        super().__init__(path, readonly=True)

    def open_file(self, name: str, **kwargs: Any) -> StructFile:
        if kwargs or name.endswith(".seg"):
            return super().open_file(name, **kwargs)
        with open(self._fpath(name), "rb") as handle:
            try:
                mapped = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
            except (ValueError, OSError) as exc:  # empty, or a file system that cannot map it
                log.debug("reading %s without a memory map: %s", name, exc)
                return super().open_file(name)
        return MappedFile(mapped, name)
