"""Write roster.csv, feeds/* and the hand-labelled rows of gold.csv for the aug part (adapted from
independent4/build/make_feeds.py).

Run from the repository root:
  /work/main/.venv/bin/python tests/eval/parts/aug/build/make_feeds.py
  /work/main/.venv/bin/python tests/eval/parts/aug/build/label_weather.py   (adds the weather rows)
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
import news_data  # noqa: E402
import obits_data  # noqa: E402
from roster_data import ADV, BLANK_COORDS, BLANK_FIPS, NO_PHONE, R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "birth_date", "phone", "address_line"]
AF = addfips.AddFIPS()
SUFFIX = re.compile(r" (Jr\.|Sr\.|III)$")


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"aug{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.008   # +/- 0.004 degree


def email_local(first: str, last: str) -> str:
    return re.sub(r"[^a-z.]", "", f"{first}.{last}".lower().replace(" ", "").replace("-", ""))


def write_roster() -> None:
    rows, seen_phone = [], {}
    for (cid, first, middle, last, nick, maiden, spf, spl, city, st, zp, birth, street, dnc) in R:
        z = zipcodes.matching(zp)[0]
        assert z["state"] == st, (cid, zp)
        fips = AF.get_county_fips(z["county"], state=st)
        lat = round(float(z["lat"]) + jitter(cid, "lat"), 4)
        lon = round(float(z["long"]) + jitter(cid, "lon"), 4)
        household = f"{street}|{zp}|{spl or last}"
        if cid in NO_PHONE:
            phone = ""
        elif household in seen_phone and street:
            phone = seen_phone[household]
        else:
            phone = f"(207) 555-01{int(cid[3:]):02d}"
            seen_phone[household] = phone
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": st,
            "postal_code": zp, "county_fips": "" if cid in BLANK_FIPS else fips,
            "latitude": "" if cid in BLANK_COORDS else f"{lat:.4f}",
            "longitude": "" if cid in BLANK_COORDS else f"{lon:.4f}",
            "email": email_local(first, SUFFIX.sub("", last)) + "@mail.example",
            "advisor_email": ADV[st], "do_not_contact": "true" if dnc else "false", "birth_date": birth,
            "phone": phone, "address_line": street,
        })
    assert len({r["client_id"] for r in rows}) == len(rows)
    assert len({r["email"] for r in rows}) == len(rows)
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


NS_CONTENT = ' xmlns:content="http://purl.org/rss/1.0/modules/content/"'
NS_DC = ' xmlns:dc="http://purl.org/dc/elements/1.1/"'


def rss(path: Path, channel: dict, items: list[str], namespaces: str = "") -> None:
    head = (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"{namespaces}>\n<channel>\n'
            f"<title>{escape(channel['title'])}</title>\n<link>{escape(channel['link'])}</link>\n"
            f"<description>{escape(channel['description'])}</description>\n<language>en-us</language>\n"
            f"<lastBuildDate>{channel['built']}</lastBuildDate>\n")
    path.write_text(head + "".join(items) + "</channel>\n</rss>\n", encoding="utf-8")


def of(mod, feed):
    return sorted((it for it in mod.ITEMS if it["feed"] == feed), key=lambda it: it["pub"])


def plain_item(it, link, category):
    return (f"<item>\n<title>{escape(it['title'])}</title>\n<link>{link}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>{category}</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n")


def write_feeds() -> None:
    feeds = PART / "feeds"
    feeds.mkdir(exist_ok=True)
    for old in feeds.iterdir():
        old.unlink()

    # 1. newspaper obituaries, plain text
    items = [plain_item(it, f"https://www.kvsentinel.example/obituaries/{slug(it['title'])}-{it['guid'][-4:]}",
                        "Obituaries") for it in of(obits_data, "kvs")]
    rss(feeds / "aug_kennebec_valley_sentinel_obituaries.rss",
        dict(title="Kennebec Valley Sentinel - Obituaries", link="https://www.kvsentinel.example/obituaries",
             description="Obituaries from Augusta, Waterville and the Kennebec Valley",
             built=rfc822("2026-04-17T05:35:00-04:00")), items)

    # 2. funeral home: HTML in content:encoded, one-sentence description
    items = []
    for it in of(obits_data, "lh"):
        link = f"https://www.lacassehodgkins.example/obituaries/{it['guid'][7:]}"
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n<link>{link}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Lacasse &amp; Hodgkins Funeral Home</dc:creator>\n"
            f"<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[<div class=\"obituary\"><h2>{escape(it['title'])}</h2>"
            f"{html(it['body'])}</div>]]></content:encoded>\n</item>\n")
    rss(feeds / "aug_lacasse_hodgkins_funeral_home.rss",
        dict(title="Lacasse & Hodgkins Funeral Home - Obituaries", link="https://www.lacassehodgkins.example/",
             description="Obituaries: Augusta, Gardiner, Skowhegan and Fort Kent chapels",
             built=rfc822("2026-07-21T13:05:00-04:00")), items, NS_CONTENT + NS_DC)

    # 3. parish bulletin, plain text
    items = [plain_item(it, f"https://www.notredamedukennebec.example/bulletin/{it['guid']}",
                        "Pray for the Faithful Departed") for it in of(obits_data, "ndk")]
    rss(feeds / "aug_notre_dame_du_kennebec_bulletin.rss",
        dict(title="Notre Dame du Kennebec Parish - Weekly Bulletin",
             link="https://www.notredamedukennebec.example/bulletin",
             description="Prayer intentions and notices of the faithful departed, Gardiner and Augusta",
             built=rfc822("2026-05-24T07:05:00-04:00")), items)

    # 4. paid death notices
    items = [plain_item(it, f"https://notices.kvsentinel.example/{it['guid']}", "Death Notices")
             for it in of(obits_data, "pdn")]
    rss(feeds / "aug_central_maine_death_notices.rss",
        dict(title="Central Maine Death Notices", link="https://notices.kvsentinel.example/",
             description="Paid death notices, Kennebec and Somerset Counties",
             built=rfc822("2026-06-23T06:05:00-04:00")), items)

    # 5. TV station: HTML descriptions
    items = []
    for it in of(news_data, "tv"):
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.wkvb6.example/news/local/{slug(it['title'])}/{it['guid'][-5:]}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>WKVB Digital Staff</dc:creator>\n"
            f"<description>{escape(html(it['body']))}</description>\n</item>\n")
    rss(feeds / "aug_wkvb6_local_news.rss",
        dict(title="WKVB Channel 6 - Central Maine Local News", link="https://www.wkvb6.example/",
             description="Local news from Augusta, Waterville and central Maine",
             built=rfc822("2026-06-14T18:35:00-04:00")), items, NS_DC)

    # 6. business paper: plain text
    items = [plain_item(it, f"https://www.kvbizreview.example/{it['guid']}/{slug(it['title'])}", "Business")
             for it in of(news_data, "biz")]
    rss(feeds / "aug_kennebec_valley_business_review.rss",
        dict(title="Kennebec Valley Business Review", link="https://www.kvbizreview.example/",
             description="Business news from the Kennebec Valley", built=rfc822("2026-07-06T06:05:00-04:00")),
        items)

    # 7. community newsletter: teaser + content:encoded
    items = []
    for it in of(news_data, "com"):
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://rivertownsnotes.example/{it['guid']}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Community</category>\n<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n</item>\n")
    rss(feeds / "aug_river_towns_community_notes.rss",
        dict(title="River Towns Community Notes", link="https://rivertownsnotes.example/",
             description="Community news: Gardiner, Hallowell, Augusta, Fairfield, Vassalboro",
             built=rfc822("2026-07-22T08:05:00-04:00")), items, NS_CONTENT)

    # 8. NWS alerts, /alerts/active GeoJSON
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
        # the feature id is the bare alert id (starts with aug_) so gold item ids keep the part prefix
        features.append({"id": a["id"], "type": "Feature", "geometry": a["geometry"], "properties": props})
    doc = {
        "@context": ["https://geojson.org/geojson-ld/geojson-context.jsonld",
                     {"@version": "1.1", "wx": "https://api.weather.gov/ontology#",
                      "@vocab": "https://api.weather.gov/ontology#"}],
        "type": "FeatureCollection", "features": features,
        "title": "Current watches, warnings, and advisories for Maine",
        "updated": "2026-09-10T07:10:00+00:00",
    }
    (feeds / "aug_nws_alerts_active_2026.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n",
                                                            encoding="utf-8")


def write_hand_gold() -> None:
    roster_ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[13]}
    rows, guids = [], set()
    for mod, kind in ((obits_data, "bereavement"), (news_data, "news")):
        for it in mod.ITEMS:
            assert it["guid"].startswith("aug_") and it["guid"] not in guids, it["guid"]
            guids.add(it["guid"])
            for cid, role in it["gold"]:
                assert cid in roster_ids and cid not in dnc, cid
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
