"""The engine's own posting reader gives exactly what Whoosh's matchers give (index/matching.py).

matching.scores reads Whoosh's posting blocks itself (pinned whoosh-reloaded); if an upgrade or
a change of query shape made it drift from Whoosh, these comparisons fail.
"""

from __future__ import annotations

import pytest
from whoosh import query as wq

from refdesk.core.types import SearchRequest
from refdesk.index import engine as engine_module
from refdesk.index import matching
from refdesk.index.query import parse
from refdesk.services.library import Library

QUERIES = [
    "forced labour indicators",
    '"recruitment fee" broker',
    "debt bon*",
    "passports kept by the captain",
    "title:referral cambodia",
    "vessel OR shelter",
    "ผู้เสียหาย",
    "người lao động",
    "人口贩运",
    '"labour inspection" -child',
]


def _whoosh(searcher, query: wq.Query, among: list[int] | None = None) -> dict[int, float]:  # type: ignore[no-untyped-def]
    context = searcher.context()
    found: dict[int, float] = {}
    for leaf, offset in searcher.leaf_searchers():
        local = None if among is None else [d - offset for d in among if d >= offset]
        part = matching._whoosh_scores(leaf, query, context, local)
        found.update({offset + d: score for d, score in part.items()})
    return found


def _same(ours: dict[int, float], theirs: dict[int, float]) -> None:
    assert ours.keys() == theirs.keys()
    for docnum, score in theirs.items():
        assert ours[docnum] == pytest.approx(score, rel=1e-12)


@pytest.mark.parametrize("text", QUERIES)
def test_scores_equal_whooshs_in_both_tiers(small_library: Library, text: str) -> None:
    small_library.search(SearchRequest(text))  # opens the engine
    engine = small_library._open()[1]
    resources, pages = engine._searchers()
    every_page = list(range(pages.doc_count_all()))
    compared = 0
    outcome = engine_module._Outcome(ranked=[], total=0, facets={})
    for clause in parse(text).text_clauses:
        compiled = engine._compile(clause, outcome)
        if compiled is None:
            continue
        if compiled.resource_query is not None:
            _same(
                matching.scores(resources, compiled.resource_query),
                _whoosh(resources, compiled.resource_query),
            )
            compared += 1
        if compiled.page_query is not None:
            some = every_page[::3]
            ours = matching.scores(pages, compiled.page_query, some)
            _same(ours, _whoosh(pages, compiled.page_query, some))
            compared += 1
    assert compared


def test_a_phrase_needs_its_words_next_to_each_other(small_library: Library) -> None:
    small_library.search(SearchRequest("x"))
    resources, _pages = small_library._open()[1]._searchers()
    together = matching.scores(resources, wq.Phrase("title", ["forc", "labor"]))
    apart = matching.scores(resources, wq.Phrase("title", ["labor", "forc"]))
    assert together and not apart
    both = matching.scores(resources, wq.And([wq.Term("title", "labor"), wq.Term("title", "forc")]))
    assert set(together) <= set(both)


def test_deleted_documents_are_left_out_and_the_fast_path_kept(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """After an update deletes documents, a segment's postings come wrapped in Whoosh's filter;
    the engine reads beneath it, leaves the deleted documents out, and still matches Whoosh."""
    from whoosh import index

    from refdesk.index import schema
    from refdesk.index.analysis import analyze
    from refdesk.index.scoring import PageWeighting

    words = "forced labour debt bondage fishing vessel passport broker".split()
    ix = index.create_in(str(tmp_path), schema.page_schema())
    writer = ix.writer(compound=False)
    for n in range(400):  # several posting blocks of 128
        text = " ".join(words[(n + k) % len(words)] for k in range(5))
        writer.add_document(rid=f"r{n % 40}", doc="d", page=n, text=text)
    writer.commit()
    writer = ix.writer(compound=False)
    for rid in ("r0", "r7", "r13"):
        writer.delete_by_term("rid", rid)
    writer.commit(merge=False)

    with ix.searcher(weighting=PageWeighting()) as searcher:
        leaf = searcher.leaf_searchers()[0][0]
        assert leaf.reader().has_deletions()
        deleted = set(leaf.reader().deleted_docs_set)
        assert len(deleted) == 30
        debt, bondage = analyze("debt bondage")
        queries = [wq.Term("text", debt), wq.Phrase("text", [debt, bondage])]
        for query in queries:
            for among in (None, list(range(0, 400, 3)), sorted(deleted)):
                ours = matching.scores(searcher, query, among)
                assert not deleted & set(ours)
                _same(ours, _whoosh(searcher, query, among))
            assert matching.scores(searcher, query)  # something is left to find
        context = searcher.context()
        assert matching._term_scores(leaf, wq.Term("text", debt), context, None) is not None  # no fallback
