"""Config layer: display names of countries and languages from CLDR (Babel), per locale."""

from __future__ import annotations

from functools import cache

from babel import Locale, UnknownLocaleError

#: Locales whose names for countries and languages are indexed, so that a Thai or Chinese
#: officer finds Cambodia's resources by typing the name in their own script.
SEARCH_LOCALES = ("en", "th", "vi", "id", "km", "ne", "zh", "ms", "lo", "my", "fil")


@cache
def _locale(code: str) -> Locale | None:
    try:
        return Locale.parse(code)
    except (ValueError, UnknownLocaleError):
        return None


def country_name(code: str, locale: str = "en") -> str:
    loc = _locale(locale) or _locale("en")
    assert loc is not None
    return str(loc.territories.get(code.upper(), code.upper()))


def language_name(code: str, locale: str = "en") -> str:
    loc = _locale(locale) or _locale("en")
    assert loc is not None
    return str(loc.languages.get(code.lower(), code))


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
