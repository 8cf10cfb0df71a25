"""CLI layer: argument parsing, dispatch, exit codes and error objects (spec/cli.md)."""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from refdesk import __version__
from refdesk.config.paths import AppPaths
from refdesk.core.errors import RefdeskError, SourceError, UsageError
from refdesk.core.types import SORT_ORDERS, SearchFilters, SearchRequest
from refdesk.services.library import Library

from . import output, publishcmds, updatecmds, usercmds
from .logs import setup_logging

log = logging.getLogger(__name__)


class _Parser(argparse.ArgumentParser):
    """argparse that raises instead of exiting, so --json usage errors are JSON too."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{message} (see 'refdesk --help')")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="refdesk",
        description="Offline reference desk for identifying and referring victims of trafficking.",
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="where RefDesk keeps its data (default: $REFDESK_HOME, else the user data folder)",
    )
    parser.add_argument("--version", action="version", version=f"refdesk {__version__}")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="COMMAND")

    sub.add_parser("gui", help="open the desktop window (the default)")

    search = sub.add_parser("search", help="search the catalogue and every page of its documents")
    search.add_argument("query", nargs="+", metavar="QUERY")
    for flag, dest, metavar in (
        ("--type", "types", "T"),
        ("--topic", "topics", "T"),
        ("--audience", "audiences", "A"),
        ("--country", "countries", "CC"),
        ("--region", "regions", "R"),
        ("--language", "languages", "LL"),
    ):
        search.add_argument(flag, dest=dest, action="append", default=[], metavar=metavar)
    search.add_argument("--year-from", type=int, metavar="N")
    search.add_argument("--year-to", type=int, metavar="N")
    search.add_argument("--limit", type=_non_negative, default=10, metavar="N")
    search.add_argument("--offset", type=_non_negative, default=0, metavar="N")
    search.add_argument("--sort", choices=SORT_ORDERS, default="relevance")
    search.add_argument("--json", action="store_true")

    show = sub.add_parser("show", help="one resource with all its fields and documents")
    show.add_argument("id")
    show.add_argument("--json", action="store_true")

    open_ = sub.add_parser("open", help="open a resource's document in the app's viewer")
    open_.add_argument("id")
    open_.add_argument("--page", type=_positive, metavar="N", help="the page to open at (1 is the first)")

    info = sub.add_parser("info", help="app version, data dir and installed catalogue")
    info.add_argument("--json", action="store_true")

    usercmds.register(sub)
    updatecmds.register(sub)

    publish = sub.add_parser("publish", help="tools for catalogue publishers")
    publish_sub = publish.add_subparsers(dest="publish_command", parser_class=_Parser, metavar="COMMAND")
    publish_sub.required = True
    check = publish_sub.add_parser("check", help="validate a catalogue source folder")
    check.add_argument("source", type=Path, metavar="SOURCE")
    check.add_argument("--json", action="store_true")
    publishcmds.register(publish_sub)
    return parser


def _non_negative(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return value


def _positive(text: str) -> int:
    value = _non_negative(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    wants_json = "--json" in args_list
    parser = build_parser()
    try:
        args = parser.parse_args(args_list)
    except UsageError as exc:
        return _fail(exc, wants_json)
    paths = AppPaths.resolve(args.data_dir)
    log_file = setup_logging(paths)
    command = args.command or "gui"
    handler: Callable[[argparse.Namespace, AppPaths], int] = _HANDLERS[command]
    try:
        return handler(args, paths)
    except RefdeskError as exc:
        return _fail(exc, wants_json)
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # the last guard: no traceback in front of a user
        log.exception("unexpected error in '%s'", command)
        error = RefdeskError(
            f"Something unexpected went wrong ({type(exc).__name__}); details are in {log_file}.",
            code="internal",
        )
        return _fail(error, wants_json)


def _fail(exc: RefdeskError, wants_json: bool) -> int:
    if wants_json:
        output.emit_json({"error": {"code": exc.code, "message": exc.message}})
    else:
        sys.stderr.write(f"refdesk: {exc.message}\n")
        for problem in getattr(exc, "problems", [])[:50]:
            sys.stderr.write(f"  {problem}\n")
    return exc.exit_status


def _say(message: str) -> None:
    sys.stderr.write(f"{message}…\n")


def _library(paths: AppPaths) -> Library:
    library = Library(paths)
    library.ensure_installed(progress=_say)
    return library


def _gui_run() -> Callable[..., int]:
    """The window's entry point, loaded only when asked for: the CLI must work without Qt.

    Loaded by name so that the CLI module does not depend on the GUI package (and, through it,
    on Qt) in the import graph that the layer contracts check.
    """
    try:
        module = importlib.import_module("refdesk.gui.app")
    except ImportError as exc:
        raise RefdeskError(
            f"The desktop window cannot start here ({exc}); the command line still works.",
            code="no-gui",
        ) from exc
    run: Callable[..., int] = module.run
    return run


def _cmd_gui(args: argparse.Namespace, paths: AppPaths) -> int:
    return _gui_run()(paths)


def _cmd_open(args: argparse.Namespace, paths: AppPaths) -> int:
    library = _library(paths)
    try:
        resource = library.resource(args.id)
    finally:
        library.close()
    if not resource.documents:
        raise RefdeskError(
            f"'{args.id}' has no document stored in RefDesk; 'refdesk show {args.id}' gives its web address.",
            code="no-document",
        )
    first = resource.documents[0]
    if args.page is not None and first.media_type == "application/pdf" and args.page > first.pages:
        raise UsageError(f"--page {args.page} is past the end: the document has {first.pages} page(s)")
    return _gui_run()(paths, open_resource=resource.id, page=args.page)


def _cmd_search(args: argparse.Namespace, paths: AppPaths) -> int:
    library = _library(paths)
    request = SearchRequest(
        query=" ".join(args.query),
        filters=SearchFilters(
            types=tuple(args.types),
            topics=tuple(args.topics),
            audiences=tuple(args.audiences),
            countries=tuple(args.countries),
            regions=tuple(args.regions),
            languages=tuple(args.languages),
            year_from=args.year_from,
            year_to=args.year_to,
        ),
        sort=args.sort,
        limit=args.limit,
        offset=args.offset,
    )
    result = library.search(request)
    if args.json:
        output.emit_json(output.search_json(result))
    else:
        output.print_search(result, args.offset, sys.stdout)
    return 0


def _cmd_show(args: argparse.Namespace, paths: AppPaths) -> int:
    library = _library(paths)
    resource = library.resource(args.id)
    labels = library.labels()
    if args.json:
        output.emit_json(output.resource_json(resource, labels))
    else:
        output.print_resource(resource, labels, sys.stdout)
    return 0


def _cmd_info(args: argparse.Namespace, paths: AppPaths) -> int:
    library = _library(paths)
    info = library.info()
    data = output.info_json(__version__, str(paths.data_dir), info)
    if args.json:
        output.emit_json(data)
        return 0
    sys.stdout.write(f"RefDesk {__version__}\nData dir: {paths.data_dir}\n")
    if info is None:
        sys.stdout.write("Catalogue: none installed\n")
    else:
        sys.stdout.write(
            f"Catalogue: {info.title} ({info.id}), version {info.version}, "
            f"published {data['catalogue']['published']}\n"
            f"           {info.resources} resources, {info.documents} documents\n"
        )
    return 0


def _cmd_publish(args: argparse.Namespace, paths: AppPaths) -> int:
    if args.publish_command == "check":
        problems = Library.check_source(args.source)
        errors = [p for p in problems if p.severity == "error"]
        if args.json:
            output.emit_json(
                {
                    "source": str(args.source),
                    "ok": not errors,
                    "problems": [
                        {"path": p.path, "line": p.line, "message": p.message, "severity": p.severity}
                        for p in problems
                    ],
                }
            )
        else:
            for problem in problems:
                sys.stdout.write(f"{problem}\n")
            if errors:
                sys.stderr.write(f"{len(errors)} error(s) in {args.source}.\n")
            else:
                sys.stderr.write(f"{args.source}: OK ({len(problems)} warning(s)).\n")
        if errors:
            return 1
        return 0
    raise SourceError("unknown publish command")


_HANDLERS: dict[str, Callable[[argparse.Namespace, AppPaths], int]] = {
    "gui": _cmd_gui,
    "search": _cmd_search,
    "show": _cmd_show,
    "open": _cmd_open,
    "info": _cmd_info,
    "publish": _cmd_publish,
    **usercmds.handlers(_library),
    **updatecmds.handlers(_library),
    **publishcmds.handlers(_cmd_publish),
}


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
