"""Core layer: the closed vocabularies of the catalogue source format (spec/catalogue-source.md).

The labels of types and regions are English source strings marked for translation in the
"Vocabulary" context, where the labels of the bundled catalogue's topics and audiences go too
(scripts/update_translations.py); the window shows them translated, the CLI and the index as here.
"""

from __future__ import annotations

import re

from .i18n import QT_TRANSLATE_NOOP, translate

TYPES: dict[str, str] = {
    "indicators": QT_TRANSLATE_NOOP("Vocabulary", "Indicators and checklists"),
    "screening-tool": QT_TRANSLATE_NOOP("Vocabulary", "Screening tool"),
    "guidance": QT_TRANSLATE_NOOP("Vocabulary", "Guidance"),
    "handbook": QT_TRANSLATE_NOOP("Vocabulary", "Handbook or toolkit"),
    "sop": QT_TRANSLATE_NOOP("Vocabulary", "Standard operating procedure"),
    "training": QT_TRANSLATE_NOOP("Vocabulary", "Training curriculum"),
    "referral": QT_TRANSLATE_NOOP("Vocabulary", "Referral tool or directory"),
    "digital-tool": QT_TRANSLATE_NOOP("Vocabulary", "Digital tool"),
    "research": QT_TRANSLATE_NOOP("Vocabulary", "Research"),
    "methodology": QT_TRANSLATE_NOOP("Vocabulary", "Methodology"),
    "policy": QT_TRANSLATE_NOOP("Vocabulary", "Policy"),
    "data-standard": QT_TRANSLATE_NOOP("Vocabulary", "Data standard"),
    "awareness": QT_TRANSLATE_NOOP("Vocabulary", "Awareness material"),
}

REGIONS: dict[str, str] = {
    "global": QT_TRANSLATE_NOOP("Vocabulary", "Global"),
    "asia": QT_TRANSLATE_NOOP("Vocabulary", "Asia"),
    "southeast-asia": QT_TRANSLATE_NOOP("Vocabulary", "Southeast Asia"),
    "south-asia": QT_TRANSLATE_NOOP("Vocabulary", "South Asia"),
    "east-asia": QT_TRANSLATE_NOOP("Vocabulary", "East Asia"),
    "central-asia": QT_TRANSLATE_NOOP("Vocabulary", "Central Asia"),
    "asia-pacific": QT_TRANSLATE_NOOP("Vocabulary", "Asia-Pacific"),
    "greater-mekong": QT_TRANSLATE_NOOP("Vocabulary", "Greater Mekong"),
    "pacific": QT_TRANSLATE_NOOP("Vocabulary", "Pacific"),
    "europe": QT_TRANSLATE_NOOP("Vocabulary", "Europe"),
    "africa": QT_TRANSLATE_NOOP("Vocabulary", "Africa"),
    "americas": QT_TRANSLATE_NOOP("Vocabulary", "Americas"),
    "middle-east": QT_TRANSLATE_NOOP("Vocabulary", "Middle East"),
}

STAGES = ("recruitment", "transit", "exploitation", "exit", "reintegration")
IDENTIFICATION = ("formal", "informal", "self", "non-identification")

# Facets offered on every result set, in display order.
FACETS = ("type", "topic", "audience", "country", "region", "language", "year")

CATALOGUE_ID = re.compile(r"[a-z0-9-]{3,64}")
RESOURCE_ID = re.compile(r"[a-z0-9][a-z0-9-]{2,99}")
SLUG = re.compile(r"[a-z0-9][a-z0-9-]*")
COUNTRY_CODE = re.compile(r"[A-Z]{2}")
LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")

DOCUMENT_SUFFIXES = {
    ".pdf": "application/pdf",
    ".md": "text/markdown",
    ".markdown": "text/markdown",
    ".txt": "text/plain",
    ".html": "text/html",
    ".htm": "text/html",
}


def slug_label(slug: str) -> str:
    """The label shown for a topic or audience slug nobody labelled: dashes become spaces."""
    text = slug.replace("-", " ")
    return text[:1].upper() + text[1:]


def shown(label: str | None, slug: str) -> str:
    """How a type, region, topic or audience is shown: its label in the chosen language (context
    Vocabulary, for the window and the command line alike), else its slug as words."""
    return translate("Vocabulary", label) if label else slug_label(slug)
