"""RosterIndex.has_name is exactly "lookup returns someone", for any names."""

from hypothesis import given, settings
from hypothesis import strategies as st

from outreach.match.names import fold
from tests.match.helpers import client, index

ROSTER = index(
    client("I1", "Robert", "Smith", nickname="Bob", middle_name="James"),
    client("I2", "Susan", "Halvorsen", maiden_name="Smith"),
    client("I3", "Maria", "Núñez-García"),
    client("I4", "Patrick", "O'Brien", nickname="Pat"),
    client("I5", "Elizabeth", "Van der Berg", nickname="Betsy"),
    client("I6", "William", "Smith Jr."),
    client("I7", "J.", "Olson"),
)
GIVENS = st.sampled_from(["Robert", "Bob", "Rob", "Bobby", "James", "Susan", "Sue", "Maria", "Patrick", "Pat",
                          "Patricia", "Elizabeth", "Liz", "Betsy", "Beth", "William", "Bill", "Will", "J", "J.",
                          "Jo", "", "Zed", "R", "Owner", "Mark"])
SURNAMES = st.sampled_from(["Smith", "smith", "SMITH", "Halvorsen", "Núñez", "Nunez", "García", "Núñez-García",
                            "Nunez Garcia", "O'Brien", "OBrien", "Brien", "Van der Berg", "Berg", "Vanderberg",
                            "Smith-Jones", "Jones", "Olson", "", "Jr."])


@settings(max_examples=500, deadline=None)
@given(st.lists(GIVENS, max_size=3), st.lists(SURNAMES, max_size=2))
def test_has_name_is_lookup_non_empty(givens, surnames):
    assert ROSTER.has_name(givens, surnames) == bool(ROSTER.lookup(givens, surnames))


def test_has_name_table():
    assert ROSTER.has_name(["Bob"], ["Smith"]) and ROSTER.has_name(["Susan"], ["Smith"])
    assert ROSTER.has_name(["Maria"], ["Nunez"]) and ROSTER.has_name(["Owner", "Pat"], ["O'Brien"])
    assert not ROSTER.has_name(["Mark"], ["Smith"]) and not ROSTER.has_name([], ["Smith"])
    assert not ROSTER.has_name(["Bob"], [])


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=300), max_size=200))
def test_word_text_ascii_fast_path_is_the_regex(text):
    from outreach.match.index import _NOT_WORD, _word_text

    def reference(t: str) -> str:  # the regex path, possessives dropped ("Brannigan's" -> "Brannigan")
        return f" {_NOT_WORD.sub(' ', t)} ".replace("'s ", "   ").replace("' ", "  ")

    folded = fold(text)
    assert _word_text(folded) == reference(folded)
    assert _word_text(text) == reference(text)
    assert len(_word_text(folded)) == len(folded) + 2  # offsets shift by exactly one
