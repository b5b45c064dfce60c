"""Write roster.csv, feeds/* and the hand-labelled rows of gold.csv for part sdy (eastern Montana).

Run from the repository root:
  /work/main/.venv/bin/python tests/eval/parts/sdy/build/make_feeds.py
  /work/main/.venv/bin/python tests/eval/parts/sdy/build/label_weather.py   (adds the weather rows)
Adapted from tests/eval/independent4/build/make_feeds.py.
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
SPLIT = HERE.parent
sys.path.insert(0, str(HERE))

import alerts_data  # noqa: E402
import news  # noqa: E402
import obits  # noqa: E402
from roster_data import ADV, ADV_MILES, BLANK_COORDS, MILES, NO_ADDRESS, NO_BIRTH, NO_PHONE, R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "birth_date", "phone", "address_line"]
AF = addfips.AddFIPS()


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"sdy{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.008   # +/- 0.004 degree


def email_local(first: str, last: str) -> str:
    return re.sub(r"[^a-z.]", "", f"{first}.{last}".lower().replace(" ", "").replace("-", ""))


def write_roster() -> None:
    rows = []
    seen_phone: dict[str, str] = {}
    for (cid, first, middle, last, nick, maiden, spf, spl, city, st, zp, birth, street, dnc) in R:
        z = zipcodes.matching(zp)[0]
        assert z["state"] == st, (cid, zp)
        fips = AF.get_county_fips(z["county"], state=st)
        lat = round(float(z["lat"]) + jitter(cid, "lat"), 4)
        lon = round(float(z["long"]) + jitter(cid, "lon"), 4)
        household = f"{street}|{zp}"
        if cid in NO_PHONE:
            phone = ""
        elif household in seen_phone:
            phone = seen_phone[household]
        else:
            phone = f"(406) 555-01{int(cid[3:]):02d}"
            seen_phone[household] = phone
        local = email_local(first, re.sub(r" (Jr\.|Sr\.|III)$", "", last))
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": st,
            "postal_code": zp, "county_fips": fips,
            "latitude": "" if cid in BLANK_COORDS else f"{lat:.4f}",
            "longitude": "" if cid in BLANK_COORDS else f"{lon:.4f}",
            "email": f"{local}@prairiemail.example", "advisor_email": ADV_MILES if cid in MILES else ADV[st],
            "do_not_contact": "true" if dnc else "false", "birth_date": "" if cid in NO_BIRTH else birth,
            "phone": phone, "address_line": "" if cid in NO_ADDRESS else street,
        })
    ids = [r["client_id"] for r in rows]
    assert len(ids) == len(set(ids))
    assert len({r["email"] for r in rows}) == len(rows), "duplicate e-mail"
    rows.sort(key=lambda r: r["client_id"])
    with open(SPLIT / "roster.csv", "w", newline="", encoding="utf-8") as fh:
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


def plain_item(it: dict, link: str, category: str) -> str:
    return (f"<item>\n<title>{escape(it['title'])}</title>\n<link>{link}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>{escape(category)}</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n")


def write_feeds() -> None:
    feeds = SPLIT / "feeds"
    feeds.mkdir(exist_ok=True)
    for old in feeds.iterdir():
        old.unlink()

    # 1. newspaper obituaries, plain text
    items = [plain_item(it, f"https://www.loweryellowstoneherald.example/obituaries/{it['guid']}", "Obituaries")
             for it in obits.HERALD]
    rss(feeds / "sdy_lower_yellowstone_herald_obituaries.rss",
        dict(title="Lower Yellowstone Herald - Obituaries", link="https://www.loweryellowstoneherald.example/",
             description="Obituaries from the Lower Yellowstone Herald, Sidney, Mont.",
             built=rfc822("2026-04-14T06:05:00-06:00")), items)

    # 2. funeral home: HTML in content:encoded, one-sentence description, permalink-style link
    items = []
    for it in obits.PRAIRIE:
        link = f"https://www.prairierosechapels.example/obituaries/{it['guid'][10:]}"
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n<link>{link}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Prairie Rose Funeral Chapels</dc:creator>\n"
            f"<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[<div class=\"obituary-body\"><h2>{escape(it['title'])}</h2>"
            f"{html(it['body'])}</div>]]></content:encoded>\n</item>\n")
    rss(feeds / "sdy_prairie_rose_funeral_chapels.rss",
        dict(title="Prairie Rose Funeral Chapels - Obituaries", link="https://www.prairierosechapels.example/",
             description="Obituaries: Sidney, Glendive and Miles City, Montana",
             built=rfc822("2026-06-02T14:05:00-06:00")), items, NS_CONTENT + NS_DC)

    # 3. church bulletin, plain text
    items = [plain_item(it, f"https://www.trinityzionlutheran.example/bulletin/{it['guid']}",
                        "Prayers for the Departed") for it in obits.BULLETIN]
    rss(feeds / "sdy_trinity_zion_lutheran_bulletin.rss",
        dict(title="Trinity & Zion Lutheran Parish - Weekly Bulletin",
             link="https://www.trinityzionlutheran.example/bulletin",
             description="Prayer concerns and notices of the faithful departed, Sidney and Glendive, Mont.",
             built=rfc822("2026-03-29T07:35:00-06:00")), items)

    # 4. paid death notices, terse
    items = [plain_item(it, f"https://notices.easternmontana.example/{it['guid']}", "Death Notices")
             for it in obits.NOTICES]
    rss(feeds / "sdy_eastern_montana_death_notices.rss",
        dict(title="Eastern Montana Death Notices", link="https://notices.easternmontana.example/",
             description="Paid death notices: Richland, Dawson, Wibaux, Prairie and Custer Counties",
             built=rfc822("2026-05-14T07:05:00-06:00")), items)

    # 5. TV station: HTML descriptions
    items = []
    for it in news.TV:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.kxmt5.example/news/local/{slug(it['title'])}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>KXMT 5 News Staff</dc:creator>\n"
            f"<description>{escape(html(it['body']))}</description>\n</item>\n")
    rss(feeds / "sdy_kxmt5_local_news.rss",
        dict(title="KXMT 5 News - Local", link="https://www.kxmt5.example/",
             description="Local news from Glendive, Sidney and Miles City", built=rfc822("2026-06-03T18:35:00-06:00")),
        items, NS_DC)

    # 6. weekly paper, plain text
    items = [plain_item(it, f"https://www.tricountycourier.example/news/{slug(it['title'])}", "Community")
             for it in news.COURIER]
    rss(feeds / "sdy_tri_county_courier.rss",
        dict(title="The Tri-County Courier", link="https://www.tricountycourier.example/",
             description="Weekly news for Richland, Dawson and Prairie Counties", built=rfc822("2026-06-11T05:05:00-06:00")),
        items)

    # 7. co-op newsletter: teaser description, HTML in content:encoded
    items = []
    for it in news.COOP:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.lyec.example/co-op-connections/{slug(it['title'])}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Member News</category>\n<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n</item>\n")
    rss(feeds / "sdy_lyec_coop_connections.rss",
        dict(title="Lower Yellowstone Electric Co-op - Co-op Connections", link="https://www.lyec.example/",
             description="Member news from the Lower Yellowstone Electric Cooperative",
             built=rfc822("2026-08-21T08:05:00-06:00")), items, NS_CONTENT)

    # 8. NWS alerts, api.weather.gov /alerts/active GeoJSON
    by_id = {x["id"]: x for x in alerts_data.ALERTS}
    features = []
    for a in alerts_data.ALERTS:
        zones = [f"https://api.weather.gov/zones/{'county' if u[2] == 'C' else 'forecast'}/{u}" for u in a["UGC"]]
        refs = [{"@id": f"https://api.weather.gov/alerts/{r}", "identifier": r, "sender": "w-nws.webmaster@noaa.gov",
                 "sent": by_id[r]["sent"]} for r in a["references"]]
        params = {
            "AWIPSidentifier": [a["awips"]],
            "WMOidentifier": [f"{a['wmo']} {a['office']} {datetime.fromisoformat(a['sent']).strftime('%d%H%M')}"],
            "NWSheadline": [a["headline"].upper()],
            "BLOCKCHANNEL": ["EAS", "NWEM", "CMAS"],
            "eventEndingTime": [a["ends"]],
        }
        if a.get("vtec"):
            params["VTEC"] = [a["vtec"]]
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
        features.append({"id": f"https://api.weather.gov/alerts/{a['id']}", "type": "Feature",
                         "geometry": a["geometry"], "properties": props})
    doc = {
        "@context": ["https://geojson.org/geojson-ld/geojson-context.jsonld",
                     {"@version": "1.1", "wx": "https://api.weather.gov/ontology#", "@vocab": "https://api.weather.gov/ontology#"}],
        "type": "FeatureCollection", "features": features,
        "title": "Current watches, warnings, and advisories for the United States",
        "updated": "2026-09-15T12:00:00+00:00",
    }
    (feeds / "sdy_nws_alerts_active_2026.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n",
                                                            encoding="utf-8")


def write_hand_gold() -> None:
    roster_ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[13]}
    rows = []
    guids = set()
    for mod, kind in ((obits, "bereavement"), (news, "news")):
        for it in mod.ITEMS:
            assert it["guid"].startswith("sdy_"), it["guid"]
            assert it["guid"] not in guids, it["guid"]
            guids.add(it["guid"])
            for cid, role in it["gold"]:
                assert cid in roster_ids, cid
                assert cid not in dnc, cid
                rows.append((cid, it["guid"], kind, role))
    assert len(rows) == len(set(rows))
    with open(SPLIT / "gold.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["client_id", "item_id", "kind", "role"])
        w.writerows(rows)


if __name__ == "__main__":
    write_roster()
    write_feeds()
    write_hand_gold()
    print("ok")
