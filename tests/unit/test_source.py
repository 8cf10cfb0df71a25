"""The catalogue source format: a valid folder parses; a broken one lists every problem with its line."""

from __future__ import annotations

from pathlib import Path

from refdesk.catalogue.source import read_source
from refdesk.services.builder import check_source
from tests.helpers import RESOURCES, make_catalogue, write_resource


def test_valid_source_has_no_errors(small_source: Path) -> None:
    problems, prepared = check_source(small_source)
    assert [p for p in problems if p.severity == "error"] == []
    assert prepared is not None
    ids = {r.id for r in prepared.resources}
    assert ids == {r["id"] for r in RESOURCES}
    vessel = next(r for r in prepared.resources if r.id == "fishing-vessel-inspection")
    assert vessel.documents[0].pages == 4
    assert vessel.countries == ("TH",)


def test_labels_fall_back_to_slug(small_source: Path) -> None:
    source = read_source(small_source)
    assert source.label("topic", "forced-labour") == "Forced labour"
    assert source.label("topic", "debt-bondage") == "Debt bondage"


def _broken(tmp_path: Path) -> Path:
    root = make_catalogue(tmp_path / "broken", resources=[])
    base = {"title": "T", "type": "guidance", "summary": "S."}
    write_resource(root, {**base, "id": "good-one"})
    write_resource(root, {**base, "id": "good-one"}, name="dup.md")
    write_resource(root, {"id": "no-type", "title": "T"}, name="missing.md")
    write_resource(
        root,
        {
            **base,
            "id": "bad-vocab",
            "type": "poster",
            "regions": ["mars"],
            "countries": ["Thailand"],
            "languages": ["english"],
        },
    )
    write_resource(
        root,
        {
            **base,
            "id": "bad-docs",
            "documents": [{"path": "../../etc/passwd"}, {"path": "missing.pdf"}, {"path": "broken.pdf"}],
        },
    )
    write_resource(root, {**base, "id": "bad-links", "supersedes": ["nope"], "translations": ["gone"]})
    write_resource(root, {**base, "id": "extra-key", "colour": "blue"})
    (root / "documents" / "broken.pdf").write_bytes(b"%PDF-1.4 this is not really a pdf")
    (root / "resources" / "invalid-yaml.md").write_text(
        "---\nid: bad-yaml\ntitle: [unclosed\ntype: guidance\n---\nBody\n", encoding="utf-8"
    )
    (root / "resources" / "no-front.md").write_text("Just text\n", encoding="utf-8")
    return root


def test_broken_source_reports_every_problem_with_file_and_line(tmp_path: Path) -> None:
    root = _broken(tmp_path)
    problems, prepared = check_source(root)
    assert prepared is None
    text = "\n".join(str(p) for p in problems)
    expected = [
        (".md", "duplicate id 'good-one' (also in"),
        ("missing.md", "missing required field 'type'"),
        ("bad-vocab.md", "unknown type 'poster'"),
        ("bad-vocab.md", "unknown region 'mars'"),
        ("bad-vocab.md", "'Thailand' is not an ISO 3166-1"),
        ("bad-vocab.md", "'english' is not an ISO 639-1"),
        ("bad-docs.md", "escapes documents/"),
        ("bad-docs.md", "'documents/missing.pdf' does not exist"),
        ("bad-docs.md", "broken.pdf: not a readable PDF"),
        ("bad-links.md", "supersedes names 'nope'"),
        ("bad-links.md", "translations names 'gone'"),
        ("invalid-yaml.md", "invalid YAML"),
        ("no-front.md", "no front matter"),
    ]
    for file, message in expected:
        assert any(file in p.path and message in p.message for p in problems), (file, message, text)
    warnings = [p for p in problems if p.severity == "warning"]
    assert any("unknown field 'colour'" in p.message for p in warnings)


def test_problem_lines_point_at_the_offending_key(tmp_path: Path) -> None:
    root = _broken(tmp_path)
    problems = read_source(root).problems
    vocab_file = (root / "resources" / "bad-vocab.md").read_text(encoding="utf-8").splitlines()
    for problem in problems:
        if problem.path.endswith("bad-vocab.md") and "unknown region" in problem.message:
            assert vocab_file[problem.line - 1].startswith("regions:")
            break
    else:
        raise AssertionError("no region problem reported")
    yaml_problem = next(p for p in problems if p.path.endswith("invalid-yaml.md"))
    assert yaml_problem.line in (3, 4)


def test_norway_stays_a_country(tmp_path: Path) -> None:
    root = make_catalogue(tmp_path / "no", resources=[])
    write_resource(root, {"id": "norway", "title": "T", "type": "guidance", "countries": ["NO"]})
    (root / "resources" / "norway.md").write_text(
        (root / "resources" / "norway.md").read_text().replace("- 'NO'", "- NO"), encoding="utf-8"
    )
    source = read_source(root)
    assert source.errors == []
    assert source.resources[0].countries == ["NO"]


def test_missing_folder_is_one_clear_problem(tmp_path: Path) -> None:
    problems, _ = check_source(tmp_path / "nowhere")
    assert len(problems) == 1 and "not a folder" in problems[0].message
