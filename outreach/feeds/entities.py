"""Refuse XML documents whose DTD entities could blow up or reach outside (billion laughs, XXE).

feedparser hands documents to expat (which caps entity amplification since expat 2.4) and,
when expat gives up, to a lenient SGML parser that leaves entity references unexpanded: so a
bomb is harmless there today. We still refuse it up front, with a clear error, because it is
never a legitimate feed and the lenient path should not be the line of defence. Simple
internal entities (`<!ENTITY id "tag:example.com,">`, seen in real feeds) stay allowed.
CAP XML is parsed with defusedxml, which forbids entity declarations outright.
"""

from __future__ import annotations

import codecs
import re

from outreach.errors import OutreachError

MAX_DECLARATIONS = 64
MAX_EXPANSION_CHARS = 1_000_000  # total characters that expanding all references would add

_ENTITY_DECL = re.compile(
    r"<!ENTITY\s+(?P<param>%\s*)?(?P<name>[^\s\"'>]+)\s+"
    r"(?:(?P<external>SYSTEM|PUBLIC)\b|\"(?P<dq>[^\"]*)\"|'(?P<sq>[^']*)')",
    re.IGNORECASE,
)
_GENERAL_REF = re.compile(r"&([A-Za-z_:][\w.:-]*);")
_DOCTYPE_OPEN = re.compile(r"<!DOCTYPE[^\[>]*\[", re.IGNORECASE)
_ELEMENT_START = re.compile(r"<[A-Za-z_]")
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_SUBSET_END = re.compile(r"\]\s*>")
_PREDEFINED = frozenset({"amp", "lt", "gt", "quot", "apos"})


class EntityBombError(OutreachError, ValueError):
    """The document declares entities we will not expand."""


def check_entities(data: bytes) -> None:
    """Raise EntityBombError for parameter/external entities, nested entities or a huge expansion.

    Messages name no entity: they end up in logs, and entity names are document text.
    """
    text = _markup_view(data)
    subset = _internal_subset(text)
    if "<!ENTITY" not in subset.upper():
        return  # entities can only be declared in the DOCTYPE; "<!ENTITY" in an article's text is just text
    values: dict[str, str] = {}
    for n, match in enumerate(_ENTITY_DECL.finditer(subset), start=1):
        name = match.group("name")
        if n > MAX_DECLARATIONS:
            raise EntityBombError(f"more than {MAX_DECLARATIONS} entity declarations")
        if match.group("param"):
            raise EntityBombError("parameter entity declared (refused)")
        if match.group("external"):
            raise EntityBombError("external entity declared (refused: could read files or URLs)")
        values[name] = match.group("dq") if match.group("dq") is not None else (match.group("sq") or "")
    if not values:
        raise EntityBombError("unreadable entity declaration (refused)")
    for value in values.values():
        nested = {ref for ref in _GENERAL_REF.findall(value) if ref not in _PREDEFINED}
        if nested:
            raise EntityBombError("an entity refers to other entities (billion-laughs pattern, refused)")
    # Declarations hold no references (refused above), so every reference counted is in the document.
    expansion = sum(len(values.get(ref, "")) for ref in _GENERAL_REF.findall(text))
    if expansion > MAX_EXPANSION_CHARS:
        raise EntityBombError(
            f"entity references would expand to {expansion} characters (limit {MAX_EXPANSION_CHARS}, refused)"
        )


def _internal_subset(text: str) -> str:
    """The [...] of a <!DOCTYPE ...> in the prolog (before the root element), or ""."""
    doctype = _DOCTYPE_OPEN.search(text)
    if not doctype or _ELEMENT_START.search(_COMMENT.sub("", text[:doctype.start()])):
        return ""
    end = _SUBSET_END.search(text, doctype.end())
    return text[doctype.end(): end.start() if end else len(text)]


def _markup_view(data: bytes) -> str:
    """The document as text good enough to see markup: BOM-aware, otherwise byte-for-byte (latin-1)."""
    for bom, codec in ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
                       (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return data[len(bom):].decode(codec, errors="replace")
    if data[:4] in (b"<\x00?\x00", b"\x00<\x00?"):  # UTF-16 without a BOM
        return data.decode("utf-16-le" if data[0] == 0x3C else "utf-16-be", errors="replace")
    return data.decode("latin-1")
