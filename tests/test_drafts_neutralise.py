"""neutralise_text's ASCII fast path (one str.translate instead of a category lookup per character) gives
exactly what the general path gives."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from outreach.drafts import neutralise_text

_URL = re.compile(r"(?i)\b(?:[a-z][a-z0-9+.-]{1,15}://|www\.|javascript:|data:|vbscript:|mailto:)\S*")
_TAG = re.compile(r"<[^<>]{0,500}>")
_WS = re.compile(r"\s+")


def general(value: str, max_len: int) -> str:
    """neutralise_text as it was before the fast path, for every input."""
    text = unicodedata.normalize("NFC", value)
    text = "".join(" " if unicodedata.category(ch) in ("Cc", "Zl", "Zp") else ch for ch in text
                   if unicodedata.category(ch) not in ("Cf", "Co", "Cs", "Cn"))
    text = _TAG.sub(" ", text)
    text = _URL.sub(" ", text)
    text = text.replace("<", " ").replace(">", " ").replace("{", "").replace("}", "")
    text = _WS.sub(" ", text).strip(" \"'")
    if len(text) > max_len:
        cut = text[: max_len - 1]
        text = (cut.rsplit(" ", 1)[0] if " " in cut else cut).rstrip(" ,;:-") + "…"
    return text


ASCII = st.text(alphabet=st.characters(max_codepoint=0x7F), max_size=300)
PARTS = st.lists(st.sampled_from(["Ann", " ", "\t", "\x00", "\x1b[31m", "\x7f", "<b>", "{{ x }}", "http://e.x/y",
                                  "\r\n", '"', "'", "javascript:alert(1)", ",;:-", "\x0b\x0c"]), max_size=40)


@settings(max_examples=500, deadline=None)
@given(st.one_of(ASCII, PARTS.map("".join)), st.integers(min_value=1, max_value=250))
def test_ascii_fast_path_is_the_general_path(text, max_len):
    assert neutralise_text(text, max_len=max_len) == general(text, max_len)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200), st.integers(min_value=1, max_value=250))
def test_other_text_is_unchanged_too(text, max_len):
    assert neutralise_text(text, max_len=max_len) == general(text, max_len)
