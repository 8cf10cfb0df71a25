"""CLI layer: bookmarks, notes, collections and user-data export/import (spec/cli.md)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from refdesk.config.paths import AppPaths
from refdesk.core.errors import NotFoundError
from refdesk.core.i18n import translate
from refdesk.core.types import UserEntry
from refdesk.services.library import Library

from . import output

Handler = Callable[[argparse.Namespace, AppPaths], int]
LibraryFactory = Callable[[AppPaths], Library]

STATUS_MARKS = {"current": " ", "changed": "~", "superseded": "→", "withdrawn": "✗"}


def register(sub: Any) -> None:
    """Add the user-data commands to the `refdesk` sub-parsers."""
    bookmark = sub.add_parser("bookmark", help=translate("Cli", "add or remove a bookmark"))
    actions = bookmark.add_subparsers(dest="bookmark_command", parser_class=type(bookmark), metavar="ACTION")
    actions.required = True
    add = actions.add_parser("add", help=translate("Cli", "bookmark a resource"))
    add.add_argument("id")
    add.add_argument("--note", metavar="TEXT")
    add.add_argument("--collection", action="append", default=[], metavar="NAME")
    remove = actions.add_parser("remove", help=translate("Cli", "remove a bookmark (its note stays)"))
    remove.add_argument("id")

    listing = sub.add_parser("bookmarks", help=translate("Cli", "list bookmarks with their status"))
    listing.add_argument("--collection", metavar="NAME")
    listing.add_argument("--json", action="store_true")

    note = sub.add_parser("note", help=translate("Cli", 'set the note on a resource ("" clears it)'))
    note.add_argument("id")
    note.add_argument("text")

    userdata = sub.add_parser(
        "userdata", help=translate("Cli", "export or import bookmarks, notes, collections")
    )
    verbs = userdata.add_subparsers(dest="userdata_command", parser_class=type(userdata), metavar="ACTION")
    verbs.required = True
    export = verbs.add_parser("export", help=translate("Cli", "write a portable JSON file"))
    export.add_argument("file", type=Path)
    import_ = verbs.add_parser("import", help=translate("Cli", "merge a file exported on another laptop"))
    import_.add_argument("file", type=Path)


def handlers(open_library: LibraryFactory) -> dict[str, Handler]:
    def bookmark(args: argparse.Namespace, paths: AppPaths) -> int:
        user = open_library(paths).user
        if args.bookmark_command == "add":
            user.add_bookmark(args.id, note=args.note, collections=args.collection)
            sys.stderr.write(translate("Cli", "Bookmarked {id}.").format(id=args.id) + "\n")
        elif not user.remove_bookmark(args.id):
            raise NotFoundError(translate("Cli", "'{id}' is not bookmarked.").format(id=args.id))
        else:
            sys.stderr.write(translate("Cli", "Removed the bookmark on {id}.").format(id=args.id) + "\n")
        return 0

    def bookmarks(args: argparse.Namespace, paths: AppPaths) -> int:
        entries = open_library(paths).user.entries(args.collection)
        if args.json:
            output.emit_json([entry_json(e) for e in entries])
            return 0
        if not entries:
            sys.stdout.write(
                translate("Cli", "No bookmarks yet. Add one with: refdesk bookmark add ID") + "\n"
            )
        for entry in entries:
            mark = STATUS_MARKS[entry.status]
            extra = ""
            if entry.superseded_by:
                extra = " " + translate("Cli", "(superseded by {id})").format(id=entry.superseded_by)
            extra += f" [{_status_label(entry.status)}]" if entry.status != "current" else ""
            sys.stdout.write(f"{mark} {entry.title}{extra}\n    {entry.id}")
            if entry.collections:
                sys.stdout.write(f"  · {', '.join(entry.collections)}")
            sys.stdout.write("\n")
            if entry.note:
                sys.stdout.write("    " + translate("Cli", "note: {note}").format(note=entry.note) + "\n")
        return 0

    def note(args: argparse.Namespace, paths: AppPaths) -> int:
        open_library(paths).user.set_note(args.id, args.text)
        done = translate("Cli", "Note cleared.") if not args.text.strip() else translate("Cli", "Note saved.")
        sys.stderr.write(done + "\n")
        return 0

    def userdata(args: argparse.Namespace, paths: AppPaths) -> int:
        user = open_library(paths).user
        if args.userdata_command == "export":
            counts = user.export(args.file)
            done = translate("Cli", "Exported to {file}: {counts}")
        else:
            counts = user.import_file(args.file)
            done = translate("Cli", "Imported from {file}, new: {counts}")
        sys.stderr.write(done.format(file=args.file, counts=_counts(counts)) + "\n")
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


def _status_label(status: str) -> str:
    """A bookmark's status in words (JSON keeps the English slug, spec/cli.md)."""
    if status == "changed":
        return translate("Cli", "changed", "bookmark status")
    if status == "superseded":
        return translate("Cli", "superseded", "bookmark status")
    if status == "withdrawn":
        return translate("Cli", "withdrawn", "bookmark status")
    return status


def _counts(counts: dict[str, int]) -> str:
    return ", ".join(_count(name, n) for name, n in counts.items())


def _count(name: str, n: int) -> str:
    """One count of a user-data export or import, e.g. "3 bookmarks"."""
    if name == "bookmarks":
        return translate("Cli", "%n bookmarks", None, n)
    if name == "notes":
        return translate("Cli", "%n notes", None, n)
    if name == "collections":
        return translate("Cli", "%n collections", None, n)
    if name == "collection_items":
        return translate("Cli", "%n collection items", None, n)
    if name == "recent":
        return translate("Cli", "%n recent", "resources opened recently", n)
    if name == "saved_searches":
        return translate("Cli", "%n saved searches", None, n)
    return f"{n} {name.replace('_', ' ')}"
