"""Write roster.csv, feeds/* and the hand-labelled obituary/news rows of gold.csv for the esc part.

Run from the repository root:
  /work/main/.venv/bin/python tests/eval/parts/esc/build/make_feeds.py
  /work/main/.venv/bin/python tests/eval/parts/esc/build/label_weather.py   (adds the weather rows)
Adapted from independent4/build/make_feeds.py.
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
import news  # noqa: E402
import obits  # noqa: E402
from roster_data import ADV, BLANK_COORDS, BLANK_FIPS, NO_PHONE, R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "phone", "address_line", "birth_date"]
AF = addfips.AddFIPS()


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"esc{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.008   # +/- 0.004 degree


def write_roster() -> None:
    rows, seen_phone = [], {}
    for (cid, first, middle, last, nick, maiden, spf, spl, city, st, zp, birth, street, dnc, adv) in R:
        z = zipcodes.matching(zp)[0]
        assert z["state"] == st, (cid, zp)
        fips = AF.get_county_fips(z["county"], state=st)
        lat = round(float(z["lat"]) + jitter(cid, "lat"), 4)
        lon = round(float(z["long"]) + jitter(cid, "lon"), 4)
        household = f"{street}|{zp}|{spl or last}"
        if cid in NO_PHONE:
            phone = ""
        elif street and household in seen_phone:
            phone = seen_phone[household]
        else:
            phone = f"(906) 555-01{int(cid[3:]):02d}"
            seen_phone[household] = phone
        base_last = re.sub(r" (Jr\.|Sr\.|III)$", "", last)
        local = re.sub(r"[^a-z.]", "", f"{first}.{base_last}".lower().replace(" ", ""))
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": st,
            "postal_code": zp, "county_fips": "" if cid in BLANK_FIPS else fips,
            "latitude": "" if cid in BLANK_COORDS else f"{lat:.4f}",
            "longitude": "" if cid in BLANK_COORDS else f"{lon:.4f}",
            "email": f"{local}@mail.example", "advisor_email": ADV[adv],
            "do_not_contact": "true" if dnc else "false", "phone": phone, "address_line": street, "birth_date": birth,
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


def rss(path: Path, title: str, link: str, desc: str, built: str, items: list[str], ns: str = "") -> None:
    head = (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"{ns}>\n<channel>\n'
            f"<title>{escape(title)}</title>\n<link>{escape(link)}</link>\n"
            f"<description>{escape(desc)}</description>\n<language>en-us</language>\n"
            f"<lastBuildDate>{rfc822(built)}</lastBuildDate>\n")
    path.write_text(head + "".join(items) + "</channel>\n</rss>\n", encoding="utf-8")


NS_CONTENT = ' xmlns:content="http://purl.org/rss/1.0/modules/content/"'
NS_DC = ' xmlns:dc="http://purl.org/dc/elements/1.1/"'


def of(mod, feed):
    return [it for it in mod.ITEMS if it["feed"] == feed]


def item_head(it, link, perma=False):
    return (f"<item>\n<title>{escape(it['title'])}</title>\n<link>{escape(link)}</link>\n"
            f'<guid isPermaLink="{"true" if perma else "false"}">{it["guid"]}</guid>\n'
            f"<pubDate>{rfc822(it['pub'])}</pubDate>\n")


def write_feeds() -> None:
    feeds = PART / "feeds"
    feeds.mkdir(exist_ok=True)
    for old in feeds.iterdir():
        old.unlink()

    # 1. daily newspaper: dateline, plain-text description
    items = [item_head(it, f"https://www.dailycurrent.example/obituaries/{it['guid']}")
             + f"<category>Obituaries</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n"
             for it in of(obits, "dc")]
    rss(feeds / "esc_daily_current_obituaries.rss", "The Daily Current - Obituaries", "https://www.dailycurrent.example/obituaries",
        "Obituaries from Escanaba, Gladstone, Manistique and Menominee", "2026-06-16T05:20:00-04:00", items)

    # 2. funeral-home site: one-sentence description, HTML in content:encoded
    items = [item_head(it, f"https://www.baydenocfuneralchapels.example/obituary/{it['guid'][7:]}")
             + "<dc:creator>Bay de Noc Funeral Chapels</dc:creator>\n"
             + f"<description>{escape(first_sentence(it['body']))}</description>\n"
             + f"<content:encoded><![CDATA[<div class=\"obit\"><h2>{escape(it['title'])}</h2>{html(it['body'])}</div>]]></content:encoded>\n</item>\n"
             for it in of(obits, "fh")]
    rss(feeds / "esc_bay_de_noc_funeral_chapels.rss", "Bay de Noc Funeral Chapels - Obituaries",
        "https://www.baydenocfuneralchapels.example/obituaries", "Obituaries: Gladstone, Escanaba, Manistique, Menominee chapels",
        "2026-06-09T13:15:00-04:00", items, NS_CONTENT + NS_DC)

    # 3. parish bulletin: plain text prayer notices
    items = [item_head(it, f"https://www.stanne-stfrancis.example/bulletin#{it['guid']}")
             + f"<category>Pray for Our Departed</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n"
             for it in of(obits, "cb")]
    rss(feeds / "esc_st_anne_st_francis_bulletin.rss", "St. Anne (Escanaba) & St. Francis de Sales (Manistique) - Bulletin",
        "https://www.stanne-stfrancis.example/bulletin", "Pray for our departed: notices from the parish bulletins",
        "2026-06-07T07:05:00-04:00", items)

    # 4. paid death notices: terse, surname-first headings
    items = [item_head(it, f"https://notices.updeathnotices.example/{it['guid']}")
             + f"<category>Death Notices</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n"
             for it in of(obits, "dn")]
    rss(feeds / "esc_up_death_notices.rss", "U.P. Death Notices", "https://notices.updeathnotices.example/",
        "Paid death notices, central and western Upper Peninsula", "2026-07-02T06:05:00-04:00", items)

    # 5. TV station site: HTML descriptions
    items = [item_head(it, f"https://www.wncu9.example/news/local/{it['guid']}")
             + "<dc:creator>North Country 9 Digital</dc:creator>\n"
             + f"<description>{escape(html(it['body']))}</description>\n</item>\n"
             for it in of(news, "tv")]
    rss(feeds / "esc_wncu_north_country_9_local.rss", "North Country 9 WNCU - Local News", "https://www.wncu9.example/",
        "Local news from Escanaba, Marquette, Menominee and the central U.P.", "2026-07-14T18:00:00-04:00", items, NS_DC)

    # 6. community weekly: teaser description, HTML in content:encoded
    items = [item_head(it, f"https://www.baydenocbeacon.example/community/{it['guid']}")
             + f"<category>Community</category>\n<description>{escape(first_sentence(it['body']))}</description>\n"
             + f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n</item>\n"
             for it in of(news, "wk")]
    rss(feeds / "esc_bay_de_noc_beacon_community.rss", "Bay de Noc Beacon - Community", "https://www.baydenocbeacon.example/",
        "Weekly community news: Delta, Schoolcraft and Menominee Counties", "2026-08-12T08:05:00-04:00", items, NS_CONTENT)

    # 7. NWS alerts, /alerts/active GeoJSON
    by_id = {a["id"]: a for a in alerts_data.ALERTS}
    features = []
    for a in alerts_data.ALERTS:
        zones = [f"https://api.weather.gov/zones/{'county' if u[2] == 'C' else 'forecast'}/{u}" for u in a["UGC"]]
        refs = [{"@id": f"https://api.weather.gov/alerts/{r}", "identifier": r, "sender": "w-nws.webmaster@noaa.gov",
                 "sent": by_id[r]["sent"]} for r in a["references"]]
        params = {"AWIPSidentifier": [a["awips"]],
                  "WMOidentifier": [f"{a['wmo']} {a['office']} {datetime.fromisoformat(a['sent']).strftime('%d%H%M')}"],
                  "NWSheadline": [a["headline"].upper()], "BLOCKCHANNEL": ["EAS", "NWEM", "CMAS"],
                  "eventEndingTime": [a["ends"]], "VTEC": [a["vtec"]]}
        params.update(a.get("extra", {}))
        props = {"@id": f"https://api.weather.gov/alerts/{a['id']}", "@type": "wx:Alert", "id": a["id"],
                 "areaDesc": a["areaDesc"], "geocode": {"SAME": a["SAME"], "UGC": a["UGC"]}, "affectedZones": zones,
                 "references": refs, "sent": a["sent"], "effective": a["sent"], "onset": a["onset"],
                 "expires": a["expires"], "ends": a["ends"], "status": a["status"], "messageType": a["messageType"],
                 "category": "Met", "severity": a["severity"], "certainty": a["certainty"], "urgency": a["urgency"],
                 "event": a["event"], "sender": "w-nws.webmaster@noaa.gov", "senderName": a["senderName"],
                 "headline": a["headline"], "description": a["description"], "instruction": a["instruction"],
                 "response": a["response"], "parameters": params}
        # the top-level id carries the esc_ prefix too (the brief: every alert id starts with esc_)
        features.append({"id": a["id"], "type": "Feature", "geometry": a["geometry"], "properties": props})
    doc = {"@context": ["https://geojson.org/geojson-ld/geojson-context.jsonld",
                        {"@version": "1.1", "wx": "https://api.weather.gov/ontology#", "@vocab": "https://api.weather.gov/ontology#"}],
           "type": "FeatureCollection", "features": features,
           "title": "Current watches, warnings, and advisories for the United States",
           "updated": "2026-07-20T12:00:00+00:00"}
    (feeds / "esc_nws_alerts_active_2026.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def write_hand_gold() -> None:
    roster_ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[13]}
    rows, guids = [], set()
    for mod, kind in ((obits, "bereavement"), (news, "news")):
        for it in mod.ITEMS:
            assert it["guid"].startswith("esc_") and it["guid"] not in guids, it["guid"]
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
