"""CLI layer: `refdesk publish keys|build|bundle` (spec/cli.md); `publish check` stays in main."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from refdesk.config.paths import AppPaths
from refdesk.core.i18n import translate
from refdesk.services import publishing

from . import output

Handler = Callable[[argparse.Namespace, AppPaths], int]


def register(publish_sub: Any) -> None:
    """Add keys, build and bundle to the `refdesk publish` sub-parsers."""
    keys = publish_sub.add_parser(
        "keys", help=translate("Publishing", "new publisher keys and KEYDIR/root.json (the trust file)")
    )
    keys.add_argument("keydir", type=Path, metavar="KEYDIR")

    build = publish_sub.add_parser(
        "build", help=translate("Publishing", "add a new signed release to a static repository")
    )
    build.add_argument("source", type=Path, metavar="SOURCE")
    build.add_argument("--repo", type=Path, required=True, metavar="REPO")
    build.add_argument("--keys", type=Path, required=True, metavar="KEYDIR")
    build.add_argument("--json", action="store_true")

    bundle = publish_sub.add_parser(
        "bundle", help=translate("Publishing", "an offline update bundle (.zip) for USB sticks")
    )
    bundle.add_argument("--repo", type=Path, required=True, metavar="REPO")
    bundle.add_argument("--out", type=Path, required=True, metavar="FILE.zip")
    bundle.add_argument(
        "--keys",
        type=Path,
        metavar="KEYDIR",
        help=translate(
            "Publishing",
            "re-sign the bundle's timestamp to last 45 days (without: the repository's own expiry)",
        ),
    )


def handlers(fallback: Handler) -> dict[str, Handler]:
    """`publish` for keys/build/bundle; any other publish command goes to `fallback`."""

    def publish(args: argparse.Namespace, paths: AppPaths) -> int:
        command = _COMMANDS.get(args.publish_command)
        return command(args) if command else fallback(args, paths)

    return {"publish": publish}


def _keys(args: argparse.Namespace) -> int:
    root = publishing.create_keys(args.keydir)
    done = translate(
        "Publishing",
        "New publisher keys in {keydir} (keep them secret and backed up).\n"
        "Ship {root} with the app, or give it to 'refdesk update --trust'.",
    )
    sys.stderr.write(done.format(keydir=args.keydir, root=root) + "\n")
    return 0


def _build(args: argparse.Namespace) -> int:
    result = publishing.build_release(args.source, args.repo, args.keys)
    release = result.release
    if args.json:
        output.emit_json(
            {
                "repo": str(args.repo),
                "catalogue": release.catalogue,
                "version": release.version,
                "published": release.published.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "resources": release.resources,
                "documents": len(release.documents),
                "snapshot_bytes": result.snapshot_bytes,
                "deltas": [
                    {
                        "from_version": d.from_version,
                        "bytes": d.file.length,
                        "added": d.added,
                        "changed": d.changed,
                        "removed": d.removed,
                    }
                    for d in release.deltas
                ],
            }
        )
    else:
        deltas = ", ".join(
            translate("Publishing", "from {version}: %n bytes", None, d.file.length).format(
                version=d.from_version
            )
            for d in release.deltas
        )
        done = translate(
            "Publishing",
            "Published {catalogue} version {version} to {repo}: {resources}, {documents}; "
            "snapshot {snapshot}; deltas {deltas}.",
        )
        sys.stdout.write(
            done.format(
                catalogue=release.catalogue,
                version=release.version,
                repo=args.repo,
                resources=translate("Publishing", "%n resources", None, release.resources),
                documents=translate("Publishing", "%n documents", None, len(release.documents)),
                snapshot=translate("Publishing", "%n bytes", None, result.snapshot_bytes),
                deltas=deltas or translate("Publishing", "none", "no deltas"),
            )
            + "\n"
        )
    return 0


def _bundle(args: argparse.Namespace) -> int:
    size, expires = publishing.export_bundle(args.repo, args.out, keydir=args.keys)
    done = translate("Publishing", "Wrote {out} (%n bytes); it can be used until {expires} UTC.", None, size)
    sys.stderr.write(done.format(out=args.out, expires=f"{expires:%Y-%m-%d %H:%M}") + "\n")
    return 0


_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "keys": _keys,
    "build": _build,
    "bundle": _bundle,
}
