"""Done or to come: a summary line (or a commitment) and its English must agree on whether the
act is done or planned.

`두 기관은 … 협력할 계획이다` rendered `The two have cooperated on …`, or `새 사업도 발굴했다`
beside `… and will find new projects`: one of the pair moved a commitment from the future to the
past (a model's slip that passes every value check). The two sides are read by their final
verb and a few plain markers; a pair that disagrees is `unverified` (shown, never re-asked), on
the side whose tense is the odd one: an English perfect beside a Korean plan, a Korean past
beside an English `will`.
"""

from __future__ import annotations

import re

from summarizer.lazy import lazy_compile
from summarizer.lexicon import SIGNING_STEMS
from summarizer.models import Briefing, ClaimCheck
from summarizer.verify.evidence import claim_check

# Korean: a plan, an intention or what is to come (`추진할 계획이다`, `지원하기로 했다`,
# `노력하겠다`), or a final plain non-past (`협력한다`, `추진한다`: a release's commitment).
# (Not structure.plans' promise cues: those find a promise among a source's sentences; this
# reads the tense of one summary line's last verb, a plain non-past too, against its English.)
_KO_PLAN = re.compile(
    r"[을할될줄갈볼]\s*(?:계획|예정|방침|것)|기로\s*(?:했|하였|합의|약속|결정)|겠다"
    r"|(?:한|는|된|간|선)다\s*[.。]?\s*$"
)
# Korean: a final past verb (`발굴했다`, `마련됐다`), not one of saying, signing, agreeing or
# meeting (`체결했다`, `밝혔다`, `가졌다`): those report the event, not the commitment.
_KO_DONE = re.compile(r"([가-힣]{1,4})(?:했|였|었|았|됐|졌)다\s*[.。]?\s*$")
_KO_EVENT_VERBS = (
    *SIGNING_STEMS, "합의", "약속", "협약", "밝", "말", "전", "설명", "강조", "가", "열", "개최",
    "진행", "참석", "발표", "기대", "다짐", "협의", "논의", "결정", "선정", "평가",
)  # fmt: skip
# English: what is to come (`will`, `plans to`, `agreed to`), and a perfect of a deed (`have
# cooperated`, `has invested`) that is not the agreement itself (`have agreed`, `has signed`).
_EN_PLAN = re.compile(
    r"\b(?:will|shall|plans?\s+to|planning\s+to|intends?\s+to|(?:is|are)\s+to|"
    r"(?:is|are)\s+(?:set|scheduled|expected|due)\s+to|(?:agreed|pledged|promised|decided|vowed|"
    r"committed)\s+to|going\s+to)\b",
    re.I,
)
_EN_DONE = re.compile(
    r"\b(?:have|has)\s+(?:already\s+|now\s+|jointly\s+)?(?!(?:agreed|signed|concluded|decided|"
    r"pledged|promised|vowed|committed|teamed|joined|partnered|said|announced|been|become|"
    r"entered|reached|inked|formed)\b)([a-z]+(?:ed|en|ilt|ent|ught|one|ade|ven|un|ound|ept|eld|ot))\b",
    re.I,
)


def _ko_done(korean: str) -> str | None:
    """The Korean's final past verb of a deed, when nothing in it says the deed is to come."""
    done = _KO_DONE.search(korean)
    if done is None or _KO_PLAN.search(korean):
        return None
    if any(done.group(1).endswith(v) or done.group(1).startswith(v) for v in _KO_EVENT_VERBS):
        return None
    return done.group(0).strip()


def _ko_plan(korean: str) -> str | None:
    plan = _KO_PLAN.search(korean)
    return plan.group(0).strip() if plan and _KO_DONE.search(korean) is None else None


# The signing itself, told as to come (`will sign`, `is to sign`, `is set to sign`) or as done
# in Korean (`체결했다`, `맺었다`, `서명했다`) or as to come (`체결한다`, `체결할 예정이다`).
_EN_SIGN_LATER = re.compile(
    r"\b(?:will|(?:is|are)\s+(?:set\s+|scheduled\s+|expected\s+|due\s+)?to|plans?\s+to)\s+"
    r"(?:sign|conclude|ink)\b|\bto\s+be\s+signed\b",
    re.I,
)
_KO_SIGNED = re.compile(
    r"(?:" + "|".join(SIGNING_STEMS) + r")(?:했|하였|었|었었|됐|되었)다\s*[.。]?\s*$"
)


_SIGNING_RE1 = lazy_compile(r"\bsigned\b", re.I)


def _signing(ko_field: str, korean: str, english: str) -> list[ClaimCheck]:
    """`will sign` beside `체결했다`: the Korean tells a signing to come as done."""
    later, done = _EN_SIGN_LATER.search(english), _KO_SIGNED.search(korean)
    if later is None or done is None or _SIGNING_RE1.search(english):
        return []
    note = (
        f"the English says the signing is to come ({later.group(0)!r}), the Korean that it is done"
    )
    return [claim_check(ko_field, "text", done.group(0).strip(), "unverified", note=note)]


def _pair(ko_field: str, korean: str, en_field: str, english: str) -> list[ClaimCheck]:
    if not korean.strip() or not english.strip():
        return []
    if signing := _signing(ko_field, korean, english):
        return signing
    en_plan, en_done = _EN_PLAN.search(english), _EN_DONE.search(english)
    if en_done and not en_plan and (ko := _ko_plan(korean)):
        note = f"the Korean it renders says it is to come ({ko!r}), the English that it is done"
        return [claim_check(en_field, "english", en_done.group(0), "unverified", note=note)]
    if en_plan and not en_done and (ko := _ko_done(korean)):
        note = f"the English says it is to come ({en_plan.group(0)!r}), the Korean that it is done"
        return [claim_check(ko_field, "text", ko, "unverified", note=note)]
    return []


def check_done_or_planned(briefing: Briefing) -> list[ClaimCheck]:
    """Each summary line and each commitment against its English: done or to come."""
    out = []
    for i, (ko, en) in enumerate(zip(briefing.summary_ko, briefing.summary_en, strict=False)):
        out += _pair(f"summary_ko[{i}]", ko, f"summary_en[{i}]", en)
    for i, c in enumerate(briefing.commitments):
        out += _pair(f"commitments[{i}].text_ko", c.text_ko, f"commitments[{i}].text_en", c.text_en)
    return out


__all__ = ["check_done_or_planned"]
