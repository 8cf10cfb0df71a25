"""The layers of ARCHITECTURE.md: imports point downwards, and only the GUI needs Qt."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def test_import_contracts_hold() -> None:
    lint = shutil.which("lint-imports", path=str(Path(sys.executable).parent)) or shutil.which("lint-imports")
    if lint is None:
        pytest.skip("import-linter is not installed (pip install -e '.[test]')")
    result = subprocess.run([lint, "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "broken" not in result.stdout.lower().split("contracts:")[-1].replace("0 broken", "")


def test_everything_but_the_gui_runs_without_qt(tmp_path: Path) -> None:
    script = textwrap.dedent(
        """
        import importlib, pkgutil, sys

        class BlockQt:
            def find_spec(self, name, path=None, target=None):
                if name.split(".")[0] in ("PySide6", "shiboken6"):
                    raise ImportError("Qt is blocked in this test")
                return None

        sys.meta_path.insert(0, BlockQt())
        import refdesk
        for info in pkgutil.walk_packages(refdesk.__path__, "refdesk."):
            if info.name.startswith("refdesk.gui"):
                continue
            importlib.import_module(info.name)
        from refdesk.cli.main import main
        sys.exit(main(["--data-dir", sys.argv[1], "search", "forced labour", "--json"]))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "data")],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert '"results"' in result.stdout
