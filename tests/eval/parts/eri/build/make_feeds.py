"""Write roster.csv, feeds/* and the hand-labelled rows of gold.csv for the eri part (pattern: independent4).

Run: .venv/bin/python tests/eval/parts/eri/build/make_feeds.py
then: .venv/bin/python tests/eval/parts/eri/label_weather.py   (adds the weather rows)
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
import news_ebw  # noqa: E402
import news_lh  # noqa: E402
import news_tv  # noqa: E402
import obits_cvc  # noqa: E402
import obits_edr  # noqa: E402
import obits_hfp  # noqa: E402
import obits_lbf  # noqa: E402
import obits_ncn  # noqa: E402
from roster_data import ADV, BLANK_COORDS, BLANK_FIPS, COORD_OVERRIDES, NO_ADDRESS, NO_BIRTH, NO_PHONE, R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "birth_date", "phone", "address_line"]
AREA = {"PA": "814", "OH": "440"}
AF = addfips.AddFIPS()
OBIT_MODULES = (obits_lbf, obits_edr, obits_hfp, obits_cvc, obits_ncn)
NEWS_MODULES = (news_ebw, news_tv, news_lh)


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"eri{cid}{k}".encode()).hexdigest()[:8], 16)
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
        local = email_local(first, re.sub(r" (Jr\.|Sr\.|III)$", "", last).replace("'", ""))
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": st,
            "postal_code": zp, "county_fips": "" if cid in BLANK_FIPS else fips,
            "latitude": "" if cid in BLANK_COORDS else f"{lat:.4f}",
            "longitude": "" if cid in BLANK_COORDS else f"{lon:.4f}",
            "email": f"{local}@mail.example", "advisor_email": ADV[adv],
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


def item_rss(title, link, guid, pub, extra, permalink=False):
    return (f"<item>\n<title>{escape(title)}</title>\n<link>{escape(link)}</link>\n"
            f'<guid isPermaLink="{"true" if permalink else "false"}">{escape(guid)}</guid>\n<pubDate>{rfc822(pub)}</pubDate>\n'
            f"{extra}</item>\n")


def write_feeds() -> None:
    feeds = SPLIT / "feeds"
    feeds.mkdir(exist_ok=True)
    for old in feeds.iterdir():
        old.unlink()

    # 1. funeral-home site: HTML in content:encoded, one-sentence plain description, permalink guids
    items = [item_rss(it["title"], "https://www.lakeshorebayfrontfh.example/obituaries/" + it["guid"][len("eri_lbf-"):],
                      it["guid"], it["pub"],
                      f"<dc:creator>Lakeshore-Bayfront Funeral Homes</dc:creator>\n"
                      f"<description>{escape(first_sentence(it['body']))}</description>\n"
                      f"<content:encoded><![CDATA[<div class=\"obit-text\"><h1>{escape(it['title'])}</h1>"
                      f"{html(it['body'])}<p class=\"share\">Share a memory or send flowers</p></div>]]></content:encoded>\n")
             for it in obits_lbf.ITEMS]
    rss(feeds / "eri_lakeshore_bayfront_funeral_homes.rss",
        dict(title="Lakeshore-Bayfront Funeral Homes - Obituaries", link="https://www.lakeshorebayfrontfh.example/obituaries/",
             description="Obituaries from our East 26th Street (Erie) and Fairview chapels",
             built=rfc822("2026-05-12T16:35:00-04:00")), items, NS_CONTENT + NS_DC)

    # 2. newspaper paid death notices: surname-first headings, plain text
    items = [item_rss(it["title"], f"https://www.eriedailyrecord.example/death-notices/{it['guid']}", it["guid"], it["pub"],
                      f"<category>Death Notices</category>\n<description>{escape(it['body'].strip())}</description>\n")
             for it in obits_edr.ITEMS]
    rss(feeds / "eri_erie_daily_record_death_notices.rss",
        dict(title="Erie Daily Record - Death Notices", link="https://www.eriedailyrecord.example/death-notices/",
             description="Paid death notices, Erie, Pa.", built=rfc822("2026-04-15T05:35:00-04:00")), items)

    # 3. parish bulletin: plain text, "Name - neighborhood" headings
    items = [item_rss(it["title"], f"https://www.holyfamilystcasimir.example/bulletin/{it['guid']}", it["guid"], it["pub"],
                      f"<category>Pray for the Faithful Departed</category>\n"
                      f"<description>{escape(it['body'].strip())}</description>\n")
             for it in obits_hfp.ITEMS]
    rss(feeds / "eri_holy_family_st_casimir_bulletin.rss",
        dict(title="Holy Family & St. Casimir Parishes - Weekly Bulletin", link="https://www.holyfamilystcasimir.example/bulletin",
             description="Pray for the Faithful Departed: notices from the East Side parish bulletin, Erie, Pa.",
             built=rfc822("2026-04-26T07:05:00-04:00")), items)

    # 4. small-town weekly: plain text
    items = [item_rss(it["title"], f"https://www.corryvalleycourier.example/obituaries/{slug(it['title'])}", it["guid"], it["pub"],
                      f"<category>Obituaries</category>\n<description>{escape(it['body'].strip())}</description>\n")
             for it in obits_cvc.ITEMS]
    rss(feeds / "eri_corry_valley_courier_obituaries.rss",
        dict(title="Corry Valley Courier - Obituaries", link="https://www.corryvalleycourier.example/",
             description="Weekly newspaper of Corry, Union City, Spartansburg and Edinboro",
             built=rfc822("2026-05-20T06:05:00-04:00")), items)

    # 5. community newsletter: teaser description + HTML in content:encoded
    items = [item_rss(it["title"], f"https://newamericannews-erie.example/{it['guid']}", it["guid"], it["pub"],
                      f"<category>In Memory</category>\n<description>{escape(first_sentence(it['body']))}</description>\n"
                      f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n")
             for it in obits_ncn.ITEMS]
    rss(feeds / "eri_new_american_community_news_obituaries.rss",
        dict(title="New American Community News of Erie - In Memory", link="https://newamericannews-erie.example/",
             description="News of Erie's refugee and immigrant communities", built=rfc822("2026-06-03T12:05:00-04:00")),
        items, NS_CONTENT)

    # 6. business weekly: plain text
    items = [item_rss(it["title"], f"https://www.eriebizweekly.example/news/{it['guid']}/{slug(it['title'])}", it["guid"], it["pub"],
                      f"<category>Business</category>\n<description>{escape(it['body'].strip())}</description>\n")
             for it in news_ebw.ITEMS]
    rss(feeds / "eri_erie_business_weekly.rss",
        dict(title="Erie Business Weekly", link="https://www.eriebizweekly.example/",
             description="Business news from Erie and the Lake Erie shore", built=rfc822("2026-05-06T06:05:00-04:00")), items)

    # 7. TV station site: HTML descriptions
    items = [item_rss(it["title"], f"https://www.wrxe12.example/news/local/{slug(it['title'])}/{it['guid'].split('-')[-1]}",
                      it["guid"], it["pub"],
                      f"<dc:creator>NewsCenter 12 Digital Staff</dc:creator>\n<description>{escape(html(it['body']))}</description>\n")
             for it in news_tv.ITEMS]
    rss(feeds / "eri_wrxe_newscenter12_local.rss",
        dict(title="WRXE NewsCenter 12 - Local News", link="https://www.wrxe12.example/",
             description="Local news for Erie, Crawford and Ashtabula counties", built=rfc822("2026-06-18T22:15:00-04:00")),
        items, NS_DC)

    # 8. small-town weekly with community notes: teaser + content:encoded
    items = [item_rss(it["title"], f"https://lakeshoreherald.example/{it['guid']}", it["guid"], it["pub"],
                      f"<category>Community</category>\n<description>{escape(first_sentence(it['body']))}</description>\n"
                      f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n")
             for it in news_lh.ITEMS]
    rss(feeds / "eri_lakeshore_herald_community.rss",
        dict(title="The Lakeshore Herald - Community", link="https://lakeshoreherald.example/",
             description="North East, Harborcreek and Conneaut news and county community notes",
             built=rfc822("2026-06-11T08:05:00-04:00")), items, NS_CONTENT)

    # 9. NWS alerts, api.weather.gov /alerts/active GeoJSON
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
        features.append({"id": a["id"], "type": "Feature",
                         "geometry": a["geometry"], "properties": props})
        assert n >= 0
    doc = {
        "@context": ["https://geojson.org/geojson-ld/geojson-context.jsonld",
                     {"@version": "1.1", "wx": "https://api.weather.gov/ontology#", "@vocab": "https://api.weather.gov/ontology#"}],
        "type": "FeatureCollection", "features": features,
        "title": "Current watches, warnings, and advisories for the United States",
        "updated": "2026-06-16T22:50:00+00:00",
    }
    (feeds / "eri_nws_alerts_active_2026.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n",
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
