"""Sync layer: the network log: one line for every request the app sends, kept under the data dir.

RefDesk promises officers that it sends nothing anywhere except the update requests they enabled;
the log lets them check. Each request is a JSON line (method, URL, status, bytes, time) in
<data dir>/logs/network.jsonl, written by whichever process sent it (the window or the CLI). The
file is bounded: past `2 * KEEP` lines it is rewritten with the newest `KEEP`.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from dataclasses import asdict
from pathlib import Path

from refdesk.core.types import NetworkRequest

log = logging.getLogger(__name__)

KEEP = 1000


class NetworkLog:
    """Appends requests to the log file; safe to share between threads."""

    def __init__(self, path: Path, keep: int = KEEP) -> None:
        self.path = path
        self.keep = keep
        self._lock = threading.Lock()
        self._lines: int | None = None

    def record(self, request: NetworkRequest) -> None:
        line = json.dumps(asdict(request), ensure_ascii=False, separators=(",", ":"))
        with self._lock:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                if self._lines is None:
                    self._lines = _count_lines(self.path)
                with open(self.path, "a", encoding="utf-8") as handle:
                    handle.write(line + "\n")
                self._lines += 1
                if self._lines > 2 * self.keep:
                    self._compact()
            except OSError as exc:  # a full disk must not stop an update; the log says so
                log.warning("the network log %s cannot be written (%s)", self.path, exc)

    def entries(self, limit: int | None = None) -> list[NetworkRequest]:
        """The logged requests, oldest first (the newest `limit` when given)."""
        with self._lock:
            try:
                lines = self.path.read_text(encoding="utf-8").splitlines()
            except FileNotFoundError:
                return []
            except (OSError, UnicodeDecodeError) as exc:
                log.warning("the network log %s cannot be read (%s)", self.path, exc)
                return []
        if limit is not None:
            lines = lines[-limit:]
        found = []
        for line in lines:
            try:
                found.append(NetworkRequest(**json.loads(line)))
            except (ValueError, TypeError):
                continue  # a line cut short by a crash
        return found

    def clear(self) -> None:
        with self._lock:
            self.path.unlink(missing_ok=True)
            self._lines = 0

    def _compact(self) -> None:
        lines = self.path.read_text(encoding="utf-8").splitlines()[-self.keep :]
        tmp = self.path.with_name(f".{self.path.name}.tmp")
        tmp.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
        os.replace(tmp, self.path)
        self._lines = len(lines)


def _count_lines(path: Path) -> int:
    try:
        with open(path, "rb") as handle:
            return sum(1 for _ in handle)
    except FileNotFoundError:
        return 0
