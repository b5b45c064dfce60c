"""The obituary and news cases of tests/match/cases/*.yaml: each case carries its text and what must be read
from it (people, relations, places) or proposed for it (client, role). One parametrized test per kind."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from outreach.match.engine import match_items
from outreach.match.obituary import Obituary, parse_obituary
from outreach.match.people import Mention
from tests.match.helpers import client, index, item

CASES = Path(__file__).resolve().parent / "cases"
NAME_FIELDS = {"given", "surname", "middle", "nickname", "maiden", "suffix", "surname_inherited"}


@cache
def load(name: str) -> dict[str, Any]:
    with open(CASES / f"{name}.yaml", encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def obituary_text(case: dict[str, Any]) -> str:
    """The case's text: a key of the file's shared texts, or the text itself."""
    return load("obituaries")["texts"].get(case["text"], case["text"])


def cases(name: str, section: str) -> list[Any]:
    return [pytest.param(case, id=case["id"]) for case in load(name)[section]]


def roster(spec: str | list[dict[str, Any]], shared: dict[str, Any] | None = None):
    """A RosterIndex from a list of client specs ({id, first, last, other Client fields}) or a shared one."""
    specs = (shared or {})[spec] if isinstance(spec, str) else spec
    return index(*(client(s["id"], s["first"], s["last"], **{k: v for k, v in s.items()
                                                              if k not in {"id", "first", "last"}})
                   for s in specs))


def assert_fields(obj: Mention | Obituary | Any, expected: dict[str, Any], where: str) -> None:
    for key, want in expected.items():
        holder = obj.name if isinstance(obj, Mention) and key in NAME_FIELDS else obj
        got = getattr(holder, key)
        assert got == want, f"{where}: {key} is {got!r}, not {want!r}"


def people(mentions: tuple[Mention, ...]) -> dict[tuple[str, str], Mention]:
    return {(m.name.given, m.name.surname): m for m in mentions}


@pytest.mark.parametrize("case", cases("obituaries", "grammar"))
def test_obituary_grammar(case):
    ob = parse_obituary(case["title"], obituary_text(case))
    if "deceased" in case:
        assert ob.deceased is not None, "no deceased read"
        assert_fields(ob.deceased, case["deceased"], "deceased")
    assert_fields(ob, case.get("obituary", {}), "obituary")
    for which in ("survivors", "preceded"):
        found = people(getattr(ob, which))
        for want in case.get(which, []):
            key = (want["given"], want["surname"])
            assert key in found, f"{key} not among the {which}: {sorted(found)}"
            assert_fields(found[key], want, f"{which} {key}")
    survivors = people(ob.survivors)
    for given, surname in case.get("not_survivors", []):
        assert (given, surname) not in survivors, f"{given} {surname} read as a survivor"
    assert not {m.name.given for m in ob.survivors} & set(case.get("not_survivor_givens", []))
    if "spouse" in case:
        if case["spouse"] is None:
            assert ob.spouse is None, f"spouse {ob.spouse}"
        else:
            assert ob.spouse is not None, "no surviving spouse read"
            assert_fields(ob.spouse, case["spouse"], "spouse")


def assert_proposals(out, case: dict[str, Any]) -> None:
    got = {(m.client_id, m.role) for m in out}
    if "expect" in case:
        assert got == {tuple(pair) for pair in case["expect"]}
    assert not got & {tuple(pair) for pair in case.get("never", [])}
    by_client = {m.client_id: m for m in out}
    for client_id, fields in case.get("details", {}).items():
        assert {k: by_client[client_id].details.get(k) for k in fields} == fields
    for client_id, words in case.get("evidence", {}).items():
        assert words in by_client[client_id].evidence
    if "kind" in case:
        assert {m.kind for m in out} <= {case["kind"]}
    assert all(0.0 <= m.score <= 1.0 and m.evidence for m in out)


@pytest.mark.parametrize("case", cases("obituaries", "matching"))
def test_obituary_matching(case):
    out = match_items(roster(case["roster"]), [item("o1", case["title"], obituary_text(case))])
    assert_proposals(out, case)


@pytest.mark.parametrize("case", cases("news", "cases"))
def test_news(case):
    story = item("n1", case["title"], case["text"], kind=case.get("item_kind", "news"))
    out = match_items(roster(case["roster"], load("news")["rosters"]), [story])
    assert_proposals(out, case)
