"""User data across catalogue changes: statuses, saved searches, export/import, schema versions."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from refdesk.config.paths import AppPaths
from refdesk.core.errors import IncompatibleDataError, NotFoundError
from refdesk.core.types import SearchRequest
from refdesk.services import builder
from refdesk.services.library import Library
from refdesk.store.user_db import SCHEMA_VERSION, UserStore
from tests.helpers import RESOURCES, make_catalogue


def _variant(
    root: Path,
    version: int,
    edit: dict[str, dict] | None = None,
    drop: set[str] = frozenset(),
    extra: list[dict] = (),
) -> Path:  # type: ignore[assignment]
    resources = [dict(r, **(edit or {}).get(r["id"], {})) for r in RESOURCES if r["id"] not in drop]
    return make_catalogue(root / f"v{version}", [*resources, *extra])


@pytest.fixture
def library(tmp_path: Path) -> Library:
    paths = AppPaths(tmp_path / "data")
    builder.install_source(paths, _variant(tmp_path, 1))
    lib = Library(paths)
    yield lib
    lib.close()


def _install(library: Library, tmp_path: Path, version: int, **changes) -> None:
    builder.install_source(library.paths, _variant(tmp_path, version, **changes), version=version)


def _status(library: Library, rid: str) -> tuple[str, str | None]:
    entry = next(e for e in library.user.entries(include_notes=True) if e.id == rid)
    return entry.status, entry.superseded_by


def test_every_status_transition(library: Library, tmp_path: Path) -> None:
    user = library.user
    user.add_bookmark("ilo-forced-labour-indicators", note="use at every inspection")
    user.add_bookmark("cambodia-referral-sop", collections=["Port visit"])
    user.set_note("fishing-vessel-inspection", "skipper refused boarding last time")
    assert _status(library, "ilo-forced-labour-indicators") == ("current", None)

    # v2: a resource edited -> changed
    _install(library, tmp_path, 2, edit={"ilo-forced-labour-indicators": {"summary": "A new edition."}})
    assert _status(library, "ilo-forced-labour-indicators") == ("changed", None)
    assert _status(library, "cambodia-referral-sop") == ("current", None)
    user.acknowledge("ilo-forced-labour-indicators")
    assert _status(library, "ilo-forced-labour-indicators") == ("current", None)

    # v3: a new resource supersedes a bookmarked one -> superseded, with its successor
    successor = {
        "id": "cambodia-referral-sop-2024",
        "title": "Referral procedures, 2024 edition",
        "type": "sop",
        "countries": ["KH"],
        "supersedes": ["cambodia-referral-sop"],
    }
    _install(library, tmp_path, 3, extra=[successor])
    assert _status(library, "cambodia-referral-sop") == ("superseded", "cambodia-referral-sop-2024")

    # v4: the annotated resource is removed -> withdrawn, keeping its title and note
    _install(library, tmp_path, 4, drop={"fishing-vessel-inspection"})
    entry = next(e for e in user.entries(include_notes=True) if e.id == "fishing-vessel-inspection")
    assert entry.status == "withdrawn"
    assert entry.title == "Inspecting fishing vessels in port"
    assert entry.note == "skipper refused boarding last time"

    # v5: it comes back unchanged -> current again
    _install(library, tmp_path, 5)
    assert _status(library, "fishing-vessel-inspection") == ("current", None)
    assert _status(library, "cambodia-referral-sop") == ("current", None)


def test_bookmarking_an_unknown_id_fails_clearly(library: Library) -> None:
    with pytest.raises(NotFoundError, match="no-such"):
        library.user.add_bookmark("no-such")


def test_collections_and_notes(library: Library) -> None:
    user = library.user
    user.add_bookmark("th-card", collections=["Port visit", "Thai"])
    user.add_to_collection("Port visit", "zh-child-guide")
    assert dict(user.collections()) == {"Port visit": 2, "Thai": 1}
    assert {e.id for e in user.entries("Port visit")} == {"th-card", "zh-child-guide"}
    user.set_note("th-card", "  ")
    assert user.note("th-card") is None
    user.set_note("th-card", "works offline")
    user.set_note("th-card", "")
    assert user.note("th-card") is None
    user.remove_bookmark("th-card")
    assert dict(user.collections()) == {"Port visit": 1, "Thai": 0}


def test_saved_search_counts_new_results_after_an_update(library: Library, tmp_path: Path) -> None:
    saved = library.user.save_search("Cambodia", SearchRequest("country:KH"), library.search)
    assert saved.new_count == 0
    extra = [
        {"id": f"kh-new-{i}", "title": f"New Cambodian guide {i}", "type": "guidance", "countries": ["KH"]}
        for i in range(3)
    ]
    _install(library, tmp_path, 2, extra=extra)
    (refreshed,) = library.user.refresh_saved_searches(library.search)
    assert refreshed.new_count == 3
    library.user.mark_saved_search_seen(refreshed.id, library.search)
    assert library.user.saved_searches()[0].new_count == 0


def test_recent_keeps_the_newest(library: Library) -> None:
    for rid in ("th-card", "zh-child-guide", "th-card"):
        library.user.record_view(rid, rid.upper())
    assert [r.id for r in library.user.recent()] == ["th-card", "zh-child-guide"]


def test_export_import_round_trip_and_idempotence(
    library: Library, tmp_path: Path, small_source: Path
) -> None:
    user = library.user
    user.add_bookmark("ilo-forced-labour-indicators", note="n1", collections=["Kit"])
    user.add_bookmark("th-card", collections=["Kit", "Thai"])
    user.set_note("zh-child-guide", "只在白天打电话")
    user.record_view("th-card", "Thai card")
    user.save_search("Cambodia", SearchRequest("country:KH"), library.search)
    exported = tmp_path / "mine.json"
    user.export(exported)

    fresh_paths = AppPaths(tmp_path / "new-laptop")
    builder.install_source(fresh_paths, small_source)
    fresh = Library(fresh_paths)
    try:
        first = fresh.user.import_file(exported)
        assert first["bookmarks"] == 2 and first["notes"] == 2
        assert fresh.user.export_data() == user.export_data()
        again = fresh.user.import_file(exported)
        assert set(again.values()) == {0}
        assert fresh.user.export_data() == user.export_data()
    finally:
        fresh.close()


def test_import_rejects_other_files(library: Library, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"hello": 1}', encoding="utf-8")
    with pytest.raises(Exception, match="not a RefDesk user-data export"):
        library.user.import_file(bad)
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(Exception, match="not a RefDesk user-data export"):
        library.user.import_file(bad)


def test_newer_user_db_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "user.sqlite"
    UserStore(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE schema_info SET version = ?", (SCHEMA_VERSION + 1,))
    before = path.read_bytes()
    with pytest.raises(IncompatibleDataError, match="newer RefDesk"):
        UserStore(path)
    assert path.read_bytes() == before


def test_older_user_db_is_migrated(tmp_path: Path) -> None:
    path = tmp_path / "user.sqlite"
    with sqlite3.connect(path) as conn:  # what version 1 of the app wrote
        conn.execute("CREATE TABLE schema_info (key VARCHAR PRIMARY KEY, version INTEGER)")
        conn.execute("INSERT INTO schema_info VALUES ('user', 1)")
    store = UserStore(path)
    assert store.schema_version() == SCHEMA_VERSION
    store.close()
    with sqlite3.connect(path) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"bookmarks", "notes", "collections", "saved_searches"} <= tables


def test_export_is_plain_json(library: Library, tmp_path: Path) -> None:
    library.user.add_bookmark("th-card")
    target = tmp_path / "out.json"
    library.user.export(target)
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["format"] == "refdesk-userdata" and data["bookmarks"][0]["resource_id"] == "th-card"


def test_collections_can_be_made_empty_and_renamed(library: Library) -> None:
    from refdesk.core.errors import UsageError

    user = library.user
    assert user.create_collection("  Port   visit ") == "Port visit"
    assert user.create_collection("Port visit") == "Port visit"  # twice: still one
    assert dict(user.collections()) == {"Port visit": 0}
    user.add_to_collection("Thai", "th-card")
    with pytest.raises(UsageError, match="already exists"):
        user.rename_collection("Port visit", "Thai")
    with pytest.raises(NotFoundError):
        user.rename_collection("Nowhere", "Somewhere")
    assert user.rename_collection("Thai", "Thai cards") == "Thai cards"
    assert [e.collections for e in user.entries()] == [("Thai cards",)]
