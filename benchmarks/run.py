"""Search benchmark (issue 3): RefDesk's engine against an SQLite FTS5 peer on the same catalogue.

    python benchmarks/run.py --size 1000            # ~5M words: generate, build both, measure
    python benchmarks/run.py --size 200 --words 200000   # a quick check that the scripts work
    python benchmarks/run.py --size 5000 --repeats 1     # ~25M words (build ~10 min)

Steps, each heavy one in its own child process, one at a time:
1. generate the catalogue source (cached in benchmarks/data/, regenerated when generate.py or
   the parameters change);
2. build the RefDesk generation with services.builder.install_source ("publish build"), timed,
   with its size on disk (reused when the index-building code is unchanged, unless --rebuild);
3. build the FTS5 baseline from the same source (same reuse rule);
4. run the fixed query mix (benchmarks/queries.py) against each engine in a fresh process:
   one warm-up pass, then --repeats timed passes in a seeded shuffled order; each query's time is
   the median of its repeats. RefDesk: SearchResult.took_ms (time inside the engine, the
   window's view) and the wall time around Library.search();
5. "first query after opening": fresh processes that open the catalogue and answer one query;
6. print the table and write benchmarks/out/results-<size>.json.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
DATA = HERE / "data"
OUT = HERE / "out"
sys.path.insert(0, str(HERE))

#: The folder holding the `refdesk` package that is measured: the checkout's src/, or another
#: one given with --refdesk-src (e.g. a copy of src/ at an older commit). Paths below are
#: relative to it.
SRC_ROOT = REPO / "src"
#: Code that decides what install_source writes: a change here invalidates a cached RefDesk build.
REFDESK_BUILD_CODE = [
    "refdesk/index/*.py",
    "refdesk/catalogue/*.py",
    "refdesk/store/*.py",
    "refdesk/services/builder.py",
    "refdesk/config/names.py",
    "refdesk/core/*.py",
]
#: Query-time-only modules, excluded from the hash above.
REFDESK_QUERY_ONLY = frozenset(
    {"refdesk/index/engine.py", "refdesk/index/query.py", "refdesk/index/snippets.py"}
)
#: The FTS5 build also depends on benchmarks/fts5_baseline.py itself.
FTS5_BUILD_CODE = ["refdesk/catalogue/*.py", "refdesk/index/builder.py"]

#: Code a search or a build runs: a change during a run makes its figures a mix of versions.
SEARCH_CODE = [
    "refdesk/*.py",
    "refdesk/index/*.py",
    "refdesk/catalogue/*.py",
    "refdesk/store/*.py",
    "refdesk/services/*.py",
    "refdesk/core/*.py",
    "refdesk/config/*.py",
    "refdesk/sync/*.py",
]
NOT_MEASURED = "not measured by this script (see issue 6 / benchmarks/gui_latency.py)"


# --------------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------------


def proc_status() -> dict[str, float]:
    """VmRSS, VmHWM, RssAnon, RssFile of this process, in MB (Linux)."""
    out: dict[str, float] = {}
    try:
        with open("/proc/self/status", encoding="ascii") as handle:
            for line in handle:
                key, _, value = line.partition(":")
                if key in ("VmRSS", "VmHWM", "RssAnon", "RssFile"):
                    out[key] = round(int(value.split()[0]) / 1024, 1)
    except OSError:
        import resource

        out["VmHWM"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    return out


def cpu_seconds() -> float:
    import resource

    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def du(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def code_hash(
    patterns: list[str], exclude: frozenset[str] = frozenset(), extra: tuple[Path, ...] = ()
) -> str:
    """A hash of the files of SRC_ROOT matching `patterns`, of `extra` files and of Whoosh's version."""
    digest = hashlib.sha256()
    for path in extra:
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    for pattern in patterns:
        for path in sorted(SRC_ROOT.glob(pattern)):
            rel = path.relative_to(SRC_ROOT).as_posix()
            if rel in exclude:
                continue
            digest.update(rel.encode() + b"\0" + path.read_bytes() + b"\0")
    try:
        from importlib.metadata import version

        digest.update(version("Whoosh-Reloaded").encode())
    except Exception:
        pass
    return digest.hexdigest()[:16]


def percentile(values: list[float], q: float) -> float | None:
    """Linear-interpolated percentile (q in 0..100); None for no values."""
    if not values:
        return None
    ordered = sorted(values)
    if len(ordered) == 1:
        return ordered[0]
    pos = (len(ordered) - 1) * q / 100
    lo = int(pos)
    hi = min(lo + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (pos - lo)


def calibrate() -> float:
    """Milliseconds for a fixed pure-Python loop (best of 5): how fast the machine is right now."""
    best = float("inf")
    for _ in range(5):
        started = time.perf_counter()
        total = 0
        for i in range(300_000):
            total += i * i
        best = min(best, time.perf_counter() - started)
    return round(best * 1000, 1)


def machine_info() -> dict:
    info: dict = {
        "cpus": os.cpu_count(),
        "platform": platform.platform(),
        "python": platform.python_version(),
    }
    try:
        import sqlite3

        info["sqlite"] = sqlite3.sqlite_version
        from importlib.metadata import version

        info["whoosh"] = "Whoosh-Reloaded " + version("Whoosh-Reloaded")
    except Exception:
        pass
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                info["cpu"] = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                info["memory_gb"] = round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    return info


def git_commit(root: Path = REPO) -> str | None:
    """The commit checked out in `root`, read from its .git (no git command is run)."""
    git = root / ".git"
    try:
        if git.is_file():  # a worktree: "gitdir: PATH"
            git = Path(git.read_text().strip().removeprefix("gitdir: "))
        head = (git / "HEAD").read_text().strip()
        if not head.startswith("ref: "):
            return head
        ref = head[5:]
        if (git / ref).is_file():
            return (git / ref).read_text().strip()
        packed = git / "packed-refs"
        if packed.is_file():
            for line in packed.read_text().splitlines():
                if line.endswith(" " + ref):
                    return line.split()[0]
    except OSError:
        pass
    return None


def say(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def run_worker(args: list[str], timeout: float | None = None) -> dict:
    """Run `run.py _worker ...` in a child process; returns the JSON it wrote."""
    out = DATA / f".worker-{os.getpid()}.json"
    if out.exists():
        out.unlink()
    cmd = [sys.executable, str(Path(__file__).resolve()), "_worker", *args, "--out", str(out)]
    started = time.perf_counter()
    env = dict(os.environ)
    if SRC_ROOT != REPO / "src":  # measure another copy of the package
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(SRC_ROOT), env.get("PYTHONPATH")]))
    done = subprocess.run(cmd, timeout=timeout, check=False, env=env)
    wall = time.perf_counter() - started
    if done.returncode != 0 or not out.exists():
        raise SystemExit(f"worker failed ({done.returncode}): {' '.join(args)}")
    data = json.loads(out.read_text(encoding="utf-8"))
    out.unlink()
    data["process_wall_ms"] = round(wall * 1000, 1)
    return data


# --------------------------------------------------------------------------------------------
# Workers (child processes)
# --------------------------------------------------------------------------------------------


def worker_build_refdesk(source: Path, target: Path) -> dict:
    from refdesk.config.paths import AppPaths
    from refdesk.services.builder import install_source

    if target.exists():
        shutil.rmtree(target)
    paths = AppPaths(target)
    marks: list[tuple[str, float]] = []
    cpu0 = cpu_seconds()
    started = time.perf_counter()
    generation = install_source(paths, source, progress=lambda m: marks.append((m, time.perf_counter())))
    seconds = time.perf_counter() - started
    cpu = cpu_seconds() - cpu0
    marks.append(("done", time.perf_counter()))
    phases = {marks[i][0]: round(marks[i + 1][1] - marks[i][1], 2) for i in range(len(marks) - 1)}
    folder = paths.generation(generation)
    sizes = {
        "index_resources_bytes": du(folder / "index" / "resources"),
        "index_pages_bytes": du(folder / "index" / "pages"),
        "catalogue_sqlite_bytes": du(folder / "catalogue.sqlite"),
        "documents_bytes": du(paths.documents_dir),
    }
    sizes["index_bytes"] = sizes["index_resources_bytes"] + sizes["index_pages_bytes"]
    sizes["generation_bytes"] = du(folder)
    segments = {tier: len(list((folder / "index" / tier).glob("*.seg"))) for tier in ("resources", "pages")}
    return {
        "seconds": round(seconds, 2),
        "cpu_seconds": round(cpu, 2),
        "phases_s": phases,
        "sizes": sizes,
        "segments": segments,
        "peak_rss_mb": proc_status().get("VmHWM"),
        "date": time.strftime("%Y-%m-%d %H:%M:%S %z"),
    }


def worker_build_fts5(source: Path, target: Path) -> dict:
    import fts5_baseline

    cpu0 = cpu_seconds()
    info = fts5_baseline.build(source, target)
    info["cpu_seconds"] = round(cpu_seconds() - cpu0, 2)
    info["peak_rss_mb"] = proc_status().get("VmHWM")
    info["date"] = time.strftime("%Y-%m-%d %H:%M:%S %z")
    return info


def _open_engine(engine: str, target: Path):
    """(search function, close function) for an engine."""
    if engine == "refdesk":
        from refdesk.config.paths import AppPaths
        from refdesk.services.library import Library

        library = Library(AppPaths(target))
        return library.search, library.close
    import fts5_baseline

    baseline = fts5_baseline.Fts5Search(target)
    return baseline.search, baseline.close


def _summary(result) -> dict:
    return {
        "total": result.total,
        "corrected": result.corrected_query,
        "ids": [h.id for h in result.hits[:10]],
        "pages": sum(1 for h in result.hits if h.page is not None),
        "hits": len(result.hits),
        "marked": sum(1 for h in result.hits if "<b>" in (h.snippet or "")),
    }


def worker_measure(engine: str, target: Path, queries_path: Path, repeats: int) -> dict:
    import queries as qmod

    mix = json.loads(queries_path.read_text(encoding="utf-8"))
    rss_start = proc_status()
    started = time.perf_counter()
    search, close = _open_engine(engine, target)
    items = [(q, qmod.request_of(q)) for q in mix]
    # Snippet cost: each snippet query again with an empty page of results, timed right after
    # its twin (paired, so that a change in the machine's load hits both alike).
    twin: dict[int, int] = {}
    for i, q in enumerate(mix):
        if q["kind"] == "snippets":
            twin[i] = len(items)
            items.append(({**q, "kind": "snippets_limit0", "limit": 0}, qmod.request_of(q, limit=0)))
    records = [
        {
            "n": i,
            "kind": q["kind"],
            "query": q["query"],
            "filters": q["filters"],
            "limit": q["limit"],
            "expect": q.get("expect"),
            "took_ms": [],
            "wall_ms": [],
            "cpu_ms": [],
        }
        for i, (q, _r) in enumerate(items)
    ]
    # Warm-up: every query once, in the mix's order.
    warm_started = time.perf_counter()
    for i, (_q, request) in enumerate(items):
        try:
            result = search(request)
            records[i]["result"] = _summary(result)
        except Exception as exc:
            records[i]["error"] = f"{type(exc).__name__}: {exc}"
    warm_seconds = time.perf_counter() - warm_started
    rss_after_warm = proc_status()
    rss_max = rss_after_warm.get("VmRSS", 0.0)
    for rep in range(repeats):
        order = list(range(len(mix)))
        random.Random(f"refdesk-bench-order-{rep}").shuffle(order)
        order = [j for i in order for j in ((i, twin[i]) if i in twin else (i,))]
        for count, i in enumerate(order):
            request = items[i][1]
            if "error" in records[i]:
                continue
            c0 = time.process_time()
            t0 = time.perf_counter()
            result = search(request)
            wall = (time.perf_counter() - t0) * 1000
            cpu = (time.process_time() - c0) * 1000
            records[i]["took_ms"].append(result.took_ms)
            records[i]["wall_ms"].append(round(wall, 3))
            records[i]["cpu_ms"].append(round(cpu, 3))
            if count % 25 == 0:
                rss_max = max(rss_max, proc_status().get("VmRSS", 0.0))
    rss_end = proc_status()
    close()
    import refdesk

    return {
        "engine": engine,
        "refdesk_package": str(Path(refdesk.__file__).parent),
        "repeats": repeats,
        "warmup_seconds": round(warm_seconds, 1),
        "seconds": round(time.perf_counter() - started, 1),
        "memory_mb": {
            "before_open": rss_start.get("VmRSS"),
            "after_warmup": rss_after_warm,
            "max_rss_while_searching": rss_max,
            "end": rss_end,
        },
        "records": records,
    }


def worker_probe(engine: str, target: Path, query: dict) -> dict:
    t0 = time.perf_counter()
    import queries as qmod

    if engine == "refdesk":
        import refdesk.services.library  # noqa: F401 - timed: what a fresh process imports
    else:
        import fts5_baseline  # noqa: F401
    t1 = time.perf_counter()
    search, close = _open_engine(engine, target)
    result = search(qmod.request_of(query))
    t2 = time.perf_counter()
    close()
    return {
        "import_ms": round((t1 - t0) * 1000, 1),
        "open_and_first_query_ms": round((t2 - t1) * 1000, 1),
        "first_query_took_ms": result.took_ms,
        "total": result.total,
        "query": query["query"],
        "rss_mb": proc_status().get("VmRSS"),
    }


def worker_main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="run.py _worker")
    parser.add_argument("action", choices=("build-refdesk", "build-fts5", "measure", "probe"))
    parser.add_argument("--engine", choices=("refdesk", "fts5"))
    parser.add_argument("--source", type=Path)
    parser.add_argument("--target", type=Path, required=True)
    parser.add_argument("--queries", type=Path)
    parser.add_argument("--query-json")
    parser.add_argument("--repeats", type=int, default=1)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    if args.action == "build-refdesk":
        data = worker_build_refdesk(args.source, args.target)
    elif args.action == "build-fts5":
        data = worker_build_fts5(args.source, args.target)
    elif args.action == "measure":
        data = worker_measure(args.engine, args.target, args.queries, args.repeats)
    else:
        data = worker_probe(args.engine, args.target, json.loads(args.query_json))
    args.out.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return 0


# --------------------------------------------------------------------------------------------
# Orchestration
# --------------------------------------------------------------------------------------------


def ensure_source(resources: int, words: int, seed: str) -> tuple[Path, dict]:
    import generate

    gen_hash = hashlib.sha256((HERE / "generate.py").read_bytes()).hexdigest()[:16]
    folder = DATA / f"source-r{resources}-w{words}-s{seed}"
    manifest_path = folder / "generator.json"
    if manifest_path.is_file():
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        if manifest.get("code_hash") == gen_hash:
            say(f"source: cached {folder.relative_to(REPO)}")
            return folder, manifest
    say(f"source: generating {resources} resources, {words:,} words of documents (seed {seed})")
    manifest = generate.generate(folder, resources, words, seed)
    manifest["code_hash"] = gen_hash
    manifest_path.write_text(json.dumps(manifest, indent=1, ensure_ascii=False), encoding="utf-8")
    say(
        f"source: {manifest['stats']['documents']} documents, {manifest['stats']['pages']} pages, "
        f"{manifest['stats']['document_words']:,} words in {manifest['seconds']} s"
    )
    return folder, manifest


def ensure_build(kind: str, source: Path, target: Path, source_manifest: dict, rebuild: bool) -> dict:
    if kind == "refdesk":
        signature = code_hash(REFDESK_BUILD_CODE, REFDESK_QUERY_ONLY)
    else:
        signature = code_hash(FTS5_BUILD_CODE, extra=(HERE / "fts5_baseline.py",))
    signature += "-" + source_manifest["code_hash"]
    record = target.parent / f"{target.name}.build.json"
    if not rebuild and record.is_file() and target.exists():
        previous = json.loads(record.read_text(encoding="utf-8"))
        if previous.get("signature") == signature:
            say(
                f"{kind}: reusing the build from {previous['date']} (build code unchanged; --rebuild to redo)"
            )
            previous["reused"] = True
            return previous
    say(f"{kind}: building into {target.relative_to(REPO)}")
    if target.is_dir():
        shutil.rmtree(target)
    elif target.exists():
        target.unlink()
    info = run_worker([f"build-{kind}", "--source", str(source), "--target", str(target)])
    info["signature"] = signature
    record.write_text(json.dumps(info, indent=1), encoding="utf-8")
    info["reused"] = False
    say(f"{kind}: built in {info['seconds']} s")
    return info


def _median(values: list[float]) -> float | None:
    return statistics.median(values) if values else None


def summarise(records: list[dict], field: str = "took_ms") -> dict[str, dict]:
    """Per kind: p50/p95/max over queries of each query's median time."""
    by_kind: dict[str, list[float]] = {}
    for rec in records:
        value = _median(rec[field])
        if value is not None:
            by_kind.setdefault(rec["kind"], []).append(value)
    out = {}
    for kind, values in by_kind.items():
        out[kind] = {
            "n": len(values),
            "p50": round(percentile(values, 50), 2),
            "p95": round(percentile(values, 95), 2),
            "max": round(max(values), 2),
            "mean": round(statistics.fmean(values), 2),
        }
    return out


def snippet_cost(records: list[dict]) -> dict | None:
    """Per snippet query: median time with 10 results minus with 0 (the cost of the 10 snippets)."""
    with_hits = {r["query"]: _median(r["took_ms"]) for r in records if r["kind"] == "snippets"}
    without = {r["query"]: _median(r["took_ms"]) for r in records if r["kind"] == "snippets_limit0"}
    diffs = [
        with_hits[q] - without[q]
        for q in with_hits
        if with_hits[q] is not None and without.get(q) is not None
    ]
    if not diffs:
        return None
    return {"n": len(diffs), "p50": round(percentile(diffs, 50), 2), "p95": round(percentile(diffs, 95), 2)}


def same_terms(corrected: str | None, expect: str) -> bool:
    """Whether a suggested query means the intended one (same index terms: 'survivor' = 'survivors')."""
    from refdesk.index.analysis import analyze

    return corrected is not None and analyze(corrected) == analyze(expect)


def agreement(ref: list[dict], fts: list[dict]) -> tuple[dict, list[dict]]:
    """How far the two engines agree, per kind, and the queries that look wrong."""
    per_kind: dict[str, dict] = {}
    flagged: list[dict] = []
    for a, b in zip(ref, fts, strict=True):
        kind = a["kind"]
        if kind == "snippets_limit0":
            continue
        stats = per_kind.setdefault(
            kind,
            {
                "queries": 0,
                "errors_refdesk": 0,
                "errors_fts5": 0,
                "zero_refdesk": 0,
                "zero_fts5": 0,
                "same_total": 0,
                "overlap_at_10": [],
                "corrected_refdesk": 0,
                "corrected_fts5": 0,
                "correct_as_intended_refdesk": 0,
                "correct_as_intended_fts5": 0,
                "page_snippets_refdesk": 0,
                "page_snippets_fts5": 0,
                "hits_refdesk": 0,
                "hits_fts5": 0,
            },
        )
        stats["queries"] += 1
        for name, rec in (("refdesk", a), ("fts5", b)):
            if "error" in rec:
                stats[f"errors_{name}"] += 1
                flagged.append(
                    {
                        "why": f"{name} raised an error",
                        "kind": kind,
                        "query": rec["query"],
                        "filters": rec["filters"],
                        "error": rec["error"],
                    }
                )
        if "error" in a or "error" in b:
            continue
        ra, rb = a["result"], b["result"]
        stats["zero_refdesk"] += ra["total"] == 0
        stats["zero_fts5"] += rb["total"] == 0
        stats["same_total"] += ra["total"] == rb["total"]
        stats["page_snippets_refdesk"] += ra["pages"]
        stats["page_snippets_fts5"] += rb["pages"]
        stats["hits_refdesk"] += ra["hits"]
        stats["hits_fts5"] += rb["hits"]
        if ra["ids"] or rb["ids"]:
            k = max(1, min(10, len(ra["ids"]), len(rb["ids"])))
            stats["overlap_at_10"].append(len(set(ra["ids"][:10]) & set(rb["ids"][:10])) / k)
        stats["corrected_refdesk"] += ra["corrected"] is not None
        stats["corrected_fts5"] += rb["corrected"] is not None
        expect = a.get("expect")
        ok_a = expect is not None and same_terms(ra["corrected"], expect)
        ok_b = expect is not None and same_terms(rb["corrected"], expect)
        stats["correct_as_intended_refdesk"] += ok_a
        stats["correct_as_intended_fts5"] += ok_b
        base = {
            "kind": kind,
            "query": a["query"],
            "filters": a["filters"],
            "refdesk_total": ra["total"],
            "fts5_total": rb["total"],
            "refdesk_corrected": ra["corrected"],
            "fts5_corrected": rb["corrected"],
        }
        if (ra["total"] == 0) != (rb["total"] == 0):
            flagged.append({"why": "one engine finds nothing", **base})
        elif (
            ra["total"]
            and rb["total"]
            and max(ra["total"], rb["total"]) > 2 * min(ra["total"], rb["total"]) + 2
        ):
            flagged.append({"why": "totals differ by more than 2x", **base})
        if kind != "misspelling" and ra["corrected"] is not None:
            flagged.append({"why": "RefDesk corrected a query with no misspelling", **base})
        if expect and ra["corrected"] is not None and not ok_a:
            flagged.append({"why": f"RefDesk suggested something else than '{a['expect']}'", **base})
        if expect and ra["corrected"] is None:
            flagged.append({"why": f"RefDesk offered no correction (intended '{a['expect']}')", **base})
    for stats in per_kind.values():
        overlaps = stats.pop("overlap_at_10")
        stats["mean_overlap_at_10"] = round(statistics.fmean(overlaps), 2) if overlaps else None
    return per_kind, flagged


def fmt(value: float | None, width: int = 7) -> str:
    if value is None:
        return "-".rjust(width)
    if value >= 100:
        return f"{value:{width}.0f}"
    return f"{value:{width}.1f}"


def ratio(a: float | None, b: float | None) -> float | None:
    if a is None or b is None or b <= 0:
        return None
    return round(a / b, 1)


def print_report(results: dict) -> None:
    if results.get("code_changed_during_run"):
        print()
        print("WARNING: search or build code changed while this ran; the builds, the timed passes and the")
        print("probes may have used different versions. Run it again when the code is stable. Changed:")
        print("  " + ", ".join(results.get("files_changed_during_run", [])))
    ref = results["refdesk"]["latency_ms"]
    fts = results["fts5"]["latency_ms"]
    params = results["params"]
    print()
    print(
        f"RefDesk search benchmark: {params['resources']} resources, "
        f"{results['catalogue']['document_words']:,} words in {results['catalogue']['documents']} documents "
        f"({results['catalogue']['pages']:,} pages); seed {params['seed']}; "
        f"{params['repeats']} timed pass(es) after a warm-up; {results['date']}"
    )
    print("Milliseconds, p50 / p95 over the queries of each kind (RefDesk: SearchResult.took_ms);")
    print("CPU: the process's CPU time per query (p50), steadier than elapsed time on a busy machine.")
    print()
    cpu_r, cpu_f = results["refdesk"]["cpu_ms"], results["fts5"]["cpu_ms"]
    header = (
        f"{'kind':<16}{'n':>4} | {'RefDesk p50':>11} {'p95':>7} | {'FTS5 p50':>9} {'p95':>7} | "
        f"{'ratio p50':>9} {'p95':>6} | {'CPU R p50':>9} {'F p50':>6} | zero hits R/F"
    )
    print(header)
    print("-" * len(header))
    agree = results["agreement"]
    for kind in results["kinds"]:
        a, b = ref.get(kind), fts.get(kind)
        if not a or not b:
            continue
        ag = agree.get(kind, {})
        print(
            f"{kind:<16}{a['n']:>4} | {fmt(a['p50'], 11)} {fmt(a['p95'])} | "
            f"{fmt(b['p50'], 9)} {fmt(b['p95'])} | "
            f"{fmt(ratio(a['p50'], b['p50']), 9)} {fmt(ratio(a['p95'], b['p95']), 6)} | "
            f"{fmt(cpu_r.get(kind, {}).get('p50'), 9)} {fmt(cpu_f.get(kind, {}).get('p50'), 6)} | "
            f"{ag.get('zero_refdesk', 0)}/{ag.get('zero_fts5', 0)}"
        )
    all_r, all_f = results["refdesk"]["latency_all_ms"], results["fts5"]["latency_all_ms"]
    print(
        f"{'all kinds':<16}{all_r['n']:>4} | {fmt(all_r['p50'], 11)} {fmt(all_r['p95'])} | "
        f"{fmt(all_f['p50'], 9)} {fmt(all_f['p95'])} | {fmt(ratio(all_r['p50'], all_f['p50']), 9)} "
        f"{fmt(ratio(all_r['p95'], all_f['p95']), 6)} |"
    )
    sr, sf = results["refdesk"]["snippet_cost_ms"], results["fts5"]["snippet_cost_ms"]
    if sr and sf:
        print(
            f"{'(snippet cost)':<16}{sr['n']:>4} | {fmt(sr['p50'], 11)} {fmt(sr['p95'])} | "
            f"{fmt(sf['p50'], 9)} {fmt(sf['p95'])} |   (top 10 minus top 0, same queries)"
        )
    wr = results["refdesk"]["wall_all_ms"]
    print(f"RefDesk wall time around Library.search(), all kinds: p50 {wr['p50']} / p95 {wr['p95']} ms")
    print()
    for name in ("refdesk", "fts5"):
        first = results[name]["first_query"]
        build = results[name]["build"]
        mem = results[name]["memory_mb"]
        label = "RefDesk" if name == "refdesk" else "FTS5"
        size = build["sizes"]["index_bytes"] if name == "refdesk" else build["db_bytes"]
        reused = " (reused build)" if build.get("reused") else ""
        print(
            f"{label}: build {build['seconds']} s wall / {build['cpu_seconds']} s CPU{reused}, "
            f"index {size / 1e6:.1f} MB"
            + (
                f" (+ catalogue.sqlite {build['sizes']['catalogue_sqlite_bytes'] / 1e6:.1f} MB)"
                if name == "refdesk"
                else ""
            )
        )
        print(
            f"    first query after opening (fresh process, {first['n']} probes): open + first query "
            f"p50 {first['open_and_first_query_ms_p50']} ms, max {first['open_and_first_query_ms_max']} ms; "
            f"process start to answer p50 {first['process_wall_ms_p50']} ms"
        )
        print(
            f"    RSS while searching: max {mem['max_rss_while_searching']} MB "
            f"(before opening {mem['before_open']} MB, peak {mem['end'].get('VmHWM')} MB)"
        )
    print()
    print(f"client apply time for a 1-resource delta: {NOT_MEASURED}")
    print(f"cold start to interactive window: {NOT_MEASURED}")
    flagged = results["flagged"]
    if flagged:
        print()
        print(f"{len(flagged)} queries flagged (first 25; all in the JSON):")
        for item in flagged[:25]:
            extra = item.get("error") or (
                f"RefDesk {item.get('refdesk_total')} / FTS5 {item.get('fts5_total')}"
                f"; corrected R={item.get('refdesk_corrected')!r} F={item.get('fts5_corrected')!r}"
            )
            print(f"  [{item['kind']}] {item['query']!r} {item['filters'] or ''}: {item['why']}: {extra}")
    print()
    print(f"written: {results['output']}")


def markdown_table(results: dict) -> str:
    """The per-kind table as Markdown (for benchmarks/README.md and issue comments)."""
    ref, fts = results["refdesk"]["latency_ms"], results["fts5"]["latency_ms"]
    cpu_r, cpu_f = results["refdesk"]["cpu_ms"], results["fts5"]["cpu_ms"]
    lines = [
        "| kind | n | RefDesk p50 | RefDesk p95 | FTS5 p50 | FTS5 p95 | ratio p50 | ratio p95 "
        "| CPU p50 RefDesk | CPU p50 FTS5 |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    rows = [(k, ref.get(k), fts.get(k)) for k in results["kinds"]]
    rows.append(("all kinds", results["refdesk"]["latency_all_ms"], results["fts5"]["latency_all_ms"]))
    sr, sf = results["refdesk"]["snippet_cost_ms"], results["fts5"]["snippet_cost_ms"]
    if sr and sf:
        rows.append(("(snippet cost)", sr, sf))
    for kind, a, b in rows:
        if not a or not b:
            continue
        ca, cb = cpu_r.get(kind, {}).get("p50"), cpu_f.get(kind, {}).get("p50")
        cells = [
            kind,
            str(a["n"]),
            fmt(a["p50"], 0),
            fmt(a["p95"], 0),
            fmt(b["p50"], 0),
            fmt(b["p95"], 0),
            fmt(ratio(a["p50"], b["p50"]), 0),
            fmt(ratio(a["p95"], b["p95"]), 0),
            fmt(ca, 0),
            fmt(cb, 0),
        ]
        lines.append("| " + " | ".join(c.strip() for c in cells) + " |")
    return "\n".join(lines)


def compare(old_path: Path, new_path: Path) -> None:
    """RefDesk's p50/p95 per kind in two results files (before and after a change)."""
    old, new = (json.loads(p.read_text(encoding="utf-8")) for p in (old_path, new_path))
    for results, path in ((old, old_path), (new, new_path)):
        print(
            f"{path}: {results['date']}, {results['params']['resources']} resources, "
            f"commit {str(results.get('commit'))[:10]}, code {results.get('refdesk_code_hash')}"
        )
    if old["params"] != new["params"]:
        print("NOTE: the parameters differ:", old["params"], new["params"])
    print()
    print(
        f"{'kind':<16} | {'p50 before':>10} {'after':>7} {'change':>7} | "
        f"{'p95 before':>10} {'after':>7} {'change':>7}"
    )
    kinds = [*dict.fromkeys(old["kinds"] + new["kinds"]), "all"]
    for kind in kinds:
        if kind == "all":
            a, b = old["refdesk"]["latency_all_ms"], new["refdesk"]["latency_all_ms"]
        else:
            a, b = old["refdesk"]["latency_ms"].get(kind), new["refdesk"]["latency_ms"].get(kind)
        if not a or not b:
            continue
        change50 = f"{(b['p50'] / a['p50'] - 1) * 100:+.0f}%" if a["p50"] else "-"
        change95 = f"{(b['p95'] / a['p95'] - 1) * 100:+.0f}%" if a["p95"] else "-"
        print(
            f"{kind:<16} | {fmt(a['p50'], 10)} {fmt(b['p50'])} {change50:>7} | "
            f"{fmt(a['p95'], 10)} {fmt(b['p95'])} {change95:>7}"
        )
    for key in ("first_query",):
        a, b = old["refdesk"][key], new["refdesk"][key]
        print(
            f"first query after opening (p50): {a['open_and_first_query_ms_p50']} -> "
            f"{b['open_and_first_query_ms_p50']} ms"
        )
    a, b = old["refdesk"]["build"], new["refdesk"]["build"]
    print(
        f"publish build: {a['seconds']} -> {b['seconds']} s; index "
        f"{a['sizes']['index_bytes'] / 1e6:.1f} -> {b['sizes']['index_bytes'] / 1e6:.1f} MB"
    )
    a, b = old["refdesk"]["memory_mb"], new["refdesk"]["memory_mb"]
    print(f"RSS while searching: {a['max_rss_while_searching']} -> {b['max_rss_while_searching']} MB")


def probes(engine: str, target: Path, mix: list[dict], count: int) -> dict:
    picks = []
    for kind in ("one_word", "two_words", "phrase", "fields", "snippets", "three_words", "prefix"):
        picks += [q for q in mix if q["kind"] == kind][:1]
    picks = (picks * 3)[:count]
    rows = []
    for query in picks:
        data = run_worker(
            [
                "probe",
                "--engine",
                engine,
                "--target",
                str(target),
                "--query-json",
                json.dumps(query, ensure_ascii=False),
            ]
        )
        rows.append(data)
    values = [r["open_and_first_query_ms"] for r in rows]
    walls = [r["process_wall_ms"] for r in rows]
    return {
        "n": len(rows),
        "what": "a fresh process imports the engine, opens the catalogue and answers one query "
        "(OS page cache warm)",
        "open_and_first_query_ms_p50": round(percentile(values, 50), 1),
        "open_and_first_query_ms_max": round(max(values), 1),
        "process_wall_ms_p50": round(percentile(walls, 50), 1),
        "probes": rows,
    }


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["_worker"]:
        return worker_main(argv[1:])
    import generate
    import queries as qmod

    parser = argparse.ArgumentParser(description="RefDesk search benchmark against an SQLite FTS5 peer.")
    parser.add_argument("--size", type=int, default=1000, help="number of resources (1000, 5000, 20000)")
    parser.add_argument(
        "--words",
        type=int,
        default=None,
        help=f"words of document text (default {generate.DEFAULT_WORDS_PER_RESOURCE} per resource)",
    )
    parser.add_argument("--seed", default="1")
    parser.add_argument("--per-kind", type=int, default=60, help="queries per kind (default 60)")
    parser.add_argument(
        "--repeats",
        type=int,
        default=None,
        help="timed passes after the warm-up (default: 3 for 500-2000 resources, 2 up to 10000, else 1)",
    )
    parser.add_argument("--probes", type=int, default=5, help="fresh-process first-query probes per engine")
    parser.add_argument("--rebuild", action="store_true", help="rebuild both indexes even if cached")
    parser.add_argument(
        "--out", type=Path, default=None, help="results JSON (default out/results-<size>.json)"
    )
    parser.add_argument(
        "--refdesk-src",
        type=Path,
        default=None,
        help="measure the refdesk package in this folder (e.g. a copy of src/ at an older commit) "
        "instead of the checkout's src/",
    )
    parser.add_argument(
        "--report", type=Path, metavar="RESULTS_JSON", help="print the report of a results file"
    )
    parser.add_argument("--markdown", action="store_true", help="with --report: the table as Markdown")
    parser.add_argument(
        "--compare",
        type=Path,
        nargs=2,
        metavar=("BEFORE_JSON", "AFTER_JSON"),
        help="compare RefDesk's latencies in two results files",
    )
    args = parser.parse_args(argv)
    if args.compare:
        compare(*args.compare)
        return 0
    if args.report:
        results = json.loads(args.report.read_text(encoding="utf-8"))
        if args.markdown:
            print(markdown_table(results))
        else:
            print_report(results)
        return 0
    global SRC_ROOT
    if args.refdesk_src is not None:
        SRC_ROOT = args.refdesk_src.resolve()
        if not (SRC_ROOT / "refdesk" / "__init__.py").is_file():
            parser.error(f"{SRC_ROOT} holds no refdesk package")
    words = args.words if args.words is not None else args.size * generate.DEFAULT_WORDS_PER_RESOURCE
    # Three timed passes where they are affordable; one for quick checks and big catalogues.
    if args.repeats is not None:
        repeats = args.repeats
    else:
        repeats = 1 if args.size < 500 else 3 if args.size <= 2000 else 2 if args.size <= 10000 else 1
    DATA.mkdir(exist_ok=True)
    OUT.mkdir(exist_ok=True)
    out_path = args.out or OUT / f"results-{args.size}.json"
    started = time.perf_counter()
    load_start = os.getloadavg()
    calibration_before = calibrate()
    code_before = code_hash(SEARCH_CODE)
    started_wall = time.time()

    source, manifest = ensure_source(args.size, words, args.seed)
    tag = f"r{args.size}-w{words}-s{args.seed}"
    default_src = SRC_ROOT == REPO / "src"
    src_tag = "" if default_src else "-src" + hashlib.sha256(str(SRC_ROOT).encode()).hexdigest()[:8]
    refdesk_dir = DATA / f"refdesk-{tag}{src_tag}"
    fts5_db = DATA / f"fts5-{tag}{src_tag}.sqlite"
    refdesk_build = ensure_build("refdesk", source, refdesk_dir, manifest, args.rebuild)
    fts5_build = ensure_build("fts5", source, fts5_db, manifest, args.rebuild)

    english_words = manifest["stats"]["words_by_language"].get("en", words)
    facts = [json.loads(line) for line in (source / "facts.jsonl").read_text(encoding="utf-8").splitlines()]
    mix = qmod.build_mix(args.seed, args.size, words, english_words, facts, args.per_kind)
    queries_path = DATA / f"queries-{tag}.json"
    queries_path.write_text(json.dumps(mix, ensure_ascii=False, indent=0), encoding="utf-8")
    say(f"query mix: {len(mix)} queries, {args.per_kind} per kind; {repeats} timed pass(es) after a warm-up")

    measured = {}
    for engine, target in (("refdesk", refdesk_dir), ("fts5", fts5_db)):
        say(f"{engine}: measuring")
        measured[engine] = run_worker(
            [
                "measure",
                "--engine",
                engine,
                "--target",
                str(target),
                "--queries",
                str(queries_path),
                "--repeats",
                str(repeats),
            ]
        )
        say(f"{engine}: {measured[engine]['seconds']} s")
    first = {}
    for engine, target in (("refdesk", refdesk_dir), ("fts5", fts5_db)):
        say(f"{engine}: {args.probes} first-query probes in fresh processes")
        first[engine] = probes(engine, target, mix, args.probes)
    calibration_after = calibrate()
    code_after = code_hash(SEARCH_CODE)
    changed_files = sorted(
        path.relative_to(SRC_ROOT).as_posix()
        for pattern in SEARCH_CODE
        for path in SRC_ROOT.glob(pattern)
        if path.stat().st_mtime > started_wall
    )

    ref_records, fts_records = measured["refdesk"]["records"], measured["fts5"]["records"]
    per_kind, flagged = agreement(ref_records, fts_records)
    results: dict = {
        "benchmark": "refdesk search (issue 3)",
        "status": "before optimisation",
        "date": time.strftime("%Y-%m-%d %H:%M %z"),
        "command": "python benchmarks/run.py " + " ".join(argv),
        "commit": git_commit(),
        "refdesk_src": str(SRC_ROOT),
        "refdesk_src_commit": git_commit() if default_src else git_commit(SRC_ROOT.parent),
        "refdesk_code_hash": code_before,
        "code_changed_during_run": code_before != code_after,
        "files_changed_during_run": changed_files,
        "machine": {
            **machine_info(),
            "loadavg_start": load_start,
            "loadavg_end": os.getloadavg(),
            "calibration_ms_before": calibration_before,
            "calibration_ms_after": calibration_after,
        },
        "params": {
            "resources": args.size,
            "words": words,
            "seed": args.seed,
            "per_kind": args.per_kind,
            "repeats": repeats,
            "limit": qmod.DEFAULT_LIMIT,
            "snippet_limit": qmod.SNIPPET_LIMIT,
        },
        "catalogue": {
            **manifest["stats"],
            "documents_share": manifest["documents_share"],
            "source": str(source.relative_to(REPO)),
        },
        "kinds": list(qmod.KINDS),
        "placeholders": {
            "client_apply_time_1_resource_delta": NOT_MEASURED,
            "cold_start_to_interactive_window": NOT_MEASURED,
        },
    }
    for engine, build in (("refdesk", refdesk_build), ("fts5", fts5_build)):
        records = measured[engine]["records"]
        results[engine] = {
            "build": build,
            "latency_ms": summarise(records, "took_ms"),
            "latency_all_ms": summarise(
                [{**r, "kind": "all"} for r in records if r["kind"] != "snippets_limit0"], "took_ms"
            )["all"],
            "wall_ms": summarise(records, "wall_ms"),
            "wall_all_ms": summarise(
                [{**r, "kind": "all"} for r in records if r["kind"] != "snippets_limit0"], "wall_ms"
            )["all"],
            "cpu_ms": summarise(records, "cpu_ms"),
            "snippet_cost_ms": snippet_cost(records),
            "memory_mb": measured[engine]["memory_mb"],
            "first_query": first[engine],
            "measure_seconds": measured[engine]["seconds"],
            "refdesk_package": measured[engine].get("refdesk_package"),
        }
        results[engine]["build"]["publish_build_time_s" if engine == "refdesk" else "build_time_s"] = build[
            "seconds"
        ]
    results["agreement"] = per_kind
    results["flagged"] = flagged
    results["queries"] = [
        {k: r[k] for k in ("n", "kind", "query", "filters", "limit", "expect")}
        | {
            "refdesk_took_ms": r["took_ms"],
            "refdesk_wall_ms": r["wall_ms"],
            "refdesk": r.get("result"),
            "refdesk_error": r.get("error"),
            "fts5_took_ms": f["took_ms"],
            "fts5": f.get("result"),
            "fts5_error": f.get("error"),
        }
        for r, f in zip(ref_records, fts_records, strict=True)
    ]
    results["seconds"] = round(time.perf_counter() - started, 1)
    results["output"] = str(out_path)
    out_path.write_text(json.dumps(results, indent=1, ensure_ascii=False), encoding="utf-8")
    print_report(results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
