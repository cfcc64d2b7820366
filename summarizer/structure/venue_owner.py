"""Whose premises a bare venue is: `본사 비전홀` -> `가온공사 본사 비전홀`, `시청` -> `가온시청`."""

from __future__ import annotations

import re

from summarizer.lazy import lazy_compile
from summarizer.lexicon import OWN_SITES, PROVINCES, alternation
from summarizer.models.records import Party, Span
from summarizer.structure.lines import start_of_line

_OWN_SITE = re.compile(
    rf"^(?:{alternation(list(PROVINCES))}\S{{0,4}}\s+)?{alternation(OWN_SITES)}(?=\s|$)"
)
_TOWN_HALL = re.compile(r"^([시도구군])청(?=\s|$)")
# `가온은행은 … 은행 본점에서`, `누리공사는 … 공사 새만금홀에서`: a bare word for the body
_BARE_BODY = re.compile(r"^(은행|공사|공단|재단|협회|조합|병원|대학교?|금고)(?=\s)")


# a name the sentence is about: `가온은행은`, `가온은행(은행장 김가온)이`, `(…, 이하 가온시)는`
_TOPIC = lazy_compile(r"(?:\([^()\n]{0,30}\)|\))?(?:은|는|이|가)\s")
# the end of a name paired with the next (`㈜가온신문사와 `, `가온시·`) right before a subject
_PAIRED = lazy_compile(r"(?:[와과]\s|[·ㆍ,]\s?)$")
# `B 간의`, `B 사이의`: the second of a pair the agreement is between
_BETWEEN_AFTER = lazy_compile(r"\S{0,3}\s*(?:간|사이)의?\s")


def owned(text: str, place: str, sp: Span, parties: list[Party]) -> str:
    """`본사 비전홀` said by the party just before it -> `한국수자원공사 본사 비전홀`; `시청` -> `안산시청`."""
    hall = _TOWN_HALL.match(place) or _BARE_BODY.match(place)
    if not (_OWN_SITE.match(place) or hall):
        return place
    line_start = start_of_line(text, sp.start)
    best: tuple[bool, int, str, Party] | None = None
    for p in parties:
        for name in [p.name, *p.aliases]:
            # `가온시와 누리대학교가 … 시청에서`: the town hall is the nearest town's
            if not name or (hall and (not name.endswith(hall.group(1)) or name == hall.group(1))):
                continue
            at = text.rfind(name, line_start, sp.start)
            if at < 0:
                continue
            # `가온은행은 다온기업과 … 본점에서`: the subject's premises, not the partner's
            subject = _TOPIC.match(text, at + len(name)) is not None
            if (
                best is None
                or (subject, at) > best[:2]
                or ((subject, at) == best[:2] and len(name) < len(best[2]))
            ):
                best = (subject, at, name, p)
    if best is None:
        return place
    if best[0] and _PAIRED.search(text, line_start, best[1]):
        return place  # `A와 B는 … 본사에서`: both are the subject, whose premises is not told
    if _PAIRED.search(text, line_start, best[1]) and _BETWEEN_AFTER.match(
        text, best[1] + len(best[2])
    ):
        return place  # `A와 B 간의 ‘… 체결식’이 본관에서`: a pair, whose premises is not told
    if hall:  # `시청` -> `가온시청`, `은행 본점` -> `가온은행 본점`
        return best[2] + place[len(hall.group(1)) :]
    return f"{best[3].name} {place}"


__all__ = ["owned"]
