"""One entry point from fetched bytes to typed FeedItems, whatever the format.

The format is sniffed from the bytes (and the Content-Type when given): api.weather.gov
GeoJSON, NWS CAP (Atom or bare <alert>), or anything feedparser reads (RSS, Atom, RDF).
Every problem is reported in ParsedFeed.problems and logged per source without entry text;
FeedParseError is raised only when nothing usable came out.
"""

from __future__ import annotations

import codecs
import logging
from dataclasses import dataclass, field

from outreach.config import Settings
from outreach.feeds.entities import EntityBombError, check_entities
from outreach.feeds.errors import FeedParseError
from outreach.feeds.fetch import fetch
from outreach.feeds.item import FeedItem, FeedKind
from outreach.feeds.news import parse_syndication
from outreach.feeds.weather import CAP_NS_PREFIX, NotCapError, parse_cap_xml, parse_geojson

__all__ = ["FeedParseError", "ParsedFeed", "load_feed", "parse_feed", "sniff_format"]

log = logging.getLogger(__name__)

_SNIFF_BYTES = 4096


@dataclass(frozen=True)
class ParsedFeed:
    """The items of one document and what was wrong with it (human-readable, no PII)."""

    items: list[FeedItem]
    problems: list[str] = field(default_factory=list)
    # False for a document that is not well-formed XML: it may be a cut-off copy, so its HTTP validators
    # must not be kept (a 304 next time would hide the entries after the cut).
    well_formed: bool = True


def parse_feed(
    data: bytes, *, source: str, source_kind: FeedKind = "auto", content_type: str | None = None
) -> ParsedFeed:
    """Parse a fetched document into FeedItems.

    source_kind "obituary" makes every entry a bereavement, "news" every entry news, "weather"
    requires NWS CAP or GeoJSON; "auto" takes CAP/GeoJSON as weather and classifies other
    entries by their wording. Raises FeedParseError (logged) when nothing usable is found.
    """
    try:
        parsed = _parse(data, source, source_kind, content_type)
    except FeedParseError as exc:
        log.warning("feed %s: %s", source, exc)
        raise
    for problem in parsed.problems:
        log.warning("feed %s: %s", source, problem)
    log.info("feed %s: %d items", source, len(parsed.items))
    return parsed


def load_feed(url_or_path: str, *, source_kind: FeedKind = "auto", settings: Settings | None = None) -> ParsedFeed:
    """Fetch (unconditionally) and parse one feed; for ad-hoc use such as `outreach match --feed`."""
    result = fetch(url_or_path, settings=settings)
    return parse_feed(result.body, source=url_or_path, source_kind=source_kind, content_type=result.content_type)


def sniff_format(data: bytes, content_type: str | None = None) -> str:
    """"json" (read as GeoJSON), "cap" or "xml" (anything else is left to feedparser as "xml")."""
    head = _head_text(data)
    start = head.lstrip()[:1]
    mime = (content_type or "").split(";")[0].strip().lower()
    # The bytes win over the Content-Type: servers label feeds wrongly far more often than they send junk.
    if start in ("{", "[") or (start != "<" and mime.endswith("json")):
        return "json"
    if CAP_NS_PREFIX in head or mime == "application/cap+xml":
        return "cap"
    return "xml"


def _parse(data: bytes, source: str, source_kind: FeedKind, content_type: str | None) -> ParsedFeed:
    if not data.replace(codecs.BOM_UTF8, b"", 1).strip():
        raise FeedParseError("empty document")
    fmt = sniff_format(data, content_type)
    if fmt == "json":
        items, problems = parse_geojson(data, source=source)
        return _weather(items, problems, source_kind)
    try:
        check_entities(data)
    except EntityBombError as exc:
        raise FeedParseError(f"refused: {exc}") from exc
    if fmt == "cap":
        try:
            items, problems = parse_cap_xml(data, source=source)
            return _weather(items, problems, source_kind)
        except NotCapError:
            if source_kind == "weather":
                raise
            # e.g. an RSS feed that merely declares the CAP namespace: read it as the feed it is.
    if source_kind == "weather":
        raise FeedParseError("weather source did not return NWS CAP XML or GeoJSON")
    items, problems, well_formed = parse_syndication(data, source=source, source_kind=source_kind,
                                                     content_type=content_type)
    return ParsedFeed(items, problems, well_formed)


def _weather(items: list[FeedItem], problems: list[str], source_kind: FeedKind) -> ParsedFeed:
    if source_kind in ("obituary", "news"):
        problems = [*problems, f"source kind '{source_kind}' but the document holds NWS alerts; read as weather"]
    return ParsedFeed(items, problems)


def _head_text(data: bytes) -> str:
    head = data[:_SNIFF_BYTES]
    for bom, codec in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if head.startswith(bom):
            return head[len(bom):].decode(codec, errors="ignore")
    return head.decode("utf-8", errors="ignore").lstrip("\ufeff")
