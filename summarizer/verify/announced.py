"""A signing day that is the announcement's: `지난 5일 … 체결했다고 6일 밝혔다` put as `6일 체결했다`.

A news page dates its own report (`…했다고 6일 밝혔다`, the day the body said it) apart from the
signing (`지난 5일 … 체결했다`). A summary line that ties a day to the signing, when the source
writes that day only as the day of the announcement and never anywhere else, gives the wrong
day: a soft notice (the page may still sign and announce on one day elsewhere in the text).
"""

from __future__ import annotations

import re

from summarizer.lexicon import ANNOUNCE_VERBS_KO, REPORT_VERBS_EN, SIGNING_STEMS
from summarizer.models import Briefing, ClaimCheck
from summarizer.verify.attribution import cite
from summarizer.verify.evidence import Evidence

# the announcing verbs' past stems (`밝혔`, `전했`, `설명했`): lexicon.ANNOUNCE_VERBS_KO, the list
# the event rules read a report's day by, without their `다`
_SAID_STEMS = "|".join(v.removesuffix("다") for v in ANNOUNCE_VERBS_KO)
# `체결했다고 6일 밝혔다`, `맺었다고 지난 6일 전했다`: the day the source reports it.
_ANNOUNCED = re.compile(
    r"(?:했|하였|었|였)다고\s*(?:지난\s*)?(\d{1,2})\s*일\s*(?:" + _SAID_STEMS + ")"
)
_DAY_KO = re.compile(r"(?<![\d.])(\d{1,2})\s*일(?![가-힣]*간)")
# the signing itself: its verb stems (`체결`, `맺`, `서명`) or its ceremony
_SIGNED_KO = re.compile("|".join((*SIGNING_STEMS, "협약식")))
_SAID_KO = re.compile(_SAID_STEMS)
# `on the 6th`, `on 6 March`, `on March 6`: an English day, in its comma clause.
_DAY_EN = re.compile(
    r"\b(?:the\s+(\d{1,2})(?:st|nd|rd|th)|(\d{1,2})\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+(\d{1,2})(?:st|nd|rd|th)?)\b"
)
_SIGNED_EN = re.compile(r"\b(?:sign|signed|signs|concluded|inked|agreement|MOU|memorandum)\b", re.I)
_SAID_EN = re.compile(r"\b(?:" + "|".join(REPORT_VERBS_EN) + r")\b", re.I)


def _source_days(text: str) -> tuple[set[int], set[int]]:
    """Days the source gives only as its report's (`…했다고 6일 밝혔다`), and every other day."""
    announced: set[int] = set()
    spans = []
    for m in _ANNOUNCED.finditer(text):
        announced.add(int(m.group(1)))
        spans.append((m.start(1), m.end(1)))
    other = {
        int(m.group(1))
        for m in _DAY_KO.finditer(text)
        if not any(a <= m.start(1) < b for a, b in spans)
    }
    return announced - other, other


def _clause(text: str, start: int, end: int) -> str:
    lo = max(text.rfind(",", 0, start), text.rfind(".", 0, start)) + 1
    stops = [i for i in (text.find(",", end), text.find(".", end)) if i >= 0]
    return text[lo : min(stops) if stops else len(text)]


def _signing_days_ko(line: str) -> list[tuple[int, str]]:
    out = []
    for m in _DAY_KO.finditer(line):
        rest = line[m.end() :]
        said = _SAID_KO.search(rest[:12])  # `…했다고 6일 밝혔다` in the summary too
        if said is None and _SIGNED_KO.search(rest) and not _SAID_KO.search(rest):
            out.append((int(m.group(1)), m.group(0)))
    return out


def _signing_days_en(line: str) -> list[tuple[int, str]]:
    out = []
    for m in _DAY_EN.finditer(line):
        day = next(int(g) for g in m.groups() if g)
        clause = _clause(line, m.start(), m.end())
        if _SIGNED_EN.search(line) and not _SAID_EN.search(clause):
            out.append((day, m.group(0)))
    return out


def check_announced_days(ev: Evidence, briefing: Briefing) -> list[ClaimCheck]:
    """Summary lines and the headline that give the announcement's day as the signing's."""
    announced, _ = _source_days(ev.text)
    if not announced:
        return []
    lines = [("headline_en", briefing.headline_en, _signing_days_en)]
    lines += [(f"summary_en[{i}]", s, _signing_days_en) for i, s in enumerate(briefing.summary_en)]
    lines += [(f"summary_ko[{i}]", s, _signing_days_ko) for i, s in enumerate(briefing.summary_ko)]
    out = []
    for field, line, days in lines:
        for day, written in days(line):
            if day in announced:
                note = (
                    f"the source gives {day}일 only as the day it was announced "
                    f"({cite(f'…했다고 {day}일 밝혔다')}), not as the signing day"
                )
                out.append(
                    ClaimCheck(
                        field=field, kind="date", claim=written, status="unsupported", note=note
                    )
                )
    return out


__all__ = ["check_announced_days"]
