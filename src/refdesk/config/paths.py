"""Config layer: AppPaths, resolved once (flag, then REFDESK_HOME, then platformdirs)."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "refdesk"
ENV_HOME = "REFDESK_HOME"


@dataclass(frozen=True)
class AppPaths:
    """Every location the app reads or writes below its data dir (ARCHITECTURE.md)."""

    data_dir: Path

    @classmethod
    def resolve(cls, flag: str | os.PathLike[str] | None = None) -> AppPaths:
        if flag:
            base = Path(flag)
        elif os.environ.get(ENV_HOME):
            base = Path(os.environ[ENV_HOME])
        else:
            base = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
        return cls(base.expanduser().absolute())

    @property
    def settings_file(self) -> Path:
        return self.data_dir / "settings.toml"

    @property
    def user_db(self) -> Path:
        return self.data_dir / "user.sqlite"

    @property
    def trust_dir(self) -> Path:
        return self.data_dir / "trust"

    @property
    def documents_dir(self) -> Path:
        return self.data_dir / "documents"

    @property
    def generations_dir(self) -> Path:
        return self.data_dir / "generations"

    @property
    def current_file(self) -> Path:
        return self.data_dir / "CURRENT"

    @property
    def downloads_dir(self) -> Path:
        return self.data_dir / "downloads"

    @property
    def log_dir(self) -> Path:
        return self.data_dir / "logs"

    @property
    def network_log(self) -> Path:
        """Every request the app sent (sync.netlog)."""
        return self.log_dir / "network.jsonl"

    def document(self, sha256: str) -> Path:
        return self.documents_dir / sha256

    def generation(self, number: int) -> Path:
        return self.generations_dir / str(number)


def _bundled(name: str, marker: str) -> Path:
    """A folder shipped with the app: frozen bundle, installed wheel, or a checkout's resources/."""
    candidates = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.append(Path(frozen_root) / "refdesk" / "_bundled" / name)
    package_root = Path(__file__).resolve().parent.parent
    candidates.append(package_root / "_bundled" / name)
    candidates.append(package_root.parent.parent / "resources" / name)
    for candidate in candidates:
        if (candidate / marker).is_file():
            return candidate
    return candidates[-1]


def bundled_catalogue_source() -> Path:
    """The catalogue source shipped with the app."""
    return _bundled("catalogue", "catalogue.yaml")


def bundled_release() -> Path:
    """The signed release of the bundled catalogue (a TUF repository folder with its root.json)."""
    return _bundled("release", "metadata/timestamp.json")


def bundled_translations() -> Path:
    """The window's translation files (refdesk_<lang>.qm / .ts): frozen bundle, wheel, or checkout."""
    candidates = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.append(Path(frozen_root) / "refdesk" / "_bundled" / "translations")
    package_root = Path(__file__).resolve().parent.parent
    candidates.append(package_root / "_bundled" / "translations")
    candidates.append(package_root.parent.parent / "resources" / "translations")
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[-1]


def bundled_fonts() -> Path:
    """The fonts the window registers at start-up (Thai, Khmer, Devanagari, a Chinese subset)."""
    return _bundled("fonts", "README.md")
