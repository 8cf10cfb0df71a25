"""Build the Linux package from a clean checkout and prove it installs and runs where there is no Python.

    sudo python3 packaging/verify_linux.py              # clone the repository's committed state
    sudo python3 packaging/verify_linux.py --worktree   # the working tree instead (uncommitted work)
    sudo python3 packaging/verify_linux.py --deb dist/refdesk_X_amd64.deb   # skip the build

Steps, each printed with its output:
  1. `git clone` the repository (or copy the working tree) into a temporary folder;
  2. `python3 packaging/build.py linux --venv ...` there: PyInstaller one-folder bundle, ldd audit
     of every ELF in it, the highest GLIBC_ version it needs, the .deb and the portable .tar.xz;
  3. a clean Debian 12 (bookworm) root made with `debootstrap --variant=minbase` from the mirror
     apt uses here (cached as a tarball; every run unpacks a fresh copy), checked to have no Python;
  4. `apt-get install ./refdesk_*.deb` in that root (so its Depends are all it gets), the ldd audit
     again inside the root, nothing unresolved;
  5. in the root, offscreen: `refdesk --version`, `info --json`, `search "forced labour" --json`,
     a search in Thai script (Babel's CLDR data made it into the bundle), the window's event loop;
  6. the window on a virtual X display (Xvfb, xcb platform, the fonts the .deb pulled in): a query
     typed with xdotool, a screenshot, and the text in it read back with OCR (tesseract) -- glyphs,
     not only an exit code; then the same with fonts hidden, which must fail the check;
  7. upgrade in place to a newer package version: the user's data folder and a bookmark survive;
     data from a newer app is refused with a clear message; removal leaves the data.

Needs root (debootstrap, chroot, mounts) and Debian packages debootstrap, xvfb, xdotool,
x11-utils, imagemagick, tesseract-ocr (installed with apt-get when missing). Figures go to
stdout and to <work>/verify-linux.json.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import shlex
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))
import audit_linux  # noqa: E402

HOST_TOOLS = {
    "debootstrap": "debootstrap",
    "Xvfb": "xvfb",
    "xdotool": "xdotool",
    "xwininfo": "x11-utils",
    "import": "imagemagick",
    "tesseract": "tesseract-ocr",
    "readelf": "binutils",
    "dpkg-deb": "dpkg",
    "git": "git",
}
CHROOT_ENV = {
    "HOME": "/root",
    "LANG": "C.UTF-8",
    "PATH": "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
}
QUERY = "forced labour"
THAI_QUERY = "กัมพูชา"  # "Cambodia" in Thai: found through Babel's Thai country names
# Words of the window's own chrome that must be legible in the screenshot.
CHROME_WORDS = ["file", "search", "help", "filters", "results", "sort", "type", "language"]

figures: dict = {}


def say(message: str) -> None:
    print(f"\n=== {message}", flush=True)


def sh(
    cmd: list[str] | str, *, check: bool = True, capture: bool = False, **kw
) -> subprocess.CompletedProcess:
    shown = cmd if isinstance(cmd, str) else " ".join(shlex.quote(str(c)) for c in cmd)
    print(f"$ {shown}", flush=True)
    return subprocess.run(
        cmd if isinstance(cmd, str) else [str(c) for c in cmd],
        check=check,
        text=True,
        capture_output=capture,
        shell=isinstance(cmd, str),
        **kw,
    )


def ensure_host_tools() -> None:
    missing = sorted({pkg for tool, pkg in HOST_TOOLS.items() if shutil.which(tool) is None})
    if "tesseract-ocr" not in missing and not shutil.which("tesseract"):
        missing.append("tesseract-ocr")
    if missing:
        say(f"installing host tools: {' '.join(missing)}")
        sh(
            ["apt-get", "install", "-y", "--no-install-recommends", *missing, "tesseract-ocr-eng"],
            env=dict(os.environ, DEBIAN_FRONTEND="noninteractive"),
        )


def apt_mirror() -> str:
    """The Debian mirror apt uses on this machine (deb822 or one-line sources)."""
    for path in [
        Path("/etc/apt/sources.list.d/debian.sources"),
        *Path("/etc/apt/sources.list.d").glob("*.sources"),
    ]:
        if path.is_file():
            text = path.read_text()
            for block in text.split("\n\n"):
                if re.search(r"^Suites:.*\bbookworm\b", block, re.M) and "debian-security" not in block:
                    match = re.search(r"^URIs:\s*(\S+)", block, re.M)
                    if match:
                        return match.group(1)
    for path in [Path("/etc/apt/sources.list"), *Path("/etc/apt/sources.list.d").glob("*.list")]:
        if path.is_file():
            for line in path.read_text().splitlines():
                match = re.match(r"deb\s+(?:\[[^]]*\]\s+)?(\S+)\s+bookworm\s", line)
                if match and "security" not in match.group(1):
                    return match.group(1)
    return "http://deb.debian.org/debian"


# ------------------------------------------------------------------------------------- the build


def get_source(work: Path, worktree: bool) -> Path:
    src = work / "src"
    if worktree:
        say("copying the working tree (uncommitted files included)")
        ignore = shutil.ignore_patterns(
            ".git",
            ".venv",
            "build",
            "dist",
            "__pycache__",
            "*.pyc",
            ".*_cache",
            ".import_linter_cache",
            "benchmarks/out",
            "benchmarks/data",
        )
        shutil.copytree(REPO, src, ignore=ignore, symlinks=True)
        figures["source"] = f"working tree of {REPO}"
    else:
        say("cloning the committed state")
        sh(["git", "clone", "--quiet", "--no-hardlinks", REPO, src])
        head = sh(["git", "-C", src, "log", "-1", "--format=%h %cI %s"], capture=True).stdout.strip()
        print(head)
        figures["source"] = f"git clone of {REPO} at {head}"
    return src


def build(src: Path, work: Path) -> Path:
    say("building the Linux packages (packaging/build.py linux)")
    started = time.monotonic()
    sh([sys.executable, src / "packaging" / "build.py", "linux", "--venv", work / "venv"], cwd=src)
    figures["build_seconds_total"] = round(time.monotonic() - started, 1)
    report = json.loads((src / "dist" / "build-linux.json").read_text())
    figures["build"] = report
    return src / "dist" / report["deb"]["file"]


# ---------------------------------------------------------------------------------- the chroot


def make_root(work: Path, cache: Path, mirror: str) -> Path:
    cache.mkdir(parents=True, exist_ok=True)
    tarball = cache / "bookworm-minbase.tar"
    if not tarball.exists():
        say(f"debootstrap --variant=minbase bookworm from {mirror} (cached in {tarball})")
        fresh = cache / "bookworm-minbase"
        shutil.rmtree(fresh, ignore_errors=True)
        started = time.monotonic()
        sh(["debootstrap", "--variant=minbase", "bookworm", fresh, mirror], stdout=subprocess.DEVNULL)
        figures["debootstrap_seconds"] = round(time.monotonic() - started, 1)
        sh(["tar", "-C", fresh, "-cf", tarball, "."])
        shutil.rmtree(fresh)
    root = work / "root"
    root.mkdir()
    say(f"unpacking a fresh Debian 12 minbase root into {root}")
    sh(["tar", "-C", root, "-xf", tarball])
    shutil.copy2("/etc/resolv.conf", root / "etc" / "resolv.conf")
    return root


@contextlib.contextmanager
def mounted(root: Path, x11: Path):
    mounts = []
    try:
        for source, target, opts in (
            ("proc", root / "proc", ["-t", "proc"]),
            ("/dev", root / "dev", ["--bind"]),
            ("/dev/pts", root / "dev" / "pts", ["--bind"]),
            ("/sys", root / "sys", ["--rbind"]),
            (str(x11), root / "tmp" / ".X11-unix", ["--bind"]),
        ):
            target.mkdir(parents=True, exist_ok=True)
            subprocess.run(["mount", *opts, source, str(target)], check=True)
            mounts.append(target)
            if target.name == "sys":
                subprocess.run(["mount", "--make-rslave", str(target)], check=False)
        yield
    finally:
        for target in reversed(mounts):
            subprocess.run(["umount", "-R", "-l", str(target)], check=False)


def chroot(
    root: Path,
    args: list[str],
    *,
    env: dict | None = None,
    check: bool = True,
    timeout: float = 300,
    quiet: bool = False,
) -> subprocess.CompletedProcess:
    full_env = dict(CHROOT_ENV, **(env or {}))
    cmd = ["chroot", str(root), "/usr/bin/env", "-i", *[f"{k}={v}" for k, v in full_env.items()], *args]
    if not quiet:
        extra = " ".join(f"{k}={v}" for k, v in (env or {}).items())
        print(f"(chroot)$ {extra + ' ' if extra else ''}{' '.join(shlex.quote(a) for a in args)}", flush=True)
    proc = subprocess.run(cmd, text=True, capture_output=True, timeout=timeout)
    if check and proc.returncode != 0:
        print(proc.stdout[-3000:], proc.stderr[-3000:], sep="\n")
        raise SystemExit(f"failed in the chroot (exit {proc.returncode}): {' '.join(args)}")
    return proc


def python_in(root: Path) -> list[str]:
    found = [
        str(p.relative_to(root))
        for d in ("usr/bin", "usr/local/bin", "bin")
        for p in (root / d).glob("python*")
    ]
    found += [str(p.relative_to(root)) for p in (root / "usr" / "lib").glob("python3*")]
    return sorted(set(found))


def install_deb(root: Path, deb: Path) -> None:
    say("checking the root has no Python")
    before = python_in(root)
    print("python in the root:", before or "none")
    if before:
        raise SystemExit("the clean root already has Python; the check would prove nothing")
    packages_before = len(chroot(root, ["dpkg-query", "-f", "${Package}\n", "-W"], quiet=True).stdout.split())
    say("apt-get install ./refdesk.deb in the clean root")
    shutil.copy2(deb, root / "tmp" / deb.name)
    chroot(root, ["apt-get", "update", "-q"], env={"DEBIAN_FRONTEND": "noninteractive"}, timeout=900)
    proc = chroot(
        root,
        ["apt-get", "install", "-y", "-q", "--no-install-recommends", f"/tmp/{deb.name}"],
        env={"DEBIAN_FRONTEND": "noninteractive"},
        timeout=1800,
    )
    tail = [
        line for line in proc.stdout.splitlines() if re.search(r"newly installed|^Setting up refdesk", line)
    ]
    print("\n".join(tail))
    packages_after = len(chroot(root, ["dpkg-query", "-f", "${Package}\n", "-W"], quiet=True).stdout.split())
    after = python_in(root)
    print(
        f"packages: {packages_before} before, {packages_after} after; python in the root: {after or 'none'}"
    )
    figures["chroot"] = {
        "packages_before": packages_before,
        "packages_added": packages_after - packages_before,
        "python_after_install": after,
    }
    if after:
        raise SystemExit("installing the .deb brought Python into the root")


def chroot_audit(root: Path) -> None:
    say("ldd audit of every ELF in /opt/refdesk, inside the root")
    report = audit_linux.audit(Path("/opt/refdesk"), root)
    report["problems"] += [
        f"{who[0]}: needs {soname}: not found in the root"
        for soname, who in report["declared_but_missing_here"].items()
    ]
    print(audit_linux.summary(report))
    figures["chroot"]["ldd"] = {"elf_files": report["elf_files"], "problems": report["problems"]}
    if report["problems"]:
        raise SystemExit("unresolved libraries in the clean root")


# -------------------------------------------------------------------------------- running it


def run_cli(root: Path, version: str) -> dict:
    say("running the installed app in the root, offscreen")
    off = {"QT_QPA_PLATFORM": "offscreen"}
    out: dict = {}
    proc = chroot(root, ["refdesk", "--version"], env=off)
    print(proc.stdout.strip())
    if proc.stdout.strip() != f"refdesk {version}":
        raise SystemExit(f"--version printed {proc.stdout!r}")
    out["version"] = proc.stdout.strip()

    started = time.monotonic()
    proc = chroot(root, ["refdesk", "--data-dir", "/tmp/x", "info", "--json"], env=off)
    out["first_run_seconds"] = round(time.monotonic() - started, 2)
    print(proc.stderr.strip())
    print(proc.stdout.strip())
    info = json.loads(proc.stdout)
    if not info.get("catalogue"):
        raise SystemExit("no catalogue installed from the bundle")
    out["info"] = {"version": info.get("app_version"), "catalogue": info["catalogue"]}

    started = time.monotonic()
    proc = chroot(root, ["refdesk", "--data-dir", "/tmp/x", "search", QUERY, "--json"], env=off)
    out["search_seconds"] = round(time.monotonic() - started, 2)
    result = json.loads(proc.stdout)
    titles = [r["title"] for r in result["results"]]
    print(
        f"search {QUERY!r}: {result['total']} results in {result.get('took_ms')} ms; top: "
        + " | ".join(titles[:3])
    )
    if not result["total"]:
        raise SystemExit(f"no results for {QUERY!r}")
    out["search"] = {
        "query": QUERY,
        "total": result["total"],
        "took_ms": result.get("took_ms"),
        "top": titles[:3],
    }

    proc = chroot(root, ["refdesk", "--data-dir", "/tmp/x", "search", THAI_QUERY, "--json"], env=off)
    thai = json.loads(proc.stdout)
    print(f"search {THAI_QUERY!r} (Cambodia, in Thai): {thai['total']} results")
    if not thai["total"]:
        raise SystemExit(
            "the Thai country name found nothing: Babel's locale data is missing from the bundle"
        )
    out["search_thai"] = {"query": THAI_QUERY, "total": thai["total"]}
    return out


def gui_offscreen(root: Path, shot_dir: Path) -> dict:
    say("the window, offscreen: its event loop runs (and a screenshot if the app offers REFDESK_SCREENSHOT)")
    env = dict(CHROOT_ENV, QT_QPA_PLATFORM="offscreen", REFDESK_SCREENSHOT="/tmp/shots/offscreen.png")
    (root / "tmp" / "shots").mkdir(exist_ok=True)
    cmd = [
        "chroot",
        str(root),
        "/usr/bin/env",
        "-i",
        *[f"{k}={v}" for k, v in env.items()],
        "refdesk",
        "--data-dir",
        "/tmp/x",
    ]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    shot = root / "tmp" / "shots" / "offscreen.png"
    deadline = time.monotonic() + 12
    while time.monotonic() < deadline and proc.poll() is None and not shot.exists():
        time.sleep(0.2)
    alive = proc.poll() is None
    if alive:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
    _, stderr = proc.communicate()
    result = {"ran_until_stopped": alive, "exit": proc.returncode, "stderr": stderr.strip()[-500:]}
    if shot.exists():
        shutil.copy2(shot, shot_dir / "offscreen.png")
        result["screenshot"] = str(shot_dir / "offscreen.png")
        result["ocr"] = ocr_check(shot_dir / "offscreen.png", [])
    elif not alive:
        print(stderr[-2000:])
        raise SystemExit(f"the window exited by itself offscreen (exit {proc.returncode})")
    print(json.dumps(result, indent=2, ensure_ascii=False))
    return result


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def ocr_check(png: Path, expected_title_words: list[str]) -> dict:
    # --psm 11, sparse text: a window is labels scattered over panels, not a page of prose (with
    # --psm 3, page layout, tesseract merged "Sort by Relevance" into nonsense once a dock was open).
    text = subprocess.run(["tesseract", str(png), "-", "--psm", "11"], capture_output=True, text=True).stdout
    seen = set(words(text))
    chrome = {w: w in seen for w in CHROME_WORDS}
    title = {w: w in seen for w in expected_title_words}
    ok = all(chrome.values()) and (not title or sum(title.values()) >= max(1, int(0.6 * len(title))))
    return {
        "ok": ok,
        "ocr_words": len(seen),
        "chrome_words_found": f"{sum(chrome.values())}/{len(chrome)}",
        "missing_chrome_words": [w for w, hit in chrome.items() if not hit],
        "title_words_found": f"{sum(title.values())}/{len(title)}" if title else None,
    }


@contextlib.contextmanager
def xvfb(display: int):
    proc = subprocess.Popen(
        ["Xvfb", f":{display}", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    sock = Path(f"/tmp/.X11-unix/X{display}")
    for _ in range(100):
        if sock.exists():
            break
        time.sleep(0.1)
    try:
        yield
    finally:
        proc.terminate()
        proc.wait(10)


def gui_on_x(root: Path, display: int, shot: Path, title: str, hide_fonts: bool) -> dict:
    env = dict(CHROOT_ENV, DISPLAY=f":{display}", QT_QPA_PLATFORM="xcb")
    if hide_fonts:
        (root / "tmp" / "nofonts.conf").write_text("<?xml version='1.0'?>\n<fontconfig></fontconfig>\n")
        env["FONTCONFIG_FILE"] = "/tmp/nofonts.conf"
        env["REFDESK_NO_BUNDLED_FONTS"] = "1"  # the fonts shipped in the app would show letters
    cmd = [
        "chroot",
        str(root),
        "/usr/bin/env",
        "-i",
        *[f"{k}={v}" for k, v in env.items()],
        "refdesk",
        "--data-dir",
        "/tmp/x",
    ]
    xenv = dict(os.environ, DISPLAY=f":{display}")
    started = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    window = None
    while time.monotonic() - started < 60 and proc.poll() is None:
        found = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--name", "^RefDesk"],
            env=xenv,
            capture_output=True,
            text=True,
        ).stdout.split()
        if found:
            window = found[0]
            break
        time.sleep(0.05)
    shown_after = round(time.monotonic() - started, 2)
    if window is None:
        proc.kill()
        _, err = proc.communicate()
        raise SystemExit(f"no RefDesk window appeared on the virtual display:\n{err[-2000:]}")
    time.sleep(2.5)  # let the start-up search fill the window
    subprocess.run(["xdotool", "windowfocus", "--sync", window], env=xenv, check=False)
    subprocess.run(["xdotool", "key", "--window", window, "ctrl+k"], env=xenv, check=False)
    subprocess.run(["xdotool", "type", "--delay", "40", QUERY], env=xenv, check=False)
    time.sleep(2.5)  # debounce + search + paint
    subprocess.run(["import", "-display", f":{display}", "-window", "root", str(shot)], check=True)
    alive = proc.poll() is None
    proc.terminate()
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()
    _, err = proc.communicate()
    title_words = [w for w in words(title) if len(w) > 2][:6]
    result = {
        "window_after_seconds": shown_after,
        "alive_at_screenshot": alive,
        "screenshot": str(shot),
        **ocr_check(shot, title_words),
    }
    fontless = [line for line in err.splitlines() if "font" in line.lower()][:3]
    if fontless:
        result["font_messages"] = fontless
    return result


def gui_checks(root: Path, shot_dir: Path, top_title: str) -> dict:
    say("the window on a virtual X display (xcb): type a query, screenshot, read the text back (OCR)")
    display = 90 + os.getpid() % 9
    with xvfb(display):
        real = gui_on_x(root, display, shot_dir / "window.png", top_title, hide_fonts=False)
        print(json.dumps(real, indent=2))
        say("control: the same with the fonts hidden from fontconfig must FAIL the glyph check")
        control = gui_on_x(root, display, shot_dir / "window-nofonts.png", top_title, hide_fonts=True)
        print(json.dumps(control, indent=2))
    if not real["ok"]:
        raise SystemExit("the window's text did not render legibly")
    if control["ok"]:
        raise SystemExit("the glyph check passed without fonts: it cannot tell boxes from text")
    return {"with_fonts": real, "fonts_hidden_control": control}


# ------------------------------------------------------------------------------- upgrade / data


def upgrade_checks(root: Path, deb: Path, work: Path, version: str, resource_id: str) -> dict:
    say("upgrade in place: the data folder outside /opt survives; newer data is refused; removal keeps data")
    off = {"QT_QPA_PLATFORM": "offscreen"}
    info = json.loads(chroot(root, ["refdesk", "info", "--json"], env=off).stdout)
    data_dir = info.get("data_dir")
    print(f"default data dir: {data_dir}")
    chroot(root, ["refdesk", "bookmark", "add", resource_id, "--note", "kept across the upgrade"], env=off)
    before = chroot(root, ["refdesk", "bookmarks", "--json"], env=off).stdout

    # The same bundle as a newer package version: what a coordinator's next .deb does.
    unpacked = work / "deb-next"
    sh(["dpkg-deb", "-R", deb, unpacked])
    control = unpacked / "DEBIAN" / "control"
    next_version = f"{version}+verify1"
    control.write_text(re.sub(r"^Version: .*$", f"Version: {next_version}", control.read_text(), flags=re.M))
    next_deb = root / "tmp" / f"refdesk_{next_version}_amd64.deb"
    sh(
        ["dpkg-deb", "--root-owner-group", "-Zgzip", "-z1", "--build", unpacked, next_deb],
        stdout=subprocess.DEVNULL,
    )
    proc = chroot(root, ["dpkg", "-i", f"/tmp/{next_deb.name}"])
    print("\n".join(line for line in proc.stdout.splitlines() if "over" in line or "Setting up" in line))
    installed = chroot(root, ["dpkg-query", "-W", "-f", "${Version}", "refdesk"], quiet=True).stdout
    after = chroot(root, ["refdesk", "bookmarks", "--json"], env=off).stdout
    info_after = json.loads(chroot(root, ["refdesk", "info", "--json"], env=off).stdout)
    kept = before == after and info_after.get("catalogue") == info.get("catalogue")
    print(
        f"installed version {installed}; bookmarks identical: {before == after}; "
        f"catalogue identical: {info_after.get('catalogue') == info.get('catalogue')}"
    )
    if not kept:
        raise SystemExit("the upgrade changed the user's data")

    # An older app meeting newer data: pretend a newer RefDesk wrote user.sqlite.
    user_db = root / str(data_dir).lstrip("/") / "user.sqlite"
    with sqlite3.connect(user_db) as db:
        (old,) = db.execute("SELECT version FROM schema_info WHERE key = 'user'").fetchone()
        db.execute("UPDATE schema_info SET version = ? WHERE key = 'user'", (old + 1,))
    refused = chroot(root, ["refdesk", "info", "--json"], env=off, check=False)
    with sqlite3.connect(user_db) as db:
        db.execute("UPDATE schema_info SET version = ? WHERE key = 'user'", (old,))
    print(f"with user data version {old + 1} (this app reads {old}): exit {refused.returncode}")
    print(refused.stdout.strip())
    error = json.loads(refused.stdout).get("error", {}) if refused.stdout.strip().startswith("{") else {}
    if refused.returncode == 0 or error.get("code") != "incompatible-data":
        raise SystemExit("newer user data was not refused clearly")

    chroot(root, ["dpkg", "-r", "refdesk"])
    opt_gone = not (root / "opt" / "refdesk").exists()
    data_kept = (root / str(data_dir).lstrip("/") / "user.sqlite").exists()
    print(f"after dpkg -r: /opt/refdesk removed: {opt_gone}; data folder kept: {data_kept}")
    if not (opt_gone and data_kept):
        raise SystemExit("removal did not behave")
    return {
        "data_dir": data_dir,
        "upgraded_to": installed,
        "bookmarks_and_catalogue_kept": kept,
        "newer_data_refused": {"exit": refused.returncode, "message": error.get("message")},
        "removed_app_kept_data": opt_gone and data_kept,
    }


# ------------------------------------------------------------------------------------------ main


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--worktree", action="store_true", help="build the working tree, not a clone of HEAD")
    parser.add_argument("--deb", type=Path, help="verify this .deb instead of building one")
    parser.add_argument("--work", type=Path, help="work folder (default: a new temporary one)")
    parser.add_argument("--cache", type=Path, default=Path("/var/cache/refdesk-verify"))
    parser.add_argument("--mirror", default=None, help="Debian mirror (default: the one apt uses here)")
    parser.add_argument("--keep", action="store_true", help="keep the root, clone and build environment too")
    args = parser.parse_args(argv)
    if os.geteuid() != 0:
        raise SystemExit("run as root: debootstrap, chroot and mounts need it")
    ensure_host_tools()
    work = args.work or Path(tempfile.mkdtemp(prefix="refdesk-verify-"))
    work.mkdir(parents=True, exist_ok=True)
    shots = work / "shots"
    shots.mkdir(exist_ok=True)
    print(f"work folder: {work}")
    started = time.monotonic()
    try:
        if args.deb:
            deb = args.deb.resolve()
            figures["source"] = f"prebuilt {deb}"
        else:
            deb = build(get_source(work, args.worktree), work)
        version = re.match(r"refdesk_([^_]+)_", deb.name).group(1)
        figures["deb"] = {"file": deb.name, "bytes": deb.stat().st_size}
        root = make_root(work, args.cache, args.mirror or apt_mirror())
        x11 = Path("/tmp/.X11-unix")
        x11.mkdir(mode=0o1777, exist_ok=True)
        with mounted(root, x11):
            install_deb(root, deb)
            chroot_audit(root)
            cli = run_cli(root, version)
            figures["chroot"]["cli"] = cli
            figures["chroot"]["gui_offscreen"] = gui_offscreen(root, shots)
            figures["chroot"]["gui_xcb"] = gui_checks(root, shots, cli["search"]["top"][0])
            top_id = json.loads(
                chroot(
                    root,
                    ["refdesk", "--data-dir", "/tmp/x", "search", QUERY, "--json", "--limit", "1"],
                    env={"QT_QPA_PLATFORM": "offscreen"},
                    quiet=True,
                ).stdout
            )["results"][0]["id"]
            figures["chroot"]["upgrade"] = upgrade_checks(root, deb, work, version, top_id)
    finally:
        figures["verify_seconds"] = round(time.monotonic() - started, 1)
        (work / "verify-linux.json").write_text(json.dumps(figures, indent=2, ensure_ascii=False) + "\n")
        still_mounted = any(str(work) in line for line in Path("/proc/mounts").read_text().splitlines())
        if not args.keep and not still_mounted:
            # Keep the figures and screenshots; drop the root, the clone and the build environment.
            for big in ("root", "src", "venv", "deb-next"):
                shutil.rmtree(work / big, ignore_errors=True)
    say("figures")
    build_fig = figures.get("build", {})
    chroot_fig = figures.get("chroot", {})
    bundle = build_fig.get("bundle", {})
    tar_mb = build_fig.get("tar_xz", {}).get("bytes", 0) / 1e6
    ldd = chroot_fig.get("ldd", {})
    shot = chroot_fig.get("gui_xcb", {}).get("with_fonts", {})
    control = chroot_fig.get("gui_xcb", {}).get("fonts_hidden_control", {})
    lines = [
        f"source: {figures.get('source')}",
        f"build (clone to packages, incl. venv): {figures.get('build_seconds_total')} s; "
        f"PyInstaller {build_fig.get('freeze_seconds')} s",
        f"bundle: {bundle.get('bytes', 0) / 1e6:.1f} MB, {bundle.get('files')} files",
        f".deb: {figures['deb']['bytes'] / 1e6:.1f} MB; .tar.xz: {tar_mb:.1f} MB",
        f"glibc floor: {build_fig.get('glibc_floor')} (needed by {build_fig.get('glibc_floor_needed_by')}); "
        f"build machine {build_fig.get('build_machine_glibc')}",
        f"ldd audit: build tree problems {len(build_fig.get('ldd_problems', []))}; "
        f"clean root problems {len(ldd.get('problems', []))} ({ldd.get('elf_files')} ELF files)",
        f"clean root: {chroot_fig.get('packages_before')} packages, the .deb added "
        f"{chroot_fig.get('packages_added')}; "
        f"python after install: {chroot_fig.get('python_after_install') or 'none'}",
        f"screenshot OCR: {shot.get('chrome_words_found')} chrome words, title words "
        f"{shot.get('title_words_found')}; fonts hidden: check ok={control.get('ok')} (must be False)",
        f"verify took {figures['verify_seconds']} s; details in {work / 'verify-linux.json'}",
    ]
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
