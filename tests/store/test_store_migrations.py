"""Migrations build the schema the models describe, on SQLite and PostgreSQL, and re-running them is a no-op."""

from __future__ import annotations

import subprocess
import sys

import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from outreach.store.db import (
    alembic_config,
    current_revision,
    dispose_engines,
    make_engine,
    session_factory,
    upgrade,
)
from outreach.store.models import Base, FeedSourceRow

TABLES = {"clients", "feed_sources", "feed_items", "events", "matches", "drafts", "decisions", "deliveries"}


def head() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def test_upgrade_from_empty_creates_every_table(database_url):
    assert current_revision(database_url) is None
    assert upgrade(database_url) == head()
    engine = make_engine(database_url)
    assert set(sa.inspect(engine).get_table_names()) >= TABLES
    engine.dispose()


def test_upgrade_twice_is_a_no_op(database_url):
    first = upgrade(database_url)
    assert upgrade(database_url) == first == head()


def test_migrated_schema_matches_the_models(database_url):
    upgrade(database_url)
    engine = make_engine(database_url)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
    engine.dispose()


def test_downgrade_to_base_and_up_again(database_url):
    upgrade(database_url)
    engine = make_engine(database_url)
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), "base")
    assert not TABLES & set(sa.inspect(engine).get_table_names())
    engine.dispose()
    assert upgrade(database_url) == head()


def test_sqlite_parent_folder_is_created(tmp_path):
    url = f"sqlite:///{tmp_path / 'deep' / 'er' / 'outreach.sqlite'}"
    assert upgrade(url) == head()
    assert (tmp_path / "deep" / "er" / "outreach.sqlite").is_file()


def test_savepoint_release_does_not_commit(database_url):
    """pysqlite would commit at RELEASE SAVEPOINT when no transaction was open; outreach.store.db prevents it."""
    upgrade(database_url)
    factory = session_factory(database_url)
    with factory() as session:
        session.execute(sa.select(FeedSourceRow)).all()  # a read only: pysqlite has no transaction open yet
        with session.begin_nested():
            session.add(FeedSourceRow(name="kept?", url="https://example.com", kind="news"))
        session.rollback()
    with factory() as session:
        assert session.scalars(sa.select(FeedSourceRow)).all() == []
    dispose_engines()


def test_concurrent_upgrades_of_a_fresh_database(database_url):
    """Processes starting at once (CLI, scheduler) all succeed; the tables are created once."""
    code = "import sys; from outreach.store.db import upgrade; print(upgrade(sys.argv[1]))"
    procs = [subprocess.Popen([sys.executable, "-c", code, database_url], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for _ in range(4)]
    outcomes = [(p.wait(timeout=120), *p.communicate()) for p in procs]
    assert [(rc, out.strip()) for rc, out, _ in outcomes] == [(0, head())] * 4, [err for *_, err in outcomes]
