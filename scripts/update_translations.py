"""Refresh the window's translation files: lupdate, then lrelease (no code changes needed).

    python scripts/update_translations.py            # every language in resources/translations
    python scripts/update_translations.py --add km   # start a new language (an empty template)
    python scripts/update_translations.py --release-only

lupdate collects every string marked with tr()/translate()/QT_TRANSLATE_NOOP in src/refdesk (the
window, the CLI and the core's messages, see refdesk.core.i18n)
into resources/translations/refdesk_<lang>.ts, keeping the translations already there (obsolete
ones are dropped with -no-obsolete). lrelease compiles each .ts to the .qm the window loads.
Both tools come with PySide6-Essentials (pyside6-lupdate, pyside6-lrelease).
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "src" / "refdesk"
TRANSLATIONS = ROOT / "resources" / "translations"


def _tool(name: str) -> str:
    """pyside6-<name> next to this Python (a venv), else on PATH."""
    beside = Path(sys.executable).parent / f"pyside6-{name}"
    found = str(beside) if beside.exists() else shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} not found: install PySide6-Essentials")
    return found


def ts_files() -> list[Path]:
    return sorted(TRANSLATIONS.glob("refdesk_*.ts"))


_HEADER = re.compile(r"(<TS [^>]*>\n)(<!--.*?-->\n)", re.S)


def update(files: list[Path]) -> None:
    sources = sorted(str(p.relative_to(ROOT)) for p in SOURCES.rglob("*.py"))
    for ts in files:
        language = ts.stem.removeprefix("refdesk_")
        # lupdate drops XML comments; the one under <TS> (the review status) is put back.
        before = _HEADER.search(ts.read_text(encoding="utf-8")) if ts.exists() else None
        subprocess.run(
            [_tool("lupdate"), "-no-obsolete", "-locations", "none", "-target-language", language,
             *sources, "-ts", str(ts.relative_to(ROOT))],
            cwd=ROOT, check=True,
        )  # fmt: skip
        if before:
            text = ts.read_text(encoding="utf-8")
            opening = re.search(r"<TS [^>]*>\n", text)
            if opening:
                text = text[: opening.end()] + before.group(2) + text[opening.end() :]
            ts.write_text(text, encoding="utf-8")


def _has_translations(ts: Path) -> bool:
    text = ts.read_text(encoding="utf-8")
    return text.count("<translation") > text.count('<translation type="unfinished"') + text.count(
        '<translation type="vanished"'
    ) + text.count('<translation type="obsolete"')


def release(files: list[Path]) -> None:
    """Compile each .ts to its .qm; a template with nothing translated gets none (the window then
    stays in English for that language rather than loading an empty file)."""
    for ts in files:
        qm = ts.with_suffix(".qm")
        if not _has_translations(ts):
            qm.unlink(missing_ok=True)
            continue
        subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--add", metavar="LANG", help="start a new language, e.g. km or zh_CN")
    parser.add_argument("--release-only", action="store_true", help="only compile .ts to .qm")
    args = parser.parse_args(argv)
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    files = ts_files()
    if args.add:
        new = TRANSLATIONS / f"refdesk_{args.add}.ts"
        files = sorted({*files, new})
    if not args.release_only:
        update(files)
    release(files)
    return 0


if __name__ == "__main__":
    sys.exit(main())
