"""Read and validate ``locations.csv``: clients' other places (second homes, businesses, rental properties).

Pure (no database, no network), and as strict as the roster import or stricter, because a location is typed by
hand more often than exported:

- Header names are exact: ``client_id,label,address_line,city,state,postal_code,county_fips,latitude,longitude``;
  only ``client_id`` is required. An unknown column is an error (a misspelt ``postal_cde`` would otherwise
  leave every location unplaced without a word).
- Every problem names its spreadsheet row and column, all are raised together as one :class:`LocationsError`,
  and nothing is returned (so nothing is stored) until the file is clean.
- A bad value is an error, not a dropped cell: a state that is not a US state, a ZIP that is not one, a county
  FIPS that is not 5 digits, coordinates out of range, a spreadsheet formula, a cell too long for its column.
- County FIPS and coordinates are derived from the ZIP code (or city/state) when blank, exactly as for the
  roster (``outreach.roster.derive_geo``); a location that can be placed neither way is an error: weather
  could never match it.
- With ``client_ids``, a location of a client not in the roster is an error; two locations of one client with
  the same non-blank label are an error.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path

from outreach.client import LOCATION_COLUMNS, Location
from outreach.roster import (
    FORMULA_PREFIXES,
    MAX_CELL_CHARS,
    RosterError,
    _coordinates,
    _county_fips,
    _postal_code,
    clean_cell,
    derive_geo,
    read_csv_rows,
)
from outreach.us_states import normalise_state

REQUIRED = ("client_id",)
_TEXT = ("client_id", "label", "address_line", "city", "state", "postal_code", "county_fips")
_MAX = {"client_id": MAX_CELL_CHARS["client_id"], "label": 200, "address_line": 200, "city": 200}


class LocationsError(RosterError):
    """``locations.csv`` cannot be imported; ``problems`` lists every reason, one line each (row and column)."""


@dataclass(frozen=True)
class LocationsResult:
    locations: list[Location]
    warnings: list[str] = field(default_factory=list)


def read_locations(path_or_text: str | Path, *, client_ids: Collection[str] | None = None,
                   name: str | None = None, derive: bool = True) -> LocationsResult:
    """Parse a locations CSV (a path, or the CSV text itself when a ``str`` contains a newline).

    ``client_ids``: the roster's ids; a location of anyone else is an error. Raises :class:`LocationsError`
    listing every problem; returns the locations (county and coordinates derived when ``derive``) otherwise.
    """
    warnings: list[str] = []
    label, header, rows = read_csv_rows(path_or_text, name=name, default_label="locations",
                                        error=LocationsError, warnings=warnings)
    _check_header(header, label)
    problems: list[str] = []
    out: list[Location] = []
    labels: dict[tuple[str, str], int] = {}
    for index, cells in rows:
        where = f"{label} row {index}"
        if len(cells) != len(header):
            problems.append(f"{where}: {len(cells)} fields but the header has {len(header)} (a stray comma or quote?)")
            continue
        before = len(problems)
        location = _parse_row(dict(zip(header, cells, strict=True)), where, problems, warnings)
        if location is None or len(problems) > before:
            continue
        if client_ids is not None and location.client_id not in client_ids:
            problems.append(f"{where}: 'client_id' {location.client_id!r} is not a client in the roster "
                            "(import the roster first)")
            continue
        key = (location.client_id, location.label.casefold())
        if location.label and key in labels:
            problems.append(f"{where}: 'label' repeats row {labels[key]}'s for the same client")
            continue
        labels[key] = index
        if derive:
            location, notes = derive_geo(location)
            warnings.extend(f"{where}: {note}" for note in notes if "could be derived" not in note)
        if not location.county_fips and location.latitude is None:
            problems.append(f"{where}: cannot be placed: give a known US 'postal_code', 'city' and 'state', "
                            "'county_fips' or 'latitude'/'longitude'")
            continue
        out.append(location)
    if problems:
        raise LocationsError(problems)
    return LocationsResult(out, warnings)


def _check_header(header: list[str], label: str) -> None:
    problems = []
    for column, count in Counter(header).items():
        if count > 1:
            problems.append(f"{label}: column {column!r} appears {count} times in the header")
    for column in REQUIRED:
        if column not in header:
            problems.append(f"{label}: missing required column {column!r}")
    unknown = [h for h in header if h not in LOCATION_COLUMNS]
    if unknown:
        problems.append(f"{label}: unknown column(s) " + ", ".join(repr(h) for h in unknown)
                        + "; expected " + ",".join(LOCATION_COLUMNS))
    if problems:
        raise LocationsError(problems)


def _parse_row(row: dict[str, str], where: str, problems: list[str], warnings: list[str]) -> Location | None:
    values: dict[str, object] = {}
    for column in _TEXT:
        value = clean_cell(row.get(column, ""), column, where, warnings)
        if value.startswith(FORMULA_PREFIXES):
            problems.append(f"{where}: {column!r} looks like a spreadsheet formula (starts with {value[0]!r})")
            continue
        limit = _MAX.get(column)
        if limit is not None and len(value) > limit:
            problems.append(f"{where}: {column!r} is {len(value)} characters long, at most {limit} fit")
            continue
        values[column] = value
    if "client_id" in values and not values["client_id"]:
        problems.append(f"{where}: missing required value for 'client_id'")
    state = str(values.get("state", ""))
    if state:
        values["state"] = normalise_state(state) or ""
        if not values["state"]:
            problems.append(f"{where}: 'state' is not a US state or territory")
    for column, parse in (("postal_code", _postal_code), ("county_fips", _county_fips)):
        refused: list[str] = []
        values[column] = parse(str(values.get(column, "")), where, refused)
        if refused:  # the roster drops such a cell with a warning; here it is the row's error
            problems.append(refused[0].replace(f"dropped {column!r}: ", f"{column!r} is "))
    values["latitude"], values["longitude"] = _coordinates(row, where, problems, warnings)
    if any(c not in values for c in _TEXT):
        return None
    return Location(**values)  # type: ignore[arg-type]
