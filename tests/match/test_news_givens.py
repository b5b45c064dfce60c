"""_givens_before reads the capitalised run before a surname backwards; it must find what _CAP_RUN.search does."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from outreach.match.names import is_known_given_name
from outreach.match.news import _AND_BEFORE, _CAP_RUN, _UPPER, _cap_run_start, _givens_before
from outreach.match.words import TITLES
from tests.match.test_sentences import _real_texts


def _givens_before_reference(tail: str) -> tuple[list[str], str]:
    """_givens_before as written before the backwards reading (forward search, every search made)."""
    m = _CAP_RUN.search(tail)
    if not m:
        return [], ""
    run = m.group(1)
    start = m.start()
    if "\n" in run:  # not across a line
        start += run.rfind("\n") + 1
        run = run[run.rfind("\n") + 1 :]
    nickname = ""
    q = re.search(r'"([^"]+)"', run)
    if q:
        nickname = q.group(1)
        run = run.replace(q.group(0), " ")
    words = [w.rstrip(".") for w in run.split() if not (len(w) <= 2 and w.endswith("."))]
    givens = list(reversed(words[-2:]))
    short = len(words) >= 2 and len(words[-2]) <= 2 and words[-2].lower() not in TITLES  # "Y Duon"
    if len(words) >= 2 and (is_known_given_name(words[-2]) or short):
        givens[0] = f"{words[-2]} {words[-1]}"
    if "Mrs" in words[:-2]:  # "Mrs. Annie Lou Smith": her own given names, or her husband's
        givens.append("Mrs")
    particled = re.search(r"\b[A-Z][\w'\-]+\s+(?:del|de(?:\s+(?:la|las|los))?)\s+$", tail[:start])
    if words and particled:  # "María de los Ángeles"
        givens.append(particled.group(0) + words[0])
    m_and = _AND_BEFORE.search(tail[:start])
    if m_and and len(words) <= 2:  # "Bob and Mary Smith", "Rick and Mary Ann Wierzbicki"
        givens.append(m_and.group(1))
        compound = re.search(rf"\b([{_UPPER}][\w'\-]+\s+[{_UPPER}][\w'\-]+)(?:\s+\"[^\"]{{1,20}}\")?\s+(?:and|&)\s+$",
                             tail[:start])
        if compound:  # "Mary Beth and Dan Kinsley", 'Jean Pierre "JP" and Maite Etcheberry'
            givens.append(compound.group(1))
    return givens, nickname


def _assert_same(tail: str) -> None:
    if re.search(r"\s\([A-Z][\w'\-]+\)\s$", tail):  # a maiden name in parentheses is skipped (own test)
        return
    m = _CAP_RUN.search(tail)
    start = _cap_run_start(tail)
    assert (m.start() if m else None) == start, tail
    if m:
        assert m.group(1) == tail[start:], tail
    assert _givens_before(tail) == _givens_before_reference(tail), tail


PIECES = st.sampled_from([
    "Bob", "bob", "BOB", "McDonald", "xMcD", "O'Brien", "Smith-Jones", "-Smith", "J.", "Jr.", "St..", "A.B.", "Dr",
    '"Butch"', '"Big Al"', '"', '""', '"a very long nickname here"', "and", "&", ",", ".", "-", "'", "É", "Émile",
    "ß", "1", "_", "Owner", "said", "Rev.", "Mary", "K.", "x",
])
SEPARATORS = st.sampled_from(["", " ", " ", "  ", "\n", "\t", " \n", "\x1c", "\xa0", "\u2003"])


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.tuples(PIECES, SEPARATORS), max_size=14))
def test_backwards_run_agrees_on_name_like_tails(parts):
    _assert_same("".join(p + s for p, s in parts))


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("AbZ .'-\"\n\t&_1É")), max_size=70))
def test_backwards_run_agrees_on_character_soup(tail):
    _assert_same(tail)


def test_backwards_run_agrees_before_every_capital_of_real_texts():
    checked = 0
    for text in _real_texts():
        for pos, ch in enumerate(text):
            if ch.isupper():
                _assert_same(text[max(0, pos - 60) : pos])
                checked += 1
    assert checked > 20_000


def test_givens_before_table():
    assert _givens_before("said Owner Bob ") == (["Bob", "Owner"], "")
    assert _givens_before("Mark and Julie ") == (["Julie", "Mark"], "")
    assert _givens_before("his parents, Rick and Mary Ann ") == (["Mary Ann", "Mary", "Rick"], "")
    assert _givens_before("bride Nora Elizabeth ") == (["Nora Elizabeth", "Nora"], "")  # Nora, not Elizabeth
    assert _givens_before("the daughter of Mary Beth and Dan ") == (["Dan", "Beth", "Mary Beth"], "")
    assert _givens_before("and María Elena (Ruiz) ") == (["María Elena", "María"], "")
    assert _givens_before('by Robert "Bob" ') == (["Robert"], "Bob")
    assert _givens_before("said ") == ([], "")
