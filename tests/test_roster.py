"""Roster CSV import: one fixture per oddity of CRM exports, each test named after it."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from outreach.client import ROSTER_COLUMNS, Client
from outreach.roster import FORMULA_PREFIXES, RosterError, derive_geo, normalise_state, read_roster

FIXTURES = Path(__file__).parent / "fixtures" / "roster"


def roster(name: str, **kwargs):
    return read_roster(FIXTURES / name, **kwargs)


def by_id(result) -> dict[str, Client]:
    return {c.client_id: c for c in result.clients}


def problems(name: str) -> list[str]:
    with pytest.raises(RosterError) as info:
        roster(name)
    return info.value.problems


# --- the happy path -------------------------------------------------------------------------------


def test_clean_roster_reads_every_column():
    result = roster("clean.csv")
    assert result.warnings == []
    peggy = by_id(result)["C001"]
    assert peggy == Client(
        client_id="C001", first_name="Margaret", middle_name="Ann", last_name="Kowalski", nickname="Peggy",
        maiden_name="Nowak", spouse_first_name="Walter", spouse_last_name="Kowalski", city="Madison",
        state="WI", postal_code="53703", county_fips="55025", latitude=43.0775, longitude=-89.3831,
        email="peggy.kowalski@example.com", advisor_email="adviser.one@example.com", do_not_contact=False,
    )
    assert [c.client_id for c in result.clients] == ["C001", "C002", "C003"]


def test_text_with_newlines_is_read_as_csv_not_as_a_path():
    text = (FIXTURES / "clean.csv").read_text()
    assert read_roster(text).clients == roster("clean.csv").clients


def test_missing_file_is_a_clear_error():
    with pytest.raises(RosterError, match="no_such_roster.csv: cannot read file"):
        read_roster(FIXTURES / "no_such_roster.csv")


# --- encodings and layout -------------------------------------------------------------------------


def test_bom_is_ignored():
    assert roster("bom.csv").clients == roster("clean.csv").clients


def test_crlf_line_endings():
    assert roster("crlf.csv").clients == roster("clean.csv").clients


def test_windows_1252_file_is_read_with_a_warning():
    result = roster("windows_1252.csv")
    assert result.clients[0].first_name == "Zoë" and result.clients[0].last_name == "Brûlé"
    assert any("Windows-1252" in w for w in result.warnings)


def test_whitespace_around_headers_and_cells_is_trimmed():
    client = roster("whitespace.csv").clients[0]
    assert (client.client_id, client.first_name, client.last_name, client.city) == (
        "C001", "Margaret", "Kowalski", "Madison")
    assert client.email == "peggy.kowalski@example.com"


def test_blank_rows_are_skipped_and_rows_keep_spreadsheet_numbers():
    result = roster("blank_rows.csv")
    assert [c.client_id for c in result.clients] == ["C001", "C002"]


def test_multiline_cell_is_folded_to_one_line():
    result = roster("multiline_cell.csv")
    assert by_id(result)["C001"].last_name == "Kowalski Smith"
    assert by_id(result)["C002"].last_name == "Lindqvist"


def test_empty_file_is_an_error():
    assert problems("empty.csv") == ["empty.csv: the file is empty (expected a header row)"]


def test_header_only_gives_no_clients_and_a_warning():
    result = roster("header_only.csv")
    assert result.clients == [] and result.warnings == ["header_only.csv: no client rows"]


# --- header problems ------------------------------------------------------------------------------


def test_missing_required_column_names_the_column():
    assert problems("missing_required_column.csv") == [
        "missing_required_column.csv: missing required column 'client_id'"]


def test_header_wrong_case_is_missing_with_a_hint():
    (message,) = problems("header_wrong_case.csv")
    assert "missing required column 'client_id'" in message and "'Client_ID'" in message and "case-sensitive" in message


def test_duplicate_header_column_is_an_error():
    assert problems("duplicate_header.csv") == ["duplicate_header.csv: column 'email' appears 2 times in the header"]


def test_extra_columns_are_ignored_with_one_warning():
    result = roster("extra_columns.csv")
    assert result.warnings[0] == "extra_columns.csv: ignoring unknown column(s) 'crm_owner', 'Notes'"
    assert result.clients[0].postal_code == "53703"


def test_minimal_columns_leave_the_rest_at_defaults():
    client = roster("minimal_columns.csv").clients[0]
    assert client == Client(client_id="C001", first_name="Margaret", last_name="Kowalski")


# --- row problems ---------------------------------------------------------------------------------


def test_missing_required_value_names_row_and_column():
    assert problems("missing_required_value.csv") == [
        "missing_required_value.csv row 4: missing required value for 'last_name'"]


def test_duplicate_client_id_names_both_rows():
    assert problems("duplicate_client_id.csv") == [
        "duplicate_client_id.csv row 4: duplicate client_id, already used in row 2"]


def test_malformed_row_field_count_is_reported_for_each_row():
    assert problems("malformed_row_field_count.csv") == [
        "malformed_row_field_count.csv row 3: 19 fields but the header has 17 (a stray comma or quote?)",
        "malformed_row_field_count.csv row 4: 3 fields but the header has 17 (a stray comma or quote?)",
    ]


def test_unterminated_quote_is_an_error_with_the_line():
    (message,) = problems("unterminated_quote.csv")
    assert message.startswith("unterminated_quote.csv line 3: not readable as CSV") and "quote" in message


def test_every_problem_is_reported_at_once():
    with pytest.raises(RosterError) as info:
        roster("latlon_invalid.csv")
    assert len(info.value.problems) == 4
    assert str(info.value).startswith("4 problems:")


# --- formula injection ----------------------------------------------------------------------------


def test_formula_injection_in_optional_cells_is_dropped_with_a_warning():
    result = roster("formula_injection.csv")
    clients = by_id(result)
    assert clients["C001"].nickname == "" and clients["C001"].first_name == "Margaret"
    assert clients["C002"].maiden_name == "" and clients["C002"].spouse_first_name == ""
    assert result.warnings == [
        "formula_injection.csv row 2: dropped 'nickname': looks like a spreadsheet formula (starts with '=')",
        "formula_injection.csv row 3: dropped 'maiden_name': looks like a spreadsheet formula (starts with '@')",
        "formula_injection.csv row 3: dropped 'spouse_first_name': looks like a spreadsheet formula (starts with '+')",
    ]
    # Warnings say what was dropped but never repeat the cell.
    assert not any("HYPERLINK" in w or "calc" in w for w in result.warnings)


def test_formula_injection_in_required_or_email_cells_fails_the_row():
    assert problems("formula_injection_required.csv") == [
        "formula_injection_required.csv row 2: 'first_name' looks like a spreadsheet formula (starts with '=')",
        "formula_injection_required.csv row 3: 'email' looks like a spreadsheet formula (starts with '=')",
    ]


_cell = st.text(alphabet=st.characters(codec="utf-8", exclude_characters="\x00"), max_size=20)


@settings(max_examples=200, deadline=None)
@given(cells=st.lists(_cell, min_size=len(ROSTER_COLUMNS), max_size=len(ROSTER_COLUMNS)))
def test_no_text_field_ever_starts_like_a_formula(cells):
    """Whatever a row holds, what comes out is either an error or text that no spreadsheet would run."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(ROSTER_COLUMNS)
    writer.writerow(["C1", "Ann", *cells[2:]])
    try:
        result = read_roster(out.getvalue(), derive=False)
    except RosterError:
        return
    for client in result.clients:
        for name in ROSTER_COLUMNS:
            value = getattr(client, name)
            if name == "phone" and value:
                # E.164: "+" and digits only, which a spreadsheet reads as a number, never as a function call.
                assert value[0] == "+" and value[1:].isdigit(), value
            elif isinstance(value, str):
                assert not value.startswith(FORMULA_PREFIXES), (name, value)


_name = st.text(alphabet=st.characters(categories=("L",)), min_size=1, max_size=12)


@settings(max_examples=100, deadline=None)
@given(clients=st.lists(st.builds(Client, client_id=_name, first_name=_name, last_name=_name, nickname=_name,
                                  city=_name, do_not_contact=st.booleans()),
                        max_size=8, unique_by=lambda c: c.client_id))
def test_written_roster_reads_back_the_same(clients):
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=ROSTER_COLUMNS)
    writer.writeheader()
    for c in clients:
        row = {k: getattr(c, k) for k in ROSTER_COLUMNS}
        row["do_not_contact"] = "yes" if c.do_not_contact else ""
        row["latitude"] = row["longitude"] = ""
        writer.writerow(row)
    assert read_roster(out.getvalue() + "\n", derive=False).clients == clients


# --- values ---------------------------------------------------------------------------------------


def test_phone_is_normalised_to_e164_and_a_leading_plus_is_not_a_formula():
    text = ("client_id,first_name,last_name,phone,address_line\n"
            "C1,Ann,Lee,(715) 555-0123,12 Main St\n"
            "C2,Bob,Lee,+1 612 555 0188,\n"
            "C3,Cy,Lee,+44 20 7946 0958,\n")
    clients = by_id(read_roster(text, derive=False))
    assert clients["C1"].phone == "+17155550123"
    assert clients["C1"].address_line == "12 Main St"
    assert clients["C2"].phone == "+16125550188"
    assert clients["C3"].phone == "+442079460958"


def test_phone_invalid_is_dropped_with_a_warning_naming_row_and_column():
    text = "client_id,first_name,last_name,phone\nC1,Ann,Lee,555-01\nC2,Bob,Lee,=HYPERLINK(1)\n"
    result = read_roster(text, derive=False)
    assert [c.phone for c in result.clients] == ["", ""]
    assert "roster row 2: dropped 'phone': not a valid phone number" in result.warnings
    assert any(w.startswith("roster row 3: dropped 'phone': looks like a spreadsheet formula") for w in result.warnings)



def test_do_not_contact_values():
    result = roster("do_not_contact_values.csv")
    flags = {c.client_id: c.do_not_contact for c in result.clients}
    assert [k for k, v in flags.items() if v] == ["C01", "C02", "C03", "C04", "C05", "C10"]
    assert ("do_not_contact_values.csv row 11: 'do_not_contact' value not understood; taken as yes (do not contact)"
            in result.warnings)


def test_latlon_invalid_values_are_errors():
    assert problems("latlon_invalid.csv") == [
        "latlon_invalid.csv row 3: 'latitude' is not a number",
        "latlon_invalid.csv row 4: coordinates out of range (latitude and longitude swapped?)",
        "latlon_invalid.csv row 5: 'longitude' is missing while the other coordinate is given",
        "latlon_invalid.csv row 6: 'latitude' is not a finite number",
    ]


def test_latlon_swapped_gets_a_hint():
    assert problems("latlon_swapped.csv") == [
        "latlon_swapped.csv row 2: coordinates out of range (latitude and longitude swapped?)"]


def test_latlon_null_island_counts_as_missing_and_is_derived():
    result = roster("latlon_null_island.csv")
    client = result.clients[0]
    assert (client.latitude, client.longitude) == (43.0775, -89.3831)
    assert "latlon_null_island.csv row 2: coordinates 0,0 taken as unknown" in result.warnings


def test_latlon_far_from_zip_keeps_given_values_with_a_warning():
    result = roster("latlon_far_from_zip.csv")
    client = result.clients[0]
    assert (client.latitude, client.longitude) == (30.6925, -88.0446)
    assert client.county_fips == "55025"  # county still derived from the ZIP
    assert any("km from the address's ZIP centre" in w for w in result.warnings)


def test_state_names_are_normalised_to_two_letters():
    result = roster("state_names.csv")
    assert [c.state for c in result.clients] == ["WI", "WI", "NY", "PR", ""]
    assert "state_names.csv row 6: dropped 'state': not a US state or territory" in result.warnings


def test_normalise_state():
    assert normalise_state(" new  YORK ") == "NY" and normalise_state("dc") == "DC" and normalise_state("Wisc.") is None


def test_zip_plus4_keeps_five_digits():
    assert [c.postal_code for c in roster("zip_plus4.csv").clients] == ["53703", "36602"]


def test_zip_leading_zero_lost_by_excel_is_restored():
    clients = by_id(roster("zip_leading_zero_lost.csv"))
    assert clients["C001"].postal_code == "02134" and clients["C001"].state == "MA"
    assert clients["C002"].county_fips == "01097"  # a 4-digit county FIPS gets its zero back too


def test_zip_invalid_is_dropped_with_a_warning():
    result = roster("zip_invalid.csv")
    assert [c.postal_code for c in result.clients] == ["", "00000"]
    assert "zip_invalid.csv row 2: dropped 'postal_code': not a US ZIP code" in result.warnings
    assert "zip_invalid.csv row 3: postal code is not a known US ZIP code" in result.warnings


def test_email_invalid_is_dropped_with_a_warning():
    result = roster("email_invalid.csv")
    assert (result.clients[0].email, result.clients[0].advisor_email) == ("", "")
    assert "email_invalid.csv row 2: dropped 'email': not an email address" in result.warnings


# --- offline geography ----------------------------------------------------------------------------


def test_county_and_coordinates_derived_from_zip():
    client = roster("zip_plus4.csv").clients[1]
    assert (client.state, client.county_fips) == ("AL", "01097")
    assert client.latitude == pytest.approx(30.69, abs=0.05) and client.longitude == pytest.approx(-88.04, abs=0.05)


def test_city_state_only_is_derived_from_the_citys_zip_codes():
    result = roster("city_state_only.csv")
    madison = by_id(result)["C001"]
    assert madison.county_fips == "55025"
    assert madison.latitude == pytest.approx(43.07, abs=0.1) and madison.longitude == pytest.approx(-89.40, abs=0.1)
    assert by_id(result)["C002"].county_fips == ""
    assert "city_state_only.csv row 3: no county or coordinates could be derived from the address" in result.warnings


def test_state_disagrees_with_zip_keeps_the_given_state_and_warns():
    result = roster("state_disagrees_with_zip.csv")
    assert result.clients[0].state == "IL" and result.clients[0].county_fips == "55025"
    assert "state_disagrees_with_zip.csv row 2: postal code is in WI, not in the given state IL" in result.warnings


def test_derive_geo_given_values_win():
    given = Client(client_id="X", first_name="A", last_name="B", state="WI", postal_code="53703", county_fips="55079",
                   latitude=43.1, longitude=-89.4)
    derived, notes = derive_geo(given)
    assert derived == given
    assert notes == ["given county_fips 55079 differs from 55025 derived from the address"]


def test_derive_geo_fills_state_from_zip():
    derived, notes = derive_geo(Client(client_id="X", first_name="A", last_name="B", postal_code="02134"))
    assert (derived.state, derived.county_fips, notes) == ("MA", "25025", [])


def test_derive_off_leaves_location_alone():
    assert roster("zip_plus4.csv", derive=False).clients[0].county_fips == ""


def test_semicolon_delimited_file_from_european_excel():
    result = roster("semicolon_delimited.csv")
    assert [(c.client_id, c.last_name, c.postal_code) for c in result.clients] == [
        ("C001", "Kowalski", "53703"), ("C002", "Lindqvist", "36602")]
    assert "semicolon_delimited.csv: columns separated by semicolons, not commas" in result.warnings


def test_excel_sep_line_sets_the_delimiter():
    result = roster("excel_sep_line.csv")
    assert [(c.client_id, c.county_fips) for c in result.clients] == [("C001", "55025")]
    assert result.warnings == []


def test_tab_delimited_file():
    assert roster("tab_delimited.csv").clients == [
        Client(client_id="C001", first_name="Margaret", last_name="Kowalski")]


def test_blank_lines_above_header_keep_row_numbers():
    assert problems("blank_lines_above_header.csv") == [
        "blank_lines_above_header.csv row 4: missing required value for 'last_name'"]


def test_sep_line_only_is_an_empty_file():
    assert problems("sep_line_only.csv") == ["sep_line_only.csv: the file is empty (expected a header row)"]


# --- birth_date (optional; corroborates or rules out a death notice) ------------------------------------


def test_birth_date_is_read_as_an_iso_date():
    from datetime import date

    result = read_roster("client_id,first_name,last_name,birth_date\nC1,Ann,Lee,1948-03-09\nC2,Bo,Lee,\n")
    assert not any("birth_date" in w for w in result.warnings)
    assert by_id(result)["C1"].birth_date == date(1948, 3, 9)
    assert by_id(result)["C2"].birth_date is None


@pytest.mark.parametrize("value", ["03/09/1948", "1948-13-01", "2999-01-01", "1802-01-01", "=NOW()"])
def test_a_birth_date_that_is_not_a_plausible_iso_date_is_dropped_with_a_warning(value):
    result = read_roster(f"client_id,first_name,last_name,birth_date\nC1,Ann,Lee,{value}\n")
    assert by_id(result)["C1"].birth_date is None
    assert any("birth_date" in w for w in result.warnings) and value not in " ".join(result.warnings)
