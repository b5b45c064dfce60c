"""Write roster.csv, feeds/* and the hand-labelled rows of gold.csv for the `bro` part.

Run from the repository root:
    /work/main/.venv/bin/python tests/eval/parts/bro/build/make_feeds.py
then:
    /work/main/.venv/bin/python tests/eval/parts/bro/build/label_weather.py   (adds the weather rows)
The obituary and news labels are the `gold=` lists written by hand next to each text.
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
SPLIT = HERE.parent
sys.path.insert(0, str(HERE))

import alerts_data  # noqa: E402
import news_ibw  # noqa: E402
import news_kvle  # noqa: E402
import news_vbr  # noqa: E402
import obits_bst  # noqa: E402
import obits_dn  # noqa: E402
import obits_fsc  # noqa: E402
import obits_icc  # noqa: E402
from roster_data import ADV, ADV_BY_ID, BLANK_COORDS, BLANK_FIPS, COORD_OVERRIDES, NO_PHONE, R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "birth_date", "phone", "address_line"]
AF = addfips.AddFIPS()
OBIT_MODULES = (obits_bst, obits_fsc, obits_dn, obits_icc)
NEWS_MODULES = (news_kvle, news_vbr, news_ibw)


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"bro{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.006   # +/- 0.003 degree (< 350 m)


def ascii_fold(s: str) -> str:
    import unicodedata
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def email_local(first: str, last: str) -> str:
    return re.sub(r"[^a-z.]", "", ascii_fold(f"{first}.{last}").lower().replace(" ", ""))


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
        household = f"{street}|{zp}" if street else cid
        if cid in NO_PHONE:
            phone = ""
        elif household in seen_phone:
            phone = seen_phone[household]
        else:
            n = int(cid[3:]) % 100
            phone = f"(956) 555-01{n:02d}"
            seen_phone[household] = phone
        local = email_local(first, re.sub(r" (Jr\.|Sr\.|III)$", "", last))
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": st,
            "postal_code": zp, "county_fips": "" if cid in BLANK_FIPS else fips,
            "latitude": "" if cid in BLANK_COORDS else f"{lat:.4f}",
            "longitude": "" if cid in BLANK_COORDS else f"{lon:.4f}",
            "email": f"{local}@correo.example", "advisor_email": ADV_BY_ID.get(cid, ADV[st]),
            "do_not_contact": "true" if dnc else "false", "birth_date": birth,
            "phone": phone, "address_line": street,
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
    return re.sub(r"[^a-z0-9]+", "-", ascii_fold(s).lower()).strip("-")


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
            f"<category>{escape(category)}</category>\n<description>{escape(it['body'].strip())}</description>\n"
            f"</item>\n")


def write_feeds() -> None:
    feeds = SPLIT / "feeds"
    feeds.mkdir(exist_ok=True)
    for old in feeds.iterdir():
        old.unlink()

    # 1. daily newspaper, legacy-style titles, plain text
    items = [plain_item(it, f"https://obituaries.borderstar.example/obituary/{slug(it['title'].split(' Obituary')[0])}-{it['guid'][-4:]}",
                        "Obituaries") for it in obits_bst.ITEMS]
    rss(feeds / "bro_border_star_obituaries.rss",
        dict(title="The Border Star - Obituaries", link="https://obituaries.borderstar.example/",
             description="Obituaries published in The Border Star, Brownsville, Texas",
             built=rfc822("2026-08-19T05:35:00-05:00")), items)

    # 2. funeral home: HTML in content:encoded, one-sentence description, guid not a permalink (starts with bro_)
    items = []
    for it in obits_fsc.ITEMS:
        link = "https://www.funerariasagradocorazon.example/obituarios/" + it["guid"].removeprefix("bro_fsc_")
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n<link>{link}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Funeraria del Sagrado Corazón</dc:creator>\n"
            f"<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[<div class=\"obituario\"><h2>{escape(it['title'])}</h2>"
            f"{html(it['body'])}<p class=\"condolencias\">Deje sus condolencias / Leave a condolence</p></div>]]>"
            f"</content:encoded>\n</item>\n")
    rss(feeds / "bro_funeraria_sagrado_corazon.rss",
        dict(title="Funeraria del Sagrado Corazón - Obituarios / Obituaries",
             link="https://www.funerariasagradocorazon.example/obituarios/",
             description="Obituaries from our chapels in Brownsville, Harlingen and Raymondville, Texas",
             built=rfc822("2026-09-16T09:35:00-05:00")), items, NS_CONTENT + NS_DC)

    # 3. paid death notices: brief, surname-first, plain text
    items = [plain_item(it, f"https://notices.borderstar.example/{it['guid']}", "Death Notices")
             for it in obits_dn.ITEMS]
    rss(feeds / "bro_valley_death_notices.rss",
        dict(title="Valley Death Notices", link="https://notices.borderstar.example/",
             description="Paid death notices: Cameron, Hidalgo and Willacy Counties",
             built=rfc822("2026-08-21T06:05:00-05:00")), items)

    # 4. church bulletin: plain text, "Name - Town" headings
    items = [plain_item(it, f"https://www.cathedralbrownsville.example/bulletin/{it['guid']}",
                        "Pray for the Faithful Departed / Oremos por los difuntos") for it in obits_icc.ITEMS]
    rss(feeds / "bro_cathedral_parish_bulletin.rss",
        dict(title="Immaculate Conception Cathedral & Sacred Heart - Weekly Bulletin",
             link="https://www.cathedralbrownsville.example/bulletin",
             description="Notices from the parish bulletin, Brownsville, Texas",
             built=rfc822("2026-07-26T07:05:00-05:00")), items)

    # 5. TV station site: HTML descriptions
    items = []
    for it in news_kvle.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.valle7.example/news/local/{slug(it['title'])}/{it['guid'].split('_')[-1]}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Valle 7 News Staff</dc:creator>\n"
            f"<description>{escape(html(it['body']))}</description>\n</item>\n")
    rss(feeds / "bro_kvle_valle7_local_news.rss",
        dict(title="KVLE Valle 7 News - Local", link="https://www.valle7.example/",
             description="Local news from Harlingen, Brownsville, McAllen and the Rio Grande Valley",
             built=rfc822("2026-06-20T10:10:00-05:00")), items, NS_DC)

    # 6. business weekly: plain text
    items = [plain_item(it, f"https://www.valleybusinessreport.example/news/{it['guid']}/{slug(it['title'])}",
                        "Business") for it in news_vbr.ITEMS]
    rss(feeds / "bro_valley_business_report.rss",
        dict(title="Valley Business Report", link="https://www.valleybusinessreport.example/",
             description="Business news from Cameron, Hidalgo and Willacy Counties",
             built=rfc822("2026-08-03T06:05:00-05:00")), items)

    # 7. community newsletter: teaser description, HTML in content:encoded
    items = []
    for it in news_ibw.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://aroundthevalley.example/{it['guid']}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Community</category>\n<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n</item>\n")
    rss(feeds / "bro_around_the_valley_community.rss",
        dict(title="Around the Valley - Community News", link="https://aroundthevalley.example/",
             description="Milestones, schools and churches from the Cameron County weeklies",
             built=rfc822("2026-06-25T08:05:00-05:00")), items, NS_CONTENT)

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
        # the feature id starts with bro_ (as the brief asks); it is the item id the gold uses
        features.append({"id": a["id"], "type": "Feature", "geometry": a["geometry"], "properties": props})
    doc = {
        "@context": ["https://geojson.org/geojson-ld/geojson-context.jsonld",
                     {"@version": "1.1", "wx": "https://api.weather.gov/ontology#", "@vocab": "https://api.weather.gov/ontology#"}],
        "type": "FeatureCollection", "features": features,
        "title": "Current watches, warnings, and advisories for Texas",
        "updated": "2026-06-24T21:10:00+00:00",
    }
    (feeds / "bro_nws_alerts_active_2026.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n",
                                                            encoding="utf-8")


def write_hand_gold() -> None:
    roster_ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[13]}
    rows = []
    guids = set()
    for mods, kind in ((OBIT_MODULES, "bereavement"), (NEWS_MODULES, "news")):
        for mod in mods:
            for it in mod.ITEMS:
                assert it["guid"].startswith("bro_"), it["guid"]
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
