"""Life events found with the shortcuts (event words, lower-case matching) are the ones the full
case-insensitive patterns find."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from outreach.match.news import (
    _ANY_EVENT,
    _ATTENDING,
    _ATTENDING_LOWER,
    _TIE,
    _TIE_LOWER,
    LIFE_EVENTS,
    _candidate_events,
    _events_in,
    _search_ignoring_case,
    news_context,
)
from outreach.match.sentences import sentence_spans
from tests.match.test_sentences import _real_texts


def _events_without_shortcuts(sentence: str) -> list[str]:
    found = {m.lastgroup for m in _ANY_EVENT.finditer(sentence)}
    return [name for name in LIFE_EVENTS if name in found]


def _headline_events_without_shortcuts(title: str) -> tuple[str, ...]:
    return tuple(name for name, rx in LIFE_EVENTS.items() if rx.search(title))


def _assert_same(text: str) -> None:
    assert _events_in(text) == _events_without_shortcuts(text)
    assert tuple(_events_in(text, alone=True)) == _headline_events_without_shortcuts(text)
    assert _search_ignoring_case(_TIE, _TIE_LOWER, text) == bool(_TIE.search(text))
    assert _search_ignoring_case(_ATTENDING, _ATTENDING_LOWER, text) == bool(_ATTENDING.search(text))


def test_patterns_matched_on_lower_cased_text_are_written_in_lower_case():
    # Matching lower-cased text without IGNORECASE is only the same for patterns without capitals.
    for rx in (*LIFE_EVENTS.values(), _TIE, _ATTENDING):
        assert rx.flags & 2 and rx.pattern == rx.pattern.lower()  # 2: re.IGNORECASE


ASCII = st.characters(codec="ascii")


@pytest.mark.parametrize("name", list(LIFE_EVENTS))
@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_text_a_pattern_matches_has_one_of_its_words(name, data):
    # Strings that contain a match of the pattern (in any letter case), with ASCII text around it.
    text = data.draw(st.from_regex(LIFE_EVENTS[name], alphabet=ASCII))
    assert LIFE_EVENTS[name].search(text)
    assert name in _candidate_events(text.lower())
    _assert_same(text)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(list(LIFE_EVENTS)), min_size=1, max_size=3), st.data())
def test_events_agree_on_text_naming_several_events(names, data):
    # One, two or three patterns' matches in one text: the single-pattern and the combined alternations.
    _assert_same(" ".join(data.draw(st.from_regex(LIFE_EVENTS[n], alphabet=ASCII)) for n in names))


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_events_agree_on_arbitrary_text(text):
    _assert_same(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Owner", "OWNS", "the", "Farm", "co-owner", "Hospitalized", "said", "SAID",
                                 "Fire", "fire department", "Named", "CEO", "\u212aILLED", "ſon", "Funeral",
                                 "Year", "of the", "Opened", "spoke", ",", ".", "İ", "Hall of Fame"]),
                max_size=20))
def test_events_and_ties_agree_on_mixed_case_words(words):
    _assert_same(" ".join(words))


def test_non_ascii_text_gets_the_case_insensitive_patterns():
    # IGNORECASE folds the Kelvin sign onto k and the long s onto s: lower() does not.
    assert _events_in("was \u212aILLED") == ["loss"] and _events_in("he was \u212aILLED", alone=True) == ["loss"]
    assert _search_ignoring_case(_TIE, _TIE_LOWER, "her ſon") and not _TIE_LOWER.search("her ſon".lower())
    assert _events_in("The council met on Monday.") == []


def test_events_agree_on_real_sentences():
    checked = 0
    for text in _real_texts():
        assert news_context(text, "").headline_events == _headline_events_without_shortcuts(text)
        for s, e in sentence_spans(text):
            _assert_same(text[s:e])
            checked += 1
    assert checked > 5000
