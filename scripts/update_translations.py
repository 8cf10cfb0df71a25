"""Refresh the window's translation files: lupdate, then lrelease (no code changes needed).

    python scripts/update_translations.py            # every language in resources/translations
    python scripts/update_translations.py --add km   # start a new language (an empty template)
    python scripts/update_translations.py --release-only

lupdate collects every string marked with tr()/translate()/QT_TRANSLATE_NOOP in src/refdesk (the
window, the CLI and the core's messages, see refdesk.core.i18n)
into resources/translations/refdesk_<lang>.ts, keeping the translations already there (obsolete
ones are dropped with -no-obsolete). lrelease compiles each .ts to the .qm the window loads.
Both tools come with PySide6-Essentials (pyside6-lupdate, pyside6-lrelease).

The labels the bundled catalogue declares for its topics and audiences (labels: in
resources/catalogue/catalogue.yaml) are not in the code: they reach lupdate through a throwaway
Python file of QT_TRANSLATE_NOOP("Vocabulary", ...) calls, written to a temporary folder for each
run, and join the types and regions of refdesk.core.vocab in the "Vocabulary" context.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "src" / "refdesk"
TRANSLATIONS = ROOT / "resources" / "translations"
CATALOGUE = ROOT / "resources" / "catalogue" / "catalogue.yaml"
#: catalogue.yaml's groups of labels, and what a translator is told each one is.
LABEL_GROUPS = {"topics": "topic", "audiences": "audience"}


def _tool(name: str) -> str:
    """pyside6-<name> next to this Python (a venv), else on PATH."""
    beside = Path(sys.executable).parent / f"pyside6-{name}"
    found = str(beside) if beside.exists() else shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} not found: install PySide6-Essentials")
    return found


def ts_files() -> list[Path]:
    return sorted(TRANSLATIONS.glob("refdesk_*.ts"))


def catalogue_labels(catalogue: Path = CATALOGUE) -> dict[str, list[str]]:
    """Each topic or audience label the catalogue declares, with where it is used:
    {"Debt bondage": ["topic debt-bondage"], ...}, in the file's order."""
    data = yaml.safe_load(catalogue.read_text(encoding="utf-8")) or {}
    found: dict[str, list[str]] = {}
    for group, kind in LABEL_GROUPS.items():
        for slug, label in ((data.get("labels") or {}).get(group) or {}).items():
            if isinstance(label, str) and label.strip():
                found.setdefault(label, []).append(f"{kind} {slug}")
    return found


def label_module(folder: Path, catalogue: Path = CATALOGUE) -> Path:
    """Write the catalogue's labels as QT_TRANSLATE_NOOP calls into `folder` (for lupdate only)."""
    lines = [
        '"""Topic and audience labels of the bundled catalogue, for lupdate (generated, not kept)."""',
        "",
        "from refdesk.core.i18n import QT_TRANSLATE_NOOP",
        "",
        "LABELS = (",
    ]
    for label, uses in catalogue_labels(catalogue).items():
        # "#:" is a comment lupdate hands to the translator, who sees which slugs the label names
        # (lupdate drops one that follows an import, hence the tuple).
        lines.append(f"    #: Label in the bundled catalogue of the {'; the '.join(uses)}")
        lines.append(f'    QT_TRANSLATE_NOOP("Vocabulary", {json.dumps(label, ensure_ascii=False)}),')
    lines.append(")")
    module = folder / "catalogue_labels.py"
    module.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return module


_HEADER = re.compile(r"(<TS [^>]*>\n)(<!--.*?-->\n)", re.S)


def update(files: list[Path]) -> None:
    with tempfile.TemporaryDirectory(prefix="refdesk-lupdate-") as folder:
        labels = label_module(Path(folder))
        sources = sorted(str(p.relative_to(ROOT)) for p in SOURCES.rglob("*.py"))
        for ts in files:
            _update_one(ts, [*sources, str(labels)])


def _update_one(ts: Path, sources: list[str]) -> None:
    """lupdate one .ts from `sources`, keeping its review-status comment."""
    language = ts.stem.removeprefix("refdesk_")
    # lupdate drops XML comments; the one under <TS> (the review status) is put back.
    before = _HEADER.search(ts.read_text(encoding="utf-8")) if ts.exists() else None
    subprocess.run(
        [_tool("lupdate"), "-no-obsolete", "-locations", "none", "-target-language", language,
         *sources, "-ts", str(ts)],
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
