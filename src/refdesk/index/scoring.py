"""Index layer: scoring for both tiers, the same formulas as Whoosh's with less work per posting.

Pages are all about the same length, so BM25's length normalisation changes little there, yet
reading every matching page's length was a third of the cost of a search: the page tier keeps
BM25's saturating term frequency without length norms. The resource tier keeps full BM25F, but
reads each document's length normalisation from a table made once per index segment and field
instead of decoding the length column at every posting (the same scores, measured 15% of a
three-word search).
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Sequence
from typing import Any

from whoosh.scoring import BM25F, BaseScorer, BM25FScorer, WeightingModel


class SaturatedScorer(BaseScorer):
    def __init__(self, idf: float, k1: float) -> None:
        self.idf = idf
        self.k1 = k1

    def supports_block_quality(self) -> bool:
        return False

    def score(self, matcher) -> float:
        weight = matcher.weight()
        return self.idf * weight * (self.k1 + 1) / (weight + self.k1)

    def block_scores(self, ids: Sequence[int], weights: Sequence[float]) -> list[float]:
        """The scores of a block of postings (matching.py reads postings a block at a time)."""
        idf, k1 = self.idf, self.k1
        return [idf * weight * (k1 + 1) / (weight + k1) for weight in weights]


class PageWeighting(WeightingModel):
    def __init__(self, k1: float = 1.2) -> None:
        self.k1 = k1

    def scorer(self, searcher, fieldname, text, qf=1):
        return SaturatedScorer(searcher.get_parent().idf(fieldname, text), self.k1)


# (B, K1, average length) -> per-document BM25 length normalisation, per segment reader and field.
_NORMS: weakref.WeakKeyDictionary[Any, dict[tuple[str, float, float, float], list[float]]] = (
    weakref.WeakKeyDictionary()
)
_NORMS_LOCK = threading.Lock()


def _norms(searcher: Any, fieldname: str, B: float, K1: float) -> list[float]:
    """The field's length normalisation of every document of the searcher's segment, made once.
    The average length comes from the top-level searcher, as BM25FScorer takes it."""
    avgfl = searcher.get_parent().avg_field_length(fieldname) or 1
    reader = searcher.reader()
    key = (fieldname, B, K1, avgfl)
    with _NORMS_LOCK:
        table = _NORMS.setdefault(reader, {})
        norms = table.get(key)
    if norms is None:
        length = searcher.doc_field_length
        # A document without the field has no length (None); it never matches a term there.
        norms = [
            K1 * ((1 - B) + B * (length(docnum, fieldname, 1) or 0) / avgfl)
            for docnum in range(searcher.doc_count_all())
        ]
        with _NORMS_LOCK:
            table[key] = norms
    return norms


class TableScorer(BM25FScorer):
    """BM25F with the length normalisation looked up, not computed, per posting."""

    def __init__(self, searcher, fieldname, text, B, K1, qf=1):
        super().__init__(searcher, fieldname, text, B, K1, qf=qf)
        self.norm = _norms(searcher, fieldname, B, K1)
        self.top = K1 + 1

    def score(self, matcher) -> float:
        weight = matcher.weight()
        return self.idf * (weight * self.top) / (weight + self.norm[matcher.id()])

    def block_scores(self, ids: Sequence[int], weights: Sequence[float]) -> list[float]:
        """The scores of a block of postings (matching.py reads postings a block at a time)."""
        idf, top, norm = self.idf, self.top, self.norm
        return [
            idf * (weight * top) / (weight + norm[docnum])
            for docnum, weight in zip(ids, weights, strict=True)
        ]


class ResourceWeighting(BM25F):
    """Whoosh's BM25F (same parameters, same scores) through `TableScorer`."""

    def scorer(self, searcher, fieldname, text, qf=1):
        if not searcher.schema[fieldname].scorable:
            return super().scorer(searcher, fieldname, text, qf=qf)  # a field without lengths
        return TableScorer(searcher, fieldname, text, self._b(fieldname), self.K1, qf=qf)

    def prepare(self, searcher, fieldnames) -> None:
        """Make now the length tables the scorers of these fields will look up, for each of the
        searcher's segments (the first search would otherwise make them)."""
        for leaf, _offset in searcher.leaf_searchers():
            for fieldname in fieldnames:
                if leaf.schema[fieldname].scorable:
                    _norms(leaf, fieldname, self._b(fieldname), self.K1)

    def _b(self, fieldname: str) -> float:
        return self._field_B.get(fieldname, self.B)
