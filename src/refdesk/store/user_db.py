"""Store layer: the user database (bookmarks, notes, collections, recent, saved searches).

It belongs to the officer, not to the catalogue: keyed by resource id, with the title and the
catalogue version kept beside each entry so nothing becomes meaningless when a resource goes.
The updater never opens it. WAL mode and one transaction per change keep earlier notes safe
when the process is killed mid-write.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint, create_engine, event, select, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

from refdesk.core.errors import CorruptDataError, IncompatibleDataError
from refdesk.core.i18n import translate

SCHEMA_VERSION = 2


def utcnow() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


class UserBase(DeclarativeBase):
    pass


class SchemaInfo(UserBase):
    __tablename__ = "schema_info"
    key: Mapped[str] = mapped_column(String, primary_key=True)
    version: Mapped[int] = mapped_column(Integer)


class Bookmark(UserBase):
    __tablename__ = "bookmarks"
    resource_id: Mapped[str] = mapped_column(String, primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    added: Mapped[str] = mapped_column(String)
    catalogue_version: Mapped[int | None] = mapped_column(Integer)
    content_hash: Mapped[str | None] = mapped_column(String)


class Note(UserBase):
    __tablename__ = "notes"
    resource_id: Mapped[str] = mapped_column(String, primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    title: Mapped[str] = mapped_column(Text)
    updated: Mapped[str] = mapped_column(String)
    catalogue_version: Mapped[int | None] = mapped_column(Integer)
    content_hash: Mapped[str | None] = mapped_column(String)


class Collection(UserBase):
    __tablename__ = "collections"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(Text, unique=True)
    created: Mapped[str] = mapped_column(String)


class CollectionItem(UserBase):
    __tablename__ = "collection_items"
    collection_id: Mapped[int] = mapped_column(
        ForeignKey("collections.id", ondelete="CASCADE"), primary_key=True
    )
    resource_id: Mapped[str] = mapped_column(String, primary_key=True)
    added: Mapped[str] = mapped_column(String)


class Recent(UserBase):
    __tablename__ = "recent"
    resource_id: Mapped[str] = mapped_column(String, primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    viewed: Mapped[str] = mapped_column(String, index=True)


class SavedSearch(UserBase):
    __tablename__ = "saved_searches"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(Text)
    query: Mapped[str] = mapped_column(Text)
    filters: Mapped[str] = mapped_column(Text, default="{}")  # JSON of SearchFilters fields
    created: Mapped[str] = mapped_column(String)
    seen_ids: Mapped[str] = mapped_column(Text, default="[]")  # JSON list: results already seen
    seen_version: Mapped[int | None] = mapped_column(Integer)
    new_count: Mapped[int] = mapped_column(Integer, default=0)
    __table_args__ = (UniqueConstraint("query", "filters", name="uq_saved_query"),)


def _migrate_1_to_2(conn: Connection) -> None:
    """Version 1 had only schema_info; version 2 adds every user table (created by create_all)."""


# MIGRATIONS[n] brings a database from version n to n + 1, inside one transaction.
MIGRATIONS: dict[int, Callable[[Connection], None]] = {1: _migrate_1_to_2}


class UserStore:
    """Owns user.sqlite: opens it (creating or migrating it), and hands out short sessions."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self.engine = _engine(path)
        try:
            self._prepare()
        except DatabaseError as exc:
            self.engine.dispose()
            raise CorruptDataError(
                translate(
                    "UserData",
                    "Your user data {path} cannot be read ({reason}); it was left untouched. "
                    "Move it aside to start afresh, or restore it from an export.",
                ).format(path=path, reason=exc.orig)
            ) from exc
        except BaseException:
            self.engine.dispose()
            raise

    def _prepare(self) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                text("CREATE TABLE IF NOT EXISTS schema_info (key VARCHAR PRIMARY KEY, version INTEGER)")
            )
            row = conn.execute(text("SELECT version FROM schema_info WHERE key = 'user'")).first()
            tables = conn.execute(text("SELECT count(*) FROM sqlite_master WHERE type='table'")).scalar_one()
            # No version row: a new file (0), or version 1's tables without the row (1).
            version = int(row[0]) if row is not None else (1 if tables > 1 else 0)
            if version > SCHEMA_VERSION:
                raise IncompatibleDataError(
                    translate(
                        "UserData",
                        "{path} was written by a newer RefDesk (user data version {version}, this app "
                        "reads up to {supported}); install the newer version. Nothing was changed.",
                    ).format(path=self.path, version=version, supported=SCHEMA_VERSION)
                )
            for step in range(max(version, 1), SCHEMA_VERSION):
                MIGRATIONS[step](conn)
            UserBase.metadata.create_all(conn)
            if row is None:
                conn.execute(
                    text("INSERT INTO schema_info (key, version) VALUES ('user', :v)"), {"v": SCHEMA_VERSION}
                )
            elif version != SCHEMA_VERSION:
                conn.execute(
                    text("UPDATE schema_info SET version = :v WHERE key = 'user'"), {"v": SCHEMA_VERSION}
                )

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One short transaction: committed on success, rolled back on any error."""
        with Session(self.engine) as session:
            try:
                with session.begin():
                    yield session
            except DatabaseError as exc:
                raise CorruptDataError(
                    translate("UserData", "Your user data {path} could not be saved ({reason}).").format(
                        path=self.path, reason=exc.orig
                    )
                ) from exc

    def schema_version(self) -> int:
        with self.session() as session:
            return session.scalar(select(SchemaInfo.version).where(SchemaInfo.key == "user")) or 0

    def close(self) -> None:
        self.engine.dispose()


def _engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite+pysqlite:///{path.as_posix()}")

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=5000")
        cursor.close()

    return engine


def open_user_db(path: Path) -> Engine:
    """Open (creating or migrating) user.sqlite and return its engine."""
    return UserStore(path).engine
