"""The fixed, seeded query mix of the search benchmark.

The mix depends only on (seed, resources, words) and the generator's vocabulary, never on the
engine, so the same queries run before and after an optimisation. Words are chosen so that they
occur in the generated catalogue (their expected count is computed from the generator's Zipf
probabilities and the catalogue's word count); `run.py` reports any query that still finds
nothing in one engine but not the other.

Each query is a dict: {"kind", "query", "filters", "limit", "expect"}, where `filters` holds
the fields of refdesk.core.types.SearchFilters that are set, and `expect` is the intended
spelling for misspelled queries (else null).
"""

from __future__ import annotations

import random
import re
from typing import Any

import generate as gen

#: Kinds, in the order they are printed. See benchmarks/README.md for what each one means.
KINDS = (
    "prefix",
    "one_word",
    "two_words",
    "three_words",
    "phrase",
    "fields",
    "misspelling",
    "fulltext_only",
    "facets",
    "snippets",
)
DEFAULT_LIMIT = 20  # SearchRequest's default page of results
SNIPPET_LIMIT = 10

Query = dict[str, Any]

_ALPHA = re.compile(r"^[a-z]+$")


def _q(
    kind: str, query: str, filters: dict | None = None, limit: int = DEFAULT_LIMIT, expect: str | None = None
) -> Query:
    return {"kind": kind, "query": query, "filters": filters or {}, "limit": limit, "expect": expect}


class _Pools:
    """Words of the generated catalogue, grouped by what they are good for."""

    def __init__(self, vocab: gen.Vocabulary, english_entries: float) -> None:
        self.vocab = vocab
        prob = vocab.english_prob

        def expected(w: str) -> float:
            return prob.get(w, 0.0) * english_entries

        page_only = set(vocab.page_only)
        self.domain_single = [w for w in vocab.domain if " " not in w and "-" not in w and w.isalpha()]
        self.domain_multi = [w for w in vocab.domain if " " in w]
        self.domain_two = [w for w in self.domain_multi if len(w.split()) == 2]
        self.domain_three = [w for w in self.domain_multi if len(w.split()) >= 3]
        self.domain_single_set = set(self.domain_single)
        self.common = [w for w in vocab.common if len(w) >= 4 and expected(w) >= 20]
        self.common_set = set(self.common)
        # Generated words that occur at least ~20 times in the pages (and in titles/summaries).
        self.generated = [w for w in vocab.generated[:6000] if w not in page_only and expected(w) >= 20]
        self.generated_rare = [
            w for w in vocab.generated[1500:20000] if w not in page_only and 5 <= expected(w) < 20
        ]
        self.page_only = [w for w in vocab.page_only if _ALPHA.match(w) and expected(w) >= 4]
        self.countries = [c for c in gen.COUNTRY_NAMES if " " not in c and "-" not in c]


def _pick(rng: random.Random, items: list[str]) -> str:
    return items[rng.randrange(len(items))]


_SUFFIXES = ("ations", "ation", "ings", "ing", "ers", "er", "ies", "es", "ed", "ly", "ment", "s", "e")


def _crude_stem(word: str) -> str:
    """A word without a common English ending: a misspelling must not be another form of a word."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def _misspell(rng: random.Random, word: str) -> str:
    """One edit that keeps the first letter: substitute, delete, insert or swap two letters."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    i = rng.randrange(1, len(word))
    op = rng.choice(("sub", "del", "ins", "swap"))
    if op == "sub":
        return word[:i] + rng.choice(letters.replace(word[i], "")) + word[i + 1 :]
    if op == "del":
        return word[:i] + word[i + 1 :]
    if op == "ins":
        return word[:i] + rng.choice(letters) + word[i:]
    if i == len(word) - 1:
        i -= 1
    if i < 1 or word[i] == word[i + 1]:
        return word[:i] + rng.choice(letters.replace(word[i], "")) + word[i + 1 :]
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def publisher_key(name: str) -> str:
    """What a user types after publisher:, e.g. 'ilo' for 'International Labour Organization (ILO)'."""
    match = re.search(r"\(([^)]+)\)", name)
    if match:
        return match.group(1).lower()
    return re.findall(r"\w+", name)[0].lower()


def build_mix(
    seed: str, resources: int, words: int, english_words: int, facts: list[dict], per_kind: int = 60
) -> list[Query]:
    """The query mix for a generated catalogue: `english_words` from its generator.json, `facts`
    from its facts.jsonl (the facets of each resource)."""
    vocab = gen.build_vocabulary(seed)
    pools = _Pools(vocab, english_words / 1.05)
    rng = random.Random(f"refdesk-bench-queries-{seed}-{resources}-{words}")
    mix: list[Query] = []
    n = per_kind

    # -- as-you-type prefixes: 2-5 letters of a word, sometimes after a finished word.
    targets = pools.domain_single + pools.common + pools.generated[:400]
    for i in range(n):
        word = _pick(rng, [w for w in targets if len(w) >= 5])
        prefix = word[: rng.randint(2, 5)] + "*"
        if i % 4 == 3:
            mix.append(_q("prefix", f"{_pick(rng, pools.domain_single)} {prefix}"))
        else:
            mix.append(_q("prefix", prefix))

    # -- one word: domain, common, generated (frequent and rare), country, other languages.
    other_words = [
        "nạn nhân",
        "nan nhan",
        "hộ chiếu",
        "môi giới",
        "ผู้เสียหาย",
        "การค้ามนุษย์",
        "นายหน้า",
        "korban",
        "paspor",
        "eksploitasi",
        "受害者",
        "人口贩卖",
        "护照",
    ]
    for i in range(n):
        slot = i % 10
        if slot in (0, 1, 2, 3):
            word = _pick(rng, pools.domain_single)
        elif slot in (4, 5):
            word = _pick(rng, pools.common)
        elif slot == 6:
            word = _pick(rng, pools.generated)
        elif slot == 7:
            word = _pick(rng, pools.generated_rare or pools.generated)
        elif slot == 8:
            word = _pick(rng, pools.countries)
        else:
            word = other_words[(i // 10) % len(other_words)]
        mix.append(_q("one_word", word))

    # -- two and three words (all of them should count; not quoted).
    for i in range(n):
        slot = i % 5
        if slot == 0:
            text = _pick(rng, pools.domain_two)
        elif slot == 1:
            text = f"{_pick(rng, pools.domain_single)} {_pick(rng, pools.domain_single)}"
        elif slot == 2:
            text = f"{_pick(rng, pools.domain_single)} {_pick(rng, pools.countries)}"
        elif slot == 3:
            text = f"{_pick(rng, pools.domain_single)} {_pick(rng, pools.common)}"
        else:
            text = f"{_pick(rng, pools.generated)} {_pick(rng, pools.domain_single)}"
        mix.append(_q("two_words", text))
    for i in range(n):
        slot = i % 4
        if slot == 0:
            text = _pick(rng, pools.domain_three)
        elif slot == 1:
            text = f"{_pick(rng, pools.domain_two)} {_pick(rng, pools.domain_single)}"
        elif slot == 2:
            first, second = _pick(rng, pools.domain_single), _pick(rng, pools.domain_single)
            text = f"{first} {second} {_pick(rng, pools.countries)}"
        else:
            text = (
                f"{_pick(rng, pools.domain_single)} {_pick(rng, pools.common)} {_pick(rng, pools.generated)}"
            )
        mix.append(_q("three_words", text))

    # -- phrases: the multi-word terms of the domain, and a few in other languages.
    other_phrases = [
        '"mua bán người"',
        '"lao động cưỡng bức"',
        '"perdagangan orang"',
        '"kerja paksa"',
        '"pekerja migran"',
        '"tàu cá"',
    ]
    for i in range(n):
        if i % 10 == 9:
            mix.append(_q("phrase", other_phrases[(i // 10) % len(other_phrases)]))
        elif i % 5 == 4:
            mix.append(_q("phrase", f'"{_pick(rng, pools.domain_multi)}" {_pick(rng, pools.domain_single)}'))
        else:
            mix.append(_q("phrase", f'"{_pick(rng, pools.domain_multi)}"'))

    # -- field clauses in the query, and the same kind of filters as SearchFilters, built from
    #    the facets of real resources of the catalogue (as a user would pick them) and a word
    #    of that resource's title.
    if not facts:
        raise ValueError("the query mix needs the catalogue's facts.jsonl")
    english = [f for f in facts if f["countries"] and "en" in f["languages"]] or facts
    others = [f for f in facts if f["languages"][0] != "en"] or facts
    types = list(gen.TYPE_WEIGHTS)

    def title_word(fact: dict) -> str:
        words = [
            w
            for w in re.findall(r"[a-z]+", fact["title"].lower())
            if w in pools.domain_single_set or w in pools.common_set
        ]
        return _pick(rng, words) if words else _pick(rng, pools.domain_single)

    def native_word(fact: dict) -> str:
        terms = [t for t in gen.OTHER_TERMS.get(fact["languages"][0], ()) if t in fact["title"]]
        return _pick(rng, terms) if terms else fact["title"].split()[0]

    for i in range(n):
        slot = i % 8
        fact = _pick(rng, english) if slot != 1 else _pick(rng, others)
        word = title_word(fact)
        country = fact["countries"][0] if fact["countries"] else "TH"
        if slot == 0:
            mix.append(_q("fields", f"type:{fact['type']} country:{country} {word}"))
        elif slot == 1:
            mix.append(_q("fields", f"lang:{fact['languages'][0]} {native_word(fact)}"))
        elif slot == 2:
            start = fact["year"] - rng.randint(0, 3)
            mix.append(_q("fields", f"year:{start}..{start + rng.randint(3, 6)} {word}"))
        elif slot == 3:
            mix.append(_q("fields", f"publisher:{publisher_key(fact['publishers'][0])} {word}"))
        elif slot == 4:
            name = gen.COUNTRY_EN[country].removeprefix("the ")
            mix.append(_q("fields", f'country:"{name}" {word}' if " " in name else f"country:{name} {word}"))
        elif slot == 5:
            mix.append(_q("fields", word, {"types": [fact["type"]], "countries": [country]}))
        elif slot == 6:
            mix.append(
                _q(
                    "fields",
                    f"{word} {_pick(rng, pools.domain_single)}",
                    {
                        "countries": [country, _pick(rng, list(gen.COUNTRY_WEIGHTS))],
                        "year_from": fact["year"] - rng.randint(0, 5),
                    },
                )
            )
        else:
            mix.append(_q("fields", word, {"languages": ["en"], "types": [fact["type"], _pick(rng, types)]}))

    # -- misspellings: one edit (not the first letter) of a real word that is in the catalogue.
    #    (The mix must not depend on the engine's code, so no refdesk analyser is used here.)
    known_stems = {_crude_stem(w) for w in vocab.all_words if w.isascii()}
    sources = [w for w in pools.domain_single + pools.common if len(w) >= 5]
    made = 0
    attempts = 0
    while made < n and attempts < n * 200:
        attempts += 1
        word = _pick(rng, sources)
        wrong = _misspell(rng, word)
        if wrong in vocab.all_words or _crude_stem(wrong) in known_stems or not wrong.isalpha():
            continue
        if made % 3 == 2:
            other = _pick(rng, pools.domain_single)
            mix.append(_q("misspelling", f"{other} {wrong}", expect=f"{other} {word}"))
        else:
            mix.append(_q("misspelling", wrong, expect=word))
        made += 1

    # -- words that occur only in document pages, never in titles, summaries or facets.
    for i in range(n):
        word = _pick(rng, pools.page_only)
        if i % 3 == 2:
            mix.append(_q("fulltext_only", f"{word} {_pick(rng, pools.domain_single)}"))
        else:
            mix.append(_q("fulltext_only", word))

    # -- facet counts: the empty query with filters a user could click (values of a real
    #    resource), and a few with none (the opening view).
    for i in range(n):
        slot = i % 6
        fact = _pick(rng, facts)
        if slot == 0 and i < 30:
            filters: dict[str, Any] = {}
        elif slot == 1:
            filters = {"types": [fact["type"]]}
        elif slot == 2:
            filters = {"countries": fact["countries"][:1] or ["TH"], "types": [fact["type"]]}
        elif slot == 3:
            filters = {"topics": fact["topics"][:1], "year_from": fact["year"] - rng.randint(0, 8)}
        elif slot == 4:
            filters = {"languages": fact["languages"][:1], "regions": fact["regions"][:1]}
        else:
            start = fact["year"] - rng.randint(0, 5)
            filters = {"year_from": start, "year_to": start + 5, "countries": fact["countries"][:1] or ["VN"]}
        mix.append(_q("facets", "", filters))

    # -- top 10 with snippets: words that are frequent in document pages.
    for i in range(n):
        if i % 2:
            text = f"{_pick(rng, pools.domain_single)} {_pick(rng, pools.domain_single)}"
        else:
            text = _pick(rng, pools.domain_single + pools.generated[:100])
        mix.append(_q("snippets", text, limit=SNIPPET_LIMIT))

    for number, query in enumerate(mix):
        query["n"] = number
    return mix


def filters_of(query: Query):
    """The query's SearchFilters."""
    from refdesk.core.types import SearchFilters

    f = query.get("filters") or {}
    return SearchFilters(
        types=tuple(f.get("types", ())),
        topics=tuple(f.get("topics", ())),
        audiences=tuple(f.get("audiences", ())),
        countries=tuple(f.get("countries", ())),
        regions=tuple(f.get("regions", ())),
        languages=tuple(f.get("languages", ())),
        year_from=f.get("year_from"),
        year_to=f.get("year_to"),
    )


def request_of(query: Query, limit: int | None = None):
    from refdesk.core.types import SearchRequest

    return SearchRequest(
        query=query["query"],
        filters=filters_of(query),
        limit=query["limit"] if limit is None else limit,
    )
