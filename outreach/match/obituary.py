"""Pure extraction from an obituary: the deceased, survivors (relation, town, spouse in parentheses) and
the 'preceded in death by' list. No roster, no I/O: text in, `Obituary` out.

The grammar is the one American newspapers and funeral homes share:
  "Robert J. "Bob" Smith, 84, of Eau Claire, died ... He is survived by his wife of 52 years, Mary;
   sons John (Karen) Smith of Eau Claire and Mark of Madison; daughter Susan (Tom) Halvorsen of Chippewa
   Falls; grandchildren Amy, Ben and Cole; ... He was preceded in death by his parents and a brother, Tom."
Survivors are only taken from survivor clauses, so officiants, pallbearers, funeral directors, doctors and
the parents in "born ... to" are never survivors.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from outreach.match.names import (
    SUFFIXES,
    TITLES,
    fold,
    given_match,
    is_known_given_name,
    name_key,
    suffix_key,
)
from outreach.match.places import MULTIWORD_STATES, is_known_town, state_code, states_with_town
from outreach.match.sentences import sentence_spans


@dataclass(frozen=True)
class PersonName:
    given: str
    surname: str = ""
    middle: str = ""
    nickname: str = ""
    maiden: str = ""
    suffix: str = ""
    surname_inherited: bool = False  # surname not written next to the given name, taken from context

    @property
    def full(self) -> str:
        nick = f' "{self.nickname}"' if self.nickname else ""
        maiden = f" ({self.maiden})" if self.maiden else ""
        return " ".join(p for p in (self.given + nick, self.middle, maiden.strip(), self.surname, self.suffix) if p)


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


@dataclass(frozen=True)
class Obituary:
    deceased: PersonName | None
    age: int | None = None
    town: str = ""
    state: str = ""
    death_year: int | None = None
    death_date: str = ""  # ISO date of death when the lead writes one ("October 9, 2026", "Oct. 9, 2026")
    state_inferred: bool = False  # `state` was guessed from where survivors live, not written
    survivors: tuple[Mention, ...] = ()
    preceded: tuple[Mention, ...] = ()
    spouse: Mention | None = None  # the deceased's surviving husband/wife, when named
    lead: str = ""  # the sentence that names the deceased, for evidence
    states_mentioned: frozenset[str] = field(default_factory=frozenset)


# --- vocabulary --------------------------------------------------------------------------------------

_RELATIONS: dict[str, str] = {}
for _rel, _words in {
    "spouse": "wife husband spouse partner companion fiance fiancee fiancé fiancée wives husbands spouses",
    "child": "son sons daughter daughters child children stepson stepsons stepdaughter stepdaughters "
    "stepchildren step-son step-sons step-daughter step-daughters step-children",
    "grandchild": "grandchild grandchildren grandson grandsons granddaughter granddaughters "
    "step-grandchildren stepgrandchildren grandkids",
    "great_grandchild": "great-grandchild great-grandchildren great-grandson great-grandsons "
    "great-granddaughter great-granddaughters great-great-grandchildren great-great-grandchild",
    "sibling": "brother brothers sister sisters siblings sibling half-brother half-sister stepbrother "
    "stepsister step-brother step-sister",
    "parent": "mother father parents mom dad stepmother stepfather",
    "in_law": "son-in-law sons-in-law daughter-in-law daughters-in-law brother-in-law brothers-in-law "
    "sister-in-law sisters-in-law mother-in-law father-in-law parents-in-law in-laws",
    "niece_nephew": "niece nieces nephew nephews",
    "aunt_uncle": "aunt aunts uncle uncles",
    "cousin": "cousin cousins",
    "grandparent": "grandmother grandfather grandparents",
    "friend": "friend friends",
}.items():
    for _w in _words.split():
        _RELATIONS[_w] = _rel

# Capitalised words that start no name.
_STOP_CAPS = {
    "he", "she", "they", "his", "her", "their", "the", "a", "an", "also", "and", "god", "lord", "heaven",
    "jesus", "christ", "survivors", "survived", "surviving", "include", "includes", "in", "of", "many",
    "numerous", "several", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "both",
    "all", "special", "dear", "beloved", "loving", "devoted", "is", "was", "are", "were", "will", "be",
    "left", "mourning", "those", "family", "friends", "by", "with", "who", "one", "great", "step", "late",
    "its", "our", "this", "that", "these", "nieces", "nephews", "grandchildren", "as", "well", "other",
    "more", "than", "including", "plus", "along", "wife", "husband", "not", "first", "second", "twin",
}
_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
           "sept", "oct", "nov", "dec"}
_PARTICLES = {"van", "von", "de", "del", "della", "la", "le", "du", "da", "di", "der", "den", "st.", "st"}
_PLACE_LOWER = {"du", "de", "la", "le", "des", "sur"}  # "Fond du Lac", "Prairie du Chien"

_SURVIVOR_TRIGGER = re.compile(
    r"\b(?:(?:is|was|are|were)\s+)?(?:also\s+|lovingly\s+|further\s+)?survived\s+by\b"
    r"|\bsurvivors\s+(?:include|includes|are|also\s+include)\b|\bsurvivors\s*[:\-]"
    r"|\bsurviving\s+(?:are|is|him|her)\b|\balso\s+surviving\s+(?:are|is)\b"
    r"|\bleft\s+to\s+(?:cherish|treasure|mourn|celebrate|honor|carry\s+on)\b[^.;:]*?\b(?:are|is|include|includes|by)\b"
    r"|\b(?:he|she)\s+(?:leaves|leaves\s+behind)\b|\bleaves\s+behind\b"
    r"|\bwill\s+be\s+(?:dearly\s+|sadly\s+|deeply\s+|greatly\s+|forever\s+|sorely\s+)?missed\s+by\b"
    r"|\bmourning\s+(?:his|her|their)\s+(?:passing|loss|death)\s+(?:are|is)\b"
    r"|\bthose\s+left\s+(?:behind\s+|to\s+mourn\s+)?(?:include|are)\b"
    r"|\b(?:his|her)\s+family\s+includes\b|\bgrieving\s+(?:his|her)\s+(?:loss|passing)\s+are\b"
    r"|\bleaves\s+to\s+(?:mourn|cherish)\b[^.;:]*?(?:memory)?|\b(?:lovingly\s+|fondly\s+)?remembered\s+by\b"
    r"|\bcherishing\s+(?:his|her)\s+memory\s+(?:are|is)\b|\bsurvivors\s+also\s+include\b"
)
_PRECEDED_TRIGGER = re.compile(
    r"\bpreceded\s+in\s+death\s+by\b|\bpredeceased\s+by\b|\bwas\s+preceded\s+by\b"
    r"|\bpreceding\s+(?:him|her)\s+in\s+death\s+(?:were|was|are|is)\b|\bin\s+death\s+by\b"
    r"|\b(?:joins|joined|rejoins|is\s+reunited\s+with|was\s+reunited\s+with|reunites\s+with)\b"
    r"|\bwaiting\s+for\s+(?:him|her)\s+in\s+heaven\b|\bgreeted\s+in\s+heaven\s+by\b"
    r"|\bwere\s+waiting\s+for\s+(?:him|her)\b|\b(?:he|she)\s+was\s+predeceased\b",
    )
# Death-notice style: "beloved wife of John; loving mother of Susan (Tom) Halvorsen; dear sister of Linda".
# The people named after "<relation> of" stand in the inverse relation to the deceased.
_OF_RELATION = re.compile(
    r"\b(wife|husband|mother|father|grandmother|grandfather|great-grandmother|great-grandfather|sister|brother|"
    r"daughter|son|aunt|uncle|mother-in-law|father-in-law|sister-in-law|brother-in-law|companion|partner)\s+of\b"
    r"(?!\s+(?:\d|the\s+(?:year|month)|many|all))"
)
_INVERSE = {
    "wife": "spouse", "husband": "spouse", "companion": "spouse", "partner": "spouse",
    "mother": "child", "father": "child", "grandmother": "grandchild", "grandfather": "grandchild",
    "great-grandmother": "great_grandchild", "great-grandfather": "great_grandchild",
    "sister": "sibling", "brother": "sibling", "daughter": "parent", "son": "parent",
    "aunt": "niece_nephew", "uncle": "niece_nephew", "mother-in-law": "in_law", "father-in-law": "in_law",
    "sister-in-law": "in_law", "brother-in-law": "in_law",
}
# Words that end a survivor clause even without a full stop: the service paragraph has no family in it.
_CLAUSE_END = re.compile(
    r"\b(?:funeral|visitation|services?|memorials?|officiat\w*|arrangements?|burial|interment|in\s+lieu"
    r"|pallbearers?|celebration\s+of\s+life|a\s+mass|mass\s+of\s+christian|condolences|was\s+born|born\s+on)\b"
    r"|\n(?=(?:he|she|they|the|we|it|in|a|an)\s)",  # a new paragraph of narrative after a list
    re.IGNORECASE,
)

_TOKEN = re.compile(
    r'(?P<quote>")'
    r"|(?P<word>[^\W\d_][\w'\-]*\.?(?:[^\W\d_]\.)*)"
    r"|(?P<num>\d+(?:st|nd|rd|th)?)"
    r"|(?P<punct>[(),;:&/\[\]\n])",  # a line break (one list item per line) separates like ";"
)
_SINGLE_QUOTED = re.compile(r"(?<![\w])['‘`]([A-Z][\w .\-]{0,20}?)'(?![\w])")
_DOUBLE_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "’": "'", "ʼ": "'"})


class _Tok:
    """One token of a clause; `low` and `cap` computed once (the parser reads them many times)."""

    __slots__ = ("cap", "end", "kind", "low", "start", "text")

    def __init__(self, kind: str, text: str, start: int, end: int):
        self.kind, self.text, self.start, self.end = kind, text, start, end
        self.low = text.lower().rstrip(".") if kind == "word" else text
        self.cap = kind == "word" and text[:1].isupper()


def _normalise_quotes(text: str) -> str:
    # Same length in and out, so offsets still point into the original text.
    text = text.translate(_DOUBLE_QUOTES)
    return _SINGLE_QUOTED.sub(lambda m: '"' + m.group(1) + '"', text)


def _tokens(text: str, start: int, end: int) -> list[_Tok]:
    out = []
    for m in _TOKEN.finditer(text, start, end):
        kind = m.lastgroup or "punct"
        out.append(_Tok(kind, m.group(), m.start(), m.end()))
    return out


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
        content = " ".join(w for w in raw.split() if w.lower().strip(".,") not in _RELATIONS
                           and w.lower().strip(".,") not in {"and", "his", "her", "wife", "husband", "special"}).strip()
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
    while cut > 1 and words[cut - 1].lower() in _PARTICLES:
        cut -= 1
    surname = " ".join(words[cut:])
    middle = " ".join(words[1:cut])
    return PersonName(given=given, surname=surname, middle=middle, nickname=nickname, maiden=maiden,
                      suffix=suffix), spouse_given


def _is_name_word(tok: _Tok, nxt: _Tok | None = None) -> bool:
    """A capitalised word that can be part of a name. Jan, May, June and April are names too: a month only
    when a day number follows ("May 3")."""
    if not tok.cap:
        return False
    low = tok.low
    if low in _MONTHS and nxt is not None and nxt.kind == "num":
        return False
    return not (low in _STOP_CAPS or low in _RELATIONS)


# --- places -------------------------------------------------------------------------------------------

def _read_place(toks: list[_Tok], i: int) -> tuple[str, str, int]:
    """Read "Eau Claire", "Chippewa Falls, Wis.", "St. Paul, MN", "Fond du Lac", "Arizona" from toks[i:].

    Returns (town, state, next index); ("", "", i) when no place starts there.
    """
    words: list[str] = []
    j = i
    while j < len(toks):
        t = toks[j]
        if t.cap and t.low not in _RELATIONS and t.low not in {"and", "both", "all"} or t.kind == "word" and t.low in _PLACE_LOWER and words and j + 1 < len(toks) and toks[j + 1].cap:
            words.append(t.text)
            j += 1
        else:
            break
        if len(words) >= 4:
            break
    if not words:
        return "", "", i
    words = [w if w.lower() in {"st.", "ft.", "mt."} else w.rstrip(".") for w in words]
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
    town = joined
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
    return town, state, j


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
    toks = _tokens(text, start, end)
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
        if t.kind == "word" and (low in _RELATIONS or (low in {"great", "step", "half"} and i + 1 < len(toks)
                                                         and toks[i + 1].low in _RELATIONS)):
            flush()
            if low in {"great", "step", "half"}:
                i += 1
                low = toks[i].low
                rel = "great_grandchild" if _RELATIONS[low] == "grandchild" and t.low == "great" else _RELATIONS[low]
            else:
                rel = _RELATIONS[low]
            if rel == "spouse" and relation not in ("", "spouse") and drafts and drafts[-1].group == group and (
                    pending_and or (i > 0 and toks[i - 1].text in ",(")):
                # "daughters, Jane Doe and husband John of Eau Claire": John is Jane's husband.
                close = i + 1
                if close < len(toks) and toks[close].text == ",":
                    close += 1  # "and her husband, Tom"
                words = []
                while close < len(toks) and toks[close].cap and toks[close].low not in _RELATIONS:
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
            while j < len(toks) and toks[j].cap and toks[j].low not in _RELATIONS:
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
            town, state, nxt = _read_place(toks, i + 1)
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
            just_named = i > 0 and (toks[i - 1].text in {")", '"'} or (toks[i - 1].cap and toks[i - 1].low not in _RELATIONS))
            if t.text == "," and drafts and just_named and i + 1 < len(toks) and toks[i + 1].cap:
                town, state, nxt = _read_place(toks, i + 1)
                follows = nxt >= len(toks) or toks[nxt].text in ",;).\n" or toks[nxt].low in {"and", "&"}
                prev = drafts[-1]
                complete = len(prev.words) > 1 or bool(prev.parens)  # "Julie Halvorsen, Madison;"
                if prev.relation in {"grandchild", "great_grandchild"} and not complete:
                    # "great-grandchildren: Lily, Mason and Ava": one-word names, not towns (a town in such
                    # a list needs a state or a second word).
                    one_word_town, st_after, _ = _read_place(toks, i + 1)
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
        if t.kind == "word" and t.low not in {"his", "her", "their", "beloved", "loving", "devoted", "dear"}:
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


# --- the deceased -------------------------------------------------------------------------------------

_TITLE_NOISE = re.compile(
    r"^\s*(?:obituary|obituaries|obit|death notice|in memoriam|in loving memory(?: of)?|remembering|"
    r"celebrating the life of|life story)\s*(?:for|of)?\s*[:\-|–—]?\s*"
    r"|\s*[\-|–—:]\s*(?:obituary|obituaries|death notice|view obituary|.*funeral.*|.*chapel.*|.*mortuary.*"
    r"|.*cremation.*|.*tribute.*)\s*$"
    r"|\s+(?:obituary|obit)\s*$",
    re.IGNORECASE,
)
_DATELINE = re.compile(r"\s*[A-Z][A-Z.'\-]+(?:\s[A-Z][A-Z.'\-]+)*(?:,\s*[A-Z][A-Za-z.]+)?\s*(?:--|[-—–])\s*")
_YEARS = re.compile(r"\b(1[89]\d\d|20\d\d)\s*(?:-|–|—|to)\s*(1[89]\d\d|20\d\d)\b")
_AGE = re.compile(
    r"(?:,\s*|\bage[d]?\s+|\bat\s+the\s+age\s+of\s+|\bat\s+age\s+)(\d{1,3})(?=\s*(?:,|years|\b))",
    re.IGNORECASE,
)
_RESIDENCE = re.compile(
    r"\b(?:long-?time\s+resident\s+of|lifelong\s+resident\s+of|resident\s+of|formerly\s+of|of\s+rural|of\s+the\s+town\s+of|of|from|in)\s+(?=[A-Z])"
)
_DEATH_VERB = re.compile(
    r"\b(?:died|passed\s+away|passed|went\s+home|entered\s+(?:into\s+)?(?:eternal\s+)?rest|went\s+to\s+be\s+with"
    r"|departed\s+this\s+life|was\s+called\s+home|lost\s+(?:his|her)\s+battle|peacefully|unexpectedly|suddenly)\b",
    re.IGNORECASE,
)


def _title_name(title: str, deceased_surname_hint: str = "") -> PersonName | None:
    t = title
    for _ in range(3):
        t2 = _TITLE_NOISE.sub("", t).strip()
        if t2 == t:
            break
        t = t2
    # Aggregator titles: "Robert Smith Obituary (1941 - 2026) - Eau Claire, WI - Leader-Telegram".
    parts = re.split(r"\b(?:obituary|obituaries|obit)\b", t, maxsplit=1, flags=re.IGNORECASE)
    if len(parts) == 2:
        t = parts[0] if re.search(r"[A-Za-z]{2}", parts[0]) else parts[1]
    t = re.sub(r"^\s*(?:for|of)\s+", "", t.strip(" :|-–—"))
    t = _YEARS.sub("", t)
    t = re.sub(r"\(\s*\)|\b(?:age\s+)?\d{1,3}\s*$", "", t).strip(" ,;-–—|")
    t = re.split(r",\s*(?:\d|of\b|age\b)|\s+(?:of|from)\s+[A-Z]", t)[0].strip(" ,")
    if not t or len(t) > 80:
        return None
    # "SMITH, Robert J. 'Bob'" - surname first.
    m = re.match(r"^([^\W\d_][\w'\-]+(?:\s+[^\W\d_][\w'\-]+)?(?:\s+(?:Jr|Sr|II|III|IV)\.?)?),\s+(.+)$", t)
    if m and not _YEARS.search(t) and (m.group(1).isupper() or " " not in m.group(2).strip() or
                                       re.match(r"^[^\W\d_][\w'\-]+(?:\s+[A-Z]\.?)?(?:\s+\"|\s*$)", m.group(2))):
        t = f"{m.group(2)} {m.group(1)}"
    # Newspaper capitals: "SMITH" -> "Smith", keeping "III" and initials.
    t = " ".join(_title_word(w) if w.isupper() and len(w.strip(".,")) > 1 and w.strip(".,") not in {"II", "III", "IV"}
                 else w for w in t.split())
    return _parse_deceased_string(t)


def _title_word(word: str) -> str:
    out = word.capitalize()
    out = re.sub(r"^(Mc|O')([a-z])", lambda x: x.group(1) + x.group(2).upper(), out)
    return re.sub(r"-([a-z])", lambda x: "-" + x.group(1).upper(), out)


def _parse_deceased_string(s: str) -> PersonName | None:
    s = _normalise_quotes(s)
    toks = _tokens(s, 0, len(s))
    words, nickname, parens = [], "", []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.kind == "quote":
            close = next((k for k in range(i + 1, len(toks)) if toks[k].kind == "quote"), None)
            if close:
                nickname = " ".join(x.text for x in toks[i + 1 : close])
                i = close + 1
                continue
        elif t.text == "(":
            close = next((k for k in range(i + 1, len(toks)) if toks[k].text == ")"), None)
            if close:
                parens.append(s[t.end : toks[close].start])
                i = close + 1
                continue
        elif t.kind == "word" and (t.cap or t.low in _PARTICLES):
            words.append(t.text)
        elif t.kind == "word" and t.low in {"nee", "née"} and i + 1 < len(toks):
            parens.append(f"nee {toks[i + 1].text}")
            i += 2
            continue
        elif t.text == ",":
            # "Smith, Jr." keeps going; anything else after a comma is not the name.
            if i + 1 < len(toks) and suffix_key(toks[i + 1].text) in SUFFIXES:
                i += 1
                continue
            break
        else:
            break
        i += 1
    if len(words) < 2:
        return None
    surname_guess = words[-1]
    name, _ = parse_name_words(words, nickname, tuple(parens), surname_guess, context="deceased")
    return name


def parse_obituary(title: str, text: str) -> Obituary:
    """Extract the deceased, age, residence, survivors and preceded-in-death list from one obituary."""
    text = _normalise_quotes(text)
    spans = sentence_spans(text)
    lead_span = spans[0] if spans else (0, len(text))
    # The lead sentence is the first one that names a death (or the first sentence).
    for s, e in spans[:4]:
        if _DEATH_VERB.search(text, s, e):
            lead_span = (s, e)
            break
    lead_start = lead_span[0]
    dateline = _DATELINE.match(text, lead_start, lead_span[1])
    if dateline:
        lead_start = dateline.end()
    lead = text[lead_start : lead_span[1]]
    deceased = _title_name(title)
    lead_name = _parse_deceased_string(lead)
    if deceased is None or (lead_name and not deceased.nickname and name_key(lead_name.surname) == name_key(deceased.surname)
                            and (lead_name.nickname or lead_name.maiden or lead_name.middle)):
        deceased = _merge(lead_name, deceased)
    elif lead_name and name_key(lead_name.surname) == name_key(deceased.surname):
        deceased = _merge(deceased, lead_name)
    age = None
    head = title + " " + lead
    m_age = _AGE.search(lead) or re.search(r"\b(?:age|aged)\s+(\d{1,3})\b", title, re.IGNORECASE) or \
        _WAS_AGE.search(text, 0, spans[min(3, len(spans) - 1)][1] if spans else len(text))
    if m_age and 0 < int(m_age.group(1)) < 120:
        age = int(m_age.group(1))
    years = _YEARS.search(head) or _YEARS.search(text[:600])
    death_year = int(years.group(2)) if years else None
    if death_year is None:
        m_year = re.search(r"\b(19\d\d|20\d\d)\b", lead)
        death_year = int(m_year.group(1)) if m_year else None
    death_date = _death_date(lead)
    if age is None and years:
        age = int(years.group(2)) - int(years.group(1))
    town, state = _residence(text, lead_span)
    survivors: list[Mention] = []
    preceded: list[Mention] = []
    surname = deceased.surname if deceased else ""
    for kind, s, e in _clauses(text, spans):
        if kind.startswith("of:"):
            people = parse_people(text, s, e, surname, initial_relation=kind[3:])
            kind = "survivor"
        else:
            people = parse_people(text, s, e, surname)
        (survivors if kind == "survivor" else preceded).extend(people)
    clause_starts: set[int] = set()
    spouse = None
    for m in survivors:
        if m.relation == "spouse" and m.start not in clause_starts:
            spouse = m
            break
        clause_starts.add(m.start)
    # Only the first spouse clause is the deceased's own: "his wife Karen" inside a list of sons is a daughter-in-law.
    if spouse is not None:
        survivors = [m if m.relation != "spouse" or m is spouse else _relabel(m, "in_law") for m in survivors]
        if not (town or state) and (spouse.town or spouse.state):
            town, state = spouse.town, spouse.state  # "her husband, Roger Schmitz of Durand": their home
    state_inferred = False
    if town and not state:
        # One vote per place written (a couple "of Manhattan, IL" is one place, not two).
        state = _infer_state(town, [st for _, st in {(m.town, m.state) for m in survivors if m.state}])
        state_inferred = bool(state)
    states = frozenset(m.state for m in survivors if m.state) | ({state} if state else set())
    return Obituary(deceased=deceased, age=age, town=town, state=state, death_year=death_year, death_date=death_date,
                    state_inferred=state_inferred,
                    survivors=tuple(survivors), preceded=tuple(preceded), spouse=spouse, lead=lead.strip(),
                    states_mentioned=frozenset(states))


_MONTH_NUMBER = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)}
_DATE = re.compile(r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2}),?\s+((?:19|20)\d\d)\b")


def _death_date(lead: str) -> str:
    """The first full date in the lead sentence, as YYYY-MM-DD (the birth date comes later, if at all)."""
    m = _DATE.search(lead)
    if not m:
        return ""
    month = _MONTH_NUMBER[m.group(1)[:3].lower()]
    return f"{int(m.group(3)):04d}-{month:02d}-{int(m.group(2)):02d}"


def _infer_state(town: str, survivor_states: list[str]) -> str:
    """The deceased's state when only the town is written: the only state with that town, or the one
    most survivors live in (La Crosse is in Wisconsin and in Florida)."""
    from collections import Counter

    candidates = states_with_town(town)
    if len(candidates) == 1:
        return next(iter(candidates))
    # Survivors move away; only a clear majority of them (two or more, more than any other state) counts.
    ranked = [(st, n) for st, n in Counter(survivor_states).most_common() if st in candidates]
    if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    return ""


def _relabel(m: Mention, relation: str) -> Mention:
    return Mention(m.name, relation, m.town, m.state, m.spouse_given, m.start, m.end)


def _merge(primary: PersonName | None, other: PersonName | None) -> PersonName | None:
    if primary is None:
        return other
    if other is None:
        return primary
    return PersonName(given=primary.given, surname=primary.surname, middle=primary.middle or other.middle,
                      nickname=primary.nickname or other.nickname, maiden=primary.maiden or other.maiden,
                      suffix=primary.suffix or other.suffix)


_WAS_AGE = re.compile(r"\b(?:He|She)\s+was\s+(\d{1,3})(?:\s+years\s+old)?\s*[.,]")
_AGE_TOWN = re.compile(r",\s*(?:age\s+)?\d{1,3},\s*(?=[A-Z])")


def _residence(text: str, lead_span: tuple[int, int]) -> tuple[str, str]:
    s, e = lead_span
    m_town = _AGE_TOWN.search(text, s, e)
    if m_town:  # "Eugene J. Thompson, 75, Middleton, died ..."
        toks = _tokens(text, m_town.end(), min(e + 1, m_town.end() + 80))
        town, state, _ = _read_place(toks, 0)
        if (town or state) and (town.lower() not in {"of", "a"}) and (is_known_town(town) or state):
            return town, state
    home = _HOME_IN.search(text, s, e)  # "died at her home in Naples, Florida" says where she lived
    starts = [home.end()] if home else []
    starts += [m.end() for m in _RESIDENCE.finditer(text, s, e) if not m.group(0).lower().startswith("formerly")
               and not _FACILITY_BEFORE.search(text, max(s, m.start() - 50), m.start())]
    for start in starts:
        toks = _tokens(text, start, min(e + 1, start + 80))
        town, state, _ = _read_place(toks, 0)
        if town and not is_known_town(town) and not state:
            continue
        if town or state:
            return town, state
    return "", ""


# "at Sacred Heart Hospital in Eau Claire" is where she died, not where she lived.
_FACILITY_BEFORE = re.compile(r"(?:hospital|medical|clinic|hospice|care\s+center|nursing|health\w*|manor|"
                              r"rehabilitation|assisted\s+living|center|home\s+health)\s*$", re.IGNORECASE)
_HOME_IN = re.compile(r"\bat\s+(?:his|her|their)\s+(?:home|residence)\s+in\s+(?=[A-Z])")


def _clauses(text: str, spans: list[tuple[int, int]]) -> list[tuple[str, int, int]]:
    """Survivor and preceded-in-death clauses: from a trigger to the next trigger or the sentence end."""
    import bisect

    # Each trigger pattern runs once over the folded text (same offsets, lower case: no IGNORECASE cost);
    # marks are then grouped by sentence.
    low = fold(text)
    found = [("survivor", a, b) for a, b in _windowed(_SURVIVOR_TRIGGER, _SURVIVOR_QUICK, low)]
    found += [("preceded", a, b) for a, b in _windowed(_PRECEDED_TRIGGER, _PRECEDED_QUICK, low)]
    pos = low.find(" of ")
    while pos != -1:
        # "<relation> of": look back at the word before " of " (cheaper than a regex over every position).
        word_start = low.rfind(" ", 0, pos) + 1
        word = low[word_start:pos].strip("(;,")
        if word in _INVERSE:
            m = _OF_RELATION.match(low, word_start + (len(low[word_start:pos]) - len(low[word_start:pos].lstrip("(;,"))))
            if m:
                found.append((f"of:{_INVERSE[m.group(1)]}", m.start(), m.end()))
        pos = low.find(" of ", pos + 3)
    found.sort(key=lambda x: x[1])
    starts = [f[1] for f in found]
    out: list[tuple[str, int, int]] = []
    for s, e in spans:
        lo, hi = bisect.bisect_left(starts, s), bisect.bisect_left(starts, e)
        marks = []
        for kind, ms, me in found[lo:hi]:
            if kind.startswith("of:"):
                # Only in a death notice's list of relations, not "the daughter of John and Ellen" (born to).
                before = text[max(s, ms - 40) : ms].lower()
                if re.search(r"\b(?:born|was\s+the|was\s+a|as\s+the)\s*$", before) or (
                        kind == "of:parent" and "born" in text[s:ms].lower()):
                    continue
                stop = text.find(";", me, e)
                if stop != -1:
                    marks.append(("end", stop, stop + 1))
            marks.append((kind, ms, me))
        if not marks:
            # A sentence that starts with a relation list right after a survivor sentence continues it:
            # "Also surviving are ..." is caught above; "Grandchildren: ..." lines are caught here.
            if out and out[-1][0] == "survivor" and out[-1][2] >= s - 2 and re.match(
                r"\s*(?:(?:his|her|their)\s+)?(?:great-)?(?:grand)?(?:children|sons?|daughters?|brothers?|sisters?"
                r"|grandchildren|nieces|nephews)\b[^.]*?[:,]", text[s:e], re.IGNORECASE):
                out.append(("survivor", s, _clause_stop(text, s, e)))
            continue
        marks.sort(key=lambda x: x[1])
        for k, (kind, ms, me) in enumerate(marks):
            if kind == "end":
                continue
            stop = marks[k + 1][1] if k + 1 < len(marks) else e
            out.append((kind, me, _clause_stop(text, me, stop)))
    return out


_SURVIVOR_QUICK = re.compile(r"surviv|left\s|leaves|missed|mourning|family\s+includes|grieving|remembered|cherishing")
_PRECEDED_QUICK = re.compile(r"preced|predeceased|in\s+death|joins?|joined|rejoins|reunite|waiting|greeted")


def _windowed(full: re.Pattern[str], quick: re.Pattern[str], low: str) -> list[tuple[int, int]]:
    """Matches of `full`, searched only around the cheap literal hits of `quick` (same results, a tenth
    of the cost on a long obituary)."""
    out: dict[int, int] = {}
    for q in quick.finditer(low):
        for m in full.finditer(low, max(0, q.start() - 60), min(len(low), q.end() + 120)):
            if m.start() <= q.start() < m.end() or q.start() <= m.start() < q.end():
                out.setdefault(m.start(), m.end())
    return sorted(out.items())


def _clause_stop(text: str, s: int, e: int) -> int:
    m = _CLAUSE_END.search(text, s, e)
    return m.start() if m else e
