"""Where an English commitment is led in: `Under the agreement, the two sides will …`, `The MOU
calls for …`, `They also plan on …` (EN_LEAD), and `leads`, which tries that pattern only where
a word starts that one of its branches may open with."""

from __future__ import annotations

import re
from collections.abc import Iterator

from summarizer.lazy import lazy_compile

EN_GROUP = (
    r"(?:sides|organi[sz]ations|entities|agencies|parties|institutions|companies|firms|ministries|"
    r"countries|governments|banks|cities|universities|partners|groups|mayors|governors|ministers|"
    r"leaders|heads|states|provinces|districts|municipalities)"
)
# `will seek to expand …`: the striving is no part of the item
_EN_AIM = r"(?:(?:seek|aim|strive|continue|try|work\s+together)\s+to\s+)?"
EN_DOC = r"(?:agreement|MOU|memorandum(?:\s+of\s+(?:understanding|agreement))?|deal|pact|accord|framework)"
# `agreed Friday to …`: the day of the agreement may stand between the verb and `to`
_EN_DAY = r"(?:(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun|to|yester)day\s+)?"
EN_MODAL = (
    r"(?:will|agreed\s+" + _EN_DAY + r"to|agree\s+to|plan\s+to|pledged?\s+to|vow(?:ed)?\s+to|"
    # (`both parties made a commitment to …`: a pledge in other words)
    r"made\s+a\s+commitment\s+to|"
    r"are\s+going\s+to|plan\s+on|want\s+to)"
)
EN_LEAD = lazy_compile(
    r"\b(?:Under|Through|With|In|According\s+to)\s+(?:the|this)\s+(?:new\s+)?(?:(?-i:[A-Z])[\w-]*\s+){0,3}?"
    r"(?:agreement|MOU|"
    r"memorandum(?:\s+of\s+understanding)?|partnership|deal|pact|accord|framework|arrangement"
    # (`According to the MoU inked between the two institutes, …`: who signed it, where)
    r"|(?:joint\s+)?statement(?:\s+of\s+intent)?|letter\s+of\s+intent)\b[^,.\n]{0,60},\s*"
    r"[^.\n]{0,120}?\b"
    + EN_MODAL
    + r"\s+"
    + _EN_AIM
    + r"|\b(?:(?:The|the|Both|All)\s+(?:two|three|four)?\s*|(?:two|three|four)\s+|under\s+which\s+(?:the\s+|both\s+)?(?:two\s+)?)"
    + EN_GROUP
    + r"\s+"
    r"(?:(?:also|jointly)\s+)?"
    + EN_MODAL
    + r"\s+(?:also\s+)?"
    + _EN_AIM
    # `The main contents of the MOU include …`
    # (`Key elements of cooperation include …`: the cooperation's parts, as the document's)
    + r"|\b(?:The\s+)?(?:main\s+|key\s+)?(?:contents|terms|details|elements|areas)\s+of\s+(?:the\s+)?"
    + r"(?:"
    + EN_DOC
    + r"|cooperation|collaboration|the\s+partnership)\s+(?:include|are|cover)\s+"
    + r"|\b(?:The|the)\s+(?:new\s+)?"
    + EN_DOC
    + r"(?:\s*\([^)]{1,20}\))?(?:,?\s+[^,.\n]{0,60},\s+which)?\s+(?:also\s+)?"
    r"(?:calls\s+for|covers|includes|focuses\s+on|proposes|aims\s+to)(?:,\s*among\s+other\s+things,)?\s+"
    # (`calls for the two cities to exchange …`: the item is the deed)
    r"(?:(?:the|both)\s+(?:two\s+|three\s+)?" + EN_GROUP + r"\s+to\s+)?"
    # `A signed the agreement with B and agreed to exchange …`
    r"|\bsigned\b[^.\n]{0,160}?\band\s+agreed\s+to\s+"
    # `… have signed an MOU, pledging to cooperate on …`
    r"|\b" + EN_DOC + r"\b(?:\s*\([^)]{1,20}\))?,\s*(?:pledging|agreeing|vowing)\s+to\s+"
    # `In addition, they agreed to cooperate in areas such as …`: a run of its own
    r"|\b(?:In\s+addition|Additionally|Furthermore|Moreover),\s+(?:they|the\s+(?:two|three|four)\s+"
    + EN_GROUP
    + r"|both\s+"
    + EN_GROUP
    + r")\s+(?:also\s+)?(?:agreed|pledged|vowed)\s+to\s+(?=[^.\n]{0,60}?\b(?:areas|fields|sectors)\s+"
    r"(?:such\s+as|including)\s)"
    # `The two sides agreed on cooperation plans such as A, B and C`, `both parties have
    # committed to a series of cooperative actions, including A`: the examples are the terms
    r"|\b(?:agreed|committed)\s+(?:on|to)\s+(?:a\s+(?:series|number|range)\s+of\s+)?(?:[a-z-]+\s+){0,3}?"
    r"(?:plans|actions|projects|programs|programmes|activities|measures|steps)\s*,?\s+"
    r"(?:such\s+as|including)\s+"
    # `The project's major goal is to increase …`, `Through this project KOICA aims to …`: the aim
    # of the project the agreement funds (an aid agency's grant)
    r"|\b(?:The|This)\s+project(?:['’]s)?\s+(?:(?:main|major|overall|primary|key)\s+)?"
    r"(?:goal|aim|objective|purpose)\s+is\s+to\s+"
    r"|\b(?:Through|Under|With)\s+(?:this|the)\s+project,?\s+(?:(?-i:[A-Z])[\w&.'-]*\s+){1,4}"
    r"aims\s+to\s+"
    # `In the initial phase, each city will dispatch …`
    r"|\b[Ee]ach\s+(?:side|city|party|country|organi[sz]ation|agency|company|institution)\s+will\s+"
    # `The MOU signed between A and B will pave the way for …`
    # (`This strategic partnership will facilitate …`, `The new agreement … will allow for …`)
    r"|\b(?:The|the|This|this)\s+(?:new\s+|strategic\s+)?(?:"
    + EN_DOC
    + r"|partnership)\b[^\n]{0,200}?\bwill\s+(?:(?:pave\s+the\s+way|lay\s+the\s+groundwork"
    r"|allow)\s+for|facilitate|enable"
    r"|(?:further\s+|also\s+)?(?=upgrade|expand|boost|strengthen|promote|deepen|identify|foster"
    r"|establish|develop|create|support)\s*)\s*"
    # `The MoU outlines different areas of cooperation, including A, B and C`: the examples
    r"|\b(?:The|the)\s+(?:new\s+)?"
    + EN_DOC
    + r"(?:\s*\([^)]{1,20}\))?\s+(?:also\s+)?(?:outlines|sets\s+out|lists|specifies"
    r"|sets\s+(?:a|the)\s+framework\s+for)\s+[^.\n]{0,80}?\b(?:including|such\s+as)\s+"
    # `The U.S. and South Korea have agreed to jointly conduct …`, `In addition, Yonhap and WeGO
    # will jointly push for …`
    # (`South Chungcheong Province and the commission will cooperate to …`: the second named
    # by its kind)
    r"|(?:^|(?<=, )|(?<=-- ))(?:The\s+)?(?:(?-i:[A-Z])[\w.'&-]*\s+){1,4}and\s+"
    r"(?:(?:(?-i:[A-Z])[\w.'&-]*\s+){1,4}|(?-i:the)\s+(?-i:[a-z]+)\s+)"
    # (`Seoul and Manila also vowed to organize …`: any modal of the sides, `also` before it)
    r"(?:also\s+)?(?:have\s+)?" + EN_MODAL + r"\s+"
    # `They vowed to keep the cooperation going …`: the sides' pledge, a sentence of its own
    r"|(?:^|(?<=[.!?] ))(?-i:They)\s+(?:also\s+)?(?:vowed|pledged|promised|agreed)\s+to\s+",
    re.I | re.M,
)

# Every branch of EN_LEAD opens with a Latin letter at the start of a word; case-blind, a
# Latin letter is also one of the four characters Python folds to one (İ ı ſ K). Written as a
# class first (the lookbehind is the word start), the engine skips ahead to such a letter.
_LATIN = "A-Za-z\u0130\u0131\u017f\u212a"
_WORD_START = lazy_compile(f"[{_LATIN}](?<!\\w[{_LATIN}])")


# Every branch of EN_LEAD holds one of these words (`the`; a modal, `agreed`, `pledging`):
# a page without any, most Korean pages, is not walked. Looked for case-blind on the ASCII
# bytes; the two letters other than `i` and `I` that `i` matches case-blind send a page
# through whole.
_LEAD_WORDS = (
    b"the", b"will", b"agree", b"plan", b"pledg", b"vow", b"going", b"want", b"commit",
)  # fmt: skip


def _may_lead(text: str) -> bool:
    if "\u0130" in text or "\u0131" in text:
        return True
    low = text.encode("ascii", "ignore").lower()
    return any(w in low for w in _LEAD_WORDS)


# The words a branch of EN_LEAD opens with (case-blind); the last branch opens with any
# capitalised word, but only where a line starts or after `, ` or `-- `.
_OPENERS = frozenset(
    [
        "under",
        "through",
        "with",
        "in",
        "according",
        "the",
        "this",
        "both",
        "all",
        "main",
        "key",
        "contents",
        "terms",
        "details",
        "signed",
        "agreement",
        "mou",
        "memorandum",
        "deal",
        "pact",
        "accord",
        "framework",
        "additionally",
        "furthermore",
        "moreover",
        "each",
        "two",
        "three",
        "four",
        "agreed",
        "committed",
        "they",
    ]
)
# `string.ascii_letters` written out: importing `string` costs a start ~0.8 M instructions
_ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _word_at(text: str, k: int) -> str:
    """The character at `k` and the ASCII letters after it."""
    j = k + 1
    while j < len(text) and text[j] in _ASCII_LETTERS:
        j += 1
    return text[k:j]


def _may_open(text: str, word: str, k: int) -> bool:
    """Whether a branch of EN_LEAD may open with `word` at `k`; a word holding a letter
    other than A-Z that case-blind matching folds (İ ı ſ K) is always tried."""
    if not word.isascii() or word.lower() in _OPENERS:
        return True
    return "A" <= word[0] <= "Z" and (
        k == 0 or text[k - 1] == "\n" or text[k - 2 : k] == ", " or text[k - 3 : k] == "-- "
    )


def _cased(word: str) -> str:
    """`word` in any case of its ASCII letters and no other (`[Uu][Nn]…`: no case-blind fold)."""
    return "".join(f"[{c.upper()}{c}]" for c in word)


def _by_first_letter(words: list[str]) -> str:
    """`words` as `_cased` alternatives grouped under their first letter (`[Aa](?:…|…)|[Bb]…`):
    the same words matched, but at a word start the engine tries one branch per first letter,
    not one per word (sixty classes tried at every word of an English page cost ~0.16 ms)."""
    firsts: dict[str, list[str]] = {}
    for w in words:
        firsts.setdefault(w[0], []).append(_cased(w[1:]))
    return "|".join(f"{_cased(c)}(?:{'|'.join(rest)})" for c, rest in firsts.items())


# Where `_may_open` holds at a word start (`_WORD_START`), in one pattern matching that first
# character alone: a letter Python folds (İ ı ſ K), an opener word ending the run of ASCII
# letters, or a capital where a line starts or after `, ` or `-- ` (a test compares)
_OPENING = lazy_compile(
    "(?<!\\w)(?:[\u0130\u0131\u017f\u212a]"
    f"|(?=(?:{_by_first_letter(sorted(_OPENERS))})(?![A-Za-z]))[A-Za-z]"
    "|(?:(?<![\\s\\S])|(?<=\n)|(?<=, )|(?<=-- ))[A-Z])"
)


def leads(text: str) -> Iterator[re.Match[str]]:
    """What `EN_LEAD.finditer(text)` yields, tried only where a word starts that a branch
    may open with: its many case-blind branches are costly to try at every character."""
    if not _may_lead(text):
        return
    pos = 0
    while True:
        for start in _OPENING.finditer(text, pos):
            m = EN_LEAD.match(text, start.start())
            if m:
                break
        else:
            return
        yield m
        pos = m.end()


__all__ = ["EN_DOC", "EN_GROUP", "EN_LEAD", "EN_MODAL", "leads"]
