"""Checks that rendered output is inert: no live script, no event handler, no script URL, no raw markup.

The HTML is read with the standard library's HTMLParser, the way a browser tokenises it, so an
attribute written ``OnErRoR`` or a URL written ``jav&#x09;ascript:`` is seen for what it is.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

LIVE_TAGS = frozenset({"script", "iframe", "frame", "object", "embed", "applet", "svg", "math", "form", "input",
                       "button", "base", "meta", "link", "style", "template", "noscript", "textarea", "video",
                       "audio", "source"})
URL_ATTRS = frozenset({"href", "src", "action", "formaction", "xlink:href", "background", "poster", "srcset",
                       "data", "lowsrc", "dynsrc", "cite", "longdesc", "ping"})
_SCRIPT_SCHEME = re.compile(r"^(?:javascript|vbscript|data|livescript|mocha):", re.IGNORECASE)
_STRIPPED_IN_URLS = re.compile(r"[\x00-\x20\x7f-\x9f]+")  # browsers drop these before reading a scheme
RAW_MARKUP = re.compile(r"<\s*/?\s*[A-Za-z!?]")


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in LIVE_TAGS and not (tag == "meta" and [n for n, _ in attrs] == ["charset"]):
            self.problems.append(f"live <{tag}>")  # the layout's own <meta charset> is the one exception
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"event handler {name}= on <{tag}>")
            if name == "style" and value and re.search(r"(?i)expression\s*\(|url\s*\(|javascript:", value):
                self.problems.append(f"active style on <{tag}>")
            if name in URL_ATTRS and value is not None and _SCRIPT_SCHEME.match(_STRIPPED_IN_URLS.sub("", value)):
                self.problems.append(f"script URL in {name}= on <{tag}>")

    handle_startendtag = handle_starttag

    def handle_pi(self, data: str) -> None:
        self.problems.append("processing instruction")

    def unknown_decl(self, data: str) -> None:
        self.problems.append("unknown declaration")


def html_problems(html: str) -> list[str]:
    """What in ``html`` could run or load something; empty when it is inert."""
    collector = _Collector()
    collector.feed(html)
    collector.close()
    return collector.problems


def text_problems(text: str) -> list[str]:
    """Markup in a plain-text part: anything a browser would read as a tag, comment or declaration."""
    return [f"raw markup {m.group(0)!r}" for m in RAW_MARKUP.finditer(text)]
