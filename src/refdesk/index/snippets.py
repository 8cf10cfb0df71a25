"""Index layer: snippets cut from stored text near the query words, with the words marked."""

from __future__ import annotations

import html
import re
from collections.abc import Callable

from .analysis import analyze_with_offsets

Matcher = Callable[[str], bool]
_WHITESPACE = re.compile(r"\s+")


def make_snippet(text: str, matches: Matcher, width: int = 220) -> str:
    """An HTML fragment of about `width` characters around the densest run of matching words."""
    if not text:
        return ""
    tokens = analyze_with_offsets(text) if len(text) < 400_000 else []
    hits = [(start, end, term) for term, start, end in tokens if matches(term)]
    if not hits:
        return _escape_window(text, 0, width)
    # The window (by characters) holding the most distinct matched terms, earliest first.
    best_start, best_score = hits[0][0], -1
    right = 0
    for left in range(len(hits)):
        while right < len(hits) and hits[right][1] - hits[left][0] <= width:
            right += 1
        score = len({h[2] for h in hits[left:right]}) * 1000 + (right - left)
        if score > best_score:
            best_start, best_score = hits[left][0], score
    start = max(0, best_start - width // 4)
    start = _word_start(text, start)
    end = min(len(text), start + width)
    end = _word_end(text, end)
    spans = _merge([(s, e) for s, e, _ in hits if s >= start and e <= end])
    parts = ["… " if start > 0 else ""]
    cursor = start
    for span_start, span_end in spans:
        parts.append(_clean(text[cursor:span_start]))
        parts.append("<b>" + _clean(text[span_start:span_end]) + "</b>")
        cursor = span_end
    parts.append(_clean(text[cursor:end]))
    if end < len(text):
        parts.append(" …")
    return "".join(parts).strip()


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join touching spans, so overlapping Thai or Chinese bigrams mark one run."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _clean(fragment: str) -> str:
    return html.escape(_WHITESPACE.sub(" ", fragment), quote=False)


def _word_start(text: str, index: int) -> int:
    if index <= 0:
        return 0
    space = text.rfind(" ", max(0, index - 30), index)
    return space + 1 if space >= 0 else index


def _word_end(text: str, index: int) -> int:
    if index >= len(text):
        return len(text)
    space = text.find(" ", index, index + 30)
    return space if space >= 0 else index


def _escape_window(text: str, start: int, width: int) -> str:
    end = _word_end(text, min(len(text), start + width))
    return _clean(text[start:end]) + (" …" if end < len(text) else "")
