"""Tell an obituary from other news by its wording.

The cues are data: phrases that on their own mark a death notice, and pairs of patterns that
only count together ("age 84" alone is news about anyone; with "died" it is a death notice).
Matching is case-insensitive on word boundaries over title + plain text.
"""

from __future__ import annotations

import re

# Any one of these, as a whole phrase, marks a death notice.
PHRASE_CUES: tuple[str, ...] = (
    "obituary", "obituaries", "obit",
    "passed away", "passed peacefully", "went home to be with the lord", "entered into rest",
    "entered eternal rest", "went to be with the lord",
    "survived by", "preceded in death", "predeceased by", "is survived",
    "in lieu of flowers", "memorial contributions", "memorials may be made",
    "funeral", "funeral home", "funeral service", "memorial service", "celebration of life", "visitation will be",
    "calling hours", "interment", "laid to rest", "graveside service", "mass of christian burial",
    "rest in peace",
    # the Orthodox, Eastern Catholic and Black church notices' own words
    "reposed in the lord", "fell asleep in the lord", "memory eternal", "eternal memory", "christian burial",
    "homegoing", "leaves to cherish", "repose of the soul", "pray for our departed", "pray for the departed",
    "eternal rest grant", "commend to the lord",  # a Catholic bulletin's ("Eternal rest grant unto her, O Lord")
    # a tribal paper's ("began his journey to the spirit world", "preceded on his journey by his parents")
    "journey to the spirit world", "preceded on his journey", "preceded on her journey",
    # a parish paper's terse list ("Husband of the late Mildred. Father of Carol ... Great-grandfather of 19.")
    "husband of the late", "wife of the late", "great-grandfather of", "great-grandmother of",
    # a Spanish-language esquela's ("Con profundo dolor anunciamos el fallecimiento de ...")
    "fallecimiento", "le sobreviven", "les sobreviven", "descansó en la paz", "descanse en paz", "en paz descanse",
    "misa de cuerpo presente", "q.e.p.d",
)

# Each tuple: all patterns must occur (anywhere) for the cue to count.
COMBINED_CUES: tuple[tuple[str, ...], ...] = (
    (r"\bage[ds]?\s+\d{1,3}\b", r"\bdied\b"),
    # "Jane Doe, 84, of Fond du Lac, died ..." in one sentence, or "... of Fond du Lac. She died Monday" (but not
    # "Josette, 12, of Great Falls, won ... Her cousin Raymond, who died in March": someone else's death, told
    # in another sentence)
    (r"\b\d{1,3}\s*,?\s*(?:of|from)\b(?:[^.;!?]|\.(?=\s*,)|\b(?:St|Ft|Mt)\.){0,160}?\bdied\b",),
    (r"\b\d{1,3}\s*,?\s*(?:of|from)\b", r"(?<!\bwho\s)\bdied\b"),
    (r"\b(?:19|20)\d\d\s*[-\u2013\u2014]\s*(?:19|20)\d\d\b", r"\b(?:born|died|passed)\b"),  # "1941 - 2025"
    # a church bulletin's "Our Savior's family extends its sympathy to Pastor Tad Skogstad and Karin on the death of
    # Pastor Tad's mother, Gunhild Skogstad, 94"
    # ("Our sympathy and prayers are with Kim Ard and family on the death of her father")
    (r"\bsympath(?:y|ies)\s+(?:[a-z]+\s+){0,3}?(?:to|with)\b", r"\b(?:on|in)\s+the\s+(?:death|passing)\s+of\b"),
    # a bulletin's prayer request for the dead ("Please keep in your prayers Lorraine Kemp, 82, who died February 4")
    (r"\b(?:in|to)\s+(?:your|our|their)\s+prayers\b", r"\bdied\b"),
    # A tribal paper's "walked on January 18" (or "... to the spirit world"), the death of many Native obituaries;
    # "walked on stage" is not, so only with a date or the spirit world, and with the notice's "93, of Tecumseh".
    (r"\bwalked\s+on\s+(?:to\s+the\s+spirit\s+world|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
     r"\s+\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)", r"\b\d{1,3}\s*,?\s*(?:of|from)\b"),
)

_PHRASES = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in PHRASE_CUES) + r")\b", re.IGNORECASE)
_COMBINED = tuple(tuple(re.compile(p, re.IGNORECASE) for p in group) for group in COMBINED_CUES)


def obituary_cues(title: str, text: str) -> list[str]:
    """The cues found in an entry (phrases as written in PHRASE_CUES, combined cues by their patterns)."""
    haystack = f"{title}\n{text}"
    found = sorted({m.group(0).casefold() for m in _PHRASES.finditer(haystack)})
    for source, group in zip(COMBINED_CUES, _COMBINED, strict=True):
        if all(p.search(haystack) for p in group):
            found.append(" + ".join(source))
    return found


def looks_like_obituary(title: str, text: str) -> bool:
    """Whether an entry of a mixed feed reads like a death notice."""
    return bool(obituary_cues(title, text))


# A feed's own title that says every entry is a death notice.
_OBITUARY_FEED = re.compile(r"\b(?:obituar(?:y|ies)|death\s+notices?|funeral\s+homes?|rest\s+in\s+peace|in\s+memoriam|"
                            r"remembrances|passings|we\s+mourn|homegoings?|esquelas?|walking\s+on)\b", re.IGNORECASE)


def is_obituary_feed(feed_title: str) -> bool:
    """Whether a feed calls itself death notices ("The Daily Dispatch - Death Notices"): its terse paid notices
    carry no cue of their own ("VALENZUELA, Ignacio, 80, Tucson, March 5. Daughter Ana ...")."""
    return bool(_OBITUARY_FEED.search(feed_title))
