"""Index layer: walking Whoosh matchers directly (no Results objects), and query building blocks."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from whoosh import query as wq
from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.searching import Searcher

from .scoring import TableScorer


def matches(searcher: Searcher, query: wq.Query) -> Iterator[tuple[int, float]]:
    """(document number, score) of every document the query matches, segment by segment."""
    context = searcher.context()
    for leaf, offset in searcher.leaf_searchers():
        matcher = query.matcher(leaf, context)
        while matcher.is_active():
            yield offset + matcher.id(), matcher.score()
            matcher.next()


def scores(searcher: Searcher, query: wq.Query) -> dict[int, float]:
    """{document number: score} of every document the query matches, as `matches` yields them.

    Stage 1 walks every posting of a clause; Whoosh's matcher objects cost a few microseconds a
    posting (union trees, wrappers, a scorer call each). For the shapes stage 1 builds (terms,
    and Or/And of them) this reads each term's postings a block at a time, scores them with the
    same BM25F table and combines them in dicts, as Whoosh's Or (sum) and And (sum over the
    common documents, then the boost) do. Anything else goes through Whoosh's own matcher.
    """
    context = searcher.context()
    total: dict[int, float] = {}
    for leaf, offset in searcher.leaf_searchers():
        part = _scores(leaf, query, context)
        total.update(part if not offset else {offset + d: score for d, score in part.items()})
    return total


def _scores(leaf: Searcher, query: wq.Query, context: Any) -> dict[int, float]:
    kind = type(query)
    if kind is wq.Term:
        fast = _term_scores(leaf, query, context)
        if fast is not None:
            return fast
    elif kind is wq.Phrase:
        fast = _phrase_scores(leaf, query, context)
        if fast is not None:
            return fast
    elif kind in (wq.Or, wq.And) and query.subqueries:
        subs = query.subqueries
        if len(subs) == 1:  # Whoosh uses the one subquery's matcher as it is, boost and all
            return _scores(leaf, subs[0], context)
        if kind is wq.And or (query.boost == 1.0 and not query.minmatch and not query.scale):
            parts = [_scores(leaf, sub, context) for sub in subs]
            combined: dict[int, float]
            if kind is wq.Or:
                combined = dict(parts[0])
                for part in parts[1:]:
                    for docnum, score in part.items():
                        combined[docnum] = combined.get(docnum, 0.0) + score
            else:
                common = set(parts[0]).intersection(*parts[1:])
                combined = {d: sum(part[d] for part in parts) for d in common}
                if query.boost != 1.0:
                    combined = {d: score * query.boost for d, score in combined.items()}
            return combined
    found: dict[int, float] = {}
    matcher = query.matcher(leaf, context)
    while matcher.is_active():
        found[matcher.id()] = matcher.score()
        matcher.next()
    return found


def _term_scores(leaf: Searcher, query: wq.Term, context: Any) -> dict[int, float] | None:
    """One term's postings, block by block, or None when this shortcut does not apply."""
    fieldname = query.fieldname
    if fieldname not in leaf.schema:
        return {}
    try:
        text = leaf.schema[fieldname].to_bytes(query.text)
    except ValueError:
        return {}
    reader = leaf.reader()
    if (fieldname, text) not in reader:
        return {}
    scorer = context.weighting.scorer(leaf, fieldname, text)
    postings = reader.postings(fieldname, text)
    if not isinstance(scorer, TableScorer) or not isinstance(postings, W3LeafMatcher):
        return None
    idf, top, norm, boost = scorer.idf, scorer.top, scorer.norm, query.boost
    found: dict[int, float] = {}
    while postings.is_active():
        postings.id(), postings.weight()  # loads the block's document numbers and weights
        for docnum, weight in zip(postings._ids, postings._weights, strict=True):
            score = idf * (weight * top) / (weight + norm[docnum])
            found[docnum] = score * boost if boost != 1.0 else score
        postings._next_block()
    return found


def _phrase_scores(leaf: Searcher, query: wq.Phrase, context: Any) -> dict[int, float] | None:
    """A phrase of adjacent words (slop 1): the documents holding all its words, kept where their
    positions follow each other, scored as Whoosh does (the words' scores summed, then the
    boost). Whoosh's own phrase matcher computes spans for every document with all the words."""
    fieldname = query.fieldname
    if query.slop != 1 or fieldname not in leaf.schema:
        return None
    field = leaf.schema[fieldname]
    if not field.format or not field.format.supports("positions"):
        return None
    words = list(query.words)
    per_word = [_term_scores(leaf, wq.Term(fieldname, word), context) for word in words]
    if any(part is None for part in per_word):
        return None
    parts = [part for part in per_word if part is not None]
    common = sorted(set(parts[0]).intersection(*parts[1:]))
    if not common:
        return {}
    reader = leaf.reader()
    postings = [reader.postings(fieldname, field.to_bytes(word)) for word in words]
    found: dict[int, float] = {}
    for docnum in common:
        where = []
        for posting in postings:
            if posting.id() < docnum:
                posting.skip_to(docnum)
            where.append(posting.value_as("positions"))
        later = [set(positions) for positions in where[1:]]
        if any(all(start + i in spots for i, spots in enumerate(later, 1)) for start in where[0]):
            score = sum(part[docnum] for part in parts)
            found[docnum] = score * query.boost if query.boost != 1.0 else score
    return found


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
