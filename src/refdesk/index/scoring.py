"""Index layer: the page tier's scoring, BM25's saturating term frequency without length norms.

Pages are all about the same length, so BM25's length normalisation changes little there, yet
reading every matching page's length was a third of the cost of a search. Titles and summaries
keep full BM25F.
"""

from __future__ import annotations

from whoosh.scoring import BaseScorer, WeightingModel


class SaturatedScorer(BaseScorer):
    def __init__(self, idf: float, k1: float) -> None:
        self.idf = idf
        self.k1 = k1

    def supports_block_quality(self) -> bool:
        return False

    def score(self, matcher) -> float:
        weight = matcher.weight()
        return self.idf * weight * (self.k1 + 1) / (weight + self.k1)


class PageWeighting(WeightingModel):
    def __init__(self, k1: float = 1.2) -> None:
        self.k1 = k1

    def scorer(self, searcher, fieldname, text, qf=1):
        return SaturatedScorer(searcher.get_parent().idf(fieldname, text), self.k1)
