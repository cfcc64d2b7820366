"""Where quoted stretches are on a page: curly, straight and single marks, a quote running over a
line or into the next paragraph, one a cut-off page never closes, one opened with the closing
mark (`”…“고 말했다`) and a paragraph that has no opening mark at all (`…”라고 말했다`)."""

import re
from collections.abc import Callable

from summarizer.codecache import dataclass
from summarizer.lazy import lazy_compile
from summarizer.lexicon import ASKING_NOUNS_KO, SPEECH_VERBS_KO, alternation
from summarizer.structure.en_quotes import EN_UNCLOSED, en_tail
from summarizer.structure.lines import Intervals, start_of_line

_PAIRS = {"“": "”", "‘": "’", "「": "」", "『": "』"}
# the quotative endings after a closing mark: `…”라고`, `…”이라며`, `…”며`, and the copula's
# own connective after a quotation ending in a noun (`…출발점”이며 “…`)
QUOTATIVE = r"이?라(?:며|\s?면서|고)|이(?:며|면서)|며|면서|고"
_KO_TAILS = (
    # `…”며“…`: no space; `…”이라 면서 “…`: one inside the ending; `…”며…`: a page cut after it
    r"[.,]?\s*(?:" + QUOTATIVE + r")(?=[\s,.\"“…]|$)",
    # `…할 것”이라 밝혔다`: the quotative `-라고` shortened to `-라`, a speech verb right after
    r"\s*이?라\s+(?=" + alternation(SPEECH_VERBS_KO) + ")",
    r"\s*(?:이?라?는|이?란)\s*(?:뜻|입장|포부|의지|소감|각오|말|당부|바람)",
    # `…해 줄 것”을 당부했다`: the quotation is what the speaker asks for
    r"\s*[을를]\s*(?:" + "|".join(ASKING_NOUNS_KO) + ")",
)
# asked with `.match`, on a piece or at a position of the text (`.match(text, pos, line_end)`:
# no copy of the rest of the line, which cost the line's length at each mark)
KO_TAIL = re.compile("|".join(_KO_TAILS))


@dataclass
class Seg:
    """One quoted stretch between marks (a docstring: without one `dataclass` builds one from
    `inspect.signature` at import)."""

    open: int  # offset of the opening mark
    close: int  # offset of the closing mark (the line's end when the page never closes it)
    unclosed: bool = False
    unopened: bool = False  # a paragraph with no opening mark (`open` is the line break before)
    lost: bool = False  # the closing mark lost before the quotative (`close` is where it begins)


# the opening marks `quote_open` asks by default: the curly pairs, then the straight marks
OPENING_MARKS = "“‘「『\"'"


def quote_open(
    text: str, s: int, at: int, *, marks: str = OPENING_MARKS, closed_by: int | None = None
) -> int:
    """Where the quotation that `at` lies inside opened, asked of `text[s:at]` only (a sentence,
    a line): the last of `marks` (curly or bracket) that no closing mark follows before `at`, or
    the last straight mark when an odd count of them stands there; with `closed_by`, only a
    quotation its closing mark closes in `[at, closed_by)`. The innermost such opening; -1 when
    `at` lies in no quotation."""
    opened = -1
    for mark in marks:
        closing = _PAIRS.get(mark, mark)
        if closing != mark:
            o = text.rfind(mark, s, at)
            if o < 0 or text.find(closing, o, at) >= 0:
                continue
        elif text.count(mark, s, at) % 2 == 1:
            o = text.rfind(mark, s, at)
        else:
            continue
        if closed_by is None or text.find(closing, at, closed_by) >= 0:
            opened = max(opened, o)
    return opened


# a topic marker right before a quotation mark (`…과장은 “`), asked in the few characters there
_TOPIC_BEFORE = lazy_compile(r"[가-힣](?:은|는|이|가),?\s*$")
_OPENER = re.compile(r"[“‘「『\"'”]")
LINE_END = re.compile(r"[\r\n]")
HANGUL = re.compile(r"[가-힣]")


class Ahead:
    """The next occurrence of a character, or the next match of a pattern in a line, after a
    position, remembered: a later look-up from a position before what was found is answered
    without searching again. `segments` looks ahead of every mark, and on a line of thousands of
    unclosed marks (`“…` never closed) each look-up ran to the line's end (quadratic; 100k
    characters 5.7 s, bench_adversarial.py quotes_unbalanced). Answers equal `str.find` and
    `pattern.search` (a pattern without `^`: where a match starts does not depend on where the
    search began)."""

    __slots__ = ("chars", "matches", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        # per character: where its last look-up began, and what it found there (-1: none)
        self.chars: dict[str, tuple[int, int]] = {}
        # per pattern and line end: the same, the match or None
        self.matches: dict[tuple[re.Pattern[str], int], tuple[int, re.Match[str] | None]] = {}

    def find(self, ch: str, start: int, end: int) -> int:
        """`text.find(ch, start, end)` for one character `ch`."""
        since, at = self.chars.get(ch, (-1, -1))
        if since < 0 or start < since or 0 <= at < start:
            at = self.text.find(ch, start)
            self.chars[ch] = (start, at)
        return at if 0 <= at < end else -1

    def search(self, pattern: re.Pattern[str], start: int, end: int) -> re.Match[str] | None:
        """`pattern.search(text, start, end)`."""
        since, m = self.matches.get((pattern, end), (-1, None))
        if since < 0 or start < since or (m is not None and m.start() < start):
            m = pattern.search(self.text, start, end)
            self.matches[(pattern, end)] = (start, m)
        return m


def segments(text: str) -> list[Seg]:
    """Quoted stretches; a curly quote may run over a line break (not a blank line).

    A quote nested in another is left out. Only opening marks are visited (a regex finds the
    next one), not every character.
    """
    segs: list[Seg] = []
    # where the text's last non-space character ends: `text[line_end:]` is blank from there on
    # (asked once, not by copying the rest of the text at each unclosed mark: quadratic)
    blank_from = len(text.rstrip())
    # the end of the line holding a mark, by `find` (a text without `\r` asks for `\n` alone):
    # `LINE_END.search` tried its class at every character up to there, for every mark
    crlf = "\r" in text
    # the look-ups ahead of each mark (the next closing mark, line break, speech tail) through
    # one memo: on a line of many unclosed marks each one's look-up ran to the line's end
    ahead = Ahead(text)
    pos = 0
    while (m := _OPENER.search(text, pos)) is not None:
        i, ch = m.start(), m.group()
        line_end = _line_end(ahead, i, crlf)
        close = -1
        if ch in _PAIRS:
            close = ahead.find(_PAIRS[ch], i + 1, line_end)
            if close < 0 and ch == "“":  # `“…"고 말했다`: a page mixing its marks
                close = ahead.find('"', i + 1, line_end)
            if close < 0 and ch in "“‘":
                # `“…“고 밝혔다`, `“…’고 말했다`, `‘…”라고 말했다`: closed with a wrong mark, a
                # speech tail after it
                close = _wrong_close(ahead, i, line_end)
            if close < 0 and ch == "“":
                close = _close_below(text, i, _PAIRS[ch])
            if close < 0 and ch == "“" and (lost := _lost_close(ahead, i, line_end)) > 0:
                # `…라며, “금번 협약은 …계기가 될 것이라고 밝혔다.`: the page lost the closing
                # mark before the quotative and its speech verb, in the same line
                segs.append(Seg(i, lost, lost=True))
                pos = lost
                continue
            if close < 0 and ch == "“" and EN_UNCLOSED.match(text, i + 1, line_end):
                # `Jang, CEO of …, said, “ Through this agreement, …` and no closing mark on an
                # English page: the statement runs to the end of its line
                segs.append(Seg(i, line_end, unclosed=True))
                pos = line_end
                continue
        elif ch == "”":
            close = _reversed_close(ahead, i, line_end)
        elif ch == '"':
            close = ahead.find('"', i + 1, line_end)
            if close < 0:  # `"…”고 말했다`
                close = ahead.find("”", i + 1, line_end)
            if close < 0:  # `"…“고 밝혔다`: closed with the wrong-direction mark, as `“…“고`
                again = ahead.find("“", i + 1, line_end)
                if again > 0 and KO_TAIL.match(text, again + 1, line_end):
                    close = again
            if close < 0:  # `"…만들겠다.⏎⏎앞으로 …"고 말했다`: into the next paragraph
                close = _straight_below(text, i)
        elif i == 0 or not text[i - 1].isalnum():  # `'` opens only where a word does not end
            j = ahead.find("'", i + 1, line_end)
            close = j if j > 0 and HANGUL.search(text, i, j) else -1
            if close < 0 and (en := _en_single(ahead, i, line_end)) > 0:
                close = en  # `'This agreement opens …,' Lee said`
        if (
            close < 0
            and ch in '“"'
            and line_end >= blank_from
            and (line_end - i > 20 or _TOPIC_BEFORE.search(text, max(0, i - 4), i))
        ):
            # `김 총장은 "지역과 …` and nothing after: a page cut off inside the quote (a
            # short one only right after a speaker's topic marker: `과장은 “장보고대상이 해상`)
            segs.append(Seg(i, line_end, unclosed=True))
            break
        if close > i + 1:
            segs.append(Seg(i, close))
            pos = close + 1
        else:
            pos = i + 1
    extra = _unopened(text, segs)
    return sorted(segs + extra, key=lambda s: s.open) if extra else segs


# the quotative and a speech verb right after a word (`…것이라고 밝혔다`, `…됐다고 말했다`)
_LOST_TAIL = lazy_compile(
    r"(?<=[가-힣])(?:이?라고|고)\s+(?:\S+\s+){0,2}?" + alternation(SPEECH_VERBS_KO)
)


def _lost_close(ahead: Ahead, open_at: int, line_end: int) -> int:
    """Where the quotative begins after a quotation that lost its closing mark (`“…될 것이라고
    밝혔다`), or -1: searched in the quote's own line only, and only where no other mark opens
    there."""
    text = ahead.text
    if open_at > 0 and text[open_at - 1].isalnum():
        return -1  # `…운동“의 모범사례`: a mark glued to a word closes, it opens nothing
    m = ahead.search(_LOST_TAIL, open_at + 1, line_end)
    if m is None or m.start() - open_at < 12 or _OPENER.search(text, open_at + 1, m.start()):
        return -1
    if _REPORTED.search(text, open_at + 1, m.start()):
        return -1  # `“…이르게 됐다고 밝힌 뒤 …`: the reporter's words run on, no lost mark
    return m.start()


_REPORTED = lazy_compile(r"[가-힣](?:이?라고|다고)\s")


# a quotation mark of any kind or direction with a Korean speech tail after it (in its line)
_TAILED_MARK = lazy_compile(r"[“”‘’\"](?=" + "|".join(_KO_TAILS) + ")")
# where an English single-quoted statement closes (EN_SINGLE's end, sought from its opening)
_EN_SINGLE_END = lazy_compile(r"[.,!?]'(?=\s|$)")


def _wrong_close(ahead: Ahead, open_at: int, line_end: int) -> int:
    """The first quotation mark after `open_at` on its line that a Korean speech tail follows,
    whatever its kind or direction (a page that closed its quote with the wrong mark), or -1."""
    m = ahead.search(_TAILED_MARK, open_at + 1, line_end)
    return m.start() if m is not None else -1


def _en_single(ahead: Ahead, i: int, line_end: int) -> int:
    """Where `EN_SINGLE.match(text, i, line_end)` ends its statement (its closing mark), or -1:
    the `'` at `i` before a capital, closed by the first `.'`, `,'` (…) a space or the line's
    end follows."""
    text = ahead.text
    if i + 1 >= line_end or not "A" <= text[i + 1] <= "Z":
        return -1
    m = ahead.search(_EN_SINGLE_END, i + 1, line_end)
    return m.end() - 1 if m is not None else -1


def _line_end(ahead: Ahead, i: int, crlf: bool) -> int:
    """Where `LINE_END.search(text, i)` finds the end of the line, or the text's end."""
    nl = ahead.find("\n", i, len(ahead.text))
    if nl < 0:
        nl = len(ahead.text)
    if crlf:
        cr = ahead.find("\r", i, nl)
        return cr if cr >= 0 else nl
    return nl


def _reversed_close(ahead: Ahead, i: int, line_end: int) -> int:
    """`”…“고 말했다`, `”…”라고 말했다`: a page opening its quote with the closing mark. Only
    where a word does not end before it and a speech tail follows the mark closing it."""
    text = ahead.text
    if (i > 0 and not text[i - 1].isspace()) or not HANGUL.match(text, i + 1):
        return -1
    ends = [
        j for j in (ahead.find("“", i + 1, line_end), ahead.find("”", i + 1, line_end)) if j > 0
    ]
    close = min(ends) if ends else -1
    return close if close > 0 and KO_TAIL.match(text[close + 1 : close + 40]) else -1


_UNOPENED_TAIL = re.compile(r"”\s*(?:이?라고|고)\s+(?:\S+\s+){0,2}?" + alternation(SPEECH_VERBS_KO))


def covered(segs: list[Seg]) -> Callable[[int], bool]:
    """Whether a position lies inside one of `segs` (`any(s.open <= i <= s.close …)`), asked of
    the structure layer's merged intervals by bisection, so linear on long texts."""
    spans = Intervals((s.open, s.close + 1) for s in segs)
    return lambda i: spans.overlaps(i, i + 1)


def _unopened(text: str, segs: list[Seg]) -> list[Seg]:
    """`…늘리겠다”라고 말했다` at a paragraph's start with no opening mark at all: the paragraph
    up to the mark is the quote."""
    out: list[Seg] = []
    inside = covered(segs)
    for m in _UNOPENED_TAIL.finditer(text):
        close = m.start()
        start = start_of_line(text, close)
        if start == 0 or inside(close):
            continue
        if _OPENER.search(text, start, close) or not HANGUL.match(text, start):
            continue
        out.append(Seg(start - 1, close, unopened=True))
    return out


_BLANK = lazy_compile(r"\n[ \t\r]*\n")


def paragraph_above(text: str, at: int) -> str:
    """The first sentence of the paragraph above `at` (whose speaker an unopened quote goes on)."""
    above = text[max(0, at - 400) : at].rstrip()
    para = above[above.rfind("\n") + 1 :]
    first = re.match(r".*?(?:다\.|$)", para)
    return first.group() if first else para


def _close_below(text: str, open_at: int, mark: str) -> int:
    """The closing mark on a following line of the same paragraph, or -1; or in the next
    paragraph, when a speech tail follows it (`…만들겠다.⏎⏎앞으로 …”고 말했다`)."""
    limit = min(len(text), open_at + 600)
    blank = _BLANK.search(text, open_at, limit)
    end = blank.start() if blank else limit
    pos = text.find(mark, open_at + 1, end)
    if pos < 0 and blank is not None:
        following = _BLANK.search(text, blank.end(), limit)
        pos = text.find(mark, blank.end(), following.start() if following else limit)
        if pos > 0 and not _speech_tail(text, pos):
            pos = -1
    if pos < 0:
        return -1
    reopened = _reopened_only(text, open_at + 1, pos)
    if reopened is None:
        return -1  # another quotation opens before the mark: not this one's end
    # `“…만들겠다.⏎⏎“앞으로 …”고 말했다`, `“We are …⏎⏎“One of …,” he said`: a quotation
    # running over paragraphs opens each one again with its mark (the convention for a
    # continued quotation, Korean or English): one quote, when a speech tail follows its last mark
    return pos if not reopened or _speech_tail(text, pos) else -1


def _speech_tail(text: str, pos: int) -> bool:
    """A Korean (`”고 말했다`) or an English (`,” he said`) speech tail after the mark at `pos`
    (the English one only after a comma inside the mark: `…city,” Kim said`)."""
    tail = text[pos + 1 : pos + 40]
    if KO_TAIL.match(tail):
        return True
    return text[pos - 1 : pos] == "," and en_tail(tail) is not None


def _reopened_only(text: str, start: int, end: int) -> bool | None:
    """Whether opening marks stand in `text[start:end]` (False: none), each at the start of a
    line (a continued quotation's); None when one stands inside a line."""
    found = False
    at = text.find("“", start, end)
    while at >= 0:
        if text[start_of_line(text, at) : at].strip():
            return None
        found = True
        at = text.find("“", at + 1, end)
    return found


def _straight_below(text: str, open_at: int) -> int:
    """A straight quote's closing mark on a following line or in the next paragraph: the
    next `"` there, only when a speech tail follows it (the same mark opens the next quote)."""
    pos = _close_below(text, open_at, '"')
    return pos if pos > 0 and KO_TAIL.match(text[pos + 1 : pos + 40]) else -1
