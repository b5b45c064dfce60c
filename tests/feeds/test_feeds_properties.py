"""Properties that must hold for any input: no crash but FeedParseError, no script text, stable fingerprints."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from outreach.feeds.fingerprint import fingerprint
from outreach.feeds.parse import FeedParseError, ParsedFeed, parse_feed
from outreach.feeds.sanitize import clean_html, html_to_text

OWN = Path(__file__).resolve().parent.parent / "fixtures" / "feeds" / "own"
OBITS = (OWN / "obituaries_funeral_home.rss").read_bytes()
CHAIN = (OWN / "nws_atom_tornado_chain.xml").read_bytes()
GEOJSON = (OWN / "geojson_single_feature_multipolygon.json").read_bytes()

# No timing checks here: speed belongs to the benchmarks.
fuzz = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _parses_or_refuses(data: bytes, **kw) -> ParsedFeed | None:
    try:
        return parse_feed(data, source="fuzz", **kw)
    except FeedParseError as exc:
        assert str(exc)
        return None


@fuzz
@given(st.binary(max_size=3000))
def test_any_bytes_parse_or_raise_feed_parse_error(data):
    _parses_or_refuses(data)


@fuzz
@given(st.integers(min_value=0, max_value=len(OBITS)))
def test_obituary_feed_cut_anywhere_parses_or_raises(cut):
    parsed = _parses_or_refuses(OBITS[:cut], source_kind="obituary")
    if parsed:
        assert {i.kind for i in parsed.items} == {"bereavement"}


@fuzz
@given(st.integers(min_value=0, max_value=len(CHAIN)))
def test_cap_atom_cut_anywhere_parses_or_raises(cut):
    parsed = _parses_or_refuses(CHAIN[:cut], source_kind="weather")
    if parsed:
        assert all(i.alert is not None for i in parsed.items)


@fuzz
@given(st.integers(min_value=0, max_value=len(OBITS) - 1), st.binary(min_size=1, max_size=8))
@example(at=30, junk=b"\x80")  # inside encoding="UTF-8": feedparser raised UnicodeDecodeError
@example(at=30, junk=b"\x00")  # ... and ValueError: embedded null character
def test_obituary_feed_with_corrupted_bytes_parses_or_raises(at, junk):
    _parses_or_refuses(OBITS[:at] + junk + OBITS[at + len(junk):])


@fuzz
@given(st.integers(min_value=0, max_value=len(CHAIN) - 1), st.binary(min_size=1, max_size=8))
@example(at=30, junk=b"\x80")
@example(at=30, junk=b"\x00")
@example(at=31, junk=b"-")  # encoding="U-F-8": ElementTree raised LookupError
def test_cap_atom_with_corrupted_bytes_parses_or_raises(at, junk):
    _parses_or_refuses(CHAIN[:at] + junk + CHAIN[at + len(junk):])


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=20,
)
_KEYS = ["event", "geocode", "parameters", "references", "sent", "expires", "messageType", "id", "areaDesc"]


@fuzz
@given(st.dictionaries(st.sampled_from(_KEYS), _json, max_size=6), _json)
def test_geojson_with_odd_property_types_parses_or_raises(props, geometry):
    feature = json.loads(GEOJSON)
    feature["properties"].update(props)
    feature["geometry"] = geometry
    _parses_or_refuses(json.dumps(feature).encode())


_visible = st.text(alphabet=st.characters(blacklist_characters="<>&", blacklist_categories=("Cs", "Cc")),
                   min_size=1, max_size=40).filter(lambda t: t.strip())


@fuzz
@given(_visible, _visible)
def test_script_and_style_bodies_never_reach_text(before, after):
    secret = "SECRET_TOKEN_42"
    markup = f"<p>{before}</p><script>var x='{secret}';</script><style>.a{{content:'{secret}'}}</style><p>{after}</p>"
    text = html_to_text(markup)
    assert secret not in text
    assert " ".join(before.split()) in text and " ".join(after.split()) in text


@pytest.mark.parametrize(
    "href",
    ["javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)",
     "&#106;avascript:alert(1)", "&#x6A;avascript:alert(1)", "vbscript:msgbox(1)",
     "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="],
)
def test_obfuscated_script_urls_are_removed(href):
    cleaned = clean_html(f'<a href="{href}">x</a><img src="{href}">')
    lowered = cleaned.lower()
    assert "script" not in lowered and "data:" not in lowered
    assert ">x</a>" in cleaned  # the link text stays


_words = st.lists(st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ\u00df\u00e9", min_size=1,
                          max_size=8), min_size=1, max_size=8)
_gaps = st.lists(st.sampled_from([" ", "  ", "\n", "\t", " \n\n "]), min_size=8, max_size=8)


@fuzz
@given(_words, _words, _gaps)
def test_fingerprint_ignores_case_and_spacing(title_words, text_words, gaps):
    plain = fingerprint(" ".join(title_words), " ".join(text_words))
    spaced_title = "".join(w + g for w, g in zip(title_words, gaps, strict=False)).upper()
    spaced_text = "".join(w + g for w, g in zip(text_words, reversed(gaps), strict=False))
    assert fingerprint(spaced_title, spaced_text) == plain
