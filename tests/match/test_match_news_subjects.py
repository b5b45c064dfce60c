"""Issue 13: news subjects. One test per rule, hand-written stories."""

from __future__ import annotations

from outreach.match.engine import match_items
from tests.match.helpers import client, index, item


def roles(idx, title: str, text: str) -> set[tuple[str, str]]:
    return {(m.client_id, m.role) for m in match_items(idx, [item("n1", title, text, kind="news")], replay=True)}


def test_a_titled_name_sworn_in_is_the_subject():
    idx = index(client("C1", "Elena", "Vasquez"))
    text = "EAU CLAIRE - Judge Elena Vasquez of Eau Claire was sworn in Tuesday as a justice of the Supreme Court."
    assert roles(idx, "Vasquez sworn in", text) == {("C1", "subject")}


def test_the_clergyman_installed_as_pastor_is_the_subject():
    idx = index(client("C1", "Michael", "Flaherty"))
    text = "EAU CLAIRE - The Rev. Michael Flaherty was installed Sunday as pastor of St. Anne's Parish."
    assert roles(idx, "New pastor at St. Anne's", text) == {("C1", "subject")}


def test_the_owner_of_the_business_that_marks_an_anniversary_is_the_subject():
    idx = index(client("C1", "Lyle", "Pruett"))
    text = ("EAU CLAIRE - Pruett Hardware owner Lyle Pruett still keeps the nails in the same wooden bins. On "
            "Saturday the store celebrates its 50th anniversary with a barbecue.")
    assert roles(idx, "Pruett Hardware turns 50", text) == {("C1", "subject")}


def test_a_couple_renewing_their_vows_are_both_subjects():
    idx = index(client("C1", "Ramon", "Villalobos", spouse_first_name="Teresa"),
                client("C2", "Teresa", "Villalobos", spouse_first_name="Ramon"))
    text = ("EAU CLAIRE - Ramon and Teresa Villalobos were married in 1976 in the same church where they renewed "
            "their vows Saturday.")
    assert roles(idx, "Couple renews vows on 50th anniversary", text) == {("C1", "subject"), ("C2", "subject")}


def test_a_baker_handing_over_the_keys_retires():
    idx = index(client("C1", "Elmer", "Heikkinen"))
    text = ("EAU CLAIRE - For 41 years the first light on Water Street came from Heikkinen's Bakery. On Saturday, "
            "Elmer Heikkinen pulled his last tray of bread and handed the keys to his longtime baker.")
    assert roles(idx, "After 41 years, the bakery man turns off the ovens", text) == {("C1", "subject")}


def test_an_owner_opening_a_second_shop_is_the_subject():
    idx = index(client("C1", "Dwayne", "Arceneaux"))
    text = ("EAU CLAIRE - Arceneaux's Boudin owner Dwayne Arceneaux will open a second location this fall on "
            "Highway 90, he said Tuesday.")
    assert roles(idx, "Arceneaux's Boudin to open second shop", text) == {("C1", "subject")}


def test_the_subject_first_named_in_the_second_sentence_of_the_lede():
    idx = index(client("C1", "Gabriel", "Ortiz"))
    text = ("EAU CLAIRE - Two kayakers who capsized on the river Sunday were pulled from the water by a fisherman. "
            "Gabriel Ortiz, 41, saw the overturned boats and reached the pair within minutes, the sheriff said.")
    assert roles(idx, "Fisherman pulls two kayakers from the river", text) == {("C1", "subject")}


def test_a_couple_opening_the_lede_after_a_fire_are_the_subjects_even_when_they_speak():
    idx = index(client("C1", "Kevin", "Pettway"), client("C2", "Monique", "Pettway"))
    text = ("EAU CLAIRE - A couple and their two children escaped early Wednesday when fire swept through their "
            "home. Kevin and Monique Pettway said a smoke alarm woke them around 2 a.m.")
    assert roles(idx, "Family escapes as fire guts home", text) == {("C1", "subject"), ("C2", "subject")}


def test_a_clients_child_wins_a_prize_and_the_parents_get_the_outreach():
    idx = index(client("C1", "Benjamin", "Feldman"), client("C2", "Sarah", "Feldman"))
    text = ("EAU CLAIRE - A water filter has won a high school junior the top prize at a national fair. "
            "Noah Feldman, 16, spent two years testing it. Feldman is the son of Benjamin and Sarah Feldman of "
            "Eau Claire.")
    assert roles(idx, "Teen's water filter takes top prize", text) == {("C1", "parent_of_subject"),
                                                                        ("C2", "parent_of_subject")}


def test_a_bystander_quoted_after_said_is_not_the_subject():
    idx = index(client("C1", "Roger", "Weber"))
    text = ("EAU CLAIRE - Highway 53 reopened after a truck overturned. The driver was treated for minor injuries.\n"
            '"It was tomatoes everywhere," said Roger Weber of Eau Claire, who stopped to help.')
    assert roles(idx, "Highway reopens after rollover", text) == set()


def test_a_widow_accepting_her_late_husbands_honour_is_not_its_subject():
    idx = index(client("C1", "Carol", "Miller"))
    text = ("EAU CLAIRE - The Lions Club named James Miller, its past president who died in March, the recipient "
            "of its highest award. His wife, Carol Miller, accepted the award.")
    assert roles(idx, "Lions honor late past president", text) == set()


def test_a_doctor_named_chief_is_the_subject():
    idx = index(client("C1", "Anita", "Deshpande"))
    text = "EAU CLAIRE - St. Luke's Hospital has named Dr. Anita Deshpande chief of cardiology."
    assert roles(idx, "St. Luke's names new cardiology chief", text) == {("C1", "subject")}


def test_an_award_to_the_clients_own_small_firm_goes_to_the_owner():
    idx = index(client("C1", "Orville", "Haugen"))
    text = ("EAU CLAIRE - Haugen Plumbing & Heating has won the chamber's small business of the year award. "
            "Owner Orville Haugen started the firm in his garage in 1979.")
    assert roles(idx, "Haugen Plumbing wins small business award", text) == {("C1", "subject")}


def test_donors_listed_in_a_story_are_not_its_subjects():
    idx = index(client("C1", "Orville", "Haugen"))
    text = ("EAU CLAIRE - The library's new reading room opened Saturday. Donors included Mary Berg, Tom Lund, "
            "Orville Haugen and Ann Kraus.")
    assert roles(idx, "Library opens reading room", text) == set()
