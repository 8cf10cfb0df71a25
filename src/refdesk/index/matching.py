"""Index layer: walking Whoosh matchers directly (no Results objects), and query building blocks."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from whoosh import query as wq
from whoosh.searching import Searcher


def matches(searcher: Searcher, query: wq.Query) -> Iterator[tuple[int, float]]:
    """(document number, score) of every document the query matches, segment by segment."""
    context = searcher.context()
    for leaf, offset in searcher.leaf_searchers():
        matcher = query.matcher(leaf, context)
        while matcher.is_active():
            yield offset + matcher.id(), matcher.score()
            matcher.next()


def matches_among(searcher: Searcher, query: wq.Query, docnums: list[int]) -> Iterator[tuple[int, float]]:
    """Like _matches, but only for the given (sorted) document numbers, skipping the rest."""
    context = searcher.context()
    leaves = searcher.leaf_searchers()
    for index, (leaf, offset) in enumerate(leaves):
        limit = leaves[index + 1][1] if index + 1 < len(leaves) else None
        local = [d - offset for d in docnums if d >= offset and (limit is None or d < limit)]
        if not local:
            continue
        matcher = query.matcher(leaf, context)
        for target in local:
            if not matcher.is_active():
                break
            if matcher.id() < target:
                matcher.skip_to(target)
                if not matcher.is_active():
                    break
            if matcher.id() == target:
                yield offset + target, matcher.score()


def sequence(fieldname: str, terms: list[str], boost: float) -> wq.Query:
    if len(terms) == 1:
        return wq.Term(fieldname, terms[0], boost=boost)
    return wq.Phrase(fieldname, terms, slop=1, boost=boost)


def any_of(parts: Iterable[wq.Query | None]) -> wq.Query | None:
    real = [p for p in parts if p is not None]
    if not real:
        return None
    return real[0] if len(real) == 1 else wq.Or(real)
