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


def bundled_catalogue_source() -> Path:
    """The catalogue source shipped with the app: frozen bundle, installed wheel, or checkout."""
    candidates = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.append(Path(frozen_root) / "refdesk" / "_bundled" / "catalogue")
    package_root = Path(__file__).resolve().parent.parent
    candidates.append(package_root / "_bundled" / "catalogue")
    candidates.append(package_root.parent.parent / "resources" / "catalogue")
    for candidate in candidates:
        if (candidate / "catalogue.yaml").is_file():
            return candidate
    return candidates[-1]


def bundled_release() -> Path:
    """The signed release of the bundled catalogue (a TUF repository folder with its root.json)."""
    candidates = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.append(Path(frozen_root) / "refdesk" / "_bundled" / "release")
    package_root = Path(__file__).resolve().parent.parent
    candidates.append(package_root / "_bundled" / "release")
    candidates.append(package_root.parent.parent / "resources" / "release")
    for candidate in candidates:
        if (candidate / "metadata" / "timestamp.json").is_file():
            return candidate
    return candidates[-1]
