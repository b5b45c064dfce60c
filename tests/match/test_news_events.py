"""The keyword pre-test of news life events never hides an event the full patterns find."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from outreach.match.news import (
    _ANY_EVENT,
    LIFE_EVENTS,
    _candidate_events,
    _events_in,
    _may_name_event,
    news_context,
)
from outreach.match.sentences import sentence_spans
from tests.match.test_sentences import _real_texts


def _events_without_pretest(sentence: str) -> list[str]:
    found = {m.lastgroup for m in _ANY_EVENT.finditer(sentence)}
    return [name for name in LIFE_EVENTS if name in found]


ASCII = st.characters(codec="ascii")


@pytest.mark.parametrize("name", list(LIFE_EVENTS))
@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_any_text_an_event_pattern_matches_passes_the_pretest(name, data):
    # Strings that contain a match of the pattern (in any letter case), with ASCII text around it.
    text = data.draw(st.from_regex(LIFE_EVENTS[name], alphabet=ASCII))
    assert LIFE_EVENTS[name].search(text)
    assert name in _candidate_events(text) and _may_name_event(text)
    assert _events_in(text) == _events_without_pretest(text)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(list(LIFE_EVENTS)), min_size=1, max_size=3), st.data())
def test_events_agree_on_text_naming_several_events(names, data):
    # One, two or three patterns' matches in one text: the single-pattern shortcut and the alternation.
    text = " ".join(data.draw(st.from_regex(LIFE_EVENTS[n], alphabet=ASCII)) for n in names)
    assert _events_in(text) == _events_without_pretest(text)
    # As a headline: every pattern that matches, in LIFE_EVENTS order.
    assert news_context(text, "").headline_events == tuple(n for n, rx in LIFE_EVENTS.items() if rx.search(text))


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_events_agree_on_arbitrary_text(text):
    assert _events_in(text) == _events_without_pretest(text)


def test_non_ascii_text_always_gets_the_full_patterns():
    assert _may_name_event("Kelvin \u212aILLED")  # the Kelvin sign folds onto k under IGNORECASE
    assert _events_in("was \u212aILLED") == ["loss"]
    assert not _may_name_event("The council met on Monday.")


def test_events_agree_on_real_sentences():
    checked = 0
    for text in _real_texts():
        assert [n for n, rx in LIFE_EVENTS.items() if rx.search(text)] == list(news_context(text, "").headline_events)
        for s, e in sentence_spans(text):
            assert _events_in(text[s:e]) == _events_without_pretest(text[s:e])
            checked += 1
    assert checked > 5000
