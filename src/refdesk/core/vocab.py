"""Core layer: the closed vocabularies of the catalogue source format (spec/catalogue-source.md)."""

from __future__ import annotations

import re

TYPES: dict[str, str] = {
    "indicators": "Indicators and checklists",
    "screening-tool": "Screening tool",
    "guidance": "Guidance",
    "handbook": "Handbook or toolkit",
    "sop": "Standard operating procedure",
    "training": "Training curriculum",
    "referral": "Referral tool or directory",
    "digital-tool": "Digital tool",
    "research": "Research",
    "methodology": "Methodology",
    "policy": "Policy",
    "data-standard": "Data standard",
    "awareness": "Awareness material",
}

REGIONS: dict[str, str] = {
    "global": "Global",
    "asia": "Asia",
    "southeast-asia": "Southeast Asia",
    "south-asia": "South Asia",
    "east-asia": "East Asia",
    "central-asia": "Central Asia",
    "asia-pacific": "Asia-Pacific",
    "greater-mekong": "Greater Mekong",
    "pacific": "Pacific",
    "europe": "Europe",
    "africa": "Africa",
    "americas": "Americas",
    "middle-east": "Middle East",
}

STAGES = ("recruitment", "transit", "exploitation", "exit", "reintegration")
IDENTIFICATION = ("formal", "informal", "self", "non-identification")

#: Facets offered on every result set, in display order.
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
