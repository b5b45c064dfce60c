"""The adviser directory: who signs a client's message, from a JSON or TOML file (OUTREACH_ADVISERS_FILE).

File shape (TOML shown; JSON is the same structure)::

    [firm]
    name = "Lakeside Wealth Partners"
    from_email = "outreach@lakeside.example"     # sender when a client's adviser is unknown
    notice_email = "compliance@lakeside.example"  # receives adviser notices nobody else can take
    signature = "The Lakeside Wealth Partners team"

    [advisers."jane.doe@lakeside.example"]       # key: the roster's advisor_email (case-insensitive)
    name = "Jane Doe"
    title = "Senior Wealth Adviser"
    signature = "Jane Doe\\nSenior Wealth Adviser\\nLakeside Wealth Partners"   # optional
    from_email = "jane.doe@lakeside.example"     # optional, defaults to the key
    reviewers = ["jdoe", "amy"]                  # Airflow user ids who review this adviser's drafts

    [reviewers.jdoe]                             # a reviewer: name shown in Airflow, digest address
    name = "Jane Doe"
    email = "jane.doe@lakeside.example"          # optional: no address, no digest e-mail

Channels (``outreach.states.Channel``: email, card, call): the firm's policy proposes one per draft, each
adviser may override it, and the reviewer may switch it in the Required Action before approving::

    [firm.channels]                              # every key optional
    default = "email"                            # when nothing below applies
    bereavement = "card"                         # by event kind: bereavement, weather, news
    [firm.channels.weather_severity]             # weather, by the CAP severity (case-insensitive)
    Extreme = "call"
    [firm.channels.templates]                    # by template name (the most specific rule)
    news_concern = "card"

    [advisers."jane.doe@lakeside.example".channels]   # same shape; an adviser's rule beats the firm's
    bereavement = "call"                               # rule of the same level

Cooldown (``outreach.cooldown``): a new client outreach is held back (draft status ``held``, with the rule as
its ``hold_reason``; never asked for review) when the client had an outreach of the rule's ``after`` kind within
``within_hours``::

    [[firm.cooldown.rules]]
    kind = "weather"          # the outreach held back: bereavement, weather, news
    after = "bereavement"     # the earlier contact, of this kind ("any": of any kind)
    within_hours = 336        # 14 days: no weather note so soon after a condolence
    [[firm.cooldown.rules]]
    kind = "weather"
    after = "weather"
    within_hours = 72         # one weather note per client per 72 h, across overlapping storms

Journaling: ``[firm] journal_bcc = "journal@lakeside.example"`` adds that address as a per-message BCC to every
e-mail sent (SendGrid has no account-level BCC).

The most specific rule wins: template, then weather severity, then event kind, then default; at each level
the adviser's rule, then the firm's; "email" when nothing is set. A channel the client cannot receive
(a card without a complete mailing address, a call without a phone number, an e-mail without an address)
falls back to the first of email, card, call they can (``outreach.channels``). Internal notices to the
adviser are always e-mail.

Review routing: a draft's Required Action is assigned to its client's adviser's ``reviewers``; a client
with no adviser, or an adviser with no reviewers, falls back to ``[firm] reviewers`` (and to the
approvers the caller adds with ``with_fallback_reviewers``, e.g. ``OUTREACH_APPROVERS``). Nobody
configured at all means no assignment: anyone allowed to act on the DAG may answer.

Fallback (documented behaviour): a client whose advisor_email is empty or not in the file is signed
with the firm's signature and sent from the firm's from_email; ``Adviser.is_fallback`` is True so a
reviewer sees it. With no file at all the firm defaults below are used.
"""

from __future__ import annotations

import json
import os
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from outreach.emails import is_email
from outreach.errors import OutreachError
from outreach.states import Channel, ItemKind


@dataclass(frozen=True)
class Reviewer:
    """An Airflow user who may answer Required Actions; ``email`` receives the per-run digest."""

    id: str
    name: str
    email: str = ""

    def as_hitl_user(self) -> dict[str, str]:
        """The ``HITLUser`` shape Airflow stores in ``assigned_users`` (no e-mail: it is not Airflow's)."""
        return {"id": self.id, "name": self.name}


class AdviserFileError(OutreachError, ValueError):
    """The advisers file is missing, unreadable or malformed (message names the file and the field)."""


class ChannelPolicy(BaseModel):
    """Which channel a draft proposes, by template, weather severity, event kind, or by default."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    default: Channel | None = None
    bereavement: Channel | None = None
    weather: Channel | None = None
    news: Channel | None = None
    weather_severity: dict[str, Channel] = {}
    templates: dict[str, Channel] = {}

    @field_validator("weather_severity")
    @classmethod
    def _severity_keys(cls, v: dict[str, Channel]) -> dict[str, Channel]:
        return {k.strip().lower(): c for k, c in v.items()}

    def rules(self, kind: str, template: str, severity: str | None) -> list[Channel | None]:
        """This policy's answer at each level, most specific first (None: no rule at that level)."""
        by_kind = {"bereavement": self.bereavement, "weather": self.weather, "news": self.news}
        return [self.templates.get(template),
                self.weather_severity.get((severity or "").strip().lower()) if kind == "weather" else None,
                by_kind.get(kind), self.default]


def choose_channel(kind: str, template: str, severity: str | None, *policies: ChannelPolicy) -> Channel:
    """The proposed channel: the most specific level any policy sets, the first policy winning a level."""
    levels = zip(*(p.rules(kind, template, severity) for p in policies), strict=True)
    for level in levels:
        for channel in level:
            if channel is not None:
                return channel
    return Channel.EMAIL


ANY_KIND = "any"


class CooldownRule(BaseModel):
    """Hold back a ``kind`` outreach when the client had an ``after`` outreach within ``within_hours``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: ItemKind
    after: ItemKind | Literal["any"]
    within_hours: float = Field(gt=0)

    @property
    def window(self) -> timedelta:
        return timedelta(hours=self.within_hours)

    def applies(self, kind: str, earlier_kind: str) -> bool:
        return kind == self.kind and (self.after == ANY_KIND or earlier_kind == self.after)

    def describe(self) -> str:
        after = "any outreach" if self.after == ANY_KIND else f"a {self.after} outreach"
        return f"cooldown: no {self.kind} outreach within {self.within_hours:g} h of {after}"


class Cooldown(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    rules: tuple[CooldownRule, ...] = ()


class Firm(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = "Our firm"
    from_email: str = "outreach@example.com"
    notice_email: str = ""  # defaults to from_email
    signature: str = ""  # defaults to "The <name> team"
    reviewers: tuple[str, ...] = ()  # fallback reviewers (Airflow user ids) for clients with no adviser
    channels: ChannelPolicy = ChannelPolicy()
    cooldown: Cooldown = Cooldown()
    journal_bcc: str = ""  # the firm's journal address: a BCC of every e-mail sent ("" = none)

    @field_validator("journal_bcc")
    @classmethod
    def _journal(cls, v: str) -> str:
        v = v.strip().lower()
        if v and not is_email(v):
            raise ValueError(f"{v!r} is not an e-mail address")
        return v

    @property
    def signature_text(self) -> str:
        return self.signature or f"The {self.name} team"


class Adviser(BaseModel):
    """The person (or the firm, as fallback) who signs and sends a client's message."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    email: str
    name: str
    title: str = ""
    signature: str = ""
    from_email: str = ""
    firm_name: str = ""
    is_fallback: bool = False
    reviewers: tuple[str, ...] = ()  # Airflow user ids who review for this adviser
    channels: ChannelPolicy = ChannelPolicy()  # overrides the firm's policy, rule by rule

    @field_validator("email", "from_email")
    @classmethod
    def _lower(cls, v: str) -> str:
        return v.strip().lower()

    @property
    def sender_email(self) -> str:
        """The From: address."""
        return self.from_email or self.email

    @property
    def signature_lines(self) -> list[str]:
        """The signature block, one line per entry (built from name/title/firm when not given)."""
        if self.signature:
            return [line.rstrip() for line in self.signature.strip().splitlines()]
        return [x for x in (self.name, self.title, "" if self.is_fallback else self.firm_name) if x]


class _AdviserEntry(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1)
    title: str = ""
    signature: str = ""
    from_email: str = ""
    reviewers: tuple[str, ...] = ()
    channels: ChannelPolicy = ChannelPolicy()


class _ReviewerEntry(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1)
    email: str = ""

    @field_validator("email")
    @classmethod
    def _address(cls, v: str) -> str:
        v = v.strip().lower()
        if v and not is_email(v):
            raise ValueError(f"{v!r} is not an e-mail address")
        return v


class _File(BaseModel):
    model_config = ConfigDict(extra="forbid")

    firm: Firm = Firm()
    advisers: dict[str, _AdviserEntry] = {}
    reviewers: dict[str, _ReviewerEntry] = {}


class AdviserDirectory:
    """advisor_email -> Adviser, with the firm fallback for unknown or empty addresses."""

    def __init__(self, advisers: Mapping[str, Adviser] | None = None, firm: Firm | None = None,
                 reviewers: Mapping[str, Reviewer] | None = None,
                 fallback_reviewers: Iterable[str] | None = None) -> None:
        self.firm = firm or Firm()
        self._by_email = {k.strip().lower(): v for k, v in (advisers or {}).items()}
        self._reviewers = dict(reviewers or {})
        fallback = list(self.firm.reviewers) if fallback_reviewers is None else list(fallback_reviewers)
        self._fallback = tuple(dict.fromkeys(fallback))

    def with_fallback_reviewers(self, extra: Iterable[Reviewer]) -> AdviserDirectory:
        """A copy where ``extra`` (e.g. ``OUTREACH_APPROVERS``) also review for clients with no adviser.

        Entries the file already names keep the file's name and address.
        """
        extra = list(extra)
        known = {**{r.id: r for r in extra}, **self._reviewers}
        return AdviserDirectory(self._by_email, self.firm, known,
                                fallback_reviewers=[*self._fallback, *(r.id for r in extra)])

    def reviewer(self, reviewer_id: str) -> Reviewer:
        """The named reviewer, or one named by their id (no digest address) when the file omits them."""
        return self._reviewers.get(reviewer_id) or Reviewer(id=reviewer_id, name=reviewer_id)

    def reviewers_for(self, advisor_email: str | None) -> list[Reviewer]:
        """Who reviews a client's drafts: the adviser's reviewers, else the firm's fallback; [] = anyone."""
        found = self._by_email.get((advisor_email or "").strip().lower())
        ids = (found.reviewers if found is not None else ()) or self._fallback
        return [self.reviewer(i) for i in ids]

    def __len__(self) -> int:
        return len(self._by_email)

    def for_email(self, advisor_email: str | None) -> Adviser:
        """The adviser for a roster advisor_email, or the firm fallback (is_fallback=True)."""
        found = self._by_email.get((advisor_email or "").strip().lower())
        if found is not None:
            return found
        return Adviser(email=self.firm.from_email, name=self.firm.name, signature=self.firm.signature_text,
                       from_email=self.firm.from_email, firm_name=self.firm.name, is_fallback=True)

    def channel_for(self, advisor_email: str | None, kind: str, template: str,
                    severity: str | None = None) -> Channel:
        """The channel the policy proposes for a draft (before the client's reachability is checked)."""
        return choose_channel(kind, template, severity, self.for_email(advisor_email).channels, self.firm.channels)

    @property
    def notice_email(self) -> str:
        """Where internal notices go when a client has no known adviser."""
        return (self.firm.notice_email or self.firm.from_email).lower()

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any], *, origin: str = "advisers") -> AdviserDirectory:
        """Build from parsed JSON/TOML data; raises AdviserFileError naming the bad field."""
        try:
            parsed = _File.model_validate(data)
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"])
            raise AdviserFileError(f"{origin}: {where}: {first['msg']}") from None
        advisers = {}
        for email, entry in parsed.advisers.items():
            if "@" not in email:
                raise AdviserFileError(f"{origin}: advisers key {email!r} is not an e-mail address")
            advisers[email] = Adviser(email=email, firm_name=parsed.firm.name, **entry.model_dump())
        reviewers = {rid: Reviewer(id=rid, name=r.name, email=r.email) for rid, r in parsed.reviewers.items()}
        return cls(advisers, parsed.firm, reviewers)


def load_advisers(path: str | os.PathLike[str] | None = None) -> AdviserDirectory:
    """Read the directory from ``path`` or $OUTREACH_ADVISERS_FILE (.toml or .json); none -> firm defaults."""
    if path is None:
        from outreach.config import load_settings

        path = load_settings().advisers_file
    chosen = path
    if chosen is None:
        return AdviserDirectory()
    p = Path(chosen)
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise AdviserFileError(f"{p}: cannot read advisers file: {exc.strerror or exc}") from None
    try:
        data = tomllib.loads(raw.decode("utf-8")) if p.suffix.lower() == ".toml" else json.loads(raw)
    except (UnicodeDecodeError, tomllib.TOMLDecodeError, json.JSONDecodeError) as exc:
        raise AdviserFileError(f"{p}: not valid {'TOML' if p.suffix.lower() == '.toml' else 'JSON'}: {exc}") from None
    if not isinstance(data, dict):
        raise AdviserFileError(f"{p}: expected an object with 'firm' and 'advisers'")
    return AdviserDirectory.from_mapping(data, origin=str(p))
