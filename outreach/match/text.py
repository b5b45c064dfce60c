"""Text primitives shared by the obituary and news readers: tokens, quotes, places written after a name,
and the parts of a person's name. Pure."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from outreach.match.places import MULTIWORD_STATES, is_country, is_known_town, leading_town, state_code
from outreach.match.words import PLACE_ABBREVIATIONS, PLACE_LOWER, RELATIONS


@dataclass(frozen=True)
class PersonName:
    """A person's name as the text writes it, in parts (the obituary and news readers build these)."""

    given: str
    surname: str = ""
    middle: str = ""
    nickname: str = ""
    maiden: str = ""
    suffix: str = ""
    surname_inherited: bool = False  # surname not written next to the given name, taken from context
    husbands_name: bool = False  # "Mrs. Harold Peters": a wife named through her husband's given name

    @property
    def full(self) -> str:
        nick = f' "{self.nickname}"' if self.nickname else ""
        maiden = f" ({self.maiden})" if self.maiden else ""
        return " ".join(p for p in (self.given + nick, self.middle, maiden.strip(), self.surname, self.suffix) if p)


_TOKEN = re.compile(
    r'(?P<quote>")'
    r"|(?P<word>[^\W\d_][\w'\-]*\.?(?:[^\W\d_]\.)*)"
    r"|(?P<num>\d+(?:st|nd|rd|th)?)"
    r"|(?P<punct>[(),;:&/\[\]\n])",  # a line break (one list item per line) separates like ";"
)
_SINGLE_QUOTED = re.compile(r"(?<![\w])['‘`]([A-Z][\w .\-]{0,20}?)'(?![\w])")
_DOUBLE_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "’": "'", "ʼ": "'"})


class Token:
    """One token of a clause; `low` and `cap` computed once (the parser reads them many times)."""

    __slots__ = ("cap", "end", "kind", "low", "start", "text")

    def __init__(self, kind: str, text: str, start: int, end: int):
        self.kind, self.text, self.start, self.end = kind, text, start, end
        self.low = text.lower().rstrip(".") if kind == "word" else text
        # (a Polynesian ʻokina before the capital: "ʻAna and her husband Sione Tuipulotu")
        self.cap = kind == "word" and text.lstrip("\u02bb")[:1].isupper()


def normalise_quotes(text: str) -> str:
    """Curly quotes made straight and 'single-quoted' nicknames double-quoted; same length in and out, so
    offsets still point into the original text."""
    text = text.translate(_DOUBLE_QUOTES)
    return _SINGLE_QUOTED.sub(lambda m: '"' + m.group(1) + '"', text)


def tokens(text: str, start: int, end: int) -> list[Token]:
    """The tokens of text[start:end] (offsets into `text`)."""
    out = []
    for m in _TOKEN.finditer(text, start, end):
        kind = m.lastgroup or "punct"
        out.append(Token(kind, m.group(), m.start(), m.end()))
    return out


# --- places -------------------------------------------------------------------------------------------

_NOT_PLACE_WORDS = frozenset({"and", "both", "all"})  # capitalised, they still start no town ("And", "Both")


_PARTS_OF_CITY = frozenset({"North", "South", "East", "West", "Northeast", "Northwest", "Southeast", "Southwest",
                            "Downtown", "Old", "Central", "Midtown", "Uptown"})


def _city_part(town: str) -> str:
    """"South Omaha", "East Toledo": a part of a city no ZIP code names is read as the city; a real town of
    such a name ("West Des Moines", "North Platte") stays itself."""
    head, _, rest = town.partition(" ")
    if head in _PARTS_OF_CITY and rest[:1].isupper() and not is_known_town(town) and is_known_town(rest):
        return rest
    return town


_SAINT_WORDS = frozenset({"st.", "st", "saint", "ste.", "sainte"})


def _saints_church_then_town(toks: list[Token], j: int, words: list[str]) -> bool:
    """toks[j] ends a saint's possessive ("St. Michael's"), a church's name, and a town follows its comma."""
    return bool(words) and words[0].lower() in _SAINT_WORDS and j + 2 < len(toks) and toks[j + 1].text == "," \
        and toks[j + 2].cap


def read_place(toks: list[Token], i: int) -> tuple[str, str, int]:
    """Read "Eau Claire", "Chippewa Falls, Wis.", "St. Paul, MN", "Fond du Lac", "Arizona" from toks[i:].

    Returns (town, state, next index); ("", "", i) when no place starts there.
    """
    words: list[str] = []
    j = i
    while j < len(toks):
        t = toks[j]
        town_word = t.cap and t.low not in RELATIONS and t.low not in _NOT_PLACE_WORDS and not (
            t.text.endswith("'s") and j + 1 < len(toks) and toks[j + 1].low in RELATIONS)  # "of Loretta's brother"
        if town_word and t.text.endswith("'s") and len(t.text) > 3:
            if words and words[0].lower() in _SAINT_WORDS:  # a parish: "pastor of St. Michael's, Binghamton" is in
                # its town; "Deacon Leonard Romero of St. Anne's has received" names no St. Anne, Ill.
                return read_place(toks, j + 2) if _saints_church_then_town(toks, j, words) else ("", "", i)
            words.append(t.text[:-2])  # "El Paso's Upper Valley": the town is El Paso
            j += 1
            break
        # "Fond du Lac": a lower-case particle between capitalised town words.
        particle = t.kind == "word" and t.low in PLACE_LOWER and words and j + 1 < len(toks) and toks[j + 1].cap
        if not (town_word or particle):
            break
        words.append(t.text)
        j += 1
        if len(words) >= 4:
            break
    if not words:
        return "", "", i
    words = [w if w.lower() in PLACE_ABBREVIATIONS else w.rstrip(".") for w in words]
    # A bare state: "of Arizona", "of New York" - unless a state follows ("Washington, Ill.").
    joined = " ".join(words)
    st = state_code(joined)
    followed_by_state = j + 1 < len(toks) and toks[j].text == "," and bool(state_code(toks[j + 1].text))
    if st and (len(words) == 1 or joined.lower() in MULTIWORD_STATES) and not followed_by_state:
        # Also a town ("Virginia, Minn." without the state): keep the word as the town so a client living
        # in a town of that name still agrees; place_score treats such a pair as either.
        return (joined if is_known_town(joined) else ""), st, j
    # Town words swallowed a trailing state without a comma: "Eau Claire Wisconsin".
    if len(words) > 1 and state_code(words[-1]) and not is_known_town(joined):
        return " ".join(words[:-1]), state_code(words[-1]), j
    town = _city_part(joined)
    town = leading_town(town) or town  # "of Boston Fire Department Ladder 7": Boston
    state = ""
    if j + 1 < len(toks) and toks[j].text == ",":
        k = j + 1
        cand = [toks[k].text] if toks[k].kind == "word" else []
        if cand and k + 1 < len(toks) and toks[k + 1].kind == "word":
            two = f"{toks[k].text} {toks[k + 1].text}"
            if two.lower().rstrip(".") in MULTIWORD_STATES:
                return town, state_code(two), k + 2
        if cand and state_code(cand[0]):
            return town, state_code(cand[0]), k + 1
        if not is_known_town(joined):
            abroad = _country_after(toks, k)
            if abroad:  # "of Stavanger, Norway": the country stands for the state, and matches no client's
                return town, abroad[0], abroad[1]
            city = _city_after(toks, k)
            if city:  # "of Gentilly, New Orleans": a neighbourhood no ZIP code names, then its city
                return read_place(toks, k)
    return town, state, j


def _city_after(toks: list[Token], k: int) -> bool:
    """A known town of one to three words at toks[k:], the place's end after it (not "Marie Doe of ...")."""
    city = _known_phrase(toks, k, is_known_town)
    return city is not None and not (city[1] < len(toks) and toks[city[1]].cap)


def _country_after(toks: list[Token], k: int) -> tuple[str, int] | None:
    """(country, next index) for a country of one to three words at toks[k:] ("Norway", "Northern Ireland")."""
    return _known_phrase(toks, k, is_country)


def _known_phrase(toks: list[Token], k: int, known: Callable[[str], bool]) -> tuple[str, int] | None:
    """(phrase, next index) for the longest run of one to three capitalised words at toks[k:] that `known`
    accepts. (A shorter run inside a longer capitalised one is always followed by a capital.)"""
    for n in (3, 2, 1):
        words = toks[k : k + n]
        if len(words) == n and all(t.cap for t in words) and known(name := " ".join(t.text for t in words)):
            return name, k + n
    return None
