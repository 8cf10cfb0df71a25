"""Benchmark: a one-resource change on a 5,000-resource catalogue, full snapshot versus delta.

Generates a catalogue with small documents (benchmarks/generate.py, cached in benchmarks/data/),
publishes release 1 and release 2 (one resource's summary edited) into a static repository, then
updates two copies of a data dir holding release 1: one through the delta, one through the full
snapshot (a second repository that publishes release 2 without deltas). Prints bytes downloaded,
wall time to apply, and search times afterwards (a fixed list of queries, so that a slower index
after a delta shows). Not a test; run:

    .venv/bin/python benchmarks/update_delta.py [--resources 5000] [--words 1000000]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))

import generate  # noqa: E402

from refdesk.config.paths import AppPaths  # noqa: E402
from refdesk.core.types import SearchRequest  # noqa: E402
from refdesk.services import publishing  # noqa: E402
from refdesk.services.library import Library  # noqa: E402
from refdesk.services.updates import CatalogueUpdates  # noqa: E402

#: Searched after each update: a catalogue updated by a delta has deleted documents in its
#: index (the changed resource's old edition), one updated in full has none; their search
#: times should match (faa72ad: they did not).
QUERIES = [
    "passport",
    "recruitment fee",
    "debt bondage fishing",
    '"forced labour"',
    '"labour inspector"',
    "traf*",
    "shelter cambodia",
    "victim identification",
    '"debt bondage"',
    "wages withheld",
]


def _search_ms(data: Path, passes: int = 5) -> tuple[float, float]:
    """Median and worst of each query's median `took_ms` over `passes`, after a warm-up pass."""
    library = Library(AppPaths(data))
    try:
        for query in QUERIES:
            library.search(SearchRequest(query))
        times = [
            statistics.median(library.search(SearchRequest(query)).took_ms for _ in range(passes))
            for query in QUERIES
        ]
    finally:
        library.close()
    return statistics.median(times), max(times)


def _timed(label: str, action):  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    result = action()
    elapsed = time.perf_counter() - started
    print(f"  {label}: {elapsed:.1f} s", file=sys.stderr)
    return result, elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--resources", type=int, default=5000)
    parser.add_argument(
        "--words", type=int, default=1_000_000, help="document words in all (small documents)"
    )
    args = parser.parse_args(argv)

    source = HERE / "data" / f"update-{args.resources}-{args.words}"
    if not (source / "catalogue.yaml").is_file():
        print(f"generating {source}", file=sys.stderr)
        generate.main([str(source), "--resources", str(args.resources), "--words", str(args.words)])

    with tempfile.TemporaryDirectory(prefix="refdesk-bench-") as tmp:
        work = Path(tmp)
        edited = work / "source"
        shutil.copytree(source, edited)
        keys = work / "keys"
        publishing.create_keys(keys)
        repo = work / "repo"
        _timed("publish release 1", lambda: publishing.build_release(edited, repo, keys))
        base = work / "data-v1"
        root = (keys / "root.json").read_bytes()
        installed, full_install_s = _timed(
            "first install (full snapshot)",
            lambda: CatalogueUpdates(AppPaths(base)).update([str(repo)], trust=root),
        )
        no_delta_repo = work / "repo-full"
        shutil.copytree(repo, no_delta_repo)

        target = sorted((edited / "resources").rglob("*.md"))[0]
        target.write_text(
            target.read_text(encoding="utf-8") + "\nOne more sentence for release 2.\n", "utf-8"
        )
        built, _ = _timed(
            "publish release 2 (with deltas)", lambda: publishing.build_release(edited, repo, keys)
        )
        publishing.build_release(edited, no_delta_repo, keys, depth=0)

        rows = []
        for name, source_repo in (("delta", repo), ("full", no_delta_repo)):
            data = work / f"data-{name}"
            shutil.copytree(base, data, symlinks=True)
            result, seconds = _timed(
                f"update via {name}",
                lambda d=data, r=source_repo: CatalogueUpdates(AppPaths(d)).update([str(r)]),
            )
            assert result.method == name and result.to_version == 2, result
            rows.append((name, result.downloaded_bytes, seconds, result.changed, *_search_ms(data)))

    print(f"\n{args.resources} resources, {installed.added} installed, 1 resource changed")
    print(f"snapshot {built.snapshot_bytes:,} bytes; delta from 1: {built.delta_bytes.get(1, 0):,} bytes")
    print(
        f"{'method':<8}{'downloaded bytes':>18}{'apply (s)':>12}{'changed':>9}"
        f"{'search after, median ms':>26}{'worst':>8}"
    )
    for name, size, seconds, changed, median, worst in rows:
        print(f"{name:<8}{size:>18,}{seconds:>12.2f}{changed!s:>9}{median:>26.1f}{worst:>8.1f}")
    print(f"(first install of the full catalogue: {full_install_s:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
