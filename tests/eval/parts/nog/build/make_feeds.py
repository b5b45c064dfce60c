"""Write roster.csv, feeds/* and the hand-labelled rows of gold.csv for the nog part (Santa Cruz County, Ariz.).

Run: /work/main/.venv/bin/python tests/eval/parts/nog/build/make_feeds.py
then: /work/main/.venv/bin/python tests/eval/parts/nog/build/label_weather.py   (adds the weather rows)
Adapted from independent4/build/make_feeds.py.
The obituary and news labels are the `gold=` lists written by hand next to each text.
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
import news_comm  # noqa: E402
import news_tv  # noqa: E402
import obits_cdr  # noqa: E402
import obits_nbh  # noqa: E402
import obits_scdn  # noqa: E402
import obits_shb  # noqa: E402
from roster_data import ADV, BLANK_COORDS, BLANK_FIPS, COORD_OVERRIDES, NO_ADDRESS, NO_BIRTH, NO_PHONE, R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "birth_date", "phone", "address_line"]
AREA = {"AZ": "520"}
AF = addfips.AddFIPS()
OBIT_MODULES = (obits_nbh, obits_cdr, obits_shb, obits_scdn)
NEWS_MODULES = (news_tv, news_comm)


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"nog{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.008   # +/- 0.004 degree (< 450 m)


def email_local(first: str, last: str) -> str:
    return re.sub(r"[^a-z.]", "", f"{first}.{last}".lower().replace(" ", ""))


def write_roster() -> None:
    rows = []
    seen_phone: dict[str, str] = {}
    for (cid, first, middle, last, nick, maiden, spf, spl, city, st, zp, birth, street, dnc) in R:
        z = zipcodes.matching(zp)[0]
        assert z["state"] == st, (cid, zp)
        fips = AF.get_county_fips(z["county"], state=st)
        if cid in COORD_OVERRIDES:
            lat, lon = COORD_OVERRIDES[cid]
        else:
            lat = round(float(z["lat"]) + jitter(cid, "lat"), 4)
            lon = round(float(z["long"]) + jitter(cid, "lon"), 4)
        household = f"{street}|{zp}"
        if cid in NO_PHONE:
            phone = ""
        elif household in seen_phone:
            phone = seen_phone[household]
        else:
            n = int(cid[3:]) % 100
            phone = f"({AREA[st]}) 555-01{n:02d}"
            seen_phone[household] = phone
        local = email_local(first, re.sub(r" (Jr\.|Sr\.|III)$", "", last))
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": st,
            "postal_code": zp, "county_fips": "" if cid in BLANK_FIPS else fips,
            "latitude": "" if cid in BLANK_COORDS else f"{lat:.4f}",
            "longitude": "" if cid in BLANK_COORDS else f"{lon:.4f}",
            "email": f"{local}@correo.example", "advisor_email": ADV[st],
            "do_not_contact": "true" if dnc else "false", "birth_date": "" if cid in NO_BIRTH else birth,
            "phone": phone, "address_line": "" if cid in NO_ADDRESS else street,
        })
    ids = [r["client_id"] for r in rows]
    assert len(ids) == len(set(ids))
    emails = [r["email"] for r in rows]
    assert len(emails) == len(set(emails)), "duplicate e-mail"
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


def item_xml(it: dict, link: str, desc: str, extra: str = "", permalink: bool = False) -> str:
    return (f"<item>\n<title>{escape(it['title'])}</title>\n<link>{escape(link)}</link>\n"
            f'<guid isPermaLink="{str(permalink).lower()}">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"{extra}<description>{desc}</description>\n</item>\n")


def write_feeds() -> None:
    feeds = SPLIT / "feeds"
    feeds.mkdir(exist_ok=True)
    for old in feeds.iterdir():
        old.unlink()

    # 1. weekly newspaper: plain text
    items = [item_xml(it, f"https://www.nogalesborderherald.example/obituaries/{it['guid']}", escape(it["body"].strip()),
                      "<category>Obituaries</category>\n") for it in obits_nbh.ITEMS]
    rss(feeds / "nog_border_herald_obituaries.rss",
        dict(title="Nogales Border Herald - Obituaries", link="https://www.nogalesborderherald.example/",
             description="Obituaries from the weekly newspaper of Nogales and Santa Cruz County, Ariz.",
             built=rfc822("2026-10-14T06:05:00-07:00")), items)

    # 2. funeral home: one-sentence description, HTML in content:encoded, permalink guids
    items = []
    for it in obits_cdr.ITEMS:
        body = (f"<![CDATA[<div class=\"obituario\"><h2>{escape(it['title'])}</h2>{html(it['body'])}"
                f"<p><em>Capilla del Rosario Funeral Home - Nogales &amp; Rio Rico</em></p></div>]]>")
        items.append(item_xml(it, f"https://www.capilladelrosario.example/obituarios/{it['guid'][8:]}", escape(first_sentence(it["body"])),
                              "<dc:creator>Capilla del Rosario Funeral Home</dc:creator>\n")
                     .replace("</description>\n", f"</description>\n<content:encoded>{body}</content:encoded>\n"))
    rss(feeds / "nog_capilla_del_rosario_obituarios.rss",
        dict(title="Capilla del Rosario Funeral Home - Obituarios / Obituaries",
             link="https://www.capilladelrosario.example/obituarios/",
             description="Obituaries from Capilla del Rosario, Nogales and Rio Rico, Arizona",
             built=rfc822("2026-09-15T13:25:00-07:00")), items, NS_CONTENT + NS_DC)

    # 3. parish bulletin: plain text
    items = [item_xml(it, f"https://www.sacredheartnogales.example/boletin/{it['guid']}", escape(it["body"].strip()),
                      "<category>Oremos por nuestros difuntos</category>\n") for it in obits_shb.ITEMS]
    rss(feeds / "nog_sacred_heart_bulletin.rss",
        dict(title="Sacred Heart / Sagrado Corazón Parish, Nogales - Bulletin",
             link="https://www.sacredheartnogales.example/boletin",
             description="Oremos por nuestros difuntos - prayers for the faithful departed",
             built=rfc822("2026-08-09T07:05:00-07:00")), items)

    # 4. paid death notices: terse, plain text
    items = [item_xml(it, f"https://notices.scvalley.example/{it['guid']}", escape(it["body"].strip()),
                      "<category>Death Notices</category>\n") for it in obits_scdn.ITEMS]
    rss(feeds / "nog_santa_cruz_valley_death_notices.rss",
        dict(title="Santa Cruz Valley Death Notices", link="https://notices.scvalley.example/",
             description="Paid death notices: Nogales, Rio Rico, Tubac, Patagonia, Sonoita",
             built=rfc822("2026-11-03T05:05:00-07:00")), items)

    # 5. TV station site: HTML description
    items = [item_xml(it, f"https://www.kscv13.example/news/local/{slug(it['title'])}/{it['guid']}", escape(html(it["body"])),
                      "<dc:creator>KSCV 13 Digital Staff</dc:creator>\n") for it in news_tv.ITEMS]
    rss(feeds / "nog_kscv13_local_news.rss",
        dict(title="KSCV 13 Santa Cruz Valley News - Local", link="https://www.kscv13.example/",
             description="Local news from Nogales, Rio Rico, Tubac, Patagonia and Sonoita",
             built=rfc822("2026-09-02T18:35:00-07:00")), items, NS_DC)

    # 6. community newsletter: teaser description, HTML in content:encoded
    items = []
    for it in news_comm.ITEMS:
        items.append(item_xml(it, f"https://scvbulletin.example/{it['guid']}", escape(first_sentence(it["body"])),
                              "<category>Community</category>\n")
                     .replace("</description>\n", f"</description>\n<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n"))
    rss(feeds / "nog_santa_cruz_valley_community_bulletin.rss",
        dict(title="Santa Cruz Valley Community Bulletin", link="https://scvbulletin.example/",
             description="Community news: Rio Rico, Tubac, Patagonia, Sonoita and Elgin",
             built=rfc822("2026-09-28T08:05:00-07:00")), items, NS_CONTENT)

    # 7. NWS alerts, api.weather.gov /alerts/active GeoJSON
    by_id = {x["id"]: x for x in alerts_data.ALERTS}
    features = []
    for n, a in enumerate(alerts_data.ALERTS):
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
        assert n >= 0
    doc = {
        "@context": ["https://geojson.org/geojson-ld/geojson-context.jsonld",
                     {"@version": "1.1", "wx": "https://api.weather.gov/ontology#", "@vocab": "https://api.weather.gov/ontology#"}],
        "type": "FeatureCollection", "features": features,
        "title": "Current watches, warnings, and advisories for the United States",
        "updated": "2026-08-03T02:00:00+00:00",
    }
    (feeds / "nog_nws_alerts_active_2026.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n",
                                                        encoding="utf-8")


def write_hand_gold() -> None:
    roster_ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[13]}
    rows = []
    guids = set()
    for mods, kind in ((OBIT_MODULES, "bereavement"), (NEWS_MODULES, "news")):
        for mod in mods:
            for it in mod.ITEMS:
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
