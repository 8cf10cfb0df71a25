"""Packaging checks (slow, not in the default run): freeze the app and smoke-test the bundle.

    python -m pytest -m slow tests/packaging

Needs the build requirements (`pip install -r packaging/requirements-build.txt`). The full check,
with a clean Debian root and the .deb, is `sudo python3 packaging/verify_linux.py`.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle is built on Linux"),
]


@pytest.fixture(scope="module")
def bundle() -> Path:
    pytest.importorskip("PyInstaller")
    if shutil.which("readelf") is None:
        pytest.skip("binutils (readelf) is needed")
    subprocess.run([sys.executable, "packaging/build.py", "linux", "--freeze-only"], cwd=ROOT, check=True)
    return ROOT / "dist" / "refdesk"


def test_every_library_is_bundled_or_declared(bundle: Path, tmp_path: Path) -> None:
    report_file = tmp_path / "audit.json"
    subprocess.run(
        [sys.executable, "packaging/audit_linux.py", str(bundle), "--json", str(report_file)],
        cwd=ROOT,
        check=False,
    )
    report = json.loads(report_file.read_text())
    assert report["problems"] == []
    assert tuple(int(x) for x in report["floors"]["GLIBC"]["version"].split(".")) <= (2, 36)


def test_bundle_keeps_only_what_the_app_uses(bundle: Path) -> None:
    qt = bundle / "_internal" / "PySide6" / "Qt"
    libs = {p.name for p in (qt / "lib").iterdir()}
    for unwanted in ("Qml", "Quick", "WebEngine", "Multimedia", "3D", "OpenGL"):
        assert not [name for name in libs if f"Qt6{unwanted}" in name], unwanted
    assert {p.name for p in (qt / "plugins").iterdir()} <= {
        "platforms",
        "wayland-shell-integration",
        "wayland-decoration-client",
        "platformthemes",
        "platforminputcontexts",
        "imageformats",
        "iconengines",
    }
    assert not (qt / "plugins" / "tls").exists()
    assert (bundle / "_internal" / "refdesk" / "_bundled" / "catalogue" / "catalogue.yaml").is_file()


def test_frozen_app_runs(bundle: Path) -> None:
    subprocess.run([sys.executable, "packaging/smoke.py", str(bundle / "refdesk")], cwd=ROOT, check=True)
