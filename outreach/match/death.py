"""Is an obituary really about this client? Name and town are not enough to call a client dead.

A careful assistant who finds a client's name and town in an obituary looks for something only that client
would share before telling anyone: the age or birth year against the roster's birth date, or the spouse the
obituary names against the roster spouse. Anything that disagrees (another age, another spouse, a young man
survived by his parents when the client is married) means a namesake. Without either, the adviser gets at most
a "possible match, please verify" notice, never the family a condolence. Pure: reads the Obituary and the
Client only.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Literal

from outreach.client import Client
from outreach.match.config import DEFAULT_CONFIG, MatchConfig
from outreach.match.names import fold, given_match
from outreach.match.obituary import Obituary

Verdict = Literal["corroborated", "contradicted", "uncorroborated"]


def death_verdict(client: Client, ob: Obituary, year: int, cfg: MatchConfig = DEFAULT_CONFIG,
                  spouse_nicknames: tuple[str, ...] = ()) -> tuple[Verdict, str]:
    """Whether what the obituary says about the deceased agrees with this client's roster row, and why.

    `year` is the year of death (the obituary's, else its publication year), for an age against a birth date.
    `spouse_nicknames`: what the roster spouse, when a client, is also called ("Ilonka" for Ilona).
    """
    checks = (_birth_check(client, ob, year, cfg), _spouse_check(client, ob, spouse_nicknames),
              _maiden_check(client, ob),
              _parents_check(client, ob, cfg))
    for wanted in ("contradicted", "corroborated"):
        for verdict, why in checks:
            if verdict == wanted:
                return verdict, why
    return "uncorroborated", "name and place only: nothing else in the obituary confirms it is this client"


def _birth_check(client: Client, ob: Obituary, year: int, cfg: MatchConfig) -> tuple[Verdict | None, str]:
    born = client.birth_date
    if born is None:
        return None, ""
    if ob.birth_date:
        same = ob.birth_date == born.isoformat()
        return ("corroborated" if same else "contradicted"), f"birth date {ob.birth_date} " + (
            "is the roster's" if same else f"is not the roster's {born.isoformat()}")
    if ob.birth_year is not None:
        off = abs(ob.birth_year - born.year)
        return ("corroborated" if off == 0 else "contradicted" if off > cfg.age_slack_years else None,
                f"born {ob.birth_year}, roster {born.year}")
    if ob.age is not None:
        expected = _age_in(year, born, ob.death_date)
        off = abs(ob.age - expected)
        verdict: Verdict | None = "corroborated" if off <= 1 else (
            "contradicted" if off > cfg.age_slack_years else None)
        return verdict, f"age {ob.age}, roster birth date gives {expected}"
    return None, ""


def _age_in(year: int, born: date, death_date: str) -> int:
    """The client's age at death: exact with a date of death, else the age they reach that year."""
    if death_date:
        died = date.fromisoformat(death_date)
        return died.year - born.year - ((died.month, died.day) < (born.month, born.day))
    return year - born.year


def _spouse_check(client: Client, ob: Obituary, nicknames: tuple[str, ...] = ()) -> tuple[Verdict | None, str]:
    """The roster spouse named as the deceased's spouse (surviving, late, or "married ..."): corroborated;
    another surviving spouse: contradicted (a late or first spouse of another name proves nothing)."""
    if not client.spouse_first_name:
        return None, ""
    roster = (client.spouse_first_name, *nicknames)
    if ob.spouse is not None:
        named = ob.spouse.name
        if given_match(named.given, roster) or (named.nickname and given_match(named.nickname, roster)):
            return "corroborated", f"surviving spouse {named.given} is the roster spouse"
        return "contradicted", f"surviving spouse {named.given} is not the roster spouse {client.spouse_first_name}"
    for given in ob.spouse_givens:
        if given_match(given, roster):
            return "corroborated", f"the obituary names the roster spouse {given} as the spouse"
    return None, ""


def _maiden_check(client: Client, ob: Obituary) -> tuple[Verdict | None, str]:
    """The roster maiden name written as the deceased's own ("Kathleen (Schultz) Brandt", "born ... to John
    and Susan Anderson"): corroborated."""
    maiden = fold(client.maiden_name)
    if not maiden:
        return None, ""
    dead = ob.deceased
    if dead is not None and dead.maiden and fold(dead.maiden) == maiden:
        return "corroborated", f"maiden name {client.maiden_name} is the roster's"
    if ob.parents_text and re.search(rf"\b{re.escape(maiden)}\b", fold(ob.parents_text)):
        return "corroborated", f"born to parents named {client.maiden_name}, the roster maiden name"
    return None, ""


def _parents_check(client: Client, ob: Obituary, cfg: MatchConfig) -> tuple[Verdict | None, str]:
    """A deceased survived by parents and no spouse, young or of unknown age, is not a married client."""
    if not client.spouse_first_name or ob.spouse is not None:
        return None, ""
    if ob.age is not None and ob.age >= cfg.young_age:
        return None, ""
    if ob.survived_by_parents:
        return "contradicted", "survived by parents and no spouse: not the married client"
    return None, ""
