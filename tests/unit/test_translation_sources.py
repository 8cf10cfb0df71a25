"""What lupdate collects for translators: the vocabularies, and the bundled catalogue's labels.

Types and regions are marked in refdesk.core.vocab; the topic and audience labels live in
resources/catalogue/catalogue.yaml, and scripts/update_translations.py hands them to lupdate
through a generated file in a temporary folder (nothing generated is kept in src).
"""

from __future__ import annotations

import importlib.util
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import yaml

from refdesk.core import vocab

ROOT = Path(__file__).resolve().parents[2]


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "scripts" / "update_translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _lupdate(script: ModuleType, sources: list[Path], ts: Path) -> dict[tuple[str, str], str]:
    """(context, source) -> the comment lupdate keeps for the translator."""
    subprocess.run(
        [script._tool("lupdate"), "-no-obsolete", "-locations", "none", *map(str, sources), "-ts", str(ts)],
        check=True,
        capture_output=True,
    )
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message.findtext("extracomment")
        or ""
        for context in ET.parse(ts).getroot().iter("context")
        for message in context.iter("message")
    }


def test_the_bundled_catalogues_labels_join_the_vocabulary_context(tmp_path: Path) -> None:
    script = _script()
    module = script.label_module(tmp_path)
    assert module.parent == tmp_path
    found = _lupdate(script, [ROOT / "src" / "refdesk" / "core" / "vocab.py", module], tmp_path / "check.ts")
    vocabulary = {source for context, source in found if context == "Vocabulary"}
    declared = yaml.safe_load(
        (ROOT / "resources" / "catalogue" / "catalogue.yaml").read_text(encoding="utf-8")
    )
    labels = {label for group in ("topics", "audiences") for label in declared["labels"][group].values()}
    assert labels and labels <= vocabulary
    assert set(vocab.TYPES.values()) | set(vocab.REGIONS.values()) <= vocabulary
    assert "topic debt-bondage" in found[("Vocabulary", "Debt bondage")]  # the translator sees the slug


def test_labels_with_quotes_and_other_scripts_reach_lupdate_as_written(tmp_path: Path) -> None:
    catalogue = tmp_path / "catalogue.yaml"
    catalogue.write_text(
        yaml.safe_dump(
            {
                "id": "probe",
                "labels": {
                    "topics": {"quoted": 'Say "no" \\ walk away', "apostrophe": "Workers' rights"},
                    "audiences": {"thai": "ตำรวจ", "empty": "", "shared": "Workers' rights"},
                },
            },
            allow_unicode=True,
        ),
        encoding="utf-8",
    )
    script = _script()
    assert script.catalogue_labels(catalogue) == {
        'Say "no" \\ walk away': ["topic quoted"],
        "Workers' rights": ["topic apostrophe", "audience shared"],
        "ตำรวจ": ["audience thai"],
    }
    found = _lupdate(script, [script.label_module(tmp_path, catalogue)], tmp_path / "check.ts")
    assert set(found) == {
        ("Vocabulary", 'Say "no" \\ walk away'),
        ("Vocabulary", "Workers' rights"),
        ("Vocabulary", "ตำรวจ"),
    }
    assert found[("Vocabulary", "Workers' rights")].endswith("topic apostrophe; the audience shared")
