"""NWS alerts into FeedItems carrying a WeatherAlert.

Four shapes arrive from the NWS: the api.weather.gov Atom feed (CAP 1.2 elements inside
Atom entries), the retired alerts.weather.gov CAP 1.1 Atom index (same idea, several
valueName/value pairs in one geocode), a bare CAP 1.2 <alert> document, and
api.weather.gov GeoJSON (a FeatureCollection or a single Feature).

XML goes through defusedxml (entity declarations refused outright), never feedparser:
feedparser flattens repeated <valueName>/<value> pairs, losing all but one geocode.
Polygons come out as rings of (lon, lat); CAP writes "lat,lon" pairs.
"""

from __future__ import annotations

import codecs
import json
import logging
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import partial
from typing import Any
from xml.etree.ElementTree import Element, ParseError

import defusedxml
import defusedxml.ElementTree as safe_et

from outreach.feeds.errors import FeedParseError
from outreach.feeds.fingerprint import fingerprint, fingerprint_id
from outreach.feeds.item import FeedItem, WeatherAlert
from outreach.feeds.sanitize import fold_whitespace, plain_text
from outreach.feeds.timestamps import from_iso
from outreach.states import ItemKind

log = logging.getLogger(__name__)

CAP_NS_PREFIX = "urn:oasis:names:tc:emergency:cap:"
ATOM_NS = "http://www.w3.org/2005/Atom"
_XML_DECL = re.compile(r"^\ufeff?\s*<\?xml[^>]*\?>")
_DECLARED_ENCODING = re.compile(r"^\ufeff?\s*<\?xml[^>]*?encoding\s*=\s*['\"]([^'\"]*)['\"]")
_SAME = re.compile(r"^\d{5,6}$")
_GEOJSON_TYPES = frozenset({"Point", "MultiPoint", "LineString", "MultiLineString", "GeometryCollection"})


class NotCapError(FeedParseError):
    """Well-formed XML that mentions CAP but is neither a CAP <alert> nor an Atom feed of alerts."""


# --- entry points ----------------------------------------------------------------------------------


def parse_cap_xml(data: bytes, *, source: str) -> tuple[list[FeedItem], list[str]]:
    """A CAP Atom feed (api.weather.gov or legacy CAP 1.1) or a bare CAP <alert> document."""
    problems: list[str] = []
    root = _parse_xml(data, problems)
    kind = _local(root.tag)
    if kind == "alert":
        alerts = [("alert", partial(_alert_from_cap, root, problems, "alert"))]
    elif kind == "feed":
        alerts = [(f"entry {n}", partial(_alert_from_atom_entry, entry, problems, f"entry {n}"))
                  for n, entry in enumerate(_children(root, "entry"), start=1)]
    else:
        shown = kind if kind in ("rss", "RDF", "html", "feed", "channel") else "other"  # no feed text in errors
        raise NotCapError(f"not a CAP document: root element <{shown}>")
    items = _collect(alerts, source, problems)
    return items, problems


def parse_geojson(data: bytes, *, source: str) -> tuple[list[FeedItem], list[str]]:
    """api.weather.gov alerts as GeoJSON: a FeatureCollection or one Feature."""
    problems: list[str] = []
    doc = load_json(data)
    if isinstance(doc, dict) and doc.get("type") == "FeatureCollection":
        features = doc.get("features")
        if not isinstance(features, list):
            raise FeedParseError("GeoJSON FeatureCollection without a features list")
    elif isinstance(doc, dict) and doc.get("type") == "Feature":
        features = [doc]
    else:
        raise FeedParseError("JSON document is not a GeoJSON FeatureCollection or Feature")
    alerts = [(f"feature {n}", partial(_alert_from_feature, f, problems, f"feature {n}"))
              for n, f in enumerate(features, start=1)]
    return _collect(alerts, source, problems), problems


def load_json(data: bytes) -> Any:
    """Decode a JSON document (UTF-8, BOM tolerated) or raise FeedParseError saying why."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FeedParseError(f"JSON is not valid UTF-8 (byte {exc.start})") from exc
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise FeedParseError(f"malformed JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}") from exc
    except RecursionError as exc:
        raise FeedParseError("JSON nested too deeply") from exc


def _collect(builders: Sequence[tuple[str, Callable[[], Any]]], source: str, problems: list[str]) -> list[FeedItem]:
    """Build each alert on its own; a document whose every alert failed is an error, not an empty feed."""
    items: list[FeedItem] = []
    for label, build in builders:
        try:
            made = build()
        except Exception as exc:  # one odd entry must not cost the others
            problems.append(f"{label} skipped: {type(exc).__name__}")
            log.debug("%s of %s failed", label, source, exc_info=True)
            continue
        if made is not None:
            alert, title, text, link, item_id = made
            items.append(_item(source, alert, title, text, link, item_id))
    if builders and not items and problems:
        raise FeedParseError("; ".join(problems))
    return items


def _item(source: str, alert: WeatherAlert, title: str, text: str, link: str | None, item_id: str) -> FeedItem:
    digest = fingerprint(title, text)
    return FeedItem(
        source=source,
        item_id=item_id or alert.identifier or fingerprint_id(digest),
        kind=ItemKind.WEATHER,
        title=title,
        text=text,
        html="",
        link=link,
        published=alert.sent or alert.effective,
        fingerprint=digest,
        alert=alert,
    )


# --- XML -------------------------------------------------------------------------------------------


def _parse_xml(data: bytes, problems: list[str]) -> Element:
    try:
        return _fromstring(data)
    except (ParseError, LookupError, ValueError) as exc:
        retry = _redecode(data)
        if retry is None:
            raise FeedParseError(f"malformed XML: {_xml_error(exc)}") from exc
    text, note = retry
    problems.append(note)
    try:
        return _fromstring(text)
    except (ParseError, LookupError, ValueError) as exc:
        raise FeedParseError(f"malformed XML: {_xml_error(exc)}") from exc


def _fromstring(data: bytes | str) -> Element:
    try:
        return safe_et.fromstring(data)
    except defusedxml.DefusedXmlException as exc:
        raise FeedParseError(f"entity or DTD declarations refused in CAP XML ({type(exc).__name__})") from exc


def _redecode(data: bytes) -> tuple[str, str] | None:
    """Text to retry with when the declared encoding is unknown or wrong, and a note saying so."""
    declared = _DECLARED_ENCODING.search(data[:200].decode("latin-1"))
    name = declared.group(1) if declared else "utf-8"
    try:
        known = codecs.lookup(name).name
    except (LookupError, ValueError):  # ValueError: a NUL inside the name
        known = None
    try:
        data.decode("utf-8")
        valid_utf8 = True
    except UnicodeDecodeError:
        valid_utf8 = False
    if known is None:
        note, codec = "encoding: unknown encoding declaration ignored", "utf-8" if valid_utf8 else "cp1252"
    elif known == "utf-8" and not valid_utf8:
        # Latin-1/Windows-1252 bytes labelled UTF-8: read them as cp1252 rather than losing the alert.
        note, codec = "encoding: declared UTF-8 but bytes are not valid UTF-8; read as windows-1252", "cp1252"
    else:
        return None
    return _XML_DECL.sub("", data.decode(codec, errors="replace"), count=1), note


def _xml_error(exc: BaseException) -> str:
    # ParseError says what and where ("mismatched tag: line 3, column 2"); other errors may quote document text.
    return str(exc) if isinstance(exc, ParseError) else f"unreadable document ({type(exc).__name__})"


def _local(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _is_cap(el: Element) -> bool:
    tag = el.tag if isinstance(el.tag, str) else ""
    return tag.startswith("{" + CAP_NS_PREFIX)


def _children(el: Element, name: str) -> Iterator[Element]:
    return (c for c in el if _local(c.tag) == name)


def _text(el: Element | None) -> str:
    return (el.text or "").strip() if el is not None else ""


def _first_text(el: Element, name: str) -> str:
    return next((_text(c) for c in _children(el, name)), "")


def _pairs(el: Element) -> Iterator[tuple[str, str]]:
    """(valueName, value) pairs of a CAP geocode/parameter, one pair or several interleaved (CAP 1.1 Atom)."""
    name = None
    for child in el:
        local = _local(child.tag)
        if local == "valueName":
            name = _text(child)
        elif local == "value" and name is not None:
            yield name, _text(child)
            name = None


def _alert_from_atom_entry(entry: Element, problems: list[str], label: str):
    cap: dict[str, str] = {}
    geocodes: list[tuple[str, str]] = []
    parameters: list[tuple[str, str]] = []
    polygons: list[str] = []
    references: list[str] = []
    for child in entry:
        if not _is_cap(child):
            continue
        local = _local(child.tag)
        if local == "geocode":
            geocodes.extend(_pairs(child))
        elif local == "parameter":
            parameters.extend(_pairs(child))
        elif local == "polygon":
            polygons.append(_text(child))
        elif local == "references":
            references.extend(cap_reference_ids(_text(child)))
        else:
            cap[local] = _text(child)
    if not cap.get("event"):
        return None  # e.g. "There are no active watches, warnings or advisories"
    entry_id = _first_text(entry, "id")
    for link_el in _children(entry, "link"):
        rel, href = link_el.get("rel", "alternate"), link_el.get("href", "")
        if rel not in ("alternate", "self", "enclosure", "edit") and "/alerts/" in href:
            references.append(_last_segment(href))
    link = next((lk.get("href") for lk in _children(entry, "link") if lk.get("rel", "alternate") == "alternate"),
                None) or (entry_id if entry_id.startswith(("http://", "https://")) else None)
    sent = cap.get("sent") or _first_text(entry, "published") or _first_text(entry, "updated")
    alert = _alert(
        identifier=cap.get("identifier") or _identifier_from_url(entry_id),
        fields=cap, sent=sent, same=_geo(geocodes, ("SAME", "FIPS6")), ugc=_geo(geocodes, ("UGC",)),
        polygons=_cap_polygons(polygons, problems, label), vtec=_param(parameters, "VTEC"),
        references=references, headline=cap.get("headline") or _first_text(entry, "title"),
        sender_name=cap.get("senderName") or _author(entry), problems=problems, label=label,
    )
    body = [cap.get("description", ""), cap.get("instruction", "")]
    if not any(body):
        body = [_first_text(entry, "summary")]
    return alert, _title(alert), _body(body), link, entry_id


def _author(entry: Element) -> str:
    return next((_first_text(a, "name") for a in _children(entry, "author")), "")


def _alert_from_cap(root: Element, problems: list[str], label: str):
    infos = list(_children(root, "info"))
    if not infos:
        raise FeedParseError("CAP alert without an <info> block")
    # Several <info> blocks are translations; take English when offered.
    info = next((i for i in infos if _first_text(i, "language").lower().startswith("en")), infos[0])
    fields = {_local(c.tag): _text(c) for c in info if len(c) == 0}
    fields.update({_local(c.tag): _text(c) for c in root if len(c) == 0})
    geocodes: list[tuple[str, str]] = []
    polygons: list[str] = []
    area_descs: list[str] = []
    for area in _children(info, "area"):
        area_descs.append(_first_text(area, "areaDesc"))
        polygons.extend(_text(p) for p in _children(area, "polygon"))
        for geocode in _children(area, "geocode"):
            geocodes.extend(_pairs(geocode))
    parameters = [pair for p in _children(info, "parameter") for pair in _pairs(p)]
    fields["areaDesc"] = "; ".join(d for d in area_descs if d)
    alert = _alert(
        identifier=fields.get("identifier", ""), fields=fields, sent=fields.get("sent", ""),
        same=_geo(geocodes, ("SAME", "FIPS6")), ugc=_geo(geocodes, ("UGC",)),
        polygons=_cap_polygons(polygons, problems, label), vtec=_param(parameters, "VTEC"),
        references=cap_reference_ids(fields.get("references", "")), headline=fields.get("headline", ""),
        sender_name=fields.get("senderName", ""), problems=problems, label=label,
    )
    link = fields.get("web") or None
    return alert, _title(alert), _body([fields.get("description", ""), fields.get("instruction", "")]), link, \
        alert.identifier


def cap_reference_ids(value: str) -> list[str]:
    """Identifiers from a CAP <references> value: space-separated "sender,identifier,sent" triples."""
    ids = []
    for token in value.split():
        parts = token.split(",")
        ids.append(parts[1] if len(parts) >= 3 else parts[0])
    return [i for i in ids if i]


def _cap_polygons(values: Iterable[str], problems: list[str], label: str) -> list[tuple[tuple[float, float], ...]]:
    rings = []
    for n, value in enumerate(values, start=1):
        if not value.strip():
            continue  # legacy feeds send an empty <cap:polygon/> when there is none
        try:
            points = [(float(lon), float(lat)) for lat, lon in (pair.split(",") for pair in value.split())]
        except ValueError:
            problems.append(f"{label}: polygon {n} dropped (not 'lat,lon' pairs)")
            continue
        ring = _ring(points)
        if ring is None:
            problems.append(f"{label}: polygon {n} dropped (fewer than 3 points or coordinates out of range)")
        else:
            rings.append(ring)
    return rings


# --- GeoJSON ---------------------------------------------------------------------------------------


def _alert_from_feature(feature: Any, problems: list[str], label: str):
    if not isinstance(feature, dict) or not isinstance(feature.get("properties"), dict):
        raise FeedParseError(f"{label} has no properties")
    props = feature["properties"]
    if not _s(props.get("event")):
        problems.append(f"{label} skipped: no event")
        return None
    geocode = props.get("geocode") if isinstance(props.get("geocode"), dict) else {}
    parameters = props.get("parameters") if isinstance(props.get("parameters"), dict) else {}
    references = []
    for ref in props.get("references") or []:
        if isinstance(ref, dict):
            ident = _s(ref.get("identifier")) or _identifier_from_url(_s(ref.get("@id")))
        else:
            ident = _s(ref)
        if ident:
            references.append(ident)
    feature_id = _s(feature.get("id")) or _s(props.get("id")) or _s(props.get("@id"))
    fields = {k: _s(v) for k, v in props.items() if not isinstance(v, (dict, list))}
    fields["msgType"] = fields.get("messageType", "")
    alert = _alert(
        identifier=_s(props.get("id")) or _s(props.get("identifier")) or _identifier_from_url(feature_id),
        fields=fields, sent=fields.get("sent", ""),
        same=_geo([("SAME", _s(v)) for v in _as_list(geocode.get("SAME"))], ("SAME",)),
        ugc=_geo([("UGC", _s(v)) for v in _as_list(geocode.get("UGC"))], ("UGC",)),
        polygons=_geojson_polygons(feature.get("geometry"), problems, label),
        vtec=[_s(v) for v in _as_list(parameters.get("VTEC")) if _s(v)],
        references=references, headline=fields.get("headline", ""), sender_name=fields.get("senderName", ""),
        problems=problems, label=label,
    )
    link = next((u for u in (_s(props.get("@id")), feature_id) if u.startswith(("http://", "https://"))), None)
    body = [fields.get("description", ""), fields.get("instruction", "")]
    return alert, _title(alert), _body(body), link, feature_id


def _geojson_polygons(geometry: Any, problems: list[str], label: str) -> list[tuple[tuple[float, float], ...]]:
    if not geometry:
        return []  # zone-based alerts have no geometry; SAME/UGC carry the area
    kind = geometry.get("type") if isinstance(geometry, dict) else None
    coords = geometry.get("coordinates") if isinstance(geometry, dict) else None
    polygons: list[Any]
    if kind == "Polygon":
        polygons = [coords]
    elif kind == "MultiPolygon":
        polygons = coords or []
    else:
        shown = kind if kind in _GEOJSON_TYPES else "unknown"  # never echo feed text into problems
        problems.append(f"{label}: geometry of type {shown} ignored")
        return []
    rings = []
    for polygon in polygons or []:
        # Exterior rings only: NWS alert polygons have no holes, and a hole kept as a ring would widen the area.
        try:
            points = [(float(p[0]), float(p[1])) for p in polygon[0]]
        except (TypeError, ValueError, IndexError):
            problems.append(f"{label}: polygon dropped (malformed coordinates)")
            continue
        ring = _ring(points)
        if ring is None:
            problems.append(f"{label}: polygon dropped (fewer than 3 points or coordinates out of range)")
        else:
            rings.append(ring)
    return rings


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _s(value: Any) -> str:
    if value is None or isinstance(value, (dict, list)):
        return ""
    return str(value).strip()


# --- shared normalisation --------------------------------------------------------------------------


def _alert(*, identifier: str, fields: dict[str, str], sent: str, same: list[str], ugc: list[str],
           polygons: list, vtec: list[str], references: list[str], headline: str, sender_name: str,
           problems: list[str], label: str) -> WeatherAlert:
    same_codes = [code.zfill(6) for code in same if _SAME.match(code)]
    if len(same_codes) < len(same):
        # The bad values are not quoted: problems are logged, and feed text stays out of logs.
        problems.append(f"{label}: {len(same) - len(same_codes)} SAME/FIPS code(s) ignored (not 5-6 digits)")
    return WeatherAlert(
        identifier=identifier,
        event=fold_whitespace(fields.get("event", "")),
        severity=fields.get("severity") or "Unknown",
        urgency=fields.get("urgency") or "Unknown",
        certainty=fields.get("certainty") or "Unknown",
        status=fields.get("status", ""),
        msg_type=fields.get("msgType", ""),
        sent=from_iso(sent),
        effective=from_iso(fields.get("effective")),
        onset=from_iso(fields.get("onset")),
        expires=from_iso(fields.get("expires")),
        ends=from_iso(fields.get("ends")),
        area_desc=fold_whitespace(fields.get("areaDesc", "")),
        headline=fold_whitespace(headline),
        sender_name=fold_whitespace(sender_name),
        same=tuple(dict.fromkeys(same_codes)),
        ugc=tuple(dict.fromkeys(u.upper() for u in ugc if u)),
        polygons=tuple(polygons),
        vtec=tuple(dict.fromkeys(vtec)),
        references=tuple(dict.fromkeys(r for r in references if r and r != identifier)),
    )


def _geo(pairs: Iterable[tuple[str, str]], names: tuple[str, ...]) -> list[str]:
    """Codes under the given valueNames; legacy feeds put several in one value, space-separated."""
    wanted = {n.upper() for n in names}
    return [code for name, value in pairs if name.upper() in wanted for code in value.split()]


def _param(pairs: Iterable[tuple[str, str]], name: str) -> list[str]:
    return [v for n, value in pairs if n == name for v in value.split()]


def _ring(points: list[tuple[float, float]]) -> tuple[tuple[float, float], ...] | None:
    if len(set(points)) < 3 or any(not (-180 <= lon <= 180 and -90 <= lat <= 90) for lon, lat in points):
        return None
    if points[0] != points[-1]:
        points = [*points, points[0]]  # CAP requires closed rings; close the ones that are not
    return tuple(points)


def _identifier_from_url(value: str) -> str:
    """api.weather.gov ids are URLs ending in the CAP identifier; other ids are used whole."""
    if "/alerts/" in value:
        return _last_segment(value)
    return value


def _last_segment(url: str) -> str:
    return url.rstrip("/").rsplit("/", 1)[-1]


def _title(alert: WeatherAlert) -> str:
    return alert.headline or alert.event


def _body(parts: list[str]) -> str:
    return "\n".join(p for p in (plain_text(x) for x in parts) if p)
