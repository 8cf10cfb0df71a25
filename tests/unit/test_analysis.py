"""Analyzers per script, with real text in each language."""

from __future__ import annotations

import pytest

from refdesk.index.analysis import analyze, fold


def test_english_stemming_and_stop_words() -> None:
    assert analyze("Indicators of the forced labour") == analyze("indicator forced labour")
    assert "the" not in analyze("the victims")


@pytest.mark.parametrize(
    ("with_marks", "without"),
    [("người bị mua bán", "nguoi bi mua ban"), ("Đà Nẵng", "da nang"), ("São Tomé", "sao tome")],
)
def test_accent_folding(with_marks: str, without: str) -> None:
    assert analyze(with_marks) == analyze(without)
    assert fold("Đ") == "d"


@pytest.mark.parametrize(
    ("text", "query"),
    [
        ("การค้ามนุษย์ในประเทศไทย", "ค้ามนุษย์"),  # Thai
        ("ការជួញដូរមនុស្សនៅកម្ពុជា", "ជួញដូរមនុស្ស"),  # Khmer
        ("ການຄ້າມະນຸດໃນລາວ", "ຄ້າມະນຸດ"),  # Lao
        ("လူကုန်ကူးမှုတားဆီးရေး", "လူကုန်ကူး"),  # Myanmar
        ("打击人口贩卖的儿童受害者", "人口贩卖"),  # Chinese
        ("मानव बेचबिखन पीडित", "बेचबिखन"),  # Nepali (spaced, with vowel signs)
    ],
)
def test_unspaced_scripts_find_words_inside_runs(text: str, query: str) -> None:
    text_terms = analyze(text)
    query_terms = analyze(query)
    assert query_terms, query
    # The query's terms appear in the text's terms, in the same order (a phrase).
    joined = "\x00".join(text_terms)
    assert "\x00".join(query_terms) in joined


def test_vowel_signs_do_not_split_words() -> None:
    assert analyze("पीडित") == ["पीडित"]


def test_latin_inside_thai_is_a_word() -> None:
    terms = analyze("ILOตัวชี้วัด")
    assert "ilo" in terms


@pytest.mark.parametrize(
    "text",
    [
        "The labour inspectors' checklist: Đà Nẵng, São Tomé — organised recruitment; "
        "children's passports (kept by the employer) and 12 unpaid months of wages.",
        # Unspaced scripts next to Latin words, inside one word and apart: the bigram path.
        "บัตรคัดกรองผู้เสียหาย (screening card) ការជួញដូរមនុស្ស 人口贩运受害者 COVID19ไทย and ກ ງ",
    ],
)
def test_fast_offsets_match_the_analyzer(text: str) -> None:
    from refdesk.index.analysis import _TEXT, analyze_with_offsets

    slow = [(t.text, t.startchar, t.endchar) for t in _TEXT(text, chars=True, removestops=True)]
    assert list(analyze_with_offsets(text)) == slow
    assert len(slow) > 10
