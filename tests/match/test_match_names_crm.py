"""Issue 13: names as CRMs store them. One test per rule, hand-written texts."""

from __future__ import annotations

from outreach.match.engine import match_items
from tests.match.helpers import client, index, item


def roles(idx, title: str, text: str) -> set[tuple[str, str]]:
    return {(m.client_id, m.role) for m in match_items(idx, [item("o1", title, text)], replay=True)}


def test_a_compound_given_name_written_in_full_is_the_client():
    idx = index(client("C1", "Mary Beth", "Sullivan", spouse_first_name="Kevin", spouse_last_name="Sullivan"))
    text = ("Eileen Flynn, 90, of Eau Claire, died Monday. She is survived by her daughters, Mary Beth (Kevin) "
            "Sullivan of Eau Claire and Noreen Walsh of Madison.")
    assert roles(idx, "Eileen Flynn", text) == {("C1", "survivor")}


def test_a_compound_given_name_written_as_two_words_matches_the_roster_in_one():
    idx = index(client("C1", "JoAnn", "Perala"))
    text = "Toivo Perala, 88, Eau Claire, died May 2. Survived by daughters, Jo Ann Perala, Eau Claire; four grandchildren."
    assert roles(idx, "Toivo Perala", text) == {("C1", "survivor")}


def test_the_first_word_of_a_compound_given_name_is_enough_with_the_family():
    idx = index(client("C1", "Sue Ellen", "Broussard", spouse_first_name="Wade", spouse_last_name="Broussard"))
    text = ("Lucien Broussard, 84, of Eau Claire, died Monday. He is survived by his son, Wade Broussard and his "
            "wife Sue of Eau Claire.")
    assert roles(idx, "Lucien Broussard", text) == {("C1", "survivor")}


def test_a_surname_stored_without_its_apostrophe_is_found_in_the_text():
    idx = index(client("C1", "Ann", "ONeil"), client("C2", "Anthony", "DAngelo"))
    text = ("Eileen O'Neil, 88, of Eau Claire, died Wednesday. She leaves her daughter, Ann O'Neil of Eau Claire; "
            "and her nephew, Anthony D'Angelo of Eau Claire.")
    assert roles(idx, "Eileen O'Neil", text) == {("C1", "survivor"), ("C2", "survivor")}


def test_a_suffix_stored_inside_the_roster_surname_is_the_junior_not_his_late_father():
    idx = index(client("C1", "Gerald", "Hollings Jr.", nickname="Gerry", spouse_first_name="Pam",
                       spouse_last_name="Hollings"))
    text = ("Gerald Raymond Hollings Sr., 86, of Eau Claire, died Sunday. He is survived by his wife, Dorothy; "
            'his son, Gerald "Gerry" Hollings Jr. (Pam) of Eau Claire; and five grandchildren.')
    assert roles(idx, "Gerald Hollings Sr.", text) == {("C1", "survivor")}
