"""GUI layer: the fonts shipped with the app, so Thai, Khmer, Nepali and Chinese never show as boxes.

`install_bundled_fonts()` runs once at start-up, after the QApplication and before any widget:

1. It registers the files in resources/fonts (refdesk.config.paths.bundled_fonts) with
   QFontDatabase.addApplicationFont: Noto Sans Khmer, Devanagari and Thai (Regular and Bold) and
   "RefDesk CJK SC", a GB 2312 subset of Noto Sans CJK SC (scripts/build_fonts.py).
2. It appends their families to the application font's family list (QFont.setFamilies), after
   the system's UI family. Qt takes each character from the first family in that list that has
   a glyph for it, so Latin text stays in the system font and the scripts above come from the
   bundled fonts on every platform. Registering alone is not enough: on Linux fontconfig does
   offer application fonts when a character is missing (seen offscreen), but on Windows and
   macOS Qt asks the system for those fallbacks, and the system does not know fonts registered
   inside one process. (Qt 6.8's per-script QFontDatabase.addApplicationFallbackFontFamily would be the
   finer tool, but PySide6 does not expose it: it takes a QChar.Script.)

What the system already has:
  * a family of the same name installed on the system (say Noto Sans Thai from a Linux package)
    is not registered a second time; the family still goes into the list, and the system's copy
    serves it;
  * the Chinese subset is used only when the system has no Simplified Chinese font at all: a
    system font (Microsoft YaHei, PingFang SC, Noto Sans CJK SC, WenQuanYi...) covers far more
    than GB 2312, and Qt's own fallback finds it;
  * Thai, Khmer and Devanagari always come from the Noto fonts in the list, even where the
    system has other fonts for them, so every platform shows the same tested shapes.

A missing or unreadable font file is logged as a warning and skipped; nothing here stops the
app. REFDESK_NO_BUNDLED_FONTS=1 in the environment skips the whole step (to see what the system
alone renders).
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QGuiApplication
from PySide6.QtWidgets import QApplication

from refdesk.config.paths import bundled_fonts

log = logging.getLogger(__name__)

ENV_DISABLE = "REFDESK_NO_BUNDLED_FONTS"

WritingSystem = QFontDatabase.WritingSystem


@dataclass(frozen=True)
class BundledFamily:
    family: str
    files: tuple[str, ...]
    writing_system: QFontDatabase.WritingSystem
    # Used only where the system has no font for `writing_system` (the Chinese font is a subset).
    only_if_system_lacks: bool = False


# Khmer first: Qt asks each listed family in turn whether it can shape a script that needs
# OpenType (Khmer, Devanagari); putting those fonts ahead of the Thai one keeps that quiet.
FAMILIES: tuple[BundledFamily, ...] = (
    BundledFamily(
        "Noto Sans Khmer", ("NotoSansKhmer-Regular.ttf", "NotoSansKhmer-Bold.ttf"), WritingSystem.Khmer
    ),
    BundledFamily(
        "Noto Sans Devanagari",
        ("NotoSansDevanagari-Regular.ttf", "NotoSansDevanagari-Bold.ttf"),
        WritingSystem.Devanagari,
    ),
    BundledFamily(
        "Noto Sans Thai", ("NotoSansThai-Regular.ttf", "NotoSansThai-Bold.ttf"), WritingSystem.Thai
    ),
    BundledFamily(
        "RefDesk CJK SC",
        ("RefDeskCJKSC-Regular.otf", "RefDeskCJKSC-Bold.otf"),
        WritingSystem.SimplifiedChinese,
        only_if_system_lacks=True,
    ),
)

# Widget classes for which a platform theme may set a font of its own (QApplication keeps them
# apart from the default font and drops them when the default font is set; see _apply_families).
_CLASS_FONTS = (
    "QMenu", "QMenuBar", "QMenuItem", "QMessageBox", "QLabel", "QTipLabel", "QStatusBar",
    "QMdiSubWindowTitleBar", "QDockWidgetTitle", "QPushButton", "QCheckBox", "QRadioButton",
    "QToolButton", "QAbstractItemView", "QListView", "QHeaderView", "QListBox", "QComboMenuItem",
    "QComboLineEdit", "QSmallFont", "QMiniFont",
)  # fmt: skip


@dataclass
class FontSetup:
    """What `install_bundled_fonts` did (also what the log line says)."""

    folder: Path
    registered: list[str] = field(default_factory=list)  # file names
    fallbacks: list[str] = field(default_factory=list)  # families appended to the app font
    skipped: dict[str, str] = field(default_factory=dict)  # family or file -> why
    font_ids: list[int] = field(default_factory=list)


_setup: FontSetup | None = None


def installed() -> FontSetup | None:
    """The set-up made in this process, or None."""
    return _setup


def install_bundled_fonts(folder: Path | None = None) -> FontSetup:
    """Register the bundled fonts and make them the application font's fallbacks (once per
    process; later calls only put the families back on the application font)."""
    global _setup
    app = QGuiApplication.instance()
    assert isinstance(app, QGuiApplication), "make the QApplication first"
    if _setup is not None:
        _apply_families(_setup.fallbacks)
        return _setup
    setup = FontSetup(folder or bundled_fonts())
    if os.environ.get(ENV_DISABLE, "").strip() not in ("", "0"):
        log.info("bundled fonts not used (%s is set)", ENV_DISABLE)
        _setup = setup
        return setup
    system_families = set(QFontDatabase.families())
    for entry in FAMILIES:
        if entry.only_if_system_lacks:
            present = QFontDatabase.families(entry.writing_system)
            if present:
                setup.skipped[entry.family] = "the system has " + ", ".join(present[:3])
                continue
        if entry.family in system_families:
            setup.skipped[entry.family] = "installed on the system; the system's copy is used"
            setup.fallbacks.append(entry.family)
            continue
        loaded = False
        for name in entry.files:
            font_id = _register(setup.folder / name, entry.family, setup)
            if font_id is not None:
                setup.font_ids.append(font_id)
                setup.registered.append(name)
                loaded = True
        if loaded:
            setup.fallbacks.append(entry.family)
    _apply_families(setup.fallbacks)
    _setup = setup
    log.info(
        "bundled fonts: registered %s; fallback families %s%s",
        ", ".join(setup.registered) or "none",
        ", ".join(setup.fallbacks) or "none",
        "".join(f"; {name}: {why}" for name, why in setup.skipped.items()),
    )
    return setup


def uninstall_bundled_fonts() -> None:
    """Take the bundled fonts out again (tests; the app keeps them for its lifetime)."""
    global _setup
    if _setup is None:
        return
    for font_id in _setup.font_ids:
        QFontDatabase.removeApplicationFont(font_id)
    _remove_families(_setup.fallbacks)
    _setup = None


def with_fallbacks(font: QFont) -> QFont:
    """A copy of `font` whose family list ends with the bundled fallback families (for a font
    made from a family name, e.g. QFont("Monospace"), which would otherwise lose them)."""
    return _with_families(font, _setup.fallbacks if _setup is not None else [])


def _register(path: Path, family: str, setup: FontSetup) -> int | None:
    if not path.is_file():
        log.warning("bundled font missing: %s", path)
        setup.skipped[path.name] = "file missing"
        return None
    font_id = QFontDatabase.addApplicationFont(str(path))
    if font_id < 0:
        log.warning("bundled font could not be loaded (damaged or not a font): %s", path)
        setup.skipped[path.name] = "not loadable"
        return None
    families = QFontDatabase.applicationFontFamilies(font_id)
    if family not in families:
        log.warning("bundled font %s has families %s, expected %s", path.name, families, family)
        QFontDatabase.removeApplicationFont(font_id)
        setup.skipped[path.name] = "unexpected family"
        return None
    return font_id


def _with_families(font: QFont, extra: list[str]) -> QFont:
    """A copy of `font` with `extra` at the end of its families.

    The first family is replaced by the font it resolves to: a fontconfig alias such as
    "Sans Serif" (Qt's default font where no desktop theme names one) only works as a family on
    its own; at the head of a list Qt skips it and takes the next family, so Latin text would
    come out in Noto Sans Khmer's Latin letters instead of the system's.
    """
    copy = QFont(font)
    current = copy.families() or [copy.family()]
    if not extra:
        return copy
    probe = QFont(font)
    probe.setFamilies(current[:1])
    first = QFontInfo(probe).family() or current[0]
    rest = [name for name in current[1:] if name != first and name not in extra]
    copy.setFamilies([first, *rest, *extra])
    return copy


def _set_default_font(font: QFont) -> None:
    if isinstance(QGuiApplication.instance(), QApplication):
        QApplication.setFont(font)
    else:
        QGuiApplication.setFont(font)


def _apply_families(extra: list[str]) -> None:
    """Append `extra` to the application font's families, and to any per-class font.

    QApplication.setFont(font) without a class name drops the per-class fonts a platform theme
    set (on macOS menus, tool tips and small controls have their own sizes), so those are read
    first and set again with the same families added.
    """
    default = QGuiApplication.font()
    wanted = _with_families(default, extra)
    if wanted.families() == default.families():
        return
    per_class: dict[str, QFont] = {}
    if isinstance(QGuiApplication.instance(), QApplication):
        # PySide6's stubs want bytes for the class name; at run time it takes str, and only str.
        for name in _CLASS_FONTS:
            font = QApplication.font(name)  # type: ignore[call-overload]
            if font != default:
                per_class[name] = font
    _set_default_font(wanted)
    for name, font in per_class.items():
        QApplication.setFont(_with_families(font, extra), name)  # type: ignore[arg-type]


def _remove_families(extra: list[str]) -> None:
    font = QFont(QGuiApplication.font())
    kept = [name for name in font.families() if name not in extra]
    font.setFamilies(kept or [font.family()])
    _set_default_font(font)
