"""The people named in one survivor or preceded-in-death clause of an obituary: their names, relation to
the deceased, town, and the spouse or maiden name written in parentheses. Pure; obituary.py finds the
clauses.

  "sons John (Karen) Smith of Eau Claire and Mark of Madison, Wis.; grandchildren Amy, Ben and Cole"
  -> John Smith (child, Eau Claire, spouse Karen), Karen Smith (in_law, Eau Claire), Mark Smith (child,
     Madison WI), Amy / Ben / Cole Smith (grandchild, surname taken from the family).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from outreach.match.names import given_match, is_known_given_name, name_key, suffix_key
from outreach.match.places import is_known_town, state_code
from outreach.match.text import PersonName, Token, read_place, tokens
from outreach.match.words import (
    KIN_ADJECTIVES,
    MONTHS,
    NAME_PARTICLES,
    PARENTHESIS_NOISE,
    RELATION_PREFIXES,
    RELATIONS,
    STOP_CAPS,
    SUFFIXES,
    TITLES,
)


@dataclass(frozen=True)
class Mention:
    """A person named in a survivor or preceded-in-death clause."""

    name: PersonName
    relation: str  # spouse, child, grandchild, great_grandchild, sibling, parent, in_law, niece_nephew, ...
    town: str = ""
    state: str = ""
    spouse_given: str = ""  # "Susan (Tom) Halvorsen" -> "Tom"
    start: int = 0  # character offsets of the clause the mention came from, in the item text
    end: int = 0


# --- names --------------------------------------------------------------------------------------------

def parse_name_words(words: list[str], nickname: str = "", parens: tuple[str, ...] = (),
                     deceased_surname: str = "", context: str = "survivor") -> tuple[PersonName | None, str]:
    """Build a PersonName from the capitalised words of one name plus its quoted and parenthesised parts.

    Returns (name, spouse_given). Parentheses mean a nickname or maiden name for the deceased
    ("Margaret (Peggy) Miller", "Linda (Miller) Carlson") and a spouse or maiden name for survivors
    ("Susan (Tom) Halvorsen", "Linda (Miller) Carlson", "Mary (nee Jones) Smith").
    """
    words = [w for w in words if w.lower().rstrip(".") not in TITLES]
    words = [w if _is_initial(w) or suffix_key(w) in SUFFIXES else w.rstrip(".") for w in words]
    suffix = ""
    while words and suffix_key(words[-1]) in SUFFIXES and len(words) > 1:
        suffix = suffix_key(words[-1])
        words = words[:-1]
    if not words:
        return None, ""
    maiden, spouse_given = "", ""
    for raw in parens:
        content = " ".join(w for w in raw.split() if w.lower().strip(".,") not in RELATIONS
                           and w.lower().strip(".,") not in PARENTHESIS_NOISE).strip()
        low = content.lower()
        if not content or re.search(r"\b(?:deceased|late|d\.|died|passed)\b", low):
            continue
        nee = re.match(r"(?:nee|née|born)\s+(.+)", content, re.IGNORECASE)
        if nee:
            maiden = nee.group(1).strip()
            continue
        parts = content.split()
        if context == "deceased":
            if len(parts) == 1 and is_known_given_name(parts[0]) and name_key(parts[0]) != name_key(deceased_surname):
                nickname = nickname or parts[0]
            else:
                maiden = parts[-1]
            continue
        # Between a survivor's names a single word is the spouse ("Susan (Tom) Halvorsen"), unless it is a
        # nickname of the same given name ("Judith (Judy)") or the family's own surname: a married sister
        # written "Linda (Miller) Carlson" in a Miller obituary.
        if len(parts) == 1 and words and given_match(parts[0], (words[0],)) > 0 and \
                name_key(parts[0]) != name_key(words[0]):
            nickname = nickname or parts[0]
        elif len(parts) == 1 and name_key(parts[0]) == name_key(deceased_surname):
            maiden = parts[0]
        else:
            spouse_given = parts[0]
    given = words[0]
    if len(words) == 1:
        return PersonName(given=given, nickname=nickname, maiden=maiden, suffix=suffix), spouse_given
    # Particles belong to the surname: "Dick Van Dyke", "Maria de la Cruz".
    cut = len(words) - 1
    while cut > 1 and words[cut - 1].lower() in NAME_PARTICLES:
        cut -= 1
    surname = " ".join(words[cut:])
    middle = " ".join(words[1:cut])
    return PersonName(given=given, surname=surname, middle=middle, nickname=nickname, maiden=maiden,
                      suffix=suffix), spouse_given


def _is_name_word(tok: Token, nxt: Token | None = None) -> bool:
    """A capitalised word that can be part of a name. Jan, May, June and April are names too: a month only
    when a day number follows ("May 3")."""
    if not tok.cap:
        return False
    low = tok.low
    if low in MONTHS and nxt is not None and nxt.kind == "num":
        return False
    return not (low in STOP_CAPS or low in RELATIONS)


# --- clauses ------------------------------------------------------------------------------------------

@dataclass
class _Draft:
    words: list[str] = field(default_factory=list)
    nickname: str = ""
    parens: list[str] = field(default_factory=list)
    relation: str = ""
    town: str = ""
    state: str = ""
    joined_by_and: bool = False  # "John and Mary Smith": John may take Mary's surname
    group: int = 0  # which relation phrase ("sons ...", "daughter ...") the name belongs to


def parse_people(text: str, start: int, end: int, deceased_surname: str = "",
                 initial_relation: str = "") -> list[Mention]:
    """Parse the people named in one survivor / preceded-in-death clause text[start:end]."""
    toks = tokens(text, start, end)
    drafts: list[_Draft] = []
    cur: _Draft | None = None
    relation = initial_relation
    unplaced_from = 0  # first draft in the current run still waiting for an "of Town"
    pending_and = False
    group = 0
    i = 0

    def flush() -> None:
        nonlocal cur, pending_and
        if cur is not None and cur.words:
            cur.relation = cur.relation or relation
            cur.group = group
            drafts.append(cur)
        cur = None

    while i < len(toks):
        t = toks[i]
        low = t.low
        if t.kind == "word" and (low in RELATIONS or (low in RELATION_PREFIXES and i + 1 < len(toks)
                                                         and toks[i + 1].low in RELATIONS)):
            flush()
            if low in RELATION_PREFIXES:
                i += 1
                low = toks[i].low
                rel = "great_grandchild" if RELATIONS[low] == "grandchild" and t.low == "great" else RELATIONS[low]
            else:
                rel = RELATIONS[low]
            if rel == "spouse" and relation not in ("", "spouse") and drafts and drafts[-1].group == group and (
                    pending_and or (i > 0 and toks[i - 1].text in ",(")):
                # "daughters, Jane Doe and husband John of Eau Claire": John is Jane's husband.
                close = i + 1
                if close < len(toks) and toks[close].text == ",":
                    close += 1  # "and her husband, Tom"
                words = []
                while close < len(toks) and toks[close].cap and toks[close].low not in RELATIONS:
                    words.append(toks[close].text)
                    close += 1
                if words:
                    drafts[-1].parens.append(" ".join(words))
                    pending_and = False
                    i = close
                    continue
            if rel in ("spouse", "in_law") and relation not in ("", "spouse", "in_law") and \
                    not any(d.group == group for d in drafts) and cur is None:
                # "two sons and their wives, John and Karen ...", "a daughter and son-in-law, Nancy and
                # Bruce": one list; the names stay the deceased's children (their spouses come with them).
                pending_and = False
                i += 1
                continue
            relation = rel
            group += 1
            unplaced_from = len(drafts)
            pending_and = False
            i += 1
            continue
        if t.kind == "word" and low == "late" and i > 0 and toks[i - 1].low == "the":
            # "the late John": named, but dead; skip the name.
            flush()
            i += 1
            while i < len(toks) and (toks[i].cap or toks[i].kind == "quote" or toks[i].text in "()"):
                i += 1
            continue
        if t.kind == "word" and low in {"former", "nee", "née"} and i + 1 < len(toks) and toks[i + 1].cap:
            # "his wife, the former Mary Jones": Jones is her maiden name.
            flush()
            j = i + 1
            words = []
            while j < len(toks) and toks[j].cap and toks[j].low not in RELATIONS:
                words.append(toks[j].text)
                j += 1
            if len(words) >= 2:
                cur = _Draft(words=words[:-1], joined_by_and=pending_and)
                cur.parens.append(f"nee {words[-1]}")
                flush()
                i = j
                continue
            i += 1
            continue
        if t.kind == "quote":
            close = next((k for k in range(i + 1, min(i + 6, len(toks))) if toks[k].kind == "quote"), None)
            if close is not None:
                nick = " ".join(x.text for x in toks[i + 1 : close] if x.kind == "word")
                if cur is None:
                    cur = _Draft(joined_by_and=pending_and)
                cur.nickname = nick
                i = close + 1
                continue
            i += 1
            continue
        if t.text in "([":
            close = next((k for k in range(i + 1, min(i + 12, len(toks))) if toks[k].text in ")]"), None)
            if close is None:
                i += 1
                continue
            content = text[t.end : toks[close].start]
            target = cur if cur is not None and cur.words else (drafts[-1] if drafts else None)
            if target is not None:
                target.parens.append(content)
            i = close + 1
            continue
        if t.kind == "word" and low in {"of", "in", "from"} and (cur is not None or drafts):
            if i + 1 < len(toks) and toks[i + 1].kind == "num":
                i += 2  # "his wife of 52 years"
                continue
            both = i > 0 and toks[i - 1].low in {"both", "all"}
            town, state, nxt = read_place(toks, i + 1)
            if town or state:
                flush()
                targets = drafts[unplaced_from:] if both else _and_chain(drafts, unplaced_from)
                for d in targets:
                    if not d.town and not d.state:
                        d.town, d.state = town, state
                unplaced_from = len(drafts)
                i = nxt
                continue
            flush()
            i += 1
            continue
        if t.kind == "word" and low in {"and", "&"} or t.text == "&":
            flush()
            pending_and = True
            i += 1
            continue
        if t.kind == "punct" and t.text in ",;:\n":
            flush()
            if t.text in ";\n":
                unplaced_from = len(drafts)
            pending_and = False
            # Newspaper style: "John (Karen) Smith, Eau Claire; Mark, Madison, Wis."
            just_named = i > 0 and (toks[i - 1].text in {")", '"'} or (toks[i - 1].cap and toks[i - 1].low not in RELATIONS))
            if t.text == "," and drafts and just_named and i + 1 < len(toks) and toks[i + 1].cap:
                town, state, nxt = read_place(toks, i + 1)
                follows = nxt >= len(toks) or toks[nxt].text in ",;).\n" or toks[nxt].low in {"and", "&"}
                prev = drafts[-1]
                complete = len(prev.words) > 1 or bool(prev.parens)  # "Julie Halvorsen, Madison;"
                if prev.relation in {"grandchild", "great_grandchild"} and not complete:
                    # "great-grandchildren: Lily, Mason and Ava": one-word names, not towns (a town in such
                    # a list needs a state or a second word).
                    one_word_town, st_after, _ = read_place(toks, i + 1)
                    if " " not in one_word_town and not st_after:
                        i += 1
                        continue
                if town and follows and not (prev.town or prev.state) and (state or (is_known_town(town) and (
                        " " in town or complete or not is_known_given_name(town)))):
                    prev.town, prev.state = town, state
                    i = nxt
                    continue
            i += 1
            continue
        if t.kind == "word" and _is_name_word(t, toks[i + 1] if i + 1 < len(toks) else None):
            if state_code(t.text) and not is_known_given_name(t.text) and len(t.text) <= 6:
                flush()
                i += 1
                continue
            if cur is None:
                cur = _Draft(joined_by_and=pending_and)
                pending_and = False
            if t.low not in TITLES:
                cur.words.append(t.text.rstrip(",") if not _is_initial(t.text) else t.text)
            i += 1
            continue
        # Any other word or number ends the name being read.
        flush()
        if t.kind == "word" and t.low not in KIN_ADJECTIVES:
            pending_and = pending_and and t.low in {"the"}
        i += 1
    flush()
    return _finish(drafts, deceased_surname, text, start, end)


def _is_initial(word: str) -> bool:
    return len(word) <= 2 and word.endswith(".")


def _and_chain(drafts: list[_Draft], floor: int) -> list[_Draft]:
    """The last draft plus the ones joined to it by "and" (they share its "of Town")."""
    if not drafts:
        return []
    out = [drafts[-1]]
    k = len(drafts) - 1
    # Only bare given names ride along: in "Ronald (Victoria) Thompson and Kimberly and Walter Moe of
    # Middleton" the town is the Moes'.
    while k > floor and drafts[k].joined_by_and and len(drafts[k - 1].words) == 1 and not drafts[k - 1].parens:
        k -= 1
        out.append(drafts[k])
    return out


def _finish(drafts: list[_Draft], deceased_surname: str, text: str, start: int, end: int) -> list[Mention]:
    mentions: list[Mention] = []
    names: list[tuple[_Draft, PersonName | None, str]] = []
    for d in drafts:
        words = [w for w in d.words if not _is_initial(w) or len(d.words) > 2]
        name, spouse = parse_name_words(words or d.words, d.nickname, tuple(d.parens), deceased_surname)
        names.append((d, name, spouse))
    # Surname sharing: "Amy, Ben and Cole Smith" / "John and Mary Smith" - single given names take the
    # surname of the next full name in the same relation run, if nothing (a town) separates them.
    for idx, (d, name, spouse) in enumerate(names):
        if name is None or name.surname:
            continue
        inherited = ""
        for d2, n2, _ in names[idx + 1 :]:
            if d2.group != d.group or n2 is None or d.parens or (
                    (d.town or d.state) and (d.town, d.state) != (d2.town, d2.state)):
                break
            if n2.surname:
                inherited = n2.surname if d2.joined_by_and or not n2.surname_inherited else ""
                break
        if inherited:
            names[idx] = (d, _with_surname(name, inherited, False), spouse)
        elif deceased_surname:
            names[idx] = (d, _with_surname(name, deceased_surname, True), spouse)
    for d, name, spouse in names:
        if name is None:
            continue
        mentions.append(Mention(name=name, relation=d.relation or "family", town=d.town, state=d.state,
                                spouse_given=spouse, start=start, end=end))
        if spouse:
            sp_surname = name.surname
            mentions.append(Mention(
                name=PersonName(given=spouse, surname=sp_surname, surname_inherited=name.surname_inherited),
                relation="in_law" if d.relation not in {"spouse", "family"} else d.relation,
                town=d.town, state=d.state, spouse_given=name.given, start=start, end=end))
    return mentions


def _with_surname(name: PersonName, surname: str, inherited: bool) -> PersonName:
    return PersonName(given=name.given, surname=surname, middle=name.middle, nickname=name.nickname,
                      maiden=name.maiden, suffix=name.suffix, surname_inherited=inherited)


