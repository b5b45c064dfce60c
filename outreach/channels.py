"""Which channels a client can receive, the one a draft proposes, and what a call task says.

- e-mail needs the client's address (an internal notice: the adviser's);
- a card needs a complete mailing address (``Client.mailing_address``: address line, city, state, ZIP);
- a call needs a phone number (stored E.164, shown with ``outreach.phones.format_phone``).

The firm's policy (``outreach.advisers``) proposes a channel; when the client cannot receive it, the first of
email, card, call they can receive is proposed instead; none at all means the draft is suppressed.
"""

from __future__ import annotations

from dataclasses import dataclass

from outreach.advisers import AdviserDirectory
from outreach.client import Client
from outreach.drafts import NOTICE_TEMPLATES, neutralise_text
from outreach.phones import format_phone
from outreach.states import Channel

FALLBACK_ORDER = (Channel.EMAIL, Channel.CARD, Channel.CALL)


def available_channels(client: Client | None, *, to_email: str, template: str) -> list[Channel]:
    """The channels this draft can go out by, in FALLBACK_ORDER (notices: e-mail to the adviser only)."""
    if template in NOTICE_TEMPLATES or client is None:
        return [Channel.EMAIL] if to_email else []
    found = []
    if to_email:
        found.append(Channel.EMAIL)
    if client.mailing_address:
        found.append(Channel.CARD)
    if client.phone:
        found.append(Channel.CALL)
    return found


def proposed_channel(directory: AdviserDirectory, client: Client | None, *, kind: str, template: str,
                     to_email: str, severity: str | None = None) -> Channel | None:
    """The channel a new draft proposes to its reviewer; None when the client can be reached by none."""
    available = available_channels(client, to_email=to_email, template=template)
    if not available:
        return None
    if template in NOTICE_TEMPLATES:
        return Channel.EMAIL
    wanted = directory.channel_for(client.advisor_email if client else "", kind, template, severity)
    return wanted if wanted in available else available[0]


# --- call tasks -----------------------------------------------------------------------------------------

_POINTS = {
    "condolence_survivor": ("Offer your condolences; let them talk about the person they lost.",
                            "No business on this call: offer to help with paperwork whenever they are ready."),
    "condolence_spouse_of_deceased_client": ("Offer your condolences on the loss of your client, their spouse.",
                                             "No business on this call: say you will help with the accounts "
                                             "and beneficiaries whenever they are ready."),
    "weather_concern": ("Ask whether they and their home are safe after the storm.",
                        "Offer help with insurance claims or emergency cash if they need it."),
    "news_congratulation": ("Congratulate them on the news.", "Keep it short and personal."),
    "news_concern": ("Say you saw the news and ask how they are.", "Offer help if they need it."),
    "news_note": ("Say you saw them in the news and ask how they are.",),
}


@dataclass(frozen=True)
class CallTask:
    """What the adviser needs to make one call: who, which number, what to say."""

    draft_id: int
    client_name: str
    phone: str  # formatted for reading
    talking_points: list[str]


def call_task(draft_id: int, client: Client, *, template: str, subject: str) -> CallTask:
    """The call task for an approved call draft; every text is neutralised (it came from a feed or a person)."""
    about = neutralise_text(subject, max_len=150)
    points = [f"About: {about}"] if about else []
    points += list(_POINTS.get(template, ("Ask how they are.",)))
    points.append("Afterwards, record the outcome: reached, voicemail, no answer or wrong number.")
    return CallTask(draft_id, neutralise_text(client.display_name, max_len=120), format_phone(client.phone), points)
