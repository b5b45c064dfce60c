"""`outreach match` as a subprocess: the JSONL contract other tools rely on, feeds from files and real HTTP."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROSTER = """\
client_id,first_name,middle_name,last_name,nickname,maiden_name,spouse_first_name,spouse_last_name,city,state,postal_code,county_fips,latitude,longitude,email,advisor_email,do_not_contact
C1,Thomas,,Halvorsen,Tom,,Susan,,Chippewa Falls,WI,54729,55017,44.9369,-91.3929,tom@example.com,adv@example.com,no
C2,Robert,,Smith,Bob,,Mary,,Eau Claire,WI,54701,55035,44.8113,-91.4985,bob@example.com,adv@example.com,no
C3,Mary,,Smith,,Olson,Robert,,Eau Claire,WI,54701,55035,44.8113,-91.4985,mary@example.com,adv@example.com,no
C4,Paul,,Anderson,,,,,Eau Claire,WI,54701,55035,44.7000,-91.2000,paul@example.com,adv@example.com,no
C5,Dean,,Olson,,,,,Eau Claire,WI,54701,55035,,,dean@example.com,adv@example.com,yes
"""

OBITS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Obituaries</title><link>https://fh.example/</link><description>x</description>
<item><title>Robert J. "Bob" Smith</title><link>https://fh.example/o/1</link>
<guid isPermaLink="false">fh-1</guid><pubDate>Mon, 05 Oct 2026 12:00:00 +0000</pubDate>
<description><![CDATA[<p>Robert J. "Bob" Smith, 84, of Eau Claire, died October 3, 2026.</p>
<p>He is survived by his wife of 52 years, Mary; his daughter, Susan (Tom) Halvorsen of Chippewa Falls; and
his sister Ann Dahl. Services with the Rev. Paul Anderson officiating.</p>]]></description></item>
</channel></rss>
"""

ALERTS = """<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:cap="urn:oasis:names:tc:emergency:cap:1.2">
<id>https://api.weather.gov/alerts/active?area=WI</id><title>alerts</title><updated>2026-10-06T12:00:00+00:00</updated>
<entry><id>https://api.weather.gov/alerts/urn:oid:2.49.0.1.840.0.test.001.1</id>
<updated>2026-10-06T12:00:00+00:00</updated><published>2026-10-06T12:00:00+00:00</published>
<title>Tornado Warning</title><summary>Take shelter.</summary>
<cap:identifier>urn:oid:2.49.0.1.840.0.test.001.1</cap:identifier>
<cap:event>Tornado Warning</cap:event><cap:sent>2026-10-06T12:00:00+00:00</cap:sent>
<cap:effective>2026-10-06T12:00:00+00:00</cap:effective><cap:expires>2026-10-06T13:00:00+00:00</cap:expires>
<cap:status>Actual</cap:status><cap:msgType>Alert</cap:msgType><cap:urgency>Immediate</cap:urgency>
<cap:severity>Extreme</cap:severity><cap:certainty>Observed</cap:certainty><cap:areaDesc>Eau Claire, WI</cap:areaDesc>
<cap:polygon>44.75,-91.30 44.75,-91.10 44.65,-91.10 44.65,-91.30 44.75,-91.30</cap:polygon>
<cap:geocode><valueName>SAME</valueName><value>055035</value></cap:geocode>
</entry></feed>
"""


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "outreach", "match", *args], capture_output=True, text=True,
                          check=False, timeout=120, cwd=Path(__file__).resolve().parents[2])


def test_outreach_match_prints_one_json_object_per_outreach(tmp_path, httpserver):
    (tmp_path / "roster.csv").write_text(ROSTER, encoding="utf-8")
    (tmp_path / "obits.rss").write_text(OBITS, encoding="utf-8")
    httpserver.expect_request("/alerts").respond_with_data(ALERTS, content_type="application/atom+xml")
    proc = run("--roster", str(tmp_path / "roster.csv"), "--feed", str(tmp_path / "obits.rss"),
               "--feed", httpserver.url_for("/alerts"), "--replay", "--format", "jsonl")
    assert proc.returncode == 0, proc.stderr
    records = [json.loads(line) for line in proc.stdout.splitlines()]
    got = {(r["client_id"], r["item_id"], r["kind"], r["role"]) for r in records}
    assert got == {
        ("C2", "fh-1", "bereavement", "deceased_client"),
        ("C3", "fh-1", "bereavement", "spouse_of_deceased_client"),
        ("C1", "fh-1", "bereavement", "survivor"),
        # C4 is the officiant but lives inside the polygon; C2 died the day before the storm.
        ("C4", "https://api.weather.gov/alerts/urn:oid:2.49.0.1.840.0.test.001.1", "weather", "in_area"),
    }
    for r in records:
        assert set(r) >= {"client_id", "item_id", "kind", "role", "score", "evidence"}
        assert 0.0 <= r["score"] <= 1.0 and r["evidence"]
        assert r["details"]["outreach_key"].startswith(r["client_id"] + "|")


def test_without_replay_an_expired_alert_proposes_nothing(tmp_path):
    (tmp_path / "roster.csv").write_text(ROSTER, encoding="utf-8")
    (tmp_path / "alerts.atom").write_text(ALERTS, encoding="utf-8")
    proc = run("--roster", str(tmp_path / "roster.csv"), "--feed", str(tmp_path / "alerts.atom"))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == ""


def test_unreadable_feed_is_reported_and_the_others_still_match(tmp_path):
    (tmp_path / "roster.csv").write_text(ROSTER, encoding="utf-8")
    (tmp_path / "obits.rss").write_text(OBITS, encoding="utf-8")
    proc = run("--roster", str(tmp_path / "roster.csv"), "--feed", str(tmp_path / "missing.rss"),
               "--feed", str(tmp_path / "obits.rss"), "--replay")
    assert proc.returncode == 1
    assert "missing.rss" in proc.stderr
    assert len(proc.stdout.splitlines()) == 3


def test_bad_roster_is_a_clear_error(tmp_path):
    (tmp_path / "roster.csv").write_text("client_id,first_name\nC1,Ann\n", encoding="utf-8")
    (tmp_path / "obits.rss").write_text(OBITS, encoding="utf-8")
    proc = run("--roster", str(tmp_path / "roster.csv"), "--feed", str(tmp_path / "obits.rss"))
    assert proc.returncode == 2
    assert "last_name" in proc.stderr and proc.stdout == ""


def test_no_names_or_obituary_text_in_logs_above_debug(tmp_path):
    (tmp_path / "roster.csv").write_text(ROSTER, encoding="utf-8")
    (tmp_path / "obits.rss").write_text(OBITS, encoding="utf-8")
    proc = run("--roster", str(tmp_path / "roster.csv"), "--feed", str(tmp_path / "obits.rss"), "--replay")
    proc_v = subprocess.run([sys.executable, "-m", "outreach", "-v", "match", "--roster", str(tmp_path / "roster.csv"),
                             "--feed", str(tmp_path / "obits.rss"), "--replay"], capture_output=True, text=True,
                            check=False)
    for err in (proc.stderr, proc_v.stderr):
        for pii in ("Smith", "Halvorsen", "Mary", "bob@example.com", "survived"):
            assert pii not in err
