"""Drafts: every template, hostile feed text, tone rules, the adviser directory, reviewer edits."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from html.parser import HTMLParser

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jinja2 import UndefinedError

from outreach.advisers import Adviser, AdviserDirectory, AdviserFileError, Firm, load_advisers
from outreach.client import Client
from outreach.drafts import (
    TEMPLATES,
    DraftError,
    DraftRefused,
    neutralise_text,
    relation_phrase,
    render_draft,
    render_final,
    templates_dir,
)
from outreach.feeds.item import FeedItem, WeatherAlert
from outreach.match.model import Match

HOSTILE = (
    '<script>alert("x")</script><img src=x onerror=alert(1)> {{ 7*7 }} {% for x in range(3) %}{{x}}{% endfor %}'
    ' javascript:alert(2) https://evil.example/phish \u202etxt.exe\u202c \x00\x1b[31m'
)
SALES_WORDS = re.compile(r"\b(portfolio|invest\w*|market|returns?|opportunit\w*|offer\w*|products?|rates?|"
                         r"insurance|annuit\w*|estate planning|schedule a (call|meeting)|review your|"
                         r"account|beneficiar\w*|fees?|promotion)\b", re.IGNORECASE)

JANE = Adviser(email="jane.doe@lakeside.example", name="Jane Doe", title="Senior Wealth Adviser",
               firm_name="Lakeside Wealth Partners")
DIRECTORY = AdviserDirectory({JANE.email: JANE}, Firm(name="Lakeside Wealth Partners",
                                                      from_email="hello@lakeside.example",
                                                      notice_email="compliance@lakeside.example"))
SUSAN = Client("c-100", "Susan", "Halvorsen", nickname="Sue", city="Chippewa Falls", state="WI",
               email="susan.halvorsen@example.com", advisor_email="jane.doe@lakeside.example",
               spouse_first_name="Tom", spouse_last_name="Halvorsen")
ROBERT = Client("c-200", "Robert", "Miller", city="Eau Claire", state="WI", email="bob.miller@example.com",
                advisor_email="jane.doe@lakeside.example", spouse_first_name="Margaret")


def obit(title: str = "Robert J. Miller", link: str | None = "https://obits.example/miller",
         text: str = "Robert J. Miller, 84, of Eau Claire died ... He is survived by his daughter Susan.") -> FeedItem:
    return FeedItem(source="obits", item_id="obit-1", kind="bereavement", title=title, text=text, link=link)


def alert(event: str = "Tornado Warning") -> FeedItem:
    wa = WeatherAlert(identifier="urn:oid:2.49.0.1.840.0.1", event=event, severity="Extreme", urgency="Immediate",
                      certainty="Observed", status="Actual", msg_type="Alert", sent=datetime(2026, 5, 1, tzinfo=UTC),
                      effective=None, onset=None, expires=None, ends=None, area_desc="Chippewa, WI",
                      headline="Tornado Warning issued May 1", sender_name="NWS La Crosse WI")
    return FeedItem(source="nws", item_id="urn:oid:2.49.0.1.840.0.1", kind="weather", title=wa.headline,
                    text="...", link="https://api.weather.gov/alerts/x", alert=wa)


def news(title: str) -> FeedItem:
    return FeedItem(source="news", item_id="n-1", kind="news", title=title, text="...", link="https://news.example/1")


# One case per template: (template, match, client, source, extra kwargs).
CASES = {
    "condolence_survivor": (
        Match("c-100", "obit-1", "bereavement", "survivor", 0.93, "his daughter Susan (Tom) Halvorsen",
              {"event_key": "obit:miller", "outreach_key": "c-100|obit:miller", "deceased": "Robert J. Miller",
               "relation": "child"}),
        SUSAN, obit(), {}),
    "condolence_spouse_of_deceased_client": (
        Match("c-300", "obit-1", "bereavement", "spouse_of_deceased_client", 0.9, "survived by his wife Margaret",
              {"event_key": "obit:miller", "outreach_key": "c-300|obit:miller", "deceased": "Robert J. Miller",
               "deceased_client_id": "c-200", "relation": "spouse"}),
        Client("c-300", "Margaret", "Miller", nickname="Peggy", email="peggy@example.com",
               advisor_email="jane.doe@lakeside.example"), obit(), {"deceased": ROBERT}),
    "adviser_notice_deceased_client": (
        Match("c-200", "obit-1", "bereavement", "deceased_client", 0.97, "Robert J. Miller, 84, of Eau Claire"),
        ROBERT, obit(), {}),
    "adviser_notice_possible_deceased_client": (
        Match("c-200", "obit-1", "bereavement", "possible_deceased_client", 0.9, "Robert J. Miller of Eau Claire"),
        ROBERT, obit(), {}),
    "news_parent_congratulation": (
        Match("c-100", "n-1", "news", "parent_of_subject", 0.9, "the daughter of Susan and Tom Halvorsen",
              {"event_key": "news:1", "outreach_key": "c-100|news:1", "event": "award"}),
        SUSAN, news("Memorial High senior wins state science prize"), {}),
    "news_parent_concern": (
        Match("c-100", "n-1", "news", "parent_of_subject", 0.9, "the son of Susan and Tom Halvorsen",
              {"event_key": "news:1", "outreach_key": "c-100|news:1", "event": "injury"}),
        SUSAN, news("Teen hurt in crash on Highway 53"), {}),
    "news_parent_note": (
        Match("c-100", "n-1", "news", "parent_of_subject", 0.8, "the son of Susan and Tom Halvorsen"),
        SUSAN, news("Student council elects officers"), {}),
    "weather_concern": (Match("c-100", "urn:oid:2.49.0.1.840.0.1", "weather", "in_area", 1.0, "inside polygon"),
                        SUSAN, alert(), {}),
    "news_congratulation": (Match("c-100", "n-1", "news", "subject", 0.9, "Halvorsen was promoted",
                                  {"event_key": "news:1", "outreach_key": "c-100|news:1", "event": "promotion"}),
                            SUSAN, news("Halvorsen named partner"), {}),
    "news_concern": (Match("c-100", "n-1", "news", "subject", 0.9, "fire at Halvorsen Bakery",
                           {"event_key": "news:1", "outreach_key": "c-100|news:1", "event": "fire"}),
                     SUSAN, news("Fire at downtown bakery"), {}),
    "news_note": (Match("c-100", "n-1", "news", "subject", 0.8, "Halvorsen spoke at the meeting"),
                  SUSAN, news("City council hears from residents"), {}),
}


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, attrs))


ALLOWED_TAGS = {"html", "head", "meta", "title", "body", "p", "br", "strong", "table", "tr", "th", "td", "a"}
ALLOWED_ATTRS = {"lang", "charset", "style", "href"}


def assert_inert_html(html: str) -> None:
    parser = _Tags()
    parser.feed(html)
    for tag, attrs in parser.tags:
        assert tag in ALLOWED_TAGS, f"unexpected tag <{tag}> in {html}"
        for name, value in attrs:
            assert name in ALLOWED_ATTRS, f"unexpected attribute {name}= on <{tag}>"
            if name == "href":
                assert value and value.startswith("https://"), value
    low = html.lower()
    assert "<script" not in low and "javascript:" not in low and "onerror" not in low.replace("&", "")


def assert_inert_text(text: str) -> None:
    assert "<script" not in text.lower()
    assert "{{" not in text and "{%" not in text
    assert "49" not in text  # 7*7 was never evaluated
    assert "javascript:" not in text and "evil.example" not in text
    assert not any(ch in text for ch in "\u202e\u202c\x00\x1b")


def test_every_template_has_a_case_and_all_three_parts():
    assert set(CASES) == set(TEMPLATES)
    for name in TEMPLATES:
        for part in ("subject", "txt", "html"):
            assert (templates_dir() / f"{name}.{part}.j2").is_file()


@pytest.mark.parametrize("template", TEMPLATES)
def test_every_template_renders_plain_text_and_html(template):
    match, client, source, kw = CASES[template]
    d = render_draft(match, client, source, JANE, **kw)
    assert d.template == template
    assert d.subject and "\n" not in d.subject
    assert "Jane Doe" in d.body_text and "Jane Doe" in d.body_html
    assert d.body_html.lstrip().startswith("<!DOCTYPE html>")
    assert_inert_html(d.body_html)


def _hostile(template: str):
    match, client, source, kw = CASES[template]
    details = {**match.details, "deceased": HOSTILE + " Robert"}
    hostile_match = Match(match.client_id, match.item_id, match.kind, match.role, match.score, HOSTILE, details)
    hostile_client = Client(client.client_id, client.first_name + "<b>", client.last_name,
                            city="Chippewa Falls" + HOSTILE, email=client.email, advisor_email=client.advisor_email)
    if source.alert is not None:
        hostile_source = alert(event=HOSTILE)
    else:
        hostile_source = FeedItem(source.source, source.item_id, source.kind, HOSTILE, HOSTILE,
                                  link="javascript:alert(3)")
    return hostile_match, hostile_client, hostile_source, kw


@pytest.mark.parametrize("template", TEMPLATES)
def test_hostile_feed_text_is_escaped_and_never_evaluated(template):
    d = render_draft(*_hostile(template)[:3], JANE, **_hostile(template)[3])
    assert_inert_html(d.body_html)
    assert_inert_text(d.body_text)
    assert_inert_text(d.subject)
    assert "alert(" not in d.body_html or "&lt;" not in d.body_html  # text only, never a tag


def test_jinja_syntax_in_a_deceased_name_is_shown_not_run():
    match = Match("c-100", "obit-1", "bereavement", "survivor", 0.9, "e",
                  {"event_key": "k", "outreach_key": "c-100|k", "deceased": "{{ config.__class__ }} {{ 6*7 }} Miller"})
    d = render_draft(match, SUSAN, obit(), JANE)
    assert "42" not in d.body_text and "<class" not in d.body_text
    assert "config.__class__ 6*7 Miller" in d.body_text  # the words stay, the braces go: inert literal text


def test_source_link_with_javascript_scheme_is_dropped_from_the_notice():
    match, client, _, _ = CASES["adviser_notice_deceased_client"]
    d = render_draft(match, client, obit(link="javascript:alert(1)"), JANE)
    assert "javascript" not in d.body_html and "javascript" not in d.body_text
    d2 = render_draft(match, client, obit(link="https://obits.example/miller"), JANE)
    assert 'href="https://obits.example/miller"' in d2.body_html


def test_client_messages_carry_no_feed_urls():
    for template in TEMPLATES:
        match, client, source, kw = CASES[template]
        d = render_draft(match, client, source, JANE, **kw)
        if not d.is_notice:
            assert "http" not in d.body_text and "href" not in d.body_html


def test_condolence_names_the_deceased_with_the_relation_when_known():
    d = render_draft(*CASES["condolence_survivor"][:3], JANE)
    assert "the passing of your father, Robert." in d.body_text
    her = Match("c-100", "obit-1", "bereavement", "survivor", 0.9, "e",
                {"event_key": "k", "outreach_key": "c-100|k", "deceased": "Margaret (Peggy) Miller",
                 "relation": "child"})
    item = obit(text="Margaret Miller, 90, died. She is survived by her son Tom.")
    assert "your mother, Margaret" in render_draft(her, SUSAN, item, JANE).body_text


def test_condolence_never_guesses_a_gender():
    match = Match("c-100", "obit-1", "bereavement", "survivor", 0.9, "e",
                  {"event_key": "k", "outreach_key": "c-100|k", "deceased": "Robin Miller", "relation": "child"})
    text = render_draft(match, SUSAN, obit(text="Robin Miller, 84, died on Sunday."), JANE).body_text
    assert "the passing of Robin Miller." in text
    assert "father" not in text and "mother" not in text


def test_condolence_infers_the_deceased_pronoun_from_survived_by():
    match = Match("c-100", "obit-1", "bereavement", "survivor", 0.9, "e",
                  {"event_key": "k", "outreach_key": "c-100|k", "deceased": "Robert James Miller", "relation": "child"})
    item = FeedItem("obits", "obit-1", "bereavement", "Robert James Miller",
                    "Robert, 84, died. He is survived by his wife Margaret and his daughter Susan (Tom) Halvorsen.")
    assert "your father, Robert." in render_draft(match, SUSAN, item, JANE).body_text


def test_condolence_with_conflicting_pronouns_stays_generic():
    match = Match("c-100", "obit-1", "bereavement", "survivor", 0.9, "e",
                  {"event_key": "k", "outreach_key": "c-100|k", "deceased": "Robin Miller", "relation": "child"})
    item = FeedItem("obits", "obit-1", "bereavement", "Robin Miller",
                    "Robin is survived by her husband Lee. Lee was preceded in death by his parents.")
    assert "the passing of Robin Miller." in render_draft(match, SUSAN, item, JANE).body_text


def test_condolence_without_a_name_is_generic():
    match = Match("c-100", "obit-1", "bereavement", "survivor", 0.9, "e")
    text = render_draft(match, SUSAN, obit(), JANE).body_text
    assert "I was so sorry to learn of your loss." in text


@pytest.mark.parametrize(("relation", "gender", "expected"), [
    ("daughter", "m", "your father, Robert"), ("sons", "f", "your mother, Robert"),
    ("wife", "m", "your husband, Robert"), ("granddaughter", "f", "your grandmother, Robert"),
    ("sister-in-law", "m", "your brother-in-law, Robert"), ("friend", None, "your friend, Robert"),
    ("partner", None, "your partner, Robert"), ("daughter", None, ""), ("pallbearer", "m", ""),
])
def test_relation_phrase(relation, gender, expected):
    assert relation_phrase(relation, "Robert", gender) == expected


@pytest.mark.parametrize("template", ["condolence_survivor", "condolence_spouse_of_deceased_client"])
def test_condolence_has_no_sales_language(template):
    d = render_draft(*CASES[template][:3], JANE, **CASES[template][3])
    assert not SALES_WORDS.search(d.body_text), SALES_WORDS.search(d.body_text)
    assert not SALES_WORDS.search(d.subject)


def test_spouse_of_deceased_client_names_the_late_client_kindly():
    d = render_draft(*CASES["condolence_spouse_of_deceased_client"][:3], JANE, deceased=ROBERT)
    assert d.to_email == "peggy@example.com"
    assert d.body_text.startswith("Dear Peggy,")
    assert "Robert's passing" in d.body_text and d.subject == "Remembering Robert"


def test_deceased_client_gets_no_message_only_an_adviser_notice():
    match, client, source, _ = CASES["adviser_notice_deceased_client"]
    d = render_draft(match, client, source, JANE)
    assert d.is_notice and d.to_email == "jane.doe@lakeside.example"
    assert client.email not in (d.to_email, d.body_text)
    assert "No message has been drafted to this client" in d.body_text
    assert d.subject.startswith("[Internal]")


def test_deceased_client_reported_in_the_news_gets_a_notice_that_says_news():
    match = Match("c-200", "n-1", "news", "deceased_client", 0.9, "loss: Robert Miller died in a crash")
    d = render_draft(match, ROBERT, news("Eau Claire man dies in crash"), JANE)
    assert d.is_notice and "A news story appears to report the death of your client Robert Miller" in d.body_text


def test_an_uncorroborated_death_is_a_possible_match_notice_to_the_adviser_never_a_condolence():
    match, client, source, _ = CASES["adviser_notice_possible_deceased_client"]
    d = render_draft(match, client, source, JANE)
    assert d.is_notice and d.to_email == "jane.doe@lakeside.example"
    assert client.email not in (d.to_email, d.body_text)
    assert "Possible match: please verify" in d.body_text and "has not been flagged deceased" in d.body_text
    assert d.subject.startswith("[Internal] Possible match, please verify")


def test_a_clients_child_in_the_news_gets_the_parent_a_family_note():
    match, client, source, _ = CASES["news_parent_congratulation"]
    d = render_draft(match, client, source, JANE)
    assert d.template == "news_parent_congratulation" and d.to_email == client.email
    assert "the news about your family" in d.body_text and "your award" not in d.body_text


def test_deceased_client_notice_with_unknown_adviser_goes_to_the_firm_notice_address():
    match, client, source, _ = CASES["adviser_notice_deceased_client"]
    fallback = DIRECTORY.for_email("someone.gone@lakeside.example")
    d = render_draft(match, client, source, fallback, notice_email=DIRECTORY.notice_email)
    assert d.to_email == "compliance@lakeside.example"


def test_client_flagged_deceased_gets_no_client_message():
    with pytest.raises(DraftRefused):
        render_draft(*CASES["condolence_survivor"][:3], JANE, client_deceased=True)


def test_do_not_contact_client_gets_no_message():
    match, _, source, _ = CASES["weather_concern"]
    dnc = Client("c-100", "Susan", "Halvorsen", email="s@example.com", do_not_contact=True)
    with pytest.raises(DraftRefused):
        render_draft(match, dnc, source, JANE)


def test_weather_names_the_event_and_the_town():
    d = render_draft(*CASES["weather_concern"][:3], JANE)
    assert "Tornado Warning" in d.body_text and "the Chippewa Falls area" in d.body_text
    assert d.subject == "Thinking of you in Chippewa Falls"


def test_weather_shouting_event_name_is_never_alarmist():
    match, client, _, _ = CASES["weather_concern"]
    d = render_draft(match, client, alert(event="TORNADO EMERGENCY!!! TAKE COVER NOW"), JANE)
    assert "!" not in d.body_text and "!" not in d.subject
    assert not re.search(r"\b[A-Z]{3,}\b", d.body_text.replace("WI", "")), d.body_text
    assert "Tornado Emergency Take Cover Now" in d.body_text


def test_weather_over_another_place_of_the_clients_names_that_place():
    match, client, source, _ = CASES["weather_concern"]
    away = Match(match.client_id, match.item_id, "weather", "in_area", 1.0, "inside polygon",
                 details={"event_key": "vtec:x", "outreach_key": "c-100|vtec:x",
                          "location": {"label": "Lake cabin", "city": "Hayward", "state": "WI"}})
    d = render_draft(away, client, source, JANE)
    assert "includes your place near Hayward," in d.body_text and "Chippewa Falls" not in d.body_text
    assert "your place near Hayward" in d.body_html
    assert d.subject == "Thinking of you and your place near Hayward"
    unnamed = Match(*(getattr(away, f) for f in ("client_id", "item_id", "kind", "role", "score", "evidence")),
                    details={**away.details, "location": {"label": "", "city": "", "state": "WI"}})
    assert "includes one of your properties" in render_draft(unnamed, client, source, JANE).body_text


def test_weather_client_without_a_town_reads_your_area():
    match, _, source, _ = CASES["weather_concern"]
    d = render_draft(match, Client("c-9", "Al", "Ng", email="al@example.com"), source, JANE)
    assert "includes your area" in d.body_text


def test_weather_from_stored_event_data_mapping():
    match, client, _, _ = CASES["weather_concern"]
    d = render_draft(match, client, {"title": "t", "link": "https://x.example",
                                     "alert": {"event": "Flash Flood Warning"}}, JANE)
    assert "Flash Flood Warning" in d.body_text


@pytest.mark.parametrize(("details", "title", "template"), [
    ({"event": "award"}, "Local woman honored", "news_congratulation"),
    ({"event": "retirement"}, "x", "news_congratulation"),
    ({"event": "opening"}, "x", "news_congratulation"),
    ({"event": "flood"}, "x", "news_concern"),
    ({"event": "injury"}, "Award-winning chef", "news_concern"),
    ({}, "Halvorsen Bakery destroyed by fire", "news_concern"),
    ({}, "Halvorsen retires after 40 years", "news_congratulation"),
    ({}, "Award-winning bakery damaged in fire", "news_concern"),  # bad news outweighs good words
    ({}, "City council meets Tuesday", "news_note"),
    ({"event": "storm_damage"}, "Barn toppled", "news_concern"),
])
def test_news_tone_follows_the_life_event(details, title, template):
    match = Match("c-100", "n-1", "news", "subject", 0.9, "e", details)
    assert render_draft(match, SUSAN, news(title), JANE).template == template


def test_news_congratulation_names_the_event():
    d = render_draft(*CASES["news_congratulation"][:3], JANE)
    assert "about your promotion" in d.body_text and "congratulations" in d.body_text


def test_unknown_adviser_signs_with_the_firm_signature():
    fallback = DIRECTORY.for_email("nobody@lakeside.example")
    assert fallback.is_fallback
    d = render_draft(*CASES["weather_concern"][:3], fallback)
    assert d.body_text.rstrip().endswith("The Lakeside Wealth Partners team")


def test_unknown_role_is_a_clear_error():
    match = Match("c-100", "x", "gossip", "bystander", 0.5, "e")  # type: ignore[arg-type]
    with pytest.raises(DraftError, match="no template for kind='gossip'"):
        render_draft(match, SUSAN, None, JANE)


def test_template_typo_fails_loudly_with_strict_undefined(tmp_path, monkeypatch):
    for part, text in (("subject", "Hi"), ("txt", "Dear {{ greting_name }}"), ("html", "x")):
        (tmp_path / f"news_note.{part}.j2").write_text(text)
    monkeypatch.setenv("OUTREACH_TEMPLATES_DIR", str(tmp_path))
    with pytest.raises(UndefinedError):
        render_draft(*CASES["news_note"][:3], JANE)


# --- neutralising -----------------------------------------------------------------------------------

def test_neutralise_text_removes_controls_invisibles_urls_tags_and_braces():
    raw = "Bob\u200b Smith\u202e <b>bold</b> see https://x.example/a?b=c {{ 1+1 }}\r\nBcc: evil@example.com"
    out = neutralise_text(raw)
    assert out == "Bob Smith bold see 1+1 Bcc: evil@example.com"


def test_neutralise_text_caps_length_on_a_word_boundary():
    out = neutralise_text("word " * 100, max_len=30)
    assert len(out) <= 30 and out.endswith("…") and "wor…" not in out


def test_neutralise_text_of_none_is_empty():
    assert neutralise_text(None) == ""


# --- reviewer edits ---------------------------------------------------------------------------------

def test_render_final_escapes_the_reviewers_text():
    d = render_final("Thinking of you", "Dear <b>Sue</b>,\n\nA & B {{ 7*7 }}\nline two\n\nJane")
    assert "&lt;b&gt;Sue&lt;/b&gt;" in d.body_html and "<b>" not in d.body_html
    assert "A &amp; B {{ 7*7 }}<br>" in d.body_html and "49" not in d.body_html
    assert d.body_html.count("<p>") == 3
    assert d.body_text == "Dear <b>Sue</b>,\n\nA & B {{ 7*7 }}\nline two\n\nJane\n"
    assert_inert_html(d.body_html)


def test_render_final_subject_with_crlf_header_injection_is_one_line():
    d = render_final("Hello\r\nBcc: everyone@example.com", "Body")
    assert "\r" not in d.subject and "\n" not in d.subject


def test_render_final_strips_control_and_bidi_characters_but_keeps_lines():
    d = render_final("S", "one\x07\u202e\ntwo\r\nthree")
    assert d.body_text == "one\ntwo\nthree\n"


def test_render_final_empty_body_is_an_error():
    with pytest.raises(DraftError, match="empty"):
        render_final("Subject", "  \n\t\n")
    with pytest.raises(DraftError, match="subject"):
        render_final("\x00", "Body")


# --- adviser directory ------------------------------------------------------------------------------

ADVISERS_TOML = """
[firm]
name = "Lakeside Wealth Partners"
from_email = "hello@lakeside.example"
notice_email = "compliance@lakeside.example"

[advisers."Jane.Doe@Lakeside.example"]
name = "Jane Doe"
title = "Senior Wealth Adviser"
from_email = "jane@mail.lakeside.example"

[advisers."raj@lakeside.example"]
name = "Raj Patel"
signature = "Raj\\nYour adviser since 2009"
"""


def test_advisers_from_toml(tmp_path):
    path = tmp_path / "advisers.toml"
    path.write_text(ADVISERS_TOML)
    d = load_advisers(path)
    jane = d.for_email("jane.doe@lakeside.example")
    assert (jane.name, jane.sender_email, jane.is_fallback) == ("Jane Doe", "jane@mail.lakeside.example", False)
    assert jane.signature_lines == ["Jane Doe", "Senior Wealth Adviser", "Lakeside Wealth Partners"]
    assert d.for_email("raj@lakeside.example").signature_lines == ["Raj", "Your adviser since 2009"]
    assert d.for_email("RAJ@lakeside.example ").sender_email == "raj@lakeside.example"
    assert d.notice_email == "compliance@lakeside.example"


def test_advisers_from_json_via_environment(tmp_path, monkeypatch):
    path = tmp_path / "advisers.json"
    path.write_text(json.dumps({"advisers": {"a@x.example": {"name": "Ann"}}}))
    monkeypatch.setenv("OUTREACH_ADVISERS_FILE", str(path))
    assert load_advisers().for_email("a@x.example").name == "Ann"


def test_advisers_no_file_means_firm_defaults(monkeypatch):
    monkeypatch.delenv("OUTREACH_ADVISERS_FILE", raising=False)
    d = load_advisers()
    assert len(d) == 0 and d.for_email("x@y.example").is_fallback


def test_advisers_empty_advisor_email_falls_back_to_the_firm():
    assert DIRECTORY.for_email("").is_fallback and DIRECTORY.for_email(None).name == "Lakeside Wealth Partners"


def test_advisers_file_with_missing_name_names_the_field(tmp_path):
    path = tmp_path / "advisers.json"
    path.write_text(json.dumps({"advisers": {"a@x.example": {"title": "Adviser"}}}))
    with pytest.raises(AdviserFileError, match=r"advisers\.a@x\.example\.name"):
        load_advisers(path)


def test_advisers_file_with_a_key_that_is_not_an_email(tmp_path):
    path = tmp_path / "advisers.json"
    path.write_text(json.dumps({"advisers": {"Jane Doe": {"name": "Jane"}}}))
    with pytest.raises(AdviserFileError, match="not an e-mail address"):
        load_advisers(path)


def test_advisers_file_unparseable(tmp_path):
    path = tmp_path / "advisers.toml"
    path.write_text("[firm\nname=")
    with pytest.raises(AdviserFileError, match="not valid TOML"):
        load_advisers(path)


def test_advisers_file_missing(tmp_path):
    with pytest.raises(AdviserFileError, match="cannot read advisers file"):
        load_advisers(tmp_path / "nope.toml")


# --- properties: any feed text at all stays inert -----------------------------------------------------

FEEDISH = st.text(alphabet=st.characters(codec="utf-8"), max_size=300) | st.sampled_from(
    ["<script>x</script>", "{{ 7*7 }}", "{% raw %}", "\" onmouseover=\"x", "</p><iframe>", "&lt;b&gt;", "\x00\r\n"])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=FEEDISH, title=FEEDISH, evidence=FEEDISH, event=FEEDISH, template=st.sampled_from(TEMPLATES))
def test_any_feed_text_renders_inert(name, title, evidence, event, template):
    match, client, source, kw = CASES[template]
    m = Match(match.client_id, match.item_id, match.kind, match.role, match.score, evidence,
              {**match.details, "deceased": name})
    src = alert(event=event) if source.alert is not None else FeedItem(source.source, source.item_id, source.kind,
                                                                       title, title, link=title)
    d = render_draft(m, client, src, JANE, **kw)
    assert_inert_html(d.body_html)
    assert "{{" not in d.body_text and "{%" not in d.body_text
    assert "\n" not in d.subject and "\r" not in d.subject
    assert not any(ord(ch) < 32 and ch not in "\n" for ch in d.body_text)


@pytest.mark.parametrize("template", TEMPLATES)
def test_unedited_body_survives_the_final_cleaning_unchanged(template):
    """An approval without edits must be recognised as such (the template's own HTML is then sent)."""
    match, client, source, kw = CASES[template]
    d = render_draft(match, client, source, JANE, **kw)
    final = render_final(d.subject, d.body_text.replace("\n", "\r\n"))
    assert final.body_text == d.body_text and final.subject == d.subject
