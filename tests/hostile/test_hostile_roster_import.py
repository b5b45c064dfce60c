"""A hostile roster through `outreach roster import`: formula injection (=HYPERLINK, DDE, @SUM), malformed
rows, NUL and invisible characters, overlong cells. On SQLite and PostgreSQL.

Clear errors naming each bad row, all-or-nothing (a bad file imports nothing, a good store is left as
it was), no formula ever stored, and nothing from a dropped cell reaching a draft.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa

from outreach.cli import main
from outreach.pipeline import match_and_draft
from outreach.roster import FORMULA_PREFIXES
from outreach.store.clients import upsert_clients
from outreach.store.db import dispose_engines, session_scope, upgrade
from outreach.store.feeds import add_feed_source, store_items
from outreach.store.models import ClientRow
from tests.faults.harness import ADVISERS, MILLER, ROSTER, drafts_by_client
from tests.hostile.inert import html_problems

FIXTURES = Path(__file__).resolve().parent / "fixtures"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def db(database_url, monkeypatch, tmp_path):
    monkeypatch.setenv("OUTREACH_DATABASE_URL", database_url)
    monkeypatch.setenv("OUTREACH_HOME", str(tmp_path))
    upgrade(database_url)
    yield database_url
    dispose_engines()


def clients(db_url: str) -> dict[str, ClientRow]:
    with session_scope(db_url) as s:
        return {c.client_id: c for c in s.scalars(sa.select(ClientRow))}


def outreach_command(db_url: str, *args: str) -> subprocess.CompletedProcess:
    """The real `outreach` command in a fresh process."""
    env = {**os.environ, "OUTREACH_DATABASE_URL": db_url, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "outreach.cli", *args], capture_output=True, text=True,
                          env=env, timeout=120, cwd=ROOT, check=False)


def snapshot(db_url: str) -> dict[str, tuple]:
    return {k: (c.first_name, c.last_name, c.nickname, c.email, c.city) for k, c in clients(db_url).items()}


def test_hyperlink_formulas_and_malformed_rows_refuse_the_whole_file(db):
    with session_scope(db) as s:
        upsert_clients(s, ROSTER)
    before = snapshot(db)
    done = outreach_command(db, "roster", "import", str(FIXTURES / "roster_hyperlink_and_malformed_rows.csv"))
    assert done.returncode == 2 and done.stdout == ""
    name = "roster_hyperlink_and_malformed_rows.csv"
    for row, says in ((3, "'first_name' looks like a spreadsheet formula"), (4, "20 fields but the header has 17"),
                      (5, "3 fields but the header has 17"), (6, "'email' looks like a spreadsheet formula"),
                      (7, "'last_name' looks like a spreadsheet formula"),
                      (8, "'first_name' looks like a spreadsheet formula")):
        assert f"outreach: error: {name} row {row}: {says}" in done.stderr, done.stderr
    assert f"outreach: error: {name}: nothing imported" in done.stderr
    assert "Traceback" not in done.stderr
    assert "HYPERLINK" not in done.stderr and "calc" not in done.stderr  # errors never echo the cell
    assert snapshot(db) == before  # row 2 (good) was not imported on its own either


def test_formulas_in_optional_cells_are_dropped_and_never_reach_a_draft(db, capsys):
    code = main(["roster", "import", str(FIXTURES / "roster_formulas_in_optional_cells.csv")])
    err = capsys.readouterr().err
    assert code == 0
    assert err.count("looks like a spreadsheet formula") == 5 and "HYPERLINK" not in err
    stored = clients(db)
    assert (stored["c-100"].nickname, stored["c-100"].maiden_name, stored["c-100"].spouse_first_name,
            stored["c-100"].spouse_last_name) == ("", "", "", "")
    assert stored["c-300"].nickname == "Peggy" and stored["c-300"].maiden_name == ""
    for client in stored.values():
        for column in ClientRow.__table__.columns:
            value = getattr(client, column.key)
            assert not (isinstance(value, str) and value.startswith(FORMULA_PREFIXES)), (column.key, value)

    with session_scope(db) as s:
        source, _ = add_feed_source(s, "obits", "https://obits.example/rss", "obituary")
        from outreach.feeds.item import FeedItem
        ids = store_items(s, source, [FeedItem("obits", MILLER.guid, "bereavement", MILLER.title, MILLER.text,
                                               link="https://obits.example/miller", published=MILLER.published)])
    match_and_draft(db, ids, advisers=ADVISERS)
    susan = drafts_by_client(db)["c-100"]
    assert susan["body_text"].startswith("Dear Susan,")
    for part in (susan["subject"], susan["body_text"], susan["body_html"]):
        assert "HYPERLINK" not in part and "evil.example" not in part and "cmd" not in part
    assert html_problems(susan["body_html"]) == []


def test_nul_and_invisible_characters_are_removed_not_a_database_crash(db, capsys):
    """A NUL byte made PostgreSQL refuse the whole import with a traceback quoting every row; a zero-width
    space hid a formula from the prefix check."""
    code = main(["roster", "import", str(FIXTURES / "roster_nul_and_invisible_characters.csv")])
    err = capsys.readouterr().err
    assert code == 0, err
    assert "removed control or invisible characters from 'first_name'" in err
    assert "dropped 'nickname': looks like a spreadsheet formula" in err
    stored = clients(db)
    assert (stored["c-100"].first_name, stored["c-100"].nickname) == ("Susan", "")
    assert (stored["c-300"].first_name, stored["c-300"].last_name, stored["c-300"].nickname) == (
        "Margaret", "Miller", "Peggy")


def test_overlong_cells_are_row_errors_not_a_database_crash(db):
    """PostgreSQL refused a 250-character name mid-import with a traceback quoting every client."""
    done = outreach_command(db, "roster", "import", str(FIXTURES / "roster_overlong_cells.csv"))
    assert done.returncode == 2 and "Traceback" not in done.stderr, done.stderr
    name = "roster_overlong_cells.csv"
    assert f"{name} row 2: 'first_name' is 256 characters long, at most 200 fit" in done.stderr
    assert f"{name} row 3: 'city' is" in done.stderr and f"{name} row 4: 'client_id' is 75" in done.stderr
    assert f"{name} row 5: 'email' is 332 characters long, at most 320 fit" in done.stderr
    assert "Margaret" not in done.stderr and clients(db) == {}


def test_cell_limits_agree_with_the_store_columns():
    from outreach.roster import MAX_CELL_CHARS

    columns = ClientRow.__table__.columns
    for name, limit in MAX_CELL_CHARS.items():
        assert columns[name].type.length == limit, name
    for name in ("first_name", "last_name", "middle_name", "nickname", "maiden_name", "spouse_first_name",
                 "spouse_last_name", "city"):
        assert columns[name].type.length == 200, name
