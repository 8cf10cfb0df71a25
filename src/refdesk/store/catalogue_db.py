"""Store layer: the catalogue database of one generation (catalogue.sqlite), written once, then read."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import ForeignKey, Index, Integer, String, Text, create_engine, event, select
from sqlalchemy import text as sql_text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship, selectinload

from refdesk.core.errors import CorruptDataError, IncompatibleDataError
from refdesk.core.i18n import translate
from refdesk.core.types import CatalogueInfo, DocumentRef, Edition, Resource

SCHEMA_VERSION = 1
_PAGE_TEXT = sql_text("SELECT text FROM pages WHERE sha256 = :sha AND number = :number")

# Multi-valued resource fields kept in `resource_values`, by facet name.
LIST_FACETS = {
    "publisher": "publishers",
    "topic": "topics",
    "audience": "audiences",
    "country": "countries",
    "region": "regions",
    "language": "languages",
    "stage": "stage",
    "identification": "identification",
}


class Base(DeclarativeBase):
    pass


class Meta(Base):
    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String, primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class ResourceRow(Base):
    __tablename__ = "resources"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    type: Mapped[str] = mapped_column(String, index=True)
    year: Mapped[int | None] = mapped_column(Integer, index=True)
    summary: Mapped[str] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    licence: Mapped[str | None] = mapped_column(Text)
    extra: Mapped[str] = mapped_column(Text, default="{}")
    content_hash: Mapped[str] = mapped_column(String)
    values: Mapped[list[ValueRow]] = relationship(order_by="ValueRow.position", cascade="all, delete-orphan")
    links: Mapped[list[LinkRow]] = relationship(cascade="all, delete-orphan")
    documents: Mapped[list[ResourceDocumentRow]] = relationship(
        order_by="ResourceDocumentRow.position", cascade="all, delete-orphan"
    )


class ValueRow(Base):
    __tablename__ = "resource_values"
    resource_id: Mapped[str] = mapped_column(ForeignKey("resources.id"), primary_key=True)
    facet: Mapped[str] = mapped_column(String, primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    __table_args__ = (Index("ix_values_facet_value", "facet", "value"),)


class LinkRow(Base):
    __tablename__ = "resource_links"
    resource_id: Mapped[str] = mapped_column(ForeignKey("resources.id"), primary_key=True)
    kind: Mapped[str] = mapped_column(String, primary_key=True)  # supersedes | translation
    target_id: Mapped[str] = mapped_column(String, primary_key=True, index=True)


class DocumentRow(Base):
    __tablename__ = "documents"
    sha256: Mapped[str] = mapped_column(String, primary_key=True)
    media_type: Mapped[str] = mapped_column(String)
    size: Mapped[int] = mapped_column(Integer)
    pages: Mapped[int] = mapped_column(Integer)


class ResourceDocumentRow(Base):
    __tablename__ = "resource_documents"
    resource_id: Mapped[str] = mapped_column(ForeignKey("resources.id"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    sha256: Mapped[str] = mapped_column(ForeignKey("documents.sha256"), index=True)
    path: Mapped[str] = mapped_column(Text)
    language: Mapped[str | None] = mapped_column(String)
    title: Mapped[str | None] = mapped_column(Text)
    document: Mapped[DocumentRow] = relationship()


class PageRow(Base):
    __tablename__ = "pages"
    sha256: Mapped[str] = mapped_column(ForeignKey("documents.sha256"), primary_key=True)
    number: Mapped[int] = mapped_column(Integer, primary_key=True)
    text: Mapped[str] = mapped_column(Text)


@dataclass(frozen=True)
class CatalogueMeta:
    id: str
    title: str
    publisher: str
    version: int
    published: datetime
    languages: tuple[str, ...] = ()
    homepage: str | None = None
    licence: str | None = None
    labels: dict[str, dict[str, str]] | None = None


def _engine(path: Path, readonly: bool) -> Engine:
    if readonly:
        url = f"sqlite+pysqlite:///file:{path.as_posix()}?mode=ro&uri=true"
    else:
        url = f"sqlite+pysqlite:///{path.as_posix()}"
    engine = create_engine(url)

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        if not readonly:
            cursor.execute("PRAGMA journal_mode=DELETE")
            cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    return engine


def content_hash(resource: Resource) -> str:
    """A stable hash of what a resource says, to tell editions apart."""
    payload = {k: getattr(resource, k) for k in Resource.__slots__ if k != "documents"}
    payload["documents"] = [d.sha256 for d in resource.documents]
    data = json.dumps(payload, sort_keys=True, default=list, ensure_ascii=False)
    return hashlib.sha256(data.encode()).hexdigest()


def catalogue_checksum(
    catalogue_id: str, version: int, resources: Iterable[Resource], pages: Mapping[str, Sequence[str]]
) -> str:
    """One hash over a whole catalogue: what a publisher signs and a client recomputes after writing.

    It covers every resource (as `content_hash` sees it, plus its document references) and every
    page text of every referenced document.
    """
    digest = hashlib.sha256(json.dumps([catalogue_id, version]).encode())
    shas: set[str] = set()
    for res in sorted(resources, key=lambda r: r.id):
        refs = [asdict(d) for d in res.documents]
        shas.update(d.sha256 for d in res.documents)
        # links are kept as a set (the database gives them back sorted); superseded_by is derived
        plain = replace(
            res,
            superseded_by=(),
            supersedes=tuple(sorted(set(res.supersedes))),
            translations=tuple(sorted(set(res.translations))),
        )
        line = json.dumps([content_hash(plain), refs], sort_keys=True)
        digest.update(b"\nR" + line.encode())
    for sha in sorted(shas):
        digest.update(b"\nP" + sha.encode())
        for text in pages.get(sha, ()):
            digest.update(hashlib.sha256(text.encode()).digest())
    return digest.hexdigest()


class CatalogueWriter:
    """Writes a whole catalogue into a new catalogue.sqlite in one transaction."""

    def __init__(self, path: Path) -> None:
        if path.exists():
            path.unlink()
        self.path = path
        self.engine = _engine(path, readonly=False)
        Base.metadata.create_all(self.engine)

    def write(
        self,
        meta: CatalogueMeta,
        resources: Sequence[Resource],
        pages: Mapping[str, Sequence[str]],
    ) -> None:
        with Session(self.engine) as session, session.begin():
            session.add_all(Meta(key=k, value=v) for k, v in meta_values(meta).items())
            seen_docs: set[str] = set()
            for res in resources:
                add_resource(session, res, pages, seen_docs)
        self.engine.dispose()


def meta_values(meta: CatalogueMeta) -> dict[str, str]:
    """The `meta` table's rows for a catalogue."""
    return {
        "schema_version": str(SCHEMA_VERSION),
        "id": meta.id,
        "title": meta.title,
        "publisher": meta.publisher,
        "version": str(meta.version),
        "published": meta.published.astimezone(UTC).isoformat(),
        "languages": json.dumps(list(meta.languages)),
        "homepage": meta.homepage or "",
        "licence": meta.licence or "",
        "labels": json.dumps(meta.labels or {}, ensure_ascii=False),
    }


def add_resource(
    session: Session, res: Resource, pages: Mapping[str, Sequence[str]], seen_docs: set[str]
) -> None:
    """Add one resource, and each of its documents (with pages) not in `seen_docs` yet."""
    for doc in res.documents:
        if doc.sha256 not in seen_docs:
            seen_docs.add(doc.sha256)
            session.add(
                DocumentRow(sha256=doc.sha256, media_type=doc.media_type, size=doc.size, pages=doc.pages)
            )
            session.add_all(
                PageRow(sha256=doc.sha256, number=n, text=text)
                for n, text in enumerate(pages.get(doc.sha256, ()), start=1)
            )
    session.add(_to_row(res))


def _to_row(res: Resource) -> ResourceRow:
    row = ResourceRow(
        id=res.id,
        title=res.title,
        type=res.type,
        year=res.year,
        summary=res.summary,
        url=res.url,
        licence=res.licence,
        extra=json.dumps(res.extra, ensure_ascii=False, default=str),
        content_hash=content_hash(res),
    )
    for facet, attr in LIST_FACETS.items():
        row.values.extend(
            ValueRow(facet=facet, position=i, value=v) for i, v in enumerate(getattr(res, attr))
        )
    row.links.extend(LinkRow(kind="supersedes", target_id=t) for t in dict.fromkeys(res.supersedes))
    row.links.extend(LinkRow(kind="translation", target_id=t) for t in dict.fromkeys(res.translations))
    row.documents.extend(
        ResourceDocumentRow(position=i, sha256=d.sha256, path=d.path, language=d.language, title=d.title)
        for i, d in enumerate(res.documents)
    )
    return row


class CatalogueReader:
    """Read access to one generation's catalogue.sqlite (opened read-only)."""

    def __init__(self, path: Path) -> None:
        if not path.is_file():
            raise CorruptDataError(
                translate(
                    "Errors",
                    "The catalogue database {path} is missing; run 'refdesk update' to reinstall it.",
                ).format(path=path)
            )
        self.path = path
        self.engine = _engine(path, readonly=True)
        try:
            with self.session() as session:
                version = session.get(Meta, "schema_version")
        except (DatabaseError, OperationalError) as exc:
            raise CorruptDataError(
                translate(
                    "Errors",
                    "The catalogue database {path} cannot be read ({reason}); "
                    "reinstall the catalogue with 'refdesk update'.",
                ).format(path=path, reason=exc.orig)
            ) from exc
        if version is None:
            raise CorruptDataError(
                translate(
                    "Errors", "The catalogue database {path} is incomplete; reinstall the catalogue."
                ).format(path=path)
            )
        if int(version.value) > SCHEMA_VERSION:
            raise IncompatibleDataError(
                translate(
                    "Errors",
                    "This catalogue was written by a newer RefDesk; install the newer version of the app.",
                )
            )

    @contextmanager
    def session(self) -> Iterator[Session]:
        with Session(self.engine) as session:
            try:
                yield session
            except (DatabaseError, OperationalError) as exc:
                raise CorruptDataError(_damaged(self.path, exc)) from exc

    @contextmanager
    def connection(self) -> Iterator[Connection]:
        """A plain connection for fast reads, with the same clear error as `session`."""
        try:
            with self.engine.connect() as conn:
                yield conn
        except (DatabaseError, OperationalError) as exc:
            raise CorruptDataError(_damaged(self.path, exc)) from exc

    def close(self) -> None:
        self.engine.dispose()

    def meta(self) -> CatalogueMeta:
        with self.session() as session:
            values = {m.key: m.value for m in session.scalars(select(Meta))}
        return CatalogueMeta(
            id=values["id"],
            title=values["title"],
            publisher=values["publisher"],
            version=int(values["version"]),
            published=datetime.fromisoformat(values["published"]),
            languages=tuple(json.loads(values.get("languages", "[]"))),
            homepage=values.get("homepage") or None,
            licence=values.get("licence") or None,
            labels=json.loads(values.get("labels", "{}")),
        )

    def info(self, generation: int | None = None) -> CatalogueInfo:
        meta = self.meta()
        with self.session() as session:
            resources = session.query(ResourceRow).count()
            documents = session.query(DocumentRow).count()
        return CatalogueInfo(
            id=meta.id,
            title=meta.title,
            publisher=meta.publisher,
            version=meta.version,
            published=meta.published,
            resources=resources,
            documents=documents,
            languages=meta.languages,
            homepage=meta.homepage,
            generation=generation,
        )

    def resource(self, resource_id: str) -> Resource | None:
        with self.session() as session:
            row = session.get(ResourceRow, resource_id)
            if row is None:
                return None
            superseded_by = session.scalars(
                select(LinkRow.resource_id).where(
                    LinkRow.kind == "supersedes", LinkRow.target_id == resource_id
                )
            ).all()
            return _from_row(row, tuple(superseded_by))

    def resources(self, ids: Iterable[str] | None = None) -> list[Resource]:
        """Resources in catalogue order (all of them when ids is None)."""
        with self.session() as session:
            query = (
                select(ResourceRow)
                .order_by(ResourceRow.id)
                .options(
                    selectinload(ResourceRow.values),
                    selectinload(ResourceRow.links),
                    selectinload(ResourceRow.documents).joinedload(ResourceDocumentRow.document),
                )
            )
            if ids is not None:
                query = query.where(ResourceRow.id.in_(list(ids)))
            rows = session.scalars(query).all()
            superseding: dict[str, list[str]] = {}
            for link in session.scalars(select(LinkRow).where(LinkRow.kind == "supersedes")):
                superseding.setdefault(link.target_id, []).append(link.resource_id)
            return [_from_row(r, tuple(superseding.get(r.id, ()))) for r in rows]

    def page_text(self, sha256: str, number: int) -> str:
        """One page's text (a plain query: this runs for every snippet)."""
        with self.connection() as conn:
            row = conn.execute(_PAGE_TEXT, {"sha": sha256, "number": number}).first()
        return row[0] if row is not None else ""

    def pages(self, sha256: str) -> list[str]:
        with self.session() as session:
            return list(
                session.scalars(select(PageRow.text).where(PageRow.sha256 == sha256).order_by(PageRow.number))
            )

    def document_ids(self) -> list[str]:
        with self.session() as session:
            return list(session.scalars(select(DocumentRow.sha256)))

    def content_hashes(self) -> dict[str, str]:
        """Each resource id with the content hash of its edition."""
        with self.session() as session:
            rows = session.execute(select(ResourceRow.id, ResourceRow.content_hash))
            return {rid: digest for rid, digest in rows}

    def all_pages(self) -> dict[str, list[str]]:
        """Every page text of every document, in one query."""
        result: dict[str, list[str]] = {}
        with self.session() as session:
            rows = session.execute(
                select(PageRow.sha256, PageRow.text).order_by(PageRow.sha256, PageRow.number)
            )
            for sha, text in rows:
                result.setdefault(sha, []).append(text)
        return result

    def checksum(self) -> str:
        """`catalogue_checksum` of what this database holds, read back row by row."""
        meta = self.meta()
        return catalogue_checksum(meta.id, meta.version, self.all_resources_plain(), self.all_pages())

    def all_resources_plain(self) -> list[Resource]:
        """Every resource, read with four plain queries instead of the ORM (for verification:
        the ORM's per-row objects made checking a 5,000-resource catalogue take seconds).
        `superseded_by` is left empty."""
        lists: dict[str, dict[str, list[str]]] = {}
        links: dict[str, dict[str, list[str]]] = {}
        docs: dict[str, list[DocumentRef]] = {}
        with self.connection() as conn:
            rows = conn.execute(select(ResourceRow.__table__).order_by(ResourceRow.id)).all()
            for rid, facet, _pos, value in conn.execute(
                select(ValueRow.resource_id, ValueRow.facet, ValueRow.position, ValueRow.value).order_by(
                    ValueRow.resource_id, ValueRow.facet, ValueRow.position
                )
            ):
                lists.setdefault(rid, {}).setdefault(LIST_FACETS[facet], []).append(value)
            for rid, kind, target in conn.execute(
                select(LinkRow.resource_id, LinkRow.kind, LinkRow.target_id).order_by(
                    LinkRow.resource_id, LinkRow.kind, LinkRow.target_id
                )
            ):
                links.setdefault(rid, {}).setdefault(kind, []).append(target)
            joined = (
                select(
                    ResourceDocumentRow.resource_id,
                    ResourceDocumentRow.sha256,
                    ResourceDocumentRow.path,
                    ResourceDocumentRow.language,
                    ResourceDocumentRow.title,
                    DocumentRow.media_type,
                    DocumentRow.pages,
                    DocumentRow.size,
                )
                .join(DocumentRow, DocumentRow.sha256 == ResourceDocumentRow.sha256)
                .order_by(ResourceDocumentRow.resource_id, ResourceDocumentRow.position)
            )
            for rid, sha, path, language, title, media_type, pages, size in conn.execute(joined):
                docs.setdefault(rid, []).append(
                    DocumentRef(sha, path, media_type, language, title, pages, size)
                )
        result = []
        for row in rows:
            mine = lists.get(row.id, {})
            linked = links.get(row.id, {})
            result.append(_assemble(row, mine, docs.get(row.id, ()), linked, ()))
        return result


def _damaged(path: Path, exc: DatabaseError) -> str:
    return translate(
        "Errors", "The catalogue database {path} is damaged ({reason}); reinstall the catalogue."
    ).format(path=path, reason=exc.orig)


def _from_row(row: ResourceRow, superseded_by: tuple[str, ...]) -> Resource:
    lists: dict[str, list[str]] = {}
    for value in row.values:
        lists.setdefault(LIST_FACETS[value.facet], []).append(value.value)
    links: dict[str, list[str]] = {}
    for link in row.links:
        links.setdefault(link.kind, []).append(link.target_id)
    docs = [
        DocumentRef(
            sha256=d.sha256,
            path=d.path,
            media_type=d.document.media_type,
            language=d.language,
            title=d.title,
            pages=d.document.pages,
            size=d.document.size,
        )
        for d in row.documents
    ]
    return _assemble(row, lists, docs, links, superseded_by)


def _assemble(
    row: Any,
    lists: Mapping[str, Sequence[str]],
    docs: Iterable[DocumentRef],
    links: Mapping[str, Sequence[str]],
    superseded_by: tuple[str, ...],
) -> Resource:
    """A Resource from a resources row (ORM or plain) and its values, documents and links."""
    return Resource(
        id=row.id,
        title=row.title,
        type=row.type,
        summary=row.summary,
        year=row.year,
        url=row.url,
        licence=row.licence,
        extra=json.loads(row.extra or "{}"),
        **{attr: tuple(lists.get(attr, ())) for attr in LIST_FACETS.values()},
        documents=tuple(docs),
        supersedes=tuple(links.get("supersedes", ())),
        translations=tuple(links.get("translation", ())),
        superseded_by=superseded_by,
    )


def editions_of(reader: CatalogueReader, ids: Iterable[str]) -> dict[str, Edition]:
    """Title, content hash and successors of each id still in the catalogue."""
    wanted = list(dict.fromkeys(ids))
    result: dict[str, Edition] = {}
    with reader.session() as session:
        successors: dict[str, list[str]] = {}
        for chunk_start in range(0, len(wanted), 500):
            chunk = wanted[chunk_start : chunk_start + 500]
            for link in session.scalars(
                select(LinkRow).where(LinkRow.kind == "supersedes", LinkRow.target_id.in_(chunk))
            ):
                successors.setdefault(link.target_id, []).append(link.resource_id)
            rows = session.execute(
                select(ResourceRow.id, ResourceRow.title, ResourceRow.content_hash).where(
                    ResourceRow.id.in_(chunk)
                )
            )
            for rid, title, digest in rows:
                result[rid] = Edition(title, digest, ())
        for rid, later in successors.items():
            base = result.get(rid)
            result[rid] = Edition(
                base.title if base else "", base.content_hash if base else "", tuple(sorted(later))
            )
    return result
