"""Killing the app while notes are being saved never loses an earlier note."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from refdesk.config.paths import AppPaths
from refdesk.services import builder
from refdesk.services.library import Library

WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from refdesk.config.paths import AppPaths
    from refdesk.services.library import Library

    user = Library(AppPaths(Path(sys.argv[1]))).user
    for i in range(1_000_000):
        user.set_note("th-card", f"revision {i} " + "x" * 2000)
        user.set_note("zh-child-guide", f"revision {i}")
    """
)


def test_kill_during_note_writes(tmp_path: Path, small_source: Path) -> None:
    paths = AppPaths(tmp_path / "data")
    builder.install_source(paths, small_source)
    library = Library(paths)
    library.user.set_note("ilo-forced-labour-indicators", "the earlier note")
    library.close()

    child = subprocess.Popen([sys.executable, "-c", WRITER, str(paths.data_dir)])
    try:
        deadline = time.monotonic() + 60
        revisions = 0
        while revisions < 30 and time.monotonic() < deadline:
            time.sleep(0.05)
            with sqlite3.connect(paths.user_db, timeout=5) as conn:
                row = conn.execute("SELECT text FROM notes WHERE resource_id = 'zh-child-guide'").fetchone()
            revisions = int(row[0].split()[1]) if row else 0
        assert revisions >= 30, "the writer did not get going in time"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)

    with sqlite3.connect(paths.user_db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    library = Library(paths)
    try:
        assert library.user.note("ilo-forced-labour-indicators") == "the earlier note"
        last = library.user.note("th-card")
        assert last is not None and last.startswith("revision ") and last.endswith("x" * 2000)
        assert int(library.user.note("zh-child-guide").split()[1]) >= revisions - 1  # type: ignore[union-attr]
    finally:
        library.close()
