"""News: a client (or the business the text ties to them) who is the subject of a life event."""

from outreach.match.engine import match_items
from tests.match.helpers import client, index, item

ROSTER = index(
    client("N1", "Robert", "Smith", nickname="Bob"),
    client("N2", "Julie", "Berg", city="Altoona", postal_code="54720"),
    client("N3", "Mark", "Berg", city="Altoona", postal_code="54720"),
    client("N4", "Susan", "Halvorsen", city="Chippewa Falls", postal_code="54729", county_fips="55017"),
    client("N5", "Maria", "Núñez", city="Altoona", postal_code="54720"),
    client("N6", "Karen", "Lund"),
    client("N7", "Dean", "Olson"),
)


def news(item_id, title, text):
    return item(item_id, title, text, kind="news")


def subjects(items):
    return {(m.client_id, m.role) for m in match_items(ROSTER, items)}


def test_business_fire_tied_to_its_owner():
    story = news("n1", "Fire damages Eau Claire hardware store",
                 "EAU CLAIRE, Wis. — A fire early Tuesday heavily damaged Smith's Hardware on Water Street. "
                 "Owner Bob Smith said no one was inside.")
    out = match_items(ROSTER, [story])
    assert {(m.client_id, m.role) for m in out} == {("N1", "subject")}
    assert out[0].details["event"] == "fire" and "Owner Bob Smith" in out[0].evidence


def test_couple_named_together_in_a_flood_story():
    story = news("n2", "Families flee rising water",
                 "Flooding forced Altoona residents from their homes Monday. Mark and Julie Berg spent the night "
                 "at a shelter after water filled their basement.")
    assert subjects([story]) == {("N2", "subject"), ("N3", "subject")}


def test_retirement_with_the_accent_dropped():
    story = news("n3", "Baker retires", "After 30 years, Maria Nunez of Altoona is retiring from the bakery.")
    assert subjects([story]) == {("N5", "subject")}


def test_bare_list_mention_is_not_a_subject():
    story = news("n4", "Rotary names scholarship winners",
                 "Scholarships were awarded to Karen Lund, Dean Olson, Amy Park and Ben Moe.")
    assert subjects([story]) == set()


def test_same_name_person_elsewhere_is_not_the_client():
    story = news("n5", "Smith named CEO", "PHOENIX, Ariz. — Robert Smith, 52, of Phoenix, was named chief "
                                          "executive of a hospital chain.")
    assert subjects([story]) == set()


def test_mention_without_a_life_event_is_not_a_subject():
    story = news("n6", "Council debates parking", "Dean Olson spoke at Monday's council meeting about parking.")
    assert subjects([story]) == set()


def test_bystander_in_a_fire_story_is_not_the_subject():
    story = news("n7", "Barn fire near Altoona",
                 "A barn burned Wednesday on a farm owned by Greg Amundson. "
                 '"We saw the glow from the road," said neighbor Julie Berg, who called 911.')
    assert subjects([story]) == set()


def test_promotion_in_the_same_sentence():
    story = news("n8", "Bank news", "Royal Credit Union has promoted Susan Halvorsen of Chippewa Falls to "
                                    "vice president of lending.")
    assert subjects([story]) == {("N4", "subject")}


def test_a_client_killed_in_the_news_is_flagged_not_consoled():
    story = news("n9", "Eau Claire man dies in crash",
                 "EAU CLAIRE, Wis. — Robert Smith, 61, of Eau Claire, died Sunday after his car left Highway 53.")
    assert subjects([story]) == {("N1", "deceased_client")}


def test_an_official_quoted_about_someone_elses_fire_is_not_the_subject():
    story = news("n10", "Fire guts Altoona home",
                 "A fire gutted a home on Spooner Avenue on Tuesday. \"The family got out in time,\" said Fire "
                 "Chief Dean Olson.")
    assert subjects([story]) == set()


def test_the_fire_department_is_not_a_fire():
    story = news("n11", "Volunteers plan spring meeting",
                 "Dean Olson, who chairs the volunteer fire department, said the group would meet again in spring.")
    assert subjects([story]) == set()


def test_a_news_story_classified_as_a_death_notice_is_still_read_as_news():
    # The feed reader calls anything with "funeral" a death notice; there is no survivor list here.
    story = item("n12", "Fire damages funeral home garage",
                 "A fire Tuesday damaged the garage of a funeral home on Main Street. Owner Bob Smith said "
                 "services would go on as planned.", kind="bereavement")
    assert {(m.client_id, m.kind, m.role) for m in match_items(ROSTER, [story])} == {("N1", "news", "subject")}


def test_junior_in_the_news_is_not_the_senior_client():
    ix = index(client("N8", "Robert", "Olson Sr."))
    story = news("n13", "Olson named Volunteer of the Year", "Robert Olson Jr. received the Volunteer of the Year "
                                                              "award Thursday.")
    assert match_items(ix, [story]) == []


def test_parents_named_for_their_sons_award_are_not_its_subject():
    ix = index(client("N9", "Paul", "Krueger", city="Bloomer", postal_code="54724", county_fips="55017"))
    story = news("n14", "Bloomer scout earns Eagle rank", "Ethan Krueger, son of Paul and Jennifer Krueger of "
                                                          "Bloomer, earned the rank of Eagle Scout on Saturday.")
    assert match_items(ix, [story]) == []


def test_parents_named_in_a_crash_story_have_a_loss():
    ix = index(client("N10", "Daniel", "Wagner", nickname="Dan", city="Menomonie", postal_code="54751",
                      county_fips="55033"))
    story = news("n15", "Crash claims life of Menomonie teen",
                 "A 17-year-old student was killed Friday in a crash on County Road B. He is the son of Dan and "
                 "Heather Wagner of Menomonie.")
    assert {(m.client_id, m.role) for m in match_items(ix, [story])} == {("N10", "subject")}


def test_a_man_from_another_state_in_the_lead_is_a_namesake():
    story = news("n16", "Powerball winner", "A Duluth, Minn., man named Dean Olson won $1 million in Saturday's "
                                            "Powerball drawing, lottery officials said.")
    assert subjects([story]) == set()


def test_a_speaker_at_a_scholarship_dinner_is_not_its_subject():
    story = news("n17", "Scholarship dinner raises $40,000",
                 "Speakers included Dean Olson, who thanked donors. No winners were announced.")
    assert subjects([story]) == set()
