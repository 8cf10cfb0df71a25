"""Smoke-test a frozen RefDesk: the checks CI runs on every platform's build.

    python packaging/smoke.py dist/refdesk/refdesk                       # Linux
    python packaging/smoke.py dist\\refdesk\\refdesk.exe                   # Windows
    python packaging/smoke.py dist/RefDesk.app/Contents/MacOS/refdesk     # macOS

With QT_QPA_PLATFORM=offscreen and a new, empty data folder: `--version` prints the version from
src/refdesk/__init__.py; `info --json` shows the catalogue installed from the bundle;
`search "forced labour" --json` and a search in Thai script find resources; the window starts and
keeps running its event loop (`--no-gui` skips that). Standard library only.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import pkgmeta


def run(exe: Path, *args: str, data: Path | None = None) -> subprocess.CompletedProcess:
    cmd = [str(exe), *(["--data-dir", str(data)] if data else []), *args]
    print("$ " + " ".join(cmd), flush=True)
    started = time.monotonic()
    proc = subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8", timeout=600)
    print(f"  exit {proc.returncode} in {time.monotonic() - started:.2f} s")
    if proc.returncode != 0:
        print(proc.stdout[-2000:], proc.stderr[-2000:], sep="\n")
        raise SystemExit(f"failed: {' '.join(cmd)}")
    return proc


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Smoke-test a frozen RefDesk.")
    parser.add_argument("exe", type=Path)
    parser.add_argument("--no-gui", action="store_true")
    parser.add_argument("--gui-seconds", type=float, default=8.0)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.pop("REFDESK_HOME", None)
    exe = args.exe.resolve()

    printed = run(exe, "--version").stdout.strip()
    expected = f"refdesk {pkgmeta.version()}"
    print(f"  {printed}")
    if printed != expected:
        raise SystemExit(f"--version printed {printed!r}, expected {expected!r}")

    with tempfile.TemporaryDirectory(prefix="refdesk-smoke-") as tmp:
        data = Path(tmp) / "data"
        info = json.loads(run(exe, "info", "--json", data=data).stdout)
        print(f"  catalogue: {json.dumps(info.get('catalogue'), ensure_ascii=False)}")
        if not info.get("catalogue"):
            raise SystemExit("no catalogue was installed from the bundle")
        for query in ("forced labour", "กัมพูชา"):
            result = json.loads(run(exe, "search", query, "--json", data=data).stdout)
            top = [r["title"] for r in result["results"][:2]]
            print(f"  {query!r}: {result['total']} results; top: {top}")
            if not result["total"]:
                raise SystemExit(f"no results for {query!r}")

        if not args.no_gui:
            print(f"$ {exe} --data-dir {data}   (the window, offscreen, for {args.gui_seconds:.0f} s)")
            proc = subprocess.Popen(
                [str(exe), "--data-dir", str(data)],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                encoding="utf-8",
            )
            try:
                proc.wait(args.gui_seconds)
            except subprocess.TimeoutExpired:
                proc.terminate()
                try:
                    proc.wait(15)
                except subprocess.TimeoutExpired:
                    proc.kill()
                print("  the window's event loop ran until stopped")
            else:
                out, err = proc.communicate()
                print(out[-2000:], err[-2000:], sep="\n")
                raise SystemExit(f"the window exited by itself (exit {proc.returncode})")
            finally:
                if proc.poll() is None:
                    proc.kill()
                proc.communicate()
    print("smoke test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
