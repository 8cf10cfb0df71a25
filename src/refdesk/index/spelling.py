"""Index layer: spelling suggestions from the catalogue's own words ("did you mean")."""

from __future__ import annotations

import re

from whoosh.reading import IndexReader

from .analysis import STOP_WORDS, analyze, fold
from .query import ParsedQuery


def correct(parsed: ParsedQuery, reader: IndexReader) -> str | None:
    """The query with unknown words replaced by the closest catalogue words, if any.

    A word is unknown when no title, summary or page of the catalogue uses it as written;
    a suggestion that only adds or drops an ending ("victims" for "victim") is no correction.
    """
    text = parsed.text
    changed = False
    for word in parsed.words():
        if word.prefix or not word.raw.isalpha() or len(word.raw) < 3:
            continue
        folded = fold(word.raw)
        # Words typed with accents or in other scripts were typed on purpose: no guessing.
        if not word.raw.isascii() or reader.doc_frequency("spell", folded) > 0:
            continue
        suggestion = suggest(folded, reader)
        if suggestion and not same_word(suggestion, folded):
            text = replace_word(text, word.raw, suggestion)
            changed = True
    return text if changed else None


def suggest(folded: str, reader: IndexReader) -> str | None:
    """The likeliest intended word: fewest edits (a swap of two letters is one), then one that
    adds a letter (a missing letter is the commonest slip), then the most common."""
    maxdist = 1 if len(folded) <= 4 else 2
    candidates = {
        t
        for t in reader.terms_within("spell", folded, maxdist, prefix=1)
        if t != folded and t not in STOP_WORDS
    }
    if not candidates:
        return None

    def rank(term: str) -> tuple[int, int, int, str]:
        distance = edit_distance(folded, term)
        shorter = 0 if len(term) > len(folded) else 1
        return (distance, shorter, -reader.doc_frequency("spell", term), term)

    best = min(candidates, key=rank)
    return best if edit_distance(folded, best) <= maxdist else None


def edit_distance(a: str, b: str) -> int:
    """Optimal string alignment distance: Levenshtein where swapping two neighbours costs one."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return previous[len(b)]


def same_word(a: str, b: str) -> bool:
    """Two spellings of one word that differ only in an ending: no spelling mistake."""
    shorter, longer = sorted((a, b), key=len)
    return longer.startswith(shorter) and analyze(a) == analyze(b)


def replace_word(text: str, old: str, new: str) -> str:
    return re.sub(rf"(?<!\w){re.escape(old)}(?!\w)", new, text, count=1)
