"""Untrusted feed text: whatever arrives, matching neither crashes nor leaves [0, 1]."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from outreach.match.engine import match_items
from outreach.match.obituary import parse_obituary
from tests.match.helpers import client, index, item

ROSTER = index(client("P1", "Robert", "Smith", nickname="Bob", spouse_first_name="Mary"),
               client("P2", "Susan", "Halvorsen", maiden_name="Smith", spouse_first_name="Tom"))
WORDS = st.sampled_from(["Robert", "Bob", "Smith", "Susan", "(Tom)", "Halvorsen", "survived", "by", "his", "wife",
                         "of", "Eau", "Claire", ",", ";", "and", "preceded", "in", "death", '"', "(", ")", "84",
                         "died", "daughter", "sons", "Wis.", "the", "late", "Rev.", "grandchildren", ".", "née"])


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.text(max_size=400))
def test_arbitrary_text_never_crashes_the_obituary_parser(text):
    parse_obituary(text[:40], text)


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.lists(WORDS, max_size=80), st.sampled_from(["bereavement", "news"]))
def test_obituary_shaped_noise_gives_scores_in_range(words, kind):
    text = " ".join(words)
    for m in match_items(ROSTER, [item("x", "Robert Smith", text, kind=kind)]):
        assert 0.0 <= m.score <= 1.0 and m.evidence and m.role in {
            "survivor", "deceased_client", "spouse_of_deceased_client", "subject"}
