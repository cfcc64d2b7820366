"""Reading who a quotation is attributed to: the words that introduce it in the source.

Korean names the speaker in the sentence that opens the quote (`조 장관은 “…”`, `외교부는 “…”`,
`부산시 관계자는 “…”`) or after it (`“…”라고 김 장관은 말했다`); English after it (`"…," Kim
said.`) or before (`Kim said, "…"`). A quote that opens its sentence with nothing but a
connective (`또 “…”`, `이어 “…”라고 말했다`, `He added, "…"`), or follows `…”라며 “…`, continues
the previous quote's speaker. `attribution` returns the introducing phrase, never a guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarizer.facts.datewords import SAME_DAY, words_pattern
from summarizer.lazy import lazy_compile
from summarizer.lexicon import SPEECH_VERBS_EN, alternation
from summarizer.lexicon.connectives import NOT_SPEAKER, connectives

# Double marks open a quotation; single marks usually set off a term inside one.
_DOUBLE_OPEN = "“「『"
_DOUBLE_CLOSE = "”」』"
_SINGLE_OPEN = "‘"
_SINGLE_CLOSE = "’"
_WINDOW = 400  # characters searched on either side of a quotation
# A sentence ends at `다.`, `.`/`?`/`!` before a space or quote mark, or a line break.
_BOUNDARY = re.compile(r"(?:다|요|음|함|됨|임)\.|[.?!](?=[\s\"“”’]|$)|\n")
_QUOTED = re.compile(r"[“\"「『‘][^“”\"「」『』‘’\n]*[”\"」』’]")
# Words that carry no speaker: connectives, pronouns; verbs (`밝혔다`, `덧붙였`, `라며`) go by ending.
_FILLER = re.compile(
    connectives(NOT_SPEAKER) + r"|그는|그녀는|그도|" + words_pattern(SAME_DAY) + r"|당시|"
    r"he|she|they|it|also|and|but|then|continued|further|" + alternation(SPEECH_VERBS_EN),
    re.I,
)
_VERBAL = re.compile(r"(?:다|며|고|했|였|혔|면서|라며|이라며|라고|이라고)$")


@dataclass(frozen=True)
class Attribution:
    """The phrase that introduces a quotation, where it starts, and whether it was inherited."""

    phrase: str
    start: int
    continued: bool = False


def _opening(text: str, start: int) -> int | None:
    """The quote mark that opens the quotation holding `start`, or None outside one."""
    lo = max(0, start - _WINDOW)
    for marks_open, marks_close in (
        (_DOUBLE_OPEN + '"', _DOUBLE_CLOSE),
        (_SINGLE_OPEN + "'", _SINGLE_CLOSE),
    ):
        for i in range(start - 1, lo - 1, -1):
            ch = text[i]
            if ch in marks_close:
                break
            if ch in marks_open:
                return i
    return None


def _closing(text: str, open_at: int, end: int) -> int | None:
    opener = text[open_at]
    closers = {"“": "”", "「": "」", "『": "』", "‘": "’"}.get(opener, opener)
    for i in range(max(end, open_at + 1), min(len(text), end + _WINDOW)):
        if text[i] in closers:
            return i
    return None


def _sentence_start(text: str, pos: int) -> int:
    lo = max(0, pos - _WINDOW)
    start = lo
    for m in _BOUNDARY.finditer(text, lo, pos):
        start = m.end()
    return start


def _sentence_end(text: str, pos: int) -> int:
    m = _BOUNDARY.search(text, pos, min(len(text), pos + _WINDOW))
    return m.end() if m else min(len(text), pos + _WINDOW)


def _strip(phrase: str) -> str:
    """The phrase without quoted segments or the end of a quotation that opened before it."""
    phrase = _QUOTED.sub(" ", phrase)
    last_close = max(phrase.rfind(c) for c in _DOUBLE_CLOSE + '"')
    return phrase[last_close + 1 :] if last_close >= 0 else phrase


_HAS_WORDS_RE1 = lazy_compile(r"[가-힣]+|[A-Za-z][A-Za-z.-]*")


def has_words(phrase: str) -> bool:
    """True when the phrase names someone or something (not only connectives and verbs)."""
    for token in _HAS_WORDS_RE1.findall(_strip(phrase)):
        if _FILLER.fullmatch(token) or (token[0] >= "가" and _VERBAL.search(token)):
            continue
        if len(token) >= 2 or token[0] >= "가":
            return True
    return False


def _previous_quote(text: str, before: int) -> tuple[int, int] | None:
    """The closing mark of the quotation ending nearest before `before`, and a position inside it."""
    lo = max(0, before - _WINDOW)
    for i in range(before - 1, lo - 1, -1):
        if text[i] in _DOUBLE_CLOSE + '"':
            opened = _opening(text, i)
            return None if opened is None else (i, opened + 1)
    return None


# A quotation whose opening mark the page dropped: its closing mark right after it, and its
# line opening with the speaker as the subject (`김누리 이사장은 ……하겠다.”고 밝혔다`).
_CLOSE_AFTER = re.compile(r"[.,!?…\s]{0,3}[”\"」』]")
_SUBJECT_END = re.compile(r"[가-힣](?:은|는|이|가)\s+$")
_LEAD_MAX = 60


def _unopened(text: str, start: int, end: int) -> Attribution | None:
    """The subject that opens the line of a quotation with only its closing mark."""
    if _CLOSE_AFTER.match(text, end) is None:
        return None
    line_start = text.rfind("\n", 0, start) + 1
    lead = text[line_start:start]
    if len(lead) > _LEAD_MAX or not _SUBJECT_END.search(lead) or not has_words(lead):
        return None
    return Attribution(lead, line_start)


def attribution(text: str, start: int, end: int, depth: int = 0) -> Attribution | None:
    """The phrase introducing the quotation at `text[start:end]`; None when the text gives none."""
    open_at = _opening(text, start)
    if open_at is None:
        return _unopened(text, start, end)
    lead_start = _sentence_start(text, open_at)
    lead = text[lead_start:open_at]
    if has_words(lead):
        return Attribution(lead, lead_start)
    close = _closing(text, open_at, end)
    if close is not None:
        tail_end = _sentence_end(text, close + 1)
        tail = text[close + 1 : tail_end]
        if has_words(tail):
            return Attribution(tail, close + 1)
    first = _closing(text, open_at, open_at + 1)
    if first is not None and close is not None and first < close:
        # A continued quotation given as one quote (`"…," said Secretary Han. "…"`): its first
        # segment's own closing is followed by the speaker.
        tail = text[first + 1 : _sentence_end(text, first + 1)]
        if has_words(tail):
            return Attribution(tail, first + 1)
    previous = _previous_quote(text, lead_start if lead_start < open_at else open_at)
    if previous is None or depth >= 3:
        return None
    between = text[previous[0] + 1 : lead_start]
    if has_words(between):
        # A sentence between the two quotations (`조 장관은 의미를 설명했다. 그러면서 “…”`)
        # introduces this one, not the quotation before it.
        return Attribution(between, previous[0] + 1, continued=True)
    found = attribution(text, previous[1], previous[1] + 1, depth + 1)
    return None if found is None else Attribution(found.phrase, found.start, continued=True)


def cite(text: str) -> str:
    """Source text quoted for a note: `“지난 6일”` (an English page shows Korean only in quotes)."""
    return f"“{' '.join(text.split())}”"


def line_of(text: str, pos: int) -> int:
    """1-based line number of a position."""
    return text.count("\n", 0, pos) + 1


__all__ = ["Attribution", "attribution", "cite", "has_words", "line_of"]
