"""Store layer: the user database (bookmarks, notes, ...), owned by the app, never by updates."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Integer, String, create_engine, event, select
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

from refdesk.core.errors import CorruptDataError, IncompatibleDataError

SCHEMA_VERSION = 1


class UserBase(DeclarativeBase):
    pass


class SchemaInfo(UserBase):
    __tablename__ = "schema_info"
    key: Mapped[str] = mapped_column(String, primary_key=True)
    version: Mapped[int] = mapped_column(Integer)


def open_user_db(path: Path) -> Engine:
    """Open (creating if needed) user.sqlite in WAL mode, refusing a newer schema."""
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(f"sqlite+pysqlite:///{path.as_posix()}")

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    try:
        UserBase.metadata.create_all(engine)
        with Session(engine) as session, session.begin():
            row = session.scalar(select(SchemaInfo).where(SchemaInfo.key == "user"))
            if row is None:
                session.add(SchemaInfo(key="user", version=SCHEMA_VERSION))
            elif row.version > SCHEMA_VERSION:
                raise IncompatibleDataError(
                    f"{path} was written by a newer RefDesk (user data version {row.version}); "
                    "install the newer version of the app. Nothing was changed."
                )
    except DatabaseError as exc:
        engine.dispose()
        raise CorruptDataError(
            f"Your user data {path} cannot be read ({exc.orig}); it was left untouched."
        ) from exc
    return engine
