"""Word lists of the matching engine: data, no logic (the grammar that reads them is in obituary.py,
people.py, text.py, names.py and sentences.py). All words are lower case, without a trailing period
unless noted."""

from __future__ import annotations

from typing import Final

# --- relations -----------------------------------------------------------------------------------------

# The words for each relation to the deceased (match.model.Relation): "sons John and Mark", "wife Mary"; the
# Spanish and French ones of a bilingual survivor paragraph ("su hija, Lupita Garza y su esposo Hector"; "Il laisse
# dans le deuil sa fille, Yvette (Armand) Roy, de Manchester").
RELATION_WORDS: Final[dict[str, str]] = {
    "spouse": "wife husband spouse partner companion fiance fiancee fiancé fiancée wives husbands spouses "
    "widow widower esposo esposa époux épouse epoux epouse",
    "child": "son sons daughter daughters child children stepson stepsons stepdaughter stepdaughters "
    "stepchildren step-son step-sons step-daughter step-daughters step-children hijo hijos hija hijas "
    "fils fille filles",
    "grandchild": "grandchild grandchildren grandson grandsons granddaughter granddaughters "
    "step-grandchildren stepgrandchildren grandkids nieto nietos nieta nietas "
    "petits-enfants petit-fils petite-fille",
    "great_grandchild": "great-grandchild great-grandchildren great-grandson great-grandsons "
    "great-granddaughter great-granddaughters great-great-grandchildren great-great-grandchild",
    "sibling": "brother brothers sister sisters siblings sibling half-brother half-sister stepbrother "
    "stepsister step-brother step-sister hermano hermanos hermana hermanas frère frères sœur sœurs soeur "
    "soeurs",
    "parent": "mother father parents mom dad stepmother stepfather madre padre padres",
    "in_law": "son-in-law sons-in-law daughter-in-law daughters-in-law brother-in-law brothers-in-law "
    "sister-in-law sisters-in-law mother-in-law father-in-law parents-in-law in-laws",
    "niece_nephew": "niece nieces nephew nephews sobrino sobrinos sobrina sobrinas great-niece great-nieces "
    "great-nephew great-nephews grandniece grandnieces grandnephew grandnephews neveu neveux nièce nièces",
    "aunt_uncle": "aunt aunts uncle uncles great-aunt great-aunts great-uncle great-uncles",
    "cousin": "cousin cousins",
    "grandparent": "grandmother grandfather grandparents",
    "friend": "friend friends",
}
# word -> relation
RELATIONS: Final[dict[str, str]] = {w: rel for rel, words in RELATION_WORDS.items() for w in words.split()}
# Written before a relation word as a word of its own: "great grandchildren", "step son", "half sister".
RELATION_PREFIXES: Final = frozenset({"great", "step", "half"})

# Death-notice style "<relation> of": "loving mother of Susan" makes Susan the deceased's child.
OF_RELATION_INVERSE: Final[dict[str, str]] = {
    "wife": "spouse", "husband": "spouse", "companion": "spouse", "partner": "spouse",
    "mother": "child", "father": "child", "grandmother": "grandchild", "grandfather": "grandchild",
    "great-grandmother": "great_grandchild", "great-grandfather": "great_grandchild",
    "sister": "sibling", "brother": "sibling", "daughter": "parent", "son": "parent",
    "aunt": "niece_nephew", "uncle": "niece_nephew", "mother-in-law": "in_law", "father-in-law": "in_law",
    "sister-in-law": "in_law", "brother-in-law": "in_law", "widow": "spouse", "widower": "spouse",
    "grandson": "grandparent", "granddaughter": "grandparent", "nephew": "aunt_uncle", "niece": "aunt_uncle",
}

# --- names ---------------------------------------------------------------------------------------------

# Capitalised words that start no name.
STOP_CAPS: Final = frozenset({
    "he", "she", "they", "his", "her", "their", "the", "a", "an", "also", "and", "god", "lord", "heaven",
    "jesus", "christ", "survivors", "survived", "surviving", "include", "includes", "in", "of", "many",
    "numerous", "several", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "both",
    "all", "special", "dear", "beloved", "loving", "devoted", "is", "was", "are", "were", "will", "be",
    "left", "mourning", "those", "family", "friends", "by", "with", "who", "one", "great", "step", "late",
    "its", "our", "this", "that", "these", "nieces", "nephews", "grandchildren", "as", "well", "other",
    "more", "than", "including", "plus", "along", "wife", "husband", "not", "first", "second", "twin",
    # a service after a name ("his son, Sgt. Héctor Carrasquillo Jr., USMC, and his wife, Yesenia Vélez") and the
    # days a notice dates things by ("who went to be with the Lord on Tuesday")
    "usmc", "usn", "usaf", "uscg", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
})
# Months (and their abbreviations): Jan, May, June and April are names too, months only before a day.
MONTHS: Final = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
})
# Surname particles as written in a name ("Dick Van Dyke", "Maria de la Cruz", "St. John", the Hudson Valley's
# Dutch "Ten Eyck" and "Ter Bush", the Portuguese "Maria do Céu Souza": a particle only inside a name, so "Ten
# grandchildren" still starts none).
NAME_PARTICLES: Final = frozenset({"van", "von", "de", "del", "della", "la", "le", "du", "da", "di", "der", "den",
                                   "vander", "vanden", "st.", "st", "ten", "ter", "te", "do", "dos", "das"})
# Left out of a double-barrelled surname's parts when it is indexed (names.surname_keys): the same particles
# (keys carry no periods), and Mac/Mc, which some CRMs store as a word of their own ("Mac Donald").
SURNAME_KEY_PARTICLES: Final = (NAME_PARTICLES - {"st."}) | {"mac", "mc"}
SUFFIXES: Final = frozenset({"jr", "sr", "ii", "iii", "iv", "v"})
# Spelled-out suffixes, as names.suffix_key reads them.
SUFFIX_SPELLINGS: Final[dict[str, str]] = {"junior": "jr", "senior": "sr", "2nd": "ii", "3rd": "iii", "4th": "iv"}
# Honorifics and titles that are never part of a name we match on.
TITLES: Final = frozenset({"mr", "mrs", "ms", "miss", "dr", "rev", "reverend", "fr", "father", "pastor", "sister",
                           "msgr", "deacon", "sgt", "capt", "col", "lt", "maj", "gen", "judge", "hon", "prof", "atty",
                           "elder", "mother", "bishop", "evangelist", "sis", "bro", "minister", "apostle", "prophetess",
                           "missionary",
                           # a pastor's wife in Black churches: "First Lady Lakeisha Jefferson"
                           "first", "lady",
                           # "Circuit Judge Henrietta Pouncey Scarbrough", "the Very Rev. Thaddeus Kulyk"
                           "circuit", "probate", "magistrate", "very", "cw2", "cw3", "cw4", "cw5", "wo1", "cwo",
                           # Vietnamese honorifics: "Cụ Ông Lương Văn Hiếu", "Bà Nguyễn Thị Ba"
                           "cụ", "ông", "bà",
                           # military ranks: "his son, MSgt (Ret.) Darnell Ogletree"
                           "msgt", "ssgt", "tsgt", "cmsgt", "smsgt", "sfc", "ssg", "sgm", "csm", "cpl", "pvt", "pfc",
                           "spc", "adm", "cmdr", "cdr", "lcdr", "cpt", "ltc",
                           # Arabic honorifics: "Hajj Mohammad Ali Harfoush", "Hajjeh Samira"
                           "hajj", "haj", "haji", "hajjeh", "hajja", "hajji", "sheikh", "imam",
                           # Spanish: "Doña Esperanza Medina" ("Don" is an English given name too)
                           "doña",
                           # a Ghanaian notice's "Madam Comfort Adwoa Owusu"; a Somali notice's "Xaaji" (Hajji)
                           "madam", "xaaji", "xaajiyo",
                           # a Nigerian chieftaincy title, "Chief (Mrs.) Comfort Abosede Bello"; "Fire Chief Dean Olson"
                           "chief",
                           # an Akan elder's "Opanyin Kwaku Mensah"
                           "opanyin", "opanin"})
# A full stop that ends a title, not a sentence ("named Dr. Anselm Vogelsang ... to the post", "keep our Pastor, Rev.
# Darnell Jefferson, ... in your prayers"), so a pattern reads across it: one look-behind per title (a look-behind
# must be fixed-width), in any case.
TITLE_STOP: Final = "|".join(rf"(?<=\b(?i:{title}))\." for title in (
    "dr", "rev", "mr", "mrs", "ms", "st", "capt", "lt", "sgt", "col", "gov", "sen", "rep"))
# ("Mother Hattie Simmons": a church title)
# Words inside a survivor's parentheses that are not a name: "Tim (fiancée Jen)", "(and her husband Tom)".
# ("(First Lady Annette)": a pastor's wife by her church title)
PARENTHESIS_NOISE: Final = frozenset({"and", "his", "her", "wife", "husband", "special", "ret", "retired", "first",
                                      "lady"})
# Words that leave a pending "and" joining the next name ("John and his son Mark"; any other word ends it).
KIN_ADJECTIVES: Final = frozenset({"his", "her", "their", "beloved", "loving", "devoted", "dear", "su", "sus", "sa",
                                   "ses"})

# --- places --------------------------------------------------------------------------------------------

# Lower-case words inside town names: "Fond du Lac", "Prairie du Chien", "Lac la Belle".
PLACE_LOWER: Final = frozenset({"du", "de", "la", "le", "des", "sur"})
# Abbreviations that keep their period inside a town name ("St. Paul", "Ft. Myers", "Mt. Horeb").
PLACE_ABBREVIATIONS: Final = frozenset({"st.", "ft.", "mt."})

# --- sentences -----------------------------------------------------------------------------------------

# Abbreviations after which a period does not end a sentence.
ABBREVIATIONS: Final = frozenset({
    "mr", "mrs", "ms", "dr", "rev", "fr", "st", "ste", "mt", "ft", "jr", "sr", "lt", "sgt", "capt", "col",
    "gen", "maj", "cpl", "pvt", "msgr", "hon", "atty", "prof", "no", "vs", "inc", "co", "corp", "ltd", "ave",
    "blvd", "rd", "hwy", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "a.m", "p.m", "u.s", "e", "w", "n", "s", "ret", "msgt", "ssgt", "tsgt", "cmsgt", "sfc", "pfc", "spc", "cmdr",
    "adm", "cdr", "lcdr", "gov", "sen", "rep", "supt", "sis", "bro",  # ("our First Lady, Sis. Loretta Whitfield")
    "lbs", "oz",  # ("A son, Wesley Ray Bumbaugh II, 8 lbs. 1 oz., May 9, to Wes and Kayla")
})
# Of those, the ones that end a phrase rather than lead into a name: at a line's end ("moved his car at 2 a.m.\n")
# they end the sentence too (a title or an initial there still runs into the next line's name).
LINE_END_ABBREVIATIONS: Final = frozenset({"a.m", "p.m", "inc", "co", "corp", "ltd", "jr", "sr", "u.s", "ave", "blvd",
                                           "rd", "hwy"})
# A company's suffix ends a sentence before a capitalised word ("... Development Corp. Dominic Ferdinando's bakery
# supplied the pie"), unless the word goes on naming someone of the company ("Acme Corp. President Jo Ames").
COMPANY_ENDINGS: Final = frozenset({"inc", "corp", "ltd"})
COMPANY_CONTINUATIONS: Final = frozenset({
    "president", "vice", "chairman", "chairwoman", "chair", "ceo", "cfo", "coo", "cto", "chief", "executive",
    "founder", "co-founder", "owner", "owners", "spokesman", "spokeswoman", "spokesperson", "board", "director",
    "manager", "general", "senior", "plant", "headquarters", "officials", "employees", "shares", "stock",
})
# After a state abbreviation a new sentence starts only with one of these (else "Wis. Funeral" is ambiguous).
SENTENCE_STARTERS: Final = frozenset({
    "he", "she", "they", "the", "a", "an", "his", "her", "their", "funeral", "services", "service",
    "visitation", "memorials", "memorial", "burial", "interment", "in", "born", "after", "survivors",
    "arrangements", "friends", "family", "online", "condolences", "we", "it", "there", "this", "mass",
    "officials", "police", "fire", "no", "authorities",
})


# One given name in the spellings its transliteration from Arabic (and Persian, Urdu, Somali) takes in US
# records: an obituary's "Mohammad" is a roster's "Mohamad". The nickname data knows none of these.
GIVEN_SPELLINGS: Final[tuple[frozenset[str], ...]] = tuple(frozenset(g.split()) for g in (
    "mohammad mohamad mohammed mohamed muhammad muhammed mohammod",
    "ahmad ahmed", "mahmoud mahmud mahmood", "mustafa moustafa mostafa", "hussein husein hussain husain hossein",
    "hassan hasan", "yousef youssef yusuf yousif", "ibrahim ebrahim", "khaled khalid", "fatima fatimah fatma",
    "aisha ayesha aysha", "amina aminah ameena", "abdullah abdallah", "omar umar", "osama usama", "jamal gamal",
    "zeinab zainab zaynab", "samira sameera", "nasser naser nasir", "rashid rasheed", "hamza hamzah",
    "karim kareem", "yasmeen yasmin yasmine", "noor nur", "layla leila laila", "mariam maryam meryem",
    "kassem qasim kasim qassem", "abdulkarim abdelkarim", "abdulrahman abdelrahman abdirahman",
    "abdulkadir abdelkader abdikadir", "faisal faysal", "suleiman sulaiman suleyman", "walid waleed",
))


# Spanish hypocoristics the nickname data lacks (folded): formal name -> its short forms. "Gus Aguirre (Lupe)" names
# the roster's Guadalupe; "Pepe" is José.
SPANISH_NICKNAMES: Final[dict[str, tuple[str, ...]]] = {
    "guadalupe": ("lupe", "lupita"), "jose": ("pepe",), "jesus": ("chuy",), "francisco": ("paco", "pancho"),
    "ignacio": ("nacho",), "guillermo": ("memo",), "eduardo": ("lalo",), "graciela": ("chela",),
    "concepcion": ("concha", "conchita"), "rosario": ("chayo",), "alberto": ("beto",), "roberto": ("beto",),
    "antonio": ("tono",), "enrique": ("quique",), "consuelo": ("chelo",), "dolores": ("lola",),
    "mercedes": ("meche",), "refugio": ("cuca",), "soledad": ("chole",),
}

# The family names most Vietnamese Americans carry (folded): a name written "Phạm Minh Tuấn" puts it first.
VIETNAMESE_SURNAMES: Final[frozenset[str]] = frozenset((
    "nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do", "ho", "ngo", "duong",
    "ly", "dinh", "truong", "lam", "mai", "cao", "luu", "ta", "trinh", "quach", "la", "thai", "tang", "chau",
    "luong", "diep", "doan", "ha", "kieu", "khuc", "lai", "lu", "nghiem", "ong", "phung", "quan", "thach", "tieu",
    "tong", "trieu", "vuong"))
