"""GUI layer: the window's language: installs Qt translators for the chosen or the system locale.

One mechanism for the window: Qt's own (QTranslator, `self.tr()` and `QCoreApplication.translate`,
.ts sources compiled to .qm by pyside6-lrelease); see docs/translating.md. The language also
becomes QLocale's default, so numbers and dates the window formats follow it.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from refdesk.config.paths import bundled_translations
from refdesk.core import i18n as core_i18n

log = logging.getLogger(__name__)

#: Translation files are named refdesk_<language>.qm (compiled) next to their refdesk_<language>.ts.
PREFIX = "refdesk"

# The translators this module installed, so a change of language can take them out again.
_installed: list[QTranslator] = []


def available_languages(folder: Path | None = None) -> list[str]:
    """The languages with a compiled translation file, e.g. ["th", "zh_CN"] (English is the source)."""
    folder = folder or bundled_translations()
    return sorted(path.stem.removeprefix(f"{PREFIX}_") for path in folder.glob(f"{PREFIX}_*.qm"))


def locale_for(language: str) -> QLocale:
    """The locale for a `ui_language` setting; "" is the system's."""
    return QLocale(language) if language else QLocale.system()


def install_language(language: str, folder: Path | None = None) -> str:
    """Install the translators for `language` ("" follows the system) in place of earlier ones.

    Returns the language whose translation was loaded, or "" when the window stays in English
    (English chosen, or no translation for the locale). Widgets get a LanguageChange event.
    """
    app = QCoreApplication.instance()
    assert app is not None, "make the QApplication first"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
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
    loaded = Path(ours.filePath()).stem.removeprefix(f"{PREFIX}_")
    log.info("window language: %s (%s)", loaded, ours.filePath())
    return loaded


def reset_language() -> None:
    """Back to the English source strings and the system's locale (tests, and the English choice)."""
    app = QCoreApplication.instance()
    if app is not None:
        for translator in _installed:
            app.removeTranslator(translator)
    _installed.clear()
    core_i18n.install(None)
    QLocale.setDefault(QLocale.system())
