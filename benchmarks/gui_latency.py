"""Benchmark (not a test): how fast the window is ready, and whether typing ever stalls it.

    python benchmarks/gui_latency.py --data-dir /tmp/gui-data [--runs 3]

1. Cold start: a fresh Python process is started; the time from just before it starts until the
   window is shown, and until the first search is answered and painted ("ready"). Measured as
   the `refdesk` command starts it (importing the CLI first) and for the GUI package alone; run
   --runs times each, the median and the worst are printed. Target: ready under 1.5 s.
2. Typing: in a started window, a 20-character query is typed key by key (fast, 60 ms a key,
   and slow, 200 ms a key so that every key fires a search), while a 5 ms timer measures the
   longest gap in the GUI event loop until the last answer is shown. Target: no gap over 50 ms.

The data dir should hold the bundled catalogue (`refdesk --data-dir DIR info` installs it); an
empty one is installed first, outside the timings. Runs offscreen; no display needed.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from functools import partial
from pathlib import Path

QUERY = "recruitment fee debt"  # 20 characters
TARGET_READY_S = 1.5
TARGET_STALL_MS = 50.0


def child(data_dir: Path, started: float, typing: bool, entry: str) -> None:
    """Runs in the measured process: open the window, report timings as one JSON line."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer, QEventLoop, Qt, QTimer
    from PySide6.QtTest import QTest

    if entry == "cli":
        import refdesk.cli.main  # noqa: F401  (what the `refdesk` command imports before the window)
    from refdesk.config.paths import AppPaths
    from refdesk.config.settings import Settings
    from refdesk.gui import jobs
    from refdesk.gui.app import application
    from refdesk.gui.main_window import MainWindow

    app = application()
    imported = time.time()
    state = AppPaths(Path(tempfile.mkdtemp(prefix="refdesk-bench-")))
    # As `refdesk.gui.app.build_window` does: the window opens the Library on its start-up worker.
    window = MainWindow(partial(jobs.open_library, AppPaths(data_dir)), state, Settings())
    window.show()
    shown = time.time()
    loop = QEventLoop()
    window.ready.connect(loop.quit)
    window.start()
    loop.exec()
    app.processEvents()  # the benchmark, not the app: let the first results paint before timing
    ready = time.time()
    report: dict[str, object] = {
        "imports_s": round(imported - started, 3),
        "shown_s": round(shown - started, 3),
        "ready_s": round(ready - started, 3),
        "results": window.results_model.total,
    }

    def measure(interval_ms: int) -> dict[str, object]:
        gaps: list[float] = []
        clock = QElapsedTimer()
        ticker = QTimer()
        ticker.setTimerType(Qt.TimerType.PreciseTimer)
        ticker.setInterval(5)

        def tick() -> None:
            gaps.append(clock.nsecsElapsed() / 1e6)
            clock.restart()

        ticker.timeout.connect(tick)
        edit = window.search_bar.edit
        edit.clear()
        settle = QEventLoop()
        answered: list[float] = []
        searches = [0]

        def on_results(result: object) -> None:
            searches[0] += 1
            if getattr(result, "query", None) == QUERY:
                answered.append(time.perf_counter())

        window.results_shown.connect(on_results)
        keys = iter(QUERY)
        typed_at = [0.0]

        def type_next() -> None:
            char = next(keys, None)
            if char is None:
                typer.stop()
                return
            QTest.keyClick(edit, char)
            typed_at[0] = time.perf_counter()  # the last one counts

        typer = QTimer()
        typer.setInterval(interval_ms)
        typer.timeout.connect(type_next)

        def finish_when_answered() -> None:
            if answered and not typer.isActive():
                QTimer.singleShot(300, settle.quit)  # keep measuring while the answer paints
            else:
                QTimer.singleShot(20, finish_when_answered)

        clock.start()
        ticker.start()
        typer.start()
        QTimer.singleShot(interval_ms, finish_when_answered)
        settle.exec()
        ticker.stop()
        ordered = sorted(gaps)
        return {
            "key_interval_ms": interval_ms,
            "longest_gap_ms": round(max(gaps), 1),
            "p99_gap_ms": round(ordered[int(len(ordered) * 0.99) - 1], 1),
            "ticks": len(gaps),
            "searches_answered": searches[0],
            "last_key_to_answer_ms": round((answered[-1] - typed_at[0]) * 1000, 1),
        }

    if typing:
        report["typing"] = [measure(60), measure(200)]
    window.shutdown()
    window.close()
    print(json.dumps(report), flush=True)


def ensure_installed(data_dir: Path) -> None:
    if (data_dir / "CURRENT").is_file():
        return
    print(f"installing the bundled catalogue into {data_dir} (not timed)…", file=sys.stderr)
    command = [sys.executable, "-m", "refdesk.cli.main", "--data-dir", str(data_dir), "info"]
    subprocess.run(command, check=True)


def run_child(data_dir: Path, typing: bool, entry: str = "cli") -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    started = time.time()
    args = [sys.executable, __file__, "--child", "--data-dir", str(data_dir), "--started", repr(started)]
    args += ["--entry", entry]
    if typing:
        args.append("--typing")
    done = subprocess.run(args, capture_output=True, text=True, env=env, timeout=300)
    if done.returncode != 0:
        raise SystemExit(f"the measured process failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--typing", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--started", type=float, help=argparse.SUPPRESS)
    parser.add_argument("--entry", choices=("cli", "gui"), default="cli", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.data_dir, args.started, args.typing, args.entry)
        return 0
    ensure_installed(args.data_dir)
    run_child(args.data_dir, typing=False)  # warm the disk cache once; this run is not counted
    for entry, what in (("cli", "the `refdesk` command"), ("gui", "refdesk.gui.app alone")):
        runs = [run_child(args.data_dir, typing=False, entry=entry) for _ in range(max(1, args.runs))]
        ready = [r["ready_s"] for r in runs]
        if entry == "cli":
            print(f"catalogue: {runs[0]['results']} resources in {args.data_dir}")
        print(
            f"cold start via {what}, {len(runs)} runs: "
            f"imports {statistics.median(r['imports_s'] for r in runs):.2f} s, "
            f"window shown {statistics.median(r['shown_s'] for r in runs):.2f} s, "
            f"ready (first search answered) median {statistics.median(ready):.2f} s, "
            f"worst {max(ready):.2f} s "
            f"(target < {TARGET_READY_S} s: {'OK' if max(ready) < TARGET_READY_S else 'MISSED'})"
        )
    typing = run_child(args.data_dir, typing=True)["typing"]
    for t in typing:
        verdict = "OK" if t["longest_gap_ms"] <= TARGET_STALL_MS else "MISSED"
        print(
            f"typing {len(QUERY)} keys every {t['key_interval_ms']} ms: longest event-loop gap "
            f"{t['longest_gap_ms']} ms (p99 {t['p99_gap_ms']} ms, {t['ticks']} ticks, "
            f"{t['searches_answered']} searches answered, "
            f"last key to answer {t['last_key_to_answer_ms']} ms) "
            f"(target <= {TARGET_STALL_MS:.0f} ms: {verdict})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
