"""CLI layer: the log file. It records what went wrong, never what the user searched for."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from refdesk.config.paths import AppPaths


def setup_logging(paths: AppPaths, level: int = logging.INFO) -> Path:
    """Log to <data dir>/logs/refdesk.log (rotated); fall back to stderr-only if not writable."""
    log_file = paths.log_dir / "refdesk.log"
    root = logging.getLogger()
    if any(getattr(h, "_refdesk", False) for h in root.handlers):
        return log_file
    try:
        paths.log_dir.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            log_file, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._refdesk = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    return log_file
