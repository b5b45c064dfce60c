"""Write roster.csv, feeds/* and the hand-labelled obituary/news rows of gold.csv for the yak part (no network).

Run: /work/main/.venv/bin/python tests/eval/parts/yak/build/make_feeds.py
then: /work/main/.venv/bin/python tests/eval/parts/yak/label_weather.py   (adds the weather rows)
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
from roster_data import COORD_OVERRIDES, R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "birth_date", "phone", "address_line"]
AF = addfips.AddFIPS()


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"yak{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.010   # +/- 0.005 degree


def write_roster() -> None:
    rows, seen_phone, seen_email = [], {}, set()
    for (cid, first, middle, last, nick, maiden, spf, spl, city, st, zp, birth, street, dnc, adv) in R:
        z = zipcodes.matching(zp)[0]
        assert z["state"] == st, (cid, zp)
        fips = AF.get_county_fips(z["county"], state=st)
        if cid in COORD_OVERRIDES:
            lat, lon = COORD_OVERRIDES[cid]
        else:
            lat = round(float(z["lat"]) + jitter(cid, "lat"), 4)
            lon = round(float(z["long"]) + jitter(cid, "lon"), 4)
        household = f"{street}|{zp}"
        phone = seen_phone.setdefault(household, f"(509) 555-01{int(cid[3:]):02d}")
        local = re.sub(r"[^a-z.]", "", f"{first}.{re.sub(r' (Jr|Sr)[.]$', '', last)}".lower().replace(" ", ""))
        email = f"{local}@{'valleymail' if int(cid[3:]) % 2 else 'inlandnet'}.example"
        assert email not in seen_email
        seen_email.add(email)
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": st,
            "postal_code": zp, "county_fips": fips, "latitude": f"{lat:.4f}", "longitude": f"{lon:.4f}",
            "email": email, "advisor_email": adv, "do_not_contact": "true" if dnc else "false",
            "birth_date": birth, "phone": phone, "address_line": street,
        })
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


def rss(path: Path, title: str, link: str, desc: str, built: str, items: list[str], ns: str = "") -> None:
    head = (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"{ns}>\n<channel>\n'
            f"<title>{escape(title)}</title>\n<link>{escape(link)}</link>\n"
            f"<description>{escape(desc)}</description>\n<language>en-us</language>\n"
            f"<lastBuildDate>{rfc822(built)}</lastBuildDate>\n")
    path.write_text(head + "".join(items) + "</channel>\n</rss>\n", encoding="utf-8")


def head(it: dict, link: str) -> str:
    return (f"<item>\n<title>{escape(it['title'])}</title>\n<link>{escape(link)}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n')


def write_feeds() -> None:
    feeds = PART / "feeds"
    feeds.mkdir(exist_ok=True)
    for old in feeds.iterdir():
        old.unlink()

    # 1. funeral home: one-sentence description, HTML in content:encoded
    items = [head(it, f"https://www.valleyhillsfuneralchapel.example/obituaries/{slug(it['title'])}")
             + "<dc:creator>Valley Hills Funeral Chapel</dc:creator>\n"
             f"<description>{escape(first_sentence(it['body']))}</description>\n"
             f"<content:encoded><![CDATA[<div class=\"obit\"><h2>{escape(it['title'])}</h2>{html(it['body'])}"
             "<p class=\"guestbook\">Share a memory in the online guestbook.</p></div>]]></content:encoded>\n</item>\n"
             for it in obits.VHFC]
    rss(feeds / "valley_hills_funeral_chapel.rss", "Valley Hills Funeral Chapel - Obituaries",
        "https://www.valleyhillsfuneralchapel.example/obituaries/",
        "Obituaries from Valley Hills Funeral Chapel, Yakima and Selah, Washington", "2026-07-15T15:00:00-07:00",
        items, NS_CONTENT + NS_DC)

    # 2. newspaper paid death notices: surname-first titles, plain text
    items = [head(it, f"https://www.yakimavalleyherald.example/notices/{it['guid'][8:]}")
             + f"<category>Death Notices</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n"
             for it in obits.YVH]
    rss(feeds / "yakima_valley_herald_death_notices.rss", "Yakima Valley Herald - Death Notices",
        "https://www.yakimavalleyherald.example/notices/", "Paid death notices, Yakima Valley Herald",
        "2026-07-10T05:05:00-07:00", items)

    # 3. community paper (bilingual esquelas, parish and Nikkei notices): plain text
    items = [head(it, f"https://valleycommunityvoice.example/remembrances/{slug(it['title'])}")
             + f"<category>Remembrances / Esquelas</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n"
             for it in obits.VCV]
    rss(feeds / "valley_community_voice_remembrances.rss", "Valley Community Voice - Remembrances / Esquelas",
        "https://valleycommunityvoice.example/remembrances/",
        "Community remembrances from the Yakima Valley, in English y en español", "2026-07-02T07:05:00-07:00", items)

    # 4. business weekly: plain text
    items = [head(it, f"https://www.cwbusinessweekly.example/{it['guid'][9:]}/{slug(it['title'])}")
             + f"<category>Business</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n"
             for it in news.CWBW]
    rss(feeds / "central_washington_business_weekly.rss", "Central Washington Business Weekly",
        "https://www.cwbusinessweekly.example/", "Business news from Yakima, Kittitas and the Tri-Cities",
        "2026-06-01T06:05:00-07:00", items)

    # 5. TV station: HTML descriptions
    items = [head(it, f"https://www.kyvt29.example/news/local/{slug(it['title'])}")
             + "<dc:creator>KYVT 29 News Staff</dc:creator>\n"
             f"<description>{escape(html(it['body']))}</description>\n</item>\n"
             for it in news.KYVT]
    rss(feeds / "kyvt29_local_news.rss", "KYVT 29 - Local News", "https://www.kyvt29.example/news/local/",
        "Local news from KYVT 29, Yakima", "2026-07-03T18:35:00-07:00", items, NS_DC)

    # 6. community weekly: teaser description, HTML content:encoded
    items = [head(it, f"https://selahvalleyindependent.example/news/{slug(it['title'])}")
             + f"<category>Community</category>\n<description>{escape(first_sentence(it['body']))}</description>\n"
             f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n</item>\n"
             for it in news.SVI]
    rss(feeds / "selah_valley_independent.rss", "Selah Valley Independent", "https://selahvalleyindependent.example/",
        "Selah's hometown weekly", "2026-08-27T08:05:00-07:00", items, NS_CONTENT)

    # 7. NWS alerts, api.weather.gov /alerts/active GeoJSON
    by_id = {x["id"]: x for x in alerts_data.ALERTS}
    features = []
    for a in alerts_data.ALERTS:
        zones = [f"https://api.weather.gov/zones/{'county' if u[2] == 'C' else 'forecast'}/{u}" for u in a["UGC"]]
        refs = [{"@id": f"https://api.weather.gov/alerts/{r}", "identifier": r, "sender": "w-nws.webmaster@noaa.gov",
                 "sent": by_id[r]["sent"]} for r in a["references"]]
        params = {"AWIPSidentifier": [a["awips"]],
                  "WMOidentifier": [f"{a['wmo']} {a['office']} {datetime.fromisoformat(a['sent']).strftime('%d%H%M')}"],
                  "NWSheadline": [a["headline"].upper()], "BLOCKCHANNEL": ["EAS", "NWEM", "CMAS"],
                  "VTEC": [a["vtec"]], "eventEndingTime": [a["ends"]]}
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
    doc = {"@context": ["https://geojson.org/geojson-ld/geojson-context.jsonld",
                        {"@version": "1.1", "wx": "https://api.weather.gov/ontology#",
                         "@vocab": "https://api.weather.gov/ontology#"}],
           "type": "FeatureCollection", "features": features,
           "title": "Current watches, warnings, and advisories for Washington", "updated": "2026-06-15T02:00:00+00:00"}
    (feeds / "nws_alerts_wa_2026.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n",
                                                   encoding="utf-8")


def write_hand_gold() -> None:
    roster_ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[13]}
    rows, guids = [], set()
    for items, kind in ((obits.ITEMS, "bereavement"), (news.ITEMS, "news")):
        for it in items:
            assert it["guid"].startswith("yak_") and it["guid"] == it["guid"].lower(), it["guid"]
            assert it["guid"] not in guids, it["guid"]
            guids.add(it["guid"])
            for cid, role in it["gold"]:
                assert cid in roster_ids and cid not in dnc, cid
                rows.append((cid, it["guid"], kind, role))
    assert len(rows) == len(set(rows))
    for a in alerts_data.ALERTS:
        assert a["id"].startswith("yak_")
    with open(PART / "gold.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["client_id", "item_id", "kind", "role"])
        w.writerows(rows)


if __name__ == "__main__":
    write_roster()
    write_feeds()
    write_hand_gold()
    print("ok")
