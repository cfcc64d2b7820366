"""Dates in a sentence about the signing that belong to another step: a council's vote on the
agreement (`시의회는 2일 … 체결 동의안을 가결했다`), an anniversary of it (`체결 10주년을 맞아 15일
기념행사`), an earlier agreement the sentence goes on from (`지난해 … 체결한 데 이어 12일 …
맺었다`) or a meeting after it (`체결한 뒤 20일 실무협의회를 열었다`). A wrong event date is worse
than none (issue 8): such dates are left out (a council's session is no venue either: `venue._ABSTRACT`)."""

from __future__ import annotations

import re

from summarizer.models.records import Fact
from summarizer.structure.lines import facts_in

# another step than the signing in the sentence
OTHER_STEP = re.compile(r"의결|가결|통과|승인|본회의|동의안|(?<!협)의회\s|심의|상정|\d+\s*주년")
# the signing word that names that step rather than the signing (`체결 동의안`, `체결 10주년`)
_STEP_AFTER = re.compile(r"\s*(?:동의안|안건|계획안|승인|의결|\d+\s*주년)")
_SIGNING = re.compile(r"체결|맺|서명|협약식|협정식|조인식|결연식|손(?:을)?\s*(?:맞)?잡")
# `…을 체결한 데 이어`, `맺은 뒤`: an earlier signing the sentence goes on from
_AFTER_SIGNING = re.compile(r"(?:체결|서명|맺)(?:한|은)\s*(?:데\s*이어|뒤|후|이후|다음)")


def other_step_dates(text: str, s: int, e: int, facts: list[Fact]) -> set[int]:
    """The start offsets of the dates in sentence `[s, e)` that date another step."""
    dates = facts_in(facts, "date", s, e)
    out: set[int] = set()
    after = _AFTER_SIGNING.search(text, s, e)
    if after is not None:
        # the main clause signs too: its dates are the signing's; else the earlier clause's are
        main_signs = _SIGNING.search(text, after.end(), e) is not None
        out |= {f.start for f in dates if (f.start >= after.end()) != main_signs}
    if OTHER_STEP.search(text, s, e):
        out |= {f.start for f in dates if step_between(text, f.end, e)}
    return out


def step_between(text: str, at: int, e: int) -> bool:
    """Whether a date at `at` belongs to another step: no signing follows it before `e`
    (`체결 동의안` names the vote), or another step comes between it and the signing."""
    cue = _clean_cue(text, at, e)
    return cue is None or OTHER_STEP.search(text, at, cue.start()) is not None


def _clean_cue(text: str, at: int, e: int) -> re.Match[str] | None:
    """The first signing word after `at` that does not name another step (`체결 동의안`)."""
    return next(
        (m for m in _SIGNING.finditer(text, at, e) if not _STEP_AFTER.match(text, m.end())), None
    )


__all__ = ["OTHER_STEP", "other_step_dates", "step_between"]
