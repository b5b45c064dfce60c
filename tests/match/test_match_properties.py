"""Untrusted feed text: whatever arrives, matching neither crashes nor leaves [0, 1]."""

from typing import get_args

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from outreach.match.engine import match_items
from outreach.match.model import Role
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
@example(["in", "Eau", "Claire"], "bereavement")  # a name and a town only: possible_deceased_client (once missed)
def test_obituary_shaped_noise_gives_scores_in_range(words, kind):
    text = " ".join(words)
    for m in match_items(ROSTER, [item("x", "Robert Smith", text, kind=kind)]):
        # (every role of an obituary or a story: "Robert Smith" + "in Eau Claire" is a possible death to verify)
        assert 0.0 <= m.score <= 1.0 and m.evidence and m.role in set(get_args(Role)) - {"in_area"}
