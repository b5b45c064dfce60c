"""Write roster.csv, feeds/* and the hand-labelled obituary/news rows of gold.csv for the gsp part (no network).

Run from the repository root: .venv/bin/python tests/eval/parts/gsp/build/make_feeds.py
then: .venv/bin/python tests/eval/parts/gsp/label_weather.py   (adds the weather rows)
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
from roster_data import ADV, BLANK_COORDS, NO_BIRTH, NO_PHONE, R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "birth_date", "phone", "address_line"]
AF = addfips.AddFIPS()
NS_CONTENT = ' xmlns:content="http://purl.org/rss/1.0/modules/content/"'
NS_DC = ' xmlns:dc="http://purl.org/dc/elements/1.1/"'


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"gsp{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.012   # +/- 0.006 degree (< 700 m)


def fold_ascii(s: str) -> str:
    return s.replace("ñ", "n").replace("Ñ", "N")


def write_roster() -> None:
    rows, seen_phone = [], {}
    for (cid, first, middle, last, nick, maiden, spf, spl, city, zp, birth, street, dnc, adv) in R:
        z = zipcodes.matching(zp)[0]
        assert z["state"] == "SC", (cid, zp)
        fips = AF.get_county_fips(z["county"], state="SC")
        lat = round(float(z["lat"]) + jitter(cid, "lat"), 4)
        lon = round(float(z["long"]) + jitter(cid, "lon"), 4)
        household = f"{street}|{zp}"
        if cid in NO_PHONE:
            phone = ""
        elif household in seen_phone:
            phone = seen_phone[household]
        else:
            phone = f"(864) 555-01{int(cid[3:]):02d}"
            seen_phone[household] = phone
        base_last = re.sub(r" (Jr\.|Sr\.|III)$", "", last).split(" ")[0]
        local = re.sub(r"[^a-z.]", "", fold_ascii(f"{first}.{base_last}").lower().replace(" ", ""))
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": "SC",
            "postal_code": zp, "county_fips": fips,
            "latitude": "" if cid in BLANK_COORDS else f"{lat:.4f}",
            "longitude": "" if cid in BLANK_COORDS else f"{lon:.4f}",
            "email": f"{local}@upstatemail.example", "advisor_email": ADV[adv],
            "do_not_contact": "true" if dnc else "false", "birth_date": "" if cid in NO_BIRTH else birth,
            "phone": phone, "address_line": street,
        })
    assert len({r["client_id"] for r in rows}) == len(rows)
    assert len({r["email"] for r in rows}) == len(rows), "duplicate e-mail"
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
    return re.sub(r"[^a-z0-9]+", "-", fold_ascii(s).lower()).strip("-")


def rss(path: Path, title: str, link: str, desc: str, built: str, items: list[str], ns: str = "") -> None:
    head = (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"{ns}>\n<channel>\n'
            f"<title>{escape(title)}</title>\n<link>{escape(link)}</link>\n"
            f"<description>{escape(desc)}</description>\n<language>en-us</language>\n"
            f"<lastBuildDate>{rfc822(built)}</lastBuildDate>\n")
    path.write_text(head + "".join(items) + "</channel>\n</rss>\n", encoding="utf-8")


def item(it: dict, link: str, extra: str, description: str, content: str | None = None) -> str:
    s = (f"<item>\n<title>{escape(it['title'])}</title>\n<link>{escape(link)}</link>\n"
         f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n{extra}'
         f"<description>{escape(description)}</description>\n")
    if content is not None:
        s += f"<content:encoded><![CDATA[{content}]]></content:encoded>\n"
    return s + "</item>\n"


def write_feeds() -> None:
    feeds = PART / "feeds"
    feeds.mkdir(exist_ok=True)
    for old in feeds.iterdir():
        old.unlink()

    # 1. funeral home: one-sentence description, HTML obituary in content:encoded
    items = [item(it, f"https://www.reedyriverfh.example/obituaries/{it['guid'].split('_', 2)[2]}",
                  "<dc:creator>Reedy River Funeral Home &amp; Crematory</dc:creator>\n", first_sentence(it["body"]),
                  f'<div class="obit-text"><h2>{escape(it["title"])}</h2>{html(it["body"])}</div>')
             for it in obits.RRFH]
    rss(feeds / "reedy_river_funeral_home_obituaries.rss", "Reedy River Funeral Home & Crematory - Obituaries",
        "https://www.reedyriverfh.example/obituaries/",
        "Obituaries from our Greenville, Greer, Simpsonville and Travelers Rest chapels",
        "2026-07-01T10:35:00-04:00", items, NS_CONTENT + NS_DC)

    # 2. newspaper paid death notices: surname-first titles, plain text
    items = [item(it, f"https://www.piedmontcourier.example/death-notices/{it['guid']}",
                  "<category>Death Notices</category>\n", it["body"].strip()) for it in obits.PC]
    rss(feeds / "piedmont_courier_death_notices.rss", "The Piedmont Courier - Death Notices",
        "https://www.piedmontcourier.example/death-notices/", "Paid death notices, Greenville and Spartanburg",
        "2026-07-14T05:35:00-04:00", items)

    # 3. church & community weekly: plain text
    items = [item(it, f"https://www.upstatechurchrecord.example/notices/{slug(it['title'])}",
                  "<category>Homegoings &amp; Memorials</category>\n", it["body"].strip()) for it in obits.UCR]
    rss(feeds / "upstate_church_community_record.rss", "Upstate Church & Community Record - Homegoings & Memorials",
        "https://www.upstatechurchrecord.example/", "Church and community news from Spartanburg, Greer, Inman and Landrum",
        "2026-06-03T07:05:00-04:00", items)

    # 4. business weekly: plain text
    items = [item(it, f"https://www.upstatebizledger.example/news/{slug(it['title'])}",
                  "<category>Business</category>\n", it["body"].strip()) for it in news.UBL]
    rss(feeds / "upstate_business_ledger.rss", "Upstate Business Ledger", "https://www.upstatebizledger.example/",
        "Business news from Greenville, Spartanburg and the I-85 corridor", "2026-06-15T06:35:00-04:00", items)

    # 5. TV station: HTML in description
    items = [item(it, f"https://www.wupx7.example/news/local/{slug(it['title'])}",
                  "<dc:creator>WUPX News 7 Digital Team</dc:creator>\n", html(it["body"])) for it in news.WUPX]
    rss(feeds / "wupx_news7_local.rss", "WUPX News 7 - Local News", "https://www.wupx7.example/",
        "Local news for Greenville, Spartanburg, Anderson and Asheville", "2026-07-10T12:20:00-04:00", items, NS_DC)

    # 6. community paper: teaser description, HTML in content:encoded
    items = [item(it, f"https://www.greerneighbor.example/community/{slug(it['title'])}",
                  "<category>Community</category>\n", first_sentence(it["body"]), html(it["body"])) for it in news.GN]
    rss(feeds / "greer_neighbor_community.rss", "The Greer Neighbor - Community", "https://www.greerneighbor.example/",
        "Community news from Greer, Taylors and eastern Greenville County", "2026-05-05T08:05:00-04:00", items,
        NS_CONTENT)

    # 7. NWS alerts
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
        features.append({"id": a["id"], "type": "Feature", "geometry": a["geometry"], "properties": props})
    doc = {"@context": ["https://geojson.org/geojson-ld/geojson-context.jsonld",
                        {"@version": "1.1", "wx": "https://api.weather.gov/ontology#",
                         "@vocab": "https://api.weather.gov/ontology#"}],
           "type": "FeatureCollection", "features": features,
           "title": "Current watches, warnings, and advisories for South Carolina", "updated": "2026-07-15T12:00:00+00:00"}
    (feeds / "nws_alerts_sc_2026.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def write_hand_gold() -> None:
    roster_ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[12]}
    rows, guids = [], set()
    for feedset, kind in ((obits.FEEDS, "bereavement"), (news.FEEDS, "news")):
        for items in feedset.values():
            for it in items:
                assert it["guid"].startswith("gsp_") and it["guid"] == it["guid"].lower(), it["guid"]
                assert it["guid"] not in guids, it["guid"]
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
