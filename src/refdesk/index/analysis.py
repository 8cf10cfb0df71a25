"""Index layer: analyzers per script, shared by indexing, querying and snippets.

Latin-script words are lower-cased, accent-folded (so "nguoi" finds "người") and stemmed for
English. Scripts written without spaces between words (Thai, Lao, Khmer, Myanmar, Chinese,
Japanese) are cut into overlapping character bigrams, so any run of two or more characters in a
query finds the same run in the text; a query word becomes a phrase of its bigrams.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

from whoosh.analysis import Composable, Filter, LowercaseFilter, StemFilter, StopFilter, Token, Tokenizer
from whoosh.lang.porter import stem as _porter

# Letters, digits and the combining marks that Indic and Southeast Asian scripts need inside
# words (Python's \w stops at a vowel sign, which would cut Devanagari and Thai words apart).
_WORD = re.compile(
    r"[\w\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
    r"\u0900-\u0dff\u0e00-\u0eff\u0f00-\u0fff\u1000-\u109f\u1780-\u17ff\u19e0-\u19ff"
    r"\u1ab0-\u1aff\u1dc0-\u1dff\u200c\u200d\u20d0-\u20ff\ufe20-\ufe2f]+"
    r"(?:['’][\w]+)?"
)

# Scripts without spaces between words, as code point ranges.
_UNSPACED = re.compile(
    r"[\u0e00-\u0e7f\u0e80-\u0eff\u1000-\u109f\u1780-\u17ff\u19e0-\u19ff"
    r"\u2e80-\u2fdf\u3040-\u30ff\u3100-\u312f\u31a0-\u31ff\u3400-\u4dbf\u4e00-\u9fff"
    r"\uf900-\ufaff\U00020000-\U0002fa1f]"
)
_COMBINING = re.compile(
    r"[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u0eb1\u0eb4-\u0ebc\u0ec8-\u0ecd"
    r"\u102b-\u103e\u1056-\u1059\u105e-\u1060\u1062-\u1064\u1067-\u106d"
    r"\u1071-\u1074\u1082-\u108d\u108f\u109a-\u109d\u17b4-\u17d3\u17dd]"
)

STOP_WORDS = frozenset(
    """
    a an and are as at be by can could did do does for from had has have he her his how i if
    in into is it its me my not of on or our should she so than that the their them then there
    these they this those to us was we were what when where which who whom why will with would
    yet you your tbd
    """.split()
)

_FOLD_EXTRA = str.maketrans(
    {"đ": "d", "Đ": "d", "ø": "o", "ł": "l", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i", "’": "'"}
)


@lru_cache(maxsize=200_000)
def fold(word: str) -> str:
    """Lower-case, strip Latin accents (Vietnamese tones included); other scripts unchanged."""
    word = word.translate(_FOLD_EXTRA).lower()
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFKD", word)
    out = []
    for ch in decomposed:
        if unicodedata.combining(ch) and ch < "\u0370":
            continue  # a Latin diacritic: drop it
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


def is_unspaced(text: str) -> bool:
    return _UNSPACED.match(text) is not None


def _unspaced_runs(word: str) -> list[tuple[int, int, bool]]:
    """Split a word into (start, end, unspaced) runs by script."""
    runs: list[tuple[int, int, bool]] = []
    start = 0
    current = is_unspaced(word[0])
    for index in range(1, len(word)):
        kind = is_unspaced(word[index]) or (current and _COMBINING.match(word[index]) is not None)
        if kind != current:
            runs.append((start, index, current))
            start, current = index, kind
    runs.append((start, len(word), current))
    return runs


def _clusters(text: str) -> list[tuple[int, int]]:
    """Character clusters (a base letter with its combining marks) as (start, end) offsets."""
    spans: list[tuple[int, int]] = []
    for index, ch in enumerate(text):
        if spans and (_COMBINING.match(ch) or unicodedata.combining(ch)):
            spans[-1] = (spans[-1][0], index + 1)
        else:
            spans.append((index, index + 1))
    return spans


def _pieces(value: str) -> Iterator[tuple[str, int, int]]:
    """(text, start, end) of each token before filtering: words of spaced scripts as they are,
    overlapping cluster bigrams of unspaced runs (one cluster alone stays one token)."""
    mixed = _UNSPACED.search(value) is not None  # else every word is one token: fast path
    for match in _WORD.finditer(value):
        word = match.group()
        base = match.start()
        if not mixed:
            yield word, base, match.end()
            continue
        for run_start, run_end, unspaced in _unspaced_runs(word):
            if not unspaced:
                yield word[run_start:run_end], base + run_start, base + run_end
                continue
            clusters = _clusters(word[run_start:run_end])
            if len(clusters) == 1:
                pieces = [(clusters[0][0], clusters[0][1])]
            else:
                pieces = [(clusters[i][0], clusters[i + 1][1]) for i in range(len(clusters) - 1)]
            for piece_start, piece_end in pieces:
                start, end = base + run_start + piece_start, base + run_start + piece_end
                yield value[start:end], start, end


class ScriptTokenizer(Tokenizer):
    """Words for spaced scripts; overlapping cluster bigrams for unspaced scripts."""

    def __call__(
        self,
        value,
        positions=False,
        chars=False,
        keeporiginal=False,
        removestops=True,
        start_pos=0,
        start_char=0,
        tokenize=True,
        mode="",
        **kwargs,
    ):
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        if not tokenize:
            token.original = token.text = value
            token.boost = 1.0
            if positions:
                token.pos = start_pos
            if chars:
                token.startchar, token.endchar = start_char, start_char + len(value)
            yield token
            return
        pos = start_pos
        for text, start, end in _pieces(value):
            token.text = text
            token.boost = 1.0
            token.stopped = False
            if keeporiginal:
                token.original = text
            if positions:
                token.pos = pos
            pos += 1
            if chars:
                token.startchar = start_char + start
                token.endchar = start_char + end
            yield token


class FoldFilter(Filter):
    """Accent folding for Latin script (cached per word)."""

    def __call__(self, tokens):
        for token in tokens:
            token.text = fold(token.text)
            yield token


# British and American spellings meet in one form before stemming ("labor" finds "labour").
_SPELLING = {
    "labour": "labor",
    "labours": "labors",
    "behaviour": "behavior",
    "behaviours": "behaviors",
    "colour": "color",
    "favour": "favor",
    "harbour": "harbor",
    "honour": "honor",
    "neighbour": "neighbor",
    "neighbours": "neighbors",
    "rumour": "rumor",
    "endeavour": "endeavor",
    "centre": "center",
    "centres": "centers",
    "programme": "program",
    "programmes": "programs",
    "defence": "defense",
    "offence": "offense",
    "offences": "offenses",
    "licence": "license",
    "counsellor": "counselor",
    "counsellors": "counselors",
    "counselling": "counseling",
    "judgement": "judgment",
    "ageing": "aging",
    "paediatric": "pediatric",
    "paediatricians": "pediatricians",
    "paediatrics": "pediatrics",
    "enrolment": "enrollment",
    "fulfil": "fulfill",
    "travelling": "traveling",
    "travelled": "traveled",
    "labelled": "labeled",
    "modelling": "modeling",
    "catalogue": "catalog",
    "dialogue": "dialog",
}
_ISE = re.compile(r"^(\w{3,})is(e|es|ed|ing|ation|ations|er|ers)$")
_ISE_KEEP = frozenset(
    "advise advised advises advising devise devised exercise exercised exercises otherwise promise promised "
    "promises precise raise raised raises raising rise rises noise poise praise praised premise premises "
    "compromise compromised enterprise enterprises expertise franchise merchandise supervise supervised "
    "supervising supervisor televise surprise surprised revise revised revising wise concise".split()
)
# Stems Porter leaves apart that searchers treat as one word, and irregular plurals.
_STEM_MERGE = {"referr": "refer", "children": "child", "women": "woman", "men": "man"}


@lru_cache(maxsize=200_000)
def english_stem(word: str) -> str:
    word = _SPELLING.get(word, word)
    if word not in _ISE_KEEP:
        word = _ISE.sub(r"\1iz\2", word)
    stemmed = _porter(word)
    if stemmed.endswith("ifi"):  # "identify" -> identifi, "identification" -> identif
        stemmed = stemmed[:-1]
    return _STEM_MERGE.get(stemmed, stemmed)


class _StemLatin(StemFilter):
    """English stemming (with spelling variants merged) for ASCII words; other scripts untouched."""

    def __call__(self, tokens):
        for token in tokens:
            text = token.text
            if text.isascii() and not token.stopped:
                token.text = english_stem(text)
            yield token


def text_analyzer() -> Composable:
    """For titles, summaries and page text: fold, drop stop words, stem English."""
    return (
        ScriptTokenizer()
        | LowercaseFilter()
        | FoldFilter()
        | StopFilter(stoplist=STOP_WORDS, minsize=1)
        | _StemLatin()
    )


def spelling_analyzer() -> Composable:
    """For the spelling vocabulary: folded surface words, no stemming, no bigrams kept short."""
    return ScriptTokenizer() | LowercaseFilter() | FoldFilter()


_TEXT = text_analyzer()
_PLAIN = spelling_analyzer()


def analyze(text: str) -> list[str]:
    """The index terms of a piece of text, in order."""
    return [t.text for t in _TEXT(text)]


@lru_cache(maxsize=64)
def analyze_with_offsets(text: str) -> tuple[tuple[str, int, int], ...]:
    """(term, start, end) of each index term of the text, as the text analyzer makes them.

    The same pipeline as `text_analyzer` without Whoosh's token objects, and each distinct
    word turned into its term once (a 400-word English page: 0.23 ms, 0.39 when folding and
    stemming were looked up apart), for snippets; cached, since a search looks at each shown
    page more than once.
    """
    out = []
    term_of = _index_term
    if _UNSPACED.search(text) is None:  # every word is one token: the common case, kept lean
        for match in _WORD.finditer(text):
            term = term_of(match.group())
            if term is not None:
                start, end = match.span()
                out.append((term, start, end))
        return tuple(out)
    for piece, start, end in _pieces(text):
        term = term_of(piece)
        if term is not None:
            out.append((term, start, end))
    return tuple(out)


@lru_cache(maxsize=200_000)
def _index_term(piece: str) -> str | None:
    """The index term of one token as the text analyzer makes it; None for a stop word."""
    term = fold(piece)
    if term in STOP_WORDS:
        return None
    return english_stem(term) if term.isascii() else term


def surface_words(text: str) -> list[str]:
    """Folded words as typed, for spelling suggestions."""
    return [t.text for t in _PLAIN(text)]


def stem(word: str) -> str:
    terms = [t.text for t in _TEXT(word, removestops=False)]
    return terms[0] if terms else fold(word)


_SCRIPT_LANGUAGES = (
    (re.compile(r"[\u0e00-\u0e7f]"), ("th",)),
    (re.compile(r"[\u0e80-\u0eff]"), ("lo",)),
    (re.compile(r"[\u1780-\u17ff]"), ("km",)),
    (re.compile(r"[\u1000-\u109f]"), ("my",)),
    (re.compile(r"[\u3040-\u30ff]"), ("ja",)),
    (re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]"), ("zh",)),
    (re.compile(r"[\u0900-\u097f]"), ("ne", "hi")),
    (re.compile(r"[\u1ea0-\u1ef9ăâđêôơưĂÂĐÊÔƠƯ]"), ("vi",)),
)


def query_languages(text: str) -> tuple[str, ...]:
    """The languages a query's script or diacritics point to (empty for plain Latin text)."""
    for pattern, languages in _SCRIPT_LANGUAGES:
        if pattern.search(text):
            return languages
    return ()
