"""Turn untrusted feed markup into plain text (for matching) and safe HTML (for display).

Feed HTML is hostile until proven otherwise: nh3 (ammonia) keeps a small allow-list of tags
and attributes, drops scripts, styles and event handlers, and only lets http(s)/mailto URLs
through. Plain text comes from the stdlib HTML tokenizer, never from a regex over markup,
so script/style bodies and comments cannot leak into the text that matching reads.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

import nh3

ALLOWED_TAGS = frozenset({
    "a", "abbr", "b", "blockquote", "br", "cite", "code", "dd", "div", "dl", "dt", "em", "h1", "h2", "h3",
    "h4", "h5", "h6", "hr", "i", "img", "li", "ol", "p", "pre", "q", "small", "span", "strong", "sub", "sup",
    "table", "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul",
})
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "img": {"src", "alt", "title", "width", "height"},
                      "td": {"colspan", "rowspan"}, "th": {"colspan", "rowspan"}}
URL_SCHEMES = frozenset({"http", "https", "mailto"})

# Elements that start a new paragraph of text, and elements whose content is never text.
_BLOCK = frozenset({
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure",
    "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre",
    "section", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
})
_INVISIBLE = frozenset({"script", "style", "noscript", "template", "iframe", "object", "svg",
                        "math", "head", "title", "select", "textarea"})
_SPACES = re.compile(r"\s+")
_BLANK_LINE = re.compile(r"\n\s*\n")


def clean_html(markup: str) -> str:
    """Sanitise feed HTML for display: allow-listed tags only, no scripts, handlers or javascript: URLs."""
    if not markup:
        return ""
    return nh3.clean(
        markup,
        tags=set(ALLOWED_TAGS),
        attributes={k: set(v) for k, v in ALLOWED_ATTRIBUTES.items()},
        url_schemes=set(URL_SCHEMES),
        link_rel="noopener noreferrer nofollow",
        strip_comments=True,
    ).strip()


def html_to_text(markup: str) -> str:
    """Plain text of an HTML fragment: tags stripped, entities decoded, one paragraph per line."""
    if not markup:
        return ""
    extractor = _TextExtractor()
    extractor.feed(markup)
    extractor.close()
    return _join_paragraphs("".join(extractor.parts).split("\n"))


def plain_text(text: str) -> str:
    """Fold whitespace in plain text, keeping paragraph breaks (blank lines) as single newlines."""
    if not text:
        return ""
    return _join_paragraphs(_BLANK_LINE.split(text))


def fold_whitespace(text: str) -> str:
    """All runs of whitespace (newlines too) become one space; trimmed."""
    return _SPACES.sub(" ", text).strip()


def looks_like_html(text: str) -> bool:
    """Whether a text field carries markup or entities worth running through the HTML tokenizer."""
    return bool(re.search(r"<[A-Za-z!/]|&(#\d+|#x[0-9A-Fa-f]+|[A-Za-z]+);", text))


def _join_paragraphs(chunks: list[str]) -> str:
    return "\n".join(p for p in (fold_whitespace(c) for c in chunks) if p)


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0  # depth inside invisible elements

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in _INVISIBLE:
            self._hidden += 1
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs) -> None:
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _INVISIBLE:
            self._hidden = max(0, self._hidden - 1)
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)

    def unknown_decl(self, data: str) -> None:  # <![CDATA[...]]> inside HTML: keep its text
        if not self._hidden and data.upper().startswith("CDATA["):
            self.parts.append(data[6:])
