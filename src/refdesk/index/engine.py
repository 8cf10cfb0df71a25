"""Index layer: the search engine over a generation's two indexes.

Query words are looked up in the resource tier (title, summary, publishers, facet names) and the
page tier (every page of every document). Results are grouped per resource: a resource's score
adds its field score and its best page's score, scaled by how many of the query's clauses it
satisfies anywhere; the best page is remembered for the snippet and the viewer.
"""

from __future__ import annotations

import gc
import heapq
import itertools
import logging
import math
import threading
import time
import warnings
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from whoosh import query as wq
from whoosh.searching import Searcher

from refdesk.core.errors import CorruptDataError
from refdesk.core.i18n import translate
from refdesk.core.types import SearchFilters, SearchHit, SearchRequest, SearchResult

from . import schema, spelling
from .analysis import analyze, analyze_with_offsets, fold, query_languages
from .facets import FacetTable
from .matching import any_of, sequence
from .matching import scores as clause_scores
from .query import Clause, FieldClause, ParsedQuery, Phrase, Word, YearRange, parse
from .scoring import PageWeighting, ResourceWeighting
from .snippets import make_snippet

log = logging.getLogger(__name__)

PageText = Callable[[str, int], str]

# How much a page's score counts beside the resource's own fields.
PAGE_WEIGHT = 0.6
# Resources in the reader's language (or the query's script) win when relevance is close.
LANGUAGE_BOOST = 1.2
# The share of a matching edition's score that its other language editions receive.
TRANSLATION_SHARE = 0.25
# A resource's document words (each once) weigh this much beside its own fields.
BODY_WEIGHT = 0.5
# How many leading results are re-ranked with their best pages (stage 2).
RERANK_DEPTH = 30
# A small bonus for resources with many matching pages.
DEPTH_WEIGHT = 0.5
# Bounds on prefix expansion: words looked at, and words searched (the most common ones).
MAX_PREFIX_SCAN = 2000
MAX_PREFIX_TERMS = 12


@dataclass
class _Compiled:
    """A text clause turned into Whoosh queries for each tier."""

    resource_query: wq.Query | None
    page_query: wq.Query | None
    facet_rids: set[str] | None = None  # a field alternative inside an OR clause


@dataclass
class _Outcome:
    ranked: list[tuple[str, float]]
    total: int
    facets: dict[str, dict[str, int]]
    clauses: list[_Compiled] = field(default_factory=list)
    best_page: dict[str, tuple[int, float, int]] = field(default_factory=dict)  # docnum, score, met
    clause_rids: list[set[str]] = field(default_factory=list)
    weights: list[float] = field(default_factory=list)
    cover: dict[str, float] = field(default_factory=dict)
    terms: set[str] = field(default_factory=set)
    words: list[str] = field(default_factory=list)


class SearchEngine:
    """Searches one generation. Thread-safe: each thread gets its own pair of searchers."""

    def __init__(self, index_root: Path, page_text: PageText) -> None:
        self._page_text = page_text
        # Whoosh leaves a damaged index's table-of-contents file open when it fails to parse
        # it; the handle is released when the exception goes, so keep that quiet here.
        failure = None
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ResourceWarning)
            try:
                self._res_ix, self._page_ix = schema.open_for_search(index_root)
                with self._res_ix.searcher() as searcher:
                    stored = list(searcher.reader().iter_docs())
                with self._page_ix.reader() as pages:  # opens the page tier now: damage shows here
                    pages.doc_count()
            except Exception as exc:  # a damaged index fails in many ways; all mean the same here
                failure = f"{type(exc).__name__}: {exc}"
            if failure is not None:
                gc.collect()
        if failure is not None:
            raise CorruptDataError(
                translate(
                    "Errors",
                    "The search index in {folder} cannot be opened ({reason}); "
                    "reinstall the catalogue with 'refdesk update'.",
                ).format(folder=index_root, reason=failure)
            )
        self._info: dict[str, dict] = {}
        self._rid_of_doc: dict[int, str] = {}
        for docnum, fields in stored:
            self._info[fields["rid"]] = fields["info"]
            self._rid_of_doc[docnum] = fields["rid"]
        self._facets = FacetTable(self._info)
        # Sort keys, computed once: newest first (undated last), then title.
        self._newest = {rid: -(data["year"] or 0) for rid, data in self._info.items()}
        self._title_key = {rid: data["title"].casefold() for rid, data in self._info.items()}
        self._local = threading.local()
        self._lock = threading.Lock()
        self._open: list[Searcher] = []
        # Made at opening, not by the first search with words (at 5,000 resources that search
        # took 95 ms, 24 the same query again): the resource of every page, by document number,
        # and the pages of each resource; and the resource tier's length tables for this
        # thread's searcher (the engine is opened on the thread that searches).
        res_searcher, page_searcher = self._searchers()
        self._page_rid = _page_rids(page_searcher)
        self._pages_of: dict[str, list[int]] = {}
        for docnum, rid in enumerate(self._page_rid):
            self._pages_of.setdefault(rid, []).append(docnum)
        res_searcher.weighting.prepare(res_searcher, (*schema.FIELD_WEIGHTS, "body"))

    # -- searchers -------------------------------------------------------------------------

    def _searchers(self) -> tuple[Searcher, Searcher]:
        pair = getattr(self._local, "pair", None)
        if pair is None:
            pair = (
                self._res_ix.searcher(weighting=ResourceWeighting()),
                self._page_ix.searcher(weighting=PageWeighting()),
            )
            self._local.pair = pair
            with self._lock:
                self._open.extend(pair)
        return pair

    def close(self) -> None:
        with self._lock:
            for searcher in self._open:
                searcher.close()
            self._open.clear()
        self._local = threading.local()

    @property
    def resource_count(self) -> int:
        return len(self._info)

    # -- the public call -------------------------------------------------------------------

    def search(self, request: SearchRequest) -> SearchResult:
        started = time.perf_counter()
        parsed = parse(request.query)
        preferred = set(query_languages(parsed.text)) or ({request.language} if request.language else set())
        # A correction replaces words no catalogue text uses, so the query as typed could only
        # do worse: search the corrected one first and fall back only when it finds nothing.
        corrected = spelling.correct(parsed, self._searchers()[0].reader())
        outcome = self._run(parse(corrected), request.filters, preferred) if corrected else None
        if outcome is None or outcome.total == 0:
            corrected = None
            outcome = self._run(parsed, request.filters, preferred)
        hits = self._hits(outcome, request)
        took = (time.perf_counter() - started) * 1000
        return SearchResult(
            query=request.query,
            total=outcome.total,
            took_ms=round(took, 2),
            corrected_query=corrected,
            hits=tuple(hits),
            facets=outcome.facets,
            terms=tuple(dict.fromkeys(outcome.words)),
        )

    # -- compiling clauses -----------------------------------------------------------------

    def _compile(self, clause: Clause, outcome: _Outcome) -> _Compiled | None:
        res_parts: list[wq.Query] = []
        page_parts: list[wq.Query] = []
        facet_rids: set[str] | None = None
        for atom in clause.alternatives:
            if isinstance(atom, FieldClause) and atom.name == "title":
                terms = analyze(atom.value)
                outcome.terms.update(terms)
                outcome.words.extend(atom.value.split())
                if terms:
                    res_parts.append(sequence("title", terms, 4.0))
            elif isinstance(atom, FieldClause | YearRange):
                facet_rids = (facet_rids or set()) | self._facets.filter_atom(atom)
            elif isinstance(atom, Word) and atom.prefix:
                stems = self._expand_prefix(fold(atom.raw))
                outcome.terms.update(stems)
                outcome.words.append(atom.raw)
                if not stems:
                    stems = [fold(atom.raw)]  # matches nothing, so the clause stays unmet
                res_parts.append(
                    wq.Or(
                        [wq.Term(f, t, boost=w) for f, w in schema.FIELD_WEIGHTS.items() for t in stems]
                        + [wq.Term("body", t, boost=BODY_WEIGHT) for t in stems]
                    )
                )
                page_parts.append(wq.Or([wq.Term("text", t) for t in stems]))
            else:
                raw = atom.raw
                terms = analyze(raw)
                if not terms:
                    continue
                outcome.terms.update(terms)
                outcome.words.extend(raw.split() if isinstance(atom, Phrase) else [raw])
                # The body holds each document word once, without positions: a phrase there is
                # all of its words; the pages confirm the phrase for the results shown.
                body = wq.And([wq.Term("body", t) for t in terms], boost=BODY_WEIGHT)
                res_parts.append(
                    wq.Or([*(sequence(f, terms, w) for f, w in schema.FIELD_WEIGHTS.items()), body])
                )
                page_parts.append(sequence("text", terms, 1.0))
        if not res_parts and not page_parts and facet_rids is None:
            return None
        return _Compiled(
            resource_query=any_of(res_parts),
            page_query=any_of(page_parts),
            facet_rids=facet_rids,
        )

    def _expand_prefix(self, prefix: str) -> list[str]:
        """Index terms for the words that start with `prefix`, most common first, bounded.

        Words are expanded on the unstemmed vocabulary and then stemmed, because a typed
        prefix ("indicat") is often not a prefix of the stem ("indic").
        """
        res_searcher, _ = self._searchers()
        reader = res_searcher.reader()
        scanned = itertools.islice(reader.iter_prefix("spell", prefix), MAX_PREFIX_SCAN)
        common = heapq.nlargest(MAX_PREFIX_TERMS, scanned, key=lambda item: item[1].doc_frequency())
        stems: dict[str, None] = {}
        for word, _info in common:
            for term in analyze(word if isinstance(word, str) else word.decode("utf-8")):
                stems[term] = None
        return list(stems)

    # -- running ---------------------------------------------------------------------------

    def _run(self, parsed: ParsedQuery, filters: SearchFilters, preferred: set[str]) -> _Outcome:
        res_searcher, page_searcher = self._searchers()
        outcome = _Outcome(ranked=[], total=0, facets={})
        compiled = [c for c in (self._compile(cl, outcome) for cl in parsed.text_clauses) if c]
        outcome.clauses = compiled

        allowed = self._facets.query_filters(parsed)
        excluded = self._excluded(parsed, res_searcher)

        if not compiled:
            base = set(self._info) if allowed is None else allowed
            base -= excluded
            scores = dict.fromkeys(base, 0.0)
        else:
            scores = self._score(compiled, outcome, res_searcher, page_searcher, excluded, allowed)
            if preferred:
                for rid in scores:
                    if preferred.intersection(self._info[rid]["language"]):
                        scores[rid] *= LANGUAGE_BOOST

        per_facet = self._facets.request_sets(filters)
        candidates = set(scores)
        for rids in per_facet.values():
            candidates &= rids
        outcome.total = len(candidates)
        outcome.facets = self._facets.counts(set(scores), per_facet)
        outcome.ranked = [(rid, scores[rid]) for rid in candidates]
        return outcome

    def _score(
        self,
        compiled: list[_Compiled],
        outcome: _Outcome,
        res_searcher: Searcher,
        page_searcher: Searcher,
        excluded: set[str],
        allowed: set[str] | None,
    ) -> dict[str, float]:
        # Stage 1, every match: one pass over each clause's postings in the resource tier
        # (fields, and the body that holds each document word once). Pages come in stage 2.
        field_scores: dict[str, float] = {}
        clause_fields: list[set[str]] = []
        for clause in compiled:
            in_fields: set[str] = set()
            if clause.resource_query is not None:
                for docnum, score in clause_scores(res_searcher, clause.resource_query).items():
                    rid = self._rid_of_doc[docnum]
                    in_fields.add(rid)
                    field_scores[rid] = field_scores.get(rid, 0.0) + score
            if clause.facet_rids is not None:
                in_fields |= clause.facet_rids
            clause_fields.append(in_fields)
        outcome.clause_rids = clause_fields

        # Rare words weigh more: "ask" and "check" in a question count less than "bondage".
        total = max(1, len(self._info))
        weights = [math.log(1 + total / len(rids)) if rids else math.log(1 + total) for rids in clause_fields]
        whole = sum(weights) or 1.0
        outcome.weights = [w / whole for w in weights]
        cover: dict[str, float] = {}
        for weight, rids in zip(outcome.weights, clause_fields, strict=True):
            for rid in rids:
                cover[rid] = cover.get(rid, 0.0) + weight

        scores: dict[str, float] = {}
        # Every resource that meets any clause is listed; the share of the query's weight it
        # meets (squared) orders full matches before partial ones.
        for rid, share in cover.items():
            if rid in excluded or (allowed is not None and rid not in allowed):
                continue
            scores[rid] = field_scores.get(rid, 0.0) * share**2 + 0.01
        outcome.cover = cover
        self._propagate_to_editions(scores, excluded, allowed)
        return scores

    def _propagate_to_editions(
        self, scores: dict[str, float], excluded: set[str], allowed: set[str] | None
    ) -> None:
        """Other language editions of a matching work are listed too, below the edition that matched."""
        shares: dict[str, float] = {}
        for rid, score in scores.items():
            for other in self._info[rid].get("translations", ()):
                if other in self._info and other not in excluded and (allowed is None or other in allowed):
                    shares[other] = max(shares.get(other, 0.0), score * TRANSLATION_SHARE)
        for rid, share in shares.items():
            if share > scores.get(rid, 0.0):
                scores[rid] = share

    # -- filters and facets ------------------------------------------------------------------

    def _excluded(self, parsed: ParsedQuery, res_searcher: Searcher) -> set[str]:
        excluded: set[str] = set()
        for clause in parsed.negative:
            for atom in clause.alternatives:
                if isinstance(atom, FieldClause | YearRange) and getattr(atom, "name", "") != "title":
                    excluded |= self._facets.filter_atom(atom)
                    continue
                raw = atom.value if isinstance(atom, FieldClause) else atom.raw  # type: ignore[union-attr]
                terms = analyze(raw)
                if not terms:
                    continue
                q = wq.Or([sequence(f, terms, 1.0) for f in schema.FIELD_WEIGHTS])
                excluded |= {self._rid_of_doc[d] for d in res_searcher.docs_for_query(q)}
        return excluded

    # -- results ---------------------------------------------------------------------------

    def _hits(self, outcome: _Outcome, request: SearchRequest) -> list[SearchHit]:
        info = self._info
        ranked = outcome.ranked
        offset = max(0, request.offset)
        end = offset + max(0, request.limit)
        located: set[str] = set()
        if request.sort == "newest":
            ranked.sort(key=lambda rs: (self._newest[rs[0]], -rs[1], self._title_key[rs[0]], rs[0]))
        elif request.sort == "title":
            ranked.sort(key=lambda rs: (self._title_key[rs[0]], rs[0]))
        else:
            ranked.sort(key=lambda rs: (-rs[1], self._newest[rs[0]], self._title_key[rs[0]], rs[0]))
            if request.snippets and outcome.clauses:
                # Stage 2: the leading results are re-ranked with their best pages. Always the
                # same number of them, whatever page of results is asked for: a deeper re-rank
                # for a later page would move results between pages (shown twice, or never).
                head = ranked[:RERANK_DEPTH]
                ranked[:RERANK_DEPTH] = self._rerank_with_pages(outcome, head)
                located = {rid for rid, _ in head}
        window = ranked[offset:end]
        if request.snippets and outcome.clauses:
            rest = [rid for rid, _ in window if rid not in located]
            if rest:  # their best pages, for the snippet and the viewer; the order stays
                self._locate_pages(outcome, rest)
        matcher = _matcher(outcome.terms)
        hits = []
        for rid, score in window:
            data = info[rid]
            document = page = None
            snippet = ""
            if request.snippets:
                document, page, source = self._snippet_source(outcome, rid, matcher)
                snippet = make_snippet(source, matcher)
            hits.append(
                SearchHit(
                    id=rid,
                    title=data["title"],
                    type=data["type"],
                    year=data["year"],
                    publishers=tuple(data["publishers"]),
                    languages=tuple(data["language"]),
                    score=round(score, 3),
                    snippet=snippet,
                    document=document,
                    page=page,
                )
            )
        return hits

    def _locate_pages(self, outcome: _Outcome, rids: list[str]) -> Counter[str]:
        """Stage 2 for a few resources: each one's best page, and how many of its pages match.

        The page tier's postings are skipped through to these resources' pages only, so the
        cost follows the results shown, not the size of the catalogue.
        """
        _res, page_searcher = self._searchers()
        page_rid, pages_of = self._page_rid, self._pages_of
        candidates = sorted(d for rid in rids for d in pages_of.get(rid, ()))
        counts: Counter[str] = Counter()
        if not candidates:
            return counts
        page_scores: dict[int, float] = {}
        page_met: Counter[int] = Counter()
        for clause in outcome.clauses:
            if clause.page_query is None:
                continue
            for docnum, score in clause_scores(page_searcher, clause.page_query, candidates).items():
                page_scores[docnum] = page_scores.get(docnum, 0.0) + score
                page_met[docnum] += 1
        for docnum, score in page_scores.items():
            rid = page_rid[docnum]
            counts[rid] += 1
            met = page_met[docnum]
            known = outcome.best_page.get(rid)
            if known is None or (met, score) > (known[2], known[1]):
                outcome.best_page[rid] = (docnum, score, met)
        return counts

    def _rerank_with_pages(self, outcome: _Outcome, head: list[tuple[str, float]]) -> list[tuple[str, float]]:
        counts = self._locate_pages(outcome, [rid for rid, _ in head])
        reranked = []
        for rid, score in head:
            page = outcome.best_page.get(rid)
            share = outcome.cover.get(rid, 0.0)
            if page is not None:
                extra = PAGE_WEIGHT * page[1] + math.log1p(counts[rid]) * DEPTH_WEIGHT
                score += extra * share**2
            reranked.append((rid, score))
        reranked.sort(key=lambda rs: (-rs[1], self._newest[rs[0]], self._title_key[rs[0]], rs[0]))
        return reranked

    def _snippet_source(
        self, outcome: _Outcome, rid: str, matcher: Callable[[str], bool]
    ) -> tuple[str | None, int | None, str]:
        """The page to show and open for a hit, or none when its own fields say more."""
        data = self._info[rid]
        own = data["summary"] or data["title"]
        page_hit = outcome.best_page.get(rid)
        if page_hit is None:
            return None, None, own
        _res, page_searcher = self._searchers()
        stored = page_searcher.stored_fields(page_hit[0])
        text = self._page_text(stored["doc"], stored["page"])
        if _met(text, matcher) >= _met(f"{data['title']} {own}", matcher):
            return stored["doc"], stored["page"], text
        return None, None, own

    # -- spelling --------------------------------------------------------------------------


def _page_rids(page_searcher: Searcher) -> list[str]:
    """The resource id of every page, by document number."""
    reader = page_searcher.reader()
    if reader.has_column("rid"):
        return list(reader.column_reader("rid"))
    # an index written before the column existed
    return [reader.stored_fields(d).get("rid", "") for d in range(reader.doc_count_all())]


def _met(text: str, matcher: Callable[[str], bool]) -> int:
    """How many different query terms a text holds."""
    return len({term for term, _s, _e in analyze_with_offsets(text) if matcher(term)})


def _matcher(terms: set[str]) -> Callable[[str], bool]:
    return terms.__contains__
