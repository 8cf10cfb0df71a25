"""CLI layer: argument parsing, dispatch, exit codes and error objects (spec/cli.md)."""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from refdesk import __version__
from refdesk.config.paths import AppPaths
from refdesk.core.errors import RefdeskError, SourceError, UsageError
from refdesk.core.i18n import translate
from refdesk.core.types import SORT_ORDERS, SearchFilters, SearchRequest
from refdesk.services.library import Library

from . import language, output, publishcmds, updatecmds, usercmds
from .logs import setup_logging

log = logging.getLogger(__name__)


class _Parser(argparse.ArgumentParser):
    """argparse that raises instead of exiting, so --json usage errors are JSON too."""

    def error(self, message: str) -> None:  # type: ignore[override]
        # `message` is argparse's, in the run's language through refdesk.cli.argparse_words.
        raise UsageError(translate("Cli", "{message} (see 'refdesk --help')").format(message=message))


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="refdesk",
        description=translate(
            "Cli", "Offline reference desk for identifying and referring victims of trafficking."
        ),
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=translate(
            "Cli", "where RefDesk keeps its data (default: $REFDESK_HOME, else the user data folder)"
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"refdesk {__version__}",
        help=translate("Cli", "show RefDesk's version and exit"),
    )
    sub = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="COMMAND")

    sub.add_parser("gui", help=translate("Cli", "open the desktop window (the default)"))

    search = sub.add_parser(
        "search", help=translate("Cli", "search the catalogue and every page of its documents")
    )
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

    show = sub.add_parser("show", help=translate("Cli", "one resource with all its fields and documents"))
    show.add_argument("id")
    show.add_argument("--json", action="store_true")

    open_ = sub.add_parser("open", help=translate("Cli", "open a resource's document in the app's viewer"))
    open_.add_argument("id")
    open_.add_argument(
        "--page", type=_positive, metavar="N", help=translate("Cli", "the page to open at (1 is the first)")
    )

    info = sub.add_parser("info", help=translate("Cli", "app version, data dir and installed catalogue"))
    info.add_argument("--json", action="store_true")

    usercmds.register(sub)
    updatecmds.register(sub)

    publish = sub.add_parser("publish", help=translate("Publishing", "tools for catalogue publishers"))
    publish_sub = publish.add_subparsers(dest="publish_command", parser_class=_Parser, metavar="COMMAND")
    publish_sub.required = True
    check = publish_sub.add_parser(
        "check", help=translate("Publishing", "validate a catalogue source folder")
    )
    check.add_argument("source", type=Path, metavar="SOURCE")
    check.add_argument("--json", action="store_true")
    publishcmds.register(publish_sub)
    return parser


def _non_negative(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("Cli", "'{text}' is not a whole number").format(text=text)
        ) from None
    if value < 0:
        raise argparse.ArgumentTypeError(translate("Cli", "must be 0 or more"))
    return value


def _positive(text: str) -> int:
    value = _non_negative(text)
    if value < 1:
        raise argparse.ArgumentTypeError(translate("Cli", "must be 1 or more"))
    return value


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    wants_json = "--json" in args_list
    # Before the parser is built, so that its help is translated too. A --json run stays in
    # English from start to end: what scripts read is the same in every language (spec/cli.md).
    language.set_up(args_list, english=wants_json)
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
        return _run_command(handler, args, paths, wants_json, command, log_file)
    finally:
        while _opened:
            _opened.pop().close()


def _run_command(
    handler: Callable[[argparse.Namespace, AppPaths], int],
    args: argparse.Namespace,
    paths: AppPaths,
    wants_json: bool,
    command: str,
    log_file: Path,
) -> int:
    try:
        return handler(args, paths)
    except RefdeskError as exc:
        return _fail(exc, wants_json)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`refdesk search ... | head`): nothing left to say, and nowhere to
        # say it. Python would still complain when it flushes stdout at exit; point it at nothing.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except Exception as exc:  # the last guard: no traceback in front of a user
        log.exception("unexpected error in '%s'", command)
        error = RefdeskError(
            translate("Cli", "Something unexpected went wrong ({error}); details are in {log_file}.").format(
                error=type(exc).__name__, log_file=log_file
            ),
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


# Libraries a command opened; main() closes them when the command is done (their index files).
_opened: list[Library] = []


def _library(paths: AppPaths) -> Library:
    library = Library(paths)
    _opened.append(library)
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
            translate(
                "Cli", "The desktop window cannot start here ({reason}); the command line still works."
            ).format(reason=exc),
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
            translate(
                "Cli", "'{id}' has no document stored in RefDesk; 'refdesk show {id}' gives its web address."
            ).format(id=args.id),
            code="no-document",
        )
    first = resource.documents[0]
    if args.page is not None and first.media_type == "application/pdf" and args.page > first.pages:
        raise UsageError(
            translate(
                "Cli", "--page {page} is past the end: the document has %n page(s)", None, first.pages
            ).format(page=args.page)
        )
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
    sys.stdout.write(f"RefDesk {__version__}\n")
    sys.stdout.write(translate("Cli", "Data dir: {path}").format(path=paths.data_dir) + "\n")
    label = translate("Cli", "Catalogue:")
    if info is None:
        sys.stdout.write(f"{label} " + translate("Cli", "none installed") + "\n")
    else:
        about = translate("Cli", "{title} ({id}), version {version}, published {published}").format(
            title=info.title, id=info.id, version=info.version, published=data["catalogue"]["published"]
        )
        counts = ", ".join(
            (
                translate("Cli", "%n resources", None, info.resources),
                translate("Cli", "%n documents", None, info.documents),
            )
        )
        sys.stdout.write(f"{label} {about}\n{' ' * (len(label) + 1)}{counts}\n")
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
                message = translate("SourceCheck", "%n error(s) in {source}.", None, len(errors))
            else:
                message = translate("SourceCheck", "{source}: OK (%n warning(s)).", None, len(problems))
            sys.stderr.write(message.format(source=args.source) + "\n")
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
