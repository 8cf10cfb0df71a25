"""GUI layer: the look: light, dark or the system's colour scheme, and the font size."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from refdesk.config.settings import FONT_SIZE_RANGE

log = logging.getLogger(__name__)

THEMES = ("system", "light", "dark")


@dataclass(frozen=True)
class Colours:
    """Colours the app paints itself (snippet marks, document highlights), per scheme."""

    mark_background: QColor
    mark_text: QColor
    current_hit: QColor
    muted_text: QColor
    badge_background: QColor
    # The marks of saved entries: a new edition, superseded, withdrawn (always with words too).
    changed: QColor
    superseded: QColor
    withdrawn: QColor


LIGHT = Colours(
    QColor("#ffe58a"), QColor("#1a1a1a"), QColor("#e8590c"), QColor("#5c5f66"), QColor("#e7eef8"),
    QColor("#1a5fb4"), QColor("#9c4a00"), QColor("#a51d2d"),
)  # fmt: skip
DARK = Colours(
    QColor("#8a6d00"), QColor("#ffffff"), QColor("#ff922b"), QColor("#a8adb5"), QColor("#2b3a4f"),
    QColor("#8cbcff"), QColor("#ffb35c"), QColor("#ff8080"),
)  # fmt: skip


def _dark_palette() -> QPalette:
    p = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    base, window, text = QColor("#1e1f22"), QColor("#2b2d31"), QColor("#e6e6e6")
    for r, colour in (
        (role.Window, window),
        (role.WindowText, text),
        (role.Base, base),
        (role.AlternateBase, QColor("#26282c")),
        (role.ToolTipBase, QColor("#3a3d42")),
        (role.ToolTipText, text),
        (role.PlaceholderText, QColor("#8b8f96")),
        (role.Text, text),
        (role.Button, QColor("#34373c")),
        (role.ButtonText, text),
        (role.BrightText, QColor("#ff6b6b")),
        (role.Light, QColor("#45484e")),
        (role.Midlight, QColor("#3a3d42")),
        (role.Mid, QColor("#2f3136")),
        (role.Dark, QColor("#16171a")),
        (role.Shadow, QColor("#000000")),
        (role.Highlight, QColor("#3d6fb4")),
        (role.HighlightedText, QColor("#ffffff")),
        (role.Link, QColor("#7fb2ff")),
        (role.LinkVisited, QColor("#b89cff")),
        (role.Accent, QColor("#3d6fb4")),
    ):
        p.setColor(r, colour)
    for r in (role.Text, role.WindowText, role.ButtonText):
        p.setColor(group.Disabled, r, QColor("#7a7d83"))
    return p


def _light_palette() -> QPalette:
    style = QApplication.style()
    palette = style.standardPalette() if style is not None else QPalette()
    palette.setColor(QPalette.ColorRole.Link, QColor("#1a5fb4"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#3d6fb4"))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    return palette


class ThemeManager(QObject):
    """Applies a theme and a font size to the whole application and remembers which is active."""

    theme_changed = Signal(str)  # the effective scheme: "light" or "dark"
    font_size_changed = Signal(int)

    def __init__(self, app: QApplication, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self._theme = "system"
        self._scheme = "light"
        self._system_font = QFont(app.font())
        if app.style().name().lower() != "fusion":
            app.setStyle("Fusion")  # the same look everywhere, and it honours our palettes
        app.styleHints().colorSchemeChanged.connect(self._on_hints_color_scheme_changed)

    # -- theme -------------------------------------------------------------------------------

    @property
    def theme(self) -> str:
        return self._theme

    @property
    def scheme(self) -> str:
        """The colours in use: "light" or "dark" (what "system" resolved to)."""
        return self._scheme

    @property
    def colours(self) -> Colours:
        return DARK if self._scheme == "dark" else LIGHT

    def set_theme(self, theme: str) -> None:
        if theme not in THEMES:
            raise ValueError(f"unknown theme {theme!r}")
        self._theme = theme
        self._apply()

    def next_theme(self) -> str:
        return THEMES[(THEMES.index(self._theme) + 1) % len(THEMES)]

    def _apply(self) -> None:
        scheme = self._theme
        if scheme == "system":
            dark = QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark
            scheme = "dark" if dark else "light"
        self._scheme = scheme
        self._app.setPalette(_dark_palette() if scheme == "dark" else _light_palette())
        log.debug("theme %s (colours: %s)", self._theme, scheme)
        self.theme_changed.emit(scheme)

    @Slot(Qt.ColorScheme)
    def _on_hints_color_scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self._theme == "system":
            self._apply()

    # -- font size ---------------------------------------------------------------------------

    @property
    def font_size(self) -> int:
        """The point size in use (never 0: "follow the system" resolves to the system's size)."""
        return round(self._app.font().pointSizeF())

    @property
    def system_font_size(self) -> int:
        return round(self._system_font.pointSizeF()) or 10

    def set_font_size(self, points: int) -> int:
        """0 restores the system size; others are clamped. Returns the size now in use."""
        font = QFont(self._system_font)
        if points:
            low, high = FONT_SIZE_RANGE
            font.setPointSizeF(float(max(low, min(high, points))))
        self._app.setFont(font)
        size = self.font_size
        self.font_size_changed.emit(size)
        return size

    def step_font_size(self, steps: int) -> int:
        return self.set_font_size(self.font_size + steps)
