"""Config layer: display names of countries and languages from CLDR (Babel), per locale."""

from __future__ import annotations

from functools import cache

from babel import Locale, UnknownLocaleError

# Locales whose names for countries and languages are indexed, so that a Thai or Chinese
# officer finds Cambodia's resources by typing the name in their own script.
SEARCH_LOCALES = ("en", "th", "vi", "id", "km", "ne", "zh", "ms", "lo", "my", "fil")


@cache
def _locale(code: str) -> Locale | None:
    try:
        return Locale.parse(code)
    except (ValueError, UnknownLocaleError):
        return None


def _names_in(locale: str) -> Locale:
    """The CLDR data for `locale` ("th", "zh_CN", "th_TH"); English for a locale Babel lacks."""
    loc = _locale(locale) or _locale("en")
    assert loc is not None
    return loc


def country_name(code: str, locale: str = "en") -> str:
    """The name of a country in `locale`'s language: "TH" is "Thailand", "ประเทศไทย", "Thái Lan"."""
    return str(_names_in(locale).territories.get(code.upper(), code.upper()))


def language_name(code: str, locale: str = "en") -> str:
    """The name of a language in `locale`'s language: "km" is "Khmer", "เขมร", "tiếng Khmer"."""
    return str(_names_in(locale).languages.get(code.lower(), code))


def ui_language_name(locale: str, in_locale: str | None = None) -> str:
    """The name of a window language in `in_locale`'s language, by default in itself, for a
    language menu: "th" is "ไทย" in itself and "Thai" in English; "zh_CN" is "简体中文".

    A country or a script in `locale` picks CLDR's name for that variant where it has one (zh_CN
    is written in Simplified characters, so it is "简体中文", not only "中文").
    """
    loc = _locale(locale)
    if loc is None:
        return locale
    words = loc if in_locale is None else _names_in(in_locale)
    variants = [str(loc)] + [f"{loc.language}_{part}" for part in (loc.territory, loc.script) if part]
    name = next((words.languages[v] for v in [*variants, loc.language] if v in words.languages), locale)
    return name[:1].upper() + name[1:]


def is_country(code: str) -> bool:
    loc = _locale("en")
    assert loc is not None
    return len(code) == 2 and code.isupper() and code in loc.territories


def is_language(code: str) -> bool:
    loc = _locale("en")
    assert loc is not None
    return code in loc.languages


@cache
def country_search_names(code: str) -> tuple[str, ...]:
    """Names of a country in every search locale, plus common English variants."""
    names = {country_name(code, loc) for loc in SEARCH_LOCALES}
    names.update(_ALIASES.get(code, ()))
    return tuple(sorted(names))


@cache
def language_search_names(code: str) -> tuple[str, ...]:
    names = {language_name(code, loc) for loc in SEARCH_LOCALES}
    names.update(_LANGUAGE_ALIASES.get(code, ()))
    return tuple(sorted(names))


# Names officers type that CLDR spells otherwise.
_ALIASES: dict[str, tuple[str, ...]] = {
    "VN": ("Viet Nam",),
    "LA": ("Lao PDR", "Lao"),
    "MM": ("Burma",),
    "KR": ("Republic of Korea", "Korea"),
    "KP": ("North Korea",),
    "GB": ("United Kingdom", "UK", "Britain"),
    "US": ("United States", "USA"),
    "HK": ("Hong Kong",),
    "TL": ("East Timor", "Timor-Leste"),
    "BN": ("Brunei Darussalam",),
}
_LANGUAGE_ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("Bahasa Indonesia", "Bahasa"),
    "ms": ("Bahasa Melayu", "Malay"),
    "zh": ("Chinese", "Mandarin"),
    "fil": ("Filipino", "Tagalog"),
    "my": ("Burmese", "Myanmar"),
}
