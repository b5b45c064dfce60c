"""Write roster.csv, feeds/* and the hand-labelled obituary/news rows of gold.csv for part sbm (Sheboygan, Wis.).

Run from the repository root:
  .venv/bin/python tests/eval/parts/sbm/build/make_feeds.py
  .venv/bin/python tests/eval/parts/sbm/build/label_weather.py   (adds the weather rows)
The obituary and news labels are the `gold=` lists written by hand next to each text. Adapted from
tests/eval/independent4/build/make_feeds.py.
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
import news_lbw  # noqa: E402
import news_ln  # noqa: E402
import news_tv  # noqa: E402
import obits_hm  # noqa: E402
import obits_ll  # noqa: E402
import obits_rb  # noqa: E402
import obits_wr  # noqa: E402
from roster_data import ADV, BLANK_COORDS, BLANK_FIPS, COORD_OVERRIDES, NO_PHONE, R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "birth_date", "phone", "address_line"]
AF = addfips.AddFIPS()
OBIT_MODULES = (obits_ll, obits_wr, obits_rb, obits_hm)
NEWS_MODULES = (news_tv, news_lbw, news_ln)
PREFIX = "sbm_"


def jitter(key: str, k: str) -> float:
    h = int(hashlib.md5(f"sbm{key}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.012   # +/- 0.006 degree (< 700 m)


def email_local(first: str, last: str) -> str:
    return re.sub(r"[^a-z.]", "", f"{first}.{last}".lower().replace(" ", ""))


def write_roster() -> None:
    rows = []
    seen_phone: dict[str, str] = {}
    for (cid, first, middle, last, nick, maiden, spf, spl, city, st, zp, birth, street, dnc, adv) in R:
        z = zipcodes.matching(zp)[0]
        assert z["state"] == st, (cid, zp)
        fips = AF.get_county_fips(z["county"], state=st)
        household = f"{street}|{zp}"
        if cid in COORD_OVERRIDES:
            lat, lon = COORD_OVERRIDES[cid]
        else:   # one point per household (a couple shares the house)
            lat = round(float(z["lat"]) + jitter(household, "lat"), 4)
            lon = round(float(z["long"]) + jitter(household, "lon"), 4)
        if cid in NO_PHONE:
            phone = ""
        elif household in seen_phone:
            phone = seen_phone[household]
        else:
            phone = f"(920) 555-01{int(cid[3:]):02d}"
            seen_phone[household] = phone
        local = email_local(first, re.sub(r" (Jr\.|Sr\.|III)$", "", last))
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": st,
            "postal_code": zp, "county_fips": "" if cid in BLANK_FIPS else fips,
            "latitude": "" if cid in BLANK_COORDS else f"{lat:.4f}",
            "longitude": "" if cid in BLANK_COORDS else f"{lon:.4f}",
            "email": f"{local}@mail.example", "advisor_email": ADV[adv],
            "do_not_contact": "true" if dnc else "false", "birth_date": birth,
            "phone": phone, "address_line": street,
        })
    ids = [r["client_id"] for r in rows]
    assert len(ids) == len(set(ids))
    assert len({r["email"] for r in rows}) == len(rows), "duplicate e-mail"
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
    assert path.name.startswith(PREFIX), path
    head = (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"{namespaces}>\n<channel>\n'
            f"<title>{escape(channel['title'])}</title>\n<link>{escape(channel['link'])}</link>\n"
            f"<description>{escape(channel['description'])}</description>\n<language>en-us</language>\n"
            f"<lastBuildDate>{channel['built']}</lastBuildDate>\n")
    path.write_text(head + "".join(items) + "</channel>\n</rss>\n", encoding="utf-8")


NS_CONTENT = ' xmlns:content="http://purl.org/rss/1.0/modules/content/"'
NS_DC = ' xmlns:dc="http://purl.org/dc/elements/1.1/"'


def plain_item(it: dict, link: str, category: str) -> str:
    return (f"<item>\n<title>{escape(it['title'])}</title>\n<link>{escape(link)}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>{escape(category)}</category>\n<description>{escape(it['body'].strip())}</description>\n"
            f"</item>\n")


def write_feeds() -> None:
    feeds = SPLIT / "feeds"
    feeds.mkdir(exist_ok=True)
    for old in feeds.iterdir():
        old.unlink()

    # 1. daily newspaper, legacy-style titles, plain text
    items = [plain_item(it, f"https://obituaries.lakeshoreledger.example/obituary/{slug(it['title'].split(' Obituary')[0])}-{it['guid'][-6:]}",
                        "Obituaries") for it in obits_ll.ITEMS]
    rss(feeds / "sbm_lakeshore_ledger_obituaries.rss",
        dict(title="Lakeshore Ledger - Obituaries", link="https://obituaries.lakeshoreledger.example/",
             description="Obituaries and death notices published in the Lakeshore Ledger, Sheboygan, Wis.",
             built=rfc822("2026-06-22T05:35:00-05:00")), items)

    # 2. funeral-home site: HTML in content:encoded, one-sentence plain description
    items = []
    for it in obits_wr.ITEMS:
        link = f"https://www.wittkopfreinholt.example/obituaries/{it['slug']}"
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n<link>{link}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Wittkopf-Reinholt Funeral Home &amp; Cremation</dc:creator>\n"
            f"<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[<div class=\"obituary-body\"><h2>{escape(it['title'])}</h2>"
            f"{html(it['body'])}<p class=\"tribute\"><a href=\"{link}#tribute-wall\">Share a memory on the Tribute Wall</a></p>"
            f"</div>]]></content:encoded>\n</item>\n")
    rss(feeds / "sbm_wittkopf_reinholt_funeral_home.rss",
        dict(title="Wittkopf-Reinholt Funeral Home & Cremation - Obituaries",
             link="https://www.wittkopfreinholt.example/obituaries/",
             description="Obituaries: Sheboygan, Plymouth and Cedar Grove chapels",
             built=rfc822("2026-06-09T10:05:00-05:00")), items, NS_CONTENT + NS_DC)

    # 3. church bulletin (Dutch Reformed), plain text
    items = [plain_item(it, f"https://www.lakeshorereformed.example/bulletin/{it['guid']}", "Congregational News")
             for it in obits_rb.ITEMS]
    rss(feeds / "sbm_lakeshore_reformed_bulletin.rss",
        dict(title="Lakeshore Reformed Churches - Weekly Bulletin", link="https://www.lakeshorereformed.example/bulletin",
             description="Sympathy and Called Home notices: First Reformed Church of Cedar Grove and Oostburg First Reformed Church",
             built=rfc822("2026-06-14T07:05:00-05:00")), items)

    # 4. Hmong community newsletter, plain text
    items = [plain_item(it, f"https://www.lakeshorehmong.example/news/{it['guid']}", "Kev Pam Tuag / Funeral Notices")
             for it in obits_hm.ITEMS]
    rss(feeds / "sbm_lakeshore_hmong_community_news.rss",
        dict(title="Lakeshore Hmong Community News", link="https://www.lakeshorehmong.example/news",
             description="Newsletter of the Hmong Mutual Assistance Association of the Sheboygan area",
             built=rfc822("2026-04-20T09:05:00-05:00")), items)

    # 5. TV station site: HTML descriptions
    items = []
    for it in news_tv.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.wlks11.example/news/local/{slug(it['title'])}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Lakeshore 11 Digital Staff</dc:creator>\n"
            f"<description>{escape(html(it['body']))}</description>\n</item>\n")
    rss(feeds / "sbm_wlks_lakeshore11_local.rss",
        dict(title="WLKS Lakeshore 11 News - Local", link="https://www.wlks11.example/",
             description="Local news from Sheboygan and Manitowoc Counties",
             built=rfc822("2026-07-06T21:20:00-05:00")), items, NS_DC)

    # 6. business weekly: plain text
    items = [plain_item(it, f"https://www.lakeshorebizweekly.example/{it['guid']}/{slug(it['title'])}", "Business")
             for it in news_lbw.ITEMS]
    rss(feeds / "sbm_lakeshore_business_weekly.rss",
        dict(title="Lakeshore Business Weekly", link="https://www.lakeshorebizweekly.example/",
             description="Business news from Sheboygan and Manitowoc Counties",
             built=rfc822("2026-06-08T06:05:00-05:00")), items)

    # 7. community paper: teaser description, HTML in content:encoded
    items = []
    for it in news_ln.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://lakeshoreneighbors.example/{it['guid']}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Community</category>\n<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n</item>\n")
    rss(feeds / "sbm_lakeshore_neighbors_community.rss",
        dict(title="Lakeshore Neighbors - Community", link="https://lakeshoreneighbors.example/",
             description="Community news for Sheboygan Falls, Plymouth, Howards Grove and the lakeshore villages",
             built=rfc822("2026-07-14T08:05:00-05:00")), items, NS_CONTENT)

    # 8. NWS alerts, api.weather.gov /alerts/active GeoJSON
    by_id = {x["id"]: x for x in alerts_data.ALERTS}
    features = []
    for a in alerts_data.ALERTS:
        assert a["id"].startswith(PREFIX), a["id"]
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
        # the feature id starts with "sbm_" like every other item id in this part (the brief's rule)
        features.append({"id": a["id"], "type": "Feature", "geometry": a["geometry"], "properties": props})
    doc = {
        "@context": ["https://geojson.org/geojson-ld/geojson-context.jsonld",
                     {"@version": "1.1", "wx": "https://api.weather.gov/ontology#", "@vocab": "https://api.weather.gov/ontology#"}],
        "type": "FeatureCollection", "features": features,
        "title": "Current watches, warnings, and advisories for Wisconsin",
        "updated": "2026-06-25T02:15:00+00:00",
    }
    (feeds / "sbm_nws_alerts_2026.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n",
                                                   encoding="utf-8")


def write_hand_gold() -> None:
    roster_ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[13]}
    rows = []
    guids = set()
    for mods, kind in ((OBIT_MODULES, "bereavement"), (NEWS_MODULES, "news")):
        for mod in mods:
            for it in mod.ITEMS:
                assert it["guid"].startswith(PREFIX), it["guid"]
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
