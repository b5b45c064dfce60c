"""The demo feed server and the sample feeds it serves (parsed by the project's own feed code)."""

from __future__ import annotations

from datetime import UTC, datetime

import httpx
import pytest
from shapely.geometry import Point, Polygon

from demo.feed_server import FEEDS_DIR, FeedServer, render_feed
from demo.run import DATA
from outreach.feeds.parse import load_feed
from outreach.roster import read_roster

NOW = datetime(2026, 6, 5, 21, 10, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def server():
    with FeedServer() as s:
        yield s


def test_time_placeholders_are_relative_to_start():
    text = "{{rfc822 -20h}}|{{iso +3h}}|{{vtec -10m}}|{{year}}|{{iso}}|{{rfc822 +2d}}"
    assert render_feed(text, NOW).split("|") == [
        "Fri, 05 Jun 2026 01:10:00 +0000", "2026-06-06T00:10:00+00:00", "260605T2100Z", "2026",
        "2026-06-05T21:10:00+00:00", "Sun, 07 Jun 2026 21:10:00 +0000"]


def test_base_placeholder_is_the_servers_own_url():
    assert render_feed("<link>{{base}}/news/x</link>", NOW, "http://127.0.0.1:9999") == (
        "<link>http://127.0.0.1:9999/news/x</link>")


def test_unknown_placeholder_is_left_alone():
    assert render_feed("{{tomorrow}} {{ iso -5x }}", NOW) == "{{tomorrow}} {{ iso -5x }}"


def test_every_sample_placeholder_is_filled(server):
    for name, (body, _, _) in server.files.items():
        assert b"{{" not in body, name


def test_content_types_match_what_real_feeds_send(server):
    assert httpx.get(server.feed_url("nws-alerts.atom")).headers["content-type"].startswith("application/atom+xml")
    assert httpx.get(server.feed_url("news.rss")).headers["content-type"].startswith("application/rss+xml")


def test_matching_etag_answers_304_without_a_body(server):
    first = httpx.get(server.feed_url("obituaries.rss"))
    again = httpx.get(server.feed_url("obituaries.rss"), headers={"If-None-Match": first.headers["etag"]})
    assert first.status_code == 200 and again.status_code == 304 and again.content == b""


def test_if_modified_since_answers_304(server):
    first = httpx.get(server.feed_url("news.rss"))
    again = httpx.get(server.feed_url("news.rss"), headers={"If-Modified-Since": first.headers["last-modified"]})
    assert again.status_code == 304


def test_stale_etag_gets_the_body(server):
    resp = httpx.get(server.feed_url("news.rss"), headers={"If-None-Match": '"something-else"'})
    assert resp.status_code == 200 and b"<rss" in resp.content


def test_garbled_if_modified_since_gets_the_body(server):
    resp = httpx.get(server.feed_url("news.rss"), headers={"If-Modified-Since": "yesterday-ish"})
    assert resp.status_code == 200


@pytest.mark.parametrize("path", ["/../demo/run.py", "/%2e%2e/pyproject.toml", "/etc/passwd", "/news.rss/x"])
def test_only_the_feed_files_are_served(server, path):
    assert httpx.get(server.url + path).status_code == 404


def test_item_links_open_a_stub_page(server):
    resp = httpx.get(server.url + "/obituaries/eleanor-m-olson")
    assert resp.status_code == 200 and "text/html" in resp.headers["content-type"]


def test_empty_folder_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="no feed files"):
        FeedServer(tmp_path)


def test_sample_feeds_parse_with_the_project_parser(server):
    obits = load_feed(server.feed_url("obituaries.rss"), source_kind="obituary")
    alerts = load_feed(server.feed_url("nws-alerts.atom"), source_kind="weather")
    news = load_feed(server.feed_url("news.rss"), source_kind="news")
    assert [i.kind for i in obits.items] == ["bereavement"] * 5
    assert {i.alert.severity for i in alerts.items} == {"Severe", "Minor", "Unknown"}
    assert [i.kind for i in news.items] == ["news"] * 4
    assert all(i.link and i.link.startswith(server.url) for i in obits.items + news.items)


def test_severe_warning_is_current_and_covers_the_intended_demo_clients(server):
    alerts = load_feed(server.feed_url("nws-alerts.atom"), source_kind="weather").items
    (warning,) = [i.alert for i in alerts if i.alert.severity == "Severe"]
    assert warning.effective <= datetime.now(UTC) < warning.expires
    polygon = Polygon(warning.polygons[0])
    clients = {c.client_id: c for c in read_roster(DATA / "roster.csv").clients}
    inside = sorted(cid for cid, c in clients.items() if polygon.contains(Point(c.longitude, c.latitude)))
    # West Madison, Middleton and Verona; C016 is inside but do-not-contact.
    assert inside == ["C001", "C002", "C004", "C005", "C007", "C014", "C016"]
    assert clients["C016"].do_not_contact


def test_sample_roster_imports_without_problems():
    result = read_roster(DATA / "roster.csv")
    assert len(result.clients) == 20
    assert result.warnings == []


def test_feeds_dir_is_inside_the_demo_data():
    assert FEEDS_DIR == DATA / "feeds"
