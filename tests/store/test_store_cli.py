"""`outreach db|roster|feeds|fetch` end to end through outreach.cli.main, on SQLite and PostgreSQL."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.script import ScriptDirectory
from werkzeug import Response

from outreach.cli import main
from outreach.store.db import alembic_config, dispose_engines, session_factory
from outreach.store.models import ClientRow, FeedItemRow, FeedSourceRow

FIXTURES = Path(__file__).parent.parent / "fixtures"
ROSTERS = FIXTURES / "roster"
OBITS = (FIXTURES / "feeds" / "own" / "obituaries_funeral_home.rss").read_bytes()


@pytest.fixture
def url(database_url, monkeypatch, tmp_path):
    monkeypatch.setenv("OUTREACH_DATABASE_URL", database_url)
    monkeypatch.setenv("OUTREACH_HOME", str(tmp_path))
    monkeypatch.setenv("OUTREACH_HTTP_ATTEMPTS", "1")
    monkeypatch.setenv("OUTREACH_HTTP_TIMEOUT", "2")
    yield database_url
    dispose_engines()


def count(url: str, model) -> int:
    with session_factory(url)() as session:
        return session.scalar(sa.select(sa.func.count()).select_from(model))


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_db_upgrade(url, capsys):
    code, out, _ = run(capsys, "db", "upgrade")
    assert code == 0 and f"schema at revision {ScriptDirectory.from_config(alembic_config()).get_current_head()}" in out
    assert run(capsys, "db", "upgrade")[0] == 0


def test_db_upgrade_hides_the_password(monkeypatch, capsys, tmp_path):
    monkeypatch.setenv("OUTREACH_DATABASE_URL", f"sqlite:///{tmp_path / 'o.sqlite'}")
    assert "***" not in run(capsys, "db", "upgrade")[1]  # nothing to hide here; the PostgreSQL case:
    from outreach.store.db import safe_url
    assert safe_url("postgresql+psycopg://u:secret@h/db") == "postgresql+psycopg://u:***@h/db"


def test_roster_import_then_reimport_updates(url, capsys):
    code, out, err = run(capsys, "roster", "import", str(ROSTERS / "clean.csv"))
    assert (code, out.strip(), err) == (0, "clean.csv: 3 clients (3 new, 0 updated, 0 unchanged)", "")
    code, out, _ = run(capsys, "roster", "import", str(ROSTERS / "clean.csv"))
    assert out.strip() == "clean.csv: 3 clients (0 new, 0 updated, 3 unchanged)"
    code, out, _ = run(capsys, "roster", "import", str(ROSTERS / "clean_updated.csv"))
    assert out.strip() == "clean_updated.csv: 3 clients (1 new, 1 updated, 1 unchanged)"
    assert count(url, ClientRow) == 4


def test_roster_import_prints_warnings(url, capsys):
    code, out, err = run(capsys, "roster", "import", str(ROSTERS / "formula_injection.csv"))
    assert code == 0 and "2 clients" in out
    assert "warning: formula_injection.csv row 2: dropped 'nickname'" in err and "HYPERLINK" not in err


@pytest.mark.parametrize("fixture", ["missing_required_value.csv", "formula_injection_required.csv",
                                     "malformed_row_field_count.csv", "duplicate_client_id.csv"])
def test_bad_roster_is_exit_2_and_imports_nothing(url, capsys, fixture):
    run(capsys, "roster", "import", str(ROSTERS / "clean.csv"))
    code, out, err = run(capsys, "roster", "import", str(ROSTERS / fixture))
    assert code == 2 and out == ""
    assert f"outreach: error: {fixture} row" in err and f"outreach: error: {fixture}: nothing imported" in err
    assert count(url, ClientRow) == 3
    with session_factory(url)() as session:
        assert session.get(ClientRow, "C001").first_name == "Margaret"


def test_roster_import_of_a_missing_file_is_exit_2(url, capsys):
    code, _, err = run(capsys, "roster", "import", str(ROSTERS / "absent.csv"))
    assert code == 2 and "absent.csv: cannot read file" in err


def test_feeds_add_list_and_fetch(url, capsys, caplog, httpserver):
    def conditional(request):  # a static server's behaviour: 304 when the client has this version
        if request.headers.get("If-None-Match") == '"1"':
            return Response(status=304, headers={"ETag": '"1"'})
        return Response(OBITS, content_type="application/rss+xml", headers={"ETag": '"1"'})

    httpserver.expect_request("/obits.rss").respond_with_handler(conditional)
    httpserver.expect_request("/down").respond_with_data("", status=500)
    feed = httpserver.url_for("/obits.rss")
    assert run(capsys, "feeds", "list")[1].startswith("no feed sources")
    code, out, _ = run(capsys, "feeds", "add", "riverside", feed, "--kind", "obituary")
    assert (code, out.strip()) == (0, f"added feed source 'riverside' (obituary): {feed}")
    code, out, _ = run(capsys, "feeds", "add", "riverside", feed, "--kind", "obituary")
    assert out.startswith("updated feed source 'riverside'")
    run(capsys, "feeds", "add", "down", httpserver.url_for("/down"), "--kind", "news")

    code, out, _ = run(capsys, "fetch", "--source", "riverside")
    assert (code, out.strip()) == (0, "riverside: 3 new items")
    code, out, _ = run(capsys, "fetch", "--source", "riverside")
    assert (code, out.strip()) == (0, "riverside: not modified")

    code, out, _ = run(capsys, "fetch")
    assert code == 1
    assert "down: error: fetch failed:" in out and "HTTP 500" in out and "riverside: not modified" in out
    assert "source down: fetch failed" in caplog.text  # the logged error (stderr outside pytest)

    _, out, _ = run(capsys, "feeds", "list")
    assert "riverside\tobituary\t" in out and "HTTP 304" in out and "last error: fetch failed" in out
    assert count(url, FeedSourceRow) == 2 and count(url, FeedItemRow) == 3
    blocks = {block.split("\t", 1)[0]: block for block in re.split(r"\n(?=\S)", out)}  # one per source
    down, riverside = blocks["down"], blocks["riverside"]
    assert "\tlast success: never\n" in down and "HTTP 500" in down and "(1 failed fetches in a row)" in down
    assert "\tlast success: 20" in riverside and ", last new item 20" in riverside
    assert "\tlast error: none since the last success" in riverside


def test_fetch_unknown_source_is_exit_2(url, capsys):
    code, out, _ = run(capsys, "fetch", "--source", "nope")
    assert code == 2 and "nope: unknown source: no feed source named 'nope'" in out


def test_fetch_with_no_sources(url, capsys):
    code, out, _ = run(capsys, "fetch")
    assert code == 0 and out.startswith("no enabled feed sources")


def test_feeds_add_path_is_stored_absolute(url, capsys, tmp_path, monkeypatch):
    (tmp_path / "obits.rss").write_bytes(OBITS)
    monkeypatch.chdir(tmp_path)
    code, out, _ = run(capsys, "feeds", "add", "local", "obits.rss", "--kind", "obituary")
    assert code == 0 and out.strip().endswith(str(tmp_path / "obits.rss"))
    assert run(capsys, "fetch")[1].strip() == "local: 3 new items"


@pytest.mark.parametrize("location, message", [
    ("/no/such/feed.rss", "no such file: /no/such/feed.rss"),
    ("ftp://example.com/feed", "unsupported URL scheme 'ftp'"),
    ("https:///feed", "has no host name"),
])
def test_feeds_add_bad_location_is_exit_2(url, capsys, location, message):
    run(capsys, "db", "upgrade")
    code, _, err = run(capsys, "feeds", "add", "x", location, "--kind", "news")
    assert code == 2 and message in err
    assert count(url, FeedSourceRow) == 0


def test_outreach_command_runs_in_a_fresh_process(tmp_path):
    """The installed entry point, with only environment variables: a new SQLite file under OUTREACH_HOME."""
    env = {"OUTREACH_HOME": str(tmp_path / "home"), "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-m", "outreach", "roster", "import", str(ROSTERS / "clean.csv")],
                          capture_output=True, text=True, env=env, cwd=tmp_path, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "clean.csv: 3 clients (3 new, 0 updated, 0 unchanged)"
    assert (tmp_path / "home" / "outreach.sqlite").is_file()


def test_a_roster_failing_every_row_shows_the_first_problems(url, capsys, tmp_path):
    bad = tmp_path / "shifted.csv"
    bad.write_text("client_id,first_name,last_name\n" + "".join(f"C{i},Ann,\n" for i in range(120)))
    code, _, err = run(capsys, "roster", "import", str(bad))
    lines = err.splitlines()
    assert code == 2 and len(lines) == 52
    assert lines[0] == "outreach: error: shifted.csv row 2: missing required value for 'last_name'"
    assert lines[-2] == "outreach: error: ... and 70 more problems"
