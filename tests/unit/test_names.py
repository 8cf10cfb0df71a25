"""Names of countries and languages from CLDR (Babel), in a given language, for the window."""

from __future__ import annotations

from refdesk.config import names


def test_a_window_language_is_named_in_itself_and_in_others() -> None:
    assert [names.ui_language_name(code) for code in ("th", "vi", "km", "ne", "zh_CN", "en")] == [
        "ไทย",
        "Tiếng Việt",
        "ខ្មែរ",
        "नेपाली",
        "简体中文",  # the script of zh_CN picks CLDR's name for Simplified Chinese
        "English",
    ]
    assert names.ui_language_name("th", "en") == "Thai"
    assert names.ui_language_name("zh_CN", "en") == "Simplified Chinese"
    assert names.ui_language_name("km", "th") == "เขมร"
    assert names.ui_language_name("xx-not-a-locale") == "xx-not-a-locale"


def test_countries_and_languages_in_a_locale_fall_back_to_english() -> None:
    assert names.country_name("KH", "th") == "กัมพูชา"
    assert names.country_name("KH", "th_TH") == "กัมพูชา"  # a full locale name, as QLocale gives
    assert names.language_name("km", "vi") == "Tiếng Khmer"
    assert names.country_name("KH", "xx-not-a-locale") == "Cambodia"
