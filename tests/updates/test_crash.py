"""A process killed at each step of applying an update, or a full disk, loses nothing."""

from __future__ import annotations

import errno
import json
import shutil
import signal
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from refdesk.config.paths import AppPaths
from refdesk.core.errors import RefdeskError
from refdesk.core.faults import ENV_KILL_AT
from refdesk.services import publishing
from refdesk.store import catalogue_db
from refdesk.sync.generations import Generations

from .conftest import Publisher, assert_whole, install, run_cli, state, updates

#: Named checkpoints in the order an update reaches them; "committed" comes after the switch.
DELTA_POINTS = [
    "downloaded",
    "copied",
    "database-written",
    "index-written",
    "documents-stored",
    "verified",
    "renamed",
    "committed",
]


@pytest.mark.parametrize("point", DELTA_POINTS)
def test_kill_during_delta_update(point: str, tmp_path: Path, publisher: Publisher) -> None:
    data = tmp_path / "data"
    install(data, publisher, 1, tmp_path)
    before = state(data)
    repo = publisher.repo(3, tmp_path / "repo")
    killed = run_cli("update", "--source", str(repo), "--json", data=data, env={ENV_KILL_AT: point})
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    expected = 3 if point == "committed" else 1
    if expected == 1:
        assert state(data) == before
    assert state(data)[1] == before[1]  # the officer's database is never touched
    info = run_cli("info", "--json", data=data)  # the next start
    assert json.loads(info.stdout)["catalogue"]["version"] == expected
    assert not [p for p in AppPaths(data).generations_dir.iterdir() if p.name.startswith(".")]
    assert_whole(data, expected)
    again = updates(data).update([str(repo)])  # and the update can simply be run again
    assert again.status == ("up-to-date" if expected == 3 else "updated")
    assert_whole(data, 3)


@pytest.mark.parametrize("point", ["index-written", "renamed"])
def test_kill_during_first_install(point: str, tmp_path: Path, publisher: Publisher) -> None:
    data = tmp_path / "data"
    repo = publisher.repo(1, tmp_path / "repo")
    root = tmp_path / "root.json"
    root.write_bytes(publisher.root)
    args = ("update", "--source", str(repo), "--trust", str(root))
    killed = run_cli(*args, data=data, env={ENV_KILL_AT: point})
    assert killed.returncode == -signal.SIGKILL
    assert Generations(AppPaths(data)).current() is None
    assert not (data / "trust").exists()  # the root is trusted once its catalogue is in place
    done = run_cli(*args, "--json", data=data)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["status"] == "updated"
    assert sorted(p.name for p in AppPaths(data).generations_dir.iterdir()) == ["1"]


def _no_space(*_args: object, **_kwargs: object) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


def test_full_disk_while_copying_for_a_delta(
    tmp_path: Path, publisher: Publisher, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    install(data, publisher, 1, tmp_path)
    before = state(data)
    repo = publisher.repo(2, tmp_path / "repo")
    real_copyfile = shutil.copyfile

    def copy_then_fail(src: str, dst: str, **kwargs: object) -> object:
        if ".building-" in str(dst) and Path(dst).name == "catalogue.sqlite":  # copying the database
            _no_space()
        return real_copyfile(src, dst, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(shutil, "copyfile", copy_then_fail)
    with pytest.raises(RefdeskError) as info:
        updates(data).update([str(repo)])
    assert info.value.code == "disk-full" and "free some space" in info.value.message
    monkeypatch.undo()
    assert state(data) == before
    assert_whole(data, 1)
    assert updates(data).update([str(repo)]).status == "updated"  # once there is room again


def test_full_disk_while_writing_a_snapshot(
    tmp_path: Path, publisher: Publisher, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    install(data, publisher, 1, tmp_path)
    before = state(data)
    repo = publisher.repo(3, tmp_path / "repo")
    publishing.build_release(publisher.source, repo, publisher.keys, depth=0)  # v4 without deltas
    added = {"n": 0}
    real_add = catalogue_db.add_resource

    def add_then_fill_the_disk(*args: object) -> None:
        added["n"] += 1
        if added["n"] > 3:  # SQLite's own words when a write hits ENOSPC
            raise OperationalError("INSERT", {}, sqlite3.OperationalError("database or disk is full"))
        real_add(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(catalogue_db, "add_resource", add_then_fill_the_disk)
    with pytest.raises(RefdeskError) as info:
        updates(data).update([str(repo)])
    monkeypatch.undo()
    assert info.value.code == "disk-full"
    assert state(data) == before
    assert_whole(data, 1)
