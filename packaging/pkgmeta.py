"""Facts about the app that every packaging script shares (version, names, Linux system libraries).

Standard library only: imported by the PyInstaller spec, build.py, audit_linux.py and the benchmark.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"

NAME = "refdesk"  # executable, package and install folder name; also the .desktop basename that
DISPLAY_NAME = "RefDesk"  # refdesk.gui.app gives Qt as desktopFileName (Wayland app_id)
# Reverse-DNS id for AppStream and the macOS bundle identifier. Change it here only.
APP_ID = "org.refdesk.RefDesk"
SUMMARY = "Offline reference desk for identifying and referring victims of trafficking"
MAINTAINER = "RefDesk maintainers <refdesk@example.org>"
HOMEPAGE = "https://example.org/refdesk"
LICENSE = "GPL-3.0-or-later"


def version() -> str:
    """The one version: src/refdesk/__init__.py `__version__`."""
    text = (ROOT / "src" / "refdesk" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__\s*=\s*["\']([^"\']+)["\']', text, re.M)
    if not match:
        raise SystemExit("no __version__ in src/refdesk/__init__.py")
    return match.group(1)


def numeric_version(text: str | None = None) -> tuple[int, int, int, int]:
    """The version as four numbers (Windows version resources need them): '0.1.0rc1' -> (0, 1, 0, 0)."""
    parts = [int(p) for p in re.findall(r"\d+", (text or version()).split("+")[0])[:3]]
    parts += [0] * (4 - len(parts))
    return (parts[0], parts[1], parts[2], 0)


@dataclass(frozen=True)
class SystemLib:
    pattern: re.Pattern[str]
    package: str  # a Depends item, possibly with alternatives ("a | b")


def system_libs() -> list[SystemLib]:
    """packaging/linux/system-libs.txt: the libraries the Linux bundle takes from the system."""
    out = []
    for raw in (PACKAGING / "linux" / "system-libs.txt").read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        pattern, package = line.split("\t", 1)
        out.append(SystemLib(re.compile(pattern + r"\Z"), package.strip()))
    return out


def system_package_for(soname: str, libs: list[SystemLib] | None = None) -> str | None:
    for lib in libs if libs is not None else system_libs():
        if lib.pattern.match(soname):
            return lib.package
    return None


def bundled_resources() -> list[tuple[Path, str]]:
    """(source folder, destination inside the bundle) for everything the app ships besides code.

    Destinations sit under refdesk/_bundled/, where refdesk.config.paths looks when frozen
    (sys._MEIPASS/refdesk/_bundled/catalogue) and where the wheel puts them too.
    """
    res = ROOT / "resources"
    pairs = [(res / "catalogue", "refdesk/_bundled/catalogue"), (res / "icons", "refdesk/_bundled/icons")]
    # The signed release and its root of trust (root.json), once the update work lands them here.
    if (res / "release").is_dir():
        pairs.append((res / "release", "refdesk/_bundled/release"))
    if (res / "translations").is_dir():
        pairs.append((res / "translations", "refdesk/_bundled/translations"))
    if (res / "fonts").is_dir():
        pairs.append((res / "fonts", "refdesk/_bundled/fonts"))
    return pairs
