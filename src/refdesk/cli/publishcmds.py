"""CLI layer: `refdesk publish keys|build|bundle` (spec/cli.md); `publish check` stays in main."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from refdesk.config.paths import AppPaths
from refdesk.services import publishing

from . import output

Handler = Callable[[argparse.Namespace, AppPaths], int]


def register(publish_sub: Any) -> None:
    """Add keys, build and bundle to the `refdesk publish` sub-parsers."""
    keys = publish_sub.add_parser("keys", help="new publisher keys and KEYDIR/root.json (the trust file)")
    keys.add_argument("keydir", type=Path, metavar="KEYDIR")

    build = publish_sub.add_parser("build", help="add a new signed release to a static repository")
    build.add_argument("source", type=Path, metavar="SOURCE")
    build.add_argument("--repo", type=Path, required=True, metavar="REPO")
    build.add_argument("--keys", type=Path, required=True, metavar="KEYDIR")
    build.add_argument("--json", action="store_true")

    bundle = publish_sub.add_parser("bundle", help="an offline update bundle (.zip) for USB sticks")
    bundle.add_argument("--repo", type=Path, required=True, metavar="REPO")
    bundle.add_argument("--out", type=Path, required=True, metavar="FILE.zip")
    bundle.add_argument(
        "--keys",
        type=Path,
        metavar="KEYDIR",
        help="re-sign the bundle's timestamp to last 45 days (without: the repository's own expiry)",
    )


def handlers(fallback: Handler) -> dict[str, Handler]:
    """`publish` for keys/build/bundle; any other publish command goes to `fallback`."""

    def publish(args: argparse.Namespace, paths: AppPaths) -> int:
        command = _COMMANDS.get(args.publish_command)
        return command(args) if command else fallback(args, paths)

    return {"publish": publish}


def _keys(args: argparse.Namespace) -> int:
    root = publishing.create_keys(args.keydir)
    sys.stderr.write(
        f"New publisher keys in {args.keydir} (keep them secret and backed up).\n"
        f"Ship {root} with the app, or give it to 'refdesk update --trust'.\n"
    )
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
        deltas = ", ".join(f"from {d.from_version}: {d.file.length} bytes" for d in release.deltas) or "none"
        sys.stdout.write(
            f"Published {release.catalogue} version {release.version} to {args.repo}: "
            f"{release.resources} resources, {len(release.documents)} documents; "
            f"snapshot {result.snapshot_bytes} bytes; deltas {deltas}.\n"
        )
    return 0


def _bundle(args: argparse.Namespace) -> int:
    size, expires = publishing.export_bundle(args.repo, args.out, keydir=args.keys)
    sys.stderr.write(f"Wrote {args.out} ({size} bytes); it can be used until {expires:%Y-%m-%d %H:%M} UTC.\n")
    return 0


_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "keys": _keys,
    "build": _build,
    "bundle": _bundle,
}
