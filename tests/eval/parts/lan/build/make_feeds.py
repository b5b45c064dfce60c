"""Write roster.csv, feeds/* and the hand-labelled rows of gold.csv for the lan part (Lancaster County, Pa.).

Run: .venv/bin/python tests/eval/parts/lan/build/make_feeds.py
then: .venv/bin/python tests/eval/parts/lan/label_weather.py   (adds the weather rows)
The obituary and news labels are the `gold=` lists written by hand next to each text.
Adapted from independent4/build/make_feeds.py. No network.
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
import news_ledger  # noqa: E402
import news_farm  # noqa: E402
import news_biz  # noqa: E402
import obits_plain  # noqa: E402
import obits_fh  # noqa: E402
import obits_notices  # noqa: E402
from roster_data import ADV, BLANK_COORDS, BLANK_FIPS, COORD_OVERRIDES, NO_BIRTH, NO_PHONE, R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "birth_date", "phone", "address_line"]
AF = addfips.AddFIPS()
OBIT_MODULES = (obits_plain, obits_fh, obits_notices)
NEWS_MODULES = (news_ledger, news_farm, news_biz)


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"partlan{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.010   # +/- 0.005 degree (< 600 m)


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
            phone = f"(717) 555-01{n:02d}"
            seen_phone[household] = phone
        local = email_local(first, re.sub(r" (Jr\.|Sr\.|III)$", "", last))
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": st,
            "postal_code": zp, "county_fips": "" if cid in BLANK_FIPS else fips,
            "latitude": "" if cid in BLANK_COORDS else f"{lat:.4f}",
            "longitude": "" if cid in BLANK_COORDS else f"{lon:.4f}",
            "email": f"{local}@mail.example", "advisor_email": ADV[adv],
            "do_not_contact": "true" if dnc else "false", "birth_date": "" if cid in NO_BIRTH else birth,
            "phone": phone, "address_line": street,
        })
    ids = [r["client_id"] for r in rows]
    assert len(ids) == len(set(ids))
    emails = [r["email"] for r in rows]
    assert len(emails) == len(set(emails)), "duplicate e-mail"
    # couples linked both ways
    by_name = {(r["first_name"], r["last_name"]): r for r in rows}
    for r in rows:
        sp = by_name.get((r["spouse_first_name"], r["spouse_last_name"]))
        if sp is not None:
            assert (sp["spouse_first_name"], sp["spouse_last_name"]) == (r["first_name"], r["last_name"]), r["client_id"]
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
    # do not stop at initials ("Grace L.") or common abbreviations ("Rev.", "Jr.", "Twp.", "Pa.")
    m = re.match(r"(.+?(?<!\b[A-Z])(?<!\bJr)(?<!\bSr)(?<!\bRev)(?<!\bTwp)(?<!\bPa)(?<!\bSt)(?<!\bDr)(?<!\bMrs)"
                 r"(?<!\bMr)[.!?])(\s|$)", p)
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


def item_xml(mod, it: dict) -> str:
    style = mod.STYLE
    link = f"{mod.LINK}{slug(it['title'])}-{it['guid'].split('_')[-1]}"
    out = (f"<item>\n<title>{escape(it['title'])}</title>\n<link>{escape(link)}</link>\n"
           f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
           f"<category>{escape(mod.CATEGORY)}</category>\n")
    if getattr(mod, "CREATOR", None):
        out += f"<dc:creator>{escape(mod.CREATOR)}</dc:creator>\n"
    if style == "plain":
        out += f"<description>{escape(it['body'].strip())}</description>\n"
    elif style == "html_desc":
        out += f"<description>{escape(html(it['body']))}</description>\n"
    elif style == "teaser_content":
        out += (f"<description>{escape(first_sentence(it['body']))}</description>\n"
                f"<content:encoded><![CDATA[<div class=\"entry\"><h2>{escape(it['title'])}</h2>"
                f"{html(it['body'])}</div>]]></content:encoded>\n")
    else:
        raise ValueError(style)
    return out + "</item>\n"


def write_feeds() -> None:
    feeds = SPLIT / "feeds"
    feeds.mkdir(exist_ok=True)
    for old in feeds.iterdir():
        old.unlink()
    for mod in OBIT_MODULES + NEWS_MODULES:
        items = sorted(mod.ITEMS, key=lambda it: it["pub"], reverse=True)
        built = max((it["pub"] for it in mod.ITEMS), default="2026-01-01T06:00:00-05:00")
        assert mod.FILE.startswith("lan_")
        for it in items:
            assert it["guid"].startswith("lan_"), it["guid"]
            assert it["pub"].startswith("2026-"), it["guid"]
        rss(feeds / mod.FILE, dict(title=mod.TITLE, link=mod.LINK, description=mod.DESCRIPTION, built=rfc822(built)),
            [item_xml(mod, it) for it in items], NS_CONTENT + NS_DC)

    # NWS alerts, api.weather.gov /alerts/active GeoJSON
    by_id = {x["id"]: x for x in alerts_data.ALERTS}
    features = []
    for a in alerts_data.ALERTS:
        assert "lan" in a["id"]
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
    ids = [f["id"] for f in features]
    assert len(ids) == len(set(ids))
    doc = {
        "@context": ["https://geojson.org/geojson-ld/geojson-context.jsonld",
                     {"@version": "1.1", "wx": "https://api.weather.gov/ontology#", "@vocab": "https://api.weather.gov/ontology#"}],
        "type": "FeatureCollection", "features": features,
        "title": "Current watches, warnings, and advisories for the United States",
        "updated": "2026-08-20T12:00:00+00:00",
    }
    (feeds / "lan_nws_alerts.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


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
