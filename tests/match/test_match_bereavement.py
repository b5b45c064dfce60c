"""Bereavement matching across items and runs: run rules (do-not-contact, one outreach per death, nothing
after a client's death) and the event key. Single-obituary cases (who is proposed, in which role) are
data: tests/match/cases/obituaries.yaml."""

from outreach.match.engine import EngineState, match_items
from tests.match.helpers import alert_item, client, index, item
from tests.match.test_cases import load

OBIT = load("obituaries")["texts"]["funeral_home"]


def roles(matches):
    return {(m.client_id, m.role) for m in matches}


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
    ix = index(client("C17", "Robert", "Smith", spouse_first_name="Mary"))
    obit = item("o1", "Robert J. Smith", OBIT, hours=0)
    storm = alert_item("urn:oid:storm-1", hours=30, same=("055035",))
    news = item("n1", "Smith honored", "EAU CLAIRE, Wis. — Robert Smith received the Volunteer of the Year award.",
                kind="news", hours=40)
    out = match_items(ix, [storm, news, obit])
    assert roles(out) == {("C17", "deceased_client")}
