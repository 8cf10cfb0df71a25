"""Index layer: scoring a query's matches without Whoosh's matcher trees, and query building blocks.

A search walks every posting of its clauses in stage 1 and the postings of a few resources'
pages in stage 2. Whoosh's matcher objects cost a few microseconds a posting (union and
intersection trees, wrappers, a scorer call each), which was most of a search. For the shapes
the engine builds (terms, adjacent-word phrases, Or and And of them) `scores` reads each term's
postings itself, a block at a time (passing over blocks that hold none of the documents asked
for), scores them with the searcher's own weighting (`block_scores`) and combines them as
Whoosh's Or (sum), And (sum over the common documents, then the boost) and Phrase (the words'
sum where their positions follow each other) do. Anything else goes through Whoosh's own
matcher. The results equal Whoosh's (same documents, scores equal but for summation order;
checked on every clause of the benchmark's query mixes).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from itertools import accumulate
from pickle import loads
from typing import Any

from whoosh import query as wq
from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.formats import Positions
from whoosh.matching.wrappers import FilterMatcher
from whoosh.searching import Searcher
from whoosh.system import _INT_SIZE

Scores = dict[int, float]


def scores(searcher: Searcher, query: wq.Query, among: list[int] | None = None) -> Scores:
    """{document number: score} of every document the query matches, or of those of `among`
    (sorted document numbers) that it matches."""
    context = searcher.context()
    total: Scores = {}
    leaves = searcher.leaf_searchers()
    for index, (leaf, offset) in enumerate(leaves):
        local: list[int] | None = None
        if among is not None:
            limit = leaves[index + 1][1] if index + 1 < len(leaves) else None
            local = [d - offset for d in among if d >= offset and (limit is None or d < limit)]
            if not local:
                continue
        part = _scores(leaf, query, context, local)
        total.update(part if not offset else {offset + d: score for d, score in part.items()})
    return total


def _scores(leaf: Searcher, query: wq.Query, context: Any, among: list[int] | None) -> Scores:
    kind = type(query)
    fast: Scores | None = None
    if kind is wq.Term:
        fast = _term_scores(leaf, query, context, among)
    elif kind is wq.Phrase:
        fast = _phrase_scores(leaf, query, context, among)
    elif kind in (wq.Or, wq.And) and query.subqueries:
        subs = query.subqueries
        if len(subs) == 1:  # Whoosh uses the one subquery's matcher as it is, boost and all
            return _scores(leaf, subs[0], context, among)
        if kind is wq.And or (query.boost == 1.0 and not query.minmatch and not query.scale):
            parts = [_scores(leaf, sub, context, among) for sub in subs]
            if kind is wq.Or:
                fast = dict(parts[0])
                for part in parts[1:]:
                    for docnum, score in part.items():
                        fast[docnum] = fast.get(docnum, 0.0) + score
            else:
                common = set(parts[0]).intersection(*parts[1:])
                fast = {d: sum(part[d] for part in parts) for d in common}
                if query.boost != 1.0:
                    fast = {d: score * query.boost for d, score in fast.items()}
    return fast if fast is not None else _whoosh_scores(leaf, query, context, among)


def _whoosh_scores(leaf: Searcher, query: wq.Query, context: Any, among: list[int] | None) -> Scores:
    """Whoosh's own matcher: every match, or skipping through to the documents of `among`."""
    found: Scores = {}
    matcher = query.matcher(leaf, context)
    if among is None:
        while matcher.is_active():
            found[matcher.id()] = matcher.score()
            matcher.next()
        return found
    for target in among:
        if not matcher.is_active():
            break
        if matcher.id() < target:
            matcher.skip_to(target)
            if not matcher.is_active():
                break
        if matcher.id() == target:
            found[target] = matcher.score()
    return found


def _postings(leaf: Searcher, fieldname: str, word: str) -> tuple[Any, bytes, frozenset[int]] | None:
    """A term's raw postings, its bytes and the segment's deleted documents (which the raw
    postings still list); None when the field or the term is absent."""
    if fieldname not in leaf.schema:
        return None
    try:
        text = leaf.schema[fieldname].to_bytes(word)
    except ValueError:
        return None
    reader = leaf.reader()
    if (fieldname, text) not in reader:
        return None
    postings = reader.postings(fieldname, text)
    deleted: frozenset[int] = frozenset()
    if isinstance(postings, FilterMatcher):
        # A segment with deletions (any catalogue after its first update) wraps its postings in a
        # filter: read the postings beneath it and leave out the deleted documents here.
        postings, deleted = postings.child, frozenset(reader.deleted_docs_set)
    return postings, text, deleted


def _term_scores(
    leaf: Searcher,
    query: wq.Term,
    context: Any,
    among: list[int] | None,
    values: dict[int, bytes] | None = None,
) -> Scores | None:
    """One term's scored postings, or None when this shortcut does not apply. With `values`,
    each matching document's raw posting value (its encoded positions) is kept there too.

    Postings are read a block at a time. With `among`, a block holding none of those documents
    is passed over on its header alone (as Whoosh's skip_to does), and the others are matched
    against them as a set instead of skipping to each document in turn."""
    found_postings = _postings(leaf, query.fieldname, query.text)
    if found_postings is None:
        return {}
    postings, text, deleted = found_postings
    scorer = context.weighting.scorer(leaf, query.fieldname, text)
    if not isinstance(postings, W3LeafMatcher) or not hasattr(scorer, "block_scores"):
        return None
    boost = query.boost
    found: Scores = {}
    wanted = None if among is None else set(among)
    next_wanted = 0  # with `among`: the first of them not yet passed
    while postings.is_active():
        if among is not None:
            if next_wanted == len(among):
                break
            block_max = postings.block_max_id()
            if among[next_wanted] > block_max:
                postings._next_block()
                continue
            next_wanted = bisect_right(among, block_max, next_wanted)
        postings.id(), postings.weight()  # loads the block's document numbers and weights
        ids = postings._ids
        block = scorer.block_scores(ids, postings._weights)
        if values is not None:
            postings.value()
            raw = postings._values
        for i, docnum in enumerate(ids):
            if (wanted is not None and docnum not in wanted) or docnum in deleted:
                continue
            found[docnum] = block[i] * boost if boost != 1.0 else block[i]
            if values is not None:
                values[docnum] = raw[i]
        postings._next_block()
    return found


def _phrase_scores(leaf: Searcher, query: wq.Phrase, context: Any, among: list[int] | None) -> Scores | None:
    """Adjacent words (slop 1): the documents holding all of them, kept where their positions
    follow each other. Whoosh's phrase matcher computes spans at every document with all the
    words; here positions are decoded only for those documents (or those of `among`)."""
    fieldname = query.fieldname
    if query.slop != 1 or fieldname not in leaf.schema:
        return None
    field = leaf.schema[fieldname]
    if type(field.format) is not Positions:  # its subclasses encode positions differently
        return None
    words = list(query.words)
    where: list[dict[int, bytes]] = [{} for _ in words]
    per_word = [
        _term_scores(leaf, wq.Term(fieldname, word), context, among, spots)
        for word, spots in zip(words, where, strict=True)
    ]
    parts = [part for part in per_word if part is not None]
    if len(parts) != len(words):
        return None
    common = set(parts[0]).intersection(*parts[1:])
    found: Scores = {}
    for docnum in common:
        starts = set(_positions(where[0][docnum]))
        for shift, spots in enumerate(where[1:], 1):
            starts.intersection_update(p - shift for p in _positions(spots[docnum]))
            if not starts:
                break
        if starts:
            score = sum(part[docnum] for part in parts)
            found[docnum] = score * query.boost if query.boost != 1.0 else score
    return found


def _positions(value: bytes) -> list[int]:
    """Word positions from a posting value as Whoosh's Positions format writes it (a count,
    then the pickled gaps between positions); Whoosh's own decoder without its per-call work."""
    gaps = loads(value[_INT_SIZE:] if value.endswith(b".") else value[_INT_SIZE:] + b".")
    return list(accumulate(gaps))


def sequence(fieldname: str, terms: list[str], boost: float) -> wq.Query:
    if len(terms) == 1:
        return wq.Term(fieldname, terms[0], boost=boost)
    return wq.Phrase(fieldname, terms, slop=1, boost=boost)


def any_of(parts: Iterable[wq.Query | None]) -> wq.Query | None:
    real = [p for p in parts if p is not None]
    if not real:
        return None
    return real[0] if len(real) == 1 else wq.Or(real)
