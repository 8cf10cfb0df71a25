"""The real `refdesk` command as a subprocess: the contract of spec/cli.md."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from refdesk.config.paths import AppPaths
from refdesk.services import builder


def run(*args: str, data_dir: Path | None = None, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "refdesk.cli.main"]
    if data_dir is not None:
        cmd += ["--data-dir", str(data_dir)]
    env = {**os.environ, "PYTHONWARNINGS": "error"}
    return subprocess.run([*cmd, *args], capture_output=True, text=True, timeout=timeout, env=env)


@pytest.fixture(scope="module")
def installed(small_source: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("cli-data")
    builder.install_source(AppPaths(data), small_source)
    return data


def test_bundled_catalogue_installs_on_first_search(tmp_path: Path) -> None:
    data = tmp_path / "fresh"
    result = run("search", "forced labour indicators", data_dir=data)
    assert result.returncode == 0, result.stderr
    assert "Indicators of Forced Labour" in result.stdout
    assert "Traceback" not in result.stderr
    info = json.loads(run("info", "--json", data_dir=data).stdout)
    assert info["catalogue"]["resources"] >= 108
    assert info["data_dir"] == str(data)


def test_search_json_is_one_document(installed: Path) -> None:
    result = run("search", "debt bondage broker", "--json", data_dir=installed)
    assert result.returncode == 0
    data = json.loads(result.stdout)  # exactly one JSON document on stdout
    assert set(data) == {"query", "total", "took_ms", "corrected_query", "results", "facets"}
    top = data["results"][0]
    assert set(top) == {"id", "title", "type", "year", "publishers", "score", "snippet", "document", "page"}
    assert top["id"] == "fishing-vessel-inspection" and top["page"] == 3
    assert isinstance(data["took_ms"], float)


def test_search_filters_sort_and_paging(installed: Path) -> None:
    args = ["search", "", "--type", "indicators", "--type", "sop", "--sort", "newest", "--json"]
    data = json.loads(run(*args, "--limit", "2", data_dir=installed).stdout)
    assert data["total"] == 4
    assert [r["id"] for r in data["results"]] == ["new-indicators", "cambodia-referral-sop"]
    more = json.loads(run(*args, "--limit", "2", "--offset", "2", data_dir=installed).stdout)
    assert [r["id"] for r in more["results"]] == ["ilo-forced-labour-indicators", "old-indicators"]
    years = json.loads(
        run("search", "", "--year-from", "2019", "--year-to", "2020", "--json", data_dir=installed).stdout
    )
    assert {r["year"] for r in years["results"]} == {2019, 2020}


def test_show_human_and_json(installed: Path) -> None:
    human = run("show", "new-indicators", data_dir=installed)
    assert human.returncode == 0 and "Revised indicator list" in human.stdout
    assert "Supersedes:" in human.stdout
    data = json.loads(run("show", "old-indicators", "--json", data_dir=installed).stdout)
    assert data["superseded_by"] == ["new-indicators"]
    missing = run("show", "no-such-thing", "--json", data_dir=installed)
    assert missing.returncode == 1
    assert json.loads(missing.stdout)["error"]["code"] == "not-found"


def test_usage_errors_exit_2_without_traceback(installed: Path) -> None:
    result = run("search", "x", "--limit", "lots", data_dir=installed)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    result = run("search", "x", "--sort", "random", "--json", data_dir=installed)
    assert result.returncode == 2
    assert json.loads(result.stdout)["error"]["code"] == "usage"
    assert run("frobnicate", data_dir=installed).returncode == 2


@pytest.mark.parametrize("query", ['"unbalanced', "NOT", "x" * 10_000, "a\x01\x02b", "-- OR ::"])
def test_bad_queries_return_results_or_nothing(installed: Path, query: str) -> None:
    result = run("search", query, "--json", data_dir=installed)
    assert result.returncode == 0, result.stdout + result.stderr
    assert json.loads(result.stdout)["total"] >= 0


def test_publish_check(small_source: Path, tmp_path: Path) -> None:
    ok = run("publish", "check", str(small_source))
    assert ok.returncode == 0, ok.stdout
    broken = tmp_path / "broken"
    (broken / "resources").mkdir(parents=True)
    (broken / "catalogue.yaml").write_text("title: no id\n", encoding="utf-8")
    (broken / "resources" / "a.md").write_text("---\nid: A\ntype: poster\n---\n", encoding="utf-8")
    result = run("publish", "check", str(broken))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert any(line.startswith(f"{broken}/catalogue.yaml:") and "'id'" in line for line in lines)
    assert any(line.startswith(f"{broken}/resources/a.md:2:") for line in lines)
    assert any("unknown type 'poster'" in line for line in lines)


def test_corrupt_database_is_a_clear_message(small_source: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    builder.install_source(AppPaths(data), small_source)
    (data / "generations" / "1" / "catalogue.sqlite").write_bytes(b"\0" * 4096)
    result = run("search", "vessel", data_dir=data)
    assert result.returncode == 1
    assert "catalogue database" in result.stderr and "Traceback" not in result.stderr


def test_a_reader_that_stops_early_is_not_an_error(installed: Path) -> None:
    """`refdesk search ... | head -1`: the pipe closes under the CLI; it stops quietly."""
    cmd = [sys.executable, "-m", "refdesk.cli.main", "--data-dir", str(installed), "search", "labour"]
    env = {**os.environ, "PYTHONWARNINGS": "error"}
    with subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env) as proc:
        assert proc.stdout is not None and proc.stderr is not None
        proc.stdout.readline()
        proc.stdout.close()  # as head does after its line
        errors = proc.stderr.read().decode()
        status = proc.wait(timeout=60)
    assert status == 0, errors
    assert "unexpected" not in errors and "Traceback" not in errors and "BrokenPipe" not in errors


def test_show_lines_up_wide_characters() -> None:
    from refdesk.cli.output import _columns

    assert _columns("Title:") == 6
    assert _columns("标题：") == 6  # two columns each in a terminal
    assert _columns("ชื่อเรื่อง:") == 7  # the four Thai marks above the letters take none
