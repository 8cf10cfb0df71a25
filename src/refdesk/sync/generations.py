"""Sync layer: complete catalogue generations side by side, switched in with one os.replace.

A generation is built in `generations/.building-N`, renamed to `generations/N` once whole, and
made current by replacing the `CURRENT` file. A crash at any moment leaves the old or the new
generation in use, whole; `clean()` at start removes what a crash left half-built.
"""

from __future__ import annotations

import logging
import os
import shutil
from pathlib import Path

from refdesk.config.paths import AppPaths
from refdesk.core.errors import CorruptDataError
from refdesk.core.faults import checkpoint
from refdesk.core.files import fsync_dir, write_atomic
from refdesk.core.i18n import translate

log = logging.getLogger(__name__)

BUILDING_PREFIX = ".building-"
KEEP_PREVIOUS = 1


class Generations:
    def __init__(self, paths: AppPaths) -> None:
        self.paths = paths

    def current(self) -> int | None:
        """The generation in use, or None on an empty data dir."""
        try:
            text = self.paths.current_file.read_text(encoding="ascii").strip()
        except FileNotFoundError:
            return None
        except (OSError, UnicodeDecodeError) as exc:
            raise CorruptDataError(
                translate("Errors", "{path} cannot be read ({reason}).").format(
                    path=self.paths.current_file, reason=exc
                )
            ) from exc
        if not text.isdigit() or not self.paths.generation(int(text)).is_dir():
            raise CorruptDataError(
                translate(
                    "Errors",
                    "{path} names a generation that does not exist; "
                    "delete that file and run 'refdesk update' to reinstall the catalogue.",
                ).format(path=self.paths.current_file)
            )
        return int(text)

    def numbers(self) -> list[int]:
        root = self.paths.generations_dir
        if not root.is_dir():
            return []
        return sorted(int(p.name) for p in root.iterdir() if p.is_dir() and p.name.isdigit())

    def begin(self) -> tuple[int, Path]:
        """A fresh folder to build the next generation in."""
        existing = self.numbers()
        current = self.current() or 0
        number = max([current, *existing]) + 1
        folder = self.paths.generations_dir / f"{BUILDING_PREFIX}{number}"
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir(parents=True)
        return number, folder

    def commit(self, number: int, folder: Path) -> None:
        """Rename the built folder into place, then switch CURRENT to it."""
        final = self.paths.generation(number)
        os.replace(folder, final)
        fsync_dir(final.parent)
        checkpoint("renamed")
        write_atomic(self.paths.current_file, f"{number}\n".encode("ascii"))
        log.info("generation %d is now current", number)

    def clean(self) -> None:
        """Remove half-built generations and all but the current and the previous ones."""
        root = self.paths.generations_dir
        if not root.is_dir():
            return
        for path in root.iterdir():
            if path.name.startswith(BUILDING_PREFIX):
                log.info("removing half-built %s", path.name)
                shutil.rmtree(path, ignore_errors=True)
        try:
            current = self.current()
        except CorruptDataError:
            return
        if current is None:  # nothing in use: a whole generation without CURRENT was never switched in
            for number in self.numbers():
                shutil.rmtree(self.paths.generation(number), ignore_errors=True)
            return
        older = [n for n in self.numbers() if n < current]
        keep = {current, *older[-KEEP_PREVIOUS:]}
        for number in self.numbers():
            if number not in keep:
                shutil.rmtree(self.paths.generation(number), ignore_errors=True)
