"""Benchmark (not a test): cold start of the frozen app to an interactive window, beside the same
from source.

    python benchmarks/cold_start_frozen.py [--frozen dist/refdesk/refdesk] [--runs 5]

The frozen app cannot be instrumented from inside (no Python to hand it code), so both are
measured the same way, from outside, on a virtual X display (Xvfb, the xcb platform as on a
desktop):

* "window": from just before the process is started until X reports the RefDesk main window
  mapped (a MapNotify seen by `xev -root`);
* "ready": until the first search's results are painted in the results list (the list region of
  the window, grabbed with `xwd` every 50 ms, turns from an empty message to rows of text).

Each variant gets its own data folder with the bundled catalogue installed beforehand (not
timed); one warm-up start each is not counted, so "cold" means a new process with the OS's file
cache warm, as when a user opens the app a second time. Runs alternate frozen / source.
`benchmarks/gui_latency.py` measures the source window from inside (offscreen, signals); its
"ready" is the in-process counterpart of the one here. Needs Xvfb, xev (x11-utils), xwd
(x11-apps) and xdotool.
"""

from __future__ import annotations

import argparse
import os
import queue
import re
import shutil
import statistics
import struct
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZE = (1280, 800)


def xvfb(display: int) -> subprocess.Popen:
    proc = subprocess.Popen(
        ["Xvfb", f":{display}", "-screen", "0", f"{SIZE[0]}x{SIZE[1]}x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(100):
        if Path(f"/tmp/.X11-unix/X{display}").exists():
            return proc
        time.sleep(0.05)
    raise SystemExit("Xvfb did not start")


class MapWatcher:
    """Timestamps of MapNotify events on the root window's children (one xev for the session)."""

    def __init__(self, env: dict[str, str]) -> None:
        self.events: queue.Queue[tuple[float, str]] = queue.Queue()
        self.proc = subprocess.Popen(
            ["xev", "-root", "-event", "substructure"], stdout=subprocess.PIPE, text=True, env=env, bufsize=1
        )
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        pending = False
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            if line.startswith("MapNotify event"):
                pending = True
                stamp = time.perf_counter()
            elif pending:
                match = re.search(r"window (0x[0-9a-f]+), override (\w+)", line)
                if match:
                    pending = False
                    if match.group(2) == "NO":
                        self.events.put((stamp, match.group(1)))

    def drain(self) -> None:
        while not self.events.empty():
            self.events.get_nowait()

    def stop(self) -> None:
        self.proc.terminate()


def window_name(window: str, env: dict[str, str]) -> str:
    out = subprocess.run(
        ["xdotool", "getwindowname", str(int(window, 16))], capture_output=True, text=True, env=env
    )
    return out.stdout.strip()


def text_fraction(window: str, env: dict[str, str]) -> float:
    """Share of dark pixels in the middle (results) column of the window: rows of results vs. a
    one-line "Searching…" message. Reads xwd's raw output (32 bits per pixel, TrueColor)."""
    raw = subprocess.run(["xwd", "-silent", "-id", window], capture_output=True, env=env).stdout
    if len(raw) < 100:
        return 0.0
    header_size, _version, _fmt, _depth, width, height = struct.unpack(">6I", raw[:24])
    byte_order, bits_per_pixel, bytes_per_line = (
        struct.unpack(">I", raw[28:32])[0],
        *struct.unpack(">2I", raw[44:52]),
    )
    ncolors = struct.unpack(">I", raw[76:80])[0]
    data = raw[header_size + 12 * ncolors :]
    if bits_per_pixel != 32 or len(data) < bytes_per_line * height:
        return 0.0
    x0, x1 = int(width * 0.22), int(width * 0.62)
    y0, y1 = int(height * 0.14), int(height * 0.92)
    dark = total = 0
    for y in range(y0, y1, 3):
        row = data[y * bytes_per_line + 4 * x0 : y * bytes_per_line + 4 * x1 : 12]  # every 3rd pixel
        for i in range(0, len(row) - 3, 4):
            b, g, r = (
                (row[i], row[i + 1], row[i + 2]) if byte_order == 0 else (row[i + 3], row[i + 2], row[i + 1])
            )
            total += 1
            if r + g + b < 3 * 140:
                dark += 1
    return dark / total if total else 0.0


def one_start(
    cmd: list[str], env: dict[str, str], watcher: MapWatcher, threshold: float, timeout: float
) -> dict:
    watcher.drain()
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    window = None
    shown = ready = None
    try:
        while time.perf_counter() - started < timeout:
            try:
                stamp, wid = watcher.events.get(timeout=0.05)
            except queue.Empty:
                if proc.poll() is not None:
                    err = proc.stderr.read()[-1500:] if proc.stderr else ""
                    raise SystemExit(f"{cmd[0]} exited early: {err}") from None
                continue
            if window_name(wid, env).startswith("RefDesk"):
                window, shown = wid, stamp - started
                break
        if window is None:
            raise SystemExit(f"no window from {' '.join(cmd)}")
        while time.perf_counter() - started < timeout:
            # An unpainted window reads as all black (share ~1.0); rows of results as ~0.05-0.1.
            if threshold <= text_fraction(window, env) <= 0.5:
                ready = time.perf_counter() - started
                break
            time.sleep(0.05)
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
    if ready is None:
        raise SystemExit(f"the results never painted for {' '.join(cmd)}")
    return {"window_s": round(shown, 3), "ready_s": round(ready, 3)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--frozen", type=Path, default=ROOT / "dist" / "refdesk" / "refdesk")
    parser.add_argument(
        "--python", type=Path, default=Path(sys.executable), help="interpreter with refdesk installed"
    )
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--threshold", type=float, default=0.02, help="dark-pixel share that counts as results shown"
    )
    parser.add_argument("--timeout", type=float, default=60)
    args = parser.parse_args()
    for tool in ("Xvfb", "xev", "xwd", "xdotool"):
        if not shutil.which(tool):
            raise SystemExit(f"{tool} is missing (apt-get install xvfb x11-utils x11-apps xdotool)")
    if not args.frozen.exists():
        raise SystemExit(f"no frozen app at {args.frozen}: python packaging/build.py linux --freeze-only")

    display = 60 + os.getpid() % 30
    server = xvfb(display)
    work = Path(tempfile.mkdtemp(prefix="refdesk-coldstart-"))
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "REFDESK_"))}
    env.update(DISPLAY=f":{display}", QT_QPA_PLATFORM="xcb", HOME=str(work / "home"))
    watcher = MapWatcher(env)
    variants = {
        "frozen": [str(args.frozen.resolve())],
        "source": [str(args.python), "-c", "import sys; from refdesk.cli.main import main; sys.exit(main())"],
    }
    results: dict[str, list[dict]] = {name: [] for name in variants}
    try:
        for name, base in variants.items():
            data = work / name
            subprocess.run([*base, "--data-dir", str(data), "info"], env=env, check=True, capture_output=True)
            one_start([*base, "--data-dir", str(data)], env, watcher, args.threshold, args.timeout)  # warm-up
        for _ in range(args.runs):
            for name, base in variants.items():
                results[name].append(
                    one_start(
                        [*base, "--data-dir", str(work / name)], env, watcher, args.threshold, args.timeout
                    )
                )
    finally:
        watcher.stop()
        server.terminate()
        shutil.rmtree(work, ignore_errors=True)

    print(f"cold start to an interactive window, Xvfb (xcb), {args.runs} runs each, median (min-max):")
    for name, runs in results.items():
        parts = []
        for key, label in (("window_s", "window shown"), ("ready_s", "results painted")):
            values = [r[key] for r in runs]
            parts.append(f"{label} {statistics.median(values):.2f} s ({min(values):.2f}-{max(values):.2f})")
        print(f"  {name:7s} {'; '.join(parts)}")
    frozen = statistics.median(r["ready_s"] for r in results["frozen"])
    source = statistics.median(r["ready_s"] for r in results["source"])
    print(f"  frozen - source: {frozen - source:+.2f} s to results painted")
    return 0


if __name__ == "__main__":
    sys.exit(main())
