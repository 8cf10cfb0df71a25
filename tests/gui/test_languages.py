"""Every window and dialog in each of the window's languages: no English left, no words cut off.

For each language the project commits to, the test installs the translation, opens the main
window on the bundled catalogue (with a resource on show, then a document in the viewer) and
every other window the app has: the menus (the Language menu among them), the help, the update
dialog, the update settings, the network log, "What changed", the name dialog, the error dialog,
the file chooser of "Import update", the pop-up menus of the sidebar and of Collections. It
then walks every visible widget and reports, in one message per language:

* untranslated: a text shown (labels, buttons, window titles, menus and their actions, tooltips
  and status tips, placeholders, tab and column titles, combo box items, the rows of the
  facet and sidebar trees, the blocks of the resource pane, the help and "What changed") that is
  an English source string of our .ts files while the language's translation of it differs.
  Accelerators are ignored ("&File" is "File"); a source with {placeholders} matches its filled
  form ("{count} results" matches "121 results"). Texts without letters, "RefDesk", and what
  the catalogue or the officer wrote (result titles, summaries, file names) are left alone;
* clipped: a label (one line), button, check box or combo box narrower or lower than its words
  need, by its size hint (a widget below its minimum size hint in a layout shows its text
  cut), or a word-wrapped label lower than its text at its width.

A language without a complete translation fails: a missing .qm leaves the window in English,
and an unfinished message shows as its English source. `test_the_checks_find_what_they_look_for`
shows on a small window of its own that both checks report what they are meant to.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QContextMenuEvent, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStatusBar,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QTextEdit,
    QWidget,
)

from refdesk.config import names
from refdesk.config.paths import AppPaths, bundled_translations
from refdesk.gui import i18n
from refdesk.gui.roles import Roles

pytestmark = [
    pytest.mark.gui,
    # The offscreen platform only says it cannot: pass on a file chooser's size hints, raise a
    # window, or give a pop-up menu the keyboard.
    pytest.mark.qt_log_ignore(
        "does not support propagateSizeHints", "does not support raise", "does not support grabbing"
    ),
]

#: The languages this project commits to (docs/translating.md); English is the source.
LANGUAGES = ("th", "vi", "id", "km", "ne", "zh_CN")
#: Names that stay as they are in every language.
PROPER_NAMES = frozenset({"RefDesk"})
#: Item views whose rows are the app's own words (not titles or file names from elsewhere).
WORDED_VIEWS = frozenset({"facet_tree", "sidebar_tree"})
#: Text documents worded by the app (around the catalogue's own text, which matches nothing).
WORDED_DOCUMENTS = frozenset({"resource_text", "help_text", "whats_changed_text"})

LETTER = re.compile(r"[^\W\d_]")
LATIN_WORD = re.compile(r"[A-Za-z]{3,}")
PLACEHOLDER = re.compile(r"\{\w*\}|%n")
MNEMONIC = re.compile(r"\s*\(&\w\)")  # "ไฟล์(&F)": an accelerator added in brackets


def plain(text: str) -> str:
    """A text as read: no accelerator ("&File", "ไฟล์(&F)"), one space between words."""
    text = MNEMONIC.sub("", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(text.split())


# -- what the .ts files say -----------------------------------------------------------------------


@dataclass
class Sources:
    """The English sources of one language's .ts file, and which of them it keeps in English."""

    english: set[str] = field(default_factory=set)
    #: Sources whose finished translation is the same words ("PDF", "OK" in some languages).
    kept: set[str] = field(default_factory=set)
    #: Sources with {placeholders}, as patterns for their filled-in form.
    patterns: list[tuple[re.Pattern[str], str]] = field(default_factory=list)

    @classmethod
    def read(cls, ts: Path) -> Sources:
        sources = cls()
        for message in ET.parse(ts).getroot().iter("message"):
            source = plain(message.findtext("source") or "")
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("vanished", "obsolete"):
                continue  # no longer in the code
            done = translation is not None and translation.get("type") is None and translation.text
            sources.english.add(source)
            if done and plain(translation.text or "") == source:
                sources.kept.add(source)
            if PLACEHOLDER.search(source) and LATIN_WORD.search(PLACEHOLDER.sub(" ", source)):
                parts = PLACEHOLDER.split(source)
                pattern = re.compile("(?:.+?)".join(re.escape(p) for p in parts), re.S)
                sources.patterns.append((pattern, source))
        return sources

    def english_in(self, text: str) -> str | None:
        """The untranslated source `text` shows, if it shows one."""
        shown = plain(text)
        if not LETTER.search(shown) or shown in PROPER_NAMES:
            return None
        if shown in self.english:
            return None if shown in self.kept else shown
        for pattern, source in self.patterns:
            if source not in self.kept and pattern.fullmatch(shown):
                return source
        return None


# -- what the windows show ------------------------------------------------------------------------


def describe(thing: QWidget | QAction) -> str:
    """Where a text is, for the report: window › widget class and name."""
    if isinstance(thing, QAction):
        return f"action {thing.objectName() or thing.text()!r}"
    window = thing.window()
    where = window.objectName() or type(window).__name__
    name = f" {thing.objectName()!r}" if thing.objectName() else ""
    return f"{where} › {type(thing).__name__}{name}"


def menu_texts(menu: QMenu) -> Iterator[tuple[QWidget | QAction, str]]:
    """The entries of a menu and of its submenus (a submenu's title is its entry's text)."""
    for action in menu.actions():
        if action.isSeparator():
            continue
        yield action, action.text()
        yield action, action.statusTip()
        if action.menu() is not None:
            yield from menu_texts(action.menu())


def widget_texts(widget: QWidget) -> Iterator[tuple[QWidget | QAction, str]]:
    """Every text the officer can read on (or hover over) one visible widget."""
    yield widget, widget.toolTip()
    if widget.isWindow() or isinstance(widget, QDockWidget):
        yield widget, widget.windowTitle()
    if isinstance(widget, QLabel | QAbstractButton):
        yield widget, widget.text()
    elif isinstance(widget, QGroupBox):
        yield widget, widget.title()
    elif isinstance(widget, QTabBar):
        yield from ((widget, widget.tabText(i)) for i in range(widget.count()))
    elif isinstance(widget, QComboBox):
        yield from ((widget, widget.itemText(i)) for i in range(widget.count()))
    elif isinstance(widget, QLineEdit | QPlainTextEdit):
        yield widget, widget.placeholderText()
    elif isinstance(widget, QAbstractSpinBox):
        yield widget, widget.specialValueText() if widget.text() == widget.specialValueText() else ""
    elif isinstance(widget, QStatusBar):
        yield widget, widget.currentMessage()
    if isinstance(widget, QTextEdit):
        yield widget, widget.placeholderText()
        if widget.objectName() in WORDED_DOCUMENTS:
            yield from ((widget, block) for block in document_blocks(widget.document()))
    if isinstance(widget, QAbstractItemView):
        yield from view_texts(widget)
    if hasattr(widget, "empty_text"):  # the results list's words while it has no rows
        yield widget, str(widget.empty_text)


def document_blocks(document: QTextDocument) -> Iterator[str]:
    block = document.begin()
    while block.isValid():
        yield block.text()
        block = block.next()


def view_texts(view: QAbstractItemView) -> Iterator[tuple[QWidget, str]]:
    model = view.model()
    if model is None:
        return
    for header in (getattr(view, "horizontalHeader", None), getattr(view, "header", None)):
        if header is not None and header() is not None and not header().isHidden():
            orientation = Qt.Orientation.Horizontal
            yield from (
                (view, str(model.headerData(c, orientation) or "")) for c in range(model.columnCount())
            )
    if view.objectName() not in WORDED_VIEWS:
        return
    pending = [model.index(row, 0) for row in range(model.rowCount())]
    while pending:
        index = pending.pop()
        yield view, str(index.data() or "")
        pending += [model.index(row, 0, index) for row in range(model.rowCount(index))]


def visible_widgets(window: QWidget) -> list[QWidget]:
    """The widgets of `window` on show (not those of its dialogs: they are windows of their own)."""
    return [w for w in [window, *window.findChildren(QWidget)] if w.isVisible() and w.window() is window]


def untranslated(windows: list[QWidget], sources: Sources) -> list[str]:
    found: dict[str, None] = {}
    for window in windows:
        texts = [t for w in visible_widgets(window) for t in widget_texts(w)]
        if isinstance(window, QMainWindow):
            for action in window.menuBar().actions():
                texts.append((action, action.text()))
                if action.menu() is not None:
                    texts += menu_texts(action.menu())
        if isinstance(window, QMenu):
            texts += menu_texts(window)
        for thing, text in texts:
            source = sources.english_in(text) if text else None
            if source is not None:
                found[f"{describe(thing)}: {text!r}"] = None
    return list(found)


# -- what the windows cut off ---------------------------------------------------------------------


def text_width(widget: QWidget, text: str) -> int:
    return widget.fontMetrics().horizontalAdvance(plain(text))


def clipping(widget: QWidget) -> str | None:
    """How a widget cuts its text, or None: its size against what its words need."""
    if isinstance(widget, QLabel):
        if not widget.text() or widget.sizePolicy().horizontalPolicy() == QSizePolicy.Policy.Ignored:
            return None  # nothing to cut, or a label that elides on purpose ("…")
        if widget.wordWrap():
            need = widget.heightForWidth(widget.width())
            return f"{widget.height()} px high, its lines need {need}" if need > widget.height() else None
        hint = widget.minimumSizeHint()
    elif isinstance(widget, QAbstractButton):
        if not widget.text():
            return None
        hint = widget.minimumSizeHint()
        if isinstance(widget, QPushButton):  # styles make text buttons at least 80 px: not the words
            style = widget.style()
            room = 2 * style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, widget)
            room += 2 * style.pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, widget)
            if not widget.icon().isNull():
                room += widget.iconSize().width() + 4
            hint.setWidth(min(hint.width(), text_width(widget, widget.text()) + room))
    elif isinstance(widget, QComboBox):
        option = QStyleOptionComboBox()
        widget.initStyleOption(option)
        field_rect = widget.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, widget
        )
        need = widget.fontMetrics().horizontalAdvance(widget.currentText())  # no accelerators here
        room = field_rect.width()
        return f"its field is {room} px, the words need {need}" if need > room else None
    else:
        return None
    if widget.width() < hint.width() or widget.height() < hint.height():
        return f"{widget.width()}×{widget.height()} px, its words need {hint.width()}×{hint.height()}"
    return None


def clipped(windows: list[QWidget]) -> list[str]:
    found = []
    for window in windows:
        for widget in visible_widgets(window):
            problem = clipping(widget)
            if problem is not None:
                text = widget.currentText() if isinstance(widget, QComboBox) else widget.text()  # type: ignore[attr-defined]
                found.append(f"{describe(widget)} {text!r}: {problem}")
    return found


# -- the windows ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def bundled_library(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    """The catalogue RefDesk ships (its topics and audiences have translatable labels), installed
    once for the module the way a first start installs it."""
    from refdesk.services.library import Library

    library = Library(AppPaths(tmp_path_factory.mktemp("bundled")))
    library.ensure_installed()
    yield library
    library.close()


@pytest.fixture(scope="module")
def app_fonts(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """The fonts the app installs at start (refdesk.gui.app), so words are measured as shown."""
    from refdesk.gui import fonts

    had = fonts.installed() is not None
    fonts.install_bundled_fonts()
    yield
    if not had:
        fonts.uninstall_bundled_fonts()


@pytest.fixture
def english(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """Each test starts and ends in English (translators and QLocale's default are app-wide)."""
    i18n.reset_language()
    yield
    i18n.reset_language()


def first_pdf(window, library) -> str:  # type: ignore[no-untyped-def]
    """A resource of the results with a PDF, for the viewer's toolbar (page and zoom controls)."""
    for row in range(window.results_model.rowCount()):
        resource = library.resource(window.results_model.hit(row).id)
        if any(doc.media_type == "application/pdf" for doc in resource.documents):
            return str(resource.id)
    raise AssertionError("the bundled catalogue has no PDF in its first page of results")


def open_everything(window, qtbot, tmp_path: Path) -> list[QWidget]:  # type: ignore[no-untyped-def]
    """Every window and pop-up the app has, open at once (none modal, none exec()), on top of
    the main window showing a resource; the windows to walk, the main window first."""
    from refdesk.gui.errors import ErrorDialog
    from refdesk.gui.user_bar import UserMarks

    pane, ui = window.resource_pane, window.update_ui
    qtbot.waitUntil(lambda: pane.details is not None, timeout=10_000)
    pane.banner.show_marks(UserMarks(bookmarked=True, status="changed"))  # its words and its button
    window.show_help()
    ui.show_dialog()
    ui.show_settings()
    ui.show_network_log()
    with qtbot.waitSignal(ui.controller.summary_ready, timeout=10_000):
        ui.show_changes()
    qtbot.waitUntil(lambda: bool(ui.network_log.summary.text()), timeout=10_000)
    window.kit.new_collection()
    error = ErrorDialog("ValueError", tmp_path / "logs" / "refdesk.log", window)
    error.show()
    ui.import_file()
    collections = pane.make_collections_menu()
    tree = window.sidebar.tree
    tree.setCurrentIndex(window.sidebar_model.index(0, 0))
    at = QPoint(4, 4)
    menu_key = QContextMenuEvent(
        QContextMenuEvent.Reason.Keyboard, at, tree.mapToGlobal(at), Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(tree, menu_key)
    opened = [
        window, window.help_dialog, ui.dialog, ui.settings, ui.network_log, ui.changes,
        window.kit.dialog, error, ui.file_dialog, collections, window.sidebar.menu,
    ]  # fmt: skip
    assert all(opened), opened
    for dialog in opened[1:-2]:
        qtbot.waitExposed(dialog)
    settle()
    return opened


def settle() -> None:
    """Let the layouts take the sizes of words just set (they do on the next turns of the loop)."""
    for _ in range(3):
        QApplication.processEvents()


def close_everything(opened: list[QWidget]) -> None:
    for widget in reversed(opened[1:]):
        widget.close()


def problems_in(windows: list[QWidget], language: str) -> list[str]:
    found = []
    if language != "en":
        ts = bundled_translations() / f"refdesk_{language}.ts"
        if not ts.is_file():
            return [f"there is no {ts.name}"]
        found += [f"untranslated: {where}" for where in untranslated(windows, Sources.read(ts))]
    return found + [f"clipped: {where}" for where in clipped(windows)]


@pytest.mark.parametrize("language", ["en", *LANGUAGES])
def test_every_window_in_every_language(  # type: ignore[no-untyped-def]
    language: str, make_window, bundled_library, app_fonts, english, qtbot, tmp_path
) -> None:
    problems = []
    if language != "en" and i18n.install_language(language) != language:
        problems.append(f"no compiled translation refdesk_{language}.qm: the window stays in English")
    window = make_window(library=bundled_library)
    opened = open_everything(window, qtbot, tmp_path)
    problems += problems_in(opened, language)
    close_everything(opened)
    with qtbot.waitSignal(window.document_opened, timeout=10_000):
        window.open_document(first_pdf(window, bundled_library), None, None)
    settle()
    problems += [f"{p} (reading)" for p in problems_in([window], language) if p not in problems]
    assert not problems, f"{language}: {len(problems)} problems\n" + "\n".join(problems)


# -- the checks themselves, and the Language menu -------------------------------------------------


def test_the_checks_find_what_they_look_for(qtbot, english) -> None:  # type: ignore[no-untyped-def]
    """Both checks on a small window of their own: each finds what it is for, and only that."""
    assert i18n.install_language("th") == "th"
    sources = Sources.read(bundled_translations() / "refdesk_th.ts")
    window = QWidget()
    window.setObjectName("probe")
    qtbot.addWidget(window)
    english_label = QLabel("Sort by", window)  # a source the Thai file translates: left in English
    english_label.move(0, 0)
    filled = QLabel("121 results", window)  # "{count} results", filled in and left in English
    filled.move(0, 30)
    content = QLabel("Sort by relevance of debt bondage", window)  # not a source: someone's words
    content.move(0, 60)
    thai = QLabel(QApplication.translate("ResultsPanel", "Sort by"), window)
    thai.move(0, 90)
    narrow = QPushButton(QApplication.translate("UpdateDialog", "Download and install"), window)
    narrow.setGeometry(0, 120, 40, 30)  # narrower than its words
    low = QLabel("A long explanation that has to wrap onto several lines at this width", window)
    low.setWordWrap(True)
    low.setGeometry(0, 160, 120, 18)  # one line's height for several lines
    window.resize(300, 200)
    window.show()
    qtbot.waitExposed(window)

    assert sorted(untranslated([window], sources)) == [
        "probe › QLabel: '121 results'",
        "probe › QLabel: 'Sort by'",
    ]
    found = clipped([window])
    assert len(found) == 2, found
    assert found[0].startswith("probe › QPushButton 'ดาวน์โหลดและติดตั้ง': 40×30 px")
    assert found[1].startswith("probe › QLabel 'A long explanation")
    narrow.setFixedWidth(narrow.sizeHint().width())
    low.setFixedHeight(low.heightForWidth(low.width()))
    assert clipped([window]) == []


def test_the_language_menu_lists_each_language_by_its_own_name(make_window, english) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    menu = window.language_menu
    view = window.menuBar().findChild(QMenu, "menu_view")
    assert menu.menuAction() in view.actions()  # View ▸ Language, reached by keyboard like any menu
    assert "&" in menu.title()
    assert menu.codes == ["", "en", *i18n.available_languages()]
    assert menu.action("").text() == "System default"
    assert menu.action("").isChecked()  # the setting's default: follow the system
    names = {code: menu.action(code).text() for code in menu.codes[1:]}
    assert names["en"] == "English" and names["th"] == "ไทย"
    assert menu.action("th").statusTip() == "Thai"  # in the window's language, for the curious
    expected = {"vi": "Tiếng Việt", "km": "ខ្មែរ", "ne": "नेपाली", "zh_CN": "简体中文", "id": "Indonesia"}
    assert {code: names[code] for code in expected if code in names} == {
        code: name for code, name in expected.items() if code in names
    }


def test_choosing_a_language_switches_every_open_window(  # type: ignore[no-untyped-def]
    make_window, bundled_library, app_fonts, english, state_paths, qtbot, tmp_path
) -> None:
    """Live, from the menu: saved in settings.toml, and the window and its dialogs follow at once.

    Not checked here: the update dialog and the update settings, which keep the words they were
    made with until they are opened again (their modules do not retranslate yet)."""
    from refdesk.config.settings import load_settings

    window = make_window(library=bundled_library)
    opened = open_everything(window, qtbot, tmp_path)
    count_before = window.search_bar.count.text()
    assert count_before.endswith("results")
    language_before = window.controller.request.language

    menu = window.language_menu
    view = window.menuBar().findChild(QMenu, "menu_view")
    view.popup(QPoint(0, 0))  # what Alt+V opens; then the keys an officer presses
    qtbot.waitUntil(view.isVisible)
    qtbot.keyClick(view, Qt.Key.Key_A)  # L&anguage
    qtbot.waitUntil(menu.isVisible)
    for _ in range(menu.codes.index("th")):
        qtbot.keyClick(menu, Qt.Key.Key_Down)
    assert menu.activeAction() is menu.action("th")
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() == "ไฟล์(&F)")
    assert load_settings(state_paths.settings_file).ui_language == "th"
    assert window.language_menu.action("th").isChecked()
    assert i18n.window_language() == "th"
    qtbot.waitUntil(lambda: window.search_bar.count.text().endswith("รายการ"))
    assert window.controller.request.language == language_before  # the results on show stay ...
    with qtbot.waitSignal(window.results_shown, timeout=10_000):
        window.controller.search_now()
    assert window.controller.request.language == "th"  # ... and Thai ones win near-ties from now on
    countries = window.facet_model.index(3, 0)
    assert countries.data(Roles.FACET) == "country"
    shown = window.facet_model.index(0, 0, countries)
    assert (
        shown.data()
        == names.country_name(shown.data(Roles.VALUE), "th")
        != names.country_name(shown.data(Roles.VALUE))
    )
    settle()
    # Not here: the name dialog, the file chooser and the pop-up menus, open over the window
    # (the menu bar cannot be reached while they are); and the update dialog and settings.
    live = [window, window.help_dialog, window.update_ui.network_log, window.update_ui.changes, opened[7]]
    problems = problems_in(live, "th")
    assert not problems, "\n".join(problems)

    window.language_menu.action("en").trigger()
    qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() == "&File")
    assert load_settings(state_paths.settings_file).ui_language == "en"
    assert window.search_bar.count.text() == count_before
    window.language_menu.action("").trigger()
    qtbot.waitUntil(lambda: load_settings(state_paths.settings_file).ui_language == "")
    assert window.language_menu.action("").isChecked()
    opened[1] = window.help_dialog  # made again in each language
    close_everything(opened)


# -- the words of the vocabularies ----------------------------------------------------------------

VOCABULARY_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th">
<context>
    <name>Vocabulary</name>
    <message><source>Guidance</source><translation>แนวปฏิบัติ</translation></message>
    <message><source>Southeast Asia</source><translation>เอเชียตะวันออกเฉียงใต้</translation></message>
    <message><source>Debt bondage</source><translation>การเป็นแรงงานขัดหนี้</translation></message>
</context>
</TS>
"""


def test_vocabulary_and_names_follow_the_window_language(tmp_path: Path, english) -> None:  # type: ignore[no-untyped-def]
    """Types, regions and the catalogue's labels through the "Vocabulary" context; countries and
    languages from CLDR in the language the window speaks, which is not always QLocale's."""
    import shutil
    import subprocess
    import sys

    from PySide6.QtCore import QLocale

    from refdesk.gui.labels import Labels

    ts = tmp_path / "refdesk_th.ts"
    ts.write_text(VOCABULARY_TS, encoding="utf-8")
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run(
        [str(lrelease if lrelease.exists() else shutil.which("pyside6-lrelease")), "-silent", str(ts)],
        check=True,
    )
    labels = Labels({"topic": {"debt-bondage": "Debt bondage", "x": "Another publisher's words"}})

    assert labels.value("type", "guidance") == "Guidance"
    assert i18n.install_language("th", tmp_path) == "th"
    assert labels.value("type", "guidance") == "แนวปฏิบัติ"
    assert labels.value("region", "southeast-asia") == "เอเชียตะวันออกเฉียงใต้"
    assert labels.value("topic", "debt-bondage") == "การเป็นแรงงานขัดหนี้"
    assert labels.value("topic", "x") == "Another publisher's words"  # no translation knows it
    assert labels.value("audience", "border-police") == "Border police"  # no label: the slug
    assert labels.value("type", "research") == "Research"  # not translated in this file
    assert labels.value("country", "KH") == "กัมพูชา"
    assert labels.value("language", "km") == "เขมร"

    # A locale without a translation: numbers follow it, names stay in the window's English.
    assert i18n.install_language("vi", tmp_path) == ""
    assert QLocale().language() == QLocale.Language.Vietnamese
    assert i18n.window_language() == "en"
    assert labels.value("country", "KH") == "Cambodia"
    assert labels.value("type", "guidance") == "Guidance"


def test_sizes_are_written_as_the_window_language_writes_numbers(english) -> None:  # type: ignore[no-untyped-def]
    """Downloads, exports, the network log and documents show sizes through one function."""
    assert i18n.data_size(3_979_827) == "3.8 MB"
    assert i18n.data_size(42_927) == "42 kB"
    assert i18n.install_language("id") == "id"
    assert i18n.data_size(3_979_827) == "3,8 MB"  # Indonesian writes a decimal comma


def test_thai_dates_count_years_in_the_buddhist_era(english) -> None:  # type: ignore[no-untyped-def]
    """Qt writes Gregorian years only; Thai calendars and documents count from the Buddhist Era."""
    from datetime import date

    from PySide6.QtCore import QLocale

    day = date(2026, 11, 28)
    short, long = QLocale.FormatType.ShortFormat, QLocale.FormatType.LongFormat
    assert "2026" in i18n.format_date(day, long)
    assert i18n.install_language("th") == "th"
    assert i18n.format_date(day, short) == "28/11/69"
    assert i18n.format_date(day, short, full_year=True) == "28/11/2569"
    assert "2569" in i18n.format_date(day, long) and "2026" not in i18n.format_date(day, long)
    assert i18n.install_language("id") == "id"
    assert i18n.format_date(day, short, full_year=True) == "28/11/2026"
