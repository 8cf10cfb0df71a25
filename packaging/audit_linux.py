"""Audit a Linux one-folder bundle: what every ELF in it needs, and where that comes from.

For every ELF file in the bundle (executable, Python extensions, Qt libraries and plugins, ...):
  * each DT_NEEDED library is resolved with `ldd`, as the app's loader would (the bootloader puts
    the bundle's _internal/ on the library path; Qt libraries also carry $ORIGIN run paths);
  * a library resolved inside the bundle is fine; one resolved outside must be listed in
    packaging/linux/system-libs.txt (it is then a declared dependency of the .deb); one that is
    not found is an error unless it is a declared system library that this machine lacks;
  * the highest GLIBC_ (and GLIBCXX_/CXXABI_) symbol version any of them needs is the floor.

    python packaging/audit_linux.py dist/refdesk [--json report.json]
    python packaging/audit_linux.py /opt/refdesk --chroot ROOT    # resolve inside a chroot

Exit status 0 when nothing is unresolved or undeclared, 1 otherwise.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import pkgmeta

VERSION_RE = re.compile(r"\b(GLIBC|GLIBCXX|CXXABI)_(\d+(?:\.\d+)*)\b")


def is_elf(path: Path) -> bool:
    try:
        with path.open("rb") as f:
            return f.read(4) == b"\x7fELF"
    except OSError:
        return False


def elf_files(bundle: Path) -> list[Path]:
    return sorted(p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink() and is_elf(p))


def needed(path: Path) -> list[str]:
    out = subprocess.run(["readelf", "-d", "-W", str(path)], capture_output=True, text=True).stdout
    return [line.split("[", 1)[1].split("]", 1)[0] for line in out.splitlines() if "(NEEDED)" in line]


def required_versions(path: Path) -> dict[str, tuple[int, ...]]:
    """The highest version of each of GLIBC/GLIBCXX/CXXABI the file's version-needs name."""
    out = subprocess.run(["readelf", "-V", "-W", str(path)], capture_output=True, text=True).stdout
    # Only the .gnu.version_r (needs) section counts, not what the file itself defines.
    section = out.split(".gnu.version_r", 1)[1] if ".gnu.version_r" in out else ""
    best: dict[str, tuple[int, ...]] = {}
    for family, ver in VERSION_RE.findall(section):
        key = tuple(int(x) for x in ver.split("."))
        if key > best.get(family, ()):
            best[family] = key
    return best


def ldd(path_in_root: str, lib_dir: str, chroot: Path | None) -> dict[str, str | None]:
    """soname -> resolved path (None = not found), as the loader sees it with lib_dir on the path."""
    env = dict(os.environ, LD_LIBRARY_PATH=lib_dir)
    cmd = ["ldd", path_in_root]
    if chroot is not None:
        cmd = [
            "chroot",
            str(chroot),
            "/usr/bin/env",
            f"LD_LIBRARY_PATH={lib_dir}",
            "/usr/bin/ldd",
            path_in_root,
        ]
        env = {"PATH": "/usr/sbin:/usr/bin:/sbin:/bin", "LANG": "C"}
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env)
    result: dict[str, str | None] = {}
    for line in proc.stdout.splitlines():
        line = line.strip()
        if "=>" not in line:
            continue
        name, _, rest = line.partition("=>")
        rest = rest.strip()
        result[name.strip()] = None if rest.startswith("not found") else rest.split(" (", 1)[0].strip()
    return result


def fmt(version: tuple[int, ...]) -> str:
    return ".".join(str(x) for x in version)


def audit(bundle: Path, chroot: Path | None = None) -> dict:
    """bundle: the one-folder app (a path inside `chroot` when given)."""
    host_bundle = (chroot / str(bundle).lstrip("/")) if chroot else bundle
    libs = pkgmeta.system_libs()
    lib_dir = str(bundle / "_internal")
    files = elf_files(host_bundle)
    floors: dict[str, tuple[tuple[int, ...], str]] = {}
    system_used: dict[str, set[str]] = defaultdict(set)  # package -> sonames
    resolved_outside: dict[str, str] = {}
    problems: list[str] = []
    missing_declared: dict[str, set[str]] = defaultdict(set)
    for path in files:
        rel = path.relative_to(host_bundle)
        for family, version in required_versions(path).items():
            if version > floors.get(family, ((), ""))[0]:
                floors[family] = (version, str(rel))
        deps = needed(path)
        resolution = ldd(str(bundle / rel), lib_dir, chroot)
        for soname in deps:
            where = resolution.get(soname, "?")
            package = pkgmeta.system_package_for(soname, libs)
            inside = where not in (None, "?") and (
                Path(where).is_relative_to(bundle)
                or (chroot is None and Path(where).resolve().is_relative_to(bundle.resolve()))
            )
            if inside:
                continue
            if package is not None:
                system_used[package].add(soname)
                if where is None:
                    missing_declared[soname].add(str(rel))
                continue
            if where is None:
                problems.append(f"{rel}: needs {soname}: not found, and not a declared system library")
            elif where == "?":
                problems.append(f"{rel}: needs {soname}: ldd did not report it")
            else:
                resolved_outside[soname] = where
                problems.append(f"{rel}: needs {soname} from the system ({where}), which is not declared")
    size = sum(p.stat().st_size for p in host_bundle.rglob("*") if p.is_file() and not p.is_symlink())
    count = sum(1 for p in host_bundle.rglob("*") if p.is_file() or p.is_symlink())
    return {
        "bundle": str(bundle),
        "chroot": str(chroot) if chroot else None,
        "files": count,
        "bytes": size,
        "elf_files": len(files),
        "floors": {
            family: {"version": fmt(v), "needed_by": who} for family, (v, who) in sorted(floors.items())
        },
        "system_packages": {pkg: sorted(names) for pkg, names in sorted(system_used.items())},
        "declared_but_missing_here": {k: sorted(v)[:3] for k, v in sorted(missing_declared.items())},
        "problems": problems,
    }


def summary(report: dict) -> str:
    lines = [
        f"bundle {report['bundle']}" + (f" (in chroot {report['chroot']})" if report["chroot"] else ""),
        f"  {report['files']} files, {report['bytes'] / 1e6:.1f} MB, "
        f"{report['elf_files']} ELF files audited with ldd",
    ]
    for family, info in report["floors"].items():
        lines.append(f"  highest {family}_ version needed: {info['version']} (by {info['needed_by']})")
    lines.append(f"  system packages used: {', '.join(report['system_packages'])}")
    if report["declared_but_missing_here"]:
        lines.append(
            "  declared system libraries not installed here (fine on a build machine): "
            + ", ".join(report["declared_but_missing_here"])
        )
    if report["problems"]:
        lines.append(f"  PROBLEMS ({len(report['problems'])}):")
        lines += [f"    {p}" for p in report["problems"][:50]]
    else:
        lines.append("  ldd audit: OK, every library is in the bundle or a declared system library")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("bundle", type=Path)
    parser.add_argument("--chroot", type=Path)
    parser.add_argument("--json", type=Path, help="also write the report here")
    parser.add_argument(
        "--strict", action="store_true", help="declared libraries missing here are errors too"
    )
    args = parser.parse_args(argv)
    bundle = args.bundle if args.chroot else args.bundle.resolve()
    report = audit(bundle, args.chroot)
    if args.strict:
        report["problems"] += [
            f"{who[0]}: needs {soname}: not found (declared, but not installed)"
            for soname, who in report["declared_but_missing_here"].items()
        ]
    print(summary(report))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 1 if report["problems"] else 0


if __name__ == "__main__":
    sys.exit(main())
