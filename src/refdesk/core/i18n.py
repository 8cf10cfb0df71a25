"""Core layer: marking user-visible text for translation, without depending on Qt.

RefDesk has one translation mechanism, Qt's (docs/translating.md): `pyside6-lupdate` collects
every `translate("Context", "text")` and `QT_TRANSLATE_NOOP("Context", "text")` call it finds in
src/refdesk, whatever module defines the function, and `.qm` files carry the translations. The
layers below the window must not import Qt, so they call the two functions here:

- `translate(context, text, disambiguation=None, n=-1)` returns the text in the chosen language
  once an outer layer has installed a translator (`install`), else the English source. `%n` in
  the text is replaced with `n`, as Qt does; plural forms come from the translation.
- `QT_TRANSLATE_NOOP(context, text)` only marks a string kept in a table (the vocabularies);
  whoever shows it calls `translate(context, text)` then.

Messages are translated when they are made (an error's text when it is raised), so the outer
layer installs its translator before it does any work: the window in `refdesk.gui.i18n`, the
CLI in `refdesk.cli.language`.
"""

from __future__ import annotations

from collections.abc import Callable

# (context, source text, disambiguation, n) -> translated text, or "" when there is none.
Translator = Callable[[str, str, "str | None", int], str]

_translator: Translator | None = None


def install(translator: Translator | None) -> None:
    """Use `translator` for every later `translate` call; None goes back to English."""
    global _translator
    _translator = translator


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the installed language (English when none is installed or it has no translation)."""
    translated = _translator(context, text, disambiguation, n) if _translator is not None else ""
    result = translated or text
    return result.replace("%n", str(n)) if n >= 0 else result


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Mark `text` for translation in `context` and return it unchanged."""
    return text
