"""CLI layer: `refdesk update` (spec/cli.md): signed catalogue updates from URLs, folders or bundles."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from refdesk.config.paths import AppPaths
from refdesk.config.settings import load_settings
from refdesk.core.errors import UsageError
from refdesk.core.i18n import translate
from refdesk.services.library import Library
from refdesk.services.updates import CatalogueUpdates, UpdateProgress, UpdateResult

from . import output

Handler = Callable[[argparse.Namespace, AppPaths], int]
LibraryFactory = Callable[[AppPaths], Library]


def register(sub: Any) -> None:
    """Add `update` to the `refdesk` sub-parsers."""
    update = sub.add_parser(
        "update", help=translate("Cli", "bring the catalogue up to date from signed releases")
    )
    update.add_argument(
        "--source",
        dest="sources",
        action="append",
        default=[],
        metavar="URL_OR_PATH",
        help=translate(
            "Cli", "https:// address, folder or .zip bundle; repeat for mirrors (default: the saved sources)"
        ),
    )
    update.add_argument(
        "--trust", type=Path, metavar="ROOT_JSON", help=translate("Cli", "the publisher's root of trust")
    )
    update.add_argument(
        "--check",
        action="store_true",
        help=translate("Cli", "report what would be downloaded; change nothing"),
    )
    update.add_argument("--json", action="store_true")


def handlers(open_library: LibraryFactory) -> dict[str, Handler]:
    def update(args: argparse.Namespace, paths: AppPaths) -> int:
        trust = _read_trust(args.trust) if args.trust else None
        settings = load_settings(paths.settings_file)
        updates = CatalogueUpdates(paths, proxy=settings.update_proxy)
        if trust is None or updates.trust_installed():
            open_library(paths)  # first run: the bundled catalogue and its root, as for any command
        sources = args.sources or list(settings.update_sources)
        if args.check:
            result = updates.check(sources, trust=trust)
        else:
            result = updates.update(sources, trust=trust, progress=_Reporter())
        if args.json:
            output.emit_json(result.to_json())
        else:
            sys.stdout.write(_describe(result) + "\n")
        return 0

    return {"update": update}


def _read_trust(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise UsageError(
            translate("Cli", "--trust {path} cannot be read ({reason}).").format(
                path=path, reason=exc.strerror
            )
        ) from None


class _Reporter:
    """Progress on stderr: phases as they start, downloads in tenths."""

    def __init__(self) -> None:
        self._last: tuple[str, str] | None = None
        self._tenth = -1

    def __call__(self, event: UpdateProgress) -> None:
        if event.phase == "downloading" and event.total:
            tenth = event.done * 10 // event.total
            if tenth != self._tenth:
                self._tenth = tenth
                line = translate("Updates", "Downloading… {done} of {total}")
                sys.stderr.write(line.format(done=_size(event.done), total=_size(event.total)) + "\n")
            return
        if (event.phase, event.message) != self._last:
            self._last = (event.phase, event.message)
            sys.stderr.write(f"{event.message}…\n")


def _describe(result: UpdateResult) -> str:
    if result.status == "up-to-date":
        return translate("Updates", "The catalogue is up to date (version {version}).").format(
            version=result.to_version
        )
    if result.added is not None:
        changes = translate("Updates", "{added} added, {changed} changed, {removed} removed").format(
            added=result.added, changed=result.changed, removed=result.removed
        )
    else:
        changes = translate("Updates", "changes counted once it is downloaded")
    size = _size(result.downloaded_bytes)
    if result.status == "available":
        if result.from_version is not None:
            #: Fills {start} in "Version {version} is available ({start} now)…"
            start = translate("Updates", "version {version}").format(version=result.from_version)
        else:
            #: Fills {start} in "Version {version} is available ({start} now)…"
            start = translate("Updates", "nothing installed")
        if result.method == "delta":
            text = translate(
                "Updates",
                "Version {version} is available ({start} now): {changes}; {size} to download (delta update).",
            )
        else:  # an available update is always "delta" or "full" (services/updates.py)
            text = translate(
                "Updates",
                "Version {version} is available ({start} now): {changes}; {size} to download (full update).",
            )
        return text.format(version=result.to_version, start=start, changes=changes, size=size)
    return translate("Updates", "Updated to version {version}: {changes}; downloaded {size}.").format(
        version=result.to_version, changes=changes, size=size
    )


def _size(count: int) -> str:
    if count < 1000:
        return translate("Updates", "%n bytes", None, count)
    if count / 1000 < 1000:
        return translate("Updates", "{size} KB").format(size=f"{count / 1000:.1f}")
    return translate("Updates", "{size} MB").format(size=f"{count / 1000 / 1000:.1f}")
