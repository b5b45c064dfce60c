"""MatchDetails, the contract between the engine and its readers: the engine writes exactly its fields,
every field is read by the reader DETAILS_READERS names, and nothing reads a field that is never written."""

from __future__ import annotations

import importlib
import inspect
import re
from functools import cache
from pathlib import Path
from typing import get_args

import pytest

from outreach.commands import run_match
from outreach.drafts import NEGATIVE_EVENTS, POSITIVE_EVENTS, relation_phrase
from outreach.match.model import DETAILS_READERS, LifeEvent, MatchDetails, Relation
from outreach.match.news import LIFE_EVENTS
from outreach.match.words import RELATIONS

ROOT = Path(__file__).resolve().parents[2]
CORPORA = sorted(p for p in (ROOT / "tests" / "eval").iterdir() if (p / "roster.csv").is_file())
# A client's other place (locations.csv) under an alert of the dev corpus: the corpora have no locations.
LOCATIONS = ROOT / "tests" / "fixtures" / "locations"
STORE_FIELDS = {"feed_item_row_id"}  # added by outreach.pipeline when it stores a match, not the engine's


@cache
def written() -> dict[str, set[str]]:
    """field -> the (kind, role) pairs of the proposals that carry it, over every evaluation corpus."""
    out: dict[str, set[str]] = {}
    for split in CORPORA:
        feeds = sorted(str(p) for p in (split / "feeds").iterdir() if p.is_file())
        matches, _, _ = run_match(str(split / "roster.csv"), feeds, replay=True)
        for m in matches:
            for key in m.details:
                out.setdefault(key, set()).add(f"{m.kind}/{m.role}")
    matches, _, _ = run_match(str(LOCATIONS / "roster.csv"), [str(ROOT / "tests/eval/dev/feeds/nws_alerts.atom")],
                              replay=True, locations=str(LOCATIONS / "locations.csv"))
    for m in matches:
        for key in m.details:
            out.setdefault(key, set()).add(f"{m.kind}/{m.role}")
    return out


def test_the_corpora_hold_every_kind_of_proposal():
    roles = set().union(*written().values())
    assert {"bereavement/survivor", "bereavement/deceased_client", "bereavement/spouse_of_deceased_client",
            "weather/in_area", "news/subject"} <= roles


def test_the_engine_writes_exactly_the_matchdetails_fields():
    assert set(written()) == set(MatchDetails.__annotations__)


def test_every_written_field_has_a_reader_and_every_read_field_is_written():
    assert set(DETAILS_READERS) == set(written())


def test_the_spouse_of_a_deceased_client_names_that_client():
    assert written()["deceased_client_id"] == {"bereavement/spouse_of_deceased_client"}


@pytest.mark.parametrize(("field", "reader"), [(f, r) for f, rs in DETAILS_READERS.items() for r in rs])
def test_each_declared_reader_reads_its_field(field, reader):
    module, _, name = reader.rpartition(".")
    source = inspect.getsource(getattr(importlib.import_module(module), name))
    assert f'"{field}"' in source, f"{reader} does not read details[{field!r}]"


_READ = re.compile(r"""details(?:\.get\(|\[)\s*["'](\w+)["']""")


@pytest.mark.parametrize("module", ["outreach.pipeline", "outreach.drafts", "outreach.reviews",
                                    "outreach.match.engine"])
def test_no_reader_asks_for_a_field_the_engine_does_not_write(module):
    source = inspect.getsource(importlib.import_module(module))
    asked = set(_READ.findall(source))
    assert asked <= set(MatchDetails.__annotations__) | STORE_FIELDS


# --- the vocabularies the fields carry ------------------------------------------------------------------

def test_life_events_are_the_news_matchers_and_each_has_a_tone():
    assert get_args(LifeEvent) == tuple(LIFE_EVENTS)
    assert set(POSITIVE_EVENTS) | NEGATIVE_EVENTS == set(get_args(LifeEvent))
    assert not set(POSITIVE_EVENTS) & NEGATIVE_EVENTS


def test_relations_are_the_obituary_grammars():
    assert set(get_args(Relation)) == set(RELATIONS.values()) | {"family"}


@pytest.mark.parametrize("relation", sorted(set(get_args(Relation)) - {"in_law", "family"}))
def test_a_condolence_can_name_every_relation_the_engine_writes(relation):
    # "in_law" does not say which in-law, "family" names no relation: those stay generic on purpose.
    assert relation_phrase(relation, "Robert", "m").startswith("your ")
