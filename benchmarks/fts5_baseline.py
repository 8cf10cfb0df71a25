"""A peer baseline: the same catalogue searched with SQLite FTS5, answering the same questions.

It reads the source with refdesk.catalogue.source.read_source and refdesk.catalogue.extract.extract
(so both engines see identical text) and answers a SearchRequest with RefDesk's semantics, so
the latencies compare like with like:

- the query is parsed by RefDesk's own parser (refdesk.index.query.parse), each clause is
  translated to an FTS5 expression (a word -> "word", a phrase -> "a b c", a prefix -> the 40
  most common vocabulary words with that prefix, as RefDesk bounds it), field clauses and
  SearchFilters become facet-table lookups, -words exclude on resource fields;
- every resource that satisfies any clause (in its fields or in any page) is listed; its score
  adds its fields' BM25 (title 4, publishers 2, facet names 2, summary 1), 0.6 x its best
  page's BM25 and a small bonus for the number of matching pages, times the squared share of
  the query's weight it meets (rarer clauses weigh more); other language editions of a
  matching resource get a quarter of its score. This mirrors RefDesk's engine.py `_score` as
  of 2026-11-28 13:05 (the engine's listing rule was changing that day; run.py's agreement
  table shows when the two drift apart). RefDesk's small boost for the reader's language is
  not mirrored;
- results are grouped per resource with the best page (the one matching most clauses, then the
  best BM25); snippets come from FTS5's snippet() on that page (or on the summary);
- facet counts over the result set (each facet ignoring its own filter), by GROUP BY on a facet
  table with covering indexes;
- "did you mean": words not in the vocabulary table (folded surface words with the number of
  resources holding them) are corrected: distance 1 then 2 (Levenshtein), same first letter,
  most frequent wins, a mere change of ending is no correction; the corrected query is run
  when it finds something. Candidates come from symmetric deletes (the query's variants with
  up to two letters deleted against the words and their one-letter deletions), which finds
  every word within distance 1 and most within distance 2 (not those two substitutions or
  two deletions away).

Schema: `resource_fts(title, people, meta, summary)` and `page_fts(rno, dno, page, text)` (the
long text column last; rno/dno/page UNINDEXED), tokenizer `porter unicode61 remove_diacritics 2`
with combining marks kept inside tokens. Where the analysis differs from RefDesk's: SQLite's
Porter stemmer is not Whoosh's (and RefDesk merges British/American spellings), unicode61 does
not fold "đ" (the text is stored with đ -> d), and it does not cut Thai or Chinese into words,
so runs of those scripts are stored (and queried) as space-separated character bigrams, as
RefDesk indexes them; their snippets therefore show bigrams. A page's rowid is
(resource number << 20) + page sequence, so the resource of a page hit needs no row lookup.

    python benchmarks/fts5_baseline.py build SOURCE_DIR DB
    python benchmarks/fts5_baseline.py search DB 'debt bondage "fishing vessel"' [--json]
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import sqlite3
import sys
import time
import unicodedata
from collections import Counter
from pathlib import Path

from refdesk.catalogue.extract import extract
from refdesk.catalogue.source import read_source
from refdesk.config import names
from refdesk.core import vocab
from refdesk.core.types import SearchFilters, SearchHit, SearchRequest, SearchResult
from refdesk.index.analysis import STOP_WORDS, analyze, fold
from refdesk.index.builder import meta_text
from refdesk.index.query import Clause, FieldClause, ParsedQuery, Phrase, Word, YearRange, parse

TOKENIZER = "porter unicode61 remove_diacritics 2 categories 'L* N* Co M*'"
BM25_RESOURCE = "bm25(resource_fts, 4.0, 2.0, 2.0, 1.0)"  # title, people, meta, summary
PAGE_WEIGHT = 0.6
DEPTH_WEIGHT = 0.5
TRANSLATION_SHARE = 0.25
MAX_PREFIX_SCAN = 2000
MAX_PREFIX_TERMS = 40
PAGE_SHIFT = 20
SNIPPET_TOKENS = 36

_UNSPACED_RUN = re.compile(
    r"[\u0e00-\u0e7f\u0e80-\u0eff\u1000-\u109f\u1780-\u17ff\u19e0-\u19ff"
    r"\u2e80-\u2fdf\u3040-\u30ff\u3100-\u312f\u31a0-\u31ff\u3400-\u4dbf\u4e00-\u9fff"
    r"\uf900-\ufaff]+"
)
_WORDS = re.compile(r"\w+")
_FOLD_TABLE = str.maketrans({"đ": "d", "Đ": "D"})


def _bigrams(match: re.Match[str]) -> str:
    clusters: list[str] = []
    for ch in match.group():
        if clusters and unicodedata.category(ch) in ("Mn", "Mc"):
            clusters[-1] += ch
        else:
            clusters.append(ch)
    if len(clusters) < 2:
        return match.group()
    return " " + " ".join(clusters[i] + clusters[i + 1] for i in range(len(clusters) - 1)) + " "


def prepare(text: str) -> str:
    """Text as FTS5 stores it: đ folded, Thai/Chinese/... runs as character bigrams."""
    text = text.translate(_FOLD_TABLE)
    if text.isascii():
        return text
    return _UNSPACED_RUN.sub(_bigrams, text)


def _quote(text: str) -> str:
    return '"' + prepare(text).replace('"', '""') + '"'


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _levenshtein(a: str, b: str, limit: int) -> int:
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def _same_word(a: str, b: str) -> bool:
    """Two spellings that differ only in an ending ("victims", "victim"): no spelling mistake."""
    shorter, longer = sorted((a, b), key=len)
    return longer.startswith(shorter) and analyze(a) == analyze(b)


# --------------------------------------------------------------------------------------------
# Building
# --------------------------------------------------------------------------------------------

SCHEMA = f"""
CREATE TABLE resource(
    rno INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, title TEXT NOT NULL, type TEXT NOT NULL,
    year INTEGER, publishers TEXT NOT NULL, languages TEXT NOT NULL, summary TEXT NOT NULL,
    translations TEXT NOT NULL);
CREATE INDEX resource_year ON resource(year, rno);
CREATE VIRTUAL TABLE resource_fts USING fts5(title, people, meta, summary, tokenize="{TOKENIZER}");
CREATE TABLE facet(rno INTEGER NOT NULL, facet TEXT NOT NULL, value TEXT NOT NULL);
CREATE TABLE facet_alias(facet TEXT NOT NULL, alias TEXT NOT NULL, value TEXT NOT NULL,
    PRIMARY KEY(facet, alias, value)) WITHOUT ROWID;
CREATE TABLE document(dno INTEGER PRIMARY KEY, sha256 TEXT NOT NULL UNIQUE);
CREATE VIRTUAL TABLE page_fts USING fts5(rno UNINDEXED, dno UNINDEXED, page UNINDEXED, text,
    tokenize="{TOKENIZER}");
CREATE TABLE spell(word TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE spell_delete(del TEXT NOT NULL, word TEXT NOT NULL, PRIMARY KEY(del, word)) WITHOUT ROWID;
"""
INDEXES = """
CREATE INDEX facet_by_value ON facet(facet, value, rno);
CREATE INDEX facet_by_resource ON facet(rno, facet, value);
"""


def build(source_root: Path, db_path: Path, progress=None) -> dict:
    """Build the baseline database from a catalogue source folder; returns timings."""
    say = progress or (lambda _m: None)
    started = time.perf_counter()
    phases: dict[str, float] = {}
    say("reading the source")
    source = read_source(source_root)
    errors = [p for p in source.problems if p.severity == "error"]
    if errors:
        raise SystemExit(f"{len(errors)} problems in {source_root}, e.g. {errors[0]}")
    extracted = {}
    for res in source.resources:
        for doc in res.documents:
            if doc.file not in extracted:
                extracted[doc.file] = extract(doc.file)
    phases["read_and_extract_s"] = time.perf_counter() - started

    tmp = db_path.with_name(db_path.name + ".building")
    for path in (tmp, Path(str(tmp) + "-journal")):
        if path.exists():
            path.unlink()
    con = sqlite3.connect(tmp)
    con.execute("PRAGMA journal_mode=OFF")
    con.execute("PRAGMA synchronous=OFF")
    con.executescript(SCHEMA)
    t = time.perf_counter()
    say("writing resources and facets")
    dno_of: dict[str, int] = {}
    df: Counter[str] = Counter()
    present: dict[str, set[str]] = {"country": set(), "language": set()}
    with con:
        for rno, res in enumerate(source.resources, start=1):
            con.execute(
                "INSERT INTO resource VALUES (?,?,?,?,?,?,?,?,?)",
                (
                    rno,
                    res.id,
                    res.title,
                    res.type,
                    res.year,
                    json.dumps(res.publishers),
                    json.dumps(res.languages),
                    res.summary,
                    json.dumps(res.translations),
                ),
            )
            meta = meta_text(res, source.label)  # type: ignore[arg-type]  # duck-typed: same fields
            people = " . ".join(res.publishers)
            con.execute(
                "INSERT INTO resource_fts(rowid, title, people, meta, summary) VALUES (?,?,?,?,?)",
                (rno, prepare(res.title), prepare(people), prepare(meta), prepare(res.summary)),
            )
            rows = [(rno, "type", res.type)]
            rows += [(rno, "topic", v) for v in dict.fromkeys(res.topics)]
            rows += [(rno, "audience", v) for v in dict.fromkeys(res.audiences)]
            rows += [(rno, "country", v) for v in dict.fromkeys(res.countries)]
            rows += [(rno, "region", v) for v in dict.fromkeys(res.regions)]
            rows += [(rno, "language", v) for v in dict.fromkeys(res.languages)]
            if res.year is not None:
                rows.append((rno, "year", str(res.year)))
            con.executemany("INSERT INTO facet VALUES (?,?,?)", rows)
            present["country"].update(res.countries)
            present["language"].update(res.languages)
            # The spelling vocabulary: folded surface words of the fields and the documents.
            words = set(_WORDS.findall(" ".join([res.title, res.summary, people, meta]).lower()))
            sequence = 0
            for doc in res.documents:
                ex = extracted[doc.file]
                dno = dno_of.get(ex.sha256)
                if dno is None:
                    dno = dno_of[ex.sha256] = len(dno_of) + 1
                    con.execute("INSERT INTO document VALUES (?,?)", (dno, ex.sha256))
                batch = []
                for number, text in enumerate(ex.pages, start=1):
                    if not text.strip():
                        continue
                    words.update(_WORDS.findall(text.lower()))
                    batch.append(((rno << PAGE_SHIFT) + sequence, rno, dno, number, prepare(text)))
                    sequence += 1
                con.executemany("INSERT INTO page_fts(rowid, rno, dno, page, text) VALUES (?,?,?,?,?)", batch)
            df.update({fold(w) for w in words})
    phases["insert_s"] = time.perf_counter() - t

    t = time.perf_counter()
    say("facet indexes, aliases and the spelling vocabulary")
    with con:
        con.executescript(INDEXES)
        aliases = []
        for code in present["country"]:
            aliases.append(("country", code.lower(), code))
            aliases += [("country", fold(n), code) for n in names.country_search_names(code)]
        for code in present["language"]:
            aliases.append(("language", code.lower(), code))
            aliases += [("language", fold(n), code) for n in names.language_search_names(code)]
        con.executemany("INSERT OR IGNORE INTO facet_alias VALUES (?,?,?)", aliases)
        spell = [(w, n) for w, n in df.items() if w.isascii() and w.isalpha()]
        con.executemany("INSERT INTO spell VALUES (?,?)", spell)
        con.executemany(
            "INSERT OR IGNORE INTO spell_delete VALUES (?,?)",
            ((d, w) for w, _n in spell if 3 <= len(w) <= 24 for d in _deletes(w)),
        )
    phases["facets_and_spelling_s"] = time.perf_counter() - t
    t = time.perf_counter()
    say("optimising the FTS5 indexes")
    with con:
        con.execute("INSERT INTO resource_fts(resource_fts) VALUES ('optimize')")
        con.execute("INSERT INTO page_fts(page_fts) VALUES ('optimize')")
        con.execute("ANALYZE")
    con.close()
    os.replace(tmp, db_path)
    phases["optimize_s"] = time.perf_counter() - t
    return {
        "seconds": round(time.perf_counter() - started, 2),
        "phases": {k: round(v, 2) for k, v in phases.items()},
        "resources": len(source.resources),
        "documents": len(dno_of),
        "db_bytes": db_path.stat().st_size,
    }


# --------------------------------------------------------------------------------------------
# Searching
# --------------------------------------------------------------------------------------------


class _Compiled:
    __slots__ = ("facet_rnos", "page_expr", "resource_expr")

    def __init__(self, resource_expr: str | None, page_expr: str | None, facet_rnos: set[int] | None) -> None:
        self.resource_expr = resource_expr
        self.page_expr = page_expr
        self.facet_rnos = facet_rnos


class _Outcome:
    def __init__(self) -> None:
        self.ranked: list[tuple[int, float]] = []
        self.total = 0
        self.facets: dict[str, dict[str, int]] = {}
        self.page_hits: dict[int, list[tuple[int, float, int]]] = {}
        self.field_cover: dict[int, int] = {}
        self.page_expr: str | None = None
        self.resource_expr: str | None = None
        self.words: list[str] = []


def _or(parts: list[str | None]) -> str | None:
    real = [p for p in parts if p]
    if not real:
        return None
    return real[0] if len(real) == 1 else "(" + " OR ".join(real) + ")"


class Fts5Search:
    """Answers SearchRequests from the baseline database. One connection; not thread-safe."""

    def __init__(self, db_path: Path, cache_mb: int = 32) -> None:
        self.con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, check_same_thread=False)
        self.con.execute(f"PRAGMA cache_size=-{cache_mb * 1024}")
        # What the ranking needs for every candidate (sort ties by year, then title), and the
        # other language editions of each resource.
        self._sortkey: dict[int, tuple[int, str]] = {}
        rno_of: dict[str, int] = {}
        translations: dict[int, list[str]] = {}
        for rno, rid, year, title, trans in self.con.execute(
            "SELECT rno, id, year, title, translations FROM resource"
        ):
            self._sortkey[rno] = (year or 0, title.casefold())
            rno_of[rid] = rno
            if trans != "[]":
                translations[rno] = json.loads(trans)
        self._translations = {
            rno: [rno_of[t] for t in ids if t in rno_of] for rno, ids in translations.items()
        }
        self._all = set(self._sortkey)

    def close(self) -> None:
        self.con.close()

    @property
    def resource_count(self) -> int:
        return len(self._all)

    # -- the public call -------------------------------------------------------------------

    def search(self, request: SearchRequest) -> SearchResult:
        started = time.perf_counter()
        parsed = parse(request.query)
        outcome = self._run(parsed, request.filters)
        corrected = None
        correction = self._correct(parsed)
        if correction is not None:
            alternative = self._run(parse(correction), request.filters)
            if alternative.total > 0:
                corrected, outcome = correction, alternative
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

    # -- compiling ---------------------------------------------------------------------------

    def _expand_prefix(self, prefix: str) -> list[str]:
        rows = self.con.execute(
            "SELECT word, df FROM spell WHERE word >= ? AND word < ? ORDER BY word LIMIT ?",
            (prefix, prefix + "\U0010ffff", MAX_PREFIX_SCAN),
        ).fetchall()
        rows.sort(key=lambda r: r[1], reverse=True)
        # As RefDesk: the most common words first, then stop words drop out of the query.
        return [w for w, _df in rows[:MAX_PREFIX_TERMS] if w not in STOP_WORDS]

    def _compile(self, clause: Clause, outcome: _Outcome) -> _Compiled | None:
        parts: list[str | None] = []
        res_only: list[str | None] = []
        facet_rnos: set[int] | None = None
        for atom in clause.alternatives:
            if isinstance(atom, FieldClause) and atom.name == "title":
                res_only.append("{title} : " + _quote(atom.value))
                outcome.words.extend(atom.value.split())
            elif isinstance(atom, FieldClause | YearRange):
                facet_rnos = (facet_rnos or set()) | self._filter_atom(atom)
            elif isinstance(atom, Word) and atom.prefix:
                words = self._expand_prefix(fold(atom.raw)) or [fold(atom.raw)]
                outcome.words.append(atom.raw)
                parts.append(_or([_quote(w) for w in words]))
            elif isinstance(atom, Phrase):
                if not _WORDS.search(atom.raw):
                    continue
                outcome.words.extend(atom.raw.split())
                parts.append(_quote(atom.raw))
            else:
                raw = atom.raw  # type: ignore[union-attr]
                if fold(raw) in STOP_WORDS or not _WORDS.search(raw):
                    continue
                outcome.words.append(raw)
                parts.append(_quote(raw))
        if not any(parts) and not any(res_only) and facet_rnos is None:
            return None
        return _Compiled(_or(parts + res_only), _or(parts), facet_rnos)

    # -- running -------------------------------------------------------------------------------

    def _run(self, parsed: ParsedQuery, filters: SearchFilters) -> _Outcome:
        outcome = _Outcome()
        compiled = [c for c in (self._compile(cl, outcome) for cl in parsed.text_clauses) if c]
        allowed = self._apply_query_filters(parsed)
        excluded = self._excluded(parsed)
        if not compiled:
            base = set(self._all) if allowed is None else set(allowed)
            base -= excluded
            scores = dict.fromkeys(base, 0.0)
        else:
            scores = self._score(compiled, outcome, excluded, allowed)
        per_facet = self._facet_sets(filters)
        candidates = set(scores)
        for rnos in per_facet.values():
            candidates &= rnos
        outcome.total = len(candidates)
        outcome.facets = self._facet_counts(set(scores), per_facet)
        outcome.ranked = [(rno, scores[rno]) for rno in candidates]
        return outcome

    def _score(
        self, compiled: list[_Compiled], outcome: _Outcome, excluded: set[int], allowed: set[int] | None
    ) -> dict[int, float]:
        con = self.con
        n = len(compiled)
        res_expr = _or([c.resource_expr for c in compiled])
        page_expr = _or([c.page_expr for c in compiled])
        outcome.resource_expr, outcome.page_expr = res_expr, page_expr
        field_scores: dict[int, float] = {}
        if res_expr:
            for rno, bm25 in con.execute(
                f"SELECT rowid, {BM25_RESOURCE} FROM resource_fts WHERE resource_fts MATCH ?", (res_expr,)
            ):
                field_scores[rno] = -bm25
        page_scores: dict[int, list[tuple[int, float]]] = {}
        all_pages: set[int] = set()
        if page_expr:
            for rowid, bm25 in con.execute(
                "SELECT rowid, bm25(page_fts) FROM page_fts WHERE page_fts MATCH ?", (page_expr,)
            ):
                page_scores.setdefault(rowid >> PAGE_SHIFT, []).append((rowid, -bm25))
                all_pages.add(rowid)

        # Which resources satisfy each clause (one clause: the OR query above already says).
        clause_fields: list[set[int]] = []
        clause_rnos: list[set[int]] = []
        page_sets: list[set[int]] = []
        for clause in compiled:
            in_fields: set[int] = set()
            if clause.resource_expr:
                if n == 1:
                    in_fields = set(field_scores)
                else:
                    in_fields = {
                        r
                        for (r,) in con.execute(
                            "SELECT rowid FROM resource_fts WHERE resource_fts MATCH ?",
                            (clause.resource_expr,),
                        )
                    }
            if clause.facet_rnos is not None:
                in_fields |= clause.facet_rnos
            pages: set[int] = set()
            if clause.page_expr:
                if n == 1:
                    pages = all_pages
                else:
                    pages = {
                        r
                        for (r,) in con.execute(
                            "SELECT rowid FROM page_fts WHERE page_fts MATCH ?", (clause.page_expr,)
                        )
                    }
            page_sets.append(pages)
            clause_fields.append(in_fields)
            clause_rnos.append(in_fields | {p >> PAGE_SHIFT for p in pages})

        # As RefDesk: rarer clauses weigh more; every resource meeting any clause is listed.
        total = max(1, len(self._all))
        weights = [math.log(1 + total / len(r)) if r else math.log(1 + total) for r in clause_rnos]
        whole = sum(weights) or 1.0
        cover: dict[int, float] = {}
        field_cover: Counter[int] = Counter()
        for weight, rnos, in_fields in zip(weights, clause_rnos, clause_fields, strict=True):
            for rno in rnos:
                cover[rno] = cover.get(rno, 0.0) + weight / whole
            field_cover.update(in_fields)

        matched = {r for r in cover if r not in excluded and (allowed is None or r in allowed)}
        scores: dict[int, float] = {}
        for rno in matched:
            ranked_pages = sorted(
                (
                    (rowid, score, sum(rowid in ps for ps in page_sets))
                    for rowid, score in page_scores.get(rno, [])
                ),
                key=lambda p: (p[2], p[1]),
                reverse=True,
            )
            outcome.page_hits[rno] = ranked_pages
            page_part = ranked_pages[0][1] if ranked_pages else 0.0
            depth = math.log1p(len(ranked_pages)) * DEPTH_WEIGHT
            raw = field_scores.get(rno, 0.0) + PAGE_WEIGHT * page_part + depth
            scores[rno] = raw * cover[rno] ** 2 + 0.01
            outcome.field_cover[rno] = field_cover[rno]
        # Other language editions of a matching resource are listed below it.
        shares: dict[int, float] = {}
        for rno, score in scores.items():
            for other in self._translations.get(rno, ()):
                if other not in excluded and (allowed is None or other in allowed):
                    shares[other] = max(shares.get(other, 0.0), score * TRANSLATION_SHARE)
        for rno, share in shares.items():
            if share > scores.get(rno, 0.0):
                scores[rno] = share
        return scores

    # -- filters and facets ----------------------------------------------------------------------

    def _apply_query_filters(self, parsed: ParsedQuery) -> set[int] | None:
        allowed: set[int] | None = None
        for clause in parsed.filter_clauses:
            rnos: set[int] = set()
            for atom in clause.alternatives:
                rnos |= self._filter_atom(atom)  # type: ignore[arg-type]
            allowed = rnos if allowed is None else allowed & rnos
        return allowed

    def _excluded(self, parsed: ParsedQuery) -> set[int]:
        excluded: set[int] = set()
        for clause in parsed.negative:
            for atom in clause.alternatives:
                if isinstance(atom, FieldClause | YearRange) and getattr(atom, "name", "") != "title":
                    excluded |= self._filter_atom(atom)
                    continue
                raw = atom.value if isinstance(atom, FieldClause) else atom.raw  # type: ignore[union-attr]
                if not _WORDS.search(raw):
                    continue
                excluded |= {
                    r
                    for (r,) in self.con.execute(
                        "SELECT rowid FROM resource_fts WHERE resource_fts MATCH ?", (_quote(raw),)
                    )
                }
        return excluded

    def _facet_rnos(self, facet: str, values: set[str]) -> set[int]:
        if not values:
            return set()
        marks = ",".join("?" * len(values))
        return {
            r
            for (r,) in self.con.execute(
                f"SELECT rno FROM facet WHERE facet = ? AND value IN ({marks})", (facet, *values)
            )
        }

    def _filter_atom(self, atom: FieldClause | YearRange) -> set[int]:
        if isinstance(atom, YearRange):
            lo = atom.start if atom.start is not None else -1
            hi = atom.end if atom.end is not None else 1 << 30
            return {
                r
                for (r,) in self.con.execute("SELECT rno FROM resource WHERE year BETWEEN ? AND ?", (lo, hi))
            }
        value = atom.value.strip()
        if atom.name == "publisher":
            words = [w for w in _WORDS.findall(fold(value)) if w not in STOP_WORDS]
            if not words:
                return set()
            expr = "{people} : (" + " AND ".join(_quote(w) + "*" for w in words) + ")"
            return {
                r
                for (r,) in self.con.execute(
                    "SELECT rowid FROM resource_fts WHERE resource_fts MATCH ?", (expr,)
                )
            }
        return self._facet_rnos(atom.name, self.resolve_values(atom.name, value))

    def resolve_values(self, facet: str, value: str) -> set[str]:
        folded = fold(value).replace("_", "-")
        slug = "-".join(folded.split())
        if facet in ("type", "region"):
            table = vocab.TYPES if facet == "type" else vocab.REGIONS
            return {
                k
                for k, label in table.items()
                if k == slug or k.startswith(slug) or fold(label).startswith(folded)
            }
        if facet in ("country", "language"):
            return {
                v
                for (v,) in self.con.execute(
                    "SELECT value FROM facet_alias WHERE facet = ? AND alias = ?", (facet, folded)
                )
            }
        return {
            v
            for (v,) in self.con.execute(
                "SELECT DISTINCT value FROM facet WHERE facet = ? AND value >= ? AND value < ?",
                (facet, slug, slug + "\U0010ffff"),
            )
        }

    def _facet_sets(self, filters: SearchFilters) -> dict[str, set[int]]:
        sets: dict[str, set[int]] = {}
        pairs = (
            ("type", filters.types),
            ("topic", filters.topics),
            ("audience", filters.audiences),
            ("country", filters.countries),
            ("region", filters.regions),
            ("language", filters.languages),
        )
        for facet, values in pairs:
            if not values:
                continue
            wanted: set[str] = set()
            for value in values:
                wanted |= self.resolve_values(facet, value) or {value}
            sets[facet] = self._facet_rnos(facet, wanted)
        if filters.year_from is not None or filters.year_to is not None:
            sets["year"] = self._filter_atom(YearRange(filters.year_from, filters.year_to))
        return sets

    def _facet_counts(self, matched: set[int], per_facet: dict[str, set[int]]) -> dict[str, dict[str, int]]:
        """Counts per facet value; each facet ignores its own filter, so choices stay visible."""
        groups: dict[tuple[str, ...], list[str]] = {}
        for facet in vocab.FACETS:
            others = tuple(sorted(f for f in per_facet if f != facet))
            groups.setdefault(others, []).append(facet)
        counts: dict[str, Counter[str]] = {f: Counter() for f in vocab.FACETS}
        for others, facets in groups.items():
            pool = matched
            for other in others:
                pool = pool & per_facet[other]
            if not pool:
                continue
            marks = ",".join("?" * len(facets))
            if len(pool) == len(self._all):
                rows = self.con.execute(
                    f"SELECT facet, value, count(*) FROM facet WHERE facet IN ({marks}) "
                    "GROUP BY facet, value",
                    facets,
                )
            else:
                rows = self.con.execute(
                    f"SELECT f.facet, f.value, count(*) FROM json_each(?) AS p "
                    f"JOIN facet AS f ON f.rno = p.value AND f.facet IN ({marks}) GROUP BY f.facet, f.value",
                    (json.dumps(sorted(pool)), *facets),
                )
            for facet, value, count in rows:
                counts[facet][value] = count
        out: dict[str, dict[str, int]] = {}
        for facet in vocab.FACETS:
            if facet == "year":
                out[facet] = dict(sorted(counts[facet].items(), key=lambda kv: kv[0], reverse=True))
            else:
                out[facet] = dict(sorted(counts[facet].items(), key=lambda kv: (-kv[1], kv[0])))
        return out

    # -- results ---------------------------------------------------------------------------------

    def _hits(self, outcome: _Outcome, request: SearchRequest) -> list[SearchHit]:
        key = self._sortkey
        ranked = outcome.ranked
        if request.sort == "newest":
            ranked.sort(key=lambda rs: (-key[rs[0]][0], -rs[1], key[rs[0]][1]))
        elif request.sort == "title":
            ranked.sort(key=lambda rs: (key[rs[0]][1], rs[0]))
        else:
            ranked.sort(key=lambda rs: (-rs[1], -key[rs[0]][0], key[rs[0]][1]))
        offset = max(0, request.offset)
        window = ranked[offset : offset + max(0, request.limit)]
        if not window:
            return []
        marks = ",".join("?" * len(window))
        rows = {
            row[0]: row
            for row in self.con.execute(
                f"SELECT rno, id, title, type, year, publishers, languages, summary FROM resource "
                f"WHERE rno IN ({marks})",
                [rno for rno, _s in window],
            )
        }
        hits = []
        for rno, score in window:
            _rno, rid, title, type_, year, publishers, languages, summary = rows[rno]
            document = page = None
            snippet = None
            pages = outcome.page_hits.get(rno) or []
            if pages and outcome.page_expr:
                rowid, _score, page_cover = pages[0]
                if page_cover >= outcome.field_cover.get(rno, 0):
                    found = self.con.execute(
                        "SELECT d.sha256, p.page, snippet(page_fts, 3, '<b>', '</b>', '…', ?) "
                        "FROM page_fts AS p JOIN document AS d ON d.dno = p.dno "
                        "WHERE page_fts MATCH ? AND p.rowid = ?",
                        (SNIPPET_TOKENS, outcome.page_expr, rowid),
                    ).fetchone()
                    if found:
                        document, page, snippet = found
            if snippet is None and outcome.resource_expr:
                found = self.con.execute(
                    "SELECT snippet(resource_fts, 3, '<b>', '</b>', '…', ?) FROM resource_fts "
                    "WHERE resource_fts MATCH ? AND rowid = ?",
                    (SNIPPET_TOKENS, outcome.resource_expr, rno),
                ).fetchone()
                snippet = found[0] if found else None
            if snippet is None:
                snippet = summary[:220]
            hits.append(
                SearchHit(
                    id=rid,
                    title=title,
                    type=type_,
                    year=year,
                    publishers=tuple(json.loads(publishers)),
                    languages=tuple(json.loads(languages)),
                    score=round(score, 3),
                    snippet=snippet,
                    document=document,
                    page=page,
                )
            )
        return hits

    # -- spelling ----------------------------------------------------------------------------------

    def _correct(self, parsed: ParsedQuery) -> str | None:
        text = parsed.text
        changed = False
        for word in parsed.words():
            if word.prefix or not word.raw.isalpha() or len(word.raw) < 3:
                continue
            folded = fold(word.raw)
            if not folded.isascii():
                continue
            if self.con.execute("SELECT 1 FROM spell WHERE word = ?", (folded,)).fetchone():
                continue
            suggestion = self._suggest(folded)
            if suggestion and not _same_word(suggestion, folded):
                text = re.sub(rf"(?<!\w){re.escape(word.raw)}(?!\w)", suggestion, text, count=1)
                changed = True
        return text if changed else None

    def _suggest(self, folded: str) -> str | None:
        maxdist = 1 if len(folded) <= 4 else 2
        near = {folded} | _deletes(folded)
        for d in list(near):
            near |= _deletes(d)
        marks = ",".join("?" * len(near))
        params = sorted(near)
        candidates: dict[str, int] = {}
        for word, df in self.con.execute(
            f"SELECT word, df FROM spell WHERE word IN ({marks}) "
            f"UNION SELECT s.word, s.df FROM spell_delete AS d JOIN spell AS s ON s.word = d.word "
            f"WHERE d.del IN ({marks})",
            params + params,
        ):
            if word != folded and word[:1] == folded[:1]:
                candidates[word] = df
        for distance in range(1, maxdist + 1):
            found = [w for w in candidates if _levenshtein(folded, w, distance) <= distance]
            if found:
                return max(found, key=lambda w: (candidates[w], w))
        return None


def _result_json(result: SearchResult) -> dict:
    return {
        "query": result.query,
        "total": result.total,
        "took_ms": result.took_ms,
        "corrected_query": result.corrected_query,
        "results": [
            {
                "id": h.id,
                "title": h.title,
                "type": h.type,
                "year": h.year,
                "score": h.score,
                "snippet": h.snippet,
                "document": h.document,
                "page": h.page,
            }
            for h in result.hits
        ],
        "facets": result.facets,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="SQLite FTS5 peer baseline for the RefDesk benchmarks")
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="build the baseline database from a catalogue source folder")
    b.add_argument("source", type=Path)
    b.add_argument("db", type=Path)
    s = sub.add_parser("search", help="search a baseline database")
    s.add_argument("db", type=Path)
    s.add_argument("query")
    s.add_argument("--limit", type=int, default=10)
    s.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if args.command == "build":
        info = build(args.source, args.db, progress=lambda m: print(m, file=sys.stderr))
        print(json.dumps(info, indent=1))
        return 0
    engine = Fts5Search(args.db)
    result = engine.search(SearchRequest(args.query, limit=args.limit))
    if args.json:
        print(json.dumps(_result_json(result), ensure_ascii=False, indent=1))
    else:
        corrected = f" (did you mean: {result.corrected_query})" if result.corrected_query else ""
        print(f"{result.total} results in {result.took_ms} ms{corrected}")
        for h in result.hits:
            where = f" p.{h.page}" if h.page else ""
            print(f"  {h.score:8.3f}  {h.id}{where}\n            {h.snippet}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
