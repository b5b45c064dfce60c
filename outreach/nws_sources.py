"""The NWS active-alert feeds the roster needs: one api.weather.gov source per state where a client lives or has
another place (``outreach feeds add-nws --from-roster``).

- States come from the store: the living clients who may be contacted (not deceased, not do-not-contact) and
  their locations (``client_locations``).
- Each state's source is named ``nws-<state>`` (``nws-wi``), kind weather, URL
  ``https://api.weather.gov/alerts/active?area=WI`` (GeoJSON). A source is this command's when its URL is
  such an URL, whatever its name.
- Re-running after the roster changed adds the new states, re-enables a disabled source whose state is back,
  and disables (never deletes: its items and matches stay) the sources of states no longer present.
  A second run with the same roster changes nothing.
- api.weather.gov asks every client for a User-Agent with a contact: ``OUTREACH_NWS_CONTACT`` (an e-mail
  address or web site) must be set; ``outreach.feeds.fetch`` sends it to weather.gov hosts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import sqlalchemy as sa
from sqlalchemy.orm import Session

from outreach.config import load_settings
from outreach.errors import OutreachError
from outreach.store.feeds import add_feed_source
from outreach.store.models import ClientLocationRow, ClientRow, FeedSourceRow

NWS_ACTIVE = "https://api.weather.gov/alerts/active?area={state}"
_NWS_URL = re.compile(r"https://api\.weather\.gov/alerts/active\?area=([A-Z]{2})")


class NwsContactMissing(OutreachError, ValueError):
    """OUTREACH_NWS_CONTACT is not set: api.weather.gov asks for a contact in the User-Agent."""

    def __init__(self) -> None:
        super().__init__("OUTREACH_NWS_CONTACT is not set: api.weather.gov asks every client for a contact in its "
                         "User-Agent; set it to an e-mail address or web site where the NWS can reach you "
                         "(e.g. OUTREACH_NWS_CONTACT=ops@yourfirm.example)")


@dataclass
class NwsSync:
    """What `sync_nws_sources` changed, by source name."""

    states: list[str] = field(default_factory=list)  # where clients and their places are
    added: list[str] = field(default_factory=list)
    enabled: list[str] = field(default_factory=list)  # disabled before, its state is back
    disabled: list[str] = field(default_factory=list)  # its state has no client or place any more
    unchanged: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.added or self.enabled or self.disabled)


def nws_url(state: str) -> str:
    return NWS_ACTIVE.format(state=state)


def roster_states(session: Session) -> list[str]:
    """USPS codes of the states where contactable living clients live or have another place, sorted."""
    living = sa.and_(ClientRow.deceased_at.is_(None), ClientRow.do_not_contact.is_(False))
    homes = sa.select(ClientRow.state).where(living, ClientRow.state != "")
    places = (sa.select(ClientLocationRow.state).join(ClientRow, ClientRow.client_id == ClientLocationRow.client_id)
              .where(living, ClientLocationRow.state != ""))
    return sorted(set(session.scalars(homes.distinct())) | set(session.scalars(places.distinct())))


def sync_nws_sources(session: Session, *, contact: str | None = None) -> NwsSync:
    """Make the enabled NWS sources exactly the roster's states (the caller commits). Raises NwsContactMissing
    when no contact is configured (``contact`` defaults to OUTREACH_NWS_CONTACT)."""
    contact = load_settings().nws_contact if contact is None else contact
    if not contact.strip():
        raise NwsContactMissing()
    sync = NwsSync(states=roster_states(session))
    wanted = set(sync.states)
    ours: dict[str, FeedSourceRow] = {}
    for row in session.scalars(sa.select(FeedSourceRow).order_by(FeedSourceRow.name)):
        m = _NWS_URL.fullmatch(row.url)
        if m and row.kind == "weather":
            ours.setdefault(m.group(1), row)
    for state in sync.states:
        have = ours.get(state)
        if have is None:
            name = f"nws-{state.lower()}"
            add_feed_source(session, name, nws_url(state), "weather")
            sync.added.append(name)
        elif not have.enabled:
            have.enabled = True
            sync.enabled.append(have.name)
        else:
            sync.unchanged.append(have.name)
    for state, source in sorted(ours.items()):
        if state not in wanted and source.enabled:
            source.enabled = False
            sync.disabled.append(source.name)
    session.flush()
    return sync
