"""GUI layer: the window's language: installs Qt translators for the chosen or the system locale.

One mechanism for the window: Qt's own (QTranslator, `self.tr()` and `QCoreApplication.translate`,
.ts sources compiled to .qm by pyside6-lrelease); see docs/translating.md. The language also
becomes QLocale's default, so numbers and dates the window formats follow it.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLibraryInfo, QLocale, QTranslator

from refdesk.config import names
from refdesk.config.paths import bundled_translations
from refdesk.core import i18n as core_i18n

log = logging.getLogger(__name__)

# Translation files are named refdesk_<language>.qm (compiled) next to their refdesk_<language>.ts.
PREFIX = "refdesk"

# The window's source language, which needs no translation file.
ENGLISH = "en"

# The translators this module installed, so a change of language can take them out again.
_installed: list[QTranslator] = []
# The language whose translation is installed ("" while the window speaks English).
_loaded = ""


def available_languages(folder: Path | None = None) -> list[str]:
    """The languages with a compiled translation file, e.g. ["th", "zh_CN"] (English is the source)."""
    folder = folder or bundled_translations()
    return sorted(path.stem.removeprefix(f"{PREFIX}_") for path in folder.glob(f"{PREFIX}_*.qm"))


def language_choices(folder: Path | None = None) -> list[tuple[str, str]]:
    """(`ui_language` value, the language's name in itself) for English and every translation:
    [("en", "English"), ("th", "ไทย"), ("zh_CN", "简体中文"), ...], English first."""
    others = [code for code in available_languages(folder) if code != ENGLISH]
    return [(code, names.ui_language_name(code)) for code in (ENGLISH, *others)]


def window_language() -> str:
    """The language the window speaks now, as a locale name ("th", "zh_CN"); "en" for English.

    What the window shows in words (names of countries and languages) follows this, not the
    system's locale: a window left in English for want of a translation names them in English.
    """
    return _loaded or ENGLISH


def locale_for(language: str) -> QLocale:
    """The locale for a `ui_language` setting; "" is the system's."""
    return QLocale(language) if language else QLocale.system()


# Thai calendars, documents and Windows in Thai count years in the Buddhist Era: 2026 is 2569.
# Qt formats dates in the Gregorian calendar only, so the year is written in by hand.
BUDDHIST_ERA_OFFSET = 543


def format_date(day: date, form: QLocale.FormatType, *, full_year: bool = False) -> str:
    """A date as the window's locale writes it (its order, month names and digits); in Thai,
    with the Buddhist Era year. `full_year` turns a two-digit year into four."""
    locale = QLocale()
    pattern = locale.dateFormat(form)
    if full_year and "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    if locale.language() == QLocale.Language.Thai:
        year = day.year + BUDDHIST_ERA_OFFSET
        parts = pattern.split("'")  # the even parts are outside quoted literal text
        for index in range(0, len(parts), 2):
            parts[index] = parts[index].replace("yyyy", f"'{year}'").replace("yy", f"'{year % 100:02d}'")
        pattern = "'".join(parts)
    return locale.toString(QDate(day.year, day.month, day.day), pattern)


def data_size(count: int) -> str:
    """A size in bytes as the window's locale writes it: its digits, decimal sign and words
    ("42 kB", "3,8 MB"); a kB of 1,024 bytes, as Qt and most file managers show files."""
    binary = QLocale.DataSizeFormat.DataSizeTraditionalFormat
    return QLocale().formattedDataSize(count, 0 if count < 1024 * 1024 else 1, binary)


def install_language(language: str, folder: Path | None = None) -> str:
    """Install the translators for `language` ("" follows the system) in place of earlier ones.

    Returns the language whose translation was loaded, or "" when the window stays in English
    (English chosen, or no translation for the locale). Widgets get a LanguageChange event.
    """
    global _loaded
    app = QCoreApplication.instance()
    assert app is not None, "make the QApplication first"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _loaded = ""
    core_i18n.install(None)
    locale = locale_for(language)
    QLocale.setDefault(locale)
    folder = folder or bundled_translations()
    ours = QTranslator(app)
    if not ours.load(locale, PREFIX, "_", str(folder)) or ours.isEmpty():
        log.info("no translation for %s in %s; the window stays in English", locale.name(), folder)
        return ""
    # Qt's own strings (standard buttons, context menus of text boxes), where Qt ships them.
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    app.installTranslator(ours)
    _installed.append(ours)
    # The layers below the window translate their messages through the same translators.
    core_i18n.install(QCoreApplication.translate)
    _loaded = Path(ours.filePath()).stem.removeprefix(f"{PREFIX}_")
    log.info("window language: %s (%s)", _loaded, ours.filePath())
    return _loaded


def reset_language() -> None:
    """Back to the English source strings and the system's locale (tests, and the English choice)."""
    global _loaded
    _loaded = ""
    app = QCoreApplication.instance()
    if app is not None:
        for translator in _installed:
            app.removeTranslator(translator)
    _installed.clear()
    core_i18n.install(None)
    QLocale.setDefault(QLocale.system())


class Retranslatable:
    """Mixin for a widget that sets its words in `_retranslate()`: they are set again whenever the
    language changes (QEvent.LanguageChange, sent to every widget when a translator is installed).
    `_language_changed()` may do more (a model to re-word, a status to show again)."""

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)  # type: ignore[misc]
        if event.type() == QEvent.Type.LanguageChange:
            self._language_changed()

    def _language_changed(self) -> None:
        self._retranslate()

    def _retranslate(self) -> None:
        raise NotImplementedError
