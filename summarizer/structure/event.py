"""The signing or launch a document is about: its date, start time and venue, each with a span."""

from __future__ import annotations

import datetime as _dt
import itertools
import re
from bisect import bisect_right
from typing import Literal, NamedTuple

from summarizer.facts.datewords import RELATIVE, words_pattern
from summarizer.facts.normalize import lowered_holds
from summarizer.facts.refstamps import STAMP_TAIL
from summarizer.facts.tense import CLAUSE_JOINED, tense_after
from summarizer.lazy import lazy_compile
from summarizer.lexicon import (
    COUNTRIES,
    COUNTRIES_EN,
    DISTRIBUTION_WORD,
    MODIFIED_LABELS,
    POSTING_LABELS,
    RELEASE_WORD,
    REPORTED_EN,
    SIGNING_CEREMONIES,
    SIGNING_STEMS,
    alternation,
    by_first_syllable,
    led_start,
    marks,
)
from summarizer.lexicon.connectives import PAST_YEAR, TOLD_BEFORE, TURNS_BACK, connectives
from summarizer.models.records import Event, Fact, Party, Span
from summarizer.structure.event_days import (
    ACCORDING_ON,
    TOLD_AFTER_EN,
    day_before,
    orphan_day,
    page_day,
    report_day,
    reported_day,
    same_day,
    this_day,
    weekday_named,
    yesterday,
)
from summarizer.structure.event_steps import (
    STAMP_CLOCK,
    lead_dateline,
    other_signing,
    other_step_dates,
    recent_instead,
    several_signings,
    signing_clause,
    signing_time,
    stamp_clock,
    step_word,
    weekday_again,
)
from summarizer.structure.lines import (
    Line,
    Mask,
    facts_in,
    iter_lines,
    iter_sentences,
    span,
)
from summarizer.structure.venue import (
    korean_place,
    place_in,
    region_only,
    strip_region,
    venue_text,
)
from summarizer.structure.venue_owner import owned

_HELD_AT = (
    # (`협약을 계기로 워크숍을 X에서 개최하고`: what the agreement leads to, held there later, is
    # no signing; the agreement is its cause, not the thing held)
    r"(?![을를]\s*(?:계기로|통해|바탕으로|토대로|발판으로|기반으로|디딤돌로|시작으로)\s)"
    # (`협약은 … 시장실에서 비공개로 진행됐다`: a manner before the verb)
    r"\S*\s+(?:\S+\s+){0,4}?\S+에서\s+(?:(?:\S+(?:로|히|게)\s+)?(?:진행|개최|열렸|거행)"
    # `협약은 X호텔에서 열린 성과 보고회 부속행사로 진행됐다`: held within an event held there
    r"|열린\s+[^.\n]{0,60}?(?:로|으로)\s+(?:진행|개최))"
)
# (every branch opens with a plain syllable or letter: the engine then skips ahead by the set of
# those first characters, twice as fast as behind a look-ahead for them (`lexicon.led`); a
# branch opening with a group, `(?:협약|협정)…`, is written out once per word for that)
_DONE_WITH = (
    r"(?:\s?식)?(?:\([^()\n]{1,12}\))?[’'”\"」』]?\s*[을를]\s*(?:실시|진행|가졌|가진|갖고|거행)"
)
_EXCHANGED = r"\)?\s*(?:를|을)?\s*(?:상호\s*)?교환(?:했|하고|한|하는|하였)"


class _Cue(NamedTuple):
    """A form of a Korean signing cue: `before`, one of `words`, `after`. Every match holds one
    of the words, so they are also what a sentence is first scanned for (`_CUE_WORDS`, derived
    below): a new form is one entry here. With nothing before the words, the form is one branch
    per word, each opening with the word's plain first syllable."""

    words: tuple[str, ...]
    after: str = ""
    before: str = ""


def _branches(cue: _Cue) -> list[str]:
    if cue.before:
        words = cue.words[0] if len(cue.words) == 1 else "(?:" + "|".join(cue.words) + ")"
        return [cue.before + words + cue.after]
    return [w + cue.after for w in cue.words]


# a signing named as the aim of something else, or as what it comes before (`협약 체결을 위한
# 실무협의를 가졌다`, `협약식을 앞두고`, `체결에 앞서`): that sentence tells another step, not the
# signing (its day is that step's)
_AIMED_AT = r"(?!\s*[을를]\s*(?:위한|위해|앞두고|앞둔)|\s*에\s*앞서)"
# what follows a signing verb's stem (`맺었다`, `서명하고`; `체결` as it stands, not aimed at)
_STEM_ENDINGS = {"맺": "[었은는고]", "서명": "(?:하고|했|한|하는)", "체결": _AIMED_AT}
_SIGNING_CUES: tuple[_Cue, ...] = (
    *(_Cue((stem,), _STEM_ENDINGS.get(stem, "")) for stem in SIGNING_STEMS),
    _Cue(SIGNING_CEREMONIES, _AIMED_AT),  # `협약식`, `조인식`
    _Cue(("출범식", "발대식", "개소식")),  # a launch, the occasion a document may be about
    _Cue(("업무협약을", "MOU를")),
    # `손을 맞잡고`, `손잡았다`
    _Cue(("잡",), before=r"손을\s*(?:맞)?"),
    _Cue(("잡",), before=r"손\s*(?:맞)?"),
    _Cue(("결연",), r"(?:을|식|\s*했)"),
    _Cue(("협약",), r"을\s*(?:했|하)"),
    # `협약서 조인, 기념촬영 순으로 진행됐다`: the papers signed among the ceremony's items
    _Cue(("협약서", "협정서", "각서"), r"\s*조인"),
    # `‘… 협약’을 실시했다`, `협약을 진행했다`: the agreement named, then carried out
    # (`협약 식(MOU)을 가졌다`: the ceremony word spaced, an aside before the particle)
    _Cue(("협약", "협정", "MOU"), _DONE_WITH),
    # `양해각서(MOU)를 교환했다`: exchanging the signed papers is the signing
    _Cue(("각서", "협약서", "협정서", "MOU"), _EXCHANGED),
    # `이날 협약에는 7개 부서가 참여했다`: that day's signing, its day told just before
    _Cue(("협약", "MOU"), r"(?:\s?식)?(?:에는|에서는|엔)\s", before=r"이날\s+(?:업무\s*)?"),
)
# the forms that need an `에서` (a sentence without one is searched for the others only)
_HELD_CUES: tuple[_Cue, ...] = (
    # `가온동 행정복지센터에서 진행된 이번 업무협약에는`: the venue before the agreement
    _Cue(
        ("협약", "결연", "MOU", "협정"),
        before=r"에서\s+(?:진행|개최|열린|거행|있은|가진)된?\s+(?:\S+\s+){0,2}?\S*",
    ),
    # `자매결연은 경기도 북부청사에서 진행됐으며`: the agreement held somewhere
    _Cue(("협약", "결연", "MOU", "약정", "협정"), _HELD_AT),
)
_CUE_KO_WORDS = "|".join(b for c in _SIGNING_CUES for b in _branches(c))
_CUE_KO = re.compile(_CUE_KO_WORDS + "".join("|" + b for c in _HELD_CUES for b in _branches(c)))
# _CUE_KO where a sentence has no `에서`: every later branch needs one (and backtracks over
# the words after each `협약` looking for it)
_CUE_KO_BARE = re.compile(_CUE_KO_WORDS)
_CUE_EN = re.compile(  # (only whether a sentence has one is asked: led_start)
    # (`met at … to sign a Memorandum`: the meeting held for the signing is it)
    led_start(
        r"\b(?:signed|signing|ceremony|inked|launched|took place|conclude[sd]?|to\s+sign|"
        # (a signing told ahead: `will sign`, `would sign`, `will also sign`; read at its `s`,
        # the words before it behind: a `w` among the first letters made the engine stop at
        # every `w` of an English page)
        r"sign\b(?:(?<=will sign)|(?<=would sign)|(?<=shall sign)|(?<=also sign))|"
        # (`reached a letter of intent`, `forged a sisterhood`: an agreement's other verbs)
        r"reached\s+an?\s+(?:[\w-]+\s+){0,3}(?:letter|agreement|accord|deal|pact|memorandum|MOU)"
        r"|forged\s+an?\s+(?:[\w-]+\s+){0,3}(?:sisterhood|partnership|agreement|pact|alliance))\b",
        "sciltrf",
        case_blind=True,
    ),
    re.I,
)
# `announced on the 24th that it had signed`, `According to the city on the 18th, …`, `X on
# Friday announced that …`: the day of the report, not of the signing
_ANNOUNCE_EN = re.compile(r"\s+that\b|" + TOLD_AFTER_EN)
# `This file photo, taken June 16, 2021, … shows …`: the day a photo was taken, not the signing's
_PHOTO_TAKEN = lazy_compile(
    r"\b(?:photo\w*,?\s+(?:\S+\s+){0,3}?taken|photographed|file\s+photo)\s+(?:on\s+|of\s+)?$", re.I
)
# `TOKYO, Jan 9 (KUNA) -- …` where the page's head hides the dateline: the wire's day of the story
_WIRE_MARK = lazy_compile(r"\s*\([A-Z][^()\n]{0,30}\)\s*(?:--|—|–)")
_SAID_EN = re.compile(rf"\b(?:{REPORTED_EN})\s+(?:on\s+)?$")
_ACCORDING_KO = re.compile(r"\s*\S+에\s*따르면")
_ACCORDING = re.compile(r"^\W*According\s+to\b[^,]*$")
# a dash with a space on each side ends a row's label as a colon does (`일 시 - 7. 9.(금)`,
# `장 소 - 누리홀`); a dash glued to a word is a joint (`가람-누리`)
_DASH_AFTER_LABEL = r"(?<=\s)[-–](?=\s)"
_DATE_LABEL = lazy_compile(
    r"(?:^|[\s(])(?:일\s*시|일\s*정|일\s*자|date)\s*(?:[·ㆍ/]\s*장\s*소)?\s*(?:[):：]|\t|"
    + _DASH_AFTER_LABEL
    + ")",
    re.I,
)
_OVERVIEW = lazy_compile(r"개\s*요|협\s*약|MOU|체\s*결|서\s*명|signing|ceremony", re.I)
_PLACE_LABEL = lazy_compile(
    r"(?:^|[\s(])(?:(?:장\s*소|venue|place)\s*(?:[):：]|\t)|장\s*소\s*" + _DASH_AFTER_LABEL + ")",
    re.I,
)
_ANNEX = re.compile(r"^[\[<(【]?\s*(?:붙임|참고|별첨|첨부)\s*\d*\s*[\]>)】]?[\s.:]*")
_ANNEX_LEADS = tuple("[<(【붙참별첨")  # what an annex's mark opens with
_BOTH_LABEL = lazy_compile(r"일\s*시\s*[·ㆍ/]\s*장\s*소\s*[):：]")


_ON_BEFORE = re.compile(r"\bon\s+$")


def _event_date(facts: list[Fact], text: str, s: int, e: int) -> Fact | None:
    """The first single date of the sentence; in English, `signed … on Nov. 11` comes first."""
    dated = [
        f
        for f in facts_in(facts, "date", s, e)
        if f.value
        and "/" not in f.value
        and not report_day(text, f)
        and not _ANNOUNCE_EN.match(text, f.end)
        and not _SAID_EN.search(text, max(s, f.start - 24), f.start)  # `the ministry said Tuesday`
        and not ACCORDING_ON.search(text, max(s, f.start - 80), f.start)  # `according to … on`
        and not _PHOTO_TAKEN.search(text, max(s, f.start - 48), f.start)
        and not _WIRE_MARK.match(text, f.end)
        and not _ACCORDING.match(text[s : f.start])
        and not _ACCORDING_KO.match(text, f.end)  # `12일 군에 따르면`: the report's day
        and not _page_stamp(text, f)
    ]
    on = [f for f in dated if _ON_BEFORE.search(text[max(s, f.start - 4) : f.start])]
    first = on or dated
    if len(dated) > 1 and not on:
        # `20일 기자회견을 열고, 오는 24일 … 협약을 체결한다`: the day of the clause that signs
        return _signing_clause_day(text, s, e, dated) or first[0]
    return first[0] if first else None


def _signing_clause_day(text: str, s: int, e: int, dated: list[Fact]) -> Fact | None:
    """In a sentence of clauses (`A는 20일 X를 열고, 오는 24일 B와 협약을 체결한다`), the first
    day that shares its clause with a signing word, when the first dated clause signs nothing;
    None when that clause signs too (or no clause both signs and is dated). A clause ends on a
    verb's connective (`열고`, `마쳤으며`, `가졌고`: the tense reader's `CLAUSE_JOINED`)."""
    bounds = [s, *(m.end() for m in CLAUSE_JOINED.finditer(text, s, e)), e]
    if len(bounds) < 3:
        return None
    for a, b in itertools.pairwise(bounds):
        days = [f for f in dated if a <= f.start < b]
        if not days:
            continue
        cue = _CUE_KO.search(text, a, b)
        if cue is not None:
            return days[0] if days[0] is not dated[0] else None
    return None


def _page_stamp(text: str, f: Fact) -> bool:
    """Whether the date is the page's stamp, its desk or writer after it (`… 협약 2023-12-14
    사진팀 가온시는 …` on a page flattened to one line) or its clock to the second (`관리자 /
    2025-03-12 오전 10:12:30 / 215 가온도는 …`): the page's day, not the signing's."""
    return text[f.start : f.start + 2] in ("19", "20") and (
        STAMP_TAIL.match(text, f.end) is not None or STAMP_CLOCK.match(text, f.end) is not None
    )


def _first_time(facts: list[Fact], s: int, e: int) -> Fact | None:
    return next((f for f in facts_in(facts, "time", s, e) if f.value and not stamp_clock(f)), None)


def _sentence_end(s: str) -> bool:
    """Whether a line closes as a sentence does (`…했다.`, `… cooperation.`), not as a headline
    does (`… 협약 체결`, `25일 협약 체결...비상 연락망 구축`)."""
    s = s.rstrip()
    return s.endswith("다") or (s.endswith(".") and not s.endswith(".."))


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


_TABLE_CELL = lazy_compile(r"[\t:：]|다\.?$")


# `_DATE_LABEL` with every branch opening with a literal (its `일`, or `d`/`D` of `date` in any
# case), the space or bracket before it asked after it: the engine skips ahead by those first
# characters instead of trying every position of the line (a test compares the ends)
_DATE_LABEL_AT = re.compile(
    "(?:"
    + "|".join(
        f"{w[0]}(?<![^\\s(]{w[0]}){w[1:]}"
        for w in (r"일\s*시", r"일\s*정", r"일\s*자", "d[aA][tT][eE]", "D[aA][tT][eE]")
    )
    + r")\s*(?:[·ㆍ/]\s*장\s*소)?\s*(?:[):：]|\t|"
    + _DASH_AFTER_LABEL
    + ")"
)


def _date_label_end(s: str) -> int:
    """Where `_DATE_LABEL.search(s)` ends; -1 when it finds none."""
    m = _DATE_LABEL_AT.search(s)
    return -1 if m is None else m.end()


def _table_cell(s: str) -> bool:
    """`_TABLE_CELL.search(s)` of a stripped line, by `in` and `endswith`."""
    return "\t" in s or ":" in s or "：" in s or s.endswith(("다", "다."))


_PLACE_LABEL_KO = re.compile(r"장\s*소\s*(?:[):：]|\t|" + _DASH_AFTER_LABEL + ")")


def _may_place_label(s: str) -> bool:
    """Whether `_PLACE_LABEL` may find a label in the line `s`: its Korean label without the
    space or bracket before it (a pattern led by its `장`, which the engine skips ahead to:
    `_PLACE_LABEL` opens with a group and is tried at every character), or `venue` or `place`
    in any case."""
    if _PLACE_LABEL_KO.search(s) is not None:
        return True
    low = s.lower()
    return "venue" in low or "place" in low


def _labelled(text: str) -> bool:
    """Whether a line of `text` may hold a date or place label: a search of the whole page
    finds each where a search of its line does (`_PLACE_LABEL`'s English words asked of the
    page lowered, as `_may_place_label` asks them of a line)."""
    if _DATE_LABEL_AT.search(text) or _PLACE_LABEL_KO.search(text):
        return True
    return lowered_holds(text, ("venue", "place"))


# the release's or the page's own date labels (`보도일시`, `배포`, `등록일`, `수정`)
_OWN_DATE = lazy_compile(
    alternation((RELEASE_WORD, DISTRIBUTION_WORD, *POSTING_LABELS, *MODIFIED_LABELS), spaced=True)
)


# the marks a labelled row may open with (`- 일시 :`, `○ 장소 :`; marks: summarizer.lexicon.marks)
_ROW_MARKS = " ·ㆍ" + marks.spelt(marks.LEAD)


def _opens_with_date_label(s: str) -> bool:
    m = _DATE_LABEL_AT.match(s.lstrip(_ROW_MARKS))
    return m is not None and m.group(0).startswith("일")


def _label_pair(lines: tuple[Line, ...], i: int) -> bool:
    """Whether line `i` is one of two rows `일시 : …` / `장소 : …` standing one under the other
    right after the prose (a board's post closing on the day and place of its signing): two
    labelled rows with no heading over them (`< 설명회 안내 >` heads another event's) are an
    outline of the signing by themselves."""
    s = lines[i].stripped.lstrip(_ROW_MARKS)
    if s.startswith("일") and i + 1 < len(lines):
        nxt = lines[i + 1].stripped.lstrip(_ROW_MARKS)
        return (
            _opens_with_date_label(s)
            and _PLACE_LABEL_KO.match(nxt) is not None
            and _after_prose(lines, i)
        )
    if s.startswith("장") and i > 0:
        return (
            _PLACE_LABEL_KO.match(s) is not None
            and _opens_with_date_label(lines[i - 1].stripped)
            and _after_prose(lines, i - 1)
        )
    return False


def _after_prose(lines: tuple[Line, ...], i: int) -> bool:
    """Whether the last line with text before line `i` (over at most two blank ones) closes as
    a sentence does: no heading stands between the prose and the row."""
    for ln in lines[max(0, i - 3) : i][::-1]:
        if ln.stripped:
            return _sentence_end(ln.stripped)
    return False


def _outline(
    text: str, facts: list[Fact], mask: Mask
) -> tuple[Fact | None, Fact | None, Span | None]:
    """Date, time and place from `(일시·장소) … / 장소` rows of an overview table."""
    date = time = place = None
    # what a row gives is read off a date or place label: a page with neither has no outline
    # (each found at the same place by a search of the whole page as of its line)
    if not _labelled(text):
        return date, time, place
    heading = ""  # an overview sits under `< 협약 개요 >`, `□ 개요`, not under `< 설명회 안내 >`
    overview = False  # whether `heading` names an overview (asked once per heading)
    lines = tuple(iter_lines(text))
    for i, ln in enumerate(lines):
        # (a heading is short: a longer line is asked nothing more unless it opens as an annex's
        # mark does, which a heading may stand after)
        if len(ln.stripped) <= 40 or ln.stripped.startswith(_ANNEX_LEADS):
            # `붙임 1<TAB>협약식 개요` heads an annex
            annex = _ANNEX.match(ln.stripped) if ln.stripped.startswith(_ANNEX_LEADS) else None
            s = ln.stripped[annex.end() :] if annex else ln.stripped
            if s and len(s) <= 40 and not _table_cell(s) and _date_label_end(s) < 0:
                heading = s
                overview = bool(_OVERVIEW.search(heading))
        if not (overview or _label_pair(lines, i)) or mask.in_noise(ln.start, ln.end):
            continue
        dl = _date_label_end(ln.text)
        if dl >= 0 and _OWN_DATE.search(ln.text[:dl]):
            dl = -1  # the release's own date, not the event's
        if dl >= 0 and date is None:
            date = _event_date(facts, text, ln.start + dl, ln.end)
            time = _first_time(facts, ln.start + dl, ln.end) if date else None
            if date and _BOTH_LABEL.search(ln.text) and "/" in ln.text[dl:]:
                slash = ln.text.index("/", dl)
                a, b = strip_region(text, ln.start + slash + 1, ln.end)
                place = place or span(text, a, b)
            elif date and _BOTH_LABEL.search(ln.text):  # `(일시/장소) 3.14.(금) 14:00, 누리홀`
                told = max(
                    f.end for k in ("date", "time") for f in facts_in(facts, k, ln.start, ln.end)
                )
                comma = text.find(",", told, ln.end)
                a, b = strip_region(text, comma + 1, ln.end) if comma >= 0 else (0, 0)
                place = place or (span(text, a, b) if text[a:b].strip() else None)
        pl = _PLACE_LABEL.search(ln.text) if _may_place_label(ln.text) else None
        if pl and place is None and not _BOTH_LABEL.search(ln.text):
            close = ln.text.find(")", pl.end()) if "(" in pl.group(0) else -1
            a, b = strip_region(
                text, ln.start + pl.end(), ln.start + close if close > 0 else ln.end
            )
            place = span(text, a, b) if text[a:b].strip() else None
    return date, time, place


_HANGUL = re.compile(r"[가-힣]")
# a signing by video link or online, each side in its own room
_REMOTE = re.compile(  # (only whether a sentence has one is asked)
    led_start(
        r"화상(?:으로|\s*회의)|비대면|온라인(?:으로|\s*(?:협약|서명|체결))"
        r"|\b(?:virtual(?:ly)?|online)\s+(?:ceremony|signing)|\bvirtually\b|\bvia\s+video"
        r"|\bvideo\s+(?:link|conference)",
        "화비온vo",  # (case-blind, as the pattern: English can give it no first characters)
        case_blind=True,
    ),
    re.I,
)


def _fewest(words: list[str]) -> list[str]:
    """`words` without those holding another of them (`협약식` holds `협약`), in order."""
    kept = list(dict.fromkeys(words))
    return [w for w in kept if not any(o != w and o in w for o in kept)]


# A word every match of `_CUE_KO` holds (`체결`, `협약`, `잡` of `손을 맞잡고` …), read off its
# forms: a Korean sentence holding none of them is no cue, and is not searched (plain words: the
# engine skips ahead by their first characters)
_CUE_WORDS = "|".join(_fewest([w for c in (*_SIGNING_CUES, *_HELD_CUES) for w in c.words]))
# (grouped by their first syllable, `lexicon.by_first_syllable`: found alike)
_CUE_WORD = re.compile(by_first_syllable(_CUE_WORDS.split("|")))
# (a word found by the scan may hide one starting inside it: a sentence counts when a word
# starts less than the longest word's length before it)
_CUE_WORD_REACH = max(map(len, _CUE_WORDS.split("|")))


def _cue_words(text: str) -> list[int]:
    """Where the words of `_CUE_WORD` start in `text`: one scan of the page, which the
    sentences are then looked up in."""
    return [m.start() for m in _CUE_WORD.finditer(text)]


def _cue_sentences(
    text: str, mask: Mask, body_start: int, words: list[int], stop: int | None = None
) -> list[tuple[int, int]]:
    """The first four sentences from `body_start` on (before `stop`) that report a signing."""
    out = []
    # (a sentence is read in place, not copied: the Korean cues look neither behind nor at word
    # bounds, so searching `text` between the sentence's bounds is searching the sentence)
    for s, e in iter_sentences(text, body_start):
        if stop is not None and s >= stop:
            break
        i = bisect_right(words, s - _CUE_WORD_REACH)
        worded = i < len(words) and words[i] < e
        if not worded and _HANGUL.search(text, s, e):
            continue  # Korean without a cue word: no cue
        # a sentence a page extractor left out of the main text may still date the signing
        if mask.furniture(s, e) or mask.in_duplicate(s, e) or text.find("\t", s, e) >= 0:
            continue
        if _HANGUL.search(text, s, e):
            cue_ko = _CUE_KO if text.find("에서", s, e) >= 0 else _CUE_KO_BARE
            cued = cue_ko.search(text, s, e) is not None
        else:
            cued = _CUE_EN.search(text[s:e]) is not None
        if cued:
            out.append((s, e))
            if len(out) >= 4:
                break
    return out


def find_event(
    text: str,
    facts: list[Fact],
    mask: Mask,
    body_start: int = 0,
    dateline: Span | None = None,
    parties: list[Party] | None = None,
    reference_date: _dt.date | None = None,
) -> Event | None:
    """Date, start time and venue of the signing; fields stay null when the text does not state them."""
    dateline_facts: list[Fact] = []
    # `SEJONG, July 8 (MOF) --` dates the story, not the signing; so does a stored page's
    # `date 2025-12-19` line run into the first sentence (`… [가온일보=김기자] A는 18일 …`),
    # whatever dateline was found after it
    lines = [d for d in (dateline, lead_dateline(text)) if d is not None]
    if lines:
        # (by where they start: `f not in dateline_facts` compared every field of every fact
        # with each of them; facts equal in every field start alike. The found dateline's own
        # date first: `date 2019-11-26 SEOUL, Nov. 26 (Yonhap) --`)
        dateline_facts = [f for f in facts if _within(f, lines[0])]
        dateline_facts += [
            f for f in facts if not _within(f, lines[0]) and any(_within(f, d) for d in lines)
        ]
        facts = [f for f in facts if not any(_within(f, d) for d in lines)]
    orphan = orphan_day(text, [*dateline_facts, *facts], body_start)
    if orphan is not None:  # `이날 협약은 …` opening a page cut from its article: no day
        facts = [f for f in facts if f.start != orphan]
    words = _cue_words(text)
    cues = _cue_sentences(text, mask, body_start, words)
    head: list[tuple[int, int]] = []
    if body_start:  # a caption or a body line taken for the title hides no signing
        head = _cue_sentences(text, mask, 0, words, stop=body_start)
        cues = cues or head
        # (only a sentence there dates it: a headline's `25일 협약 체결…` may be the report's day)
        head = [(a, b) for a, b in head if _sentence_end(text[a : _line_end(text, b)])]
    date = time = None
    place: tuple[str, Span] | None = None
    # a line only a page extractor dropped may fill in the time or venue, never the date; the
    # lines before the body (`TEHRAN – An MOU was signed on Monday …` read as the headline) date
    # the signing when no sentence of the body does
    dating = [(s, e) for s, e in dict.fromkeys([*cues, *head]) if not mask.in_noise(s, e)]
    unsure: list[Literal["date", "time", "place"]] = []
    guessed: list[Fact] = []  # days counted back from a reference the text does not state
    dated: tuple[int, int] | None = None  # the sentence that dates the signing
    lead: Fact | None = None  # the lead's day, when it dates the signing
    for s, e in dating:  # the sentence that dates the signing holds its time and venue too
        if not facts_in(facts, "date", s, e):
            s = _wrapped_start(text, s, mask)  # `지난 28일 X에서` / `서명했다.`: one sentence
        # (a council's vote, an anniversary, an earlier agreement: their dates are left out)
        others = other_step_dates(text, s, e, facts)
        own = [f for f in facts if f.start not in others] if others else facts
        date = (
            _event_date(own, text, s, e)
            or same_day(text, (s, e), dateline_facts)
            or yesterday(text, (s, e), dateline_facts)
            or this_day(text, s, e, own)
            or weekday_again(text, s, e, own)
            or (page_day(text, s, e, own, reference_date) if not dateline_facts else None)
            or weekday_named(text, s, e, dateline_facts, reference_date, others)
            or day_before(text, s, e, own, reference_date, guessed)
        )
        for a, b in [] if date else _meetings(text, s, e):
            # `… had a meeting with B at X on May 3. The two sides signed …`: the meeting's day
            date = _event_date(own, text, a, b) or weekday_named(
                text, a, b, dateline_facts, reference_date, others
            )
            if date:
                break
        # (a day named before the sentence, `이날 … 최근 개장한 … 체결했다`, is the sentence's
        # own by its `이날`: a `최근` in it qualifies something else)
        if date and date.start >= s and recent_instead(text, date, e):
            date = None  # `3일 엑스코는 최근 … 체결했다고 밝혔다`: the day of the report
            continue
        if (
            date
            and s <= date.start < e
            and several_signings(text, s, e, facts_in(own, "date", s, e))
        ):
            date = None  # `16일 A와의 협약을 시작으로, 24일 B, … 순차적으로`: no one day
            break
        if date:
            # a sentence about another step (a council vote on the agreement, its approval), or
            # `전날` counted back from a reference date the text does not state, dates the signing
            # only perhaps
            if step_word(text, s, e) or date in guessed or reported_day(text, date, e):
                unsure.append("date")
            time = signing_time(text, facts, s, e)
            dated = (s, e)
            # the signing's clause
            at = date.start if others and s <= date.start < e else signing_clause(text, s, e, date)
            place = (
                place_in(text, at, e, facts)
                or _meeting_place(text, s, e, facts)
                or _place_of_that_day(text, date, s, facts)
                or _earlier_venue(text, s, e, facts, body_start)
                or _ceremony_after(text, e, facts)
            )
            if place and region_only(place[0]):
                from summarizer.structure.venue_caption import hall_that_day  # (few pages)

                # `다온시에서 … 체결했다. … 이날 … 타워에서 … 교환했다`: the hall told next
                place = hall_that_day(text, e, facts) or place
            if place and _REMOTE.search(text, s, e):
                unsure.append("place")  # `화상으로 체결`: one side's room, no shared venue
            break
    o_date, o_time, o_place = _outline(text, facts, mask)
    date = date or o_date
    if date is None and (pic_date := _caption_date(text, mask, facts)):
        date = pic_date  # `▲ 지난 9일 A 시장이 B와 협약을 맺고 …`: told only under the photo
        unsure.append("date")
    if date is None and cues:
        # `A는 14일 … 정상회담을 열어 …. 양국은 회담을 계기로 MOU를 체결하고`
        date = _lead_day(text, facts, mask, cues[0], body_start, dateline_facts, reference_date)
        if date is not None:
            unsure.append("date")
            lead = date
    time = time or o_time
    # (a sentence of the body names the venue before a photo caption does)
    for s, e in sorted(cues, key=lambda c: mask.in_noise(*c) or _credited(text, *c)):
        time = time or _first_time(facts, s, e)
        if place is None and not other_signing(text, s, e, facts, date):
            place = place_in(text, s, e, facts)
    if place is None and (dated or cues):
        place = _this_ceremony(text, (dated or cues[0])[0], facts, mask)
    if place is None and dated is None and cues and _day_told(facts, cues[:1]):
        # `17일 … 협약을 맺었다. 이번 협약은 X에서 …`: the day left unresolved (no reference
        # date), the ceremony's venue told just after still is the signing's
        place = _ceremony_after(text, cues[0][1], facts)
    if o_place and (place is None or _size(o_place.text) > _size(place[1].text)):
        place = (o_place.text, o_place)
    # (a day the text states without month or year, the reference date unknown, dates it too)
    if place is None and (date or time or _day_told(facts, dating)):
        from summarizer.structure.venue_caption import caption_place  # (few pages: here)

        noise = [(a, b) for a, b, basis in mask.noise_basis if basis != "guess"]
        pic = caption_place(text, noise, facts)
        place = (pic.text, pic) if pic else None
        if pic:
            unsure.append("place")  # read off a photo caption
    if place is None and dated is not None:
        # English: where the occasion `was held`, told just after; a release's dateline city
        from summarizer.structure.venue_en import dateline_city, held_after  # not on most pages

        place = held_after(text, *dated, facts) or dateline_city(text, dated[0])
        if place:
            unsure.append("place")
    if place is None and lead is not None:
        # the lead's day dated the signing: the venue its sentence tells (`23일 도쿄에서 회담을
        # 열어 …. 두 장관은 … 서명했다`) is where that day's meeting was; in English the city
        # told with that day (`met in Dara on 10 May`, `on May 10 in Dara hosted a summit`)
        place = _lead_place(text, lead, facts, body_start)
        if place:
            unsure.append("place")
    if place is not None and "place" not in unsure and _COUNTRY_ONLY.fullmatch(place[0]):
        # `signed … with A in Vietnam`: a country may be where a side is, not the venue
        unsure.append("place")
    if place is not None and parties:
        place = (owned(text, place[0], place[1], parties), place[1])
    if not (date or time or place):
        return None
    return Event(
        date=date.value if date else None,
        time=time.value.split("/")[0] if time and time.value else None,
        place=place[0] if place else None,
        date_span=Span(text=date.text, start=date.start, end=date.end) if date else None,
        time_span=Span(text=time.text, start=time.start, end=time.end) if time else None,
        place_span=place[1] if place else None,
        unsure=unsure,
    )


def _meetings(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The sentences of the meeting an English sentence of signing `[s, e)` refers its sides to
    (`The two sides signed …`), the nearest first."""
    from summarizer.structure.en_meeting import meeting_before  # (English pages only)

    return meeting_before(text, s, e)


def _meeting_place(text: str, s: int, e: int, facts: list[Fact]) -> tuple[str, Span] | None:
    """The venue of the meeting the sentence of signing `[s, e)` refers its sides to."""
    for a, b in _meetings(text, s, e):
        if place := place_in(text, a, b, facts):
            return place
    return None


def _within(f: Fact, line: Span) -> bool:
    """Whether the fact starts inside the line."""
    return line.start <= f.start < line.end


# A line a sentence runs on from: it closes on a comma or a particle no sentence ends with
# (`지난 28일 교통대 본부에서` / `통합 합의서에 서명했습니다.`, a script's one clause per line).
_RUNS_ON = lazy_compile(
    r"(?:,|[가-힣](?:은|는|이|가|을|를|에서|에게|에|와|과|으로|로|의|및))[ \t\r]*$"
)
_RUN_ON_LINES = 3  # lines a wrapped sentence is read back over
_RUN_ON_SIZE = 80  # a wrapped line is short: a long one is a paragraph of its own


def _wrapped_start(text: str, s: int, mask: Mask) -> int:
    """Where a sentence starting a line began, when the lines before it run on into it (not
    a caption's or the page furniture's)."""
    for _ in range(_RUN_ON_LINES):
        if s < 2 or text[s - 1] != "\n":
            break
        start = text.rfind("\n", 0, s - 1) + 1
        line = text[start : s - 1]
        if not line.strip() or len(line) > _RUN_ON_SIZE or _RUNS_ON.search(line) is None:
            break
        if mask.in_noise(start, s - 1) or mask.furniture(start, s - 1):
            break
        s = start + len(line) - len(line.lstrip())
    return s


# a place that is a country and nothing more (`South Korea`, `베트남`): weak evidence of a venue
_COUNTRY_ONLY = lazy_compile(alternation([*COUNTRIES_EN, *(c for c in COUNTRIES if c != "양국")]))


# `이날 X에서 열린 행사에는 …`, `행사는 X에서 … 진행됐다`, `두 대표는 이날 X에서 만나 …`: the
# ceremony of the signing told just after it, on that day (no day of its own, nothing set apart)
_CEREMONY_WORD = lazy_compile(
    r"^\W*(?:이날\s+)?행사[는가]\s|^\W*이날\s[^.\n]{0,40}?에서\s+(?:열린|진행된)\s+행사"
    # `두 대표는 이날 X에서 만나 …`: the signers met there that day
    r"|이날\s[^.\n]{0,40}?에서\s+만나"
    # `이번 업무협약은 X에서 … 마련됐다`, `협약은 X에서 치러졌다`: this very agreement (the
    # sentence's subject, right after the signing's), told where it was held
    r"|^\W*(?:이번\s+)?(?:업무\s*)?(?:협약|협약식|MOU)[은는]\s[^.\n]{0,40}?에서\s"
    # `이번 협약에는 A, B … 참석한 가운데 X에서 열렸다`: the sentence opens on this agreement and
    # closes on where it was held (its verb, however many attendees are listed between)
    r"|^\W*(?:이번|이날)\s+(?:업무\s*)?(?:협약|협약식|체결식|MOU)(?:에는|은|는)\s[^\n]*?에서\s+"
    r"(?:열렸|진행됐|진행되었|개최됐|개최되었|거행됐|거행되었)다"
)


def _place_of_that_day(text: str, date: Fact, s: int, facts: list[Fact]) -> tuple[str, Span] | None:
    """`지난 24일 군청 상황실에서 협의회를 열었다고 25일 밝혔다. 이날 협의회는 … 체결했다`: the
    signing dated by `이날` took place where that day's happening did, told with the day."""
    if date.start >= s:
        return None  # the day is the sentence's own
    stop = text.find("다.", date.end, s)
    return place_in(text, date.start, stop if stop >= 0 else s, facts)


def _earlier_venue(
    text: str, s: int, e: int, facts: list[Fact], body_start: int
) -> tuple[str, Span] | None:
    """`venue_caption.earlier_venue`, loaded when a page's signing sentence names no place
    (few do: the module is ~0.5 M instructions of every start otherwise)."""
    from summarizer.structure.venue_caption import earlier_venue

    return earlier_venue(text, s, e, facts, body_start)


def _ceremony_after(text: str, e: int, facts: list[Fact]) -> tuple[str, Span] | None:
    """The venue of the `행사` told in one of the two sentences after the signing's (ending at
    `e`)."""
    for n, (a, b) in enumerate(iter_sentences(text, e)):
        if n >= 2:
            break
        if _CEREMONY_WORD.search(text[a:b]) is None:
            continue
        if facts_in(facts, "date", a, b) or _APART.search(text, a, b):
            return None
        sp = korean_place(text, a, b, facts)
        return (sp.text, sp) if sp else None
    return None


# the ceremony the story refers back to (`이번`, `이날`) and where it was held, in any sentence of
# the body: `X에서 진행된 이번 협약식에는 …`, `X에서 열린 이날 행사는 …` (the venue before it),
# `한편 이날 행사는 X에서 진행됐으며 …` (the venue after it)
_OCCASIONS = alternation((*SIGNING_CEREMONIES, "행사"))
_THIS_CEREMONY = lazy_compile(
    rf"에서\s+(?:열린|진행된|개최된|있은)\s+(?:이번|이날)\s+\S*(?:{_OCCASIONS}|협약)"
    rf"|(?:이번|이날)\s+\S*(?:{_OCCASIONS})[은는이가]\s+[^.\n“”\"]{{0,40}}?"
    r"(?P<at>에서)\s+(?:\S+\s+)?(?:진행|개최|열렸|열려|거행|치러)"
)


def _this_ceremony(text: str, start: int, facts: list[Fact], mask: Mask) -> tuple[str, Span] | None:
    """The venue of the ceremony a sentence from `start` on refers back to (`이번 협약식`, `이날
    행사`), where the sentence of signing names none; the venue is the one the sentence's own
    reading finds at that `에서`."""
    for a, b in iter_sentences(text, start):
        if text.find("이번", a, b) < 0 and text.find("이날", a, b) < 0:
            continue  # (the cheap literal first: most sentences refer back to no ceremony)
        if mask.in_noise(a, b) or mask.furniture(a, b):
            continue
        m = _THIS_CEREMONY.search(text, a, b)
        if m is None:
            continue
        at = m.start("at") if m.group("at") else m.start()
        sp = korean_place(text, a, b, facts)
        if sp is not None and text.startswith("에서", sp.end) and sp.end == at:
            return (venue_text(sp.text), sp)
        return None
    return None


# the signing told in a later sentence as part of the lead's happening, no day of its own; not a
# signing the sentence sets apart (`앞서`, `지난해`, `… 바 있다`)
_APART = lazy_compile(rf"{connectives(TURNS_BACK)}|{PAST_YEAR}|당시|과거|이전에|{TOLD_BEFORE}")
# the words that put a day ahead (`오는`, `내달`, `다음 달`): datewords' own
_NEXT = lazy_compile(
    words_pattern(
        w for w, v in RELATIVE.items() if v.unit == "next" or (v.unit == "month" and v.by > 0)
    )
)
_COMING = lazy_compile(r"예정|계획|할\s|한다")


def _lead_day(
    text: str,
    facts: list[Fact],
    mask: Mask,
    cue: tuple[int, int],
    body_start: int,
    dateline_facts: list[Fact],
    reference: _dt.date | None,
) -> Fact | None:
    """The day of the nearest sentence before the first sentence reporting the signing that
    states one, when that sentence states no day and does not set the signing apart (asked only
    of pages whose signing is otherwise undated)."""
    s, e = cue
    if facts_in(facts, "date", s, e) or _APART.search(text, s, e):
        return None
    before = list(itertools.takewhile(lambda ab: ab[0] < s, iter_sentences(text, body_start)))
    # the nearest sentence before it that states a day; the undated ones between go on telling
    # the lead's happening (`가온포럼이 3일 열렸다. … 논의했다. 또한 … 협약을 맺고`) when the
    # signing is told as done, not as expected (`협약 체결도 예상된다`: an item of a schedule)
    for a, b in reversed(before):
        if mask.in_noise(a, b) or mask.furniture(a, b):
            return None
        if not _sentence_end(text[a : _line_end(text, b)]):
            return None  # a stamp line under the headline (`2025-03-20 11:20:05`), no sentence
        # (`SEOUL, June 24 (Yonhap) -- A and B agreed Friday to …`: its weekday, read at its word)
        day = _event_date(facts, text, a, b) or weekday_named(text, a, b, dateline_facts, reference)
        if day is not None or facts_in(facts, "date", a, b):
            break
        if _APART.search(text, a, b) or tense_after(text, s) in ("present", "future"):
            return None
    else:
        return None
    if day is None:
        return None
    # a coming day dates only a coming signing (`오는 20일 … 연다. … 체결할 예정이다`)
    coming = _NEXT.search(text, max(a, day.start - 4), day.end) is not None
    return day if not coming or _COMING.search(text, s, e) else None


def _lead_place(
    text: str, lead: Fact, facts: list[Fact], body_start: int
) -> tuple[str, Span] | None:
    """The venue the sentence holding the lead's day `lead` names: the one told with the day
    (`대표들이 한자리에서 … 포럼이 3일 가온홀에서 열렸다`), else the sentence's."""
    if not _HANGUL.search(text, lead.start, lead.end + 40):
        from summarizer.structure.venue_en import city_by_day  # not on most pages

        return city_by_day(text, lead)
    for a, b in iter_sentences(text, body_start):
        if a > lead.start:
            break
        if lead.start < b:
            return place_in(text, lead.start, b, facts) or place_in(text, a, b, facts)
    return None


# a photo's line: `… 서명을 하고 있다./가온투어 제공`, `… 있다. (사진=가온시 제공)`
_CREDIT = re.compile(r"있다\.?\s*[/(\[]?[^\n]{0,30}제공\W*$", re.M)


def _credited(text: str, s: int, e: int) -> bool:
    """Whether the sentence is a photo's, its line closing with the photo's credit."""
    end = text.find("\n", e)
    return _CREDIT.search(text, max(s, e - 6), len(text) if end < 0 else end) is not None


def _day_told(facts: list[Fact], sentences: list[tuple[int, int]]) -> bool:
    """Whether a sentence reporting the signing states a day, resolved or not (`21일`)."""
    return any(facts_in(facts, "date", s, e) for s, e in sentences)


def _caption_date(text: str, mask: Mask, facts: list[Fact]) -> Fact | None:
    """The signing's date as the first photo caption reporting a signing states it."""
    for s, e, why in mask.noise_why:
        if why == "caption" and _CUE_KO.search(text, s, e):
            return _event_date(facts, text, s, e)
        if why == "copyright" and _CUE_KO.search(text, s, e):
            # a wire photo's caption closing with its credit (`… 5일 … 협약식을 가진 뒤 … 있다.
            # 2019.5.5/뉴스1 ⓒ 홍길동 기자`) is set apart as the credit's line: the day its
            # sentence tells dates the signing, the photo's own date alone does not
            day = _event_date(facts, text, s, e)
            if day is not None and day.parts and day.parts[0].month is None:
                return day
    return None


_SPACE = lazy_compile(r"\s")


def _size(s: str) -> int:
    return len(_SPACE.sub("", s))
