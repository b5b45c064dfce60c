"""Rendering outreach drafts from templates/ with Jinja2: a subject, a plain-text part and an HTML part.

Safety model (feed text is untrusted):
- every value taken from a feed or a match (names, titles, event names, evidence) passes through
  `neutralise_text` before it reaches a template: control and invisible format characters, URLs,
  tag-like ``<...>`` runs and template braces are removed, whitespace folded, length capped. Braces go
  because a draft body is later shown in Airflow, whose templated fields would evaluate ``{{ }}``;
- the HTML environment autoescapes, the text environment does not (it is plain text), and both use
  StrictUndefined so a template typo fails loudly instead of sending "Dear ,";
- feed text is only ever passed as a *value*: it is never compiled as a template.

The template for a match (``template_for``): bereavement survivor -> condolence_survivor, the roster
spouse of a deceased client -> condolence_spouse_of_deceased_client, a deceased client ->
adviser_notice_deceased_client (addressed to the adviser, never to the client), an uncorroborated death of a
client's namesake -> adviser_notice_possible_deceased_client ("possible match: please verify", to the adviser,
the client not flagged), weather -> weather_concern, news -> news_congratulation / news_concern by the life
event, news_note when the event cannot be told; a client named as the parent of a story's subject ->
news_parent_congratulation / news_parent_concern / news_parent_note.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from nameparser import HumanName

from outreach.advisers import Adviser
from outreach.client import Client
from outreach.config import load_settings
from outreach.errors import OutreachError
from outreach.feeds.item import FeedItem
from outreach.match.model import Match, MatchDetails

TEMPLATES: tuple[str, ...] = (
    "condolence_survivor", "condolence_spouse_of_deceased_client", "adviser_notice_deceased_client",
    "adviser_notice_possible_deceased_client",
    "weather_concern", "news_congratulation", "news_concern", "news_note",
    "news_parent_congratulation", "news_parent_concern", "news_parent_note",
)
NOTICE_TEMPLATES = frozenset({"adviser_notice_deceased_client", "adviser_notice_possible_deceased_client"})
_NOTICE_FOR_ROLE = {"deceased_client": "adviser_notice_deceased_client",
                    "possible_deceased_client": "adviser_notice_possible_deceased_client"}

# The news matcher's life events (Match.details["event"], a match.model.LifeEvent), by the tone they call for.
POSITIVE_EVENTS = {
    "award": "your award", "promotion": "your promotion", "retirement": "your retirement", "opening": "the opening",
    "milestone": "the milestone",
}
NEGATIVE_EVENTS = frozenset({"loss", "storm_damage", "fire", "flood", "injury"})
# Last resort when the matcher gave no event type: words in the headline (whole words, lower case).
_NEG_WORDS = re.compile(
    r"\b(fire|blaze|flood(?:ed|ing)?|injur(?:y|ed|ies)|hurt|crash|accident|killed|died|dies|death|"
    r"damage[ds]?|destroyed|burn(?:ed|s)?|collapse[ds]?|closing|closes|layoffs?|hospitali[sz]ed)\b", re.IGNORECASE)
_POS_WORDS = {
    "award": re.compile(r"\b(awards?|awarded|honou?red|honou?r|wins|won|prize)\b", re.IGNORECASE),
    "promotion": re.compile(r"\b(promot(?:ed|ion)|named (?:ceo|president|partner|director|chief))\b", re.IGNORECASE),
    "retirement": re.compile(r"\bretir(?:es|ed|ement|ing)\b", re.IGNORECASE),
    "opening": re.compile(r"\b(opens|opening|ribbon[- ]cutting|grand opening|launch(?:es|ed)?)\b", re.IGNORECASE),
}


class DraftError(OutreachError, ValueError):
    """A draft cannot be rendered (unknown role/template, or missing data); the message says which."""


class RefusalReason(StrEnum):
    """Why a client may not be written to (any more): the one list the drafts and the sender share."""

    CLIENT_DECEASED = "client flagged deceased"
    DO_NOT_CONTACT = "client is do-not-contact"


class DraftRefused(DraftError):
    """Rendering would break a tone rule (e.g. a message to a client flagged deceased or do-not-contact)."""

    def __init__(self, reason: RefusalReason, client_id: str) -> None:
        super().__init__(f"client {client_id}: {reason}")
        self.reason = reason


@dataclass(frozen=True)
class DraftContent:
    """A rendered message. ``to_email`` is the client, or the adviser for an internal notice."""

    template: str
    subject: str
    body_text: str
    body_html: str
    to_email: str = ""
    to_name: str = ""
    is_notice: bool = False  # True: internal, addressed to the adviser


# --- neutralising untrusted text ---------------------------------------------------------------------

_URL = re.compile(r"(?i)\b(?:[a-z][a-z0-9+.-]{1,15}://|www\.|javascript:|data:|vbscript:|mailto:)\S*")
_TAG = re.compile(r"<[^<>]{0,500}>")
_WS = re.compile(r"\s+")
_ASCII_CONTROLS = {c: " " for c in (*range(0x20), 0x7F)}


def neutralise_text(value: object, *, max_len: int = 200) -> str:
    """Feed text made inert for a message: no controls, invisibles, URLs, tags or braces; one line, capped."""
    if value is None:
        return ""
    text = str(value)
    if text.isascii():
        # The same result, without a category lookup per character: NFC leaves ASCII as it is, and the only
        # categories below that ASCII has are its controls (Cc: U+0000-U+001F, U+007F), which become spaces.
        text = text.translate(_ASCII_CONTROLS)
    else:
        text = unicodedata.normalize("NFC", text)
        # Cc (controls), Cf (bidi overrides, zero-width), Co/Cs/Cn (private use, surrogates, unassigned).
        text = "".join(" " if unicodedata.category(ch) in ("Cc", "Zl", "Zp") else ch for ch in text
                       if unicodedata.category(ch) not in ("Cf", "Co", "Cs", "Cn"))
    text = _TAG.sub(" ", text)
    text = _URL.sub(" ", text)
    text = text.replace("<", " ").replace(">", " ").replace("{", "").replace("}", "")
    text = _WS.sub(" ", text).strip(" \"'")
    if len(text) > max_len:
        cut = text[: max_len - 1]
        text = (cut.rsplit(" ", 1)[0] if " " in cut else cut).rstrip(" ,;:-") + "…"
    return text


def neutralise_body(value: str, *, max_len: int = 20_000) -> str:
    """A reviewer's edited multi-line body: controls and invisibles removed, line structure kept."""
    text = unicodedata.normalize("NFC", value.replace("\r\n", "\n").replace("\r", "\n"))
    text = "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch) not in ("Cc", "Cf", "Co", "Cs"))
    text = text.replace("\t", "    ")
    lines = [line.rstrip() for line in text.split("\n")]
    return "\n".join(lines).strip("\n")[:max_len]


def safe_link(value: object) -> str:
    """An http(s) source link fit for an internal notice, or "" (javascript:, data:, junk are dropped)."""
    link = str(value or "").strip()
    if not re.fullmatch(r"https?://[^\s<>\"'{}`\\]{1,2000}", link, flags=re.IGNORECASE):
        return ""
    return link


# --- the data a template sees ------------------------------------------------------------------------

@dataclass(frozen=True)
class SourceFacts:
    """What drafting needs from a feed item or a stored event, whichever the caller has."""

    title: str = ""
    link: str = ""
    weather_event: str = ""
    area_desc: str = ""
    text: str = ""  # plain text body, only read (never shown) to infer the deceased's pronoun

    @classmethod
    def from_any(cls, source: FeedItem | Mapping[str, Any] | None) -> SourceFacts:
        if source is None:
            return cls()
        if isinstance(source, FeedItem):
            alert = source.alert
            return cls(title=source.title, link=source.link or "", text=source.text,
                       weather_event=alert.event if alert else "", area_desc=alert.area_desc if alert else "")
        alert_data = source.get("alert") or {}
        if not isinstance(alert_data, Mapping):
            alert_data = {}
        return cls(
            title=str(source.get("title") or source.get("headline") or ""),
            link=str(source.get("link") or ""),
            weather_event=str(alert_data.get("event") or source.get("event") or ""),
            area_desc=str(alert_data.get("area_desc") or source.get("area_desc") or ""),
            text=str(source.get("text") or ""),
        )


# Obituary phrases whose pronoun can only be the deceased's: "He is survived by his wife ...".
_DECEASED_PRONOUN = re.compile(
    r"\b(?:survived\s+by|survivors\s+include|leaves\s+behind|preceded\s+in\s+death\s+by|predeceased\s+by)"
    r"\s+(his|her)\b", re.IGNORECASE)


def infer_pronoun(text: str) -> str | None:
    """"m"/"f" when the obituary's survivor phrases agree on the deceased's pronoun, else None."""
    found = {m.group(1).lower() for m in _DECEASED_PRONOUN.finditer(text or "")}
    if found == {"his"}:
        return "m"
    if found == {"her"}:
        return "f"
    return None


# The survivor's relation to the deceased -> the deceased's relation to the survivor, as (male, female).
_INVERSE: dict[str, tuple[str, str]] = {}
for _rels, _inv in (
    (("son", "daughter", "child", "children"), ("father", "mother")),
    (("stepson", "stepdaughter", "stepchild"), ("stepfather", "stepmother")),
    (("son-in-law", "daughter-in-law"), ("father-in-law", "mother-in-law")),
    (("wife", "husband", "spouse"), ("husband", "wife")),
    (("brother", "sister", "sibling"), ("brother", "sister")),
    (("half-brother", "half-sister"), ("half-brother", "half-sister")),
    (("stepbrother", "stepsister"), ("stepbrother", "stepsister")),
    (("brother-in-law", "sister-in-law"), ("brother-in-law", "sister-in-law")),
    (("grandson", "granddaughter", "grandchild", "grandchildren"), ("grandfather", "grandmother")),
    (("great-grandson", "great-granddaughter", "great-grandchild", "great-grandchildren"),
     ("great-grandfather", "great-grandmother")),
    (("father", "mother", "parent"), ("son", "daughter")),
    (("grandfather", "grandmother", "grandparent"), ("grandson", "granddaughter")),
    (("nephew", "niece", "niece-nephew"), ("uncle", "aunt")),
    (("uncle", "aunt", "aunt-uncle"), ("nephew", "niece")),
    (("cousin",), ("cousin", "cousin")),
):
    for _rel in _rels:
        _INVERSE[_rel] = _inv
_NEUTRAL_INVERSE = {"partner": "partner", "companion": "companion", "friend": "friend", "cousin": "cousin"}


def relation_phrase(relation: str, deceased_first: str, gender: str | None) -> str:
    """"your mother, Margaret" when the relation (and, if it matters, the deceased's gender) is known, else ""."""
    rel = re.sub(r"[^a-z-]", "", relation.lower().replace(" ", "-").replace("_", "-")).strip("-")
    rel = {"sons": "son", "daughters": "daughter", "brothers": "brother", "sisters": "sister"}.get(rel, rel)
    if not deceased_first:
        return ""
    if rel in _NEUTRAL_INVERSE:
        who = _NEUTRAL_INVERSE[rel]
    elif rel in _INVERSE and gender is not None:
        who = _INVERSE[rel][0 if gender == "m" else 1]
    else:
        return ""  # never guess a gender: the generic wording is kinder than a wrong "your father"
    return f"your {who}, {deceased_first}"


def news_tone(details: MatchDetails, title: str) -> tuple[str, str]:
    """(template, event phrase) for a news match: congratulation, concern, or a neutral note when unclear."""
    event = details.get("event", "")
    if event in NEGATIVE_EVENTS:
        return "news_concern", ""
    if event in POSITIVE_EVENTS:
        return "news_congratulation", POSITIVE_EVENTS[event]
    if _NEG_WORDS.search(title):  # bad news outweighs good words in the same headline
        return "news_concern", ""
    for name, pattern in _POS_WORDS.items():
        if pattern.search(title):
            return "news_congratulation", POSITIVE_EVENTS[name]
    return "news_note", ""


def template_for(match: Match, source: SourceFacts | None = None) -> str:
    """The template name for a match (see the module docstring)."""
    if match.role in _NOTICE_FOR_ROLE:
        return _NOTICE_FOR_ROLE[match.role]
    if match.role == "parent_of_subject":  # the story is about the client's child
        return news_tone(match.details, (source or SourceFacts()).title)[0].replace("news_", "news_parent_", 1)
    if match.role == "spouse_of_deceased_client":
        return "condolence_spouse_of_deceased_client"
    if match.role == "survivor" or match.kind == "bereavement":
        return "condolence_survivor"
    if match.kind == "weather" or match.role == "in_area":
        return "weather_concern"
    if match.kind == "news" or match.role == "subject":
        return news_tone(match.details, (source or SourceFacts()).title)[0]
    raise DraftError(f"no template for kind={match.kind!r} role={match.role!r}")


def _weather_event(raw: str) -> str:
    """The CAP event name as calm prose: letters only, "Tornado Warning", never "TORNADO WARNING!!!"."""
    words = re.findall(r"[A-Za-z]+", neutralise_text(raw, max_len=60))
    return " ".join(w.capitalize() for w in words) or "weather alert"


# --- environments ------------------------------------------------------------------------------------

def templates_dir() -> Path:
    """templates/ at the project root, or $OUTREACH_TEMPLATES_DIR."""
    return load_settings().templates_dir


@lru_cache(maxsize=4)
def _envs(directory: str) -> tuple[Environment, Environment]:
    # Templates are read once per process (auto_reload off): a storm's tens of thousands of drafts would
    # otherwise stat six template files each. Every pipeline step runs in a task process of its own, so an
    # edited template is picked up by the next run.
    loader = FileSystemLoader(directory)
    html = Environment(loader=loader, autoescape=select_autoescape(enabled_extensions=("html", "html.j2"),
                                                                   default_for_string=True, default=True),
                       undefined=StrictUndefined, keep_trailing_newline=False, auto_reload=False)
    text = Environment(loader=loader, autoescape=False, undefined=StrictUndefined, keep_trailing_newline=False,
                       auto_reload=False)
    return html, text


def _render(template: str, context: Mapping[str, Any]) -> tuple[str, str, str]:
    html_env, text_env = _envs(str(templates_dir()))
    subject = text_env.get_template(f"{template}.subject.j2").render(context)
    subject = neutralise_text(subject, max_len=150)  # one line: no header injection
    ctx = {**context, "subject": subject}
    body_text = text_env.get_template(f"{template}.txt.j2").render(ctx).strip() + "\n"
    body_html = html_env.get_template(f"{template}.html.j2").render(ctx).strip() + "\n"
    return subject, re.sub(r"\n{3,}", "\n\n", body_text), body_html


def _client_context(client: Client) -> dict[str, Any]:
    city = neutralise_text(client.city, max_len=60)
    state = neutralise_text(client.state, max_len=20)
    return {
        "client_id": neutralise_text(client.client_id, max_len=64),
        "display_name": neutralise_text(client.display_name, max_len=120),
        "first_name": neutralise_text(client.first_name, max_len=60),
        "town": ", ".join(x for x in (city, state) if x),
    }


def render_draft(match: Match, client: Client, source: FeedItem | Mapping[str, Any] | None,
                 adviser: Adviser, *, deceased: Client | None = None, client_deceased: bool = False,
                 notice_email: str = "") -> DraftContent:
    """Render the message for one match, signed by ``adviser``.

    ``source`` is the FeedItem, or the stored event/item data as a mapping (title, link, alert.event).
    ``deceased`` is the deceased client for a spouse_of_deceased_client match (else details are used).
    A deceased_client or possible_deceased_client match yields an internal notice to the adviser
    (``notice_email`` when the adviser is the firm fallback). Raises DraftRefused for a client-facing message to
    a client who is flagged deceased or do-not-contact, DraftError when no template fits.
    """
    facts = SourceFacts.from_any(source)
    template = template_for(match, facts)
    details: MatchDetails = match.details or {}
    greeting = greeting_name(client)
    base: dict[str, Any] = {
        "client": _client_context(client),
        "greeting_name": greeting,
        "adviser": {"name": neutralise_text(adviser.name, max_len=120),
                    "signature_lines": [neutralise_text(x, max_len=120) for x in adviser.signature_lines]},
    }

    if template in NOTICE_TEMPLATES:
        return _notice_draft(template, match, facts, base, adviser, notice_email)
    if client_deceased:
        raise DraftRefused(RefusalReason.CLIENT_DECEASED, client.client_id)  # no client message, a notice only
    if client.do_not_contact:
        raise DraftRefused(RefusalReason.DO_NOT_CONTACT, client.client_id)

    ctx = {**base, **_message_context(template, details, client, facts, deceased)}
    subject, text, html = _render(template, ctx)
    return DraftContent(template, subject, text, html, to_email=client.email.strip(),
                        to_name=neutralise_text(client.display_name, max_len=120))


def _notice_draft(template: str, match: Match, facts: SourceFacts, base: dict[str, Any], adviser: Adviser,
                  notice_email: str) -> DraftContent:
    """An internal notice to the adviser (``notice_email`` when the adviser is the firm fallback)."""
    ctx = {**base,
           "source": {"title": neutralise_text(facts.title, max_len=200) or "(untitled item)",
                      "link": safe_link(facts.link)},
           "notice": {"score": f"{match.score:.2f}", "evidence": neutralise_text(match.evidence, max_len=600),
                      "what": "An obituary" if match.kind == "bereavement" else "A news story"}}
    subject, text, html = _render(template, ctx)
    to = notice_email if adviser.is_fallback and notice_email else adviser.sender_email
    return DraftContent(template, subject, text, html, to_email=to, to_name=base["adviser"]["name"],
                        is_notice=True)


def _message_context(template: str, details: MatchDetails, client: Client, facts: SourceFacts,
                     deceased: Client | None) -> dict[str, Any]:
    """What a client-facing template needs besides the client and the adviser."""
    ctx: dict[str, Any] = {}
    if template == "condolence_survivor":
        name = neutralise_text(details.get("deceased", ""), max_len=100)
        first = neutralise_text(HumanName(name).first, max_len=60) if name else ""
        rel = details.get("relation", "")
        ctx["deceased"] = {"name": name, "first_name": first,
                           "relation_phrase": relation_phrase(rel, first, infer_pronoun(facts.text)) if rel else ""}
    elif template == "condolence_spouse_of_deceased_client":
        if deceased is not None:
            first = deceased.nickname or deceased.first_name
        else:
            first = HumanName(details.get("deceased") or client.spouse_first_name).first
        ctx["deceased"] = {"first_name": neutralise_text(first, max_len=60)}
    elif template == "weather_concern":
        ctx["weather"] = {"event": _weather_event(facts.weather_event)}
        town = neutralise_text(client.city, max_len=60)
        ctx["place"] = {"town": town, "away": False} if town else None
        away = details.get("location")
        if away:  # the storm covers another place of the client's, not their home: "your place near Hayward"
            ctx["place"] = {"town": neutralise_text(away.get("city") or away.get("label") or "", max_len=60),
                            "away": True}
    else:  # news, about the client or their child
        _, phrase = news_tone(details, facts.title)
        ctx["news"] = {"title": neutralise_text(facts.title, max_len=140), "event_phrase": phrase}
    return ctx


STORM_TEMPLATE = "weather_concern"
STORM_MESSAGE_TEMPLATE = "_weather_concern_message"  # the storm message without its greeting


def greeting_name(client: Client) -> str:
    """How a message greets the client: the nickname, else the first name (cleaned), else "friend"."""
    return neutralise_text(client.nickname or client.first_name, max_len=60) or "friend"


def greeting_line(client: Client) -> str:
    """The first line of every client message: "Dear Peggy,"."""
    return f"Dear {greeting_name(client)},"


def render_storm_message(weather_event: str, adviser: Adviser) -> tuple[str, str]:
    """(subject, body) of one storm's shared message, signed by ``adviser``, with no greeting and no town.

    A storm's Required Action lists many clients under one editable message; each client's copy is
    ``greeting_line(client)``, a blank line, then this body (see ``personalise``).
    """
    ctx = {"weather": {"event": _weather_event(weather_event)}, "place": None, "greeting_name": "",
           "adviser": {"name": neutralise_text(adviser.name, max_len=120),
                       "signature_lines": [neutralise_text(x, max_len=120) for x in adviser.signature_lines]}}
    _, text_env = _envs(str(templates_dir()))
    subject = neutralise_text(text_env.get_template(f"{STORM_TEMPLATE}.subject.j2").render(ctx), max_len=150)
    body = text_env.get_template(f"{STORM_MESSAGE_TEMPLATE}.txt.j2").render(ctx).strip() + "\n"
    return subject, re.sub(r"\n{3,}", "\n\n", body)


def personalise(client: Client, shared_body: str) -> str:
    """One client's copy of a shared message: their greeting line, a blank line, the shared body."""
    return f"{greeting_line(client)}\n\n{shared_body.strip()}\n"


def render_final(subject: str, body_text: str, *, template: str = "final", to_email: str = "",
                 to_name: str = "", is_notice: bool = False) -> DraftContent:
    """A reviewer's edited subject and plain text made final: cleaned text plus an escaped HTML part.

    The edited text is treated exactly like feed text: it is a value, escaped by the HTML
    environment's autoescape, never compiled as a template.
    """
    clean_subject = neutralise_text(subject, max_len=150)
    clean_body = neutralise_body(body_text)
    if not clean_subject:
        raise DraftError("the final subject is empty")
    if not clean_body.strip():
        raise DraftError("the final body is empty")
    paragraphs = [p.split("\n") for p in re.split(r"\n\s*\n", clean_body) if p.strip()]
    html_env, _ = _envs(str(templates_dir()))
    html = html_env.get_template("_final.html.j2").render(subject=clean_subject, paragraphs=paragraphs)
    return DraftContent(template, clean_subject, clean_body + "\n", html.strip() + "\n", to_email=to_email,
                        to_name=to_name, is_notice=is_notice)
