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


# --- issue 13, independent4 classes -----------------------------------------------------------------------

def test_the_subject_named_after_a_lede_whose_dateline_the_splitter_cut_off():
    idx = index(client("C1", "Harlan", "Whitcomb", city="Lexington", state="KY", postal_code="40517",
                       county_fips="21067"))
    text = ("LEXINGTON, Ky. (WXYZ) - A Lexington man escaped early Tuesday when fire gutted his home on Main Street. "
            "Harlan Whitcomb, 70, told reporters his cat woke him up.")
    assert roles(idx, "Lexington man escapes house fire", text) == {("C1", "subject")}


def test_the_person_the_sheriff_identified_is_the_subject():
    idx = index(client("C1", "Dale", "Prentiss"))
    text = ("EAU CLAIRE - A farmer was flown to the hospital Thursday after his tractor overturned. "
            "The Sheriff's Office identified him as Dale Prentiss, 58, of Eau Claire. Deputies said he is stable.")
    assert roles(idx, "Farmer hurt when tractor overturns", text) == {("C1", "subject")}


def test_parents_named_with_his_parents_later_in_the_story_are_parent_of_subject():
    idx = index(client("C1", "Marcus", "Odom", spouse_first_name="Lena"),
                client("C2", "Lena", "Odom", spouse_first_name="Marcus"))
    text = ("EAU CLAIRE - Memorial High linebacker Andre Odom signed with the University of Wisconsin on Wednesday. "
            "The senior picked Wisconsin over Iowa. His parents, Marcus and Lena Odom, sat beside him.")
    assert roles(idx, "Memorial star signs with Wisconsin", text) == {("C1", "parent_of_subject"),
                                                                      ("C2", "parent_of_subject")}


def test_the_headline_event_not_a_fire_the_sentence_recalls_decides_the_parents_role():
    idx = index(client("C1", "Owen", "Marsh", spouse_first_name="Ruth"),
                client("C2", "Ruth", "Marsh", spouse_first_name="Owen"))
    text = ("EAU CLAIRE - A homemade sensor has won Memorial High senior Ivy Marsh the grand prize. Marsh, 17, the "
            "daughter of Owen and Ruth Marsh of Eau Claire, built it after a 2020 forest fire filled the valley with "
            "smoke.")
    assert roles(idx, "Memorial senior's sensor wins state science fair", text) == {("C1", "parent_of_subject"),
                                                                                    ("C2", "parent_of_subject")}


def test_names_picked_out_of_a_group_of_honorees_are_not_subjects():
    idx = index(client("C1", "Edith", "Larkin"), client("C2", "Warren", "Bixby"))
    text = ("EAU CLAIRE - The river festival drew 20,000 visitors and could not have happened without its 500 "
            "volunteers. Among those honored at Sunday's volunteer breakfast were Edith Larkin, who has run the pie "
            "table since 1994, and Warren Bixby of Eau Claire, who directed traffic.")
    assert roles(idx, "River festival thanks its volunteers", text) == set()


def test_the_founder_quoted_about_their_own_firms_contract_is_the_subject():
    idx = index(client("C1", "Priya", "Nandakumar"))
    text = ("EAU CLAIRE - Nandakumar Engineering has won a $9 million contract to redesign six bridges.\n\n"
            "Founder and principal Priya Nandakumar said the firm will hire eight engineers this year.")
    assert roles(idx, "Eau Claire firm lands $9M bridge contract", text) == {("C1", "subject")}


def test_a_chief_executive_whose_startup_raised_funding_is_the_subject():
    idx = index(client("C1", "Nora", "Quist"))
    text = ("EAU CLAIRE - Fieldwise, a company whose software schedules irrigation, has raised $4 million in seed "
            "funding.\n\nChief executive Nora Quist founded the company in 2021.")
    assert roles(idx, "Eau Claire startup raises $4 million", text) == {("C1", "subject")}


def test_a_charity_drive_that_raised_money_is_no_donors_life_event():
    idx = index(client("C1", "Wade", "Pell"))
    text = ("EAU CLAIRE - The food bank's summer drive raised $412,000. Organizers thanked businesses, including "
            "Pell Marine, whose owner, Wade Pell, matched the first $10,000 in gifts.")
    assert roles(idx, "Food bank's drive beats its goal", text) == set()


def test_a_graduate_who_earns_a_degree_is_the_subject():
    idx = index(client("C1", "Lucia", "Ferrante"))
    text = ("EAU CLAIRE - When Lucia Ferrante walked across the stage Thursday night, her three children "
            "cheered.")
    assert roles(idx, "Eau Claire mother of three earns nursing degree", text) == {("C1", "subject")}


def test_the_bride_of_a_wedding_announcement_is_the_subject():
    idx = index(client("C1", "Anna Marie", "Sladek"))
    text = ("EAU CLAIRE - Anna Marie Sladek and Thomas Reyes were married May 30 at St. Patrick's Church. The "
            "couple will live in Eau Claire.")
    assert roles(idx, "Weddings: Sladek - Reyes", text) == {("C1", "subject")}


def test_among_the_injured_still_names_the_hurt():
    idx = index(client("C1", "Edith", "Larkin"))
    text = ("EAU CLAIRE - Four people were hurt when a bus slid off Highway 53 on Tuesday. Among the injured was "
            "Edith Larkin, 71, of Eau Claire, who was treated and released.")
    assert roles(idx, "Four hurt in bus crash", text) == {("C1", "subject")}


def test_parents_named_as_the_late_are_nobodys_subject_and_the_living_ones_are_parents():
    idx = index(client("C1", "Joseph", "Kubik"), client("C2", "Luis", "Reyes", spouse_first_name="Carmen"),
                client("C3", "Carmen", "Reyes", spouse_first_name="Luis"))
    text = ("EAU CLAIRE - Anna Kubik and Thomas Reyes were married May 30 at St. Patrick's Church. The bride is the "
            "daughter of the late Joseph and Bozena Kubik. The groom is the son of Luis and Carmen Reyes of Eau "
            "Claire.")
    assert roles(idx, "Weddings: Kubik - Reyes", text) == {("C2", "parent_of_subject"), ("C3", "parent_of_subject")}


def test_the_homeowners_named_after_the_fire_lede_are_its_subjects_and_the_quoted_neighbour_is_not():
    idx = index(client("C1", "Carl", "Bauer"), client("C2", "Jim", "Feld", spouse_first_name="Lois"),
                client("C3", "Lois", "Feld", spouse_first_name="Jim"))
    text = ("EAU CLAIRE - A fire Tuesday destroyed a home on Elm Street. \"It went up fast,\" said neighbor Carl "
            "Bauer, who called 911. The homeowners, Jim and Lois Feld, escaped.")
    assert roles(idx, "House fire displaces family", text) == {("C2", "subject"), ("C3", "subject")}


def test_a_new_pastor_welcomed_is_the_subject():
    idx = index(client("C1", "Amos", "Carter"))
    text = ("EAU CLAIRE - The congregation of Grace Church welcomed a new pastor Sunday. The Rev. Amos Carter, 52, "
            "came from Milwaukee.")
    assert roles(idx, "Grace Church welcomes its pastor", text) == {("C1", "subject")}


def test_a_graduation_a_biography_dates_is_no_life_event():
    idx = index(client("C1", "Joan", "Pratt"))
    text = ("EAU CLAIRE - The council approved the budget Tuesday. Council member Joan Pratt, who graduated from "
            "Memorial High in 1980, voted no.")
    assert roles(idx, "Council approves budget", text) == set()


def test_a_relative_who_died_is_never_the_subject_of_the_childs_award():
    idx = index(client("C1", "Harold", "Jensen"), client("C2", "Emma", "Jensen"))
    text = ("ALTOONA - Emma Jensen, 12, won the state spelling bee Saturday. Her grandfather, Harold Jensen, died "
            "last week.")
    assert roles(idx, "Altoona girl wins state spelling bee", text) == {("C2", "subject")}


def test_an_official_addressing_the_graduates_is_not_a_subject():
    idx = index(client("C1", "Linda", "Morrow"))
    text = ("EAU CLAIRE - Memorial High School graduated 212 seniors Saturday. Linda Morrow, the district "
            "superintendent, addressed the class.")
    assert roles(idx, "Memorial High graduates 212", text) == set()


def test_the_reporters_byline_is_not_a_subject():
    idx = index(client("C1", "Nathan", "Pfeiffer"))
    text = "By Nathan Pfeiffer, Staff Writer. Irene Castellano turned 100 on Friday at her home."
    assert roles(idx, "Eau Claire woman turns 100", text) == set()


def test_a_hole_in_one_is_an_award():
    idx = index(client("C1", "Deborah", "Kessler"))
    text = "Deborah Kessler of Eau Claire made a hole-in-one on the 7th hole at Hickory Hills on Thursday."
    assert roles(idx, "Ace at Hickory Hills", text) == {("C1", "subject")}


# --- after independent5's blind score ------------------------------------------------------------------------

def test_a_birthday_and_a_personal_hundredth_are_milestones():
    idx = index(client("C1", "Marie", "Boudreaux", maiden_name="Hebert"), client("C2", "Alice", "Pettibone"))
    birthday = "EAU CLAIRE - Marie Hebert Boudreaux celebrated her 84th birthday on March 3 with a family dinner."
    hike = ("Alice Pettibone promised her late husband she would keep climbing. On Friday, the 82-year-old "
            "finished her 100th summit of Mount Tom.")
    assert roles(idx, "Milestones", birthday) == {("C1", "subject")}
    assert roles(idx, "Eau Claire widow finishes 100th hike", hike) == {("C2", "subject")}


def test_parents_named_with_a_nickname_and_a_suffix_are_parents_of_the_subject():
    idx = index(client("C1", "Joseph", "LeBlanc Jr.", nickname="T-Joe"), client("C2", "Yvette", "LeBlanc"))
    text = ("Memorial High junior Remy LeBlanc won the 152-pound state wrestling title on Saturday. His parents, "
            'Joseph "T-Joe" LeBlanc Jr. and Yvette LeBlanc, were in the front row.')
    assert roles(idx, "Couple's son wins state wrestling title", text) == {
        ("C1", "parent_of_subject"), ("C2", "parent_of_subject")}


def test_parents_announcing_their_daughters_engagement_are_parents_of_the_subject():
    idx = index(client("C1", "Hector", "Garza"), client("C2", "Lupita", "Garza"))
    text = ("Hector and Lupita Garza of Eau Claire announce the engagement of their daughter, Marisol Garza, to "
            "Andres Villarreal of Mission. A June wedding is planned.")
    assert roles(idx, "Engagement: Garza - Villarreal", text) == {
        ("C1", "parent_of_subject"), ("C2", "parent_of_subject")}
