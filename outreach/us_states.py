"""US states and territories: USPS codes and full names, from the table addfips ships (no second copy)."""

from __future__ import annotations

import csv
import io
from functools import cache
from importlib import resources


@cache
def _rows() -> list[tuple[str, str]]:
    """(USPS code, name) for every state, DC and territory addfips knows; a code's first row is its usual name."""
    table = resources.files("addfips").joinpath("data/states.csv").read_text(encoding="utf-8")
    return [(rec["postal"], rec["name"]) for rec in csv.DictReader(io.StringIO(table))]


@cache
def state_names() -> dict[str, str]:
    """USPS code -> usual full name ("WI" -> "Wisconsin", "RI" -> "Rhode Island")."""
    names: dict[str, str] = {}
    for code, name in _rows():
        names.setdefault(code, name)
    return names


@cache
def _by_folded_name() -> dict[str, str]:
    codes: dict[str, str] = {}
    for code, name in _rows():
        codes[name.casefold()] = codes[code.casefold()] = code
    return codes


def normalise_state(value: str) -> str | None:
    """'wi', 'Wisconsin', ' WISCONSIN ' -> 'WI'; None when it is not a US state or territory."""
    return _by_folded_name().get(" ".join(value.split()).casefold())
