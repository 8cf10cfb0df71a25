"""GUI layer: Qt's own words in our windows, translated by our translation files.

Standard buttons, the file dialog of "Import update" and "Export update bundle", and the context
menus of text boxes are worded by Qt itself. Qt ships translations of them for a few languages
only (among ours, only Simplified Chinese), so the rest would show English in the middle of a
translated window. Listing the strings here puts them in our .ts files under Qt's own contexts;
an installed QTranslator answers for every context, so Qt then finds them in ours.

The list is what Qt 6 asks a translator for when those windows open (recorded with a
translator that logs each request; tests/gui/test_i18n.py repeats the recording and fails
when Qt asks for a string missing here). Keyboard modifier names (Ctrl, Alt) stay as Qt has them.
"""

from __future__ import annotations

from refdesk.core.i18n import QT_TRANSLATE_NOOP, translate

_PLATFORM_THEME = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
)

_FILE_DIALOG = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Choose"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Delete"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "&New Folder"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Open"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Rename"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Save"),
    QT_TRANSLATE_NOOP("QFileDialog", "All Files (*)"),
    QT_TRANSLATE_NOOP("QFileDialog", "Back"),
    QT_TRANSLATE_NOOP("QFileDialog", "Change to detail view mode"),
    QT_TRANSLATE_NOOP("QFileDialog", "Change to list view mode"),
    QT_TRANSLATE_NOOP("QFileDialog", "Create New Folder"),
    QT_TRANSLATE_NOOP("QFileDialog", "Create a New Folder"),
    QT_TRANSLATE_NOOP("QFileDialog", "Detail View"),
    QT_TRANSLATE_NOOP("QFileDialog", "Directories"),
    QT_TRANSLATE_NOOP("QFileDialog", "Directory:"),
    QT_TRANSLATE_NOOP("QFileDialog", "File &name:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Forward"),
    QT_TRANSLATE_NOOP("QFileDialog", "Go back"),
    QT_TRANSLATE_NOOP("QFileDialog", "Go forward"),
    QT_TRANSLATE_NOOP("QFileDialog", "Go to the parent directory"),
    QT_TRANSLATE_NOOP("QFileDialog", "List View"),
    QT_TRANSLATE_NOOP("QFileDialog", "List of places and bookmarks"),
    QT_TRANSLATE_NOOP("QFileDialog", "Parent Directory"),
    QT_TRANSLATE_NOOP("QFileDialog", "Show &hidden files"),
    QT_TRANSLATE_NOOP("QFileDialog", "Sidebar"),
    QT_TRANSLATE_NOOP("QFileDialog", "Open"),
    QT_TRANSLATE_NOOP("QFileDialog", "Save As"),
)

_FILE_SYSTEM_MODEL = (
    QT_TRANSLATE_NOOP("QFileSystemModel", "Computer"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Date Modified"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Name"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Size"),
)

_ICON_PROVIDER = (QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),)

_LINE_EDIT = (
    QT_TRANSLATE_NOOP("QLineEdit", "&Copy"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Paste"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Redo"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Undo"),
    QT_TRANSLATE_NOOP("QLineEdit", "Cu&t"),
    QT_TRANSLATE_NOOP("QLineEdit", "Delete"),
    QT_TRANSLATE_NOOP("QLineEdit", "Select All"),
)

_TEXT_CONTROL = (
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Copy"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Paste"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Redo"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Undo"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Copy &Link Location"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Cu&t"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Delete"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Select All"),
)

# Qt's words with a disambiguation (lupdate reads no QT_TRANSLATE_NOOP3 in Python; see below).
_DISAMBIGUATED = (
    ("QFileSystemModel", "Type", "All other platforms"),
    ("QAbstractFileIconProvider", "Folder", "All other platforms"),
)


def _for_lupdate() -> None:  # never called: how lupdate learns the two strings above
    translate("QFileSystemModel", "Type", "All other platforms")
    translate("QAbstractFileIconProvider", "Folder", "All other platforms")


def _contexts() -> dict[str, tuple[str, ...]]:
    return {
        "QPlatformTheme": _PLATFORM_THEME,
        "QFileDialog": _FILE_DIALOG,
        "QFileSystemModel": _FILE_SYSTEM_MODEL,
        "QAbstractFileIconProvider": _ICON_PROVIDER,
        "QLineEdit": _LINE_EDIT,
        "QWidgetTextControl": _TEXT_CONTROL,
    }


# (context, source text, disambiguation) of every Qt string listed here.
QT_STRINGS: frozenset[tuple[str, str, str]] = frozenset(
    {(context, text, "") for context, texts in _contexts().items() for text in texts} | set(_DISAMBIGUATED)
)
