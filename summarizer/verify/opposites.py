"""An English rendering that says the opposite of its Korean: `imports` for `수출`, `domestic`
for `해외`, `cut` for `확대`, `at most` for `1회 이상`, `next year` for `올해`, `stop` for `지속`, `before` for `이후`.

Each pair names a Korean word and its opposite with the English words of each. The English of
a summary line, a commitment or a quote that writes the opposite's English where its Korean
writes the word and never the opposite renders it backwards (no value check sees it: there is
no number in `Support for SMEs' domestic sales and imports`). Only doubted (`unverified`).
"""

from __future__ import annotations

import re

from summarizer.models import Briefing, ClaimCheck
from summarizer.verify.briefing_fields import renderings
from summarizer.verify.evidence import claim_check

# (Korean word, its opposite, the opposite's English, the word's own English): each pair is read
# both ways. Korean against English, so each carries its English: only pairs of
# meaning._OPPOSITES (Korean against Korean) whose English words are plain, `해외`/`국내`, and
# the bounds, years and sectors a figure or a plan is stated with. The Korean sides are
# patterns (`이상` only after a number: `1회 이상`, never `이상기후`).
_AT_LEAST_EN = r"\b(?:at least|or more|no (?:less|fewer) than|a minimum of|minimum)\b"
_AT_MOST_EN = r"\b(?:at most|or (?:less|fewer)|no more than|a maximum of|maximum|up to)\b"
_PAIRS = [
    ("수출", "수입", r"\bimport(?:s|ed|ing|ers?)?\b", r"\bexport(?:s|ed|ing|ers?)?\b"),
    ("해외", "국내", r"\bdomestic(?:ally)?\b", r"\b(?:overseas|abroad|foreign)\b"),
    ("확대", "축소", r"\b(?:reduc\w*|cut(?:s|ting)?|shrink\w*|scal\w+ back|downsiz\w*)\b",
     r"\b(?:expan\w*|enlarg\w*|widen\w*|extend\w*|scal\w+ up)\b"),
    ("증가", "감소", r"\b(?:decreas\w*|declin\w*|fall(?:s|ing)?|drop(?:s|ped)?)\b",
     r"\b(?:increas\w*|ris(?:e|es|ing)|grow(?:s|th|ing)?)\b"),
    ("강화", "완화|약화", r"\b(?:eas(?:e|es|ed|ing)|relax\w*|loosen\w*|weaken\w*|lower)\b",
     r"\b(?:strengthen\w*|tighten\w*|reinforc\w*|boost\w*|enhanc\w*|improv\w*|higher|"
     r"stronger|greater)\b"),
    ("인상", "인하", r"\b(?:lower\w*|cut(?:s|ting)?)\b", r"\b(?:rais\w*|hik\w*)\b"),
    (r"\d\s*[가-힣]{0,3}\s*이상", r"\d\s*[가-힣]{0,3}\s*(?:이하|미만)", _AT_MOST_EN, _AT_LEAST_EN),
    ("최대", "최소", _AT_LEAST_EN, _AT_MOST_EN),
    ("올해|금년", "내년|다음 해", r"\bnext year\b", r"\bthis year\b"),
    ("올해|금년", "지난해|작년", r"\blast year\b", r"\bthis year\b"),
    ("공공", "민간", r"\bprivate\b", r"\bpublic\b"),
    # The rest of meaning._OPPOSITES' class whose English is plain, and the time and
    # continuation pairs a plan is stated with (`지속` vs `stop`, `이후` vs `before`).
    ("지속|계속|유지|이어", "중단|중지|종료|멈추",
     r"\b(?:stop(?:s|ped|ping)?|halt\w*|cease\w*|suspend\w*|discontinu\w*|end(?:s|ed|ing)?)\b",
     r"\b(?:keep(?:s|ing)?|kept|continu\w*|maintain\w*|sustain\w*|ongoing)\b"),
    # (`A 뒤 B` is `A before B` as well as `after A, B`: only a line that opens on it, in
    # either language, says which comes first.)
    (r"^[^,]{0,20}?(?:(?:직|이)?후|뒤)(?![가-힣])", r"^[^,]{0,20}?(?:(?:직|이)?전|앞서)(?![가-힣])",
     r"^\W*(?:before|prior to|ahead of)\b", r"^\W*(?:after|following)\b"),
    ("포함", "제외", r"\b(?:exclud\w*|except)\b", r"\b(?:includ\w*)\b"),
    ("허용", "금지", r"\b(?:ban\w*|prohibit\w*|forbid\w*)\b", r"\b(?:allow\w*|permit\w*)\b"),
    ("개선", "악화", r"\b(?:worsen\w*|deteriorat\w*)\b", r"\b(?:improv\w*|better)\b"),
    ("가입", "탈퇴", r"\b(?:withdraw\w*|leav(?:e|es|ing)|quit\w*)\b", r"\b(?:join\w*|accession)\b"),
    ("체결", "해지|파기", r"\b(?:terminat\w*|cancel\w*|scrap\w*|annul\w*)\b", r"\bsign\w*\b"),
    ("연장", "단축", r"\b(?:shorten\w*|curtail\w*)\b", r"\b(?:extend\w*|extension|prolong\w*)\b"),
    ("상승|상향", "하락|하향", r"\b(?:fall(?:s|ing)?|fell|declin\w*|drop\w*|lower\w*)\b",
     r"\b(?:ris(?:e|es|ing)|rose|climb\w*|rais\w*|higher)\b"),
    ("흑자", "적자", r"\bdeficits?\b", r"\bsurplus(?:es)?\b"),
    ("공동|함께|합동", "단독|독자", r"\b(?:alone|independently|on (?:its|their) own|unilateral\w*)\b",
     r"\b(?:joint(?:ly)?|together|co-\w+|shared)\b"),
    ("온라인|화상|비대면", "대면|현장", r"\bin person\b|\bface-to-face\b",
     r"\b(?:online|video|virtual\w*|remote\w*)\b"),
]  # fmt: skip


# The pairs compiled once (the Korean as written, the English case-insensitive).
_COMPILED = [
    (
        re.compile(word),
        re.compile(opposite),
        re.compile(en_opposite, re.I),
        re.compile(en_word, re.I),
    )
    for word, opposite, en_opposite, en_word in _PAIRS
]


def _backwards(english: str, korean: str) -> str | None:
    """The English words that render the opposite of a word the Korean writes."""
    korean = korean.replace("국내외", "국내 해외")  # `국내외`: at home and abroad, both
    for word, opposite, en_opposite, en_word in _COMPILED:
        sides = ((word, opposite, en_opposite, en_word), (opposite, word, en_word, en_opposite))
        for mine, other, en_other, en_mine in sides:
            said = mine.search(korean)
            if said is None or other.search(korean) or en_mine.search(english):
                continue  # (`domestic and overseas`: the English writes both)
            found = en_other.search(english)
            if found is not None:
                return f"the Korean says {said.group(0)!r}, the English {found.group(0)!r}"
    return None


def check_opposites(briefing: Briefing) -> list[ClaimCheck]:
    """Summary lines, commitments and quotes whose English says the opposite of the Korean."""
    out = []
    for field, korean, english in renderings(briefing, quotes=True):
        if (note := _backwards(english, korean)) is not None:
            out.append(claim_check(field, "english", english[:60], "unverified", note=note))
    return out


__all__ = ["check_opposites"]
