"""The inertness checker the hostile tests rely on catches what it must (a blind checker proves nothing)."""

from __future__ import annotations

import pytest

from tests.hostile.inert import html_problems, text_problems

LIVE = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    "<img src=x onerror=alert(1)>",
    "<p OnMouseOver='x()'>hi</p>",
    "<a href='javascript:alert(1)'>x</a>",
    "<a href='jav&#x09;ascript:alert(1)'>x</a>",
    "<a href=' JaVaScRiPt:alert(1)'>x</a>",
    "<a href='&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)'>x</a>",
    "<iframe srcdoc='x'></iframe>",
    "<svg onload=alert(1)>",
    "<form action='https://evil.example/'><input name=q></form>",
    "<div style='background:url(javascript:alert(1))'>x</div>",
    "<object data='data:text/html;base64,PHNjcmlwdD4='></object>",
    "<meta http-equiv='refresh' content='0;url=javascript:alert(1)'>",
]
INERT = [
    "<p>Dear Susan,</p><p>With sympathy, <strong>Jane</strong></p>",
    "<a href='https://obits.example/miller'>Robert James Miller</a>",
    "<!DOCTYPE html><html><head><meta charset='utf-8'><title>t</title></head><body><p>x</p></body></html>",
    "&lt;script&gt;alert(1)&lt;/script&gt; shown as text",
    "<p>javascript: is only a word here, onerror= too</p>",
]


@pytest.mark.parametrize("html", LIVE)
def test_live_html_is_caught(html):
    assert html_problems(html)


@pytest.mark.parametrize("html", INERT)
def test_inert_html_passes(html):
    assert html_problems(html) == []


def test_markup_in_plain_text_is_caught():
    assert text_problems("Dear Susan, <b>hello</b>") and text_problems("x <!-- y -->") and text_problems("< script>")
    assert text_problems("Dear Susan,\n\nI was so sorry. 3 < 4 and 5 > 2.\n") == []
