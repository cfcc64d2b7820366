"""The count of bodies a Korean page gives: `3곳`, `세 곳`, `4개 기관`, `5개사`, `7개소`, `2개 기업`.

A dozen party readers look for one (a list's close `등 4곳`, a signing's unnamed partners
`기업 3곳과`, a roster's `7개소는`, a name that is only a count `25개사`). Each spelt its own
pattern with its own subset of the counters, so a counter one reader learnt the next one missed.
They now build it with `count()` from the numbers and counter tuples here; where two readers'
subsets really differ, the tuple each passes is named for why.

The counters are regex pieces, not words (`개\\s*기관` lets a space stand inside), and their
order is the order the alternation tries them: a reader whose match goes on after the counter
(a kind word, a particle) can end differently with `개` tried before `개사`.
"""

from __future__ import annotations

from summarizer.lexicon.joint import NATIVE_NUMBERS

# The number before the counter.
DIGITS = r"\d+"  # any count: a name's or a list's tail, where the size is no matter
# a count of signers: more than 99 bodies is a programme's (`120개 마을`), not one signing's
SIGNER_DIGITS = r"\d{1,2}"
# the same in digits or native numerals (`3곳`, `세 곳`), no digit or syllable glued before it
# (`2.3곳`, `나세 곳`: part of another word)
SIGNER_NUMBER = r"(?:(?<![\d.])\d{1,2}|(?<![가-힣])(?:" + "|".join(NATIVE_NUMBERS) + r"))"

# The counters each reader takes.
# the counter alone, for a reader that lets any kind word follow or none (`등 4개 기관`, `3곳`)
BARE = ("개", "곳")
# the same with `개사` tried last: a reader whose match goes on after the counter
# (`등 3개사 관계기관`: its short kind word after `개사`, not after `개`)
BARE_FIRMS = ("개", "곳", "개사")
# a count standing alone before the copula (`11개소이다`, `5곳이다`): the counters that need
# no kind word after them (`개소` a centre's or site's own)
ALONE = ("개소", "곳")
# a count closing a roster or a copula (`7개소는`, `총 5곳이며`, `4개 기관은`): `ALONE`, or `개`
# with its kind word (up to four syllables) as part of the count
ROSTER = (*ALONE, r"개\s*[가-힣]{0,4}")
# a name's tail that is only a count (`시·도교육지원청 6곳`, `협력기관 4개 기관`): the whole counter
# ends the name, so each spelling is listed (`개` alone too)
NAME_TAIL = ("곳", "개", "개사", "개소", r"개\s*기관")
# the last characters of `NAME_TAIL`'s counts: a cheap `endswith` before its search
NAME_TAIL_ENDS = tuple(c[-1] for c in NAME_TAIL)
# a signing sentence's counted partners (`6곳과`, `4개 기관과`, `6개 지역방송사와`, `2개 신생 기업과`):
# any kind word of up to two words after `개`
PARTNERS = ("곳", r"개\s*기관", "개사", "개소", r"개\s*(?:[가-힣]{1,6}\s)?[가-힣]{1,8}")
# a headline's counted partners (`A 등 4개사와 협약`): firms and the signers' kinds only, a
# headline's other counts (`3개 분야와`) being no partners
HEADLINE = ("개사", r"개\s*(?:기업|기관|업체|단체|회사)", "곳")
# a participants' list closed by its count (`… 등 13곳이다`, `등 총 6개 기관이다`)
PARTICIPANTS = (r"개\s*(?:기관|단체)?", "곳", "개소")
# a word that only counts bodies (`거래업체인 25개사`, `3대`, `10여곳`, `4개교`): each counter
# that may stand as a word of its own in a name
WORD = ("개사", "개소", "개교", "개", "곳", "대", "군데")
# firms counted after their kind word (`기업 3곳`, `업체 5개사`)
FIRMS_AFTER_KIND = ("곳", "개사", "개")

# The kind words whose count names members in a bracket (`9개 항공사(A, …)`, `4개 기관(…)`,
# `6개 대학교(…)`): a kind word ends with one of these (`협력사`, `문화재단`, `유관기관`); a
# count of fields, projects or places (`3개 분야(…)`, `2개 사업(…)`) ends with none
MEMBER_KINDS = (
    "기관",
    "기업",
    "업체",
    "단체",
    "회사",
    "사",
    "대학",
    "대학교",
    "학교",
    "병원",
    "은행",
    "재단",
    "센터",
    "협회",
    "조합",
    "시군",
    "시·군",
    "군",
    "지자체",
    "자치단체",
    "신문",
)
# the counters that are a kind of their own (`카페 2개소(A, B)`, `중부 4군(…)`, `2곳(A, B)`)
MEMBER_COUNTERS = ("개소", "개사", "곳", "군")

# What a counter counts, for comparing a claimed count with the source's (`최종 2곳` is not stated
# by `대학 3`, `3년간` not by `3개 분야`): counters of one kind stand for each other (`3곳`, `3개
# 기관`, `3개사`); the order is the alternation's (`개월` before `개`, `주년` before `년`).
COUNTER_KINDS = {
    "개국": "bodies", "개사": "bodies", "개소": "bodies", "개교": "bodies", "개월": "months",
    "개": "bodies", "곳": "bodies", "건": "bodies", "가지": "bodies", "군데": "bodies",
    "명": "people", "주년": "anniversaries", "년": "years", "회": "times", "차례": "times",
    "번": "times",
}  # fmt: skip

# The particle after a count of partners (`3곳과`, `4개사와`).
WITH = "(?:과|와)"


def count(
    counters: tuple[str, ...],
    *,
    number: str = DIGITS,
    name: str | None = None,
    kind: str | None = None,
    gap: str = r"\s*",
) -> str:
    """A regex for `number`, `gap` and one of `counters`: the number in the group `name` and the
    counter in the group `kind` where a reader reads them."""
    num = f"(?P<{name}>{number})" if name else number
    counter = "|".join(counters)
    return num + gap + (f"(?P<{kind}>{counter})" if kind else f"(?:{counter})")


__all__ = [
    "ALONE",
    "BARE",
    "BARE_FIRMS",
    "COUNTER_KINDS",
    "DIGITS",
    "FIRMS_AFTER_KIND",
    "HEADLINE",
    "MEMBER_COUNTERS",
    "MEMBER_KINDS",
    "NAME_TAIL",
    "NAME_TAIL_ENDS",
    "PARTICIPANTS",
    "PARTNERS",
    "ROSTER",
    "SIGNER_DIGITS",
    "SIGNER_NUMBER",
    "WITH",
    "WORD",
    "count",
]
