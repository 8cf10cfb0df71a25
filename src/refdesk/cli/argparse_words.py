"""CLI layer: argparse's own words ("usage:", "options", its error messages) in the run's language.

argparse words its help and errors through Python's gettext (`argparse._`), for which Python
ships no translations, so `refdesk --help` in Thai said "usage:" and "options:" in English.
The strings a user of RefDesk can meet are listed here for our translation files (context
"argparse", the same mechanism as every other message) and `install()` routes argparse's lookups
through `refdesk.core.i18n.translate`. argparse's messages for programming mistakes (conflicting
options and the like) are left out: they never reach a user.
"""

from __future__ import annotations

import argparse

from refdesk.core.i18n import QT_TRANSLATE_NOOP, translate

#: Keep each text exactly as argparse writes it (Python 3.11-3.13), placeholders included.
WORDS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "can't open '%(filename)s': %(error)s"),
)


def _gettext(text: str) -> str:
    return translate("argparse", text)


def _ngettext(singular: str, plural: str, n: int) -> str:
    return translate("argparse", singular if n == 1 else plural)


def install() -> None:
    """argparse asks our translation for its words from now on (English where it has none)."""
    argparse._ = _gettext  # type: ignore[attr-defined]
    argparse.ngettext = _ngettext  # type: ignore[attr-defined]
