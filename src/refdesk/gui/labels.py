"""GUI layer: the words shown for facet codes (types, regions, countries, languages, slugs).

Every word is looked up when it is shown, so a change of language needs no new `Labels`:
types, regions and the catalogue's topics and audiences through the translation files'
"Vocabulary" context (a label no translation knows, e.g. another publisher's, stays as written),
countries and languages from CLDR (Babel) in the window's language.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP

from refdesk.config import names
from refdesk.core import vocab

from .i18n import window_language

log = logging.getLogger(__name__)

FACET_TITLES = {
    "type": QT_TRANSLATE_NOOP("Labels", "Type"),
    "topic": QT_TRANSLATE_NOOP("Labels", "Topic"),
    "audience": QT_TRANSLATE_NOOP("Labels", "Audience"),
    "country": QT_TRANSLATE_NOOP("Labels", "Country"),
    "region": QT_TRANSLATE_NOOP("Labels", "Region"),
    "language": QT_TRANSLATE_NOOP("Labels", "Language"),
    "year": QT_TRANSLATE_NOOP("Labels", "Year"),
}


class Labels:
    """Turns codes into names; the catalogue's own labels for topics and audiences win."""

    def __init__(self, catalogue_labels: dict[str, dict[str, str]] | None = None) -> None:
        self._catalogue = catalogue_labels or {}

    def value(self, facet: str, code: str) -> str:
        if facet == "type":
            return vocab.shown(vocab.TYPES.get(code), code)
        if facet == "region":
            return vocab.shown(vocab.REGIONS.get(code), code)
        if facet == "country":
            return names.country_name(code, window_language())
        if facet == "language":
            name = names.language_name(code, window_language())
            return name[:1].upper() + name[1:]
        if facet in ("topic", "audience"):
            return vocab.shown(self._catalogue.get(facet, {}).get(code), code)
        return code

    def values(self, facet: str, codes: tuple[str, ...] | list[str]) -> list[str]:
        return [self.value(facet, code) for code in codes]
