"""Index layer: the query language of spec/cli.md, parsed by a grammar that never fails.

Anything that is not valid syntax is read as plain words: an unbalanced quote runs to the end,
a stray operator is a word, an unknown `field:` is text. Field clauses on facets become filters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

MAX_QUERY_CHARS = 1000
MAX_CLAUSES = 32

FIELD_ALIASES = {
    "type": "type",
    "kind": "type",
    "country": "country",
    "countries": "country",
    "lang": "language",
    "language": "language",
    "languages": "language",
    "year": "year",
    "years": "year",
    "publisher": "publisher",
    "publishers": "publisher",
    "by": "publisher",
    "topic": "topic",
    "topics": "topic",
    "audience": "audience",
    "audiences": "audience",
    "for": "audience",
    "region": "region",
    "regions": "region",
    "title": "title",
}

_TOKEN = re.compile(
    r'(?P<neg>-)?(?P<field>[A-Za-z]+):(?P<fvalue>"[^"]*"?|[^\s"]+)'
    r'|(?P<qneg>-)?"(?P<phrase>[^"]*)"?'
    r'|(?P<word>[^\s"]+)'
)
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b\ufeff]")
_YEAR_RANGE = re.compile(r"^(?P<op>>=|<=|>|<)?(?P<a>\d{4})?(?:(?P<dots>\.\.|-)(?P<b>\d{4})?)?$")


@dataclass(frozen=True)
class Word:
    """A word to look up; `prefix` when it ended with '*'. `raw` is what the user typed."""

    raw: str
    prefix: bool = False


@dataclass(frozen=True)
class Phrase:
    raw: str


@dataclass(frozen=True)
class FieldClause:
    name: str  # canonical name from FIELD_ALIASES
    value: str


@dataclass(frozen=True)
class YearRange:
    start: int | None
    end: int | None

    def contains(self, year: int | None) -> bool:
        if year is None:
            return False
        return (self.start is None or year >= self.start) and (self.end is None or year <= self.end)


Atom = Word | Phrase | FieldClause | YearRange


@dataclass
class Clause:
    """Alternatives joined by OR; a resource satisfies the clause when any alternative matches."""

    alternatives: list[Atom] = field(default_factory=list)

    @property
    def is_filter(self) -> bool:
        return all(
            isinstance(a, FieldClause | YearRange) and getattr(a, "name", "") != "title"
            for a in self.alternatives
        )


@dataclass
class ParsedQuery:
    text: str
    positive: list[Clause] = field(default_factory=list)
    negative: list[Clause] = field(default_factory=list)

    @property
    def text_clauses(self) -> list[Clause]:
        return [c for c in self.positive if not c.is_filter]

    @property
    def filter_clauses(self) -> list[Clause]:
        return [c for c in self.positive if c.is_filter]

    def words(self) -> list[Word]:
        return [a for c in self.positive for a in c.alternatives if isinstance(a, Word)]


def clean(text: str) -> str:
    text = _CONTROL.sub(" ", text or "")
    return text[:MAX_QUERY_CHARS].strip()


def _year(value: str) -> YearRange | None:
    match = _YEAR_RANGE.match(value)
    if not match or not (match["a"] or match["b"]):
        return None
    a = int(match["a"]) if match["a"] else None
    b = int(match["b"]) if match["b"] else None
    op = match["op"]
    if op:
        if a is None or match["dots"]:
            return None
        return {
            ">": YearRange(a + 1, None),
            ">=": YearRange(a, None),
            "<": YearRange(None, a - 1),
            "<=": YearRange(None, a),
        }[op]
    if match["dots"]:
        if a is not None and b is not None and a > b:
            a, b = b, a
        return YearRange(a, b)
    return YearRange(a, a)


def _atom(match: re.Match[str]) -> tuple[Atom | None, bool, str]:
    """(atom, negated, raw text) for one token of the query."""
    if match["field"]:
        name = FIELD_ALIASES.get(match["field"].lower())
        value = match["fvalue"].strip('"').strip()
        negated = bool(match["neg"])
        if name and value:
            if name == "year":
                years = _year(value)
                if years is not None:
                    return years, negated, match.group()
            elif name == "title":
                return FieldClause("title", value), negated, match.group()
            else:
                return FieldClause(name, value), negated, match.group()
        # Not a field we know: the whole thing is text.
        return Word(f"{match['field']} {value}".strip()), negated, match.group()
    if match["phrase"] is not None or match["qneg"]:
        phrase = (match["phrase"] or "").strip()
        return (Phrase(phrase) if phrase else None), bool(match["qneg"]), match.group()
    word = match["word"]
    negated = False
    if len(word) > 1 and word[0] == "-" and word[1] != "-":
        negated, word = True, word[1:]
    word = word.lstrip("+")
    prefix = word.endswith("*")
    word = word.rstrip("*")
    if not word:
        return None, False, match.group()
    return Word(word, prefix=prefix and len(word) >= 2), negated, match.group()


def parse(text: str) -> ParsedQuery:
    query = ParsedQuery(text=clean(text))
    pending_or = False
    pending_not = False
    for match in _TOKEN.finditer(query.text):
        token = match.group()
        if token == "OR":
            pending_or = bool(query.positive) and not pending_not
            continue
        if token in ("AND", "&&"):
            continue
        if token == "NOT":
            pending_not = True
            continue
        atom, negated, _raw = _atom(match)
        if atom is None:
            continue
        negated = negated or pending_not
        pending_not = False
        if negated:
            query.negative.append(Clause([atom]))
            pending_or = False
            continue
        if pending_or and query.positive:
            query.positive[-1].alternatives.append(atom)
        else:
            if len(query.positive) >= MAX_CLAUSES:
                continue
            query.positive.append(Clause([atom]))
        pending_or = False
    return query
