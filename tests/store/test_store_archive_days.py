"""archive_days is append-only: the database itself refuses UPDATE and DELETE (triggers from migration 0006)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
import sqlalchemy as sa

from outreach.store.models import ArchiveDayRow


def _add_day(session) -> None:
    session.add(ArchiveDayRow(day=date(2026, 11, 30), manifest_sha256="a" * 64, messages=2,
                              exported_at=datetime(2026, 12, 1, 0, 5, tzinfo=UTC)))
    session.commit()


def test_an_archived_day_cannot_be_updated(session):
    _add_day(session)
    with pytest.raises(sa.exc.DatabaseError, match="append-only"):
        session.execute(sa.text("UPDATE archive_days SET manifest_sha256 = :h"), {"h": "b" * 64})
        session.commit()
    session.rollback()
    assert session.scalar(sa.select(ArchiveDayRow.manifest_sha256)) == "a" * 64


def test_an_archived_day_cannot_be_deleted(session):
    _add_day(session)
    with pytest.raises(sa.exc.DatabaseError, match="append-only"):
        session.execute(sa.text("DELETE FROM archive_days"))
        session.commit()
    session.rollback()
    assert session.scalar(sa.select(sa.func.count()).select_from(ArchiveDayRow)) == 1


def test_a_new_day_can_still_be_added(session):
    _add_day(session)
    session.add(ArchiveDayRow(day=date(2026, 12, 1), manifest_sha256="c" * 64, messages=0,
                              exported_at=datetime(2026, 12, 2, tzinfo=UTC)))
    session.commit()
    assert session.scalar(sa.select(sa.func.count()).select_from(ArchiveDayRow)) == 2


def test_the_migrations_draft_statuses_are_the_models():
    """CHECK constraints are not compared by autogenerate: the literal list in 0006 must be DraftStatus's."""
    import importlib.util

    from outreach.store import models
    from outreach.store.db import MIGRATIONS

    spec = importlib.util.spec_from_file_location("m0006", MIGRATIONS / "versions" / "0006_history_archive.py")
    assert spec is not None and spec.loader is not None
    migration = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(migration)
    assert models._one_of("status", models.DRAFT_STATUSES) == migration.NEW_STATUSES
