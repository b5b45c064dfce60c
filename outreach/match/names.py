"""Name normalisation: accents, case, apostrophes, hyphens, suffixes, and nickname variants.

Everything here is pure. Text is folded character by character (one output character per input
character) so offsets found in folded text point at the same place in the original text.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from nicknames import NickNamer

from outreach.match.config import DEFAULT_CONFIG, MatchConfig
from outreach.match.words import GIVEN_SPELLINGS, SPANISH_NICKNAMES, SUFFIX_SPELLINGS, SUFFIXES, SURNAME_KEY_PARTICLES

# Letters with a stroke or a ligature have no Unicode decomposition: "Przybyłowicz" is a CRM's "Przybylowicz".
# (One character each, as fold keeps offsets.)
_UNDECOMPOSED = {"ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ø": "o", "Ø": "o", "ħ": "h", "Ħ": "h", "ı": "i", "ŧ": "t",
                 "Ŧ": "t", "ð": "d", "Ð": "d", "æ": "a", "Æ": "a", "œ": "o", "Œ": "o", "ß": "s"}


def _fold_char(ch: str) -> str:
    if ch in "’‘`´ʼʻ":  # (and the ʻokina of Tongan and Hawaiian names: "Tuʻipulotu")
        return "'"
    if ch in "‐‑‒–—":
        return "-"
    if ch in "“”„":
        return '"'
    if ch in _UNDECOMPOSED:
        return _UNDECOMPOSED[ch]
    decomposed = unicodedata.normalize("NFKD", ch)
    base = "".join(c for c in decomposed if not unicodedata.combining(c))
    return (base[:1] or ch).lower()


# A translate table for the Latin range; anything else folds on the fly through the cached function.
_FOLD_TABLE = ({cp: _fold_char(chr(cp)) for cp in range(0x80, 0x2100)}
               | {cp: chr(cp).lower() for cp in range(0x41, 0x5B)})


def fold(text: str) -> str:
    """Lower-case, accent-free text with exactly one character per input character (offsets survive)."""
    if text.isascii():
        return text.lower()  # the common case, and ten times faster than the table
    return text.translate(_FOLD_TABLE)


_NON_KEY = re.compile(r"[^a-z0-9 ]+")


@lru_cache(maxsize=200_000)
def name_key(name: str) -> str:
    """The comparison key of one name part: folded, apostrophes/periods dropped, hyphens and spaces joined.

    "O'Brien" -> "obrien", "Zoë" -> "zoe", "Núñez-García" -> "nunezgarcia".
    """
    folded = fold(name).replace("-", " ")
    return _NON_KEY.sub("", folded).replace(" ", "")


@lru_cache(maxsize=200_000)
def surname_keys(surname: str) -> tuple[str, ...]:
    """Keys under which a surname is indexed: the whole (joined) surname, then each hyphen/space part.

    A double-barrelled "Núñez-García" is also found as "Garcia" or "Nunez" alone.
    """
    whole = name_key(surname)
    if not whole:
        return ()
    parts = [name_key(p) for p in re.split(r"[\s\-‐–]+", surname) if name_key(p)]
    parts = [p for p in parts if p != whole and p not in SURNAME_KEY_PARTICLES]
    return (whole, *dict.fromkeys(parts))


_NICKNAMER: NickNamer | None = None


def _nicknamer() -> NickNamer:
    global _NICKNAMER
    if _NICKNAMER is None:
        _NICKNAMER = NickNamer()
    return _NICKNAMER


# Links in the nicknames data that US usage does not share and that merge different people:
# Bill/Billy are William's, Fred is Frederick's; "Ron" is not Aaron or Cameron.
NICKNAME_EXCLUSIONS: frozenset[frozenset[str]] = frozenset(frozenset(p) for p in (
    ("robert", "bill"), ("robert", "billy"), ("bill", "fred"), ("william", "wilma"), ("william", "bela"),
    ("william", "bell"), ("ron", "aaron"), ("ron", "aron"), ("ron", "cameron"), ("ron", "veronica"),
    ("dick", "melchizedek"), ("dick", "dickson"), ("ken", "mckenna"), ("bob", "bert"),
    # Mary and Marie are given names of their own, not short for Rosemary, Marilyn or Maureen.
    ("mary", "rosemary"), ("marie", "rosemary"), ("mary", "rosemarie"), ("mary", "marilyn"),
    ("mary", "maureen"), ("mary", "marsha"), ("mary", "mariah"), ("mary", "marion"), ("mary", "marietta"),
    ("marie", "marietta"), ("mary", "demaris"), ("mary", "demerias"),
))


@lru_cache(maxsize=100_000)
def given_variants(given: str) -> frozenset[str]:
    """A given name, its nicknames and its formal names (both ways: Robert <-> Bob, Peggy <-> Margaret)."""
    key = name_key(given)
    if not key:
        return frozenset()
    nn = _nicknamer()
    out = {key}
    out |= {name_key(n) for n in nn.nicknames_of(key)}
    out |= {name_key(n) for n in nn.canonicals_of(key)}
    out |= _SPELLINGS_OF.get(key, frozenset())
    out |= _SPANISH_OF.get(key, frozenset())
    return frozenset(n for n in out if frozenset((key, n)) not in NICKNAME_EXCLUSIONS)


_SPELLINGS_OF: dict[str, frozenset[str]] = {k: group for group in GIVEN_SPELLINGS for k in group}
# Both ways: a formal name's short forms, and a short form's formal names ("beto": Alberto, Roberto)
_SPANISH_OF: dict[str, frozenset[str]] = {
    **{short: frozenset(f for f, shorts in SPANISH_NICKNAMES.items() if short in shorts)
       for shorts in SPANISH_NICKNAMES.values() for short in shorts},
    **{formal: frozenset(shorts) for formal, shorts in SPANISH_NICKNAMES.items()}}


def spellings(key: str) -> frozenset[str]:
    """A given-name key and its other spellings (GIVEN_SPELLINGS: "mohammad" -> "mohamad", ...), not nicknames."""
    return _SPELLINGS_OF.get(key, frozenset((key,)))


@lru_cache(maxsize=100_000)
def is_known_given_name(word: str) -> bool:
    """True when the nickname data knows the word as a given name or a nickname."""
    key = name_key(word)
    nn = _nicknamer()
    return bool(nn.nicknames_of(key) or nn.canonicals_of(key))


def given_match(mention: str, client_names: tuple[str, ...], config: MatchConfig = DEFAULT_CONFIG) -> float:
    """How well a given name in the text matches any of a client's given names (first, nickname, middle).

    1.0 for the same name (accents/case aside), `config.nickname` for a nickname relation,
    `config.short_form` for a short form the nickname data lacks, 0 otherwise.
    """
    key = name_key(mention)
    if not key:
        return 0.0
    keys = [name_key(n) for n in client_names if n]
    if key in keys:
        return 1.0
    variants = given_variants(mention)
    if any(k in variants or key in given_variants(k) for k in keys):
        return config.nickname
    # A short form the nickname data lacks: Barb/Barbara, Dan/Daniel, Jan/Janet.
    if any(len(a) >= 3 and len(b) > len(a) and b.startswith(a) for k in keys for a, b in ((key, k), (k, key))):
        return config.short_form
    return 0.0


SHORT_FORM_MAX = 5


def prefix_keys(given: str, *, indexing: bool) -> tuple[str, ...]:
    """3-letter buckets that let a lookup find a short form the nickname data lacks (Barb <-> Barbara).

    Short names the nickname data does not know go in "^s:" buckets, longer names in "^l:" buckets. A
    lookup probes the other kind only: a long name looks for unknown short forms, an unknown short form
    looks for long names. Known names (Mary, Dan) never probe, or "Mary" would pull every Mar* namesake.
    """
    key = name_key(given)
    if len(key) < 3:
        return ()
    short = len(key) <= SHORT_FORM_MAX
    unknown_short = short and not is_known_given_name(key)
    if indexing:
        if short:
            return (f"^s:{key[:3]}",) if unknown_short else ()
        return (f"^l:{key[:3]}",)
    if short:
        return (f"^l:{key[:3]}",) if unknown_short else ()
    return (f"^s:{key[:3]}",)


def suffix_key(suffix: str) -> str:
    """"Jr." / "JR" / "jr" -> "jr"; "3rd" -> "iii"."""
    key = name_key(suffix)
    return SUFFIX_SPELLINGS.get(key, key)


def split_suffix(last_name: str) -> tuple[str, str]:
    """Roster exports store suffixes inconsistently ("Smith Jr.", "Smith, Jr", "Smith III")."""
    parts = re.split(r"[\s,]+", last_name.strip())
    if len(parts) > 1 and suffix_key(parts[-1]) in SUFFIXES:
        return " ".join(parts[:-1]), suffix_key(parts[-1])
    return last_name.strip(), ""
