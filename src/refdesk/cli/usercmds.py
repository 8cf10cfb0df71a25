"""CLI layer: bookmarks, notes, collections and user-data export/import (spec/cli.md)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from refdesk.config.paths import AppPaths
from refdesk.core.errors import NotFoundError
from refdesk.core.types import UserEntry
from refdesk.services.library import Library

from . import output

Handler = Callable[[argparse.Namespace, AppPaths], int]
LibraryFactory = Callable[[AppPaths], Library]

STATUS_MARKS = {"current": " ", "changed": "~", "superseded": "→", "withdrawn": "✗"}


def register(sub: Any) -> None:
    """Add the user-data commands to the `refdesk` sub-parsers."""
    bookmark = sub.add_parser("bookmark", help="add or remove a bookmark")
    actions = bookmark.add_subparsers(dest="bookmark_command", parser_class=type(bookmark), metavar="ACTION")
    actions.required = True
    add = actions.add_parser("add", help="bookmark a resource")
    add.add_argument("id")
    add.add_argument("--note", metavar="TEXT")
    add.add_argument("--collection", action="append", default=[], metavar="NAME")
    remove = actions.add_parser("remove", help="remove a bookmark (its note stays)")
    remove.add_argument("id")

    listing = sub.add_parser("bookmarks", help="list bookmarks with their status")
    listing.add_argument("--collection", metavar="NAME")
    listing.add_argument("--json", action="store_true")

    note = sub.add_parser("note", help='set the note on a resource ("" clears it)')
    note.add_argument("id")
    note.add_argument("text")

    userdata = sub.add_parser("userdata", help="export or import bookmarks, notes, collections")
    verbs = userdata.add_subparsers(dest="userdata_command", parser_class=type(userdata), metavar="ACTION")
    verbs.required = True
    verbs.add_parser("export", help="write a portable JSON file").add_argument("file", type=Path)
    verbs.add_parser("import", help="merge a file exported on another laptop").add_argument("file", type=Path)


def handlers(open_library: LibraryFactory) -> dict[str, Handler]:
    def bookmark(args: argparse.Namespace, paths: AppPaths) -> int:
        user = open_library(paths).user
        if args.bookmark_command == "add":
            user.add_bookmark(args.id, note=args.note, collections=args.collection)
            sys.stderr.write(f"Bookmarked {args.id}.\n")
        elif not user.remove_bookmark(args.id):
            raise NotFoundError(f"'{args.id}' is not bookmarked.")
        else:
            sys.stderr.write(f"Removed the bookmark on {args.id}.\n")
        return 0

    def bookmarks(args: argparse.Namespace, paths: AppPaths) -> int:
        entries = open_library(paths).user.entries(args.collection)
        if args.json:
            output.emit_json([entry_json(e) for e in entries])
            return 0
        if not entries:
            sys.stdout.write("No bookmarks yet. Add one with: refdesk bookmark add ID\n")
        for entry in entries:
            mark = STATUS_MARKS[entry.status]
            extra = f" (superseded by {entry.superseded_by})" if entry.superseded_by else ""
            extra += f" [{entry.status}]" if entry.status != "current" else ""
            sys.stdout.write(f"{mark} {entry.title}{extra}\n    {entry.id}")
            if entry.collections:
                sys.stdout.write(f"  · {', '.join(entry.collections)}")
            sys.stdout.write("\n")
            if entry.note:
                sys.stdout.write(f"    note: {entry.note}\n")
        return 0

    def note(args: argparse.Namespace, paths: AppPaths) -> int:
        open_library(paths).user.set_note(args.id, args.text)
        sys.stderr.write("Note cleared.\n" if not args.text.strip() else "Note saved.\n")
        return 0

    def userdata(args: argparse.Namespace, paths: AppPaths) -> int:
        user = open_library(paths).user
        if args.userdata_command == "export":
            counts = user.export(args.file)
            sys.stderr.write(f"Exported to {args.file}: " + _counts(counts) + "\n")
        else:
            counts = user.import_file(args.file)
            sys.stderr.write(f"Imported from {args.file}, new: " + _counts(counts) + "\n")
        return 0

    return {"bookmark": bookmark, "bookmarks": bookmarks, "note": note, "userdata": userdata}


def entry_json(entry: UserEntry) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": entry.id,
        "title": entry.title,
        "note": entry.note,
        "collections": list(entry.collections),
        "added": entry.added,
        "status": entry.status,
    }
    if entry.superseded_by:
        data["superseded_by"] = entry.superseded_by
    return data


def _counts(counts: dict[str, int]) -> str:
    return ", ".join(f"{n} {name.replace('_', ' ')}" for name, n in counts.items())
