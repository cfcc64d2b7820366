"""Words that name the parties together: `양 기관`, `두 기관`, `3개 기관`, `양측`, `이들`, `both sides`.

Structure reads them as a pledge's subject (`두 기관은 …하기로 했다`), the verifier as making the
items after them joint and a quote several parties' own. Each builds its pattern with
`count_group()` and the tuples here, so a new word is one edit.
"""

from __future__ import annotations

from summarizer.lexicon._regex import alternation, phrases

# Native Korean numerals before a counter (`세 기관`, `다섯 곳`), with their values; `양` (both)
# is a count of two only where a reader says so.
NATIVE_NUMBERS: dict[str, int] = {
    "두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9, "열": 10,
}  # fmt: skip
# English number words to nineteen, with their values (`five companies`, `six signatories`).
EN_NUMBER_WORDS: dict[str, int] = {
    w: n
    for n, w in enumerate(
        ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
         "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
         "nineteen"),
        start=1,
    )
}  # fmt: skip
# A count of the parties before a group noun: `두 기관`, `양 도시`, `각 기관`, `모든 기관`.
JOINT_COUNTS: tuple[str, ...] = ("양", "두", "세", "네", "다섯", "여섯", "각")
JOINT_ALL: tuple[str, ...] = ("모든",)
# A digit count with 개 (`3개 기관`, `10개 시·군`): two or more.
JOINT_DIGITS = r"(?:[2-9]|[1-9]\d+)\s*개"
# The group noun after the count (`기관`, `회사`, `도시`), or after a partner word (`협약 기관`).
JOINT_NOUNS: tuple[str, ...] = (
    "기관", "기관장", "회사", "단체", "부처", "곳", "사", "측", "대학", "대학교", "교", "지자체",
    "자치단체", "도시", "시", "군", "구", "국", "나라", "국가", "병원", "학교", "기업", "농협",
    "협회", "조합", "공사", "공단", "은행",
)  # fmt: skip
# Words before a group noun that make it the signing parties (`협약 기관`, `참여 기관`).
PARTNER_WORDS: tuple[str, ...] = ("협약", "참여", "협력")
# One word for the parties together.
JOINT_WORDS: tuple[str, ...] = ("양측", "양사", "양국", "양교", "쌍방")
# A pronoun for them (`이들은`, `이들 농협은`): structure reads it; it names no party itself.
JOINT_PRONOUNS: tuple[str, ...] = ("이들",)

# English: `both sides`, `the two parties`, `all three agencies`, `the countries`.
JOINT_DETERMINERS_EN: tuple[str, ...] = (
    "both", "all", "the", "the two", "the three", "the four", "the five", "all three", "all four",
)  # fmt: skip
JOINT_NOUNS_EN: tuple[str, ...] = (
    "parties", "sides", "institutions", "organisations", "organizations", "agencies",
    "countries", "nations", "governments", "ministries", "cities", "universities", "companies",
)  # fmt: skip


def count_group(*, gap: str = r"\s*", partners: bool = True) -> str:
    """A regex for a count and its group noun: `두 기관`, `양 도시`, `3개 기관`, `모든 기관`, and
    (with `partners`) `협약 기관`; `gap` is what may stand between the two words."""
    counts = [alternation((*JOINT_COUNTS, *JOINT_ALL)), JOINT_DIGITS]
    if partners:
        counts.append(alternation(PARTNER_WORDS))
    return "(?:" + "|".join(counts) + ")" + gap + alternation(JOINT_NOUNS)


def joint_ko() -> str:
    """A regex for the Korean parties together, before their particle: `두 기관`, `협약 기관`,
    `양측`, `이들`, and a count or pronoun before any short noun (`양 농협`, `이들 농협`)."""
    lead = alternation((*JOINT_COUNTS, *JOINT_PRONOUNS))
    words = alternation((*JOINT_WORDS, *JOINT_PRONOUNS))
    return rf"(?:{count_group()}|{lead}\s+[가-힣]{{1,5}}?|{words})"


def joint_ko_firsts() -> str:
    """The characters a match of `joint_ko()` opens with (a count's digit among them)."""
    words = (*JOINT_COUNTS, *JOINT_ALL, *PARTNER_WORDS, *JOINT_WORDS, *JOINT_PRONOUNS)
    return "".join(sorted({w[0] for w in words})) + "123456789"  # (JOINT_DIGITS)


def joint_en() -> str:
    """A regex for the English parties together: `both sides`, `the two parties` (no word ends)."""
    return phrases(JOINT_DETERMINERS_EN) + r"\s+" + alternation(JOINT_NOUNS_EN)


__all__ = [
    "JOINT_ALL",
    "JOINT_COUNTS",
    "JOINT_DETERMINERS_EN",
    "JOINT_DIGITS",
    "JOINT_NOUNS",
    "JOINT_NOUNS_EN",
    "JOINT_PRONOUNS",
    "JOINT_WORDS",
    "PARTNER_WORDS",
    "count_group",
    "joint_en",
    "joint_ko",
    "joint_ko_firsts",
]
