"""Read and validate a client roster exported from a CRM as CSV (pure: no database, no network).

Decisions, where the CRM export is messy:

- Header names are exact (case-sensitive, surrounding whitespace and a BOM are forgiven). Unknown
  columns are ignored with one warning; a missing required column is an error.
- Row numbers are spreadsheet rows: the header is row 1, the first client row 2.
- Every problem in the file is collected and raised together as one :class:`RosterError`; the import is
  all-or-nothing, so a bad file never half-updates the store.
- Spreadsheet formulas (a cell starting with ``=``, ``+``, ``-``, ``@``, tab or CR) are never kept: such
  a value is dropped with a warning (it would be live again when the roster is exported to a
  spreadsheet, and it is not a name anyway). A formula in a required column or in an email column is an
  error for that row. Only latitude/longitude may start with ``-`` (a negative number is not a formula).
- ``do_not_contact`` accepts y/yes/true/1/x as true and n/no/false/0/blank as false; any other value is
  taken as *true* with a warning: when unsure, do not contact.
- ZIP+4 becomes the 5-digit ZIP; a 4-digit ZIP or county FIPS gets back the leading zero Excel dropped.
- Given county/coordinates win over derived ones; a warning notes a given value that disagrees with
  the postal code (other state, other county, more than ``FAR_KM`` away).
- Coordinates 0,0 ("null island", a CRM's way of saying unknown) count as missing.
- Control and invisible characters (NUL, zero-width, bidi overrides) are removed from cells with a
  warning; a cell longer than its store column (``MAX_CELL_CHARS``) is an error for its row.

Warnings name the row and column but never echo cell values: they may be shown in logs.
"""

from __future__ import annotations

import csv
import io
import math
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, TypeVar

from outreach.client import REQUIRED_COLUMNS, ROSTER_COLUMNS, Client, Location
from outreach.emails import is_email
from outreach.errors import OutreachError
from outreach.geo import km_between
from outreach.phones import phone_e164
from outreach.us_states import normalise_state

_Placed = TypeVar("_Placed", Client, Location)
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
TRUE_VALUES = frozenset({"y", "yes", "true", "t", "1", "x"})
FALSE_VALUES = frozenset({"", "n", "no", "false", "f", "0"})
FAR_KM = 50.0  # given coordinates farther than this from the ZIP's centre get a warning
_TEXT_COLUMNS = tuple(c for c in ROSTER_COLUMNS if c not in ("latitude", "longitude", "do_not_contact", "birth_date"))
OLDEST_BIRTH_YEAR = 1890  # an earlier birth date is a CRM placeholder, not a living client's
_STRICT_COLUMNS = (*REQUIRED_COLUMNS, "email", "advisor_email")  # a formula here fails the row
# Control and invisible format characters (NUL, bidi overrides, zero-width, BOM): never part of a name,
# refused by PostgreSQL (NUL), and able to hide a formula prefix (a zero-width space before "=").
_INVISIBLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f"
                        "\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]")
# The store's column sizes (outreach.store.models.ClientRow): a longer cell is an error for its row,
# not a database failure halfway through the import.
MAX_CELL_CHARS = {"client_id": 64, "state": 2, "postal_code": 10, "county_fips": 5, "email": 320,
                  "advisor_email": 320, "phone": 40}
_PHONE_CHARS = re.compile(r"^\+?[0-9 ().\-]{7,}(?:\s*(?:x|ext\.?)\s*[0-9]{1,6})?$", re.IGNORECASE)
_DEFAULT_MAX_CELL_CHARS = 200


class RosterError(OutreachError, ValueError):
    """The roster cannot be imported; ``problems`` lists every reason, one line each."""

    def __init__(self, problems: list[str]):
        self.problems = list(problems)
        head = problems[0] if len(problems) == 1 else f"{len(problems)} problems:\n  " + "\n  ".join(problems)
        super().__init__(head)


@dataclass(frozen=True)
class RosterResult:
    clients: list[Client]
    warnings: list[str] = field(default_factory=list)


def read_roster(path_or_text: str | Path, *, name: str | None = None, derive: bool = True) -> RosterResult:
    """Parse a roster CSV (a path, or the CSV text itself when a ``str`` contains a newline).

    ``name`` labels messages (default: the file name, or "roster" for text). With ``derive``, missing
    county FIPS and coordinates are filled offline from the postal code or city/state.
    Raises :class:`RosterError` listing every problem; returns the clients and the warnings otherwise.
    """
    warnings: list[str] = []
    label, header, rows = read_csv_rows(path_or_text, name=name, default_label="roster", error=RosterError,
                                        warnings=warnings)
    _check_header(header, label, warnings)

    problems: list[str] = []
    clients: list[Client] = []
    first_row: dict[str, int] = {}
    for index, cells in rows:
        where = f"{label} row {index}"
        if len(cells) != len(header):
            problems.append(f"{where}: {len(cells)} fields but the header has {len(header)} (a stray comma or quote?)")
            continue
        row = {h: c for h, c in zip(header, cells, strict=True) if h in ROSTER_COLUMNS}
        client = _parse_row(row, where, problems, warnings)
        if client is None:
            continue
        if client.client_id in first_row:
            problems.append(
                f"{where}: duplicate client_id, already used in row {first_row[client.client_id]}"
            )
            continue
        first_row[client.client_id] = index
        if derive:
            client, notes = derive_geo(client)
            warnings.extend(f"{where}: {note}" for note in notes)
        clients.append(client)
    if problems:
        raise RosterError(problems)
    if not clients:
        warnings.append(f"{label}: no client rows")
    unplaced = sum(1 for c in clients if not c.county_fips and c.latitude is None)
    if unplaced:
        warnings.append(f"{label}: {unplaced} client(s) without a known location: weather and local news "
                        "cannot match them")
    return RosterResult(clients=clients, warnings=warnings)


def read_csv_rows(path_or_text: str | Path, *, name: str | None, default_label: str,
                  error: type[RosterError], warnings: list[str]) -> tuple[str, list[str], list[tuple[int, list[str]]]]:
    """The CSV reading the roster and the locations file share: (label, header, [(spreadsheet row, cells)]).

    A path, or the CSV text itself when a ``str`` contains a newline. Decoding (UTF-8, else Windows-1252),
    Excel's "sep=" line and other delimiters, a BOM, blank lines (skipped; rows keep their spreadsheet numbers).
    Raises ``error`` for an unreadable or empty file.
    """
    if isinstance(path_or_text, str) and "\n" in path_or_text:
        label, text = name or default_label, path_or_text
    else:
        path = Path(path_or_text)
        label = name or path.name
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise error([f"{label}: cannot read file: {exc.strerror or exc}"]) from exc
        text = _decode(raw, label, warnings)
    text = text.lstrip("\ufeff")
    if not text.strip():
        raise error([f"{label}: the file is empty (expected a header row)"])

    text, delimiter = _delimiter(text, label, warnings)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        records = list(reader)
    except csv.Error as exc:
        # line_num counts physical lines; a quote left open swallows everything after it.
        message = f"{label} line {reader.line_num}: not readable as CSV ({exc}); is a quote left open?"
        raise error([message]) from exc
    # Blank lines above the header are skipped; rows keep their spreadsheet numbers all the same.
    start = next((i for i, cells in enumerate(records) if any(c.strip() for c in cells)), None)
    if start is None:
        raise error([f"{label}: the file is empty (expected a header row)"])
    header = [h.strip().lstrip("\ufeff") for h in records[start]]
    # Blank lines and Excel's trailing ",,,," are no rows.
    rows = [(index, cells) for index, cells in enumerate(records[start + 1:], start=start + 2)
            if any(c.strip() for c in cells)]
    return label, header, rows


def clean_cell(raw: str, column: str, where: str, warnings: list[str]) -> str:
    """A cell without control or invisible characters (a warning says so) and with its whitespace folded."""
    cleaned = _INVISIBLE.sub("", raw)
    if cleaned != raw:
        warnings.append(f"{where}: removed control or invisible characters from {column!r}")
    return " ".join(cleaned.replace("\u00a0", " ").split())


def derive_geo(client: _Placed) -> tuple[_Placed, list[str]]:
    """Fill a client's (or a location's) missing state, county FIPS and coordinates offline (zipcodes + addfips).

    The postal code is tried first, then city/state (the most common county of the city's ZIP codes and
    the mean of their centres). Given values always win; the returned notes say where a given value
    disagrees with the postal code or where nothing could be derived.
    """
    notes: list[str] = []
    place = _zip_place(client.postal_code) if client.postal_code else None
    if client.postal_code and place is None:
        notes.append("postal code is not a known US ZIP code")
    if place is None and client.city and client.state:
        place = _city_place(client.city.casefold(), client.state)
    if place is None:
        if (client.postal_code or client.city) and (not client.county_fips or client.latitude is None):
            notes.append("no county or coordinates could be derived from the address")
        return client, notes

    state, county_fips, lat, lon = place
    changes: dict[str, Any] = {}
    if not client.state:
        changes["state"] = state
    elif client.postal_code and client.state != state:
        notes.append(f"postal code is in {state}, not in the given state {client.state}")
    if not client.county_fips and county_fips:
        changes["county_fips"] = county_fips
    elif client.county_fips and county_fips and client.county_fips != county_fips:
        notes.append(f"given county_fips {client.county_fips} differs from {county_fips} derived from the address")
    if client.latitude is None or client.longitude is None:
        changes["latitude"], changes["longitude"] = lat, lon
    else:
        km = km_between((client.latitude, client.longitude), (lat, lon))
        if km > FAR_KM:
            notes.append(f"given coordinates are {km:.0f} km from the address's ZIP centre; keeping them")
    return (replace(client, **changes) if changes else client), notes


# --- parsing ----------------------------------------------------------------------------------------


def _decode(raw: bytes, label: str, warnings: list[str]) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Excel on Windows saves "CSV" as cp1252 unless told otherwise.
        warnings.append(f"{label}: not UTF-8; read as Windows-1252 (check accented names)")
        return raw.decode("cp1252", errors="replace")


def _delimiter(text: str, label: str, warnings: list[str]) -> tuple[str, str]:
    """The text without Excel's "sep=;" line, and its delimiter (European Excel writes ';')."""
    first, _, rest = text.partition("\n")
    if first.strip().lower().startswith("sep=") and len(first.strip()) == 5:
        return rest, first.strip()[4]
    if "," not in first:
        for candidate, name in ((";", "semicolons"), ("\t", "tabs")):
            if candidate in first:
                warnings.append(f"{label}: columns separated by {name}, not commas")
                return text, candidate
    return text, ","


def _check_header(header: list[str], label: str, warnings: list[str]) -> None:
    problems = []
    for column, count in Counter(header).items():
        if count > 1 and column in ROSTER_COLUMNS:
            problems.append(f"{label}: column {column!r} appears {count} times in the header")
    folded = {h.casefold(): h for h in header}
    for column in REQUIRED_COLUMNS:
        if column not in header:
            hint = f" (found {folded[column]!r}; header names are case-sensitive)" if column in folded else ""
            problems.append(f"{label}: missing required column {column!r}{hint}")
    if problems:
        raise RosterError(problems)
    extra = [h for h in header if h not in ROSTER_COLUMNS]
    if extra:
        warnings.append(f"{label}: ignoring unknown column(s) " + ", ".join(repr(h) for h in extra))


def _parse_row(row: dict[str, str], where: str, problems: list[str], warnings: list[str]) -> Client | None:
    before = len(problems)
    values: dict[str, object] = {}
    for column in _TEXT_COLUMNS:
        value = clean_cell(row.get(column, ""), column, where, warnings)
        limit = MAX_CELL_CHARS.get(column, _DEFAULT_MAX_CELL_CHARS)
        if len(value) > limit and column not in ("state", "postal_code", "county_fips"):
            problems.append(f"{where}: {column!r} is {len(value)} characters long, at most {limit} fit")
            continue
        if value.startswith(FORMULA_PREFIXES) and not (column == "phone" and _PHONE_CHARS.match(value)):
            if column in _STRICT_COLUMNS:
                problems.append(f"{where}: {column!r} looks like a spreadsheet formula (starts with {value[0]!r})")
                continue
            warnings.append(f"{where}: dropped {column!r}: looks like a spreadsheet formula (starts with {value[0]!r})")
            value = ""
        values[column] = value
    for column in REQUIRED_COLUMNS:
        if column in values and not values[column]:
            problems.append(f"{where}: missing required value for {column!r}")

    for column in ("email", "advisor_email"):
        email = values.get(column, "")
        if email and not is_email(str(email)):
            warnings.append(f"{where}: dropped {column!r}: not an email address")
            values[column] = ""

    values["phone"] = _phone(str(values.get("phone", "")), where, warnings)
    state = str(values.get("state", ""))
    if state:
        code = normalise_state(state)
        if code is None:
            warnings.append(f"{where}: dropped 'state': not a US state or territory")
        values["state"] = code or ""
    values["postal_code"] = _postal_code(str(values.get("postal_code", "")), where, warnings)
    values["county_fips"] = _county_fips(str(values.get("county_fips", "")), where, warnings)
    values["latitude"], values["longitude"] = _coordinates(row, where, problems, warnings)
    values["do_not_contact"] = _do_not_contact(row.get("do_not_contact", ""), where, warnings)
    values["birth_date"] = _birth_date(row.get("birth_date", "") or "", where, warnings)
    if len(problems) > before:
        return None
    return Client(**values)  # type: ignore[arg-type]


def _phone(value: str, where: str, warnings: list[str]) -> str:
    """A phone number as E.164 (US numbers may omit +1), or "" with a warning when it does not parse."""
    if not value:
        return ""
    e164 = phone_e164(value)
    if e164 is None:
        warnings.append(f"{where}: dropped 'phone': not a valid phone number")
        return ""
    return e164


def _birth_date(value: str, where: str, warnings: list[str]) -> date | None:
    """An ISO date (YYYY-MM-DD, a time part ignored), or None with a warning when it is not one, lies in the
    future or before OLDEST_BIRTH_YEAR: a wrong birth date would wrongly corroborate or rule out a death."""
    value = value.strip()
    if not value:
        return None
    try:
        born = date.fromisoformat(value[:10])
    except ValueError:
        warnings.append(f"{where}: dropped 'birth_date': not an ISO date (YYYY-MM-DD)")
        return None
    if born > date.today() or born.year < OLDEST_BIRTH_YEAR:
        warnings.append(f"{where}: dropped 'birth_date': not a plausible birth date")
        return None
    return born


def _postal_code(value: str, where: str, warnings: list[str]) -> str:
    if not value:
        return ""
    match = re.fullmatch(r"(\d{3,5})(?:-?\d{4})?", value)
    if match is None:
        warnings.append(f"{where}: dropped 'postal_code': not a US ZIP code")
        return ""
    digits = match.group(1)
    # Excel stores ZIPs as numbers and drops leading zeros ("02134" -> "2134"); ZIPs start at 00501.
    return digits.zfill(5)


def _county_fips(value: str, where: str, warnings: list[str]) -> str:
    if not value:
        return ""
    if re.fullmatch(r"\d{4,5}", value):
        return value.zfill(5)
    warnings.append(f"{where}: dropped 'county_fips': expected 5 digits (state + county)")
    return ""


def _coordinates(row: dict[str, str], where: str, problems: list[str], warnings: list[str]):
    raw = {c: row.get(c, "").strip() for c in ("latitude", "longitude")}
    if not raw["latitude"] and not raw["longitude"]:
        return None, None
    numbers: dict[str, float] = {}
    for column, value in raw.items():
        if not value:
            problems.append(f"{where}: {column!r} is missing while the other coordinate is given")
            continue
        try:
            number = float(value)
        except ValueError:
            kind = "a spreadsheet formula" if value.startswith(FORMULA_PREFIXES[:4]) else "not a number"
            problems.append(f"{where}: {column!r} is {kind}")
            continue
        if not math.isfinite(number):
            problems.append(f"{where}: {column!r} is not a finite number")
            continue
        numbers[column] = number
    if len(numbers) < 2:
        return None, None
    lat, lon = numbers["latitude"], numbers["longitude"]
    if lat == 0 and lon == 0:
        warnings.append(f"{where}: coordinates 0,0 taken as unknown")
        return None, None
    if not -90 <= lat <= 90 or not -180 <= lon <= 180:
        hint = " (latitude and longitude swapped?)" if -90 <= lon <= 90 and -180 <= lat <= 180 else ""
        problems.append(f"{where}: coordinates out of range{hint}")
        return None, None
    return lat, lon


def _do_not_contact(value: str, where: str, warnings: list[str]) -> bool:
    key = value.strip().casefold()
    if key in TRUE_VALUES:
        return True
    if key in FALSE_VALUES:
        return False
    warnings.append(f"{where}: 'do_not_contact' value not understood; taken as yes (do not contact)")
    return True


# --- offline geography ------------------------------------------------------------------------------


@cache
def _addfips():
    import addfips

    return addfips.AddFIPS()


def _county_code(county: str, state: str) -> str:
    if not county:
        return ""
    return _addfips().get_county_fips(county, state=state) or ""


@lru_cache(maxsize=65536)
def _zip_place(postal_code: str) -> tuple[str, str, float, float] | None:
    import zipcodes

    try:
        found = zipcodes.matching(postal_code)
    except (ValueError, TypeError):
        return None
    if not found:
        return None
    rec = found[0]
    return rec["state"], _county_code(rec["county"], rec["state"]), float(rec["lat"]), float(rec["long"])


@lru_cache(maxsize=16384)
def _city_place(city: str, state: str) -> tuple[str, str, float, float] | None:
    import zipcodes

    recs = [
        r for r in zipcodes.filter_by(state=state)
        if r["city"].casefold() == city or city in (c.casefold() for c in r["acceptable_cities"])
    ]
    # Street ZIPs describe where people live; PO boxes and unique ZIPs sit on one building.
    recs = [r for r in recs if r["zip_code_type"] == "STANDARD"] or recs
    if not recs:
        return None
    county = Counter(r["county"] for r in recs if r["county"]).most_common(1)
    lat = sum(float(r["lat"]) for r in recs) / len(recs)
    lon = sum(float(r["long"]) for r in recs) / len(recs)
    return state, _county_code(county[0][0], state) if county else "", round(lat, 4), round(lon, 4)
