"""Issue 13: places as people live in them. A survivor in the next town over (within adjacent_km) is not
ruled out by a roster city that differs; with the family name it is the client; namesakes far away stay out."""

from __future__ import annotations

from outreach.match.engine import match_items
from outreach.match.obituary import parse_obituary
from outreach.match.places import neighbour_towns
from tests.match.helpers import client, index, item

LEOMINSTER = dict(city="Leominster", state="MA", postal_code="01453", county_fips="25027")
MOORHEAD = dict(city="Moorhead", state="MN", postal_code="56560", county_fips="27027")


def roles(idx, title: str, text: str) -> set[tuple[str, str]]:
    return {(m.client_id, m.role) for m in match_items(idx, [item("o1", title, text)], replay=True)}


def test_the_next_town_over_is_a_neighbour_and_a_far_town_is_not():
    near = neighbour_towns("Fitchburg", frozenset({"MA"}), 25.0)
    assert ("leominster", "MA") in near and ("boston", "MA") not in near


def test_a_neighbour_across_a_state_line_counts():
    assert ("moorhead", "MN") in neighbour_towns("Fargo", frozenset({"ND"}), 25.0)


def test_a_child_with_the_family_name_in_the_next_town_is_the_client():
    idx = index(client("C1", "Donna", "Pelletier", **LEOMINSTER))
    text = ("Raymond Pelletier, 88, of Leominster, died Friday. He leaves his daughter, Donna Pelletier of "
            "Fitchburg; and three grandchildren.")
    assert roles(idx, "Raymond Pelletier", text) == {("C1", "survivor")}


def test_a_survivor_in_a_neighbouring_town_across_the_state_line_is_the_client():
    idx = index(client("C1", "Kari", "Bjornson", **MOORHEAD))
    text = "Astrid Bjornson, 88, Fargo, died Jan. 20. Survivors: daughter, Kari Bjornson, Fargo; four grandchildren."
    assert roles(idx, "Astrid Bjornson", text) == {("C1", "survivor")}


def test_a_namesake_without_the_family_name_in_the_next_town_stays_out():
    idx = index(client("C1", "Mary", "Johnson", **LEOMINSTER))
    text = ("Raymond Pelletier, 88, of Leominster, died Friday. He leaves his daughter, Donna Pelletier, and his "
            "great-niece, Mary Johnson of Fitchburg.")
    assert roles(idx, "Raymond Pelletier", text) == set()


def test_a_namesake_far_away_stays_out_even_with_the_family_name():
    idx = index(client("C1", "Donna", "Pelletier", **LEOMINSTER))
    text = "Raymond Pelletier, 88, of Leominster, died Friday. He leaves his daughter, Donna Pelletier of Boston."
    assert roles(idx, "Raymond Pelletier", text) == set()


def test_a_town_after_the_years_in_an_aggregator_title_is_not_part_of_the_name():
    ob = parse_obituary("Marjorie Lundquist (1936 - 2026) - Oro Valley, AZ", "Marjorie Jean Lundquist, 90, of "
                        "Oro Valley, died on April 17, 2026.")
    assert ob.deceased is not None and (ob.deceased.given, ob.deceased.surname) == ("Marjorie", "Lundquist")
