"""`outreach feeds add-nws --from-roster`: one api.weather.gov source per state of the clients and their places,
re-runs add new states and disable (never delete) the others, idempotent; a contact is required. On SQLite and
PostgreSQL through outreach.cli.main."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from outreach.cli import main
from outreach.client import Client, Location
from outreach.config import load_settings
from outreach.store.clients import upsert_clients
from outreach.store.db import dispose_engines, session_scope, upgrade
from outreach.store.feeds import add_feed_source
from outreach.store.locations import replace_locations
from outreach.store.models import ClientRow, FeedSourceRow, utcnow


@pytest.fixture
def url(database_url, monkeypatch, tmp_path):
    monkeypatch.setenv("OUTREACH_DATABASE_URL", database_url)
    monkeypatch.setenv("OUTREACH_HOME", str(tmp_path))
    monkeypatch.setenv("OUTREACH_NWS_CONTACT", "ops@lakeside.example")
    upgrade(database_url)
    with session_scope(database_url) as s:
        upsert_clients(s, [Client("A", "Ann", "Lee", state="WI"), Client("B", "Bo", "Lee", state="MN"),
                           Client("Q", "Quinn", "Still", state="TX", do_not_contact=True),
                           Client("N", "Ned", "Nowhere")])
        replace_locations(s, [Location("A", label="Condo", state="AZ", county_fips="04013")])
    yield database_url
    dispose_engines()


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def sources(url: str) -> dict[str, tuple[str, str, bool]]:
    with session_scope(url) as s:
        return {r.name: (r.url, r.kind, r.enabled) for r in s.scalars(sa.select(FeedSourceRow))}


def test_adds_one_source_per_state_of_the_clients_and_their_places(url, capsys):
    code, out, err = run(capsys, "feeds", "add-nws", "--from-roster")
    assert (code, err) == (0, "")
    assert out.splitlines() == ["added nws-az", "added nws-mn", "added nws-wi", "NWS sources for AZ, MN, WI"]
    assert sources(url) == {
        "nws-az": ("https://api.weather.gov/alerts/active?area=AZ", "weather", True),
        "nws-mn": ("https://api.weather.gov/alerts/active?area=MN", "weather", True),
        "nws-wi": ("https://api.weather.gov/alerts/active?area=WI", "weather", True),
    }
    code, out, _ = run(capsys, "feeds", "add-nws", "--from-roster")  # idempotent
    assert (code, out.strip()) == (0, "no change: 3 NWS source(s) for AZ, MN, WI")
    assert len(sources(url)) == 3


def test_a_roster_change_adds_new_states_and_disables_the_gone_ones(url, capsys):
    run(capsys, "feeds", "add-nws", "--from-roster")
    with session_scope(url) as s:
        add_feed_source(s, "obits", "https://obits.example/rss", "obituary")  # not the command's: left alone
        s.get(ClientRow, "B").deceased_at = utcnow()  # Minnesota's only client
        upsert_clients(s, [Client("C", "Cy", "Lee", state="IA")])
    code, out, _ = run(capsys, "feeds", "add-nws", "--from-roster")
    assert code == 0
    assert out.splitlines() == ["added nws-ia", "disabled nws-mn: no client or location in its state any more",
                                "NWS sources for AZ, IA, WI"]
    assert sources(url)["nws-mn"][2] is False and sources(url)["obits"][2] is True
    with session_scope(url) as s:
        s.get(ClientRow, "B").deceased_at = None
    assert run(capsys, "feeds", "add-nws", "--from-roster")[1].splitlines()[0] == "re-enabled nws-mn"


def test_without_a_contact_nothing_is_added_and_the_error_says_what_to_set(url, capsys, monkeypatch):
    monkeypatch.delenv("OUTREACH_NWS_CONTACT")
    code, out, err = run(capsys, "feeds", "add-nws", "--from-roster")
    assert code == 2 and out == ""
    assert "OUTREACH_NWS_CONTACT is not set" in err and "User-Agent" in err
    assert sources(url) == {}


def test_the_contact_is_in_the_user_agent_sent_to_weather_gov_only(monkeypatch):
    monkeypatch.setenv("OUTREACH_NWS_CONTACT", "ops@lakeside.example")
    settings = load_settings()
    assert settings.user_agent_for("https://api.weather.gov/alerts/active?area=WI") == \
        "outreach/0.1.0 (ops@lakeside.example)"
    assert settings.user_agent_for("https://obits.example/rss") == settings.user_agent
