"""Feeds and rosters written by the e2e tests at the volume users have: many obituaries, a storm over many clients.

Everything here is invented. Names are drawn from common US given names and surnames so the real matcher
reads them as it would a newspaper's; each client is named in exactly one obituary.
"""

from __future__ import annotations

import csv
from pathlib import Path

from demo.run import DATA
from outreach.client import ROSTER_COLUMNS as ROSTER_HEADER  # the roster's exact header

GIVEN = ("Thomas", "Karen", "Daniel", "Linda", "Steven", "Nancy", "Gregory", "Diane", "Kevin", "Janet", "Brian",
         "Carol", "Dennis", "Sharon", "Mark", "Deborah", "Larry", "Cynthia", "Scott", "Brenda", "Jeffrey", "Donna",
         "Gary", "Pamela", "Timothy")
SURNAMES = ("Lindqvist", "Haugland", "Brekke", "Ostrander", "Pfeiffer", "Gunderson", "Kowalczyk", "Vandenberg",
            "Rasmussen", "Thorsen", "Wojcik", "Hedberg", "Ellingson", "Marchetti", "Lundgren", "Schroeder",
            "Amundsen", "Kaminski", "Bergstrom", "Fjelstad", "Novak", "Halverson", "Sorensen", "Dahlberg",
            "Engebretson", "Kuehn", "Mortensen", "Strand", "Tollefson", "Wendt")



def _row(client_id: str, first: str, last: str, adviser: str, *, city="Madison", postal="53711", county="55025",
         lat: float | str = "", lon: float | str = "") -> dict[str, str]:
    return {"client_id": client_id, "first_name": first, "middle_name": "", "last_name": last, "nickname": "",
            "maiden_name": "", "spouse_first_name": "", "spouse_last_name": "", "city": city, "state": "WI",
            "postal_code": postal, "county_fips": county, "latitude": str(lat), "longitude": str(lon),
            "email": f"{client_id.lower()}@example.com", "advisor_email": adviser, "do_not_contact": "no"}


def write_roster(path: Path, rows: list[dict[str, str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=ROSTER_HEADER)
        writer.writeheader()
        writer.writerows(rows)
    return path


def write_obituary_batch(folder: Path, n: int, advisers: list[str]) -> tuple[Path, Path]:
    """A roster of n clients and one RSS feed of n obituaries, each naming one client as a surviving child."""
    folder.mkdir(parents=True, exist_ok=True)
    rows, items = [], []
    for i in range(n):
        first = GIVEN[i % len(GIVEN)]
        last = SURNAMES[i % len(SURNAMES)] if i < len(SURNAMES) else f"{SURNAMES[i % len(SURNAMES)]}son"
        rows.append(_row(f"Q{i:03d}", first, last, advisers[i % len(advisers)]))
        parent = ("Harold", "Evelyn")[i % 2]
        pronoun = ("He", "She")[i % 2]
        items.append(f"""  <item>
    <title>{parent} {last}</title>
    <link>{{{{base}}}}/obituaries/q{i:03d}</link>
    <guid isPermaLink="false">quick-obit-{i:03d}</guid>
    <pubDate>{{{{rfc822 -{1 + i % 20}h}}}}</pubDate>
    <description>{parent} {last}, 86, of Madison, passed away peacefully on Tuesday.</description>
    <content:encoded><![CDATA[\
<p>MADISON - {parent} {last}, 86, of Madison, passed away peacefully on Tuesday at home.</p>
<p>{pronoun} is survived by {pronoun.lower() == 'he' and 'his' or 'her'} son, {first} {last} of Madison; \
two grandchildren; and a sister, Ruth Anders of Stoughton.</p>
<p>A funeral service will be held at 11 a.m. Saturday at Christ Lutheran Church, Madison.</p>]]></content:encoded>
  </item>""")
    feed = folder / "obituaries.rss"
    feed.write_text(f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>Quick Review Test Chapel - Obituaries</title>
  <link>{{{{base}}}}/obituaries</link>
  <description>Invented obituaries for the quick-review test</description>
{chr(10).join(items)}
</channel>
</rss>
""", encoding="utf-8")
    return write_roster(folder / "roster.csv", rows), feed


# The demo's Severe Thunderstorm Warning (demo/data/feeds/nws-alerts.atom) covers this box west of Madison.
STORM_BOX = (42.96, -89.60, 43.13, -89.43)  # south, west, north, east
STORM_FEED = DATA / "feeds" / "nws-alerts.atom"


def write_storm(folder: Path, n: int, advisers: list[str]) -> tuple[Path, Path]:
    """A roster of n clients spread on a grid inside the demo warning's polygon, dealt round-robin to the
    advisers, and the demo's alert feed (the warning and a minor advisory)."""
    folder.mkdir(parents=True, exist_ok=True)
    south, west, north, east = STORM_BOX
    side = int(n ** 0.5) + 1
    rows = []
    for i in range(n):
        lat = south + 0.005 + (north - south - 0.01) * (i // side) / side
        lon = west + 0.005 + (east - west - 0.01) * (i % side) / side
        rows.append(_row(f"S{i:04d}", GIVEN[i % len(GIVEN)], SURNAMES[(i // len(GIVEN)) % len(SURNAMES)],
                         advisers[i % len(advisers)], lat=round(lat, 5), lon=round(lon, 5)))
    feed = folder / "nws-alerts.atom"
    feed.write_text(STORM_FEED.read_text(encoding="utf-8"), encoding="utf-8")
    return write_roster(folder / "roster.csv", rows), feed
