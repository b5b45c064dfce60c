"""Write roster.csv, feeds/* and the hand-labelled rows of gold.csv for the independent5 split.

Run: .venv/bin/python tests/eval/independent5/build/make_feeds.py
then: .venv/bin/python tests/eval/independent5/label_weather.py   (adds the weather rows)
The obituary and news labels are the `gold=` lists written by hand next to each text.
Structure adapted from independent4/build/make_feeds.py.
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
import news_biz  # noqa: E402
import news_blot  # noqa: E402
import news_comm  # noqa: E402
import news_tv  # noqa: E402
import obits_acad  # noqa: E402
import obits_fox  # noqa: E402
import obits_lgc  # noqa: E402
import obits_notices  # noqa: E402
import obits_tej  # noqa: E402
import obits_vet  # noqa: E402
from roster_data import ADV, BLANK_COORDS, R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "birth_date", "phone", "address_line"]
AREA = {"AZ": "520", "WI": "920", "LA": "337", "TN": "423", "GA": "706", "VA": "757", "TX": "956", "MN": "218"}
AF = addfips.AddFIPS()
OBIT_MODULES = (obits_acad, obits_fox, obits_lgc, obits_tej, obits_notices, obits_vet)
NEWS_MODULES = (news_biz, news_tv, news_comm, news_blot)


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"indep5{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.012   # +/- 0.006 degree (< 700 m)


def email_local(first: str, last: str) -> str:
    return re.sub(r"[^a-z.]", "", f"{first}.{last}".lower().replace(" ", "").replace("ñ", "n"))


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
        if household in seen_phone:
            phone = seen_phone[household]
        else:
            phone = f"({AREA[st]}) 555-01{int(cid[1:]) % 100:02d}"
            seen_phone[household] = phone
        local = email_local(first, re.sub(r" (Jr\.|Sr\.|III)$", "", last))
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": st,
            "postal_code": zp, "county_fips": fips,
            "latitude": "" if cid in BLANK_COORDS else f"{lat:.4f}",
            "longitude": "" if cid in BLANK_COORDS else f"{lon:.4f}",
            "email": f"{local}@mail.example", "advisor_email": ADV[st],
            "do_not_contact": "true" if dnc else "false", "birth_date": birth,
            "phone": phone, "address_line": street,
        })
    assert len({r["client_id"] for r in rows}) == len(rows)
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


NS_CONTENT = ' xmlns:content="http://purl.org/rss/1.0/modules/content/"'
NS_DC = ' xmlns:dc="http://purl.org/dc/elements/1.1/"'

# module, file, channel title, link, description, built, style (plain | htmldesc | encoded), category
FEEDS = [
    (obits_acad, "acadiana_parish_notices.rss", "Acadiana Parish Notices - Funerals & Masses",
     "https://www.acadianaparishnotices.example/", "Funeral and Mass notices, Lafayette and St. Martin parishes",
     "2026-04-02T07:05:00-05:00", "plain", "Funeral Notices"),
    (obits_fox, "fox_valley_lutheran_standard_obituaries.rss", "Fox Valley Lutheran Standard - Obituaries",
     "https://www.foxvalleystandard.example/", "Weekly obituaries: Appleton, Neenah, Oshkosh, De Pere, Green Bay",
     "2026-04-09T06:05:00-05:00", "plain", "Obituaries"),
    (obits_lgc, "remembrance_network_obituaries.rss", "Remembrance Network - Recent Obituaries",
     "https://www.remembrancenetwork.example/", "Obituaries from partner newspapers",
     "2026-05-02T09:05:00-05:00", "htmldesc", "Obituaries"),
    (obits_tej, "funeraria_del_valle.rss", "Funeraria del Valle - Obituarios / Obituaries",
     "https://www.funerariadelvalle.example/obituarios/", "Pharr, McAllen and Edinburg, Texas",
     "2026-04-20T10:05:00-05:00", "encoded", "Obituarios"),
    (obits_notices, "daily_death_notices.rss", "The Daily Dispatch - Death Notices",
     "https://www.dailydispatch.example/notices/", "Paid death notices", "2026-05-04T05:05:00-04:00",
     "plain", "Death Notices"),
    (obits_vet, "veterans_final_salute.rss", "Veterans' Final Salute - Notices",
     "https://www.finalsalute.example/notices/", "Death notices of veterans and military retirees",
     "2026-04-07T12:05:00-04:00", "plain", "Final Salute"),
    (news_biz, "sunbelt_lakes_business_journal.rss", "Sun Belt & Lakes Business Journal",
     "https://www.sblbj.example/", "Regional business news", "2026-05-06T06:05:00-05:00", "plain", "Business"),
    (news_blot, "daily_dispatch_around_town.rss", "The Daily Dispatch - Around Town",
     "https://www.dailydispatch.example/around-town/", "Fire and police calls, milestones, scholarships, sports briefs",
     "2026-04-15T05:35:00-04:00", "plain", "Around Town"),
    (news_tv, "ktvc_wdlh_katv_local_news.rss", "KTVC 9 / WDLH 6 / KATV 3 - Local News",
     "https://www.stationgroup.example/local/", "Local news from Tucson, Duluth and Acadiana",
     "2026-05-15T17:05:00-05:00", "htmldesc", "Local"),
    (news_comm, "valley_ridge_community_notes.rss", "Valley & Ridge Community Notes",
     "https://www.valleyridgenotes.example/", "Schools, milestones, society and sports",
     "2026-06-10T08:05:00-05:00", "encoded", "Community"),
]


def write_feeds() -> None:
    feeds = SPLIT / "feeds"
    feeds.mkdir(exist_ok=True)
    for old in feeds.iterdir():
        old.unlink()
    for mod, fname, title, link, desc, built, style, cat in FEEDS:
        items = []
        ns = NS_CONTENT if style == "encoded" else ""
        for it in mod.ITEMS:
            g = it["guid"]
            perma = g.startswith("https://")
            url = g if perma else f"{link}{slug(it['title'])}-{g}"
            if style == "plain":
                d = f"<description>{escape(it['body'].strip())}</description>\n"
            elif style == "htmldesc":
                d = f"<description>{escape(html(it['body']))}</description>\n"
            else:
                d = (f"<description>{escape(first_sentence(it['body']))}</description>\n"
                     f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n")
            items.append(
                f"<item>\n<title>{escape(it['title'])}</title>\n<link>{escape(url)}</link>\n"
                f'<guid isPermaLink="{"true" if perma else "false"}">{escape(g)}</guid>\n'
                f"<pubDate>{rfc822(it['pub'])}</pubDate>\n<category>{escape(cat)}</category>\n{d}</item>\n")
        head = (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"{ns}>\n<channel>\n'
                f"<title>{escape(title)}</title>\n<link>{escape(link)}</link>\n"
                f"<description>{escape(desc)}</description>\n<language>en-us</language>\n"
                f"<lastBuildDate>{rfc822(built)}</lastBuildDate>\n")
        (feeds / fname).write_text(head + "".join(items) + "</channel>\n</rss>\n", encoding="utf-8")

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
        features.append({"id": f"https://api.weather.gov/alerts/{a['id']}", "type": "Feature",
                         "geometry": a["geometry"], "properties": props})
    doc = {
        "@context": ["https://geojson.org/geojson-ld/geojson-context.jsonld",
                     {"@version": "1.1", "wx": "https://api.weather.gov/ontology#",
                      "@vocab": "https://api.weather.gov/ontology#"}],
        "type": "FeatureCollection", "features": features,
        "title": "Current watches, warnings, and advisories for the United States",
        "updated": "2026-09-01T12:00:00+00:00",
    }
    (feeds / "nws_alerts_active_2026.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n",
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
