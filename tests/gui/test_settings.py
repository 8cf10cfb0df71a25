"""Settings: one typed dataclass in settings.toml; and the theme and font size they drive."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from PySide6.QtGui import QPalette

from refdesk.config.settings import (
    SCHEMA_VERSION,
    Settings,
    dumps,
    load_settings,
    save_settings,
    update_settings,
)


def test_defaults_when_there_is_no_file(tmp_path: Path) -> None:
    settings = load_settings(tmp_path / "settings.toml")
    assert settings == Settings()
    assert settings.theme == "system" and settings.font_size == 0 and settings.log_queries is False


def test_round_trip_keeps_values_and_unknown_keys(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text('schema_version = 1\ntheme = "dark"\nfuture_option = 3\n', encoding="utf-8")
    settings = update_settings(load_settings(path), font_size=14, last_query='say "hi"\\ \n\tthere ü')
    save_settings(settings, path)
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    assert data["schema_version"] == SCHEMA_VERSION
    assert data["future_option"] == 3
    again = load_settings(path)
    assert again == settings
    assert again.last_query == 'say "hi"\\ \n\tthere ü'
    assert not list(tmp_path.glob("*.tmp"))


def test_bad_values_fall_back_to_defaults(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text(
        'theme = "purple"\nfont_size = true\nsort = "newest"\nlog_queries = "yes"\n', encoding="utf-8"
    )
    settings = load_settings(path)
    assert settings.theme == "system" and settings.font_size == 0 and settings.log_queries is False
    assert settings.sort == "newest"
    path.write_text("this is = = not toml", encoding="utf-8")
    assert load_settings(path) == Settings()
    with pytest.raises(ValueError):
        update_settings(Settings(), theme="purple")
    with pytest.raises(KeyError):
        update_settings(Settings(), colour="red")


def test_the_window_keeps_settings_written_by_others(tmp_path: Path) -> None:
    from refdesk.gui.window_state import SettingsStore

    path = tmp_path / "settings.toml"
    store = SettingsStore(Settings(), path)
    store.update(theme="dark")
    save_settings(update_settings(load_settings(path), update_sources=("https://mirror.example",)), path)
    store.update(last_query="fishing")  # the window, closing, after `refdesk update` saved a source
    again = load_settings(path)
    assert again.update_sources == ("https://mirror.example",)
    assert again.theme == "dark" and again.last_query == "fishing"


def test_writer_output_is_valid_toml() -> None:
    text = dumps({"a": 1.5, "b": float("inf"), "c": "\x01\x7f", "d key": False})
    assert tomllib.loads(text) == {"a": 1.5, "b": float("inf"), "c": "\x01\x7f", "d key": False}


@pytest.mark.gui
def test_theme_and_font_size_switch_and_are_remembered(qtbot, make_window, state_paths) -> None:
    window = make_window(settings=Settings(theme="light"))
    light = window.palette().color(QPalette.ColorRole.Window).lightness()
    window.commands["theme_dark"].trigger()
    assert window.theme.scheme == "dark"
    qtbot.waitUntil(lambda: window.palette().color(QPalette.ColorRole.Window).lightness() < light)
    assert window.results_panel.delegate.colours is window.theme.colours
    window.commands["cycle_theme"].trigger()  # dark -> system
    assert window.theme.theme == "system"
    window.commands["theme_dark"].trigger()
    size = window.theme.font_size
    window.commands["font_larger"].trigger()
    window.commands["font_larger"].trigger()
    assert window.theme.font_size == size + 2
    qtbot.waitUntil(lambda: window.search_bar.edit.font().pointSize() == size + 2)
    view = window.results_panel.view
    assert view.sizeHintForRow(0) > 0
    qtbot.waitUntil(lambda: view.visualRect(window.results_model.index(0)).height() == view.sizeHintForRow(0))
    window.commands["font_smaller"].trigger()
    stored = load_settings(state_paths.settings_file)
    assert stored.theme == "dark" and stored.font_size == size + 1
    shot = state_paths.data_dir / "dark.png"
    assert window.grab().save(str(shot))
    window.close()
    again = make_window()
    assert again.theme.scheme == "dark" and again.theme.font_size == size + 1
    again.commands["font_reset"].trigger()
    assert again.theme.font_size == again.theme.system_font_size
    assert load_settings(state_paths.settings_file).font_size == 0
