"""Catalogue layer: read and validate a catalogue source folder, reporting every problem at once."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from refdesk.config import names
from refdesk.core import vocab
from refdesk.core.types import Problem

from .yamlload import error_line, load_mapping

log = logging.getLogger(__name__)

RESOURCE_KEYS = {
    "id",
    "title",
    "type",
    "publishers",
    "year",
    "topics",
    "audiences",
    "countries",
    "regions",
    "languages",
    "url",
    "licence",
    "documents",
    "supersedes",
    "translations",
    "stage",
    "identification",
}
CATALOGUE_KEYS = {"id", "title", "publisher", "languages", "homepage", "licence", "labels"}


@dataclass(frozen=True)
class SourceDocument:
    path: str  # relative to documents/, with forward slashes
    file: Path
    language: str | None
    title: str | None


@dataclass
class SourceResource:
    id: str
    title: str
    type: str
    summary: str
    file: Path
    line: int
    publishers: list[str] = field(default_factory=list)
    year: int | None = None
    topics: list[str] = field(default_factory=list)
    audiences: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    regions: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    stage: list[str] = field(default_factory=list)
    identification: list[str] = field(default_factory=list)
    url: str | None = None
    licence: str | None = None
    documents: list[SourceDocument] = field(default_factory=list)
    supersedes: list[str] = field(default_factory=list)
    translations: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)
    shown: str = ""  # the path as problems show it
    key_lines: dict[str, int] = field(default_factory=dict)  # file line of each key

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


@dataclass
class CatalogueSource:
    root: Path
    id: str = ""
    title: str = ""
    publisher: str = ""
    languages: list[str] = field(default_factory=list)
    homepage: str | None = None
    licence: str | None = None
    labels: dict[str, dict[str, str]] = field(default_factory=dict)
    resources: list[SourceResource] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    def label(self, facet: str, slug: str) -> str:
        return self.labels.get(facet, {}).get(slug) or vocab.slug_label(slug)


class _Reporter:
    """Collects problems for one file, converting 0-based YAML lines to file lines."""

    def __init__(self, sink: list[Problem], path: str, offset: int) -> None:
        self.sink, self.path, self.offset = sink, path, offset

    def error(self, line: int, message: str) -> None:
        self.sink.append(Problem(self.path, line + self.offset, message))

    def warning(self, line: int, message: str) -> None:
        self.sink.append(Problem(self.path, line + self.offset, message, "warning"))


def read_source(root: Path) -> CatalogueSource:
    """Parse and validate the folder; the result lists every problem found (never raises)."""
    source = CatalogueSource(root=root)
    if not root.is_dir():
        source.problems.append(Problem(str(root), 0, "not a folder; give the catalogue folder"))
        return source
    _read_catalogue_yaml(source)
    resource_dir = root / "resources"
    if not resource_dir.is_dir():
        source.problems.append(Problem(_show(root, resource_dir), 0, "missing resources/ folder"))
        return source
    for file in sorted(resource_dir.rglob("*.md")):
        resource = _read_resource(source, file)
        if resource is not None:
            source.resources.append(resource)
    _check_cross_references(source)
    return source


def _show(root: Path, path: Path) -> str:
    return str(root / path.relative_to(root)) if path.is_relative_to(root) else str(path)


def _read_catalogue_yaml(source: CatalogueSource) -> None:
    path = source.root / "catalogue.yaml"
    shown = _show(source.root, path)
    if not path.is_file():
        source.problems.append(Problem(shown, 0, "missing catalogue.yaml (id, title, publisher)"))
        return
    report = _Reporter(source.problems, shown, 1)
    try:
        data, lines = load_mapping(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        report.error(0, "not UTF-8 text; save the file as UTF-8")
        return
    except yaml.YAMLError as exc:
        report.error(error_line(exc), f"invalid YAML: {_yaml_problem(exc)}")
        return
    except TypeError as exc:
        report.error(0, str(exc))
        return
    for key in ("id", "title", "publisher"):
        if not isinstance(data.get(key), str) or not data[key].strip():
            report.error(lines.get(key, 0), f"missing required field '{key}'")
    cat_id = data.get("id")
    if isinstance(cat_id, str) and not vocab.CATALOGUE_ID.fullmatch(cat_id):
        report.error(lines["id"], f"id '{cat_id}' must be 3-64 of a-z, 0-9 and '-'")
    for key in data:
        if key not in CATALOGUE_KEYS:
            report.warning(lines.get(key, 0), f"unknown field '{key}' (ignored)")
    source.id = str(data.get("id") or "")
    source.title = str(data.get("title") or "")
    source.publisher = str(data.get("publisher") or "")
    source.languages = _string_list(data.get("languages"), "languages", lines, report)
    source.homepage = _optional_str(data.get("homepage"))
    source.licence = _optional_str(data.get("licence"))
    labels = data.get("labels") or {}
    if not isinstance(labels, dict):
        report.error(lines.get("labels", 0), "labels must map topics/audiences to {slug: label}")
        labels = {}
    for facet, mapping in labels.items():
        if not isinstance(mapping, dict):
            report.error(lines.get("labels", 0), f"labels.{facet} must map slugs to labels")
            continue
        key = {"topics": "topic", "audiences": "audience"}.get(str(facet), str(facet))
        source.labels[key] = {str(k): str(v) for k, v in mapping.items()}


def _yaml_problem(exc: yaml.YAMLError) -> str:
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    return str(problem)


def _split_front_matter(text: str) -> tuple[str, str, int] | None:
    """Return (front matter, body, line where the body starts) or None without front matter."""
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != "---":
        return None
    for index in range(1, len(lines)):
        if lines[index].strip() == "---":
            return "".join(lines[1:index]), "".join(lines[index + 1 :]), index + 2
    return None


def _read_resource(source: CatalogueSource, file: Path) -> SourceResource | None:
    shown = _show(source.root, file)
    sink = source.problems
    try:
        text = file.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        sink.append(Problem(shown, 1, "not UTF-8 text; save the file as UTF-8"))
        return None
    parts = _split_front_matter(text)
    if parts is None:
        sink.append(Problem(shown, 1, "no front matter: start the file with '---', the fields, '---'"))
        return None
    front, body, _body_line = parts
    report = _Reporter(sink, shown, 2)
    try:
        data, lines = load_mapping(front)
    except yaml.YAMLError as exc:
        report.error(error_line(exc), f"invalid YAML: {_yaml_problem(exc)}")
        return None
    except TypeError as exc:
        report.error(0, str(exc))
        return None

    def line(key: str) -> int:
        return lines.get(key, 0)

    for key in ("id", "title", "type"):
        if not isinstance(data.get(key), str | int) or not str(data[key]).strip():
            report.error(line(key), f"missing required field '{key}'")
    rid = str(data.get("id") or "").strip()
    if rid and not vocab.RESOURCE_ID.fullmatch(rid):
        report.error(line("id"), f"id '{rid}' must be 3-100 of a-z, 0-9 and '-', not starting with '-'")
    rtype = str(data.get("type") or "").strip()
    if rtype and rtype not in vocab.TYPES:
        report.error(line("type"), f"unknown type '{rtype}'; use one of {', '.join(vocab.TYPES)}")
    for key in data:
        if key not in RESOURCE_KEYS:
            report.warning(line(key), f"unknown field '{key}' (kept as an extra field)")

    year = data.get("year")
    if year is not None and (isinstance(year, bool) or not isinstance(year, int) or not 1800 <= year <= 2200):
        report.error(line("year"), f"year must be a whole number such as 2020, not '{year}'")
        year = None

    def strings(key: str) -> list[str]:
        return _string_list(data.get(key), key, lines, report)

    countries = strings("countries")
    for code in countries:
        if not names.is_country(code):
            report.error(
                line("countries"), f"'{code}' is not an ISO 3166-1 alpha-2 country code (e.g. TH, VN)"
            )
    regions = strings("regions")
    for region in regions:
        if region not in vocab.REGIONS:
            report.error(line("regions"), f"unknown region '{region}'; use one of {', '.join(vocab.REGIONS)}")
    languages = strings("languages")
    for code in languages:
        if not (vocab.LANGUAGE_CODE.fullmatch(code) and names.is_language(code)):
            report.error(
                line("languages"), f"'{code}' is not an ISO 639-1 (or 639-3) language code (e.g. en, th)"
            )
    topics, audiences = strings("topics"), strings("audiences")
    for key, values in (("topics", topics), ("audiences", audiences)):
        for value in values:
            if not vocab.SLUG.fullmatch(value):
                report.error(
                    line(key), f"'{value}' in {key} must be a lower-case slug such as 'debt-bondage'"
                )
    stage, identification = strings("stage"), strings("identification")
    for value in stage:
        if value not in vocab.STAGES:
            report.error(line("stage"), f"unknown stage '{value}'; use one of {', '.join(vocab.STAGES)}")
    for value in identification:
        if value not in vocab.IDENTIFICATION:
            report.error(
                line("identification"),
                f"unknown identification '{value}'; use one of {', '.join(vocab.IDENTIFICATION)}",
            )
    documents = _read_documents(source, data.get("documents"), line("documents"), report)
    summary = body.strip()
    if not summary:
        report.warning(0, "no summary after the front matter")
    return SourceResource(
        id=rid,
        title=str(data.get("title") or "").strip(),
        type=rtype,
        summary=summary,
        file=file,
        line=line("id") + 2,
        publishers=strings("publishers"),
        year=year,
        topics=topics,
        audiences=audiences,
        countries=countries,
        regions=regions,
        languages=languages,
        stage=stage,
        identification=identification,
        url=_optional_str(data.get("url")),
        licence=_optional_str(data.get("licence")),
        documents=documents,
        supersedes=strings("supersedes"),
        translations=strings("translations"),
        extra={k: v for k, v in data.items() if k not in RESOURCE_KEYS},
        shown=shown,
        key_lines={k: v + 2 for k, v in lines.items()},
    )


def _read_documents(
    source: CatalogueSource, value: object, line: int, report: _Reporter
) -> list[SourceDocument]:
    if value is None:
        return []
    if not isinstance(value, list):
        report.error(line, "documents must be a list of {path, language, title}")
        return []
    docs_root = (source.root / "documents").resolve()
    result = []
    for item in value:
        if isinstance(item, str):
            item = {"path": item}
        if not isinstance(item, dict) or not isinstance(item.get("path"), str):
            report.error(line, "each document needs a 'path' relative to documents/")
            continue
        rel = item["path"].strip().replace("\\", "/")
        target = (docs_root / rel).resolve()
        if rel.startswith("/") or not target.is_relative_to(docs_root):
            report.error(line, f"document path '{rel}' escapes documents/")
            continue
        if not target.is_file():
            report.error(line, f"document 'documents/{rel}' does not exist")
            continue
        if target.suffix.lower() not in vocab.DOCUMENT_SUFFIXES:
            report.error(line, f"document '{rel}' is not PDF, Markdown, text or HTML")
            continue
        language = item.get("language")
        if language is not None and not (isinstance(language, str) and names.is_language(language)):
            report.error(line, f"document '{rel}': '{language}' is not a language code")
            language = None
        result.append(SourceDocument(rel, target, language, _optional_str(item.get("title"))))
    return result


def _check_cross_references(source: CatalogueSource) -> None:
    seen: dict[str, SourceResource] = {}
    for res in source.resources:
        if not res.id:
            continue
        if res.id in seen:
            first = seen[res.id]
            source.problems.append(
                Problem(
                    _show(source.root, res.file),
                    res.line,
                    f"duplicate id '{res.id}' (also in {_show(source.root, first.file)}:{first.line})",
                )
            )
        else:
            seen[res.id] = res
    for res in source.resources:
        for key in ("supersedes", "translations"):
            for target in getattr(res, key):
                if target not in seen:
                    source.problems.append(
                        Problem(
                            _show(source.root, res.file),
                            res.line,
                            f"{key} names '{target}', which is not a resource id in this catalogue",
                        )
                    )


def _string_list(value: object, key: str, lines: dict[str, int], report: _Reporter) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str | int) and not isinstance(value, bool):
        value = [value]
    if not isinstance(value, list) or not all(
        isinstance(v, str | int) and not isinstance(v, bool) for v in value
    ):
        report.error(lines.get(key, 0), f"{key} must be a list such as [a, b]")
        return []
    return [str(v).strip() for v in value if str(v).strip()]


def _optional_str(value: object) -> str | None:
    return str(value).strip() if value not in (None, "") else None
