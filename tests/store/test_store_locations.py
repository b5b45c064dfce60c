"""Client locations through the store: `outreach locations import` is validated and all-or-nothing, the roster
index (and its cache's version) holds them, and the Airflow path's match_and_draft drafts for them, on SQLite
and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa

from outreach.cli import main
from outreach.pipeline import match_and_draft
from outreach.roster_cache import IndexReport, roster_index
from outreach.store.db import dispose_engines, session_scope
from outreach.store.feeds import add_feed_source, store_items
from outreach.store.locations import load_locations
from outreach.store.models import ClientLocationRow, ClientRow, DraftRow, MatchRow
from tests.match.helpers import alert_item, rect
from tests.test_pipeline import ADVISERS

FIXTURES = Path(__file__).parent.parent / "fixtures" / "locations"
HAYWARD = rect(-91.60, 45.90, -91.10, 46.10)
VTEC = "/O.NEW.KDLH.SV.W.0100.261005T1200Z-261005T1300Z/"


@pytest.fixture
def url(database_url, monkeypatch, tmp_path):
    monkeypatch.setenv("OUTREACH_DATABASE_URL", database_url)
    monkeypatch.setenv("OUTREACH_HOME", str(tmp_path))
    yield database_url
    dispose_engines()


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def stored(url: str) -> list[tuple]:
    with session_scope(url) as s:
        return sorted(s.execute(sa.select(ClientLocationRow.client_id, ClientLocationRow.label,
                                          ClientLocationRow.county_fips)).all())


def imported(url: str, capsys) -> None:
    assert run(capsys, "roster", "import", str(FIXTURES / "roster.csv"))[0] == 0
    code, out, err = run(capsys, "locations", "import", str(FIXTURES / "locations.csv"))
    assert (code, out.strip(), err) == (0, "locations.csv: 2 locations (2 new, 0 removed, 0 unchanged)", "")


def test_import_derives_county_and_coordinates_from_the_zip_and_reimport_changes_nothing(url, capsys):
    imported(url, capsys)
    assert stored(url) == [("L1", "Hayward cabin", "55113"), ("L1", "Scottsdale condo", "04013")]
    with session_scope(url) as s:
        assert all(loc.latitude and loc.longitude for loc in load_locations(s))
        client = s.get(ClientRow, "L1")
        assert (client.phone, client.address_line) == ("+16125550142", "100 N 1st St")
    code, out, _ = run(capsys, "locations", "import", str(FIXTURES / "locations.csv"))
    assert (code, out.strip()) == (0, "locations.csv: 2 locations (0 new, 0 removed, 2 unchanged)")


def test_a_bad_file_imports_nothing_and_names_each_row_and_column(url, capsys, tmp_path):
    imported(url, capsys)
    bad = tmp_path / "locations.csv"
    bad.write_text("client_id,label,city,state,postal_code\n"
                   "L2,Lake house,Hayward,WI,54843\n"  # fine on its own
                   "L9,Condo,Scottsdale,AZ,85251\n"  # no such client
                   "L2,Shop,Hayward,Wisconsin-ish,54843\n"  # not a state
                   "L2,=cmd(),Hayward,WI,54843\n")  # a formula
    code, out, err = run(capsys, "locations", "import", str(bad))
    assert code == 2 and out == ""
    assert "locations.csv row 3: 'client_id' 'L9' is not a client in the roster" in err
    assert "locations.csv row 4: 'state' is not a US state or territory" in err
    assert "locations.csv row 5: 'label' looks like a spreadsheet formula" in err
    assert "locations.csv: nothing imported" in err
    assert stored(url) == [("L1", "Hayward cabin", "55113"), ("L1", "Scottsdale condo", "04013")]


def test_an_unknown_column_is_an_error(url, capsys, tmp_path):
    imported(url, capsys)
    bad = tmp_path / "places.csv"
    bad.write_text("client_id,label,zip\nL2,Cabin,54843\n")
    code, _, err = run(capsys, "locations", "import", str(bad))
    assert code == 2 and "places.csv: unknown column(s) 'zip'; expected client_id,label," in err
    assert len(stored(url)) == 2


def test_the_file_replaces_the_stored_locations_and_the_cached_index_is_rebuilt(url, capsys, tmp_path):
    imported(url, capsys)
    report = IndexReport()
    with session_scope(url) as s:
        index = roster_index(s, cache_dir=tmp_path / "cache", min_clients=0, report=report)
    assert report.source == "built" and len(index.sites.locations) == 2
    with session_scope(url) as s:
        roster_index(s, cache_dir=tmp_path / "cache", min_clients=0, report=(report := IndexReport()))
    assert report.source == "hit"
    one = tmp_path / "one.csv"
    one.write_text("client_id,label,city,state,postal_code\nL1,Hayward cabin,Hayward,WI,54843\n")
    code, out, _ = run(capsys, "locations", "import", str(one))
    assert (code, out.strip()) == (0, "one.csv: 1 locations (0 new, 1 removed, 1 unchanged)")
    with session_scope(url) as s:
        index = roster_index(s, cache_dir=tmp_path / "cache", min_clients=0, report=(report := IndexReport()))
    assert report.source == "built" and [loc.label for loc in index.sites.locations] == ["Hayward cabin"]


def test_the_pipeline_drafts_one_message_naming_the_place(url, capsys):
    imported(url, capsys)
    storm = alert_item("s1", same=("055113",), polygons=(HAYWARD,), vtec=(VTEC,))
    with session_scope(url) as s:
        source, _ = add_feed_source(s, "nws-wi", "https://api.weather.gov/alerts/active?area=WI", "weather")
        ids = store_items(s, source, [storm])
    assert len(match_and_draft(url, ids, advisers=ADVISERS, replay=True)) == 1
    with session_scope(url) as s:
        [(client_id, evidence, details, body)] = s.execute(sa.select(
            MatchRow.client_id, MatchRow.evidence, MatchRow.details, DraftRow.body_text)
            .join(DraftRow, DraftRow.match_id == MatchRow.id)).all()
    assert client_id == "L1" and details["location"]["label"] == "Hayward cabin"
    assert "client's place 'Hayward cabin' near Hayward, WI" in evidence
    assert "includes your place near Hayward," in body


def test_the_storm_review_lists_the_place_not_the_home(url, capsys):
    from outreach.reviews import RunRef, plan_reviews, review_request
    from outreach.store.models import ReviewRow

    imported(url, capsys)
    storm = alert_item("s1", same=("055113",), polygons=(HAYWARD,), vtec=(VTEC,))
    with session_scope(url) as s:
        source, _ = add_feed_source(s, "nws-wi", "https://api.weather.gov/alerts/active?area=WI", "weather")
        ids = store_items(s, source, [storm])
    match_and_draft(url, ids, advisers=ADVISERS, replay=True)
    plan_reviews(url, RunRef("outreach_match_and_draft", "run-1"), ADVISERS)
    with session_scope(url) as s:
        review_id = s.scalar(sa.select(ReviewRow.id).where(ReviewRow.kind == "storm"))
    markdown = review_request(url, review_id).markdown
    assert "| place 'Hayward cabin' near Hayward, WI | inside the warning polygon |" in markdown
