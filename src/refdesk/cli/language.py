"""CLI layer: the command line's language: picks it and installs a Qt translator for the core's messages.

The CLI uses the window's mechanism (docs/translating.md): the same `refdesk_<lang>.qm` files, read
by a `QTranslator`, and every message below the window goes through `refdesk.core.i18n.translate`.
The language is, in order: `REFDESK_LANGUAGE`, the `ui_language` setting, the system's locale
(LANGUAGE, else LC_ALL, LC_MESSAGES or LANG, as Qt reads it on Linux). English, or a language
with no translation file, needs no translator, and then PySide6 is not even imported: the CLI
starts as fast as before and runs where Qt cannot. A translation that cannot be loaded is logged
and the CLI stays in English; choosing a language never stops a command.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from refdesk.config.paths import AppPaths, bundled_translations
from refdesk.config.settings import load_settings
from refdesk.core import i18n as core_i18n

from . import argparse_words

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator

log = logging.getLogger(__name__)

# A locale name ("th", "zh_CN", "en") that overrides the setting and the system for one run.
ENV_LANGUAGE = "REFDESK_LANGUAGE"
# A folder of refdesk_<lang>.qm files to use instead of the bundled ones (tests, trying a translation).
ENV_TRANSLATIONS = "REFDESK_TRANSLATIONS"
# Translation files are named refdesk_<language>.qm, as for the window (refdesk.gui.i18n).
PREFIX = "refdesk"


_loaded = ""  # what set_up installed: "" for English


def current() -> str:
    """The language this run speaks ("" for English), for names from other sources (Babel)."""
    return _loaded


def set_up(args: Sequence[str], *, english: bool = False) -> str:
    """Install the translator for this run's language; returns the language loaded, "" for English.

    `args` are the command line's arguments (for `--data-dir`, whose settings name the language).
    With `english`, the run stays in English whatever is chosen (machine-readable output).
    """
    global _loaded
    core_i18n.install(None)
    _loaded = ""
    if english:
        return ""
    try:
        _loaded = install(wanted_languages(args), translations_folder())
    except Exception as exc:  # a language must never stop a command
        # Logging is not set up yet, so this reaches stderr: a warning, never a traceback.
        log.warning("the command line stays in English: %s: %s", type(exc).__name__, exc)
        core_i18n.install(None)
    return _loaded


def wanted_languages(args: Sequence[str], environ: Mapping[str, str] | None = None) -> list[str]:
    """The languages asked for, most wanted first: REFDESK_LANGUAGE, ui_language, else the system's."""
    environ = os.environ if environ is None else environ
    override = normalise(environ.get(ENV_LANGUAGE, ""))
    if override:
        return [override]
    setting = load_settings(AppPaths.resolve(data_dir_flag(args)).settings_file).ui_language
    if setting:
        return [setting]
    return system_languages(environ)


def data_dir_flag(args: Sequence[str]) -> str | None:
    """The value of the global `--data-dir`, read before the full parser exists (it is only a hint:
    argparse still checks the command line afterwards)."""
    for index, arg in enumerate(args):
        if arg == "--data-dir":
            return args[index + 1] if index + 1 < len(args) else None
        if arg.startswith("--data-dir="):
            return arg.partition("=")[2]
        if arg == "--" or not arg.startswith("-"):
            return None  # global options come before the command
    return None


def system_languages(environ: Mapping[str, str]) -> list[str]:
    """The system's UI languages, as Qt reads them on Linux: LANGUAGE (a list separated by ':'),
    else the first of LC_ALL, LC_MESSAGES and LANG that is set."""
    listed = environ.get("LANGUAGE", "")
    if listed:
        names = listed.split(":")
    else:
        names = [next((environ[k] for k in ("LC_ALL", "LC_MESSAGES", "LANG") if environ.get(k)), "")]
    return [name for name in map(normalise, names) if name]


def normalise(name: str) -> str:
    """A locale name as the translation files spell it: "th_TH.UTF-8" -> "th_TH", "zh-CN" -> "zh_CN"."""
    name = name.strip().split(".", 1)[0].split("@", 1)[0].replace("-", "_")
    return "en" if name in ("C", "POSIX") else name


def translations_folder(environ: Mapping[str, str] | None = None) -> Path:
    """Where the .qm files are: REFDESK_TRANSLATIONS, else the ones shipped with the app."""
    environ = os.environ if environ is None else environ
    folder = environ.get(ENV_TRANSLATIONS, "")
    return Path(folder) if folder else bundled_translations()


def has_translation(language: str, folder: Path) -> bool:
    """Whether `folder` holds a .qm for the language (any country of it: Qt picks the best one)."""
    base = language.split("_", 1)[0]
    return (folder / f"{PREFIX}_{base}.qm").is_file() or any(folder.glob(f"{PREFIX}_{base}_*.qm"))


def install(languages: Sequence[str], folder: Path) -> str:
    """Translate the core's messages into the first of `languages` that has a translation.

    English wins where it comes first. Returns the language of the file loaded, "" for English.
    """
    core_i18n.install(None)
    candidates = []
    for language in languages:
        if language.split("_", 1)[0] == "en":
            break
        if has_translation(language, folder):
            candidates.append(language)
    if not candidates:
        return ""
    from PySide6.QtCore import QLocale, QTranslator  # only now: English never needs Qt

    for language in candidates:
        translator = QTranslator()
        if translator.load(QLocale(language), PREFIX, "_", str(folder)) and not translator.isEmpty():
            core_i18n.install(_translate_with(translator))
            argparse_words.install()
            loaded = Path(translator.filePath()).stem.removeprefix(f"{PREFIX}_")
            log.info("command-line language: %s (%s)", loaded, translator.filePath())
            return loaded
        log.warning("no usable translation for %s in %s; the command line stays in English", language, folder)
    return ""


def _translate_with(translator: QTranslator) -> core_i18n.Translator:
    def translate(context: str, text: str, disambiguation: str | None, n: int) -> str:
        return translator.translate(context, text, disambiguation, n) or ""

    return translate
