"""Fixtures for the Airflow glue (plugins/ on sys.path, as Airflow puts it) and the real-Airflow e2e test."""

from __future__ import annotations

import os
import sys
import tempfile
import uuid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PLUGINS = ROOT / "plugins"
if str(PLUGINS) not in sys.path:
    sys.path.append(str(PLUGINS))  # Airflow appends its plugins folder to sys.path the same way


# Airflow reads its configuration once, at first import (test collection): a throwaway home, never the
# developer's own. The e2e test gives its Airflow processes their own environment.
os.environ["AIRFLOW_HOME"] = tempfile.mkdtemp(prefix="outreach-test-airflow-home-")
os.environ["AIRFLOW__CORE__LOAD_EXAMPLES"] = "False"
os.environ["AIRFLOW__CORE__DAGS_FOLDER"] = str(ROOT / "dags")
os.environ["AIRFLOW__CORE__PLUGINS_FOLDER"] = str(PLUGINS)


@pytest.fixture
def postgres_database(postgres_url: str):
    """A dedicated, empty PostgreSQL database (Airflow wants its own), dropped afterwards."""
    import sqlalchemy as sa

    name = f"airflow_e2e_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(postgres_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'create database "{name}"'))
    url = sa.make_url(postgres_url).set(database=name).render_as_string(hide_password=False)
    yield url
    with admin.connect() as conn:
        conn.execute(sa.text(f'drop database if exists "{name}" with (force)'))
    admin.dispose()
