"""How complete each translation of the window is: translated / total messages, per language.

    python scripts/translation_status.py [--folder resources/translations]

Reads the .ts files (what translators edit). A message counts as translated when it has a
translation that is not marked "unfinished" (plural forms: every form filled in). Exits 0.
"""

from __future__ import annotations

import argparse
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"


@dataclass(frozen=True)
class Status:
    language: str
    translated: int
    total: int
    reviewed: bool

    @property
    def percent(self) -> float:
        return 100.0 * self.translated / self.total if self.total else 0.0


def _done(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
        return False
    forms = translation.findall("numerusform")
    if forms:
        return all((form.text or "").strip() for form in forms)
    return bool((translation.text or "").strip())


def status(ts: Path) -> Status:
    root = ET.parse(ts).getroot()
    messages = [
        m
        for m in root.iter("message")
        if (
            m.find("translation") is None or m.find("translation").get("type") not in ("obsolete", "vanished")
        )  # type: ignore[union-attr]
    ]
    language = root.get("language") or ts.stem.removeprefix("refdesk_")
    # The mark translators remove once a native speaker has checked the file (docs/translating.md).
    reviewed = "NOT YET REVIEWED" not in ts.read_text(encoding="utf-8")
    return Status(language, sum(_done(m) for m in messages), len(messages), reviewed)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--folder", type=Path, default=TRANSLATIONS)
    args = parser.parse_args(argv)
    files = sorted(args.folder.glob("refdesk_*.ts"))
    if not files:
        print(f"no translation files in {args.folder}")
        return 0
    print(f"{'language':<10} {'translated':>10} {'total':>6} {'complete':>9}  review")
    for ts in files:
        s = status(ts)
        if not s.translated:
            review = "template only (nothing translated yet)"
        else:
            review = "reviewed" if s.reviewed else "not yet reviewed by a native speaker"
        print(f"{s.language:<10} {s.translated:>10} {s.total:>6} {s.percent:>8.1f}%  {review}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
