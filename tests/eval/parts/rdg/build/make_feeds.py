"""Write roster.csv, feeds/rdg_* and the hand-labelled rows of gold.csv for part rdg (Reading, Pennsylvania).

Run from the repository root:
  .venv/bin/python tests/eval/parts/rdg/build/make_feeds.py
  .venv/bin/python tests/eval/parts/rdg/label_weather.py      (adds the weather rows)
The obituary and news labels are the `gold=` lists written by hand next to each text.
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
PART = HERE.parent
sys.path.insert(0, str(HERE))

import alerts_data  # noqa: E402
import news_bbw  # noqa: E402
import news_bhp  # noqa: E402
import news_wrdg  # noqa: E402
import obits_bcn  # noqa: E402
import obits_blt  # noqa: E402
import obits_ksfh  # noqa: E402
import obits_lvb  # noqa: E402
from roster_data import NO_BIRTH, NO_PHONE, R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "phone", "address_line", "birth_date"]
AF = addfips.AddFIPS()
OBIT_MODULES = (obits_ksfh, obits_blt, obits_lvb, obits_bcn)
NEWS_MODULES = (news_bbw, news_wrdg, news_bhp)


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"rdg{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.010   # +/- 0.005 degree


def ascii_fold(s: str) -> str:
    import unicodedata
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def email_local(first: str, last: str) -> str:
    return re.sub(r"[^a-z.]", "", ascii_fold(f"{first}.{last}").lower().replace(" ", ""))


def write_roster() -> None:
    rows = []
    seen_phone: dict[str, str] = {}
    for (cid, first, middle, last, nick, maiden, spf, spl, city, zp, birth, street, dnc, adv) in R:
        z = zipcodes.matching(zp)[0]
        assert z["state"] == "PA", (cid, zp)
        assert city == z["city"] or city in z["acceptable_cities"], (cid, city, zp)
        fips = AF.get_county_fips(z["county"], state="PA")
        lat = round(float(z["lat"]) + jitter(cid, "lat"), 4)
        lon = round(float(z["long"]) + jitter(cid, "lon"), 4)
        household = f"{street}|{zp}"
        if cid in NO_PHONE:
            phone = ""
        elif household in seen_phone:
            phone = seen_phone[household]
        else:
            phone = f"(610) 555-01{int(cid[3:]):02d}"
            seen_phone[household] = phone
        local = email_local(first, re.sub(r" (Jr\.|Sr\.|III)$", "", last))
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": "PA",
            "postal_code": zp, "county_fips": fips, "latitude": f"{lat:.4f}", "longitude": f"{lon:.4f}",
            "email": f"{local}@berksmail.example", "advisor_email": adv,
            "do_not_contact": "true" if dnc else "false", "phone": phone, "address_line": street,
            "birth_date": "" if cid in NO_BIRTH else birth,
        })
    ids = [r["client_id"] for r in rows]
    assert len(ids) == len(set(ids))
    emails = [r["email"] for r in rows]
    assert len(emails) == len(set(emails)), "duplicate e-mail"
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
    return re.sub(r"[^a-z0-9]+", "-", ascii_fold(s).lower()).strip("-")


def rss(path: Path, channel: dict, items: list[str], namespaces: str = "") -> None:
    head = (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"{namespaces}>\n<channel>\n'
            f"<title>{escape(channel['title'])}</title>\n<link>{escape(channel['link'])}</link>\n"
            f"<description>{escape(channel['description'])}</description>\n<language>{channel.get('lang', 'en-us')}</language>\n"
            f"<lastBuildDate>{channel['built']}</lastBuildDate>\n")
    path.write_text(head + "".join(items) + "</channel>\n</rss>\n", encoding="utf-8")


NS_CONTENT = ' xmlns:content="http://purl.org/rss/1.0/modules/content/"'
NS_DC = ' xmlns:dc="http://purl.org/dc/elements/1.1/"'


def plain_item(it: dict, link: str, category: str) -> str:
    return (f"<item>\n<title>{escape(it['title'])}</title>\n<link>{escape(link)}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>{escape(category)}</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n")


def write_feeds() -> None:
    feeds = PART / "feeds"
    feeds.mkdir(exist_ok=True)
    for old in feeds.iterdir():
        old.unlink()

    # 1. funeral-home site: HTML in content:encoded, one-sentence description
    items = []
    for it in obits_ksfh.ITEMS:
        link = f"https://www.kuhnstaufferfh.example/obituaries/{slug(it['title'].split(' (')[0])}"
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n<link>{link}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Kuhn-Stauffer Funeral Homes</dc:creator>\n"
            f"<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[<div class=\"obituary-text\"><h2>{escape(it['title'])}</h2>"
            f"{html(it['body'])}</div>]]></content:encoded>\n</item>\n")
    rss(feeds / "rdg_kuhn_stauffer_funeral_homes.rss",
        dict(title="Kuhn-Stauffer Funeral Homes - Obituaries", link="https://www.kuhnstaufferfh.example/obituaries/",
             description="Obituaries: Fleetwood, Shillington and Hamburg chapels, Berks County, Pa.",
             built=rfc822("2026-08-11T10:10:00-04:00")), items, NS_CONTENT + NS_DC)

    # 2. newspaper death notices: plain text, surname-first headings
    items = [plain_item(it, f"https://www.berksledgertimes.example/death-notices/{it['guid']}", "Death Notices")
             for it in obits_blt.ITEMS]
    rss(feeds / "rdg_berks_ledger_times_death_notices.rss",
        dict(title="Berks Ledger-Times - Death Notices", link="https://www.berksledgertimes.example/death-notices/",
             description="Death notices published in the Berks Ledger-Times, Reading, Pa.",
             built=rfc822("2026-09-15T06:05:00-04:00")), items)

    # 3. Spanish-language community weekly: esquelas, plain text
    items = [plain_item(it, f"https://www.lavozdeberks.example/esquelas/{slug(it['title'])}", "Esquelas")
             for it in obits_lvb.ITEMS]
    rss(feeds / "rdg_la_voz_de_berks_esquelas.rss",
        dict(title="La Voz de Berks - Esquelas", link="https://www.lavozdeberks.example/esquelas/",
             description="Esquelas y obituarios de la comunidad hispana de Reading y el condado de Berks",
             built=rfc822("2026-10-02T08:05:00-04:00"), lang="es-us"), items)

    # 4. church/congregation notes: plain text
    items = [plain_item(it, f"https://www.berkscongregations.example/faithful-departed/{it['guid']}", "Faithful Departed")
             for it in obits_bcn.ITEMS]
    rss(feeds / "rdg_berks_congregations_faithful_departed.rss",
        dict(title="Berks Congregations - Notes of the Faithful Departed",
             link="https://www.berkscongregations.example/faithful-departed/",
             description="Notices sent in by parishes and congregations of Reading and Berks County",
             built=rfc822("2026-08-19T12:05:00-04:00")), items)

    # 5. business weekly: plain text
    items = [plain_item(it, f"https://www.berksbizweekly.example/news/{it['guid']}/{slug(it['title'])}", "Business")
             for it in news_bbw.ITEMS]
    rss(feeds / "rdg_berks_business_weekly.rss",
        dict(title="Berks Business Weekly", link="https://www.berksbizweekly.example/",
             description="Business news from Reading and Berks County", built=rfc822("2026-09-08T07:05:00-04:00")),
        items)

    # 6. TV station site: HTML descriptions
    items = []
    for it in news_wrdg.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.wrdg16.example/news/local/{slug(it['title'])}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>WRDG 16 News Staff</dc:creator>\n"
            f"<description>{escape(html(it['body']))}</description>\n</item>\n")
    rss(feeds / "rdg_wrdg16_local_news.rss",
        dict(title="WRDG 16 News - Local", link="https://www.wrdg16.example/news/local/",
             description="Local news from Reading, Berks County and the Schuylkill Valley",
             built=rfc822("2026-10-13T12:45:00-04:00")), items, NS_DC)

    # 7. community paper: teaser description, HTML in content:encoded
    items = []
    for it in news_bhp.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.berkshometownpost.example/{it['guid']}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Community</category>\n<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n</item>\n")
    rss(feeds / "rdg_berks_hometown_post_community.rss",
        dict(title="Berks Hometown Post - Community", link="https://www.berkshometownpost.example/",
             description="Community news: Southern Berks, the Heidelbergs and Hamburg",
             built=rfc822("2026-09-17T08:05:00-04:00")), items, NS_CONTENT)

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
        # the feature id carries the part prefix (rdg_) as the brief asks; it is the item id in gold.csv
        features.append({"id": a["id"], "type": "Feature", "geometry": a["geometry"], "properties": props})
    doc = {
        "@context": ["https://geojson.org/geojson-ld/geojson-context.jsonld",
                     {"@version": "1.1", "wx": "https://api.weather.gov/ontology#", "@vocab": "https://api.weather.gov/ontology#"}],
        "type": "FeatureCollection", "features": features,
        "title": "Current watches, warnings, and advisories for Pennsylvania",
        "updated": "2026-08-12T08:00:00+00:00",
    }
    (feeds / "rdg_nws_alerts.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def write_hand_gold() -> None:
    roster_ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[12]}
    rows = []
    guids = set()
    for mods, kind in ((OBIT_MODULES, "bereavement"), (NEWS_MODULES, "news")):
        for mod in mods:
            for it in mod.ITEMS:
                assert it["guid"].startswith("rdg_"), it["guid"]
                assert it["guid"] not in guids, it["guid"]
                assert it["pub"].startswith("2026-"), it["guid"]
                guids.add(it["guid"])
                for cid, role in it["gold"]:
                    assert cid in roster_ids, cid
                    assert cid not in dnc, cid
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
