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
    text = ("Toivo Perala, 88, Eau Claire, died May 2. Survived by daughters, Jo Ann Perala, Eau Claire; four "
            "grandchildren.")
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


def test_a_wife_named_through_her_husband_is_the_client_married_to_him():
    idx = index(client("C1", "Joan", "Peters", spouse_first_name="Harold", spouse_last_name="Peters"),
                client("C2", "Harold", "Peters", spouse_first_name="Joan", spouse_last_name="Peters"))
    text = ("Rita Morin, 91, of Eau Claire, died Monday. She is survived by her daughter, Mrs. Harold Peters of "
            "Eau Claire, and two grandchildren.")
    assert roles(idx, "Rita Morin", text) == {("C1", "survivor")}


def test_a_middle_initial_does_not_end_the_name():
    idx = index(client("C1", "Jose", "Contreras", middle_name="Antonio", spouse_first_name="Rosa",
                       spouse_last_name="Contreras"))
    text = ("Luis Contreras, 78, of Eau Claire, died May 16. He is survived by his children, Jose A. Contreras "
            "(Rosa) of Eau Claire, and Ricardo Contreras of Madison.")
    assert roles(idx, "Luis Contreras", text) == {("C1", "survivor")}


def test_a_junior_in_the_text_is_the_roster_junior_not_his_namesake_father():
    idx = index(client("C1", "Stanley", "Kowalski Jr"), client("C2", "Stanley", "Kowalski"))
    text = ("Mary Kowalski, 88, of Eau Claire, died March 4. Surviving are her son, Stanley J. Kowalski Jr. of "
            "Eau Claire; and seven grandchildren.")
    assert roles(idx, "Mary Kowalski", text) == {("C1", "survivor")}


def test_the_widow_of_the_late_client_does_not_make_the_stale_roster_row_a_survivor():
    idx = index(client("C1", "Stanley", "Kowalski", spouse_first_name="Mary", spouse_last_name="Kowalski"))
    text = ("Mary Kowalski, 88, of Eau Claire, died March 4. She was the wife of the late Stanley Kowalski, who "
            "died in 2017. Surviving are her daughter, Rose Deitz of Pittsburgh.")
    assert roles(idx, "Mary Kowalski", text) == set()


def test_a_survivor_list_after_the_deceaseds_own_name_and_leaves():
    idx = index(client("C1", "Lucy", "Ostrowski"))
    text = ("Chester Ostrowski, 79, of Eau Claire, died Saturday. A lifelong bachelor, Chet leaves his sister, "
            "Lucy Ostrowski of Eau Claire, and his nephews.")
    assert roles(idx, "Chester Ostrowski", text) == {("C1", "survivor")}


def test_either_part_of_a_hispanic_compound_surname_is_the_client():
    idx = index(client("C1", "Maria", "Garcia Lopez"), client("C2", "Jose", "Trevino Salinas"))
    text = ("Rosa Lopez, 90, of Eau Claire, died Friday. Le sobreviven / she is survived by her daughter, María "
            "López of Eau Claire, and her nephew, José Treviño of Eau Claire.")
    assert roles(idx, "Rosa Lopez", text) == {("C1", "survivor"), ("C2", "survivor")}


def test_a_surname_with_a_particle_is_read_whole():
    idx = index(client("C1", "Neil", "Van Dyke", nickname="Neil"))
    text = "Doris Hoskins, 79, of Eau Claire, died May 29. She is survived by her nephew, Neil Van Dyke of Eau Claire."
    assert roles(idx, "Doris Hoskins", text) == {("C1", "survivor")}


def test_a_maiden_name_introduced_in_words_is_the_clients_maiden_name():
    idx = index(client("C1", "Jean", "Dubois", maiden_name="Kowalski", spouse_first_name="Robert",
                       spouse_last_name="Dubois"))
    text = ("Helen Kowalski, 91, of Eau Claire, died Monday. She is survived by her daughter, Jean (Robert) "
            "Dubois, the former Jean Kowalski, of Eau Claire.")
    assert ("C1", "survivor") in roles(idx, "Helen Kowalski", text)
