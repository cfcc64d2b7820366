"""A post's date in a board header written without labels, read when the page's only labelled
stamp is its last modification.

A city's board flattened to text gives the post's fields as bare lines under the headline
(`- 홍보팀` / `- 2099` / `- 2014-10-07`: the department, the view count, the posting day) and
its `최종수정일 : 2024-12-15` under the text, which may be years later. A posting date beats a
last-modified one, so a full date alone on one of the header's lines, no later than the
modification, is the post's date. A site's date bar (with its weekday) or a date in a sentence
is none; nothing past the first sentence is read.
"""

from __future__ import annotations

from datetime import date

from summarizer.facts.dateregistry import date_atoms
from summarizer.facts.refbase import Found, full_date, line_end
from summarizer.facts.resolve import Reference
from summarizer.lazy import lazy_compile
from summarizer.lexicon import marks

# a field line's list marker, and what may close it
_LEAD = " \t" + marks.spelt(marks.STAMP) + "[("  # (marks: summarizer.lexicon.marks)
_TAIL = " \t\r.)]"
_HEADER_LINES = 8  # a post's fields stand under its headline, before the text
_SENTENCE = lazy_compile(r"(?:다|요|음|함)[.!?]?[\"'”’)]?[ \t]*$")


def _lone_date(line: str) -> date | None:
    """The full date a line holds and nothing else (a list marker aside); no weekday."""
    body = line.strip(_LEAD + _TAIL)
    if not body or not body[0].isdigit() or len(body) > 12:
        return None
    atoms = date_atoms(body)
    if len(atoms) != 1 or atoms[0].start != 0 or atoms[0].end != len(body):
        return None
    if atoms[0].parts.weekday is not None:
        return None  # a date bar names the weekday
    return full_date(atoms[0])


def header_date(s: str, modified: Found) -> Found | None:
    """The post's own date alone on a line of the page's header, when the page states only
    its last modification (`modified`); None when there is none or it is later."""
    pos = 0
    for _ in range(_HEADER_LINES):
        if pos >= min(len(s), modified.start):
            return None
        end = line_end(s, pos)
        line = s[pos:end]
        if len(line.strip()) > 15 and _SENTENCE.search(line):
            return None  # the text has begun: the header is behind
        d = _lone_date(line)
        if d is not None and d <= modified.reference.date:
            at = s.index(line.strip(_LEAD + _TAIL), pos)
            return Found(Reference.of(d), "input-line", at, at + len(line.strip(_LEAD + _TAIL)))
        pos = end + 1
    return None


__all__ = ["header_date"]
