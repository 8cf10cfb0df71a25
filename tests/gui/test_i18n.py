"""The window's language: Qt translators load from resources/translations and apply to the window."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QPoint, QTranslator
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QMenu, QMessageBox, QTextBrowser

from refdesk.config.paths import bundled_translations
from refdesk.config.settings import Settings, load_settings, save_settings
from refdesk.gui import i18n
from refdesk.gui.main_window import MainWindow
from refdesk.gui.qt_strings import QT_STRINGS

pytestmark = pytest.mark.gui

PLACEHOLDER = re.compile(r"\{\w*\}")
LETTERS = re.compile(r"[A-Za-z]{2,}")


@pytest.fixture
def english(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """Each test starts and ends in English with the system's locale (translators are app-wide)."""
    i18n.reset_language()
    yield
    i18n.reset_language()


def _english_sources() -> set[str]:
    root = ET.parse(bundled_translations() / "refdesk_th.ts").getroot()
    return {m.findtext("source") or "" for m in root.iter("message")}


def _visible_texts(window: MainWindow) -> dict[str, list[str]]:
    """The words on the menus, buttons and labels an officer sees first."""
    menus = [a.text() for a in window.menuBar().actions()]
    for menu in window.menuBar().findChildren(QMenu):
        menus += [a.text() for a in menu.actions() if not a.isSeparator()]
    buttons = [b.text() for b in window.findChildren(QAbstractButton) if b.isVisible() and b.text()]
    labels = [lb.text() for lb in window.findChildren(QLabel) if lb.isVisible() and LETTERS.search(lb.text())]
    return {"menus": menus, "buttons": buttons, "labels": labels}


#: The languages this project commits to (issue 8); each must be complete.
LANGUAGES = ("th", "vi", "id", "km", "ne", "zh_CN")


@pytest.mark.parametrize("language", LANGUAGES)
def test_translation_is_complete_and_keeps_placeholders(language: str) -> None:
    root = ET.parse(bundled_translations() / f"refdesk_{language}.ts").getroot()
    assert "NOT YET REVIEWED" in (bundled_translations() / f"refdesk_{language}.ts").read_text("utf-8")
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, source
        forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
        for text in forms:
            assert text.strip(), source
            # A lost or renamed {placeholder} would raise KeyError in str.format at run time.
            assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(text)), source
            assert source.count("&") <= text.count("&"), f"mnemonic lost: {source}"


def test_every_message_has_its_context() -> None:
    """lupdate files a call it misreads (an alias such as `tr = QCoreApplication.translate`) under
    an empty context, with the context's name as the text; such messages never translate."""
    root = ET.parse(bundled_translations() / "refdesk_th.ts").getroot()
    nameless = [m.findtext("source") for c in root.iter("context") if not c.findtext("name") for m in c]
    assert not nameless, nameless[:5]


def test_languages_with_a_compiled_translation() -> None:
    assert set(i18n.available_languages()) >= set(LANGUAGES)


def test_install_language_falls_back_to_english(english) -> None:  # type: ignore[no-untyped-def]
    assert i18n.install_language("th") == "th"
    assert QLocale().language() == QLocale.Language.Thai
    assert i18n.install_language("km") == "km"
    assert i18n.install_language("fr") == ""  # no French translation: English
    assert i18n.install_language("en") == ""


def test_window_in_thai_then_back_in_english(make_window, english, qtbot) -> None:  # type: ignore[no-untyped-def]
    sources = _english_sources()
    english_window = make_window()
    in_english = _visible_texts(english_window)
    assert "&File" in in_english["menus"] and "&Open document" in in_english["menus"]
    assert "Open document" in in_english["buttons"]

    assert i18n.install_language("th") == "th"
    thai_window = make_window()
    in_thai = _visible_texts(thai_window)
    for kind, texts in in_thai.items():
        assert texts, kind
        untranslated = [t for t in texts if t in sources and LETTERS.search(t) and t != "RefDesk"]
        assert not untranslated, f"{kind} still in English: {untranslated}"
    assert "ไฟล์(&F)" in in_thai["menus"]
    assert "เปิดเอกสาร" in in_thai["buttons"]
    # The status line counts and dates follow the Thai locale's wording.
    assert thai_window.search_bar.count.text().endswith("รายการ")

    # Live switch: the menus and commands of an open window follow at once ...
    i18n.reset_language()
    qtbot.waitUntil(lambda: thai_window.menuBar().actions()[0].text() == "&File")
    assert _visible_texts(thai_window)["menus"] == in_english["menus"]
    # ... and a window opened now is English throughout again.
    assert _visible_texts(make_window()) == in_english


def test_ui_language_setting_is_declared_and_checked(tmp_path: Path) -> None:
    assert Settings().ui_language == ""  # follow the system
    path = tmp_path / "settings.toml"
    save_settings(Settings(ui_language="zh_CN"), path)
    assert load_settings(path).ui_language == "zh_CN"
    path.write_text('schema_version = 1\nui_language = "../../etc"\n', encoding="utf-8")
    assert load_settings(path).ui_language == ""  # not a locale name: the default


def test_build_window_applies_the_setting(state_paths, small_library, english, qtbot) -> None:  # type: ignore[no-untyped-def]
    from refdesk.gui.app import build_window

    save_settings(Settings(ui_language="th"), state_paths.settings_file)
    window = build_window(state_paths, small_library)
    qtbot.addWidget(window)
    try:
        # Start-up answers through the event loop, so the signal is still to come here.
        with qtbot.waitSignal(window.ready, timeout=20_000):
            pass
        assert window.menuBar().actions()[0].text() == "ไฟล์(&F)"
        assert window.windowTitle() == "RefDesk"
    finally:
        window.shutdown()


def test_dates_and_counts_follow_the_locale(english) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    from refdesk.gui.status import describe_age, format_published

    published = datetime(2026, 11, 28, 14, 5, tzinfo=UTC)
    QLocale.setDefault(QLocale(QLocale.Language.C))
    assert format_published(published) == "2026-11-28 14:05 UTC"  # no locale: ISO, as before
    i18n.install_language("th")
    assert format_published(published) == "28/11/2569 14:05 UTC"  # Thai: the Buddhist Era year
    assert describe_age(datetime(2026, 11, 16, tzinfo=UTC), published) == "เผยแพร่เมื่อ 12 วันก่อน"


def test_searches_prefer_the_windows_language(english, qapp) -> None:  # type: ignore[no-untyped-def]
    from refdesk.gui.search_controller import SearchController
    from refdesk.gui.tasks import TaskRunner

    runner = TaskRunner()
    try:
        QLocale.setDefault(QLocale("th"))
        assert SearchController(runner).request.language == "th"
        QLocale.setDefault(QLocale("vi_VN"))
        assert SearchController(runner).request.language == "vi"
    finally:
        runner.shutdown()


class _Recorder(QTranslator):
    """Answers nothing; notes every (context, text, disambiguation) Qt asks a translator for."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[tuple[str, str, str]] = set()

    def translate(self, context, source, disambiguation=None, n=-1):  # type: ignore[no-untyped-def, override]
        self.asked.add((context, source, disambiguation or ""))
        return None  # a null string: "no translation" (an empty one would be taken as the translation)

    def isEmpty(self) -> bool:
        return False


QT_CONTEXTS = {context for context, _text, _disambiguation in QT_STRINGS}
SHORTCUT_OR_FRAGMENT = re.compile(r"^(Alt|Ctrl|Shift)\+|\s$")


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_qt_words_in_our_windows_are_in_our_translation_files(make_window, english, qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    """Qt's own words (file dialogs, standard buttons, text menus) are listed for our translators,
    because Qt translates them for none of our languages but Chinese."""
    window = make_window()
    recorder = _Recorder()
    qapp.installTranslator(recorder)
    try:
        for open_dialog in (
            window.update_ui.import_file,
            window.update_ui.import_folder,
            window.update_ui.export_bundle,
        ):
            open_dialog()
            chooser = window.update_ui.file_dialog
            qtbot.waitExposed(chooser)
            chooser.close()
        box = QMessageBox(
            QMessageBox.Icon.Information, "RefDesk", "text", QMessageBox.StandardButton.Ok, window
        )
        box.show()
        box.close()
        for editor in (window.search_bar.findChild(QLineEdit), QTextBrowser(window)):
            menu = (
                editor.createStandardContextMenu()
                if isinstance(editor, QLineEdit)
                else editor.createStandardContextMenu(QPoint(0, 0))
            )
            menu.deleteLater()
        window.commands["help"].trigger()
        qtbot.wait(50)
    finally:
        qapp.removeTranslator(recorder)
    asked = {
        entry
        for entry in recorder.asked
        if entry[0] in QT_CONTEXTS and not SHORTCUT_OR_FRAGMENT.search(entry[1])
    }
    assert asked, "the recorder heard nothing: the check would pass vacuously"
    assert asked <= QT_STRINGS, sorted(asked - QT_STRINGS)
    for language in ("th", "vi", "id", "km", "ne", "zh_CN"):
        root = ET.parse(bundled_translations() / f"refdesk_{language}.ts").getroot()
        listed = {
            (ctx.findtext("name"), m.findtext("source"), m.findtext("comment") or "")
            for ctx in root.iter("context")
            for m in ctx.iter("message")
        }
        assert listed >= QT_STRINGS, (language, sorted(QT_STRINGS - listed)[:5])
