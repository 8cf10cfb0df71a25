"""The user-data commands of spec/cli.md, through the real command line."""

from __future__ import annotations

import json
from pathlib import Path

from refdesk.config.paths import AppPaths
from refdesk.services import builder
from tests.e2e.test_cli import run


def test_bookmarks_notes_export_import(small_source: Path, tmp_path: Path) -> None:
    old, new = tmp_path / "old-laptop", tmp_path / "new-laptop"
    for data in (old, new):
        builder.install_source(AppPaths(data), small_source)
    assert (
        run(
            "bookmark",
            "add",
            "th-card",
            "--note",
            "ask for Khun Somchai",
            "--collection",
            "Port visit",
            data_dir=old,
        ).returncode
        == 0
    )
    assert run("bookmark", "add", "cambodia-referral-sop", data_dir=old).returncode == 0
    assert run("note", "cambodia-referral-sop", "hotline answers at night", data_dir=old).returncode == 0
    listed = json.loads(run("bookmarks", "--json", data_dir=old).stdout)
    assert {b["id"] for b in listed} == {"th-card", "cambodia-referral-sop"}
    first = next(b for b in listed if b["id"] == "th-card")
    assert set(first) >= {"id", "title", "note", "collections", "added", "status"}
    assert first["status"] == "current" and first["collections"] == ["Port visit"]
    only = json.loads(run("bookmarks", "--collection", "Port visit", "--json", data_dir=old).stdout)
    assert [b["id"] for b in only] == ["th-card"]

    export = tmp_path / "mine.json"
    assert run("userdata", "export", str(export), data_dir=old).returncode == 0
    assert run("userdata", "import", str(export), data_dir=new).returncode == 0
    assert run("userdata", "import", str(export), data_dir=new).returncode == 0
    assert json.loads(run("bookmarks", "--json", data_dir=new).stdout) == listed

    assert run("note", "cambodia-referral-sop", "", data_dir=old).returncode == 0
    cleared = json.loads(run("bookmarks", "--json", data_dir=old).stdout)
    assert next(b for b in cleared if b["id"] == "cambodia-referral-sop")["note"] is None
    assert run("bookmark", "remove", "th-card", data_dir=old).returncode == 0
    missing = run("bookmark", "remove", "th-card", data_dir=old)
    assert missing.returncode == 1 and "not bookmarked" in missing.stderr
    unknown = run("bookmark", "add", "no-such-id", data_dir=old)
    assert unknown.returncode == 1 and "Traceback" not in unknown.stderr
