"""Bereavement matching end to end over FeedItems: who gets outreach, in which role, and who never does."""

from outreach.match.engine import EngineState, match_items
from tests.match.helpers import client, index, item

OBIT = (
    'Robert J. "Bob" Smith, 84, of Eau Claire, died peacefully on March 3, 2026. He was born in Menomonie to '
    "John and Ellen (Larson) Smith. Bob is survived by his wife of 52 years, Mary; sons John (Karen) Smith of Eau "
    "Claire and Mark of Madison, Wis.; daughter Susan (Tom) Halvorsen of Chippewa Falls; sister Linda (Smith) "
    "Carlson of Phoenix, Ariz.; grandchildren Amy, Ben and Cole. He was preceded in death by his parents and a "
    'brother, Thomas "Tom" Smith. Services at Grace Lutheran Church with the Rev. Paul Anderson officiating. '
    "Arrangements by Lenmark-Wilson Funeral Home; funeral director Dan Lenmark."
)


def roles(matches):
    return {(m.client_id, m.role) for m in matches}


def test_spouse_notation_son_in_law_is_a_survivor():
    ix = index(client("C1", "Thomas", "Halvorsen", nickname="Tom", spouse_first_name="Susan",
                      city="Chippewa Falls", postal_code="54729", county_fips="55017"))
    out = match_items(ix, [item("o1", "Robert J. Smith", OBIT)])
    assert roles(out) == {("C1", "survivor")}
    assert "Halvorsen" in out[0].evidence and out[0].details["relation"] == "in_law"


def test_maiden_name_in_parentheses_matches_the_married_sister():
    ix = index(client("C2", "Linda", "Carlson", maiden_name="Smith", city="Phoenix", state="AZ",
                      postal_code="85001", county_fips="04013"))
    assert roles(match_items(ix, [item("o1", "Robert J. Smith", OBIT)])) == {("C2", "survivor")}


def test_grandchildren_list_matches_a_grandchild_on_the_roster():
    ix = index(client("C3", "Benjamin", "Smith", nickname="Ben"))
    assert roles(match_items(ix, [item("o1", "Robert J. Smith", OBIT)])) == {("C3", "survivor")}


def test_quoted_nickname_matches_the_roster_first_name():
    ix = index(client("C4", "Bob", "Smith", spouse_first_name="Mary"))
    out = match_items(ix, [item("o1", 'Robert J. "Bob" Smith', OBIT)])
    assert roles(out) == {("C4", "deceased_client")}


def test_deceased_client_and_roster_spouse():
    ix = index(client("C5", "Robert", "Smith", middle_name="James", spouse_first_name="Mary"),
               client("C6", "Mary", "Smith", spouse_first_name="Robert"))
    out = match_items(ix, [item("o1", "Robert J. Smith", OBIT)])
    assert roles(out) == {("C5", "deceased_client"), ("C6", "spouse_of_deceased_client")}
    assert all(0.0 <= m.score <= 1.0 and m.evidence for m in out)


def test_preceded_in_death_only_gets_nothing():
    ix = index(client("C7", "Thomas", "Smith", nickname="Tom"))
    assert match_items(ix, [item("o1", "Robert J. Smith", OBIT)]) == []


def test_officiant_and_funeral_director_are_not_family():
    ix = index(client("C8", "Paul", "Anderson"), client("C9", "Dan", "Lenmark"))
    assert match_items(ix, [item("o1", "Robert J. Smith", OBIT)]) == []


def test_parents_born_to_are_not_survivors():
    ix = index(client("C10", "Ellen", "Smith"))
    assert match_items(ix, [item("o1", "Robert J. Smith", OBIT)]) == []


def test_same_name_other_state_is_not_the_survivor():
    # The text places Linda Carlson in Phoenix; the roster's Linda Carlson lives in Wisconsin.
    ix = index(client("C11", "Linda", "Carlson", city="Altoona", postal_code="54720"))
    assert match_items(ix, [item("o1", "Robert J. Smith", OBIT)]) == []


def test_same_name_other_state_is_not_the_deceased():
    ix = index(client("C12", "Robert", "Smith", city="Tucson", state="AZ", postal_code="85701", county_fips="04019"))
    assert all(m.role != "deceased_client" for m in match_items(ix, [item("o1", "Robert J. Smith", OBIT)]))


def test_two_namesakes_and_the_town_decides():
    ix = index(client("C13", "John", "Smith", spouse_first_name="Karen"),
               client("C14", "John", "Smith", city="Madison", postal_code="53703", county_fips="55025"))
    assert roles(match_items(ix, [item("o1", "Robert J. Smith", OBIT)])) == {("C13", "survivor")}


def test_do_not_contact_client_is_skipped():
    ix = index(client("C15", "Thomas", "Halvorsen", spouse_first_name="Susan", do_not_contact=True,
                      city="Chippewa Falls", postal_code="54729"))
    state = EngineState()
    assert match_items(ix, [item("o1", "Robert J. Smith", OBIT)], state=state) == []
    assert ("C15", "o1", "do_not_contact") in state.skipped


def test_same_obituary_in_two_feeds_is_one_outreach():
    ix = index(client("C16", "Susan", "Halvorsen", spouse_first_name="Tom", maiden_name="Smith",
                      city="Chippewa Falls", postal_code="54729"))
    first = item("funeral-home-1", 'Robert J. "Bob" Smith', OBIT, hours=0, source="funeral home")
    second = item("paper-77", "SMITH, Robert J.", OBIT + " Published in the Leader-Telegram.", hours=20,
                  source="newspaper")
    out = match_items(ix, [second, first])
    assert [(m.client_id, m.item_id) for m in out] == [("C16", "funeral-home-1")]
    assert out[0].details["event_key"] == "obit:smith:2026-03-03:eau claire"


def test_event_key_is_the_same_in_separate_runs_whatever_the_title_calls_him():
    # The store de-duplicates across runs by event_key: Bob vs Robert, with or without the age.
    ix = index(client("C23", "Susan", "Halvorsen", spouse_first_name="Tom", city="Chippewa Falls",
                      postal_code="54729"))
    short = OBIT.replace(", 84,", ",")
    first = match_items(ix, [item("a", 'Robert J. "Bob" Smith', OBIT)])
    second = match_items(ix, [item("b", "Bob Smith", short)])
    assert first[0].details["event_key"] == second[0].details["event_key"]


def test_deceased_client_never_gets_outreach_later():
    from tests.match.helpers import alert_item

    ix = index(client("C17", "Robert", "Smith", spouse_first_name="Mary"))
    obit = item("o1", "Robert J. Smith", OBIT, hours=0)
    storm = alert_item("urn:oid:storm-1", hours=30, same=("055035",))
    news = item("n1", "Smith honored", "EAU CLAIRE, Wis. — Robert Smith received the Volunteer of the Year award.",
                kind="news", hours=40)
    out = match_items(ix, [storm, news, obit])
    assert roles(out) == {("C17", "deceased_client")}


def test_a_minor_who_died_is_not_the_client_of_the_same_name():
    text = ("Tyler Smith Jr., 16, of Eau Claire, died Saturday in a car accident. He is survived by his parents, "
            "Tyler and Amy Smith of Eau Claire.")
    ix = index(client("C18", "Tyler", "Smith Sr.", spouse_first_name="Amy"))
    assert roles(match_items(ix, [item("o1", "Tyler Smith Jr.", text)])) == {("C18", "survivor")}


def test_surviving_spouse_named_differently_from_roster_spouse_is_not_the_deceased():
    ix = index(client("C19", "Robert", "Smith", spouse_first_name="Patricia"))
    assert all(m.role != "deceased_client" for m in match_items(ix, [item("o1", "Robert J. Smith", OBIT)]))


def test_accent_dropped_in_the_text_still_matches():
    text = ("Jose Nunez, 66, of Altoona, died Tuesday. He is survived by his daughter Zoe (Luis) Pena of "
            "Altoona.")
    ix = index(client("C20", "Zoë", "Peña", spouse_first_name="Luis", city="Altoona", postal_code="54720"))
    assert roles(match_items(ix, [item("o1", "Jose Nunez", text)])) == {("C20", "survivor")}


def test_a_roster_without_any_surname_in_the_text_is_rejected_after_one_pass():
    ix = index(client("C21", "Anna", "Zyskowski"))
    assert match_items(ix, [item("o1", "Robert J. Smith", OBIT)]) == []


def test_maiden_name_written_as_a_middle_name_of_the_deceased():
    text = "Mary Jones Smith, 81, of Eau Claire, died Monday. She is survived by her husband, Robert."
    ix = index(client("C22", "Mary", "Smith", middle_name="Ann", maiden_name="Jones", spouse_first_name="Robert"))
    assert roles(match_items(ix, [item("o1", "Mary Jones Smith", text)])) == {("C22", "deceased_client")}


def test_namesake_son_listed_with_his_town_is_not_the_deceased_father():
    text = ("James D. Shanan, 71, of Eau Claire, died Wednesday. He is survived by his son, James Shanan of "
            "Eau Claire, and a daughter, Amy Shanan of Altoona.")
    ix = index(client("C24", "James", "Shanan"))
    assert roles(match_items(ix, [item("o1", "James D. Shanan", text)])) == {("C24", "survivor")}


def test_a_nickname_that_is_her_husbands_name_does_not_make_him_the_survivor():
    text = ('Terry Kingslewanvold, 67, of Benson, died Friday. He is survived by his daughter, Jacqueline "Jack" '
            "Kingslewanvold of Eau Claire.")
    ix = index(client("C25", "Jack", "Kingslewanvold", spouse_first_name="Jacqueline"),
               client("C26", "Jacqueline", "Kingslewanvold", spouse_first_name="Jack"))
    assert roles(match_items(ix, [item("o1", "Terry Kingslewanvold", text)])) == {("C26", "survivor")}


def test_a_guessed_state_does_not_outvote_the_town():
    # Vining is a town in Minnesota and in Iowa; the survivors live in Iowa; the client lives in Vining, MN.
    text = ("Ruth Krawcini, 93, of Vining, died Tuesday. She is survived by her sons, Tom of Ames, Iowa, and "
            "Carl of Ankeny, Iowa.")
    ix = index(client("C27", "Ruth", "Krawcini", city="Vining", state="MN", postal_code="56588", county_fips="27111"))
    assert roles(match_items(ix, [item("o1", "Ruth Krawcini", text)])) == {("C27", "deceased_client")}


def test_jan_is_a_name_not_january():
    text = ("Helen Alexander, 62, of Moravia, died Wednesday. Helen is survived by her husband, Jason; her "
            "children, Jan (Richard) Ross of Cammal, Pa. and Maria Davis.")
    ix = index(client("C28", "Janice", "Ross", nickname="Jan", spouse_first_name="Richard", city="Cammal",
                      state="PA", postal_code="17723", county_fips="42081"))
    assert roles(match_items(ix, [item("o1", "Helen J. Alexander", text)])) == {("C28", "survivor")}


def test_namesake_who_died_in_a_neighbouring_town_is_not_the_client():
    text = "Lisa S. Scott, 70, of Altoona, died unexpectedly on Tuesday at the hospital."
    ix = index(client("C29", "Lisa", "Scott"))  # lives in Eau Claire, next to Altoona
    assert match_items(ix, [item("o1", "Lisa S. Scott", text)]) == []


def test_grandchild_with_the_family_surname_needs_more_than_the_same_state():
    text = ("Eugene Mueller, 95, of Black River Falls, died Monday. He is survived by his son Tom Mueller of "
            "Black River Falls and grandchildren James and Sandra.")
    far = index(client("C30", "Sandra", "Mueller", city="Hudson", postal_code="54016", county_fips="55109"))
    near = index(client("C31", "Sandra", "Mueller", city="Black River Falls", postal_code="54615",
                        county_fips="55053"))
    assert match_items(far, [item("o1", "Eugene Mueller", text)]) == []
    assert roles(match_items(near, [item("o1", "Eugene Mueller", text)])) == {("C31", "survivor")}
