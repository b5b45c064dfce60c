"""Sentence spans found one at a time (news) agree with splitting the whole text (sentence_spans)."""

from hypothesis import given, settings
from hypothesis import strategies as st

from outreach.match.sentences import boundary_before, sentence_around, sentence_before, sentence_spans


def _by_position(text: str) -> list[tuple[int, int] | None]:
    """For every offset, the span of sentence_spans(text) that holds it (None when none does)."""
    out: list[tuple[int, int] | None] = [None] * len(text)
    for s, e in sentence_spans(text):
        for p in range(s, e):
            out[p] = (s, e)
    return out


def _assert_agrees(text: str) -> None:
    spans = sentence_spans(text)
    expected = _by_position(text)
    for pos in range(len(text)):
        assert sentence_around(text, pos) == expected[pos], (text, pos)
    for k, (s, _e) in enumerate(spans):
        # The boundary before a sentence ends the one before it; the first sentence has none.
        before = boundary_before(text, s)
        if k == 0:
            assert before is None
        else:
            assert before is not None and before.end() == s and before.start() + 1 == spans[k - 1][1]
        assert sentence_before(text, s) == (spans[k - 1] if k else None)


WORDS = st.sampled_from([
    "Robert", "J.", "Smith", "Jr.", "Wis.", "Minn.", "Ill.", "Ind.", "Ore.", "St.", "Paul", "Rev.", "Dr.", "Mr.",
    "She", "she", "The", "the", "Funeral", "Police", "fire", "a.m.", "p.m.", "U.S.", "Inc.", "Co.", "No.", "3.5",
    "12", "42.", "said.", "died.", "home!", "Why?", "Yes?!", '"Go."', "'Hi.'", "(Mon.)", "[sic.]", ".", "!", "?",
    "...", '"', "'", "(", ")", "[", "]", ",", "e.g.", "E.", "Eau", "Claire,", "Altoona.", "Jan.", "Sept.", "Mass",
    "Services", "Born", "Zoë.", "Ñ.", "O'Brien.", "\n", "\n\n", "  ", "\t", "Mich.", "Calif.", "Miss.", "Mo.",
])


@settings(max_examples=400, deadline=None)
@given(st.lists(WORDS, max_size=60), st.lists(st.sampled_from([" ", "", "\n", "  "]), min_size=60, max_size=60))
def test_sentence_around_agrees_with_sentence_spans_on_generated_text(words, seps):
    _assert_agrees("".join(w + s for w, s in zip(words, seps, strict=False)))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aB .!?\"')([]\nWis.J3")), max_size=120))
def test_sentence_around_agrees_on_punctuation_soup(text):
    _assert_agrees(text)


def test_sentence_around_table():
    text = 'EAU CLAIRE, Wis. — A fire hit. Owner Bob J. Smith said "yes." He left. Then '
    _assert_agrees(text)
    owner = text.index("Owner")
    assert sentence_around(text, owner) == (owner, text.index('yes."') + 4)  # "J." is an initial
    assert sentence_around(text, text.index('" He')) is None  # the gap after a sentence's stop
    assert sentence_around(text, len(text) - 1) == (text.index("Then"), len(text))
    assert sentence_around(" \n ", 1) is None  # blank text has no sentence
    assert sentence_around("", 0) is None


def _real_texts() -> list[str]:
    """Obituary and news texts of the evaluation corpora and of the bench's synthetic day."""
    from pathlib import Path

    from bench import synth
    from outreach.feeds.errors import FeedParseError
    from outreach.feeds.parse import parse_feed

    texts = []
    for path in sorted(Path(__file__).resolve().parents[1].glob("eval/*/feeds/*")):
        try:
            items = parse_feed(path.read_bytes(), source=str(path)).items
        except FeedParseError:
            continue
        texts += [t for it in items if it.kind != "weather" for t in (it.title, it.text)]
    day = synth.day_of_feeds(synth.roster(synth.CORE), obituaries=40, alerts=0, news=200)
    texts += [it.text for it in day.items]
    return texts


def test_sentence_around_agrees_on_real_texts():
    texts = _real_texts()
    assert len(texts) > 300
    for text in texts:
        expected = _by_position(text)
        spans = sentence_spans(text)
        # Every capital (where surname hits start) and both ends of every sentence.
        probes = {p for p, ch in enumerate(text) if ch.isupper()} | {p for s, e in spans for p in (s, e - 1, e)}
        for pos in sorted(p for p in probes if p < len(text)):
            assert sentence_around(text, pos) == expected[pos], (text, pos)
        for k, (s, _e) in enumerate(spans):
            assert sentence_before(text, s) == (spans[k - 1] if k else None)
