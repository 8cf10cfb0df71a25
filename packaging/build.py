"""Build RefDesk's installable packages: one driver for Linux, Windows and macOS.

    python packaging/build.py linux   [--venv DIR]   # dist/refdesk/, .deb, portable .tar.xz
    python packaging/build.py windows [--venv DIR]   # dist\\refdesk\\, Inno Setup installer, .zip
    python packaging/build.py macos   [--venv DIR]   # dist/RefDesk.app, .dmg

Each build freezes the app with PyInstaller (packaging/refdesk.spec, one folder), checks that the
frozen app prints its version, then makes the platform's packages. PyInstaller does not
cross-compile: build each platform on that platform. The version comes from
src/refdesk/__init__.py only.

Without --venv the current interpreter is used, and must already have the build requirements and
the app: `pip install -r packaging/requirements-build.txt -e .`. With --venv DIR, that environment
is made (or reused) first. A summary is written to dist/build-<platform>.json.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import pkgmeta

ROOT = pkgmeta.ROOT
DIST = ROOT / "dist"
BUILD = ROOT / "build"
ICONS = BUILD / "icons"
HOST = "linux" if sys.platform.startswith("linux") else "windows" if sys.platform == "win32" else "macos"

# The .deb's font: fontconfig needs at least one (without fonts Qt paints boxes). Fonts for the
# catalogue's scripts (Thai, Lao, Khmer, Myanmar, CJK) are suggested, not required: a desktop in
# the region has them already, and an offline `apt install` must not fail fetching them.
DEB_FONT_DEPENDS = [
    "fontconfig-config",
    "fonts-dejavu-core | fonts-noto-core | fonts-liberation2 | fonts-freefont-ttf",
]
DEB_SUGGESTS = ["fonts-noto-core", "fonts-noto-cjk", "fonts-thai-tlwg"]


def log(message: str) -> None:
    print(f"[build] {message}", flush=True)


def run(cmd: list[str], **kwargs) -> subprocess.CompletedProcess:
    log("$ " + " ".join(str(c) for c in cmd))
    return subprocess.run([str(c) for c in cmd], check=True, **kwargs)


def venv_python(venv: Path) -> Path:
    return venv / ("Scripts/python.exe" if HOST == "windows" else "bin/python")


def prepare_python(venv: Path | None) -> Path:
    if venv is None:
        return Path(sys.executable)
    python = venv_python(venv)
    if not python.exists():
        run([sys.executable, "-m", "venv", venv])
        run([python, "-m", "pip", "install", "--quiet", "--upgrade", "pip"])
    run(
        [
            python,
            "-m",
            "pip",
            "install",
            "--quiet",
            "-r",
            ROOT / "packaging" / "requirements-build.txt",
            "-e",
            ROOT,
        ]
    )
    return python


def freeze(python: Path, clean: bool) -> None:
    run([python, ROOT / "packaging" / "icons.py", ICONS])
    cmd = [
        python,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--distpath",
        DIST,
        "--workpath",
        BUILD / "pyinstaller",
    ]
    if clean:
        cmd.append("--clean")
    run([*cmd, ROOT / "packaging" / "refdesk.spec"], env=dict(os.environ, REFDESK_ICON_DIR=str(ICONS)))


def bundle_dir() -> Path:
    return DIST / f"{pkgmeta.DISPLAY_NAME}.app" if HOST == "macos" else DIST / pkgmeta.NAME


def executable() -> Path:
    if HOST == "macos":
        return bundle_dir() / "Contents" / "MacOS" / pkgmeta.NAME
    return bundle_dir() / (pkgmeta.NAME + (".exe" if HOST == "windows" else ""))


def check_version() -> str:
    out = subprocess.run([str(executable()), "--version"], capture_output=True, text=True, timeout=120)
    printed = (out.stdout + out.stderr).strip()
    expected = f"refdesk {pkgmeta.version()}"
    if out.returncode != 0 or printed != expected:
        raise SystemExit(f"the frozen app printed {printed!r} (exit {out.returncode}), expected {expected!r}")
    log(f"frozen app says: {printed}")
    return printed


def tree_size(path: Path) -> tuple[int, int]:
    files = [p for p in path.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


def source_date_epoch() -> int:
    """Timestamps inside the packages: $SOURCE_DATE_EPOCH (CI sets it from the commit), else now."""
    return int(os.environ.get("SOURCE_DATE_EPOCH") or time.time())


# ---------------------------------------------------------------------------------------- Linux


def deb_version(version: str) -> str:
    """PEP 440 to Debian ordering: 1.2.0rc1 -> 1.2.0~rc1 (sorts before 1.2.0)."""
    import re

    return re.sub(r"(\d)[.-]?(a|b|rc|dev)", r"\1~\2", version)


def deb_depends(report: dict) -> list[str]:
    floor = report["floors"].get("GLIBC", {}).get("version", "2.34")
    packages = [f"libc6 (>= {floor})"]
    packages += [p for p in report["system_packages"] if p != "libc6"]
    return packages + DEB_FONT_DEPENDS


def stage_linux_share(dest: Path, exec_path: str) -> None:
    """Desktop entry, AppStream metainfo and icons under dest (a usr/ or a portable share/ root)."""
    apps = dest / "share" / "applications"
    apps.mkdir(parents=True, exist_ok=True)
    desktop = (ROOT / "packaging" / "linux" / "refdesk.desktop").read_text(encoding="utf-8")
    if exec_path != pkgmeta.NAME:
        desktop = desktop.replace("Exec=refdesk", f"Exec={exec_path}").replace(
            "TryExec=refdesk", f"TryExec={exec_path}"
        )
    (apps / "refdesk.desktop").write_text(desktop, encoding="utf-8")
    meta = dest / "share" / "metainfo"
    meta.mkdir(parents=True, exist_ok=True)
    text = (ROOT / "packaging" / "linux" / f"{pkgmeta.APP_ID}.metainfo.xml").read_text(encoding="utf-8")
    today = dt.datetime.fromtimestamp(source_date_epoch(), dt.UTC).date().isoformat()
    (meta / f"{pkgmeta.APP_ID}.metainfo.xml").write_text(
        text.replace("@VERSION@", pkgmeta.version()).replace("@DATE@", today), encoding="utf-8"
    )
    icons = dest / "share" / "icons" / "hicolor"
    (icons / "scalable" / "apps").mkdir(parents=True, exist_ok=True)
    shutil.copy2(ROOT / "resources" / "icons" / "refdesk.svg", icons / "scalable" / "apps" / "refdesk.svg")
    for size in (48, 128, 256):
        target = icons / f"{size}x{size}" / "apps"
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ICONS / f"refdesk-{size}.png", target / "refdesk.png")


def normalise_modes(root: Path) -> None:
    for path in [root, *root.rglob("*")]:
        if path.is_symlink():
            continue
        if path.is_dir():
            path.chmod(0o755)
        else:
            path.chmod(0o755 if path.stat().st_mode & 0o111 else 0o644)


def build_deb(report: dict) -> Path:
    version = deb_version(pkgmeta.version())
    stage = BUILD / "deb" / "root"
    shutil.rmtree(stage.parent, ignore_errors=True)
    opt = stage / "opt" / pkgmeta.NAME
    shutil.copytree(bundle_dir(), opt, symlinks=True)
    (stage / "usr" / "bin").mkdir(parents=True)
    (stage / "usr" / "bin" / pkgmeta.NAME).symlink_to(f"/opt/{pkgmeta.NAME}/{pkgmeta.NAME}")
    stage_linux_share(stage / "usr", pkgmeta.NAME)
    doc = stage / "usr" / "share" / "doc" / pkgmeta.NAME
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
        f"Upstream-Name: {pkgmeta.DISPLAY_NAME}\n\nFiles: *\nLicense: {pkgmeta.LICENSE}\n"
        " The bundled third-party components (Python, Qt/PySide6, SQLite, OpenSSL, pdfium, ...)\n"
        " keep their own licenses; see /opt/refdesk/_internal.\n",
        encoding="utf-8",
    )
    normalise_modes(stage)
    installed_kb = (tree_size(stage)[0] + 1023) // 1024
    control = stage / "DEBIAN" / "control"
    control.parent.mkdir()
    control.write_text(
        "\n".join(
            [
                f"Package: {pkgmeta.NAME}",
                f"Version: {version}",
                "Architecture: amd64",
                f"Maintainer: {pkgmeta.MAINTAINER}",
                f"Installed-Size: {installed_kb}",
                "Depends: " + ", ".join(deb_depends(report)),
                "Suggests: " + ", ".join(DEB_SUGGESTS),
                "Section: misc",
                "Priority: optional",
                f"Homepage: {pkgmeta.HOMEPAGE}",
                f"Description: {pkgmeta.SUMMARY}",
                " RefDesk searches a catalogue of identification tools and resources (indicator",
                " lists, screening tools, SOPs, referral directories, guidance) and every page of",
                " every document, with no network. Self-contained: the app, its Python and Qt",
                " live in /opt/refdesk; user data stays in ~/.local/share/refdesk.",
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    control.parent.chmod(0o755)
    out = DIST / f"{pkgmeta.NAME}_{version}_amd64.deb"
    env = dict(os.environ, SOURCE_DATE_EPOCH=str(source_date_epoch()))
    run(["dpkg-deb", "--root-owner-group", "-Zxz", "--build", stage, out], env=env, stdout=subprocess.DEVNULL)
    run(["dpkg-deb", "--info", out])
    return out


def build_tar_xz(xz_level: int) -> Path:
    name = f"{pkgmeta.NAME}-{pkgmeta.version()}-linux-x86_64"
    stage = BUILD / "tar" / name
    shutil.rmtree(stage.parent, ignore_errors=True)
    shutil.copytree(bundle_dir(), stage / pkgmeta.NAME, symlinks=True)
    stage_linux_share(stage, pkgmeta.NAME)
    shutil.copy2(ROOT / "packaging" / "linux" / "install-user.sh", stage / "install-user.sh")
    report = json.loads((BUILD / "audit-linux.json").read_text())
    depends = ", ".join(p for p in report["system_packages"])
    (stage / "README.txt").write_text(
        (ROOT / "packaging" / "linux" / "README-portable.txt")
        .read_text(encoding="utf-8")
        .replace("@VERSION@", pkgmeta.version())
        .replace("@PACKAGES@", depends)
        .replace("@GLIBC@", report["floors"].get("GLIBC", {}).get("version", "2.34")),
        encoding="utf-8",
    )
    normalise_modes(stage)
    (stage / "install-user.sh").chmod(0o755)
    out = DIST / f"{name}.tar.xz"
    mtime = source_date_epoch()

    def reset(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        info.mtime = mtime
        return info

    import lzma

    log(f"writing {out.name} (xz -{xz_level})")
    with lzma.open(out, "wb", preset=xz_level) as raw, tarfile.open(fileobj=raw, mode="w") as tar:
        for path in sorted([stage, *stage.rglob("*")]):
            tar.add(path, arcname=str(path.relative_to(stage.parent)), recursive=False, filter=reset)
    return out


def package_linux(args: argparse.Namespace) -> dict:
    report_path = BUILD / "audit-linux.json"
    run([sys.executable, ROOT / "packaging" / "audit_linux.py", bundle_dir(), "--json", report_path])
    report = json.loads(report_path.read_text())
    t = time.monotonic()
    deb = build_deb(report)
    t_deb = time.monotonic() - t
    t = time.monotonic()
    tar = build_tar_xz(args.xz_level)
    t_tar = time.monotonic() - t
    return {
        "deb": {"file": deb.name, "bytes": deb.stat().st_size, "seconds": round(t_deb, 1)},
        "tar_xz": {"file": tar.name, "bytes": tar.stat().st_size, "seconds": round(t_tar, 1)},
        "glibc_floor": report["floors"].get("GLIBC", {}).get("version"),
        "glibc_floor_needed_by": report["floors"].get("GLIBC", {}).get("needed_by"),
        "build_machine_glibc": os.confstr("CS_GNU_LIBC_VERSION") if hasattr(os, "confstr") else None,
        "depends": deb_depends(report),
        "ldd_problems": report["problems"],
    }


# -------------------------------------------------------------------------------------- Windows


def package_windows(args: argparse.Namespace) -> dict:
    result: dict = {}
    portable = shutil.make_archive(
        str(DIST / f"{pkgmeta.NAME}-{pkgmeta.version()}-windows-x64"), "zip", DIST, pkgmeta.NAME
    )
    result["zip"] = {"file": Path(portable).name, "bytes": Path(portable).stat().st_size}
    iscc = args.iscc or shutil.which("iscc") or shutil.which("ISCC")
    default = (
        Path(os.environ.get("PROGRAMFILES(X86)", r"C:\Program Files (x86)")) / "Inno Setup 6" / "ISCC.exe"
    )
    if not iscc and default.exists():
        iscc = str(default)
    if not iscc:
        log("Inno Setup (ISCC.exe) not found: skipping the installer (install it: choco install innosetup)")
        return result
    run(
        [
            iscc,
            f"/DAppVersion={pkgmeta.version()}",
            f"/DAppNumericVersion={'.'.join(map(str, pkgmeta.numeric_version()))}",
            f"/DSourceDir={bundle_dir()}",
            f"/DOutputDir={DIST}",
            f"/DIconFile={ICONS / 'refdesk.ico'}",
            ROOT / "packaging" / "windows" / "refdesk.iss",
        ]
    )
    setup = DIST / f"{pkgmeta.NAME}-{pkgmeta.version()}-windows-x64-setup.exe"
    result["installer"] = {"file": setup.name, "bytes": setup.stat().st_size}
    return result


# ---------------------------------------------------------------------------------------- macOS


def package_macos(args: argparse.Namespace) -> dict:
    dmg = DIST / f"{pkgmeta.DISPLAY_NAME}-{pkgmeta.version()}-macos.dmg"
    run(["bash", ROOT / "packaging" / "macos" / "make_dmg.sh", bundle_dir(), dmg, pkgmeta.DISPLAY_NAME])
    return {"dmg": {"file": dmg.name, "bytes": dmg.stat().st_size}}


# ------------------------------------------------------------------------------------------ main


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build RefDesk's packages for one platform.")
    parser.add_argument("platform", nargs="?", default=HOST, choices=["linux", "windows", "macos"])
    parser.add_argument("--venv", type=Path, help="make/reuse this build environment (else: this Python)")
    parser.add_argument("--no-clean", action="store_true", help="reuse PyInstaller's cache")
    parser.add_argument("--freeze-only", action="store_true", help="stop after the one-folder bundle")
    parser.add_argument("--xz-level", type=int, default=9, help="xz preset for the portable .tar.xz")
    parser.add_argument("--iscc", help="path to Inno Setup's ISCC.exe (Windows)")
    parser.add_argument("--sign", help="macOS: codesign identity (default: ad-hoc)")
    args = parser.parse_args(argv)
    if args.platform != HOST:
        parser.error(
            f"PyInstaller builds for the machine it runs on: build {args.platform} on {args.platform}"
        )
    if args.sign:
        os.environ["REFDESK_CODESIGN_IDENTITY"] = args.sign

    started = time.monotonic()
    python = prepare_python(args.venv)
    t = time.monotonic()
    freeze(python, clean=not args.no_clean)
    freeze_seconds = time.monotonic() - t
    printed = check_version()
    size, files = tree_size(bundle_dir())
    summary: dict = {
        "platform": args.platform,
        "version": pkgmeta.version(),
        "frozen_version_output": printed,
        "freeze_seconds": round(freeze_seconds, 1),
        "bundle": {"path": str(bundle_dir().relative_to(ROOT)), "bytes": size, "files": files},
    }
    if not args.freeze_only:
        summary.update(
            {"linux": package_linux, "windows": package_windows, "macos": package_macos}[args.platform](args)
        )
    summary["total_seconds"] = round(time.monotonic() - started, 1)
    (DIST / f"build-{args.platform}.json").write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    total = summary["total_seconds"]
    log(f"bundle: {size / 1e6:.1f} MB in {files} files; freeze {freeze_seconds:.0f} s, total {total:.0f} s")
    for key in ("deb", "tar_xz", "zip", "installer", "dmg"):
        if key in summary:
            log(f"{key}: {summary[key]['file']} {summary[key]['bytes'] / 1e6:.1f} MB")
    if "glibc_floor" in summary:
        log(f"glibc floor {summary['glibc_floor']} (build machine: {summary['build_machine_glibc']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
