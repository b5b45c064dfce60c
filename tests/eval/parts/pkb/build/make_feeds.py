"""Write roster.csv, feeds/* and the hand-labelled obituary/news rows of gold.csv for part pkb.

Run from the repository root: /work/main/.venv/bin/python tests/eval/parts/pkb/build/make_feeds.py
then: /work/main/.venv/bin/python tests/eval/parts/pkb/label_weather.py   (adds the weather rows)
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
import news  # noqa: E402
import obits  # noqa: E402
from roster_data import ADV, NO_BIRTH, NO_PHONE, R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "birth_date", "phone", "address_line"]
AREA = {"WV": "304", "OH": "740"}
AF = addfips.AddFIPS()


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"pkb{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.008   # +/- 0.004 degree


def write_roster() -> None:
    rows = []
    seen_phone: dict[str, str] = {}
    for (cid, first, middle, last, nick, maiden, spf, spl, city, st, zp, birth, street, dnc) in R:
        z = zipcodes.matching(zp)[0]
        assert z["state"] == st, (cid, zp)
        fips = AF.get_county_fips(z["county"], state=st)
        lat = round(float(z["lat"]) + jitter(cid, "lat"), 4)
        lon = round(float(z["long"]) + jitter(cid, "lon"), 4)
        household = f"{street}|{zp}" if street else cid
        if cid in NO_PHONE:
            phone = ""
        elif household in seen_phone:
            phone = seen_phone[household]
        else:
            n = int(cid[3:]) % 100
            phone = f"({AREA[st]}) 555-01{n:02d}"
            seen_phone[household] = phone
        base = re.sub(r" (Jr\.|Sr\.|III)$", "", last)
        local = re.sub(r"[^a-z.]", "", f"{first}.{base}".lower().replace(" ", ""))
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": st,
            "postal_code": zp, "county_fips": fips, "latitude": f"{lat:.4f}", "longitude": f"{lon:.4f}",
            "email": f"{local}@ohiovalleymail.example", "advisor_email": ADV[st],
            "do_not_contact": "true" if dnc else "false", "birth_date": "" if cid in NO_BIRTH else birth,
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


def rss(path: Path, channel: dict, items: list[str], namespaces: str = "") -> None:
    head = (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"{namespaces}>\n<channel>\n'
            f"<title>{escape(channel['title'])}</title>\n<link>{escape(channel['link'])}</link>\n"
            f"<description>{escape(channel['description'])}</description>\n<language>en-us</language>\n"
            f"<lastBuildDate>{channel['built']}</lastBuildDate>\n")
    path.write_text(head + "".join(items) + "</channel>\n</rss>\n", encoding="utf-8")


NS_CONTENT = ' xmlns:content="http://purl.org/rss/1.0/modules/content/"'
NS_DC = ' xmlns:dc="http://purl.org/dc/elements/1.1/"'


FEEDS = {
    "mvs": ("pkb_mid_valley_sentinel_obituaries.rss", "The Mid-Valley Sentinel - Obituaries",
            "https://www.midvalleysentinel.example/obituaries/", "Obituaries from The Mid-Valley Sentinel, Parkersburg, W.Va."),
    "bmc": ("pkb_blennerhassett_memorial_chapels.rss", "Blennerhassett Memorial Chapels - Obituaries",
            "https://www.blennerhassettchapels.example/obituaries/", "Obituaries: Parkersburg, W.Va., and Belpre, Ohio chapels"),
    "dn": ("pkb_sentinel_death_notices.rss", "The Mid-Valley Sentinel - Death Notices",
           "https://www.midvalleysentinel.example/death-notices/", "Paid death notices"),
    "umc": ("pkb_gilman_avenue_umc_bulletin.rss", "Gilman Avenue United Methodist Church - Weekly Bulletin",
            "https://www.gilmanavenueumc.example/bulletin/", "Sympathy and memorial notices from the weekly bulletin, Parkersburg"),
    "tv": ("pkb_wvoh15_local_news.rss", "WVOH 15 NewsCenter - Local News", "https://www.wvoh15.example/news/",
           "Local news from the Mid-Ohio Valley: Parkersburg, Vienna, Marietta, Belpre"),
    "biz": ("pkb_mov_business_journal.rss", "Mid-Ohio Valley Business Journal", "https://www.movbizjournal.example/",
            "Weekly business news from Wood and Washington counties"),
    "nbr": ("pkb_valley_neighbors_newsletter.rss", "Valley Neighbors - Community Newsletter",
            "https://valleyneighbors.example/", "Births, honors, fair results and neighbors' news"),
}


def write_feeds() -> None:
    feeds = SPLIT / "feeds"
    feeds.mkdir(exist_ok=True)
    for old in feeds.iterdir():
        old.unlink()
    by_feed: dict[str, list[str]] = {k: [] for k in FEEDS}
    for it in obits.ITEMS + news.ITEMS:
        f = it["feed"]
        fname, _title, link, _desc = FEEDS[f]
        head = (f"<item>\n<title>{escape(it['title'])}</title>\n<link>{link}{it['guid']}</link>\n"
                f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n')
        if f in ("mvs", "dn", "umc", "biz"):      # plain text
            cat = {"mvs": "Obituaries", "dn": "Death Notices", "umc": "Sympathy", "biz": "Business"}[f]
            body = f"<category>{cat}</category>\n<description>{escape(it['body'].strip())}</description>\n"
        elif f == "bmc":                           # funeral home: teaser + HTML content:encoded
            body = (f"<dc:creator>Blennerhassett Memorial Chapels</dc:creator>\n"
                    f"<description>{escape(first_sentence(it['body']))}</description>\n"
                    f"<content:encoded><![CDATA[<div class=\"obit\"><h2>{escape(it['title'])}</h2>"
                    f"{html(it['body'])}</div>]]></content:encoded>\n")
        elif f == "tv":                            # HTML in description
            body = (f"<dc:creator>WVOH 15 Digital Staff</dc:creator>\n"
                    f"<description>{escape(html(it['body']))}</description>\n")
        else:                                      # newsletter: teaser + content:encoded
            body = (f"<category>Neighbors</category>\n<description>{escape(first_sentence(it['body']))}</description>\n"
                    f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n")
        by_feed[f].append(head + body + "</item>\n")
    for f, items in by_feed.items():
        fname, title, link, desc = FEEDS[f]
        rss(feeds / fname, dict(title=title, link=link, description=desc, built=rfc822("2026-09-30T06:00:00-04:00")),
            items, NS_CONTENT + NS_DC)


def write_alerts() -> None:
    feeds = SPLIT / "feeds"
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
        features.append({"id": f"https://api.weather.gov/alerts/{a['id']}", "type": "Feature",
                         "geometry": a["geometry"], "properties": props})
        assert n >= 0
    doc = {
        "@context": ["https://geojson.org/geojson-ld/geojson-context.jsonld",
                     {"@version": "1.1", "wx": "https://api.weather.gov/ontology#", "@vocab": "https://api.weather.gov/ontology#"}],
        "type": "FeatureCollection", "features": features,
        "title": "Current watches, warnings, and advisories for the United States",
        "updated": "2026-08-20T12:00:00+00:00",
    }
    (feeds / "pkb_nws_alerts_active_2026.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n",
                                                        encoding="utf-8")



def write_hand_gold() -> None:
    roster_ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[13]}
    rows = []
    guids = set()
    for items, kind in ((obits.ITEMS, "bereavement"), (news.ITEMS, "news")):
        for it in items:
            assert it["guid"].startswith("pkb_") and it["guid"] not in guids, it["guid"]
            guids.add(it["guid"])
            for cid, role in it["gold"]:
                assert cid in roster_ids and cid not in dnc, cid
                rows.append((cid, it["guid"], kind, role))
    assert len(rows) == len(set(rows))
    with open(SPLIT / "gold.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["client_id", "item_id", "kind", "role"])
        w.writerows(rows)


if __name__ == "__main__":
    write_roster()
    write_feeds()
    write_alerts()
    write_hand_gold()
    print("ok")
