"""The bundled fonts: Thai, Khmer, Nepali (Devanagari) and Chinese come out as letters, not boxes.

Two independent checks look at each sample after the app's font set-up:
  * the glyphs: Qt lays the text out; every glyph run must come from a real font (not Qt's box
    engine), draw no glyph 0 (.notdef, the "missing" box) and cover every character;
  * the pixels: each letter drawn alone must not look like a box (ink only along the edges of a
    rectangle), the shape both a font's .notdef and Qt's box engine draw.
test_without_the_bundled_fonts_the_checks_see_boxes runs both with the fonts taken out again and
requires them to fail there (where the system has no font of its own for that script), so the
checks can tell boxes from text on this machine.
"""

from __future__ import annotations

import logging
import shutil
import tomllib
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontInfo,
    QFontMetrics,
    QImage,
    QPainter,
    QRawFont,
    QTextLayout,
)
from PySide6.QtWidgets import QApplication, QLabel

from refdesk.config.paths import bundled_fonts
from refdesk.gui import fonts

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]

SAMPLES = {
    "thai": "ค้นหา",
    "khmer": "ស្វែងរក",
    "devanagari": "खोज्नुहोस्",
    "chinese": "搜索",
}
# The writing system that says whether the system has its own font for a sample.
WRITING_SYSTEMS = {
    "thai": QFontDatabase.WritingSystem.Thai,
    "khmer": QFontDatabase.WritingSystem.Khmer,
    "devanagari": QFontDatabase.WritingSystem.Devanagari,
    "chinese": QFontDatabase.WritingSystem.SimplifiedChinese,
}
PIXEL_SIZE = 40


# -- the checks ---------------------------------------------------------------------------------


def glyph_problems(text: str, font: QFont) -> list[str]:
    """Why `text` in `font` (with Qt's fallbacks) would not show as letters; [] when it does."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    problems = []
    real_fonts: list[QRawFont] = []
    for run in layout.glyphRuns():
        raw = run.rawFont()
        if not raw.isValid() or not raw.familyName():
            problems.append("a run has no font (Qt's box engine)")
            continue
        if 0 in run.glyphIndexes():
            problems.append(f"{raw.familyName()} draws glyph 0 (.notdef)")
        real_fonts.append(raw)
    for char in text:
        # The code point, not the one-letter string: PySide6 6.12 turns some str arguments into the
        # wrong QChar here (supportsCharacter("ค") is False for a Thai font).
        if not any(raw.supportsCharacter(ord(char)) for raw in real_fonts):
            problems.append(f"no font used has U+{ord(char):04X}")
    return problems


def draw(text: str, font: QFont) -> QImage:
    """`text` in black on white, with a margin."""
    metrics = QFontMetrics(font)
    image = QImage(metrics.horizontalAdvance(text) + 40, metrics.height() + 40, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setFont(font)
    painter.setPen(QColor("black"))
    painter.drawText(QPoint(20, 20 + metrics.ascent()), text)
    painter.end()
    return image


def ink(image: QImage) -> set[tuple[int, int]]:
    return {
        (x, y)
        for y in range(image.height())
        for x in range(image.width())
        if QColor(image.pixel(x, y)).lightness() < 128
    }


def looks_like_box(image: QImage) -> bool:
    """True when the ink is a rectangle outline (or nothing at all): what a missing glyph draws."""
    dots = ink(image)
    if not dots:
        return True
    xs, ys = [x for x, _ in dots], [y for _, y in dots]
    left, right, top, bottom = min(xs), max(xs), min(ys), max(ys)
    edge = max(2, (right - left) // 8)
    if right - left < 3 * edge or bottom - top < 3 * edge:
        return False  # a dot or a stroke, not a box
    inside = {(x, y) for x, y in dots if left + edge < x < right - edge and top + edge < y < bottom - edge}
    return not inside


def boxed_letters(text: str, font: QFont) -> list[str]:
    """The letters of `text` that, drawn alone, look like a box (marks need a letter to sit on)."""
    sized = QFont(font)
    sized.setPixelSize(PIXEL_SIZE)
    letters = [c for c in text if unicodedata.category(c).startswith("L")]
    return [f"U+{ord(c):04X}" for c in letters if looks_like_box(draw(c, sized))]


def system_covers(name: str) -> bool:
    """Whether the system (not this app) has a font for the sample's writing system."""
    ours = {entry.family for entry in fonts.FAMILIES}
    return any(family not in ours for family in QFontDatabase.families(WRITING_SYSTEMS[name]))


# -- fixtures -------------------------------------------------------------------------------------


@pytest.fixture
def clean_fonts(qapp, restore_app_look) -> Iterator[None]:
    """No bundled fonts at the start; the state of the process (fonts installed or not) after."""
    had = fonts.installed() is not None
    fonts.uninstall_bundled_fonts()
    yield
    fonts.uninstall_bundled_fonts()
    if had:
        fonts.install_bundled_fonts()


@pytest.fixture
def bundled(clean_fonts) -> fonts.FontSetup:
    return fonts.install_bundled_fonts()


# -- tests ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", SAMPLES)
@pytest.mark.parametrize("bold", [False, True], ids=["regular", "bold"])
def test_each_script_renders_with_real_glyphs(bundled, name: str, bold: bool) -> None:
    font = QFont(QApplication.font())
    font.setBold(bold)
    sample = SAMPLES[name]
    assert glyph_problems(sample, font) == []
    assert boxed_letters(sample, font) == []
    # A label in the window gets the same fonts (widgets take the application font).
    label = QLabel(sample)
    assert glyph_problems(sample, label.font()) == []


@pytest.mark.parametrize("name", SAMPLES)
def test_without_the_bundled_fonts_the_checks_see_boxes(clean_fonts, name: str) -> None:
    sample = SAMPLES[name]
    font = QFont(QApplication.font())
    font.setPixelSize(PIXEL_SIZE)
    before = draw(sample, font)
    system_has_it = system_covers(name)
    if not system_has_it:
        assert glyph_problems(sample, font), "the glyph check passed without any font for the script"
        assert boxed_letters(sample, font), "the pixel check saw letters without any font for the script"
    fonts.install_bundled_fonts()
    font = QFont(QApplication.font())
    font.setPixelSize(PIXEL_SIZE)
    assert glyph_problems(sample, font) == []
    if system_has_it:
        pytest.skip(f"the system has its own font for {name}; the boxes cannot be shown here")
    assert draw(sample, font) != before, "the fonts made no difference to the drawing"


def test_latin_stays_in_the_system_font(clean_fonts) -> None:
    system_family = QFontInfo(QApplication.font()).family()
    fonts.install_bundled_fonts()
    font = QApplication.font()
    assert font.families()[0] == system_family
    assert font.families()[1:] == [entry.family for entry in fonts.FAMILIES]
    layout = QTextLayout("Search results", font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    assert {run.rawFont().familyName() for run in layout.glyphRuns()} == {system_family}


def test_a_missing_or_damaged_font_only_warns(clean_fonts, tmp_path: Path, caplog) -> None:
    folder = tmp_path / "fonts"
    shutil.copytree(bundled_fonts(), folder)
    (folder / "NotoSansThai-Regular.ttf").unlink()
    (folder / "NotoSansThai-Bold.ttf").unlink()
    (folder / "NotoSansKhmer-Bold.ttf").write_bytes(b"not a font" * 100)
    with caplog.at_level(logging.INFO, logger="refdesk.gui.fonts"):
        setup = fonts.install_bundled_fonts(folder)
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert any("missing" in w and "NotoSansThai-Regular.ttf" in w for w in warnings)
    assert any("could not be loaded" in w and "NotoSansKhmer-Bold.ttf" in w for w in warnings)
    assert "NotoSansKhmer-Regular.ttf" in setup.registered
    assert "Noto Sans Thai" not in setup.fallbacks  # neither of its files is there
    assert "Noto Sans Khmer" in setup.fallbacks
    assert glyph_problems(SAMPLES["khmer"], QApplication.font()) == []
    assert any("bundled fonts: registered" in r.getMessage() for r in caplog.records)


def test_fonts_already_there_are_not_registered_twice(clean_fonts) -> None:
    first = fonts.install_bundled_fonts()
    # Stand-in for a system with these fonts: forget the set-up, keep the fonts registered.
    fonts._setup = None
    try:
        again = fonts.install_bundled_fonts()
        assert again.registered == []
        assert "installed on the system" in again.skipped["Noto Sans Thai"]
        # The Chinese subset gives way to any Simplified Chinese font the system has.
        assert "the system has" in again.skipped["RefDesk CJK SC"]
        assert "RefDesk CJK SC" not in again.fallbacks
        assert "Noto Sans Thai" in again.fallbacks
    finally:
        for font_id in first.font_ids:
            QFontDatabase.removeApplicationFont(font_id)


def test_installing_twice_changes_nothing(clean_fonts) -> None:
    first = fonts.install_bundled_fonts()
    families = QApplication.font().families()
    assert fonts.install_bundled_fonts() is first
    assert QApplication.font().families() == families


def test_the_switch_leaves_the_fonts_out(clean_fonts, monkeypatch) -> None:
    before = QApplication.font().families()
    monkeypatch.setenv(fonts.ENV_DISABLE, "1")
    setup = fonts.install_bundled_fonts()
    assert setup.registered == [] and setup.fallbacks == []
    assert QApplication.font().families() == before


def test_with_fallbacks_gives_a_named_font_the_bundled_families(bundled) -> None:
    mono = fonts.with_fallbacks(QFont("DejaVu Sans Mono"))
    assert mono.families()[1:] == bundled.fallbacks
    assert glyph_problems(SAMPLES["thai"], mono) == []


# -- the files --------------------------------------------------------------------------------------


def test_every_bundled_font_loads_with_its_family_and_licence() -> None:
    folder = bundled_fonts()
    readme = (folder / "README.md").read_text(encoding="utf-8")
    for entry in fonts.FAMILIES:
        for name in entry.files:
            raw = QRawFont(str(folder / name), 16)
            assert raw.isValid(), name
            assert raw.familyName() == entry.family
            assert name in readme
    for licence in (
        "OFL-NotoSansThai.txt",
        "OFL-NotoSansKhmer.txt",
        "OFL-NotoSansDevanagari.txt",
        "OFL-NotoSansCJK.txt",
    ):
        text = (folder / licence).read_text(encoding="utf-8")
        assert "SIL OPEN FONT LICENSE Version 1.1" in text
        assert licence in readme


def test_the_chinese_subset_covers_gb2312() -> None:
    folder = bundled_fonts()
    for name in ("RefDeskCJKSC-Regular.otf", "RefDeskCJKSC-Bold.otf"):
        raw = QRawFont(str(folder / name), 16)
        missing = []
        for code in range(0x4E00, 0xA000):
            char = chr(code)
            try:
                char.encode("gb2312")
            except UnicodeEncodeError:
                continue
            if not raw.supportsCharacter(code):
                missing.append(char)
        assert missing == [], f"{name} lacks {len(missing)} GB 2312 characters"


def test_the_chinese_subset_covers_the_chinese_translation() -> None:
    """A character the translation uses outside GB 2312 needs the subset rebuilt (the script adds
    the translation's characters); without it, a system without Chinese fonts shows a box."""
    raw = QRawFont(str(bundled_fonts() / "RefDeskCJKSC-Regular.otf"), 16)
    used: set[str] = set()
    for path in (ROOT / "resources" / "translations").glob("refdesk_zh*.ts"):
        for element in ElementTree.parse(path).getroot().iter():
            if element.tag in ("translation", "numerusform") and element.text:
                used.update(c for c in element.text if ord(c) >= 0x2E80)
    missing = sorted(c for c in used if not raw.supportsCharacter(ord(c)))
    assert missing == [], f"run scripts/build_fonts.py: the subset lacks {''.join(missing)}"


def test_wheels_and_bundles_carry_the_fonts() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    included = pyproject["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    assert included["resources/fonts"] == "refdesk/_bundled/fonts"
    pkgmeta = (ROOT / "packaging" / "pkgmeta.py").read_text(encoding="utf-8")  # PyInstaller's datas
    assert '(res / "fonts", "refdesk/_bundled/fonts")' in pkgmeta


def test_fonts_a_platform_theme_set_per_widget_class_keep_their_size(clean_fonts) -> None:
    menu_font = QFont(QApplication.font())
    menu_font.setPointSize(23)
    QApplication.setFont(menu_font, "QMenu")  # type: ignore[arg-type]  # as a platform theme does
    setup = fonts.install_bundled_fonts()
    menu = QApplication.font("QMenu")  # type: ignore[call-overload]
    assert menu.pointSize() == 23
    assert menu.families()[1:] == setup.fallbacks
