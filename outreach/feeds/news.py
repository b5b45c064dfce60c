"""RSS 2.0 / Atom / RDF feeds (news sites, funeral homes) through feedparser into FeedItems.

feedparser is lenient on purpose: from an ill-formed document (its "bozo" flag) it recovers
what it can. We keep those entries and report the problem; only a document that yields no
entries and is not a recognisable feed is an error.
"""

from __future__ import annotations

import html
import logging
import re
import xml.sax
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qs, urlsplit

import feedparser

from outreach.errors import OutreachError
from outreach.feeds.errors import FeedParseError
from outreach.feeds.fingerprint import fingerprint, fingerprint_id
from outreach.feeds.item import FeedItem, FeedKind
from outreach.feeds.obituary import is_obituary_feed, looks_like_obituary
from outreach.feeds.sanitize import clean_html, fold_whitespace, html_to_text, looks_like_html, plain_text
from outreach.feeds.timestamps import from_struct
from outreach.states import ItemKind, SourceKind

log = logging.getLogger(__name__)

# Obituaries run to a few thousand words; anything longer is cut (and reported) before cleaning.
MAX_ENTRY_CHARS = 1_000_000
_LINK_SCHEMES = ("http", "https")
# Worth a problem report when seen in a link; other non-http values (bare guids, tag: URIs) are just not links.
_HOSTILE_SCHEMES = ("javascript", "vbscript", "data", "file")
_BAD_ENCODING_DECL = re.compile(rb"^((?:\xef\xbb\xbf)?\s*<\?xml[^>]*?)\s+encoding\s*=\s*(['\"])[^'\"]*\2",
                                re.IGNORECASE)
_REDIRECTORS = frozenset({"www.google.com", "google.com"})
_EPOCH = re.compile(r"^\s*\d{9,11}\s*$")
_ENTRY_END = re.compile(rb"</(?:[\w.-]+:)?(?:item|entry)\s*>", re.IGNORECASE)


def parse_syndication(
    data: bytes, *, source: str, source_kind: FeedKind, content_type: str | None = None
) -> tuple[list[FeedItem], list[str], bool]:
    """Items, problems and well-formedness of an RSS/Atom/RDF document; FeedParseError when nothing is usable.

    In a document that is not well-formed XML (cut off in transit, a broken proxy copy) an entry without
    its end tag is skipped: feedparser returns it without what followed the break (its text, even its
    guid), and stored under its guid it would stand in for the complete entry for good.
    """
    problems: list[str] = []
    parsed = _feedparser(bytes(data), content_type, problems)
    if parsed.get("bozo"):
        problems.append(describe_bozo(parsed.get("bozo_exception"), len(parsed.entries), parsed.get("encoding")))
    if not parsed.entries:
        if parsed.get("version") and not parsed.get("bozo"):
            return [], problems, True  # a valid feed with nothing in it today
        if not parsed.get("version"):
            raise FeedParseError("not a feed: no RSS, Atom or RDF elements found"
                                 + (f" ({problems[0]})" if problems else ""))
        raise FeedParseError(problems[0] if problems else "no entries could be read")

    well_formed = type(parsed.get("bozo_exception")).__name__ != "SAXParseException"
    closed = len(parsed.entries) if well_formed else len(_ENTRY_END.findall(data))
    feed_title = fold_whitespace(str(parsed.feed.get("title", "")))
    items: list[FeedItem] = []
    for n, entry in enumerate(parsed.entries, start=1):
        try:
            item = _entry_item(entry, n, source, source_kind, feed_title, problems)
            if n > closed:
                problems.append(f"entry {n} skipped: cut off before its end tag")
                continue
            items.append(item)
        except _EmptyEntry:
            problems.append(f"entry {n} skipped: no title, text or link")
        except Exception as exc:  # one odd entry must not cost the others
            problems.append(f"entry {n} skipped: {type(exc).__name__}")
            log.debug("entry %d of %s failed", n, source, exc_info=True)
    if not items:
        raise FeedParseError("; ".join(problems) or "no entries could be read")
    return items, problems, well_formed


def _feedparser(data: bytes, content_type: str | None, problems: list[str]) -> Any:
    headers = {"content-type": content_type} if content_type else {}
    # Always bytes: given a str that looks like a URL, feedparser would go and fetch it. Its own
    # sanitiser is off: it leaves script bodies behind as text; nh3 and our tokenizer do that job.
    try:
        return feedparser.parse(data, response_headers=headers, sanitize_html=False)
    except (UnicodeError, ValueError, LookupError) as exc:
        # feedparser trips over junk inside the XML declaration's encoding="..."; drop the declaration's
        # encoding and let it guess, rather than lose the whole document.
        cleaned, found = _BAD_ENCODING_DECL.subn(b"\\1", data, count=1)
        if not found:
            raise FeedParseError(f"unreadable document ({type(exc).__name__} in feedparser)") from exc
    problems.append("encoding: unreadable encoding declaration ignored")
    try:
        return feedparser.parse(cleaned, response_headers=headers, sanitize_html=False)
    except (UnicodeError, ValueError, LookupError) as exc:
        raise FeedParseError(f"unreadable document ({type(exc).__name__} in feedparser)") from exc


def describe_bozo(exc: BaseException | None, recovered: int, encoding: str | None = None) -> str:
    """A one-line account of what feedparser found wrong (no document text in it)."""
    got = f" (recovered {recovered} entr{'y' if recovered == 1 else 'ies'})"
    if exc is None:
        return "ill-formed document" + got
    name = type(exc).__name__
    if isinstance(exc, xml.sax.SAXParseException):
        return f"malformed XML at line {exc.getLineNumber()}: {exc.getMessage()}" + got
    if name == "CharacterEncodingOverride":
        # Not str(exc): it quotes the declared encoding, which is whatever text the document put there.
        return f"encoding: declared encoding does not match the bytes; read as {encoding or 'unknown'}" + got
    if name == "CharacterEncodingUnknown":
        return "encoding: unknown, no encoding could decode the document" + got
    if name == "NonXMLContentType":
        return f"content type: {exc}" + got
    return f"ill-formed document ({name})" + got


def _entry_item(
    entry: Any, n: int, source: str, source_kind: FeedKind, feed_title: str, problems: list[str]
) -> FeedItem:
    title = _title(entry)
    body, body_type = _body(entry)
    if not title and not body.strip() and not entry.get("link"):
        raise _EmptyEntry
    if len(body) > MAX_ENTRY_CHARS:
        problems.append(f"entry {n}: body of {len(body)} characters cut to {MAX_ENTRY_CHARS}")
        body = body[:MAX_ENTRY_CHARS]
    if "html" in body_type:
        text, safe_html = html_to_text(body), clean_html(body)
    else:
        text, safe_html = plain_text(body), clean_html(html.escape(body))
    digest = fingerprint(title, text)
    item_id = fold_whitespace(str(entry.get("id") or entry.get("guid") or "")) or fingerprint_id(digest)
    link = _unwrap_redirect(str(entry.get("link") or "").strip()) or None
    scheme = urlsplit(link).scheme.lower() if link else ""
    if link and scheme not in _LINK_SCHEMES:
        if scheme in _HOSTILE_SCHEMES:
            problems.append(f"entry {n}: {scheme}: link dropped")
        link = None
    extra = {"feed_title": feed_title} if feed_title else {}
    if entry.get("author"):
        extra["author"] = fold_whitespace(html_to_text(str(entry.get("author"))))
    return FeedItem(
        source=source,
        item_id=item_id,
        kind=_kind(source_kind, title, text, feed_title),
        title=title,
        text=text,
        html=safe_html,
        link=link,
        published=_published(entry),
        fingerprint=digest,
        extra=extra,
    )


class _EmptyEntry(OutreachError):
    """An entry with no title, body or link (e.g. the stub a truncated document ends with)."""


def _unwrap_redirect(link: str) -> str:
    """The target of a Google Alerts style redirect (https://www.google.com/url?...&url=TARGET), else the link.

    The same story reaches us through many redirect URLs; the target is what identifies it.
    """
    parts = urlsplit(link)
    if parts.netloc.lower() in _REDIRECTORS and parts.path == "/url":
        query = parse_qs(parts.query)
        for key in ("url", "q"):
            target = (query.get(key) or [""])[0]
            if urlsplit(target).scheme.lower() in _LINK_SCHEMES:
                return target
    return link


def _published(entry: Any) -> datetime | None:
    for key in ("published", "updated", "created"):
        # dict.get: FeedParserDict maps a missing "updated" to "published" (with a DeprecationWarning);
        # read what the entry really carries.
        raw = dict.get(entry, key)
        if isinstance(raw, str) and _EPOCH.match(raw):
            # Some CMSs put Unix seconds in pubDate/dc:date; feedparser would misread them as a calendar date.
            try:
                return datetime.fromtimestamp(int(raw), tz=UTC)
            except (OverflowError, OSError, ValueError):
                return None
        parsed = from_struct(dict.get(entry, f"{key}_parsed"))
        if parsed:
            return parsed
    return None


def _kind(source_kind: FeedKind, title: str, text: str, feed_title: str = "") -> ItemKind:
    if source_kind == SourceKind.OBITUARY:
        return ItemKind.BEREAVEMENT
    if source_kind == SourceKind.NEWS:
        return ItemKind.NEWS
    return ItemKind.BEREAVEMENT if is_obituary_feed(feed_title) or looks_like_obituary(title, text) else ItemKind.NEWS


def _title(entry: Any) -> str:
    raw = str(entry.get("title") or "")
    detail = entry.get("title_detail") or {}
    # Titles are often double-escaped HTML whatever their declared type; never let markup through as text.
    if "html" in str(detail.get("type", "")) or looks_like_html(raw):
        return fold_whitespace(html_to_text(raw))
    return fold_whitespace(raw)


def _body(entry: Any) -> tuple[str, str]:
    """The fullest body an entry offers (content over summary), with its MIME type."""
    contents = [c for c in entry.get("content") or [] if c.get("value")]
    if contents:
        best = max(contents, key=lambda c: ("html" in str(c.get("type", "")), len(c.get("value", ""))))
        return str(best["value"]), str(best.get("type") or "text/html")
    summary = entry.get("summary")
    if summary:
        detail = entry.get("summary_detail") or {}
        return str(summary), str(detail.get("type") or "text/html")
    return "", "text/plain"
