"""Config layer: the user's settings, declared once in a typed dataclass and kept in settings.toml.

Every setting and its default lives in `Settings`. The file carries a schema version; older files
are brought forward by the functions in `_MIGRATIONS`, one version at a time. Values of the wrong
type or outside their choices fall back to the default (and say so in the log) rather than stop
the app. Keys this version does not know are kept and written back, so a newer app's settings
survive a round trip through an older one.

The file is flat (one table of scalar keys), so a tiny writer does instead of a dependency.
"""

from __future__ import annotations

import logging
import math
import os
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1
THEMES = ("system", "light", "dark")
SORTS = ("relevance", "newest", "title")
# Point sizes the window accepts; 0 means "follow the system".
FONT_SIZE_RANGE = (6, 32)


def _choices(*values: str) -> dict[str, Any]:
    return {"choices": values}


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything the user can change, with its default. Geometry lives in QSettings instead."""

    theme: str = field(default="system", metadata=_choices(*THEMES))
    # Font size in points for the whole window; 0 follows the system's size.
    font_size: int = field(default=0, metadata={"range": (0, FONT_SIZE_RANGE[1])})
    sort: str = field(default="relevance", metadata=_choices(*SORTS))
    # The window's language as a locale name ("th", "zh_CN"); "" follows the system's locale.
    ui_language: str = field(default="", metadata={"pattern": r"([a-z]{2,3}(_[A-Z]{2})?)?"})
    # Put the last query back in the search box on the next start.
    remember_query: bool = True
    last_query: str = ""
    # Write search queries into the log file (off: what an officer searches for is sensitive).
    log_queries: bool = False
    # Where `refdesk update` looks when given no --source: URLs (mirrors, in order), folders, .zip.
    update_sources: tuple[str, ...] = ()
    # Check the update sources when the window starts (never on a metered or unknown connection).
    # Off by default: RefDesk sends nothing anywhere unless the officer asks it to.
    check_updates_at_start: bool = False
    # An http:// or https:// proxy for update requests ("" connects directly).
    update_proxy: str = field(default="", metadata={"pattern": r"(https?://\S+)?"})
    # Keys written by another version of the app, kept as they were.
    unknown: dict[str, Any] = field(default_factory=dict, compare=False, metadata={"internal": True})


def _declared() -> list[Any]:
    return [f for f in fields(Settings) if not f.metadata.get("internal")]


# version N -> function turning a version-N mapping into a version-N+1 mapping
_MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


def load_settings(path: Path) -> Settings:
    """Read settings.toml; a missing or unreadable file gives the defaults (never an error)."""
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except FileNotFoundError:
        return Settings()
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        log.warning("settings file %s cannot be read (%s); using the defaults", path, exc)
        return Settings()
    return settings_from_dict(data)


def settings_from_dict(data: dict[str, Any]) -> Settings:
    data = dict(data)
    version = data.pop("schema_version", 1)
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        log.warning("settings have no usable schema_version (%r); reading them as version 1", version)
        version = 1
    while version < SCHEMA_VERSION:
        data = _MIGRATIONS[version](data)
        version += 1
    values: dict[str, Any] = {}
    for spec in _declared():
        if spec.name not in data:
            continue
        raw = data.pop(spec.name)
        if _valid(spec, raw):
            values[spec.name] = tuple(raw) if isinstance(spec.default, tuple) else raw
        else:
            log.warning("setting %s=%r is not valid; using the default %r", spec.name, raw, spec.default)
    unknown = {k: v for k, v in data.items() if _is_scalar(v)}
    return Settings(**values, unknown=unknown)


def _valid(spec: Any, value: Any) -> bool:
    expected = type(spec.default)
    if expected is tuple:  # a list of strings (TOML array)
        return isinstance(value, list | tuple) and all(isinstance(v, str) for v in value)
    if expected is int and (isinstance(value, bool) or not isinstance(value, int)):
        return False
    if not isinstance(value, expected):
        return False
    if "choices" in spec.metadata and value not in spec.metadata["choices"]:
        return False
    if "pattern" in spec.metadata and not re.fullmatch(spec.metadata["pattern"], value):
        return False
    if "range" in spec.metadata:
        low, high = spec.metadata["range"]
        return low <= value <= high
    return True


def settings_to_dict(settings: Settings) -> dict[str, Any]:
    data: dict[str, Any] = {"schema_version": SCHEMA_VERSION}
    for spec in _declared():
        data[spec.name] = getattr(settings, spec.name)
    for key, value in settings.unknown.items():
        data.setdefault(key, value)
    return data


def save_settings(settings: Settings, path: Path) -> None:
    """Write settings.toml atomically (a crash leaves the old file or the new one)."""
    text = dumps(settings_to_dict(settings))
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


def update_settings(settings: Settings, **changes: Any) -> Settings:
    """A copy with `changes` applied, each checked like a value read from the file."""
    specs = {spec.name: spec for spec in _declared()}
    for name, value in changes.items():
        if name not in specs:
            raise KeyError(f"no setting named {name!r}")
        if not _valid(specs[name], value):
            raise ValueError(f"{value!r} is not a valid value for the setting {name!r}")
    return replace(settings, **changes)


# -- the writer: one flat table of scalars -------------------------------------------------


def _is_scalar(value: Any) -> bool:
    return isinstance(value, str | int | float | bool)


def dumps(data: dict[str, Any]) -> str:
    lines = ["# RefDesk settings. Edit while RefDesk is closed; unknown keys are kept."]
    for key, value in data.items():
        lines.append(f"{_key(key)} = {_value(value)}")
    return "\n".join(lines) + "\n"


def _key(key: str) -> str:
    if key and all(c.isascii() and (c.isalnum() or c in "-_") for c in key):
        return key
    return _string(key)


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "nan"
        if math.isinf(value):
            return "inf" if value > 0 else "-inf"
        return repr(value)
    if isinstance(value, str):
        return _string(value)
    if isinstance(value, list | tuple) and all(isinstance(v, str) for v in value):
        return "[" + ", ".join(_string(v) for v in value) + "]"
    raise TypeError(f"settings hold scalars only, not {type(value).__name__}")


_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r"}


def _string(text: str) -> str:
    out = []
    for char in text:
        if char in _ESCAPES:
            out.append(_ESCAPES[char])
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            out.append(f"\\u{ord(char):04x}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'
