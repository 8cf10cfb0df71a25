"""Catalogue layer: read and validate a catalogue source folder, reporting every problem at once."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from refdesk.config import names
from refdesk.core import vocab
from refdesk.core.i18n import translate
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
        source.problems.append(
            Problem(str(root), 0, translate("SourceCheck", "not a folder; give the catalogue folder"))
        )
        return source
    _read_catalogue_yaml(source)
    resource_dir = root / "resources"
    if not resource_dir.is_dir():
        source.problems.append(
            Problem(_show(root, resource_dir), 0, translate("SourceCheck", "missing resources/ folder"))
        )
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
        source.problems.append(
            Problem(shown, 0, translate("SourceCheck", "missing catalogue.yaml (id, title, publisher)"))
        )
        return
    report = _Reporter(source.problems, shown, 1)
    try:
        data, lines = load_mapping(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        report.error(0, translate("SourceCheck", "not UTF-8 text; save the file as UTF-8"))
        return
    except yaml.YAMLError as exc:
        report.error(error_line(exc), _invalid_yaml(exc))
        return
    except TypeError as exc:
        report.error(0, str(exc))
        return
    for key in ("id", "title", "publisher"):
        if not isinstance(data.get(key), str) or not data[key].strip():
            report.error(lines.get(key, 0), _missing_field(key))
    cat_id = data.get("id")
    if isinstance(cat_id, str) and not vocab.CATALOGUE_ID.fullmatch(cat_id):
        report.error(
            lines["id"],
            translate("SourceCheck", "id '{id}' must be 3-64 of a-z, 0-9 and '-'").format(id=cat_id),
        )
    for key in data:
        if key not in CATALOGUE_KEYS:
            report.warning(
                lines.get(key, 0),
                translate("SourceCheck", "unknown field '{field}' (ignored)").format(field=key),
            )
    source.id = str(data.get("id") or "")
    source.title = str(data.get("title") or "")
    source.publisher = str(data.get("publisher") or "")
    source.languages = _string_list(data.get("languages"), "languages", lines, report)
    source.homepage = _optional_str(data.get("homepage"))
    source.licence = _optional_str(data.get("licence"))
    labels = data.get("labels") or {}
    if not isinstance(labels, dict):
        report.error(
            lines.get("labels", 0),
            translate("SourceCheck", "labels must map topics/audiences to {slug: label}"),
        )
        labels = {}
    for facet, mapping in labels.items():
        if not isinstance(mapping, dict):
            report.error(
                lines.get("labels", 0),
                translate("SourceCheck", "labels.{facet} must map slugs to labels").format(facet=facet),
            )
            continue
        key = {"topics": "topic", "audiences": "audience"}.get(str(facet), str(facet))
        source.labels[key] = {str(k): str(v) for k, v in mapping.items()}


def _yaml_problem(exc: yaml.YAMLError) -> str:
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    return str(problem)


def _invalid_yaml(exc: yaml.YAMLError) -> str:
    # PyYAML's own description of the problem stays in English: it has no translations.
    return translate("SourceCheck", "invalid YAML: {problem}").format(problem=_yaml_problem(exc))


def _missing_field(key: str) -> str:
    return translate("SourceCheck", "missing required field '{field}'").format(field=key)


def _one_of(values: Iterable[str]) -> str:
    return ", ".join(values)


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
        sink.append(Problem(shown, 1, translate("SourceCheck", "not UTF-8 text; save the file as UTF-8")))
        return None
    parts = _split_front_matter(text)
    if parts is None:
        no_front = translate("SourceCheck", "no front matter: start the file with '---', the fields, '---'")
        sink.append(Problem(shown, 1, no_front))
        return None
    front, body, _body_line = parts
    report = _Reporter(sink, shown, 2)
    try:
        data, lines = load_mapping(front)
    except yaml.YAMLError as exc:
        report.error(error_line(exc), _invalid_yaml(exc))
        return None
    except TypeError as exc:
        report.error(0, str(exc))
        return None

    def line(key: str) -> int:
        return lines.get(key, 0)

    for key in ("id", "title", "type"):
        if not isinstance(data.get(key), str | int) or not str(data[key]).strip():
            report.error(line(key), _missing_field(key))
    rid = str(data.get("id") or "").strip()
    if rid and not vocab.RESOURCE_ID.fullmatch(rid):
        bad_id = translate(
            "SourceCheck", "id '{id}' must be 3-100 of a-z, 0-9 and '-', not starting with '-'"
        )
        report.error(line("id"), bad_id.format(id=rid))
    rtype = str(data.get("type") or "").strip()
    if rtype and rtype not in vocab.TYPES:
        bad_type = translate("SourceCheck", "unknown type '{type}'; use one of {choices}")
        report.error(line("type"), bad_type.format(type=rtype, choices=_one_of(vocab.TYPES)))
    for key in data:
        if key not in RESOURCE_KEYS:
            extra = translate("SourceCheck", "unknown field '{field}' (kept as an extra field)")
            report.warning(line(key), extra.format(field=key))

    year = data.get("year")
    if year is not None and (isinstance(year, bool) or not isinstance(year, int) or not 1800 <= year <= 2200):
        bad_year = translate("SourceCheck", "year must be a whole number such as 2020, not '{year}'")
        report.error(line("year"), bad_year.format(year=year))
        year = None

    def strings(key: str) -> list[str]:
        return _string_list(data.get(key), key, lines, report)

    countries = strings("countries")
    for code in countries:
        if not names.is_country(code):
            bad_country = translate(
                "SourceCheck", "'{code}' is not an ISO 3166-1 alpha-2 country code (e.g. TH, VN)"
            )
            report.error(line("countries"), bad_country.format(code=code))
    regions = strings("regions")
    for region in regions:
        if region not in vocab.REGIONS:
            bad_region = translate("SourceCheck", "unknown region '{region}'; use one of {choices}")
            report.error(line("regions"), bad_region.format(region=region, choices=_one_of(vocab.REGIONS)))
    languages = strings("languages")
    for code in languages:
        if not (vocab.LANGUAGE_CODE.fullmatch(code) and names.is_language(code)):
            bad_language = translate(
                "SourceCheck", "'{code}' is not an ISO 639-1 (or 639-3) language code (e.g. en, th)"
            )
            report.error(line("languages"), bad_language.format(code=code))
    topics, audiences = strings("topics"), strings("audiences")
    for key, values in (("topics", topics), ("audiences", audiences)):
        for value in values:
            if not vocab.SLUG.fullmatch(value):
                bad_slug = translate(
                    "SourceCheck", "'{value}' in {field} must be a lower-case slug such as 'debt-bondage'"
                )
                report.error(line(key), bad_slug.format(value=value, field=key))
    stage, identification = strings("stage"), strings("identification")
    for value in stage:
        if value not in vocab.STAGES:
            bad_stage = translate("SourceCheck", "unknown stage '{stage}'; use one of {choices}")
            report.error(line("stage"), bad_stage.format(stage=value, choices=_one_of(vocab.STAGES)))
    for value in identification:
        if value not in vocab.IDENTIFICATION:
            bad = translate("SourceCheck", "unknown identification '{identification}'; use one of {choices}")
            report.error(
                line("identification"),
                bad.format(identification=value, choices=_one_of(vocab.IDENTIFICATION)),
            )
    documents = _read_documents(source, data.get("documents"), line("documents"), report)
    summary = body.strip()
    if not summary:
        report.warning(0, translate("SourceCheck", "no summary after the front matter"))
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
        report.error(line, translate("SourceCheck", "documents must be a list of {path, language, title}"))
        return []
    docs_root = (source.root / "documents").resolve()
    result = []
    for item in value:
        if isinstance(item, str):
            item = {"path": item}
        if not isinstance(item, dict) or not isinstance(item.get("path"), str):
            report.error(
                line, translate("SourceCheck", "each document needs a 'path' relative to documents/")
            )
            continue
        rel = item["path"].strip().replace("\\", "/")
        target = (docs_root / rel).resolve()
        if rel.startswith("/") or not target.is_relative_to(docs_root):
            report.error(
                line, translate("SourceCheck", "document path '{path}' escapes documents/").format(path=rel)
            )
            continue
        if not target.is_file():
            missing = translate("SourceCheck", "document 'documents/{path}' does not exist")
            report.error(line, missing.format(path=rel))
            continue
        if target.suffix.lower() not in vocab.DOCUMENT_SUFFIXES:
            unknown = translate("SourceCheck", "document '{path}' is not PDF, Markdown, text or HTML")
            report.error(line, unknown.format(path=rel))
            continue
        language = item.get("language")
        if language is not None and not (isinstance(language, str) and names.is_language(language)):
            bad_language = translate("SourceCheck", "document '{path}': '{language}' is not a language code")
            report.error(line, bad_language.format(path=rel, language=language))
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
                    translate("SourceCheck", "duplicate id '{id}' (also in {place})").format(
                        id=res.id, place=f"{_show(source.root, first.file)}:{first.line}"
                    ),
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
                            translate(
                                "SourceCheck",
                                "{field} names '{id}', which is not a resource id in this catalogue",
                            ).format(field=key, id=target),
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
        report.error(
            lines.get(key, 0),
            translate("SourceCheck", "{field} must be a list such as [a, b]").format(field=key),
        )
        return []
    return [str(v).strip() for v in value if str(v).strip()]


def _optional_str(value: object) -> str | None:
    return str(value).strip() if value not in (None, "") else None
