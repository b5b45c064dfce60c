"""Engines, sessions and schema upgrades. SQLite file by default; OUTREACH_DATABASE_URL overrides.

Alembic is configured in code (no alembic.ini): ``upgrade(url)`` runs the migrations in
``outreach/store/migrations`` on a connection we open, so URLs with ``%`` (PostgreSQL ``options``)
never go through configparser.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, cast

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from outreach.config import Settings, load_settings

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
SessionFactory = Callable[[], Session]
_MIGRATION_LOCK = 0x6F757472  # "outr": the advisory lock key that serialises migrations on PostgreSQL


def default_url(settings: Settings | None = None) -> str:
    """The configured database URL (OUTREACH_DATABASE_URL, else a SQLite file under OUTREACH_HOME)."""
    return (settings or load_settings()).resolved_database_url


def safe_url(url: str) -> str:
    """The URL with any password masked, for messages and logs."""
    return make_url(url).render_as_string(hide_password=True)


def make_engine(url: str | None = None) -> sa.Engine:
    """A new engine; for SQLite, creates the file's folder and turns on foreign keys and a busy timeout."""
    url = url or default_url()
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return sa.create_engine(url, pool_pre_ping=True)
    if parsed.database and parsed.database != ":memory:" and not parsed.database.startswith("file:"):
        Path(parsed.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
    # Concurrent writers (parallel Airflow tasks) wait for the lock instead of failing at once.
    engine = sa.create_engine(url, connect_args={"timeout": 30})

    @sa.event.listens_for(engine, "connect")
    def _sqlite_pragmas(dbapi_connection, _record) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    @sa.event.listens_for(engine, "savepoint")
    def _begin_before_savepoint(connection: sa.Connection, _name: str) -> None:
        # pysqlite opens a transaction only before INSERT/UPDATE/DELETE. A SAVEPOINT issued outside one
        # starts its own, and RELEASE then commits it: session.begin_nested() would commit early and a
        # later rollback would undo nothing. Open the real transaction first.
        dbapi_connection = connection.connection.dbapi_connection
        if dbapi_connection is not None and not dbapi_connection.in_transaction:
            dbapi_connection.execute("BEGIN")

    return engine


_engines: dict[str, sa.Engine] = {}


def _engine_for(url: str) -> sa.Engine:
    if url not in _engines:
        _engines[url] = make_engine(url)
    return _engines[url]


def dispose_engines() -> None:
    """Close the pooled connections of every shared engine (tests, forked workers)."""
    for engine in list(_engines.values()):
        engine.dispose()
    _engines.clear()


def session_factory(url: str | None = None) -> sessionmaker[Session]:
    """A sessionmaker bound to a shared engine per URL (objects stay readable after commit)."""
    return sessionmaker(_engine_for(url or default_url()), expire_on_commit=False)


@contextmanager
def session_scope(url_or_factory: str | SessionFactory | None = None) -> Iterator[Session]:
    """A session that commits when the block ends and rolls back if it raises."""
    factory = url_or_factory if callable(url_or_factory) else session_factory(url_or_factory)
    session = factory()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


def alembic_config(connection: sa.Connection | None = None):
    """An Alembic Config pointing at our migrations; ``connection`` is handed to env.py."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def upgrade(url: str | None = None, revision: str = "head") -> str | None:
    """Apply migrations up to ``revision`` (idempotent) and return the database's revision afterwards."""
    from alembic import command

    engine = make_engine(url)
    try:
        with engine.begin() as connection:
            # Two processes starting on a fresh database must not both create the tables: the second
            # waits here, then finds the schema current.
            if connection.dialect.name == "postgresql":
                connection.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK})
            elif connection.dialect.name == "sqlite":
                connection.exec_driver_sql("BEGIN IMMEDIATE")
            command.upgrade(alembic_config(connection), revision)
        return current_revision(engine)
    finally:
        engine.dispose()


def current_revision(engine_or_url: sa.Engine | str | None = None) -> str | None:
    """The Alembic revision the database is at (None for an empty database)."""
    from alembic.runtime.migration import MigrationContext

    engine = engine_or_url if isinstance(engine_or_url, sa.Engine) else make_engine(engine_or_url)
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def conflict_insert(session: Session, table: sa.Table | type[Any]) -> postgresql.Insert | sqlite.Insert | None:
    """INSERT with ``ON CONFLICT`` support for the session's database (PostgreSQL, SQLite); None for others,
    which read, then write (the unique key still guards)."""
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        return postgresql.insert(table)
    if dialect == "sqlite":
        return sqlite.insert(table)
    return None


def rowcount(result: sa.Result[Any]) -> int:
    """Rows an UPDATE/DELETE changed (its result is a CursorResult; SQLAlchemy types it as any Result)."""
    return cast("sa.CursorResult[Any]", result).rowcount
