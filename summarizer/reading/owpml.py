"""OWPML section XML (the body of HWPX, and of HWP 5.0 once converted) to text.

One paragraph is one line; a table row is one line of tab-separated cells, a cell's own
paragraphs and line breaks joined by spaces, so a contact row stays on one line whatever
the cell layout.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from xml.etree import ElementTree

from summarizer.errors import InputError

SECTION_PART = re.compile(r"^Contents/section(\d+)\.xml$")


def section_names(names: Iterable[str]) -> list[str]:
    """`Contents/section*.xml` part names in document order (section1 before section10)."""
    found = [(int(m.group(1)), n) for n in names if (m := SECTION_PART.match(n))]
    return [name for _, name in sorted(found)]


def parts_to_text(parts: Mapping[str, bytes], name: str, what: str) -> str:
    """The text of every section part of an OWPML package, in order."""
    sections = section_names(parts)
    if not sections:
        raise InputError(f"{name}: {what} without body sections; give the document as PDF or text")
    lines: list[str] = []
    for section in sections:
        try:
            root = ElementTree.fromstring(parts[section])
        except ElementTree.ParseError as exc:
            raise InputError(
                f"{name}: {what} section XML is malformed ({exc}); save it again"
            ) from None
        _walk(root, lines)
    return "\n".join(lines)


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _walk(node: ElementTree.Element, lines: list[str]) -> None:
    """Paragraphs (`p`) become lines; a table row (`tr`) becomes one line of tab-joined cells."""
    for child in node:
        tag = _local(child.tag)
        if tag == "tr":
            cells = [_cell_text(tc) for tc in child if _local(tc.tag) == "tc"]
            lines.append("\t".join(cells))
        elif tag == "p":
            own = _own_text(child)
            tables = [g for g in child.iter() if g is not child and _local(g.tag) == "tbl"]
            if own.strip() or not tables:
                lines.append(own)
            for table in _outermost(tables):
                _walk(table, lines)
        else:
            _walk(child, lines)


def _outermost(tables: list[ElementTree.Element]) -> list[ElementTree.Element]:
    """Tables not nested inside another table of the list (those are read with their cell)."""
    inner = {id(t) for table in tables for t in table.iter() if t is not table}
    return [t for t in tables if id(t) not in inner]


def _cell_text(cell: ElementTree.Element) -> str:
    """A cell's paragraphs and breaks joined by single spaces: one cell, one field."""
    texts = [_own_text(p) for p in cell.iter() if _local(p.tag) == "p"]
    return " ".join(" ".join(t.split()) for t in texts if t.strip())


def _own_text(paragraph: ElementTree.Element) -> str:
    """Text of the `t` runs of this paragraph, not of tables nested inside it."""
    parts: list[str] = []

    def visit(el: ElementTree.Element) -> None:
        for child in el:
            tag = _local(child.tag)
            if tag == "tbl":
                continue
            if tag == "t":
                text_of(child)
            elif tag == "tab":
                parts.append("\t")
            elif tag == "lineBreak":
                parts.append("\n")
            else:
                visit(child)

    def text_of(t: ElementTree.Element) -> None:
        # <hp:t>가<hp:lineBreak/>나<hp:tab/>다</hp:t>: text, then each child and its tail.
        head = getattr(t, "text", None)
        if head:
            parts.append(head)
        for child in t:
            tag = _local(child.tag)
            if tag == "tab":
                parts.append("\t")
            elif tag == "lineBreak":
                parts.append("\n")
            elif tag not in ("fwSpace", "hyphen"):
                parts.append("".join(child.itertext()))
            else:
                parts.append(" " if tag == "fwSpace" else "-")
            tail = getattr(child, "tail", None)
            if tail:
                parts.append(tail)

    visit(paragraph)
    return "".join(parts)
