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
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Any

from outreach.match.names import fold, is_known_given_name, name_key, suffix_key
from outreach.match.people import Mention, parse_name_words, parse_people, vietnamese_order
from outreach.match.places import is_known_town, states_with_town
from outreach.match.sentences import sentence_spans
from outreach.match.text import PersonName, normalise_quotes, read_place, tokens
from outreach.match.words import NAME_PARTICLES, OF_RELATION_INVERSE, SUFFIXES, TITLE_STOP, TITLES


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
    title: str = field(default="", repr=False, compare=False)
    text: str = field(default="", repr=False, compare=False)

    # What tells the deceased from a namesake (death.death_verdict), read only when a client's name is the
    # deceased's or their roster spouse's: most obituaries name no client as the deceased.
    @cached_property
    def _identity(self) -> dict[str, Any]:
        return _identity_facts(self.title, self.lead, self.text, self.spouse, self.survivors, self.preceded)

    @property
    def birth_year(self) -> int | None:
        """"born June 11, 1930", "(1941 - 2026)", "was born in 1948"."""
        return self._identity["birth_year"]

    @property
    def birth_date(self) -> str:
        """ISO date of birth when a full one is written."""
        return self._identity["birth_date"]

    @property
    def spouse_givens(self) -> tuple[str, ...]:
        """Every spouse the text names: surviving, late, "married Lois Koch"."""
        return self._identity["spouse_givens"]

    @property
    def late_spouse_givens(self) -> tuple[str, ...]:
        """Spouses who died first: "preceded by her husband", "wife of the late"."""
        return self._identity["late_spouse_givens"]

    @property
    def survived_by_parents(self) -> bool:
        """A parent among the survivors ("the son of Brian and Colleen, who survive him")."""
        return self._identity["survived_by_parents"]

    @property
    def parents_text(self) -> str:
        """"born ... to David and Lois (LaFleur) Berg": where a maiden name shows."""
        return self._identity["parents_text"]


_SURVIVOR_TRIGGER = re.compile(
    r"\b(?:(?:is|was|are|were)\s+)?(?:also\s+|lovingly\s+|further\s+)?survived\s+by\b"
    r"|\b(?:le|les)\s+sobreviven?\b|\bsobrevivid[oa]s?\s+por\b"  # a bilingual notice's survivors
    r"|\blaisse(?:nt)?\s+dans\s+le\s+deuil\b"  # (and a French one's: "Il laisse dans le deuil sa fille")
    r"|\bkite\s+d[eè]y[eè]\b"  # (a Haitian Creole one's "Li kite dèyè: her daughter, Marie-Carmel")
    r"|\bchief\s+mourners?\s*[:\-]"  # a Ghanaian notice's "Chief mourners: Kwabena "Kobby" Mensah and his wife"
    r"|\bsurvivors\s+(?:include|includes|are|also\s+include)\b|\bsurvivors\s*[:\-]"
    r"|\bsurviving\s+(?:are|is|him|her)\b|\balso\s+surviving\s+(?:are|is)\b"
    r"|\bsurviving\s+(?:besides|in\s+addition\s+to)\s+(?:his|her)\s+(?:wife|husband)"
    r"(?:\s+of\s+\d{1,2}\s+years)?(?:,\s*[^,;.]{1,40},)?\s+(?:are|is)\b"  # ("... his wife of 54 years, Doris, are")
    r"|\bleft\s+to\s+(?:cherish|treasure|mourn|celebrate|honor|carry\s+on)\b[^.;:]*?\b(?:are|is|include|includes|by)\b"
    r"|\b(?:he|she)\s+(?:also\s+)?(?:leaves|leaves\s+behind)\b|\bleaves\s+behind\b"
    r"|\bleaves\s+(?:his|her)\s+(?=(?:\w+\s+){0,2}?(?:wife|husband|sons?|daughters?|sisters?|brothers?|children"
    r"|nieces?|nephews?|friends?)\b)"
    r"|\bwill\s+be\s+(?:dearly\s+|sadly\s+|deeply\s+|greatly\s+|forever\s+|sorely\s+)?missed\s+by\b"
    r"|\bmourning\s+(?:his|her|their)\s+(?:passing|loss|death)\s+(?:are|is)\b"
    r"|\bthose\s+left\s+(?:behind\s+|to\s+mourn\s+)?(?:include|are)\b"
    r"|\b(?:his|her)\s+family\s+includes\b|\bgrieving\s+(?:his|her)\s+(?:loss|passing)\s+are\b"
    r"|\bleaves\s+to\s+(?:mourn|cherish)\b[^.;:]*?(?:memory)?|\b(?:lovingly\s+|fondly\s+)?remembered\s+by\b"
    r"|\bcherishing\s+(?:his|her)\s+memory\s+(?:are|is)\b|\bsurvivors\s+also\s+include\b"
    # "Grateful for having shared her life are her sons, ...", "Those who shared his life are ..."
    r"|\bshared\s+(?:his|her|their)\s+life\s+(?:are|is|include)\b"
    r"|\bfamily\s+members\s+(?:include|are)\b|\b(?:is|are)\s+(?:also\s+)?mourned\s+by\b"
    # a church bulletin's bereaved: "Our sympathy is extended to Tad and Loretta Wickline on the death of ...",
    # "extends Christian sympathy to Nellie Ter Beeke", "Please hold in your prayers her daughter, Ann ..."
    r"|\b(?:sympathy|sympathies|condolences)\s+(?:is\s+|are\s+|goes?\s+)?(?:extended\s+)?to\b"
    r"|\bsympathy\s+and\s+prayers\s+(?:are|go)\s+(?:out\s+)?(?:to|with)\b"  # ("are with Kim Ard and family")
    # ("we hold in prayer his sister, Mary Lou Kimbrough")
    r"|\b(?:hold|keep|remember)\s+in\s+(?:(?:your|our)\s+)?prayers?\s+(?=(?:his|her|their)\s)"  # (not the deceased)
    # ("Please hold in your prayers Tommy Marshall and his family of Ewell on the death of his mother, Iva Marshall";
    # "Please keep in your prayers parishioner Mary Lou Nahkeena, whose brother, Leonard Nahkeena, 79, ... died")
    r"|\b(?:hold|keep|remember)\s+in\s+(?:your|our)\s+prayers?\s+(?=[^.;]{0,80}?(?:\bon\s+the\s+(?:death|loss|"
    r"passing)\s+of\b|,\s+whose\s+(?:late\s+)?[a-z\-]+,))"
    # ("Our church family extends its love and prayers to Sister Earnestine "Teeny" Gatewood in the passing of")
    r"|\bextends?\s+(?:its|our|their)\s+(?:love|prayers|sympathy|sympathies|condolences)(?:\s+and\s+(?:love|"
    r"prayers|sympathy))?\s+to\b"
    # ("Please keep our Pastor, Rev. Darnell Jefferson, and First Lady Lakeisha Jefferson in your prayers as they
    # mourn the passing of his mother"; "Please keep Sister Peggy Outlaw and her husband, Buddy, of Milan in your
    # prayers. Peggy's brother, Floyd Jernigan, 70, of Dyersburg, passed away": the death told in the next sentence,
    # through one of them)
    r"|\b(?:keep|hold|remember)\s+(?=(?:[^.;]|" + TITLE_STOP + r"){0,160}?\bin\s+(?:your|our)\s+prayers?"
    r"(?:\s+(?:as|while)\s+(?:they|he|she)\s+(?:mourns?|grieves?)\s+(?:the\s+)?(?:passing|death|loss)\s+of\b"
    r"|\.\s+[\w\-]+'s\s+(?:[a-z\-]+\s+)?(?:father|mother|brother|sister|son|daughter|husband|wife|grand\w+|"
    r"(?:father|mother|brother|sister|son|daughter)-in-law)\s*,\s+\w))"
    # ("Please remember our sister Mary Alice Futch and her husband, Brother Dorsey Futch, in the loss of her brother")
    r"|\bplease\s+remember\s+(?=[^.;]{0,120}?\b(?:in|on)\s+the\s+(?:loss|death|passing)\s+of\b)"
    # ("Please keep in your prayers Yvonne Bergeron, ..., and her family: her sons, Dale and his wife Jolene")
    r"|\b(?:his|her|their)\s+family\s*:\s*(?=(?:his|her|their)\s)"
    # ("Besides her niece Licha, she leaves her brother, ...")
    r"|\bbesides\s+(?=(?:his|her|their)\s)"
)
_PRECEDED_TRIGGER = re.compile(
    r"\bpreceded\s+in\s+death\s+by\b|\bpredeceased\s+by\b|\bwas\s+preceded\s+by\b"
    r"|\bpreceding\s+(?:him|her)\s+in\s+death\s+(?:were|was|are|is)\b|\bin\s+death\s+by\b"
    r"|\b(?:joins|joined|rejoins|is\s+reunited\s+with|was\s+reunited\s+with|reunites\s+with)\b"
    r"|\bwaiting\s+for\s+(?:him|her)\s+in\s+heaven\b|\bgreeted\s+in\s+heaven\s+by\b"
    r"|\bwere\s+waiting\s+for\s+(?:him|her)\b|\b(?:he|she)\s+was\s+predeceased\b",
    )
# Death-notice style: "beloved wife of John; loving mother of Susan (Tom) Halvorsen; dear sister of Linda".
# The people named after "<relation> of" stand in the inverse relation to the deceased (OF_RELATION_INVERSE).
# "Stephen, " before "husband of"; Lancaster County's "a daughter, Joanne wife of Scott Kreider", without the comma
# (but not "Beloved husband of 56 years of Helen": the comma or "and" before the name places it in a list)
_NAMED_BEFORE = re.compile(r"[A-Z][\w'\-]+(?:\s+[A-Z]\.|\s+Jr\.)?,\s*$|(?:,|\band)\s+[A-Z][\w'\-]+\s+$")
_TOWN_BEFORE_COMMA = re.compile(r"\b(?:in|of|at)\s+(?:[A-Z][\w.'\-]*\s+){0,2}[A-Z][\w'\-]+,\s*$")
_OF_RELATION = re.compile(
    r"\b(wife|husband|mother|father|grandmother|grandfather|great-grandmother|great-grandfather|sister|brother|"
    r"daughter|son|aunt|uncle|mother-in-law|father-in-law|sister-in-law|brother-in-law|companion|partner|widow|"
    r"widower|grandson|granddaughter|nephew|niece)\s+(?:of\s+\d+\s+years\s+)?of\b"  # "husband of 56 years of Helen"
    r"(?!\s+(?:\d|the\s+(?:year|month)|many|all))"
)
# Words that end a survivor clause even without a full stop: the service paragraph has no family in it.
_CLAUSE_END = re.compile(
    r"\b(?:funeral|visitation|services?|memorials?|officiat\w*|arrangements?|burial|interment|in\s+lieu"
    r"|pallbearers?|celebration\s+of\s+life|a\s+mass|mass\s+of\s+christian|condolences|was\s+born|born\s+on)\b"
    r"|\n(?=(?:he|she|they|the|we|it|in|a|an)\s)",  # a new paragraph of narrative after a list
    re.IGNORECASE,
)

# --- the deceased -------------------------------------------------------------------------------------

_TITLE_NOISE = re.compile(
    r"^\s*(?:obituary|obituaries|obit|death notice|in memoriam|in loving memory(?: of)?|remembering|"
    r"celebrating the life of|celebration\s+of\s+life|tacsi|esquela|transition|life story|"
    r"(?:please\s+)?remember\s+in\s+(?:(?:your|our)\s+)?prayers?|bereavements?|"
    # (a Byzantine parish's "Memory Eternal: Servant of God Joseph Dzurko")
    r"(?:the\s+)?(?:newly\s+departed\s+)?(?:servant|handmaid)\s+of\s+god|"
    r"home\s?going(?:\s+(?:celebration|services?))?|(?:our\s+)?(?:community|parish|congregation|church)\s+mourns|"
    r"(?:our|with)\s+(?:christian\s+|deepest\s+)?sympath(?:y|ies)|called\s+home|"
    r"memory\s+eternal|eternal\s+memory|(?:please\s+)?pray\s+for\s+the\s+repose\s+of\s+the\s+soul|"
    r"(?:priez\s+pour\s+(?:elle|lui)\s*/\s*)?(?:please\s+)?pray\s+for(?:\s+(?:the|our)\s+(?:departed|deceased|dead))?|"
    # ("Descanse en paz / Obituary:", a Vietnamese paper's "Cáo Phó:")
    r"descanse\s+en\s+paz|c[áa]o\s+ph[óo]|walk(?:ing|ed)\s+on(?=\s*[:\-|–—]))"
    # ("Priez pour elle / Please pray for ..."; a tribal paper's "Walking On: Josephine Peltier, 93")
    # ("Pray for the departed: Nadia Prokopchuk"; an Orthodox parish's "Memory Eternal: Panagiota Vlahos";
    # "Please pray for the repose of the soul of Leo ...")
    r"\s*(?:for|of)?\s*[:\-|–—/]?\s*"
    # A parish notice titled by its rite: "Mass of Christian Burial for Odile Comeaux", "Services for ..."
    r"|^\s*(?:a\s+)?(?:mass\s+of\s+christian\s+burial|funeral(?:\s+mass|\s+services?)?|memorial\s+services?"
    r"|services|rosary|visitation|celebration\s+of\s+life|home\s?going(?:\s+(?:celebration|services?))?)\s+for\s+"
    r"|\s*[\-|–—:]\s*(?:obituary|obituaries|death notice|view obituary|.*funeral.*|.*chapel.*|.*mortuary.*"
    r"|.*cremation.*|.*tribute.*)\s*$"
    r"|\s+(?:obituary|obit)\s*$"
    # "Deacon Leroy Tinsley (February 14, 1938 - April 3, 2026)": the dates in parentheses
    r"|\s*\((?:[A-Z][a-z]+\.?\s+\d{1,2},\s+)?\d{4}\s*[-–—]\s*(?:[A-Z][a-z]+\.?\s+\d{1,2},\s+)?\d{4}\)\s*$",
    re.IGNORECASE,
)
_DATELINE = re.compile(r"\s*[A-Z][A-Z.'\-]+(?:\s[A-Z][A-Z.'\-]+)*(?:,\s*[A-Z][A-Za-z.]+)?\s*(?:--|[-—–])\s*")
_YEARS = re.compile(r"\b(1[89]\d\d|20\d\d)\s*(?:-|–|—|to)\s*(1[89]\d\d|20\d\d)\b")
_AGE = re.compile(
    r"(?:,[\"\u201d]?\s*|\bage[d]?\s+|\bat\s+the\s+age\s+of\s+|\bat\s+age\s+)(\d{1,3})(?=\s*(?:,|years|\b))",
    re.IGNORECASE,
)
_RESIDENCE = re.compile(
    r"\b(?:long-?time\s+resident\s+of|lifelong\s+resident\s+of|resident\s+of|formerly\s+of|of\s+rural|of\s+the\s+town\s+of|"
    # "of the Vermilion community of the Bois Forte Band of Chippewa near Tower", "of a farm near Hazen"
    r"of\s+(?:the|a|an)\s+[^,.;]{0,80}?\bnear|"
    r"of|from|in)\s+(?=[A-Z])"
)
_DEATH_VERB = re.compile(
    r"\b(?:died|passed\s+away|passed|went\s+home|entered\s+(?:into\s+)?(?:eternal\s+)?rest|went\s+to\s+be\s+with"
    r"|departed\s+this\s+life|was\s+called\s+home|lost\s+(?:his|her)\s+battle|peacefully|unexpectedly|suddenly"
    r"|transitioned|walked\s+on)\b",
    re.IGNORECASE,
)


def _title_name(title: str, deceased_surname_hint: str = "") -> PersonName | None:
    t = title
    for _ in range(3):
        t2 = _TITLE_NOISE.sub("", t).strip()
        if t2 == t:
            break
        t = t2
    head, colon, tail = t.rpartition(":")
    if colon and tail.strip() and re.search(r"\b[a-z]", head):
        # "From Our Sister Church in Eutaw: Mother Essie Mae Fluker": a heading before the name (and "Newly
        # departed: Servant of God Innokenty Balashoff": the rite's own words after it)
        t = _TITLE_NOISE.sub("", tail).strip()
    # Aggregator titles: "Robert Smith Obituary (1941 - 2026) - Eau Claire, WI - Leader-Telegram".
    parts = re.split(r"\b(?:obituary|obituaries|obit)\b", t, maxsplit=1, flags=re.IGNORECASE)
    if len(parts) == 2:
        t = parts[0] if re.search(r"[A-Za-z]{2}", parts[0]) else parts[1]
    t = re.sub(r"^\s*(?:for|of)\s+", "", t.strip(" :|-–—"))
    t = _YEARS.sub("", t)
    t = re.sub(r"\(\s*\)|\b(?:age\s+)?\d{1,3}\s*$", "", t).strip(" ,;-–—|")
    # "Marjorie Lundquist (1936 - 2026) - Oro Valley, AZ": a spaced dash ends the name (the town follows).
    t = re.split(r"\s+[-–—|]\s+", t)[0].strip(" ,")
    t = re.split(r",\s*(?:\d|of\b|age\b)|\s+(?:of|from)\s+[A-Z]", t)[0].strip(" ,")
    if not t or len(t) > 80 or t.split()[0].lower() in _HEADING_WORDS:
        return None  # (a bulletin's heading, "In Our Prayers - May 17", names nobody)
    # "SMITH, Robert J. 'Bob'" - surname first.
    m = _SURNAME_FIRST.match(t)
    if m and m.group(1).isupper() and (town_after := re.search(r",\s*([A-Z][\w .'\-]+)$", m.group(2))) and \
            is_known_town(town_after.group(1)) and not is_known_given_name(town_after.group(1)):
        t = f"{m.group(1)}, {m.group(2)[: town_after.start()]}"  # "NOTSCH, Francis, Kimball": the town last
        m = _SURNAME_FIRST.match(t)
    if m and " " in m.group(1) and not m.group(1).isupper() and " " not in m.group(2).strip() and \
            is_known_town(m.group(2).strip()) and not is_known_given_name(m.group(2).strip()):
        t, m = m.group(1), None  # "Orville Mjolsness, Fargo": a death notice's name and town
    if m and not _YEARS.search(t) and (m.group(1).isupper() or _CAPS_SURNAME.fullmatch(m.group(1))
                                       or " " not in m.group(2).strip() or
                                       re.match(r"^[^\W\d_][\w'\-]+(?:\s+[A-Z]\.?)?(?:\s+\"|\s*$)", m.group(2))):
        t = f"{m.group(2)} {m.group(1)}"
    # Newspaper capitals: "SMITH" -> "Smith", keeping "III" and initials.
    t = " ".join(_title_word(w) if (w.isupper() or _CAPS_SURNAME.fullmatch(w.strip(".,"))) and len(w.strip(".,")) > 1
                 and w.strip(".,") not in {"II", "III", "IV"} else w for w in t.split())
    return _parse_deceased_string(t)


_HEADING_WORDS = frozenset({"in", "our", "please", "prayers"})
# "SMITH, Robert J." ("ST. CYR, Celestine"): surname first
_SURNAME_FIRST = re.compile(r"^((?:(?:St|ST|Ste|STE)\.\s*)?[^\W\d_][\w'\-]+(?:\s+[^\W\d_][\w'\-]+)?"
                            r"(?:\s+(?:Jr|Sr|II|III|IV)\.?)?),\s+(.+)$")
# A surname in newspaper capitals, its particle perhaps not: "SMITH", "LaFOUNTAIN", "McDONALD", "O'NEIL".
_CAPS_SURNAME = re.compile(r"(?:Mc|Mac|La|Le|De|Di|Du|Van|St\.?\s?)?[A-Z][A-Z'\-]+(?:\s+(?:JR|SR|II|III|IV)\.?)?")
_PARTICLE_CAPS = re.compile(r"^(Mc|Mac|La|Le|De|Di|Du|Van)([A-Z])([A-Z'\-]+)$")


def _title_word(word: str) -> str:
    particle = _PARTICLE_CAPS.match(word.strip(".,"))
    if particle:  # "LaFOUNTAIN" -> "LaFountain"
        return particle.group(1) + particle.group(2) + particle.group(3).lower()
    out = word.capitalize()
    out = re.sub(r"^(Mc|O')([a-z])", lambda x: x.group(1) + x.group(2).upper(), out)
    return re.sub(r"-([a-z])", lambda x: "-" + x.group(1).upper(), out)


_ELIDED_PARTICLE = re.compile(r"[dl]['\u2019][A-ZÀ-Þ]")


def _parse_deceased_string(s: str) -> PersonName | None:
    s = normalise_quotes(s)
    toks = tokens(s, 0, len(s))
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
                inside = s[t.end : toks[close].start]
                if not any(ch.isdigit() for ch in inside):  # "(1936 - 2026)", "(Feb. 14, 1938 - ...)": no maiden name
                    parens.append(inside)
                i = close + 1
                continue
        elif t.kind == "word" and (t.cap or t.low in NAME_PARTICLES or _ELIDED_PARTICLE.match(t.text)):
            words.append(t.text)  # ("Gisèle d'Entremont": an elided particle before the capital)
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
    if (viet := vietnamese_order([w for w in words if w.lower().rstrip(".") not in TITLES])) is not None:
        return viet  # "Cáo Phó: Cụ Ông LƯƠNG VĂN HIẾU": surname first
    surname_guess = words[-1]
    name, _ = parse_name_words(words, nickname, tuple(parens), surname_guess, context="deceased")
    return name


def parse_obituary(title: str, text: str) -> Obituary:
    """Extract the deceased, age, residence, survivors and preceded-in-death list from one obituary."""
    text = normalise_quotes(text)
    spans = sentence_spans(text)
    lead_span, lead, dateline_town = _lead(text, spans)
    deceased = _deceased_name(title, lead)
    age, death_year, death_date = _age_and_death(title, lead, text, spans)
    town, state = _residence(text, lead_span)
    survivors, preceded = _people(text, spans, deceased.surname if deceased else "")
    survivors = _spouses_named_through(text, survivors)
    survivors = _related_through_lead(lead, survivors)
    if deceased is not None and deceased.suffix and deceased.middle:
        survivors = [_father_of_a_junior(m, deceased) for m in survivors]
    spouse, survivors = _own_spouse(survivors)
    if spouse is not None and not (town or state) and (spouse.town or spouse.state):
        town, state = spouse.town, spouse.state  # "her husband, Roger Schmitz of Durand": their home
    if not (town or state) and dateline_town:
        town = dateline_town  # "BURLINGTON - Lucien Desautels died Tuesday": a local paper's notice
    state_inferred = False
    if town and not state:
        # One vote per place written (a couple "of Manhattan, IL" is one place, not two).
        state = _infer_state(town, [st for _, st in {(m.town, m.state) for m in survivors if m.state}])
        state_inferred = bool(state)
    states = frozenset(m.state for m in survivors if m.state) | ({state} if state else set())
    return Obituary(deceased=deceased, age=age, town=town, state=state, death_year=death_year, death_date=death_date,
                    state_inferred=state_inferred, survivors=tuple(survivors), preceded=tuple(preceded), spouse=spouse,
                    lead=lead.strip(), states_mentioned=frozenset(states), title=title, text=text)


_WIFE_OF_BEFORE = re.compile(r"([A-Z][\w'\-]+),\s*(?:wife|husband)\s+of\s*$")


def _spouses_named_through(text: str, survivors: list[Mention]) -> list[Mention]:
    """"a daughter, Ada, wife of Mervin Peachey": the in-law is the survivor's spouse, and she his partner (as
    "Mervin (Ada) Peachey" would say) for the roster-spouse check."""
    out = list(survivors)
    for k in range(1, len(out)):
        m, prev = out[k], out[k - 1]
        if m.relation not in {"spouse", "in_law"} or m.spouse_given:
            continue
        named = _WIFE_OF_BEFORE.search(text, max(0, m.start - 40), m.start)
        if named is not None and named.group(1) == prev.name.given:
            out[k] = replace(m, spouse_given=prev.name.given)
    return out


# A bulletin's lead that names the deceased through a member: "Annika's father, Paul Granholm, 78, ... died"
_THROUGH_MEMBER = re.compile(r"\s*([A-Z][\w\-]*)'s\s+([a-z\-]+),\s")


def _related_through_lead(lead: str, survivors: list[Mention]) -> list[Mention]:
    """"Please hold Annika and Marcus Tvedt in your prayers. Annika's father, Paul Granholm, ... died": Annika is
    his child (so her roster maiden name Granholm is his family's), whatever the prayer line's wording said."""
    through = _THROUGH_MEMBER.match(lead)
    relation = OF_RELATION_INVERSE.get(through.group(2), "") if through else ""
    if through is None or not relation:
        return survivors
    return [replace(m, relation=relation) if m.name.given == through.group(1) else m for m in survivors]


def _identity_facts(title: str, lead: str, text: str, spouse: Mention | None, survivors: tuple[Mention, ...],
                    preceded: tuple[Mention, ...]) -> dict[str, Any]:
    """What tells the deceased from a namesake (death.death_verdict): birth year and date, the spouses named,
    the late ones, whether parents survive, the parents' names."""
    parents = _PARENTS.search(text)
    birth_year, birth_date = birth_of(title, lead, text)
    return {
        "birth_year": birth_year, "birth_date": birth_date,
        "spouse_givens": tuple(dict.fromkeys(
            [m.name.given for m in (spouse, *preceded) if m is not None and m.relation == "spouse"]
            + [g for g in _MARRIED.findall(text) if g not in _NOT_A_GIVEN])),
        "late_spouse_givens": tuple(dict.fromkeys([m.name.given for m in preceded if m.relation == "spouse"]
                                                  + _LATE_SPOUSE.findall(text))),
        "survived_by_parents": any(m.relation == "parent" for m in survivors) or bool(_PARENTS_SURVIVE.search(text)),
        "parents_text": parents.group(1) if parents else "",
    }


# "Billings - Luc D'Aoust of Billings died Sunday": a dateline in mixed case, taken only for a known town.
_TOWN_DATELINE = re.compile(r"\s*([A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2})\s+(?:--|[-—–])\s+(?=[A-Z])")


def _lead(text: str, spans: list[tuple[int, int]]) -> tuple[tuple[int, int], str, str]:
    """The lead sentence's span, and its text without a dateline: the first sentence that names a death
    (or the first sentence), and the town of its dateline ("BURLINGTON - ..."), if any."""
    # (not a homegoing notice's "Sunrise: June 3, 1931. Sunset: March 30, 2026." before its lead)
    lead_span = next((sp for sp in spans[:4] if not _SUN_DATES.match(text, sp[0], sp[1])), None) or (
        spans[0] if spans else (0, len(text)))
    for s, e in spans[:4]:
        if _DEATH_VERB.search(text, s, e):
            lead_span = (s, e)
            break
    lead_start = lead_span[0]
    dateline = _DATELINE.match(text, lead_start, lead_span[1])
    town = ""
    if dateline is None:
        dateline = _TOWN_DATELINE.match(text, lead_start, lead_span[1])
        if dateline is not None and not is_known_town(dateline.group(1)):
            dateline = None
    if dateline:
        lead_start = dateline.end()
        words = text[dateline.start() : dateline.end()].strip(" -—–\n").split(",")[0].strip()
        town = words.title() if is_known_town(words.title()) else ""
    return lead_span, text[lead_start : lead_span[1]], town


_SUN_DATES = re.compile(r"\s*(?:Sunrise|Sunset)\s*[:\-]")
_CAPS_HEADING = re.compile(r"[A-Z][A-Z'\-]+(?:\s+[A-Z][A-Z'\-]+)?,\s")


# A bulletin's lead that names the deceased mid-sentence: "Our friends at Montague CRC share the news that
# Gertrude "Trudy" Boerema, 88, of Montague, went to be with her Lord", "We note the passing of ..."
# ("pray for the repose of ...", "sympathy to Nellie Ter Beeke in the death of her sister-in-law, Dina Ter Beeke")
# ("Her grandfather, Martin Aamodt, 89, of Fosston, died", "Annika's father, Paul Granholm, 78, of Willmar, Minn.,
# died": a bulletin's notice of a member's relative)
_NAME_INTRODUCED = re.compile(r"^\s*(?:His|Her|Their|[A-Z][\w\-]*'s)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?,\s+(?=[A-Z])|"
                              r"\b(?:the\s+news\s+that|the\s+family\s+of|the\s+(?:repose\s+of\s+the\s+)?soul\s+of|"
                              r"the\s+(?:death|passing)\s+of(?:\s+(?:his|her|their|[A-Z][\w']*'s)\s+[a-z][\w\-]*"
                              r"(?:\s+[a-z][\w\-]*)?,)?)\s+(?=[A-Z])")


def _deceased_name(title: str, lead: str) -> PersonName | None:
    """The deceased from the title and the lead: the title's name, completed (nickname, maiden name,
    middle) by the lead's when both give the same surname."""
    deceased = _title_name(title)
    lead_name = _parse_deceased_string(lead)
    if lead_name is None and _CAPS_HEADING.match(lead):
        # "PEDERSEN, Norma Jean (Kvale), age 86, of Richfield": a paid notice's heading, read as a title is
        lead_name = _title_name(lead[:120])
    if lead_name is None and (intro := _NAME_INTRODUCED.search(lead, 0, 200)):
        lead_name = _parse_deceased_string(lead[intro.end() :])
    if deceased is None or (lead_name and not deceased.nickname
                            and name_key(lead_name.surname) == name_key(deceased.surname)
                            and (lead_name.nickname or lead_name.maiden or lead_name.middle)):
        return _merge(lead_name, deceased)
    if lead_name and name_key(lead_name.surname) == name_key(deceased.surname):
        return _merge(deceased, lead_name)
    return deceased


def _age_and_death(title: str, lead: str, text: str,
                   spans: list[tuple[int, int]]) -> tuple[int | None, int | None, str]:
    """(age, year of death, ISO date of death) from the lead, the title ("(1941 - 2026)", "age 84") or
    "She was 71." in the first sentences."""
    age = None
    m_age = _AGE.search(lead) or re.search(r"\b(?:age|aged)\s+(\d{1,3})\b", title, re.IGNORECASE) or \
        _WAS_AGE.search(text, 0, spans[min(3, len(spans) - 1)][1] if spans else len(text))
    if m_age and 0 < int(m_age.group(1)) < 120:
        age = int(m_age.group(1))
    years = _YEARS.search(title + " " + lead) or _YEARS.search(text[:600])
    death_year = int(years.group(2)) if years else None
    death_date = _death_date(lead)
    if death_year is None and death_date:
        death_year = int(death_date[:4])  # (not "Born Feb. 9, 1942"'s year, written before it)
    elif death_year is None:
        m_year = re.search(r"\b(19\d\d|20\d\d)\b", lead)
        death_year = int(m_year.group(1)) if m_year else None
    if age is None and years:
        age = int(years.group(2)) - int(years.group(1))
    return age, death_year, death_date


# (not across a new clause: "Born in Ysleta and drafted in 1962", "Born in Batac, he came to Oahu in 1969")
_BORN = re.compile(r"\bborn\b(?:(?!\band\s+[a-z]|,\s*(?:he|she|they)\b)[^.;]){0,80}?"
                   r"\b(?:(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
                   r"\s+(\d{1,2}),?\s+)?((?:18|19|20)\d\d)\b", re.IGNORECASE)


_MARRIED = re.compile(r"\b(?:married|(?:husband|wife|widow|widower)\s+of)\s+(?:the\s+(?:late\s+|former\s+)?)?"
                      r"(?:(?:Mr|Mrs|Dr)\.?\s+)?([A-Z][a-z]+)\b")
_PARENTS_SURVIVE = re.compile(r"\b(?:son|daughter|child)\s+of\s[^.;]{3,80}?\bwho\s+survives?\s+(?:him|her)\b"
                              r"|\bsurvived\s+by\s+(?:his|her)\s+(?:parents|mother|father)\b")
_LATE_SPOUSE = re.compile(r"\b(?:wife|husband|widow|widower)\s+of\s+the\s+late\s+(?:(?:Mr|Mrs|Dr)\.?\s+)?([A-Z][a-z]+)")
_NOT_A_GIVEN = frozenset({"In", "On", "At", "The", "His", "Her", "Their"})
# ("born in Felton, Minn., to Ole and Gladys Trana": a state's abbreviation before its comma)
_PARENTS = re.compile(r"(?:\bborn\b(?:[^.;]|\.(?=,)){0,60}?\bto|\b(?:son|daughter|child)\s+of(?:\s+the\s+late)?)"
                      r"\s+([^.;]{3,90})")


def birth_of(title: str, lead: str, text: str) -> tuple[int | None, str]:
    """(year of birth, ISO date of birth) from "born June 11, 1930" / "born in 1948" in the text, or the
    first year of a "(1941 - 2026)" span in the title or lead."""
    m = _BORN.search(text)
    if m and m.group(1):
        year, month = int(m.group(3)), _MONTH_NUMBER[m.group(1)[:3].lower()]
        return year, f"{year:04d}-{month:02d}-{int(m.group(2)):02d}"
    # A "(1952 - 2026)" span outweighs a bare year near "born" (which may date something else).
    years = _YEARS.search(title + " " + lead)
    if years:
        return int(years.group(1)), ""
    return (int(m.group(3)), "") if m else (None, "")


def _people(text: str, spans: list[tuple[int, int]], surname: str) -> tuple[list[Mention], list[Mention]]:
    """(survivors, preceded in death) from every clause; "<relation> of" clauses list survivors."""
    survivors: list[Mention] = []
    preceded: list[Mention] = []
    for kind, s, e in _clauses(text, spans):
        if kind.startswith("of:"):
            survivors += parse_people(text, s, e, surname, initial_relation=kind[3:])
        else:
            (survivors if kind == "survivor" else preceded).extend(parse_people(text, s, e, surname))
    return survivors, preceded


def _own_spouse(survivors: list[Mention]) -> tuple[Mention | None, list[Mention]]:
    """The deceased's surviving spouse, and the survivors with every other spouse made an in-law: only the
    first spouse clause is the deceased's own ("his wife Karen" inside a list of sons is a daughter-in-law)."""
    clause_starts: set[int] = set()
    spouse = None
    for m in survivors:
        if m.relation == "spouse" and m.start not in clause_starts:
            spouse = m
            break
        clause_starts.add(m.start)
    if spouse is None:
        return None, survivors
    return spouse, [m if m.relation != "spouse" or m is spouse else _relabel(m, "in_law") for m in survivors]


_MONTH_NUMBER = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)}
_DATE = re.compile(r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2}),?\s+"
                   r"((?:19|20)\d\d)\b")

_BORN_BEFORE = re.compile(r"\b(?i:born)\s+(?:on\s+)?$")


def _death_date(lead: str) -> str:
    """The first full date in the lead sentence, as YYYY-MM-DD (the birth date comes later, if at all), past one
    the lead says is a birth ("Born Feb. 9, 1942; died April 4, 2026")."""
    m = next((d for d in _DATE.finditer(lead) if not _BORN_BEFORE.search(lead, 0, d.start())), None)
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


def _father_of_a_junior(m: Mention, deceased: PersonName) -> Mention:
    """"Gary Wayne Ellison Jr. ... survived by his parents, Gary Wayne and Tina (Garten) Ellison": the father of a
    junior bears his given and middle names, so "Gary Wayne" is no Mr. Wayne but the father Gary Wayne Ellison."""
    name = m.name
    if m.relation != "parent" or (name.given, fold(name.surname)) != (deceased.given, fold(deceased.middle)):
        return m
    return replace(m, name=replace(name, surname=deceased.surname, middle=deceased.middle, surname_inherited=True))


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
# ('PRUISMANN, Evangeline "Vangie", Eagle Grove, died', 'ESQUER, Dolores "Lola," Nogales, passed away')
_NOTICE_TOWN = re.compile(r"\s*[A-Z][A-Z'\-]+(?:\s+[A-Z][A-Z'\-]+)*,\s+[A-Z][\w.'\"\- ]{0,40}?,\"?\s*(?=[A-Z])")
# 'FENSKE, Gerald "Jerry" - Deer Lodge. Died March 3': a paid notice's town after a dash (or a capital "Of":
# "ZIRBEL, Bernice Of Burlington. Passed away April 17").
_NOTICE_DASH_TOWN = re.compile(r"\s*[A-Z][A-Z'\-]+(?:\s+[A-Z][A-Z'\-]+)*,\s+[^.\n]{1,40}?\s(?:[-\u2013\u2014]|Of)\s+"
                               r"(?=[A-Z])")
# "Marlys Eidsness, Brandon, died Friday": a notice that names the town between the name and the death.
_NAME_TOWN = re.compile(r"\s*[A-Z][\w.'\"\-]*(?:\s+[A-Z\"][\w.'\"\-]*){1,4},\s*"
                        r"(?=[A-Z][\w.'\- ]{0,40}?,\s*(?:[A-Z][\w.]{1,12},\s*)?(?:died|passed|entered|went)\b"
                        # ("Opal Pankratz, Fairview. Arrangements pending with ...": a lead of the name and town)
                        r"|[A-Z][\w'\- ]{0,40}\.?\s*$)")


def _residence(text: str, lead_span: tuple[int, int]) -> tuple[str, str]:
    s, e = lead_span
    # "Eugene J. Thompson, 75, Middleton, died ...", or a paid notice without the age: "SMITH, Ray, Tucson, May 1."
    # A notice header cut off as a sentence of its own ("NEMECEK, Rosalie, Omaha. Passed away June 2.") is
    # read too.
    m_town = _AGE_TOWN.search(text, s, e) or _NOTICE_TOWN.match(text, s, e) or _NAME_TOWN.match(text, s, e) or \
        _NOTICE_DASH_TOWN.match(text, s, e)
    end = e + 1
    if m_town is None and s:
        m_town, end = _NOTICE_TOWN.match(text, 0, s) or _NOTICE_DASH_TOWN.match(text, 0, s), s
    if m_town:
        toks = tokens(text, m_town.end(), min(end, m_town.end() + 80))
        town, state, _ = read_place(toks, 0)
        if (town or state) and (town.lower() not in {"of", "a"}) and (is_known_town(town) or state) \
                and not _street_named(text, m_town.end(), town):
            return town, state
    home = _HOME_IN.search(text, s, e)  # "died at her home in Naples, Florida" says where she lived
    starts = [home.end()] if home else []
    starts += [m.end() for m in _RESIDENCE.finditer(text, s, e) if not m.group(0).lower().startswith("formerly")
               and not _FACILITY_BEFORE.search(text, max(s, m.start() - 50), m.start())
               and not _FIGURE_BEFORE.search(text, max(s, m.start() - 20), m.start())]
    for start in starts:
        toks = tokens(text, start, min(e + 1, start + 80))
        town, state, _ = read_place(toks, 0)
        if town and ((not is_known_town(town) and not state) or _street_named(text, start, town)):
            continue
        if town or state:
            return town, state
    return "", ""


def _street_named(text: str, at: int, town: str) -> bool:
    """The town read at `at` begins a street address: "Rosina DiPaolo, 90, of West 16th Street" (West, Texas)."""
    i = text.find(town, at, at + 40)
    return i != -1 and bool(_STREET_AFTER.match(text, i + len(town)))


_STREET_AFTER = re.compile(r"\s+(?:\d+(?:st|nd|rd|th)?\b|(?:[A-Z][a-z]+\s+)?(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|"
                           r"Boulevard|Blvd\.|Lane|Drive)\b)")
# "at Sacred Heart Hospital in Eau Claire" is where she died, not where she lived.
_FACILITY_BEFORE = re.compile(r"(?:hospital|medical|clinic|hospice|care\s+center|nursing|health\w*|manor|"
                              r"rehabilitation|assisted\s+living|center|home\s+health)\s*$", re.IGNORECASE)
# "surrounded by family and the songs of Zion", "in the arms of Jesus": a figure of speech, not a town.
_FIGURE_BEFORE = re.compile(r"\b(?:songs|arms|presence|house|kingdom|gates|bosom|hands|city|saints|angels)\s*$",
                            re.IGNORECASE)
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
        if word in OF_RELATION_INVERSE:
            lead_punct = len(low[word_start:pos]) - len(low[word_start:pos].lstrip("(;,"))
            m = _OF_RELATION.match(low, word_start + lead_punct)
            if m:
                found.append((f"of:{OF_RELATION_INVERSE[m.group(1)]}", m.start(), m.end()))
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
                # (but "she was the mother of Bridget Mulherin (Frank) of Savannah" names her children)
                # (and "was the brother of our parishioner Mena Guidroz", "the aunt of": not the elders born to)
                if (kind not in ("of:child", "of:grandchild", "of:sibling", "of:niece_nephew")
                        and re.search(r"\b(?:born|was\s+the|was\s+a|as\s+the)\s*$", before)) or (
                        kind == "of:parent" and "born" in text[s:ms].lower()):
                    continue
                if kind in ("of:spouse", "of:in_law") and _NAMED_BEFORE.search(text, max(s, ms - 40), ms) and \
                        not _TOWN_BEFORE_COMMA.search(text, max(s, ms - 40), ms):
                    continue  # "six children: Stephen, husband of Mary Stoltzfus Riehl": Stephen's wife (but "who
                    # died Feb. 3 in Dodge City, mother-in-law of our parishioner Lupe Armendariz": the deceased's)
                marks += _of_clause_end(text, me, e, found[lo:hi])
            marks.append((kind, ms, me))
        if not marks:
            # A sentence that starts with a relation list right after a survivor sentence continues it:
            # "Also surviving are ..." is caught above; "Grandchildren: ..." lines are caught here.
            if (out and out[-1][0] == "survivor" and out[-1][2] >= s - 2 and re.match(
                r"\s*(?:(?:his|her|their)\s+)?(?:great-)?(?:grand)?(?:children|sons?|daughters?|brothers?|sisters?"
                r"|grandchildren|nieces|nephews)\b[^.]*?[:,]", text[s:e], re.IGNORECASE)) or (
                    s != spans[0][0] and _relation_led(text, low, s, e)):
                out.append(("survivor", s, _clause_stop(text, s, e)))
            continue
        marks.sort(key=lambda x: x[1])
        for k, (kind, _ms, me) in enumerate(marks):
            if kind == "end":
                continue
            stop = marks[k + 1][1] if k + 1 < len(marks) else e
            out.append((kind, me, _clause_stop(text, me, stop)))
    return out


def _relation_led(text: str, low: str, s: int, e: int) -> bool:
    """A death notice's survivors without a "survived by": "Daughter Ana Ruiz of Tucson; son Paul." (the caller
    skips the lead: "Sister Ruthie Mae Bryan, 79, of Savannah, transitioned" is the deceased; and a bulletin's sick
    list, "Brother Grady Sorrells is recovering from knee surgery", is no list of survivors)."""
    led = _RELATION_LED.match(text, s, e)
    return led is not None and not _PRECEDED_QUICK.search(low, s, e) and not _TITLED_SUBJECT.match(text, led.end(), e)


def _of_clause_end(text: str, me: int, e: int, found: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The end of a death notice's "<relation> of" clause: its first semicolon; none when a survivor list starts
    before it ("the beloved wife of the late Irving Glick and is survived by her son, Jeffrey Glick of Atlanta; ...
    and her sister-in-law, Sheila Tannenwald": the list runs on past it)."""
    stop = text.find(";", me, e)
    if stop == -1 or any(kind == "survivor" and me < at < stop for kind, at, _ in found):
        return []
    return [("end", stop, stop + 1)]


# Case-sensitive on purpose: a capitalised relation word opening a sentence, then a name.
# ("Children: Abena Asante (nee Owusu) and husband Kwabena of Ewing; Kofi Owusu of the Bronx": a labelled list)
_RELATION_LED = re.compile(r"\s*(?:Wife|Husband|Daughters?|Sons?|Brothers?|Sisters?|Stepdaughters?|Stepsons?"
                           r"|Granddaughters?|Grandsons?|Children|Grandchildren)\s*:?\s+(?!of\b)[A-Z][\w'\-]+")
# A church title's sentence with a verb of its own: "Brother Grady Sorrells is recovering"
_TITLED_SUBJECT = re.compile(r"(?:\s+[A-Z][\w'\-]*){0,3}\s+(?:is|was|has|had|will|remains)\b")
_SURVIVOR_QUICK = re.compile(r"surviv|sobreviv|laisse|kite\s|mourners|left\s|leaves|missed|mourning|family\s+includes"
                             r"|grieving"
                             r"|remembered"
                             r"|cherishing|shared\s|family\s+members|mourned|sympath|condolence|prayer|remember|besides"
                             r"|keep|hold|family\s*:")
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
