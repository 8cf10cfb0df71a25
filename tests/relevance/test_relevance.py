"""Search quality on the bundled catalogue: a judged query set scored by nDCG@10 and MRR.

The judgments in judgments.yaml were written from the catalogue's content, not from the
engine's output. The test prints the figures (run with -s to see them) and fails when quality
falls below the floors, when a PDF hit lands on the wrong page, or a misspelling goes uncorrected.
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest
import yaml

from refdesk.config.paths import AppPaths
from refdesk.core.types import SearchFilters, SearchRequest
from refdesk.services.library import Library

JUDGMENTS = Path(__file__).with_name("judgments.yaml")
NDCG_FLOOR = 0.88
MRR_FLOOR = 0.95


def dcg(gains: list[float]) -> float:
    return sum((2**g - 1) / math.log2(i + 2) for i, g in enumerate(gains))


def ndcg_at(ranked: list[str], relevant: dict[str, int], k: int = 10) -> float:
    ideal = dcg(sorted(relevant.values(), reverse=True)[:k])
    return dcg([relevant.get(r, 0) for r in ranked[:k]]) / ideal if ideal else 0.0


def reciprocal_rank(ranked: list[str], relevant: dict[str, int]) -> float:
    for index, rid in enumerate(ranked, start=1):
        if relevant.get(rid, 0) > 0:
            return 1.0 / index
    return 0.0


@pytest.fixture(scope="module")
def bundled(tmp_path_factory: pytest.TempPathFactory) -> Library:
    library = Library(AppPaths(tmp_path_factory.mktemp("bundled")))
    library.ensure_installed()
    yield library
    library.close()


def load() -> list[dict]:
    return yaml.safe_load(JUDGMENTS.read_text(encoding="utf-8"))


def test_judgments_are_well_formed(bundled: Library) -> None:
    cases = load()
    assert len(cases) >= 40
    for case in cases:
        for rid in case["relevant"]:
            bundled.resource(rid)  # raises if a judged id is not in the catalogue


def test_search_quality(bundled: Library) -> None:
    rows = []
    wrong_pages, missed_corrections = [], []
    for case in load():
        filters = SearchFilters(**{k: tuple(v) for k, v in case.get("filters", {}).items()})
        result = bundled.search(SearchRequest(case["query"], filters=filters, limit=10))
        ranked = [h.id for h in result.hits]
        relevant = case["relevant"]
        rows.append(
            (
                case["query"],
                case.get("kind", ""),
                ndcg_at(ranked, relevant),
                reciprocal_rank(ranked, relevant),
            )
        )
        for rid, page in (case.get("pages") or {}).items():
            hit = next((h for h in result.hits if h.id == rid), None)
            if hit is None or hit.page != page:
                wrong_pages.append((case["query"], rid, page, hit.page if hit else "not in top 10"))
        if "correction" in case and result.corrected_query != case["correction"]:
            missed_corrections.append((case["query"], case["correction"], result.corrected_query))
    mean_ndcg = sum(r[2] for r in rows) / len(rows)
    mrr = sum(r[3] for r in rows) / len(rows)
    print(f"\n{'query':<52} {'kind':<12} nDCG@10  RR")
    for query, kind, nd, rr in rows:
        print(f"{query[:52]:<52} {kind:<12} {nd:6.3f} {rr:5.2f}")
    print(f"\n{len(rows)} queries: mean nDCG@10 = {mean_ndcg:.3f}, MRR = {mrr:.3f}")
    print(f"pages wrong: {wrong_pages}\ncorrections missed: {missed_corrections}")
    assert not wrong_pages
    assert not missed_corrections
    assert mean_ndcg >= NDCG_FLOOR
    assert mrr >= MRR_FLOOR
