"""Shared fixtures. PostgreSQL tests skip locally when the server is absent, but fail under CI=true."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
POSTGRES_URL = os.environ.get(
    "OUTREACH_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)


def _postgres_reachable(url: str) -> str | None:
    import sqlalchemy as sa

    try:
        with sa.create_engine(url).connect() as conn:
            conn.execute(sa.text("select 1"))
        return None
    except Exception as exc:  # noqa: BLE001 - any failure means "not reachable"
        return f"{type(exc).__name__}: {exc}"


@pytest.fixture(scope="session")
def postgres_url() -> str:
    """A reachable PostgreSQL URL; fails (never skips) when CI=true."""
    problem = _postgres_reachable(POSTGRES_URL)
    if problem:
        if os.environ.get("CI") == "true":
            pytest.fail(f"PostgreSQL is required in CI but unreachable at {POSTGRES_URL}: {problem}")
        pytest.skip(f"PostgreSQL unreachable: {problem}")
    return POSTGRES_URL


@pytest.fixture
def postgres_schema_url(postgres_url: str):
    """A fresh, empty PostgreSQL schema for one test, dropped afterwards."""
    import sqlalchemy as sa

    schema = f"t_{uuid.uuid4().hex[:12]}"
    engine = sa.create_engine(postgres_url)
    with engine.begin() as conn:
        conn.execute(sa.text(f'create schema "{schema}"'))
    sep = "&" if "?" in postgres_url else "?"
    yield f"{postgres_url}{sep}options=-csearch_path%3D{schema}"
    with engine.begin() as conn:
        conn.execute(sa.text(f'drop schema "{schema}" cascade'))
    engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path) -> str:
    """Runs a test once on a SQLite file and once on a fresh PostgreSQL schema."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'outreach.sqlite'}"
    return request.getfixturevalue("postgres_schema_url")


@pytest.fixture
def sendgrid_api_key() -> str:
    """The key the SendGrid double accepts; a module overrides it to use its own."""
    return "SG.test-key"


@pytest.fixture
def double(tmp_path, sendgrid_api_key):
    """A local SendGrid test double writing what it accepts under tmp_path/outbox."""
    from demo.sendgrid_double import SendGridDouble

    with SendGridDouble(tmp_path / "outbox", api_key=sendgrid_api_key) as d:
        yield d


@pytest.fixture
def sg(double, sendgrid_api_key):
    """The real sendgrid client, pointed at the double."""
    from outreach.delivery import make_sendgrid_client

    return make_sendgrid_client(sendgrid_api_key, host=double.url)
