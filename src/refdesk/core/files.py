"""Core layer: writing files so that a reader, or a pulled plug, never sees half of one."""

from __future__ import annotations

import errno
import hashlib
import os
import re
from pathlib import Path


def fsync_dir(path: Path) -> None:
    """Make a rename inside `path` durable (a no-op where directories cannot be opened)."""
    if os.name == "nt":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomic(path: Path, data: bytes) -> None:
    """Temporary name, fsync, rename, fsync the folder: readers see the old or the new file."""
    tmp = path.with_name(f".{path.name}.tmp")
    with open(tmp, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)
    fsync_dir(path.parent)


def is_disk_full(exc: BaseException | None) -> bool:
    """ENOSPC however it surfaces: an OSError, shutil.copytree's list of them, SQLite's message."""
    while exc is not None:
        if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
            return True
        text = str(exc)
        if f"[Errno {errno.ENOSPC}]" in text or "disk is full" in text:
            return True
        exc = exc.__cause__ or exc.__context__
    return False


# The name of a file kept by its content (documents/, downloads/): its SHA-256 in hex.
SHA256_NAME = re.compile(r"[0-9a-f]{64}")


def sha256_file(path: Path) -> str:
    """The SHA-256 of a file, read a megabyte at a time."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
