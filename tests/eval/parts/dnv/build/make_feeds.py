"""Write roster.csv, feeds/* and the hand-labelled obituary/news rows of gold.csv for the dnv part.

Run from the repository root:
  /work/main/.venv/bin/python tests/eval/parts/dnv/build/make_feeds.py
  /work/main/.venv/bin/python tests/eval/parts/dnv/build/label_weather.py   (adds the weather rows)
The obituary and news labels are the `gold=` lists written by hand next to each text.
(Adapted from independent4/build/make_feeds.py.)
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
import sys
from datetime import datetime
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape

import addfips
import zipcodes

HERE = Path(__file__).resolve().parent
PART = HERE.parent
sys.path.insert(0, str(HERE))

import alerts_data  # noqa: E402
import news_cn  # noqa: E402
import news_sbl  # noqa: E402
import news_tv  # noqa: E402
import obits_bb  # noqa: E402
import obits_dmc  # noqa: E402
import obits_drr  # noqa: E402
import obits_hg  # noqa: E402
from roster_data import ADV, BLANK_COORDS, NO_ADDRESS, NO_PHONE, R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "phone", "address_line", "birth_date"]
AF = addfips.AddFIPS()
OBIT_MODULES = (obits_drr, obits_dmc, obits_hg, obits_bb)
NEWS_MODULES = (news_tv, news_sbl, news_cn)


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"dnv{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.006   # +/- 0.003 degree (< 350 m)


def email_local(first: str, last: str) -> str:
    return re.sub(r"[^a-z.\-]", "", f"{first}.{last}".lower().replace(" ", ""))


def write_roster() -> None:
    rows = []
    seen_phone: dict[str, str] = {}
    for (cid, first, middle, last, nick, maiden, spf, spl, city, st, zp, birth, street, dnc, area) in R:
        z = zipcodes.matching(zp)[0]
        assert z["state"] == st, (cid, zp)
        fips = AF.get_county_fips(z["county"], state=st)
        assert fips, (cid, z["county"])
        lat = round(float(z["lat"]) + jitter(cid, "lat"), 4)
        lon = round(float(z["long"]) + jitter(cid, "lon"), 4)
        household = f"{street}|{zp}"
        if cid in NO_PHONE:
            phone = ""
        elif household in seen_phone:
            phone = seen_phone[household]
        else:
            phone = f"({area}) 555-01{int(cid[3:]) % 100:02d}"
            seen_phone[household] = phone
        local = email_local(first, re.sub(r" (Jr\.|Sr\.|III)$", "", last))
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": st,
            "postal_code": zp, "county_fips": fips,
            "latitude": "" if cid in BLANK_COORDS else f"{lat:.4f}",
            "longitude": "" if cid in BLANK_COORDS else f"{lon:.4f}",
            "email": f"{local}@southside-mail.example", "advisor_email": ADV[area],
            "do_not_contact": "true" if dnc else "false", "phone": phone,
            "address_line": "" if cid in NO_ADDRESS else street, "birth_date": birth,
        })
    ids = [r["client_id"] for r in rows]
    assert len(ids) == len(set(ids))
    emails = [r["email"] for r in rows]
    assert len(emails) == len(set(emails)), "duplicate e-mail"
    rows.sort(key=lambda r: r["client_id"])
    with open(PART / "roster.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=HEADER)
        w.writeheader()
        w.writerows(rows)


def rfc822(iso: str) -> str:
    return format_datetime(datetime.fromisoformat(iso))


def paras(body: str) -> list[str]:
    return [p.strip() for p in body.strip().split("\n\n") if p.strip()]


def html(body: str) -> str:
    return "".join(f"<p>{escape(p)}</p>" for p in paras(body))


def first_sentence(body: str) -> str:
    p = paras(body)[0]
    m = re.match(r"(.+?[.!?])(\s|$)", p)
    return m.group(1) if m else p


def slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def rss(path: Path, channel: dict, items: list[str], namespaces: str = "") -> None:
    head = (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"{namespaces}>\n<channel>\n'
            f"<title>{escape(channel['title'])}</title>\n<link>{escape(channel['link'])}</link>\n"
            f"<description>{escape(channel['description'])}</description>\n<language>en-us</language>\n"
            f"<lastBuildDate>{channel['built']}</lastBuildDate>\n")
    path.write_text(head + "".join(items) + "</channel>\n</rss>\n", encoding="utf-8")


NS_CONTENT = ' xmlns:content="http://purl.org/rss/1.0/modules/content/"'
NS_DC = ' xmlns:dc="http://purl.org/dc/elements/1.1/"'


def plain_items(mod, link: str, category: str) -> list[str]:
    return [f"<item>\n<title>{escape(it['title'])}</title>\n<link>{link}{it['guid']}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>{escape(category)}</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n"
            for it in mod.ITEMS]


def write_feeds() -> None:
    feeds = PART / "feeds"
    feeds.mkdir(exist_ok=True)
    for old in feeds.iterdir():
        old.unlink()

    # 1. daily newspaper obituaries, plain text
    rss(feeds / "dnv_dan_river_register_obituaries.rss",
        dict(title="Dan River Register - Obituaries", link="https://www.danriverregister.example/obituaries/",
             description="Obituaries from Danville, Pittsylvania County and the Southside",
             built=rfc822("2026-05-02T05:35:00-04:00")),
        plain_items(obits_drr, "https://www.danriverregister.example/obituaries/", "Obituaries"))

    # 2. funeral home site: one-sentence description, HTML in content:encoded, permalink guids
    items = []
    for it in obits_dmc.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n<link>{obits_dmc.BASE}{it['guid']}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Dan River Memorial Chapel &amp; Hodges-Barksdale Funeral Home</dc:creator>\n"
            f"<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[<div class=\"obit\"><h2>{escape(it['title'])}</h2>"
            f"{html(it['body'])}</div>]]></content:encoded>\n</item>\n")
    rss(feeds / "dnv_danriver_memorial_hodges_barksdale_obituaries.rss",
        dict(title="Dan River Memorial Chapel & Hodges-Barksdale Funeral Home - Obituaries",
             link=obits_dmc.BASE, description="Tributes from our Danville and Martinsville chapels",
             built=rfc822("2026-07-08T13:05:00-04:00")), items, NS_CONTENT + NS_DC)

    # 3. weekly paper's paid death notices, plain text
    rss(feeds / "dnv_halifax_gazette_death_notices.rss",
        dict(title="The Halifax Gazette - Death Notices", link="https://www.halifaxgazette.example/notices/",
             description="Paid death notices, South Boston and Halifax County",
             built=rfc822("2026-04-21T07:05:00-04:00")),
        plain_items(obits_hg, "https://www.halifaxgazette.example/notices/", "Death Notices"))

    # 4. church bulletin, plain text
    rss(feeds / "dnv_bethel_missionary_baptist_bulletin.rss",
        dict(title="Bethel Missionary Baptist Church - Weekly Bulletin", link="https://www.bethelsobo.example/bulletin/",
             description="Announcements, bereavements and homegoings, Bethel M.B. Church, South Boston, Va.",
             built=rfc822("2026-05-17T08:05:00-04:00")),
        plain_items(obits_bb, "https://www.bethelsobo.example/bulletin/", "Bereavement"))

    # 5. TV station: HTML descriptions
    items = []
    for it in news_tv.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.wsvt7.example/news/local/{slug(it['title'])}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>WSVT 7 News Staff</dc:creator>\n"
            f"<description>{escape(html(it['body']))}</description>\n</item>\n")
    rss(feeds / "dnv_wsvt7_local_news.rss",
        dict(title="WSVT 7 - Southside's News Leader - Local", link="https://www.wsvt7.example/",
             description="Local news from Danville, Martinsville, South Boston and the Southside",
             built=rfc822("2026-06-15T19:15:00-04:00")), items, NS_DC)

    # 6. business paper: plain text
    rss(feeds / "dnv_southside_business_ledger.rss",
        dict(title="Southside Business Ledger", link="https://www.southsideledger.example/",
             description="Business news of Virginia's Southside", built=rfc822("2026-06-01T06:05:00-04:00")),
        plain_items(news_sbl, "https://www.southsideledger.example/news/", "Business"))

    # 7. community newsletter: teaser + content:encoded
    items = []
    for it in news_cn.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://communitynotes.example/{it['guid']}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Milestones</category>\n<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n</item>\n")
    rss(feeds / "dnv_hph_community_notes.rss",
        dict(title="Halifax-Pittsylvania-Henry Community Notes", link="https://communitynotes.example/",
             description="Milestones, births, churches and clubs across the Southside",
             built=rfc822("2026-06-20T09:05:00-04:00")), items, NS_CONTENT)

    # 8. NWS alerts, api.weather.gov /alerts/active GeoJSON
    by_id = {x["id"]: x for x in alerts_data.ALERTS}
    features = []
    for a in alerts_data.ALERTS:
        zones = [f"https://api.weather.gov/zones/county/{u}" for u in a["UGC"]]
        refs = [{"@id": f"https://api.weather.gov/alerts/{r}", "identifier": r, "sender": "w-nws.webmaster@noaa.gov",
                 "sent": by_id[r]["sent"]} for r in a["references"]]
        params = {
            "AWIPSidentifier": [a["awips"]],
            "WMOidentifier": [f"{a['wmo']} {a['office']} {datetime.fromisoformat(a['sent']).strftime('%d%H%M')}"],
            "NWSheadline": [a["headline"].upper()],
            "BLOCKCHANNEL": ["EAS", "NWEM", "CMAS"],
            "eventEndingTime": [a["ends"]],
            "VTEC": [a["vtec"]],
        }
        params.update(a.get("extra", {}))
        props = {
            "@id": f"https://api.weather.gov/alerts/{a['id']}", "@type": "wx:Alert", "id": a["id"],
            "areaDesc": a["areaDesc"], "geocode": {"SAME": a["SAME"], "UGC": a["UGC"]}, "affectedZones": zones,
            "references": refs, "sent": a["sent"], "effective": a["sent"], "onset": a["onset"],
            "expires": a["expires"], "ends": a["ends"], "status": a["status"], "messageType": a["messageType"],
            "category": "Met", "severity": a["severity"], "certainty": a["certainty"], "urgency": a["urgency"],
            "event": a["event"], "sender": "w-nws.webmaster@noaa.gov", "senderName": a["senderName"],
            "headline": a["headline"], "description": a["description"], "instruction": a["instruction"],
            "response": a["response"], "parameters": params,
        }
        features.append({"id": a["id"], "type": "Feature", "geometry": a["geometry"], "properties": props})
    doc = {
        "@context": ["https://geojson.org/geojson-ld/geojson-context.jsonld",
                     {"@version": "1.1", "wx": "https://api.weather.gov/ontology#", "@vocab": "https://api.weather.gov/ontology#"}],
        "type": "FeatureCollection", "features": features,
        "title": "Current watches, warnings, and advisories for the United States",
        "updated": "2026-07-22T13:15:00+00:00",
    }
    (feeds / "dnv_nws_alerts_active_2026.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n",
                                                            encoding="utf-8")


def write_hand_gold() -> None:
    roster_ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[13]}
    rows = []
    guids = set()
    for mods, kind in ((OBIT_MODULES, "bereavement"), (NEWS_MODULES, "news")):
        for mod in mods:
            for it in mod.ITEMS:
                assert it["guid"].startswith("dnv_"), it["guid"]
                assert it["guid"] not in guids, it["guid"]
                guids.add(it["guid"])
                for cid, role in it["gold"]:
                    assert cid in roster_ids, cid
                    assert cid not in dnc, cid
                    rows.append((cid, it["guid"], kind, role))
    assert len(rows) == len(set(rows))
    with open(PART / "gold.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["client_id", "item_id", "kind", "role"])
        w.writerows(rows)


if __name__ == "__main__":
    write_roster()
    write_feeds()
    write_hand_gold()
    print("ok")
