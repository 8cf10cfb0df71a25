"""Core layer: plain text from Markdown, for extraction, indexing and snippets."""

from __future__ import annotations

import html
import re

_MD_RULES = [
    (re.compile(r"^```.*?$", re.M), ""),
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),
    (re.compile(r"\[([^\]]*)\]\([^)]*\)"), r"\1"),
    (re.compile(r"^\s{0,3}#{1,6}\s*", re.M), ""),
    (re.compile(r"^\s{0,3}>\s?", re.M), ""),
    (re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+", re.M), ""),
    (re.compile(r"^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*$", re.M), ""),
    (re.compile(r"(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1"), r"\2"),
    (re.compile(r"^\s*(?:-{3,}|\*{3,})\s*$", re.M), ""),
    (re.compile(r"<[^>\n]+>"), ""),
]


def markdown_to_text(text: str) -> str:
    """Plain text of a Markdown document, keeping its words and line structure."""
    for pattern, replacement in _MD_RULES:
        text = pattern.sub(replacement, text)
    text = text.replace("|", " ")
    return html.unescape(text)
