"""The people named in one survivor or preceded-in-death clause of an obituary: their names, relation to
the deceased, town, and the spouse or maiden name written in parentheses. Pure; obituary.py finds the
clauses.

  "sons John (Karen) Smith of Eau Claire and Mark of Madison, Wis.; grandchildren Amy, Ben and Cole"
  -> John Smith (child, Eau Claire, spouse Karen), Karen Smith (in_law, Eau Claire), Mark Smith (child,
     Madison WI), Amy / Ben / Cole Smith (grandchild, surname taken from the family).

The name anatomy (titles, suffixes, particles, initials) is read here rather than by nameparser's
HumanName, which the drafts use: it costs ~0.45 ms a name (a bench obituary names 11 people, and the engine
reads one in ~0.7 ms), and its answers differ where it matters here ("King", "Field" and "Bishop" are
titles to it, "3rd" a surname, "Elder" a given name; every parenthesis a nickname). What a parenthesis
holds (spouse, maiden name or nickname) is the domain rule, `parenthesis_role`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from outreach.match.names import fold, given_match, is_known_given_name, name_key, suffix_key
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
    VIETNAMESE_SURNAMES,
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

    Returns (name, spouse_given). What a parenthesis holds is `parenthesis_role`'s call.
    """
    words, suffix = _without_titles_and_suffix(words)
    if not words:
        return None, ""
    maiden, spouse_given = "", ""
    for raw in parens:
        role, value = parenthesis_role(raw, words[0], deceased_surname, context)
        if role == "nickname":
            nickname = nickname or value  # a quoted nickname comes first
        elif role == "maiden":
            maiden = value
        elif role == "spouse":
            spouse_given = value
    given = words[0]
    if len(words) == 1:
        return PersonName(given=given, nickname=nickname, maiden=maiden, suffix=suffix), spouse_given
    viet = vietnamese_order(words)
    if viet is not None:
        return replace(viet, nickname=nickname, maiden=maiden, suffix=suffix), spouse_given
    # Particles belong to the surname: "Dick Van Dyke", "Maria de la Cruz".
    cut = len(words) - 1
    while cut > 1 and words[cut - 1].lower() in NAME_PARTICLES:
        cut -= 1
    surname = " ".join(words[cut:])
    middle = " ".join(words[1:cut])
    return PersonName(given=given, surname=surname, middle=middle, nickname=nickname, maiden=maiden,
                      suffix=suffix), spouse_given


def vietnamese_order(words: list[str]) -> PersonName | None:
    """A Vietnamese name written surname first ("Phạm Minh Tuấn", "Vũ Thị Mai Lan"): three or more words, a
    Vietnamese family name first, and Vietnamese letters or the middle name Thị / Văn to say so."""
    if len(words) < 3 or fold(words[0]) not in VIETNAMESE_SURNAMES:
        return None
    marker = fold(words[1]) in ("thi", "van")
    if not (marker or any(ch in _VIETNAMESE_LETTERS for w in words for ch in w.lower())):
        return None
    if marker:  # "Vũ Thị Mai Lan": the given name is everything after Thị
        return PersonName(given=" ".join(words[2:]), surname=words[0], middle=words[1])
    return PersonName(given=words[-1], surname=words[0], middle=" ".join(words[1:-1]))


# Letters only Vietnamese writes (a hook, a horn, a dot below, đ), which no other roster language shares.
_VIETNAMESE_LETTERS = frozenset("ảạấầẩẫậắằẳẵặẻẽẹếềểễệỉịỏọốồổỗộớờởỡợủụứừửữựỳỷỹỵđơư")


def _without_titles_and_suffix(words: list[str]) -> tuple[list[str], str]:
    """The name's words without titles ("Rev.", "Dr.") and trailing suffix ("Jr.", "III"), periods dropped
    except after initials; and the suffix key."""
    words = [w for w in words if w.lower().rstrip(".") not in TITLES]
    words = [w if _is_initial(w) or suffix_key(w) in SUFFIXES else w.rstrip(".") for w in words]
    suffix = ""
    while words and suffix_key(words[-1]) in SUFFIXES and len(words) > 1:
        suffix = suffix_key(words[-1])
        words = words[:-1]
    if not suffix and len(words) > 2:
        # "SCHOETTMER, Bernard J., Sr.": a heading puts the suffix before the surname it follows
        inner = [w for w in words[1:-1] if suffix_key(w) in _SPELLED_SUFFIXES and not _is_initial(w)]
        if inner:
            suffix = suffix_key(inner[-1])
            words = [w for w in words if w not in inner]
    return words, suffix


_SPELLED_SUFFIXES = SUFFIXES - {"v"}  # ("V." inside a name is an initial)


_DEAD_IN_PARENTHESES = re.compile(r"\b(?:deceased|late|d\.|died|passed)\b")
_NEE = re.compile(r"(?:nee|née|born)\s+(.+)", re.IGNORECASE)


def parenthesis_role(raw: str, given: str, deceased_surname: str = "",
                     context: str = "survivor") -> tuple[str, str]:
    """What a parenthesis next to a name holds: ("nickname" | "maiden" | "spouse", the name), or ("", "").

    For the deceased: a nickname or a maiden name ("Margaret (Peggy) Miller", "Linda (Miller) Carlson").
    For a survivor: the spouse ("Susan (Tom) Halvorsen"), unless it is a nickname of the same given name
    ("Judith (Judy)") or the family's own surname: a married sister written "Linda (Miller) Carlson" in a
    Miller obituary. "(nee Jones)" is a maiden name; "(the late Bob)" holds nobody to reach.
    """
    content = " ".join(w for w in raw.split() if w.lower().strip(".,") not in RELATIONS
                       and w.lower().strip(".,") not in PARENTHESIS_NOISE
                       and w.lower().strip(".,") not in TITLES).strip()  # "(Rev. Dr. Curtis L. Hairston)"
    if not content or _DEAD_IN_PARENTHESES.search(content.lower()):
        return "", ""
    nee = _NEE.match(content)
    if nee:
        return "maiden", nee.group(1).strip()
    parts = content.split()
    one = len(parts) == 1
    if context == "deceased":
        if one and is_known_given_name(parts[0]) and name_key(parts[0]) != name_key(deceased_surname):
            return "nickname", parts[0]
        return "maiden", parts[-1]
    if one and given_match(parts[0], (given,)) > 0 and name_key(parts[0]) != name_key(given):
        return "nickname", parts[0]
    if one and name_key(parts[0]) == name_key(deceased_surname):
        return "maiden", parts[0]
    return "spouse", parts[0]


def _is_name_word(tok: Token, nxt: Token | None = None) -> bool:
    """A capitalised word that can be part of a name. Jan, May, June and April are names too: a month only
    when a day number follows ("May 3")."""
    if not tok.cap:
        return False
    if len(tok.text) == 2 and tok.text[1] == ".":
        return True  # a middle initial, "A." and "I." too ("José A. Contreras Jr.")
    low = tok.low
    if low in MONTHS and nxt is not None and nxt.kind == "num":
        return False
    return not (low in STOP_CAPS or low in RELATIONS)


def _town_with_state(toks: list[Token], i: int) -> bool:
    """A known town written with its state starts at toks[i] ("Nogales, Arizona"), not a surname ("de León")."""
    town, state, _ = read_place(toks, i)
    return bool(town and state and is_known_town(town))


def _town_ends_entry(toks: list[Token], i: int) -> bool:
    """A known town of two or more words, or one that ends its list entry (a semicolon, "y", "and", a comma before
    the next entry, or the end), starts at toks[i]: "de Grand Island,", "de Lexington y" (not "de León Chávez")."""
    town, _state, j = read_place(toks, i)
    if not (town and is_known_town(town)):
        return False
    if " " in town or j >= len(toks) or toks[j].text in {";", "."} or toks[j].low in {"y", "and"}:
        return True
    # (a comma, then the next entry: not "María Elena de León, 70,")
    return toks[j].text == "," and j + 1 < len(toks) and toks[j + 1].cap


# --- clauses ------------------------------------------------------------------------------------------

@dataclass
class _Draft:
    """A name being read, with what the clause says about it."""

    words: list[str] = field(default_factory=list)
    nickname: str = ""
    parens: list[str] = field(default_factory=list)
    relation: str = ""
    town: str = ""
    state: str = ""
    joined_by_and: bool = False  # "John and Mary Smith": John may take Mary's surname
    mrs: bool = False  # written after "Mrs.": the older style names a wife through her husband
    couple: bool = False  # written after "Mr. and Mrs.": the husband and the wife named through him
    wife_named: bool = False  # "Mrs. Louie Kobal (Frances)": the name is hers, her husband's given name her partner
    group: int = 0  # which relation phrase ("sons ...", "daughter ...") the name belongs to
    husbands_surname: bool = False  # her surname read from "and her husband, Abdulkarim Al-Subaihi"
    spouse_listed: bool = False  # the spouse written after a relation word, not in parentheses
    # ... a fiancé(e) or partner, who carries a surname of their own ("and his fiancée, Brianna Tollefsrud")
    unmarried: bool = False


def parse_people(text: str, start: int, end: int, deceased_surname: str = "",
                 initial_relation: str = "") -> list[Mention]:
    """Parse the people named in one survivor / preceded-in-death clause text[start:end]."""
    drafts = _ClauseReader(text, tokens(text, start, end), initial_relation).read()
    return _finish(drafts, deceased_surname, text, start, end)


_FORMER = frozenset({"former", "nee", "née"})  # "his wife, the former Mary Jones"
_PLACE_WORDS = frozenset({"of", "in", "from"})
_BOTH = frozenset({"both", "all"})  # "Tim and Tony, both of Rice Lake"
_AND = frozenset({"and", "&", "y", "et"})  # "y", "et": a bilingual survivor paragraph
_CHILDS_SPOUSE = frozenset({"son-in-law", "daughter-in-law"})  # one person, so the spouse of one child
_CHILD_GROUPS = frozenset({"grandchild", "great_grandchild"})


class _ClauseReader:
    """Reads one clause token by token into `_Draft`s: a relation word opens a group ("sons ..."),
    capitalised words make a name, quotes and parentheses attach to the name being read, "of Town" places
    the names before it, "and", commas and semicolons separate. One method per kind of token (a word's
    methods in the order they are tried); each returns the index of the next token to read."""

    __slots__ = ("cur", "drafts", "group", "pending_and", "relation", "text", "toks", "unplaced_from")

    def __init__(self, text: str, toks: list[Token], initial_relation: str = ""):
        self.text, self.toks = text, toks
        self.drafts: list[_Draft] = []
        self.cur: _Draft | None = None  # the name being read
        self.relation = initial_relation
        self.unplaced_from = 0  # first draft in the current run still waiting for an "of Town"
        self.pending_and = False  # an "and" joins the next name to the previous one
        self.group = 0

    def read(self) -> list[_Draft]:
        toks = self.toks
        i = 0
        while i < len(toks):
            t = toks[i]
            if t.kind == "word":
                i = self._word(i, t)
            elif t.kind == "quote":
                i = self._quote(i)
            elif t.text in "([":
                i = self._parenthesis(i, t)
            elif t.text == "&":
                i = self._and(i)
            elif t.text in ",;:\n":
                i = self._separator(i, t)
            else:  # a number, a closing bracket, a slash: the name being read ends
                i = self._other(i, t)
        self._flush()
        return self.drafts

    def _flush(self) -> None:
        """The name being read is complete."""
        cur = self.cur
        if cur is not None and cur.words:
            cur.relation = cur.relation or self.relation
            cur.group = self.group
            self.drafts.append(cur)
        self.cur = None

    def _word(self, i: int, t: Token) -> int:
        toks, low = self.toks, t.low
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if low == "son" and nxt is not None and nxt.low in RELATIONS:
            return i + 1  # French "son frère Armand Boisclair et son épouse Lucienne": "his", not a son
        if t.text in _CHURCH_TITLES and self.relation and i > 0 and toks[i - 1].text == "," and nxt is not None \
                and nxt.cap and nxt.low not in RELATIONS:
            return i + 1  # "his devoted wife of 64 years, Mother Henrietta Stallworth": a church title, not a parent
        if low in RELATIONS or (low in RELATION_PREFIXES and nxt is not None and nxt.low in RELATIONS):
            return self._relation(i, t)
        if low == "late" and i > 0 and toks[i - 1].low == "the":
            return self._the_late(i)
        if low in _FORMER and nxt is not None and nxt.cap:
            return self._former(i)
        if low == "de" and self.cur is not None and nxt is not None and nxt.cap and _town_with_state(toks, i + 1):
            return self._place(i)  # a Spanish list's "Lucha Carrillo de Nogales, Arizona": of Nogales
        if low == "de" and self.cur is not None and len(self.cur.words) >= 3 and nxt is not None and nxt.cap \
                and is_known_town(nxt.text) and (i + 2 >= len(toks) or not toks[i + 2].cap):
            return self._place(i)  # "Rosa Tzul Velásquez de Seaford": both surnames written, then of Seaford
        if low == "de" and self.cur is not None and len(self.cur.words) >= 2 and nxt is not None and nxt.cap \
                and _town_ends_entry(toks, i + 1):
            return self._place(i)  # "Le sobreviven sus hijos: ... Teresa Villalpando de Lexington y Javier ..."
        if low in NAME_PARTICLES and self.cur is not None and self.cur.words and nxt is not None and (
                nxt.cap or nxt.low in NAME_PARTICLES) and toks[i - 1].text != ",":
            return self._name_word(i, t)  # "Antonio da Rosa", "Tony van der Berg": a particle inside a name
        if (low in _PLACE_WORDS or (low == "de" and i > 0 and toks[i - 1].text == "," and nxt is not None
                                     and nxt.cap)) and (self.cur is not None or self.drafts):
            # (", de McAllen": Spanish "of" only after a comma; "Maria de los Angeles" is a name)
            return self._place(i)
        if low in _AND:
            return self._and(i)
        if _is_name_word(t, nxt):
            return self._name_word(i, t)
        return self._other(i, t)

    def _relation(self, i: int, t: Token) -> int:
        """"sons", "great-grandchildren", "step son": a new group of names in that relation."""
        self._flush()
        toks, low = self.toks, t.low
        if low in RELATION_PREFIXES:
            i += 1
            low = toks[i].low
            rel = "great_grandchild" if RELATIONS[low] == "grandchild" and t.low == "great" else RELATIONS[low]
        else:
            rel = RELATIONS[low]
        if i > 0 and toks[i - 1].cap and toks[i - 1].text.endswith("'s"):
            # "and Ann's husband, Jerry": Ann's kin, not the deceased's ("Opal's sister-in-law" is the deceased's:
            # the same in-law either way)
            rel = "in_law" if rel in ("spouse", "in_law") else "family"
        same_group = self.drafts and self.drafts[-1].group == self.group
        # "her daughter, Carol Maki and son-in-law Gene": a child's in-law read after the child is her spouse.
        spouse_word = rel == "spouse" or (low in _CHILDS_SPOUSE and self.relation == "child")
        if spouse_word and self.relation not in ("", "spouse") and same_group and (
                self.pending_and or (i > 0 and toks[i - 1].text in ",(") or self._wife_of_after_name(i)):
            after = self._spouse_of_listed(i)
            if after is not None:
                return after
        if rel in ("spouse", "in_law") and self.relation not in ("", "spouse", "in_law") and \
                not any(d.group == self.group for d in self.drafts):
            # "two sons and their wives, John and Karen ...", "a daughter and son-in-law, Nancy and
            # Bruce": one list; the names stay the deceased's children (their spouses come with them).
            self.pending_and = False
            return i + 1
        self.relation = rel
        self.group += 1
        self.unplaced_from = len(self.drafts)
        self.pending_and = False
        return i + 1

    def _wife_of_after_name(self, i: int) -> bool:
        """"a daughter, Joanne wife of Scott Kreider of Elizabethtown": Lancaster County's style, without the
        comma, names the listed daughter's husband."""
        toks = self.toks
        return 0 < i < len(toks) - 2 and toks[i - 1].cap and toks[i + 1].low == "of" and toks[i + 2].cap

    def _spouse_of_listed(self, i: int) -> int | None:
        """"daughters, Jane Doe and husband John of Eau Claire": John is Jane's husband, read as her
        parenthesis; None when no name follows the relation word."""
        toks = self.toks
        close = i + 1
        if close < len(toks) and toks[close].text == ",":
            close += 1  # "and her husband, Tom"
        elif close < len(toks) and toks[close].low == "of":
            close += 1  # "Stephen, husband of Mary Stoltzfus Riehl, Ronks": the Budget's in-law
        words = []
        while close < len(toks) and (toks[close].cap or toks[close].kind == "quote") and \
                toks[close].low not in RELATIONS:
            if toks[close].kind == "quote":  # "her husband Domingos "Mingo" Semedo": the nickname is skipped
                end_quote = next((k for k in range(close + 1, min(close + 6, len(toks))) if toks[k].kind == "quote"),
                                 None)
                if end_quote is None:
                    break
                close = end_quote + 1
                continue
            words.append(toks[close].text)
            close += 1
        if not words:
            return None
        if close + 2 < len(toks) and toks[close].text == "(" and toks[close + 2].text == ")":
            close += 3  # "and his wife Fatima (Picanço)": her maiden name, not another spouse
        listed = self.drafts[-1]
        if len(words) >= 2 and len(listed.words) == 1 and not listed.parens:
            # "her daughter Mary-Beth and son-in-law Dan Kinsley": the surname after the in-law is the couple's.
            listed.words.append(words[-1])
            words = words[:-1]
            # (not "Sarah, wife of David Kauffman": the Budget's style names a wife by her married name)
            listed.husbands_surname = toks[i + 1].low != "of"
        listed.parens.append(" ".join(words))
        listed.spouse_listed = True
        listed.unmarried = toks[i].low in _UNMARRIED
        self.pending_and = False
        return close

    def _the_late(self, i: int) -> int:
        """"the late John": named, but dead; the name is skipped."""
        self._flush()
        toks = self.toks
        i += 1
        while i < len(toks) and (toks[i].cap or toks[i].kind == "quote" or toks[i].text in "()"):
            i += 1
        return i

    def _former(self, i: int) -> int:
        """"his wife, the former Mary Jones": Jones is her maiden name."""
        self._flush()
        toks = self.toks
        j = i + 1
        words = []
        while j < len(toks) and toks[j].cap and toks[j].low not in RELATIONS:
            words.append(toks[j].text)
            j += 1
        if len(words) < 2:
            return i + 1
        self.cur = _Draft(words=words[:-1], joined_by_and=self.pending_and)
        self.cur.parens.append(f"nee {words[-1]}")
        self._flush()
        return j

    def _quote(self, i: int) -> int:
        """A quoted nickname: "Robert "Bob" Smith"."""
        toks = self.toks
        close = next((k for k in range(i + 1, min(i + 6, len(toks))) if toks[k].kind == "quote"), None)
        if close is None:
            return i + 1
        if self.cur is None:
            self.cur = _Draft(joined_by_and=self.pending_and)
        self.cur.nickname = " ".join(x.text for x in toks[i + 1 : close] if x.kind == "word")
        return close + 1

    def _parenthesis(self, i: int, t: Token) -> int:
        """"(Tom)", "(Miller)", "(nee Jones)": kept with the name it follows, for parenthesis_role."""
        toks = self.toks
        close = next((k for k in range(i + 1, min(i + 12, len(toks))) if toks[k].text in ")]"), None)
        if close is None:
            return i + 1
        content = self.text[t.end : toks[close].start]
        if content.strip().isdigit():
            return close + 1  # "Dina Ter Beeke (82)": her age
        first = content.split(maxsplit=1)
        if len(first) == 2 and first[0].rstrip(".").lower() in TITLES:
            content = first[1]  # "(Deacon Cornelius Gadsden)", "(Dr. Ahmed)": the name after the title
        cur = self.cur
        target = cur if cur is not None and cur.words else (self.drafts[-1] if self.drafts else None)
        if target is not None:
            target.parens.append(content)
        return close + 1

    def _place(self, i: int) -> int:
        """"of Eau Claire", "both of Rice Lake": the names before it live there; "of 52 years" is no place."""
        toks = self.toks
        if i + 1 < len(toks) and toks[i + 1].kind == "num":
            return i + 2  # "his wife of 52 years"
        both = i > 0 and toks[i - 1].low in _BOTH
        town, state, nxt = read_place(toks, i + 1)
        self._flush()
        if not (town or state):
            return i + 1
        drafts = self.drafts
        for d in drafts[self.unplaced_from:] if both else _and_chain(drafts, self.unplaced_from):
            if not d.town and not d.state:
                d.town, d.state = town, state
        self.unplaced_from = len(drafts)
        return nxt

    def _and(self, i: int) -> int:
        self._flush()
        self.pending_and = True
        return i + 1

    def _separator(self, i: int, t: Token) -> int:
        """",", ";", ":" or a line break ends a name; a comma may be followed by the name's town
        (newspaper style: "John (Karen) Smith, Eau Claire; Mark, Madison, Wis.")."""
        self._flush()
        if t.text in ";\n":
            self.unplaced_from = len(self.drafts)
        self.pending_and = False
        toks = self.toks
        if t.text == "," and self.drafts and i + 1 < len(toks) and toks[i + 1].cap and i > 0 and (
                toks[i - 1].text in {")", '"'} or (toks[i - 1].cap and toks[i - 1].low not in RELATIONS)):
            after = self._town_after_comma(i)
            if after is not None:
                return after
        return i + 1

    def _town_after_comma(self, i: int) -> int | None:
        """The index after "Eau Claire" in "Julie Halvorsen, Eau Claire", having placed the last name there;
        None when the words after the comma are not its town (another name, a one-word grandchild)."""
        toks = self.toks
        town, state, nxt = read_place(toks, i + 1)
        follows = nxt >= len(toks) or toks[nxt].text in ",;).\n" or toks[nxt].low in _AND
        prev = self.drafts[-1]
        complete = len(prev.words) > 1 or bool(prev.parens)  # "Julie Halvorsen, Madison;"
        if prev.relation in _CHILD_GROUPS and not complete and " " not in town and not state:
            # "great-grandchildren: Lily, Mason and Ava": one-word names, not towns (a town in such a list
            # needs a state or a second word).
            return None
        if town and follows and not (prev.town or prev.state) and (state or (is_known_town(town) and (
                " " in town or complete or not is_known_given_name(town)))):
            prev.town, prev.state = town, state
            return nxt
        return None

    def _name_word(self, i: int, t: Token) -> int:
        if state_code(t.text) and not is_known_given_name(t.text) and len(t.text) <= 6:
            self._flush()  # a state abbreviation ("Ariz.") left over from a place
            return i + 1
        if self.cur is None:
            self.cur = _Draft(joined_by_and=self.pending_and)
            self.pending_and = False
        if t.low not in TITLES:
            self.cur.words.append(t.text.rstrip(",") if not _is_initial(t.text) else t.text)
        elif t.low == "mrs" and not self.cur.words:
            self.cur.mrs = True
            self.cur.couple = i >= 2 and self.toks[i - 1].low in _AND and self.toks[i - 2].low == "mr"
        return i + 1

    def _other(self, i: int, t: Token) -> int:
        """Any other word or token ends the name being read; only "his", "her", "beloved" ... and "the" keep
        an "and" pending."""
        self._flush()
        if t.kind == "word" and t.low not in KIN_ADJECTIVES:
            self.pending_and = self.pending_and and t.low == "the"
        return i + 1


def _is_initial(word: str) -> bool:
    return len(word) <= 2 and word.endswith(".")


def _and_chain(drafts: list[_Draft], floor: int) -> list[_Draft]:
    """The last draft plus the ones joined to it by "and" (they share its "of Town")."""
    if not drafts:
        return []
    out = [drafts[-1]]
    k = len(drafts) - 1
    # Only bare given names ride along: in "Ronald (Victoria) Thompson and Kimberly and Walter Moe of
    # Middleton" the town is the Moes'; and full names of the same surname ("granddaughters Yesenia Almánzar and
    # Dahiana Almánzar, of Lawrence").
    surname = drafts[-1].words[-1:] if len(drafts[-1].words) > 1 else []
    while k > floor and drafts[k].joined_by_and and not drafts[k - 1].parens and (
            len(drafts[k - 1].words) == 1 or (surname and drafts[k - 1].words[-1:] == surname)):
        k -= 1
        out.append(drafts[k])
    return out


def _wife_named_first(d: _Draft, name: PersonName | None, spouse: str) -> tuple[PersonName | None, str]:
    """"her goddaughter, Mrs. Louie Kobal (Frances)": Frances, named through her husband, who is no kin and not
    listed. A sister's husband is kin: "his sister, Mrs. Roscoe (Darlene) Honaker" lists both, Darlene as the
    sister and Roscoe as the in-law ("Mrs. Ezekiel (Ora Lee) Pressley": a two-word given name of hers)."""
    if name is None or not (d.mrs and not d.couple and name.surname and spouse):
        return name, spouse
    words = spouse.split()
    if len(words) > 2 or (len(words) == 2 and not is_known_given_name(words[1])):
        return name, spouse  # ("Mrs. John (Mary Jones) Smith": not read as one given name)
    d.wife_named = d.relation in ("", "family")
    return PersonName(given=spouse, surname=name.surname, suffix=name.suffix), name.given


def _finish(drafts: list[_Draft], deceased_surname: str, text: str, start: int, end: int) -> list[Mention]:
    mentions: list[Mention] = []
    names: list[tuple[_Draft, PersonName | None, str]] = []
    for d in drafts:
        if d.words and d.words[-1].endswith("'s"):
            continue  # "on the death of Loretta's brother", "and Ann's husband, Jerry": named for another
        words = [w for w in d.words if not _is_initial(w) or len(d.words) > 2]
        name, spouse = _wife_named_first(d, *parse_name_words(words or d.words, d.nickname, tuple(d.parens),
                                                               deceased_surname))
        if name is not None and d.mrs and name.surname and not spouse:
            if d.couple:  # "a son and daughter-in-law, Mr. and Mrs. Gerald Unruh": him, and her through him
                names.append((d, name, spouse))
            name = replace(name, husbands_name=True)  # "Mrs. Harold Peters" ("Mrs. Robert (Jean)": her own given)
        names.append((d, name, spouse))
    _compound_givens(names, deceased_surname)
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
    couple = _parents_couple(names)
    for d, name, spouse in names:
        if name is None:
            continue
        partner = None
        if spouse:
            raw = next((p for p in d.parens if p.split()[:1] == [spouse]), spouse)
            partner = _spouse_full_name(raw, name.surname, deceased_surname, d.spouse_listed and not d.unmarried)
            spouse = partner.given if partner is not None else spouse  # "Vũ Thị Mai Lan": Mai Lan
        mentions.append(Mention(name=name, relation=d.relation or "family", town=d.town, state=d.state,
                                spouse_given=spouse or couple.get(id(d), ""), start=start, end=end))
        if d.husbands_surname and d.relation in _KEEPS_NAME and deceased_surname and spouse and \
                name_key(name.surname) != name_key(deceased_surname):
            # A daughter or sister may have kept the family's surname (Arab, Hispanic and Korean wives do): she
            # is looked up by it too, her husband named as her partner.
            mentions.append(Mention(name=_with_surname(name, deceased_surname, True), relation=d.relation,
                                    town=d.town, state=d.state, spouse_given=spouse, start=start, end=end))
        if spouse and not d.wife_named:
            in_law = "in_law" if d.relation not in {"spouse", "family"} else d.relation
            readings = [partner or PersonName(given=spouse, surname=name.surname,
                                              surname_inherited=name.surname_inherited)]
            if partner is not None and not d.spouse_listed and len(raw.split()) == 2:
                # "Neng (Pa Chia) Lor": two words may be her own given and surname ("Mai Nou Thao (Tou Vang)")
                # or one two-word given name of the family's surname; the roster says which
                readings.append(PersonName(given=raw, surname=name.surname, surname_inherited=name.surname_inherited))
            mentions += [Mention(name=r, relation=in_law, town=d.town, state=d.state, spouse_given=name.given,
                                 start=start, end=end) for r in readings]
    return mentions


def _spouse_full_name(spouse: str, own_surname: str, deceased_surname: str, listed: bool) -> PersonName | None:
    """A spouse written with a surname of their own: "Phạm Minh Tuấn and daughter-in-law Vũ Thị Mai Lan" (a
    Vietnamese name), or, for a child or sibling who carries the family's surname, "Mai Nou Thao (Tou Vang)" (a
    Hmong wife keeps her clan name); None for a given name ("Sue (Tom)", "(Billy Joe)", "Zeinab (Mohamad Ali)
    Harfoush")."""
    words = spouse.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return None
    viet = vietnamese_order(words)
    if viet is not None:
        return viet
    # (not "Stephen, husband of Mary Stoltzfus Riehl": the Budget writes a wife's maiden name before her married one)
    if listed or len(words) != 2 or is_known_given_name(words[-1]) or not deceased_surname or \
            name_key(own_surname) != name_key(deceased_surname):
        return None
    return PersonName(given=words[0], surname=words[1])


_KEEPS_NAME = frozenset({"child", "sibling"})
_CHURCH_TITLES = frozenset({"Mother", "Father", "Sister", "Brother"})  # (capitalised, before a name)
_UNMARRIED = frozenset({"fiance", "fiancee", "fiancé", "fiancée", "partner", "companion"})
# The second part of a compound given name that is hardly ever a surname: "Mary Beth", "Jo Ann", "Sue Ellen"
_COMPOUND_SECOND = frozenset({"beth", "ann", "anne", "jo", "lou", "ellen", "mae", "sue", "lynn"})


def _compound_givens(names: list[tuple[_Draft, PersonName | None, str]], deceased_surname: str = "") -> None:
    """"her children, Mary Beth and Gerrit Vander Wal of Sioux Falls": a compound given name before "and" and
    a full name is one person's given name (Mary Beth Vander Wal), not Mary of the Beth family; so is a spouse's
    ("his wife, Mary Jo, and their children": Mary Jo, of the deceased's surname)."""
    for idx, (d, name, spouse) in enumerate(names):
        if name is not None and d.relation == "spouse" and not (d.parens or name.middle) and \
                name.surname.lower() in _COMPOUND_SECOND and name.surname.lower() != deceased_surname.lower():
            names[idx] = (d, PersonName(given=f"{name.given} {name.surname}", nickname=name.nickname), spouse)
    for idx, (d, name, spouse) in enumerate(names[:-1]):
        d2, n2, _ = names[idx + 1]
        if name is not None and n2 is not None and n2.surname and d2.joined_by_and and d2.group == d.group and \
                not (d.town or d.state or d.parens or name.middle) and name.surname.lower() in _COMPOUND_SECOND:
            names[idx] = (d, PersonName(given=f"{name.given} {name.surname}", nickname=name.nickname), spouse)
            d.town, d.state = d2.town, d2.state  # (the couple's "of Sioux Falls")


def _parents_couple(names: list[tuple[_Draft, PersonName | None, str]]) -> dict[int, str]:
    """Each parent's partner, by id of its draft, where a parents phrase names exactly two ("his parents, Ana
    and Ernesto Portuondo Sr."): they are a couple, so a client whose roster spouse is another is a namesake.
    (Two children or siblings joined by "and" are not a couple.)"""
    groups: dict[int, list[tuple[_Draft, PersonName]]] = {}
    for d, name, spouse in names:
        if name is not None and d.relation in ("parent", "grandparent") and not spouse and not d.parens:
            groups.setdefault(d.group, []).append((d, name))
    out: dict[int, str] = {}
    for pair in groups.values():
        if len(pair) == 2 and pair[1][0].joined_by_and:
            (d1, n1), (d2, n2) = pair
            out[id(d1)], out[id(d2)] = n2.given, n1.given
        elif len(pair) > 2:
            # "his grandparents, Teodoro and Socorro Ibarrola of San Luis and Amparo Lugo of Somerton": a given name
            # alone joined to the next full name is its couple
            for (d1, n1), (d2, n2) in zip(pair, pair[1:], strict=False):
                if len(d1.words) == 1 and d2.joined_by_and and len(d2.words) >= 2 and n1.surname == n2.surname \
                        and id(d1) not in out:
                    out[id(d1)], out[id(d2)] = n2.given, n1.given
    return out


def _with_surname(name: PersonName, surname: str, inherited: bool) -> PersonName:
    return PersonName(given=name.given, surname=surname, middle=name.middle, nickname=name.nickname,
                      maiden=name.maiden, suffix=name.suffix, surname_inherited=inherited)


