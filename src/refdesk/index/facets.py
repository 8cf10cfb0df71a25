"""Index layer: filters and facet counts over the resources of a generation, in memory."""

from __future__ import annotations

from refdesk.config import names
from refdesk.core import vocab
from refdesk.core.types import SearchFilters

from .analysis import analyze, fold
from .query import FieldClause, ParsedQuery, YearRange


class FacetTable:
    """Each resource's facet values, with an inverted index (facet -> value -> resources)."""

    def __init__(self, info: dict[str, dict]) -> None:
        self._info = info
        self.index = _facet_index(info)
        # Each name analysed once: a few hundred publishers share thousands of resources.
        names = {name for data in info.values() for name in data["publishers"]}
        terms_of = {name: set(analyze(name)) for name in names}
        self.publisher_terms = {
            rid: set().union(*(terms_of[name] for name in data["publishers"])) for rid, data in info.items()
        }

    def query_filters(self, parsed: ParsedQuery) -> set[str] | None:
        allowed: set[str] | None = None
        for clause in parsed.filter_clauses:
            rids: set[str] = set()
            for atom in clause.alternatives:
                rids |= self.filter_atom(atom)  # type: ignore[arg-type]
            allowed = rids if allowed is None else allowed & rids
        return allowed

    def filter_atom(self, atom: FieldClause | YearRange) -> set[str]:
        if isinstance(atom, YearRange):
            return {rid for rid, info in self._info.items() if atom.contains(info["year"])}
        value = atom.value.strip()
        if atom.name == "publisher":
            wanted = analyze(value)
            if not wanted:
                return set()
            return {
                rid
                for rid, terms in self.publisher_terms.items()
                if all(any(t == w or t.startswith(w) for t in terms) for w in wanted)
            }
        codes = self.resolve_values(atom.name, value)
        key = atom.name
        if key == "type":
            return {rid for rid, info in self._info.items() if info["type"] in codes}
        return {rid for rid, info in self._info.items() if codes.intersection(info[key])}

    def resolve_values(self, facet: str, value: str) -> set[str]:
        """The facet values a typed value stands for: a code, a name, a label or a prefix."""
        folded = fold(value).replace("_", "-")
        slug = "-".join(folded.split())
        if facet == "type":
            return {
                k
                for k, label in vocab.TYPES.items()
                if k == slug or k.startswith(slug) or fold(label).startswith(folded)
            }
        if facet == "region":
            return {
                k
                for k, label in vocab.REGIONS.items()
                if k == slug or k.startswith(slug) or fold(label).startswith(folded)
            }
        present = set(self.index[facet])
        if facet == "country":
            if value.upper() in present:
                return {value.upper()}
            return {c for c in present if any(fold(n) == folded for n in names.country_search_names(c))}
        if facet == "language":
            if value.lower() in present:
                return {value.lower()}
            return {c for c in present if any(fold(n) == folded for n in names.language_search_names(c))}
        return {v for v in present if v == slug or v.startswith(slug)}

    def request_sets(self, filters: SearchFilters) -> dict[str, set[str]]:
        """For each facet the request filters on, the resources that pass that filter."""
        sets: dict[str, set[str]] = {}
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
            wanted = set()
            for value in values:
                wanted |= self.resolve_values(facet, value) or {value}
            index = self.index[facet]
            sets[facet] = set().union(*(index.get(value, ()) for value in wanted))
        if filters.year_from is not None or filters.year_to is not None:
            years = YearRange(filters.year_from, filters.year_to)
            sets["year"] = {r for r, i in self._info.items() if years.contains(i["year"])}
        return sets

    def counts(self, matched: set[str], per_facet: dict[str, set[str]]) -> dict[str, dict[str, int]]:
        """Counts per facet value; each facet ignores its own filter, so choices stay visible."""
        counts: dict[str, dict[str, int]] = {}
        for facet in vocab.FACETS:
            pool = set(matched)
            for other, rids in per_facet.items():
                if other != facet:
                    pool &= rids
            # One C-level set intersection per facet value, from an inverted index built at open.
            counter = {value: len(rids & pool) for value, rids in self.index[facet].items()}
            counter = {value: n for value, n in counter.items() if n}
            ordered = sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))
            if facet == "year":
                ordered = sorted(counter.items(), key=lambda kv: kv[0], reverse=True)
            counts[facet] = dict(ordered)
        return counts


def _facet_index(info: dict[str, dict]) -> dict[str, dict[str, frozenset[str]]]:
    """facet -> value -> the resources holding it (years as text, as the facets show them)."""
    index: dict[str, dict[str, set[str]]] = {facet: {} for facet in vocab.FACETS}
    for rid, data in info.items():
        index["type"].setdefault(data["type"], set()).add(rid)
        if data["year"] is not None:
            index["year"].setdefault(str(data["year"]), set()).add(rid)
        for facet in ("topic", "audience", "country", "region", "language"):
            for value in data[facet]:
                index[facet].setdefault(value, set()).add(rid)
    return {facet: {v: frozenset(r) for v, r in values.items()} for facet, values in index.items()}
