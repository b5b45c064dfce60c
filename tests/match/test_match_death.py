"""Issue 13: calling a client dead needs more than name and town. One test per rule, hand-written texts."""

from __future__ import annotations

from datetime import date

from outreach.match.engine import match_items
from tests.match.helpers import client, index, item


def roles(idx, text: str, title: str = "Obituary") -> set[tuple[str, str]]:
    return {(m.client_id, m.role) for m in match_items(idx, [item("o1", title, text)], replay=True)}


MARRIED = dict(spouse_first_name="Eileen", spouse_last_name="Mahoney", city="Eau Claire")


def test_an_age_that_fits_the_roster_birth_date_corroborates_the_death():
    idx = index(client("C1", "Francis", "Mahoney", birth_date=date(1948, 3, 1), **MARRIED))
    text = "Francis Mahoney, 78, of Eau Claire, died Monday, October 5, 2026. He is survived by two sons."
    assert roles(idx, text) == {("C1", "deceased_client")}


def test_a_birth_date_that_is_the_roster_one_corroborates_the_death():
    idx = index(client("C1", "Evelyn", "Marsh", birth_date=date(1930, 6, 11)))
    text = ("Evelyn Marsh, 96, of Eau Claire, died Sunday. She was born June 11, 1930, in Durand. "
            "She is survived by her nephew, Tom Berg of Durand.")
    assert roles(idx, text) == {("C1", "deceased_client")}


def test_the_roster_spouse_named_as_the_widow_corroborates_the_death():
    idx = index(client("C1", "Francis", "Mahoney", **MARRIED))
    text = "Francis Mahoney, 78, of Eau Claire, died Monday. He is survived by his wife of 50 years, Eileen."
    assert roles(idx, text) == {("C1", "deceased_client")}


def test_the_roster_spouse_named_as_the_late_spouse_corroborates_the_death():
    idx = index(client("C1", "Francis", "Mahoney", **MARRIED))
    text = ("Francis Mahoney, 88, of Eau Claire, died Monday. He is survived by a son, Paul. "
            "He was preceded in death by his wife, Eileen.")
    assert roles(idx, text) == {("C1", "deceased_client")}


def test_a_young_namesake_survived_by_his_parents_is_not_the_married_client():
    idx = index(client("C1", "Francis", "Mahoney", **MARRIED),
                client("C2", "Eileen", "Mahoney", spouse_first_name="Francis", spouse_last_name="Mahoney"))
    text = ("Francis X. Mahoney, 23, of Eau Claire, died unexpectedly Thursday. He was the son of Brian and "
            "Colleen Mahoney, who survive him. He also leaves his brother, Liam Mahoney of Madison.")
    assert roles(idx, text) == set()


def test_an_age_far_from_the_roster_birth_date_rules_the_client_out():
    idx = index(client("C1", "Carl", "Stehling", birth_date=date(1952, 1, 5)))
    text = "Carl Stehling, 19, of Eau Claire, died Friday. He is survived by his grandmother, Ruth Stehling."
    assert roles(idx, text) == set()


def test_another_surviving_spouse_rules_the_client_out():
    idx = index(client("C1", "Duane", "Solberg", spouse_first_name="Arlene", spouse_last_name="Solberg"))
    text = "Duane Solberg, 81, of Eau Claire, died Friday. He is survived by his wife, Marlys, and a son, Tim."
    assert roles(idx, text) == set()


def test_name_and_town_alone_are_a_possible_match_for_the_adviser_not_a_death():
    idx = index(client("C1", "Douglas", "Fenske", nickname="Doug"))
    text = "Douglas Fenske, 74, of Eau Claire, died Tuesday. He is survived by his daughter, Jenna Marx."
    assert roles(idx, text) == {("C1", "possible_deceased_client")}


def test_a_possible_death_gives_the_household_no_condolence_and_flags_nobody():
    idx = index(client("C1", "Douglas", "Fenske", spouse_first_name="Ann", spouse_last_name="Fenske"),
                client("C2", "Ann", "Fenske", spouse_first_name="Douglas", spouse_last_name="Fenske"))
    first = item("o1", "Douglas Fenske", "Douglas Fenske of Eau Claire died Tuesday. Services are pending.")
    later = item("o2", "Mary Berg", "Mary Berg, 90, of Eau Claire, died Friday. She is survived by her "
                 "nephew, Douglas Fenske of Eau Claire.", hours=24)
    got = {(m.client_id, m.item_id, m.role) for m in match_items(idx, [first, later], replay=True)}
    assert got == {("C1", "o1", "possible_deceased_client"), ("C1", "o2", "survivor")}


def test_a_stale_roster_spouse_the_obituary_calls_late_is_not_widowed():
    idx = index(client("C1", "Walter", "Bergquist", spouse_first_name="Astrid", spouse_last_name="Bergquist"))
    text = ("Astrid Bergquist, 88, of Eau Claire, died Monday. She was preceded in death by her husband, "
            "Walter, in 2019. She is survived by her daughter, Karin Lind of Duluth.")
    assert roles(idx, text) == set()


def test_a_church_title_and_the_years_in_the_title_are_not_part_of_the_deceaseds_name():
    idx = index(client("C1", "Hattie", "Fordham", middle_name="Mae", birth_date=date(1936, 8, 14)))
    text = ("Mother Hattie Mae Fordham (1936 - 2026)\nMother Hattie Mae Fordham of Eau Claire entered into eternal "
            "rest on Saturday, April 11, 2026, at the age of 89. She was born August 14, 1936, in Durand.")
    assert roles(idx, text, title="Mother Hattie Mae Fordham (1936 - 2026)") == {("C1", "deceased_client")}
