"""Cooperation items: bullet lists near a cooperation verb, inline `▲a ▲b 등에 협력`, annex lists."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import replace
from typing import Literal

from summarizer.facts.datewords import SAME_DAY, words_pattern
from summarizer.lazy import lazy_compile
from summarizer.lexicon import (
    BRANCH_SUFFIXES,
    COMPANY_SUFFIXES,
    ORG_SUFFIXES,
    OTHER_EVENTS,
    SIGNING_STEMS,
    TITLE_WORDS,
    alternation,
    led_start,
    marks,
)
from summarizer.lexicon.joint import JOINT_PRONOUNS, JOINT_WORDS, count_group
from summarizer.models.records import Commitment
from summarizer.structure.bullets import blocks, bullet
from summarizer.structure.follow_ups import follow_ups, pledged_before
from summarizer.structure.items import item, similar, squash
from summarizer.structure.lines import Line, Mask, iter_lines, iter_sentences, sentence_split
from summarizer.structure.noun_lists import LIST_CLOSE
from summarizer.structure.page_shape import is_english
from summarizer.structure.prose import forget_cores, prose_commitments
from summarizer.structure.terms import along_cut, cut_clause, resegment, terms, without_ceremony

# a middle dot is a bullet only after a space (` ·정수장 … ·댐·보 …`); inside `댐·보` it joins words.
# A Greek delta stands for `△` on wires that cannot carry it (` Δ청년 일자리 Δ…`): a mark only
# after a space and before a Korean word or a quote (not `ΔT`, a change in a quantity)
# (the marks: summarizer.lexicon.marks)
_INLINE_MARK = re.compile(
    rf"[{marks.INLINE}{marks.NUMBERED}]|{marks.KEYCAP}"
    r"|(?<!\S)[·ㆍ](?=[^\s·ㆍ])|(?<!\S)Δ(?=[가-힣'‘\"“])"
)
# (`결연`: a sister tie is signed as an agreement is: `이번 결연에 따라 △A △B 활동을 펼친다`)
_CUE = lazy_compile(
    r"협력|협약|협정|결연|추진|하기로|[쓰서]기로|힘을\s*모|공동|약속|합의|agreement|agreed|will\s*:|MOU"
    r"|\bcommit(?:s|ted)?\s+to|\bcooperat|\bcollaborat",
    re.I,
)
# The same asked in two parts (a test compares them with it): the Korean words case-blind
# need no folding, so the engine skips ahead to their first letters; the English ones found by
# theirs in any case (`led_start`: only whether there is one is asked)
_CUE_KO = re.compile(r"협력|협약|협정|결연|추진|하기로|[쓰서]기로|힘을\s*모|공동|약속|합의")
_CUE_EN = re.compile(
    led_start(
        r"agreement|agreed|will\s*:|MOU|\bcommit(?:s|ted)?\s+to|\bcooperat|\bcollaborat",
        "awmc",
        case_blind=True,
    ),
    re.I,
)


def _cued(s: str) -> bool:
    """Whether `_CUE.search(s)` finds a cooperation cue."""
    return _CUE_KO.search(s) is not None or _CUE_EN.search(s) is not None


def _cued_beyond_ceremony(s: str) -> bool:
    """A cooperation cue other than the ceremony's name: `협약식 이후 …을 주제로 △A △B 등에 대한
    특강을 진행했다` lists a lecture's topics, not the agreement's terms."""
    m = _CUE_KO.search(s)
    while m is not None and m.group(0) == "협약" and s.startswith("식", m.end()):
        m = _CUE_KO.search(s, m.end())  # (rarely: the ceremony named first)
    return m is not None or _CUE_EN.search(s) is not None


# `이번 협약식은 … △A △B 등 …을 구축하기 위해 체결했다`: the ceremony's sentence whose
# signing closes it tells what was signed for (a lecture after the ceremony is not signed).
# The signing verbs are the lexicon's stems (`체결했다`, `맺었다`, `서명했다`) in the past tense.
_SIGNED_AFTER = lazy_compile(alternation(SIGNING_STEMS) + r"(?:했|하였|됐|되었|었)다\.?\s*$")


_LIST_HEAD = re.compile(r"(?:협약|협력|합의|주요)\s*(?:내용|사항|과제)|협력\s*분야|agreement", re.I)
_OWN_HEAD = re.compile(r"(?:협약|협력|합의)\s*(?:내용|사항|과제)|협력\s*분야|agreement", re.I)
_ENDS_LIST = re.compile(r"^\s*(?:등[에을을의과]|등\s|등$)")
_APPENDIX = re.compile(
    r"^\s*(?:\[?\s*붙\s*임|<\s*참\s*고|\[?\s*참\s*고\s*\d*\]|□\s*개\s*요|※\s*참고)"
)
_SCHEDULE = re.compile(
    r"^\s*\(\s*(?:일\s*시|장\s*소|일\s*정|참\s*석|목\s*적|협약\s*대상|대\s*상|기\s*간|시\s*간|개\s*요|"
    r"주요\s*내용|내\s*용|예\s*산|규\s*모)[^)]{0,8}\)|^\s*\S{1,8}\s*[:：]|^\s*\d{1,2}:\d{2}|^\s*[※*]"
)
_LEAD_END = lazy_compile(r"(?:다|같다|같습니다)\.\s*$|[:：]\s*$")
# attendees, a running order or an outline are lists too, but of no commitments
_NOT_LEAD = re.compile(r"참석|일정|순서|식순|개요|약력|프로그램|명단|attend|schedule|agenda", re.I)
# the parties together, or a plain `다음과 같다`: `세 기관은 … 패키지를 마련했다.`
_JOINT_LEAD = lazy_compile(
    rf"{count_group()}|{alternation((*JOINT_WORDS, *JOINT_PRONOUNS))}|다음과\s*같|아래와\s*같"
    r"|(?i:\b(?:both|all|the\s+(?:two|three|four))\s+(?:parties|sides|cities|organi[sz]ations|agencies)\b)"
)
# a section heading in a run of `□` lines: `행사 개요`, `협약 주요 내용`, `향후 계획`
_HEADING = re.compile(
    r"^\s*(?:\S+\s+){0,2}(?:개\s*요|(?:주요\s*)?내\s*용|현\s*황|배\s*경|(?:추진|향후)\s*계획|일\s*정|"
    r"추진\s*경과|주요\s*사항|협약\s*사항)\s*$"
)
_FIELD = re.compile(r"^[^:：\n]{1,15}?\s*[:：]\s")
_SENTENCE_END = re.compile(r"(?:다|요)[.。]?\s*$")


_CONTENT_HEAD = lazy_compile(
    rf"(?:내용|사항)(?:은|는|으로는)\s*,?\s*(?:[^\s{marks.INLINE}]\S*\s*)?$"
)
_UNMARKED = lazy_compile(rf"(?:내용|사항)(?:은|는|으로는)\s*,?\s*(?=[^\s{marks.INLINE}])")
_SETUP_BODIES = ("협의체", "위원회", "협의회", "추진단", "전담팀", "네트워크", "TF")
_SETUP_VERBS = ("구성", "구축", "설치", "신설", "발족", "운영")


def _setup(pre: str) -> tuple[int, int] | None:
    """`…실무협의체를 구성해` closing the words before a marked list: a body set up first, as
    a span of `pre` (string tests: this layer's patterns are many)."""
    tail = pre.rstrip(", ")
    end = next((x for x in ("하고", "하며", "하여", "해") if tail.endswith(x)), None)
    words = tail[: len(tail) - len(end)].split() if end else []
    if len(words) < 2 or words[-1] not in _SETUP_VERBS:
        return None
    if not (words[-2].endswith(("을", "를")) and words[-2][:-1].endswith(_SETUP_BODIES)):
        return None
    span = words[-2:]
    for w in reversed(words[:-2][-2:]):  # up to two words before, none closed by a particle
        if w.endswith((*"은는이가에서로", ",")):
            break
        span.insert(0, w)
    stop = tail.rindex(words[-1]) + len(words[-1])
    pos = stop
    for w in reversed(span):
        pos = tail.rindex(w, 0, pos)
    return pos, stop


# every character _INLINE_MARK can match: a sentence with fewer than two holds no list
_MARK_CHAR = re.compile(rf"[{marks.INLINE}{marks.NUMBERED}{marks.KEYCAP_CHARS}·ㆍΔ]")


def _marked_sentences(text: str) -> Iterator[tuple[int, int]]:
    """The sentences of `iter_sentences(text)` holding two characters `_INLINE_MARK` may match
    or more, in order: each found from a mark (by bisection over the document's split), not
    every sentence of the page visited."""
    at = [m.start() for m in _MARK_CHAR.finditer(text)]
    if len(at) < 2:
        return
    starts, bounds = sentence_split(text)
    k = 0
    while k < len(at) - 1:
        i = bisect_right(starts, at[k]) - 1
        if i < 0 or at[k] >= bounds[i][1]:
            k += 1  # (a mark between two sentences: on a line break)
            continue
        s, e = bounds[i]
        after = bisect_left(at, e, k)
        if after - k >= 2:
            yield s, e
        k = after


# what a body's name ends with (`…연구원`, `…산학협력단`, `…지역본부`, `…건설`)
_BODY_ENDS = (*ORG_SUFFIXES, *BRANCH_SUFFIXES, *COMPANY_SUFFIXES)


# a body named with its head in brackets (`가람외과 (원장 홍길동, 서울 가람구)`): a name, as a
# party is named in a story (`가람대학교(총장 홍길동)`), not a deed
_HEADED_NAME = lazy_compile(r"\(\s*(?:" + alternation(TITLE_WORDS) + r")\s*[^()]{1,30}\)\s*\.?$")
# the list closed by a count of bodies: `…△D협회 △E디앤비 총 6개 기관이 협력한다`
_COUNTED_BODIES = lazy_compile(
    r"\s(?:총|등)\s*" + count_group(partners=False) + r"[이가과와은는의]?\s"
)


def _named_body(text: str) -> bool:
    """Whether a listed item is a body's name (a suffix test first)."""
    bare = text.rstrip(" .")
    return bare.endswith(_BODY_ENDS) or (
        bare.endswith(")") and _HEADED_NAME.search(bare) is not None
    )


# an event as the sentence's topic (`이번 행사는`, `이날 페스티벌에는`, `이번 포럼에서는`; the
# same-day words: facts.datewords)
_EVENT_TOPIC = lazy_compile(
    rf"\s*(?:이번|{words_pattern(SAME_DAY)})\s*"
    + alternation(OTHER_EVENTS)
    + r"(?:는|은|에는|에서는|에선)\s"
)


def _no_terms(sent: str, items: list[Commitment]) -> bool:
    """Whether a sentence's marked list is no list of the agreement's terms: what it lists is
    told of an event (`이번 페스티벌에는 … △A 소개 △B 시상`, `이번 행사는 △A △B 등 …을 위해
    마련됐다`: its programme or aims), or it names bodies, not deeds (a roster)."""
    return _EVENT_TOPIC.match(sent) is not None or _roster(items)


def _roster(items: list[Commitment]) -> bool:
    """Whether a marked list names bodies, not deeds: `이번 협약에 참여한 기관은 ▲A연구원
    ▲B진흥원 ▲C대학교 산학협력단 등이다` lists who signed (three names or more, two in three
    ending as a body's name does, or named with their heads in brackets), as does a list closed
    by a count of bodies (`▲A재단 ▲B협회 ▲C원 총 6개 기관이 협력한다`)."""
    if len(items) < 3:
        return False
    if _COUNTED_BODIES.search(items[-1].text) is not None:
        return True
    names = sum(_named_body(c.text) for c in items)
    return names * 3 >= len(items) * 2


# a sentence left open at its line break: no sentence mark, `다`/`요` or colon before it
_CLOSED = re.compile(r"(?:[.!?。:：]|다|요)[\"'’”)\]]*\s*$")
# a line that carries on a sentence: a word, not a mark, a bracket or a label opening it
# (the marks: summarizer.lexicon.marks)
_CARRIES_ON = re.compile(rf"[^\s{marks.LEAD}\[(<〈【※#|]")


def _carried_on(text: str, s: int, e: int) -> int:
    """The end of a marked list's sentence read across the line breaks that cut an item
    (`▲공익활동 비영리민간⏎단체 교류 협력 ▲… 등을 약속했다.`): while the sentence stops open at a
    single line break and the next line carries on with a word, its line is joined (up to
    three)."""
    for _ in range(3):
        if not text.startswith("\n", e) or _CLOSED.search(text, s, e):
            break
        if not _CARRIES_ON.match(text, e + 1):
            break
        starts, bounds = sentence_split(text)  # (the document's split, made once)
        i = bisect_left(starts, e + 1)
        if i >= len(starts) or starts[i] != e + 1:
            break
        e = bounds[i][1]
    return e


def _inline(text: str, mask: Mask, appendix_at: int, agreement: bool) -> list[Commitment]:
    out: list[Commitment] = []
    done = 0
    for s, e in _marked_sentences(text):
        if s < done:
            continue  # (read already, as the rest of a list cut by a line break)
        e = done = _carried_on(text, s, e)
        listed = _inline_items(text, mask, appendix_at, agreement, s, e)
        if not _no_terms(text[s:e], listed):
            out += listed
    return out


def _inline_items(
    text: str, mask: Mask, appendix_at: int, agreement: bool, s: int, e: int
) -> list[Commitment]:
    """The items of one sentence's marked list (none where it is no list of terms)."""
    out: list[Commitment] = []
    sent = text[s:e]
    marks = [m for m in _INLINE_MARK.finditer(sent)]
    if len(marks) < 2 or mask.blocked(s, e):
        return out
    # `주요 내용은, A ▲B ▲C 등이다`: the first item may go without its mark
    head = _UNMARKED.search(sent, 0, marks[0].start())
    # (in an agreement, `세부 내용으로는 △A △B 등이다` is cue enough)
    if not (
        _cued_beyond_ceremony(sent)
        or _SIGNED_AFTER.search(sent, marks[-1].end()) is not None
        or (agreement and _CONTENT_HEAD.search(sent, 0, marks[0].start()))
    ):
        return out
    section = "appendix" if s >= appendix_at else "body"
    if head and len(sent[head.end() : marks[0].start()].strip()) >= 8:
        c = item(text, s + head.end(), s + marks[0].start(), False, section)
        if c:
            out.append(c)
    # `양 기관은 실무협의체를 구성해 △A △B 등을 공동 수행한다`: a body set up first
    setup = _setup(sent[: marks[0].start()])
    if setup:
        c = item(text, s + setup[0], s + setup[1], False, section)
        if c:
            out.append(c)
    for i, m in enumerate(marks):
        a = s + m.end()
        b = s + marks[i + 1].start() if i + 1 < len(marks) else e
        joined = along_cut(text, a, b) if i + 1 == len(marks) else None
        if joined is not None:  # `△C 협력과 함께 D 등에 적극 협력하기로 했다`: D too
            out += _along_items(text, a, joined, b, section)
            continue
        c = item(text, a, b, i + 1 == len(marks), section)
        if c:
            out.append(c)
    return out


# `…에 적극 협력함으로써 …을 약속했다`: the deed ends where its means does
_BY_DOING = lazy_compile(r"(?<=[가-힣])함으로써\s")


def _along_items(
    text: str, a: int, joined: re.Match[str], b: int, section: str
) -> list[Commitment]:
    """The last listed item and the deed `과 함께` adds after it, read as a clause."""
    found = [item(text, a, joined.start(), False, section)]
    by = _BY_DOING.search(text, joined.end(), b)
    found += cut_clause(text, joined.end(), by.start() if by else b)
    where: Literal["body", "appendix"] = "appendix" if section == "appendix" else "body"
    return [replace(c, section=where) for c in found if c is not None]


# `주요 내용으로는 'A', 'B', 'C' 등의 내용을 담고 있다`: quoted phrases as the listed terms,
# each closed by its quote and joined by a comma (a single quote only: `"…"` is speech)
_QUOTED = re.compile(r"['‘]([^'‘’\n]{4,80})['’]\s*(,|및|와|과|)\s*")
# the list told as the agreement's content: a content head before it or `등의 내용` after it
_QUOTED_TAIL = lazy_compile(r"\s*등(?:의|을|이|으로|과)?\s*(?:\S+\s*){0,2}?(?:내용|사항|과제)")
_QUOTED_HEAD = lazy_compile(r"(?:내용|사항|과제)(?:은|는|으로는|로는)\s*,?\s*$")


def _quoted_run(text: str, pos: int, e: int) -> list[re.Match[str]]:
    """The run of quoted phrases from `pos`, joined by commas (empty unless two or more)."""
    run: list[re.Match[str]] = []
    while (m := _QUOTED.match(text, pos, e)) is not None:
        run.append(m)
        pos = m.end()
        if not m.group(2):
            break
    return run if len(run) >= 2 and not run[-1].group(2) else []


def _opening_quotes(text: str) -> list[int]:
    """Where `'` or `‘` stands (str.find: no pass of the regex engine over the page)."""
    at: list[int] = []
    for mark in "'‘":
        p = text.find(mark)
        while p >= 0:
            at.append(p)
            p = text.find(mark, p + 1)
    return sorted(at)


def _quoted(text: str, mask: Mask, appendix_at: int) -> list[Commitment]:
    out: list[Commitment] = []
    at = _opening_quotes(text)
    done = 0
    line_end = -2  # (the line break after the last mark asked: the marks rise, so a line's is
    # found once, not from every mark on a long line)
    for p in at if len(at) >= 2 else ():
        if p < done:
            continue
        # the sentence around: from the last line break or `다.` before, to the next after
        if line_end == -2 or 0 <= line_end < p:
            line_end = text.find("\n", p)
        e = len(text) if line_end < 0 else line_end
        run = _quoted_run(text, p, e)
        if not run:
            continue
        done = run[-1].end()
        said = text.rfind("다. ", max(0, p - 400), p)
        s = max(text.rfind("\n", 0, p) + 1, said + 3 if said >= 0 else 0)
        stop = text.find("다.", done, e)
        e = e if stop < 0 else stop + 2
        told = _QUOTED_TAIL.match(text, done, e) or _QUOTED_HEAD.search(text, s, run[0].start())
        if not told or mask.blocked(s, e) or not _cued(text[s:e]):
            continue
        section = "appendix" if s >= appendix_at else "body"
        for m in run:
            c = item(text, m.start(1), m.end(1), False, section)
            if c:
                out.append(c)
    return out


def _lined(
    text: str, mask: Mask, appendix_at: int, agreement: bool, signed: bool
) -> list[Commitment]:
    lines = list(iter_lines(text))
    out: list[Commitment] = []
    for run in blocks(lines):
        i, j = run[0], run[-1] + 1
        items = [lines[k] for k in run]
        if len(items) < 2:
            continue
        # Walk outwards from the run (a slice of every earlier line per run is quadratic).
        prev = next((lines[k] for k in range(i - 1, -1, -1) if lines[k].stripped), None)
        after = next((lines[k] for k in range(j, len(lines)) if lines[k].stripped), None)
        lead = _last_sentence(text, prev) if prev is not None else ""
        intro_ok = prev is not None and (
            (
                _cued(lead)  # not `협약 후 지원한다. 내용은 …`
                and not _NOT_LEAD.search(lead)
                and re.search(
                    r"(?:다\.?|[:：]|[은는]|에\s*따라|will:?|following:?)\s*$", prev.stripped
                )
            )
            # `주요 내용` heads a notice's agenda too: it lists commitments only under an agreement
            or (_LIST_HEAD if agreement else _OWN_HEAD).search(prev.text)
            # in a signing between parties, any sentence may introduce its package:
            # `…패키지를 마련했다.` (a notice's `다음과 같이 엽니다.` lists an agenda)
            or (
                signed
                and bool(_LEAD_END.search(prev.stripped))
                and bool(_JOINT_LEAD.search(lead))
                and not _NOT_LEAD.search(lead)
            )
        )
        tail_ok = after is not None and _ENDS_LIST.match(after.text) and _cued(after.text)
        if not (intro_ok or tail_ok):
            continue
        bodies = [(ln, bullet(ln)) for ln in items]
        texts = [ln.text[m.end() :] for ln, m in bodies if m]
        if sum(bool(_SENTENCE_END.search(t)) for t in texts) * 2 > len(texts):
            continue  # paragraphs that happen to be bulleted
        if all(_FIELD.match(t) for t in texts):
            continue  # `□ 장소 : …` rows: a table of fields, not a list of items
        section = "appendix" if items[0].start >= appendix_at else "body"
        for ln, m in bodies:
            if not m or mask.blocked(ln.start, ln.end) or _SCHEDULE.match(ln.text[m.end() :]):
                continue
            if _HEADING.match(ln.text[m.end() :]):
                continue  # `□ 협약 주요 내용` heads the numbered items below it
            c = item(text, ln.start + m.end(), ln.end, False, section)
            if c:
                out.append(c)
    return out


# a head the items go on from, its marks lost with the page's markup: `협약의 주요 내용은`,
# `주요 협약 내용`, `협력 분야:` on a line of its own, or a sentence closing on `다음 사항에
# 협력한다.` / `다음과 같다.`
_BARE_HEAD = lazy_compile(
    r"(?:(?:협약|협력|합의|주요)\s*(?:내용|사항|과제)|협력\s*분야)(?:은|는|으로는|로는)?\s*[:：]?\s*$"
    r"|(?:다음|아래)(?:과|와)?\s*(?:같|사항)[^\n]{0,24}(?:다\.?|[:：])\s*$"
)
_MAX_BARE_ITEM = 60


def _bare_item(ln: Line) -> bool:
    """A line that may be one item of a list whose marks were lost: short, no sentence (but
    the list's `…등이다.`), no quotation, no mark of its own, no `장소 : …` field."""
    t = ln.stripped
    if not t or len(t) > _MAX_BARE_ITEM or bullet(ln) or _FIELD.match(t) or _SCHEDULE.match(t):
        return False
    if "“" in t or '"' in t or "”" in t:
        return False
    return not _SENTENCE_END.search(t) or LIST_CLOSE.search(t) is not None


# a literal every match of _BARE_HEAD holds
_BARE_HEAD_WORDS = ("내용", "사항", "과제", "분야", "같")


def _bare_heads(text: str) -> list[int]:
    """Where the lines start that `_BARE_HEAD` matches (stripped), in order: only those
    holding one of `_BARE_HEAD_WORDS` are asked, found by `str.find` over the page (no regex
    search of every line, nor a split of a page that holds no head)."""
    starts: dict[int, str] = {}
    for word in _BARE_HEAD_WORDS:
        p = text.find(word)
        while p >= 0:
            # the line around (a line ends at CR, LF or CRLF, as iter_lines has it); a CR looked
            # for only within the LF-bounded line: a page with none is not scanned to its ends
            s = text.rfind("\n", 0, p)
            s = max(s, text.rfind("\r", s + 1, p)) + 1
            e = text.find("\n", p)
            e = len(text) if e < 0 else e
            cr = text.find("\r", p, e)
            e = e if cr < 0 else cr
            starts[s] = text[s:e].strip()
            p = text.find(word, e)
    return sorted(s for s, t in starts.items() if _BARE_HEAD.search(t))


def _unmarked(text: str, mask: Mask, appendix_at: int, agreement: bool) -> list[Commitment]:
    """Items on lines of their own under a list's head, their marks lost (`협약의 주요 내용은`
    then `청년 창업 공간 제공` / `창업 교육 운영` / `지역 기업 연계 등이다.`): two lines or more."""
    heads = _bare_heads(text)
    if not heads:
        return []
    lines = [ln for ln in iter_lines(text) if ln.stripped]
    at = {ln.start: i for i, ln in enumerate(lines)}
    out: list[Commitment] = []
    k = 0
    for h in (at[s] for s in heads):
        if h < k or h >= len(lines) - 2:
            continue  # (inside a run already read, or too near the end for two items)
        lead = lines[h]
        k = h + 1
        if not _cued(lead.stripped):
            continue
        if not agreement and not _OWN_HEAD.search(lead.stripped):
            continue  # (a notice's `주요 내용` heads an agenda)
        if _NOT_LEAD.search(lead.stripped):
            continue
        run: list[Line] = []
        while k < len(lines) and _bare_item(lines[k]) and len(run) < 12:
            run.append(lines[k])
            k += 1
            if LIST_CLOSE.search(run[-1].stripped):
                break
        if len(run) < 2:
            continue
        section = "appendix" if run[0].start >= appendix_at else "body"
        for n, ln in enumerate(run):
            if mask.blocked(ln.start, ln.end):
                continue
            c = item(text, ln.lstart, ln.rend, n + 1 == len(run), section)
            if c:
                out.append(c)
    return out


def _last_sentence(text: str, ln: Line) -> str:
    bounds = [(s, e) for s, e in iter_sentences(text, ln.start, ln.end) if text[s:e].strip()]
    return text[bounds[-1][0] : bounds[-1][1]] if bounds else ln.text


_CONTACT_HEAD = re.compile(r"\s*담\s*당\s*부\s*서")
# What a line opens with (spaces aside) where _APPENDIX or _CONTACT_HEAD matches
_APPENDIX_FIRST = frozenset("[붙<참□※담")


def _appendix_start(text: str, body_start: int) -> int:
    """Where the annex begins: a 붙임/참고/개요 line, or a contact table closing the body."""
    for ln in iter_lines(text):
        if ln.stripped[:1] not in _APPENDIX_FIRST:
            continue
        if _APPENDIX.match(ln.text) or (ln.start > body_start and _CONTACT_HEAD.match(ln.text)):
            return ln.start
    return len(text)


def _repeats(c: Commitment, o: Commitment) -> bool:
    if c.section == o.section == "body":
        x, y = squash(c.text), squash(o.text)
        return x in y or y in x
    return similar(c.text, o.text)


# how far after an English list its follow-up may start (`In addition, they agreed to …`)
_EN_FOLLOW_UP_REACH = 400
# a sentence going on from the list (not a dated plan told after it: `The fair will be held …`)
_EN_GOES_ON = lazy_compile(
    r"(?:In\s+addition|Additionally|Also|Furthermore|Moreover|Besides)\b,?\s", re.I
)


def _en_goes_on(text: str, after: int, at: int) -> bool:
    """Whether the sentence holding `at` (after the list ending at `after`) opens with a
    connective: `In addition, they agreed to …`."""
    cut = max(text.rfind(". ", after, at), text.rfind("\n", after, at))
    start = cut + 1 if cut >= 0 else after
    while start < at and not text[start].isalnum():
        start += 1
    return _EN_GOES_ON.match(text, start, at) is not None


def _party_shares(
    text: str, mask: Mask, body_start: int, sides: tuple[str, ...]
) -> list[Commitment]:
    """`summarizer.structure.shares.party_shares`, loaded the first time a page gets this far
    (few do: ~0.6 M instructions of every start otherwise)."""
    from summarizer.structure.shares import party_shares

    return party_shares(text, mask, body_start, sides=sides)


def _english_around(
    text: str, mask: Mask, body_start: int, out: list[Commitment]
) -> list[Commitment]:
    """English prose pledges around a list: `All three parties agreed to build a network …`
    before `The detailed activities are: ①…` (not the sentence that runs into the list, `…in the
    following areas: ▲ …`: its intro), and `In addition, they agreed to …` right after it."""
    first = min(c.start for c in out)
    body = [c for c in out if c.section == "body"]
    last = max(c.end for c in body) if body else len(text)
    from summarizer.structure.en_commitments import english_commitments  # English pages only

    added: list[Commitment] = []
    for c in english_commitments(text, mask):
        before = body_start <= c.start and c.end <= first
        after = last <= c.start < last + _EN_FOLLOW_UP_REACH and _en_goes_on(text, last, c.start)
        if (before or after) and not any(similar(c.text, o.text) for o in out + added):
            added.append(c)
    return added


def _aims(text: str, mask: Mask, body_start: int, found: list[Commitment]) -> list[Commitment]:
    """What an English agreement sentence says the signing is for (`A signed an MOU with B to
    deepen C`), beside the terms read elsewhere when they are few (en_commitments.agreement_aims)."""
    if len(found) >= 3 or "to " not in text:
        # (three terms read or more: the aim is their gist, said again; every aim is `to VERB`,
        # a word test that spares most Korean pages)
        return []
    from summarizer.structure.en_commitments import agreement_aims  # English pages only

    return agreement_aims(text, mask, found, body_start)


def find_commitments(
    text: str,
    mask: Mask,
    prose: bool = False,
    body_start: int = 0,
    agreement: bool = True,
    sides: tuple[str, ...] = (),
) -> list[Commitment]:
    """One entry per cooperation item; the annex adds only items the body did not already list.

    Nothing is taken before `body_start` (title and subtitles). With `prose`, an agreement
    that lists nothing yields the clauses after `협약에 따라`. Without an `agreement` (a notice),
    a list under a bare `주요 내용` heading is an agenda, not a commitment. `sides`, the
    parties' names, let an English page's `B Corp. will …` sentences add B's share.
    """
    forget_cores()  # (a sentence's opening words are cut once a page, and let go after it)
    found = _kept(_find_commitments(text, mask, prose, body_start, agreement, sides))
    if prose:  # the parties' plans told elsewhere in the story (`…할 방침이다` after the list)
        found = _with_plans(text, mask, body_start, sides, found)
    if agreement:  # a 투자협약: each firm's own investment sentence is its share
        found = _with_investments(text, mask, body_start, sides, found)
    latin = _latin_sides(sides) if prose else []
    if latin and is_english(text[body_start:]):
        from summarizer.structure.en_commitments import sides_will  # English pages only

        for c in sides_will(text, mask, latin, body_start):
            if not any(similar(c.text, o.text) or o.start <= c.start < o.end for o in found):
                found.append(c)
    return found


# a quotation told as said (`…”고 밝혔다`, `…”라며,`): a speaker's words, never a term, though a
# bulleted paragraph may hold it (`□ 박 총장은 “…노력하겠다”고 밝혔다.`)
_SAID = lazy_compile(r"[“\"][^”\"]{2,}[”\"]\s*(?:이?라|하)?(?:고|며|면서)[\s,]")


def _spoken(item: str) -> bool:
    """Whether the item holds a quotation told as said (a string test first: most hold none)."""
    return ("”" in item or '"' in item) and _SAID.search(item) is not None


# a speaker's own will (`…만들어 가겠다`, `…노력하겠습니다`): a report tells a party's pledge as
# `…할 계획이다`/`…하기로 했다`; the first person's `-겠다` is speech, though the page lost the
# quotation's opening mark (`…절실하다. 이번 협약을 통해 …가겠다.”고 밝혔다`)
_VOLITIONAL_ENDS = ("겠다", "겠다.", "겠습니다", "겠습니다.")


def _volitional(item: str) -> bool:
    """Whether the item closes on a speaker's `-겠다` (a suffix test)."""
    return item.rstrip().endswith(_VOLITIONAL_ENDS)


# what the agreement is foreseen to bring about, no one's deed: `…120명의 고용을 창출할
# 전망이다`, `…일자리 창출을 이끌고 지역경제 활성화를 견인할 계획이다` (`수요 전망`, a noun, is
# a term's object: a verb's `할`/`될` must stand before `전망`); nor what it makes possible
# (`…네트워크를 확보할 수 있게 된다`)
_FORESEEN = lazy_compile(
    r"[할될]\s*(?:전망|것으로\s*(?:전망|예상))(?:이다)?\.?$|[을를]\s*(?:견인|이끌)$"
    r"|수\s*있게\s*된다\.?$"
)
_FORESEEN_ENDS = (
    *("전망", "전망이다", "전망이다.", "예상", "예상이다", "예상이다.", "견인", "이끌"),
    *("된다", "된다."),
)


def _foreseen(item: str) -> bool:
    """Whether the item tells an outcome foreseen (a suffix test first: most end otherwise)."""
    return item.endswith(_FORESEEN_ENDS) and _FORESEEN.search(item) is not None


# how long the agreement runs (`협약 기간은 2년이며 … 자동으로 1년씩 연장된다`, `이번 협정의
# 유효기간은 …까지로 하되 … 자동으로 연장키로 했다`): the agreement's own term, no deed
_TERM_OF_AGREEMENT = lazy_compile(
    r"(?:유효\s*기간|(?:협약|협정)\s*기간)[은는이]|자동(?:으로|적으로)?\s*(?:\d+년씩\s*)?연장"
)


def _duration(item: str) -> bool:
    """Whether the item tells how long the agreement runs (a word test first: most do not)."""
    return ("기간" in item or "연장" in item) and _TERM_OF_AGREEMENT.search(item) is not None


def _kept(items: list[Commitment]) -> list[Commitment]:
    """The items that are terms: no quotation's words, no foreseen effect, no wish, not how
    long the agreement runs."""
    return [
        c
        for c in items
        if not _spoken(c.text)
        and not _foreseen(c.text)
        and not _volitional(c.text)
        and not _duration(c.text)
    ]


def _with_plans(
    text: str, mask: Mask, body_start: int, sides: tuple[str, ...], found: list[Commitment]
) -> list[Commitment]:
    """`found` and the plans told in sentences no reader took (`structure/plans.py`), in the
    page's order (the annex's items last). After a list (the release's own statement of the
    terms) only a plan standing alone is read, not the sides' shares told in turn."""
    listed = any(c.section == "body" for c in found)
    from summarizer.structure.plans import told_plans  # (loaded where a story pledges)

    added = _kept(told_plans(text, mask, body_start, found, sides, listed=listed))
    if not added:
        return found
    return sorted(found + added, key=lambda c: (c.section == "appendix", c.start))


# the page names an investment agreement (`투자협약`, `투자 양해각서`, `투자유치 협약`)
_DEAL = lazy_compile(r"투자(?:유치)?\s*(?:협약|양해각서|MOU|업무\s*협약)")


def names_investment_deal(text: str, start: int) -> bool:
    """Whether the page names an investment agreement after `start` (a 투자협약 story, whose
    firms each tell their own investment: `structure/investments.py`)."""
    return "투자" in text and _DEAL.search(text, start) is not None


def _with_investments(
    text: str, mask: Mask, body_start: int, sides: tuple[str, ...], found: list[Commitment]
) -> list[Commitment]:
    """`found` and the firms' investment sentences it does not already hold: not where an item
    stands already, nor for a firm whose share an item tells (`협약에 따라 A는 …을 이행하고`
    after `A는 …공장을 짓는다`: the terms say what A pledged, the story what A will build)."""
    if not names_investment_deal(text, body_start):  # the reader is loaded only where it reads
        return found
    from summarizer.structure.investments import investments

    shares = investments(text, mask, body_start, sides)
    if not shares:
        return found
    # a clause cut from the same sentence by the prose readers gives way to the firm's own
    # share (`…투자해 부품 공장을 건립하기로` to `A는 …투자해 부품 공장을 건립`)
    kept = [
        o
        for o in found
        if o.section != "prose" or not any(c.start < o.end and o.start < c.end for _, c in shares)
    ]
    added = [
        c
        for firm, c in shares
        if not any((c.start < o.end and o.start < c.end) or firm in o.text for o in kept)
    ]
    if len(added) < len(found) - len(kept):  # (fewer than it would take away: keep the prose)
        return found
    return sorted(kept + added, key=lambda c: (c.section == "appendix", c.start))


def _roles_told_before(text: str, first: int) -> bool:
    """Whether the sentence right before the list's could give two parties their parts (two
    topics, a clause joined by `-고,`/`-며,`): string tests, so that the reader of parts is
    loaded only for a page that may need it."""
    starts, bounds = sentence_split(text)
    k = bisect_right(starts, first) - 2
    while k >= 0 and not text[bounds[k][0] : bounds[k][1]].strip():
        k -= 1
    if k < 0:
        return False
    sent = text[bounds[k][0] : bounds[k][1]]
    return ("고, " in sent or "며, " in sent) and sent.count("는 ") + sent.count("은 ") >= 2


def _with_signed_pledge(
    text: str, mask: Mask, body_start: int, got: list[Commitment]
) -> list[Commitment]:
    """`got` (a page that lists no terms) and the terms the signing's own sentence pledges
    (`…협약을 체결하고, A와 B에서 협력하기로 했다`: `structure/signed_pledge.py`) it does not
    hold already, in the page's order. Where the story spells out two sure terms or more, the
    signing's pledge is the goal they spell out (`…협약을 맺고, 금융지원에 나서기로 했다. A는
    …을 추천하고, B는 …`): `got` alone."""
    if sum(c.confidence == "high" for c in got) >= 2:
        return got
    from summarizer.structure.signed_pledge import signed_pledge  # (pages with no list only)

    added = [
        c
        for c in signed_pledge(text, mask, body_start)
        if not any(similar(c.text, o.text) or (c.start < o.end and o.start < c.end) for o in got)
    ]
    return sorted(got + added, key=lambda c: c.start) if added else got


def _latin_sides(sides: tuple[str, ...]) -> list[str]:
    """The parties' names written in Latin letters, three characters or more (a Korean
    page's are Hangul: none)."""
    return [n for n in sides if len(n) >= 3 and n[:1].isascii() and n[:1].isalpha()]


def _find_commitments(
    text: str, mask: Mask, prose: bool, body_start: int, agreement: bool, sides: tuple[str, ...]
) -> list[Commitment]:
    appendix_at = _appendix_start(text, body_start)
    found = sorted(
        (
            c
            for c in _inline(text, mask, appendix_at, agreement)
            + _quoted(text, mask, appendix_at)
            + _lined(text, mask, appendix_at, agreement, prose)
            + _unmarked(text, mask, appendix_at, agreement)
            if c.start >= body_start
        ),
        key=lambda c: c.start,
    )
    body = [c for c in found if c.section == "body"]
    annex = [c for c in found if c.section != "body"]
    out: list[Commitment] = []
    for c in body + annex:
        if mask.in_noise(c.start, c.end):
            continue
        # the annex repeats the body in other words; within the body two near-alike items
        # (`Support exchanges …` and `Sponsor exchanges …`) are both terms, a repeat is not
        if any(_repeats(c, o) for o in out):
            continue
        out.append(c)
    out = without_ceremony(text, resegment(text, out))
    if not out and prose:  # a page that repeats its story repeats no term
        said: list[Commitment] = []
        for c in prose_commitments(text, mask):
            # (nor in other words: `…프로그램 개발 등에 나선다` told again as `…개발과 공동사업`;
            # a retelling opens as the first telling did, which spares comparing most pairs)
            x = squash(c.text)
            if not any(
                x in y or y in x or (x[:6] == y[:6] and similar(c.text, o.text))
                for o in said
                for y in (squash(o.text),)
            ):
                said.append(c)
        said = without_ceremony(text, resegment(text, said))
        # (the terms sentences are read only here, where they may be the answer)
        got = said or terms(text, mask, body_start) or _party_shares(text, mask, body_start, sides)
        got = _with_signed_pledge(text, mask, body_start, got)
        return got + _aims(text, mask, body_start, got)
    if not out and agreement:
        # `A시는 …하기로 했다. B원은 …힘쓰기로 했다.`: each party's share, told in turn (two
        # parties or more, whether or not both were found as parties)
        shares = _party_shares(text, mask, body_start, sides)
        return _with_signed_pledge(text, mask, body_start, shares)
    if prose and out and is_english(text[body_start:]):
        out += _english_around(text, mask, body_start, out)
        out += _aims(text, mask, body_start, out)
    listed = [c for c in out if c.section == "body"]
    if prose and listed:  # `두 도시는 …하기로 했다.` before the list: the parties' own pledge
        for c in pledged_before(text, mask, body_start, listed[0].start):
            if not any(similar(c.text, o.text) for o in out):
                out.append(c)
    if prose and listed:  # `또 …을 정례화할 예정이다.` right after the list adds its clauses
        for c in follow_ups(text, mask, listed[-1].end):
            if not any(similar(c.text, o.text) for o in out):
                out.append(c)
    if prose and listed and _roles_told_before(text, listed[0].start):
        # `A는 …을 제공하고, B는 …을 맡기로 했다.` before it: each one's part
        from summarizer.structure.shares import roles_before  # (few pages get this far)

        for c in roles_before(text, mask, listed[0].start):
            if not any(similar(c.text, o.text) or o.start <= c.start < o.end for o in out):
                out.append(c)
    return sorted(out, key=lambda c: (c.section != "body", c.start))
