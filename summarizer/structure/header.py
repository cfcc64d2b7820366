"""The head of a document: title, subtitles, embargo line and news dateline."""

from __future__ import annotations

import re

from summarizer.lazy import lazy_compile
from summarizer.lexicon import (
    CAPTION_ACTS,
    CAPTION_POSITIONS,
    DISTRIBUTION_LABELS,
    DISTRIBUTION_WORD,
    FAX_LABELS,
    ORG_SUFFIXES,
    ORG_SYLLABLES,
    PHONE_LABELS,
    RELEASE_KINDS,
    RELEASE_KINDS_EN,
    RELEASE_TIME_LABELS,
    RELEASE_TIME_LABELS_EN,
    RELEASE_WORD,
    alternation,
    led,
    led_start,
    marks,
    phrases,
    scripts,
)
from summarizer.models.records import Embargo, Fact, Headline, Span
from summarizer.structure.en_dateline import EN_DATELINE_FORM
from summarizer.structure.lines import Line, Mask, facts_in, head_lines, span
from summarizer.structure.page_shape import META_DATE

_RELEASE_TIME = alternation(RELEASE_TIME_LABELS, spaced=True)
_EMBARGO_FORM = (
    rf"{_RELEASE_TIME}|{alternation((RELEASE_WORD,), spaced=True)}(?=\s*[:(])"
    rf"|{phrases(RELEASE_TIME_LABELS_EN)}"
)
_EMBARGO_FIRSTS = "".join(
    w[0] for w in (*RELEASE_TIME_LABELS, RELEASE_WORD, *RELEASE_TIME_LABELS_EN)
)
_EMBARGO = re.compile(led(_EMBARGO_FORM, _EMBARGO_FIRSTS), re.I)
# where `_EMBARGO`'s first match in the head starts, found by its first character (in any
# case), which the engine skips ahead by (behind `led`'s look-ahead it entered the pattern at
# every character of the head)
_EMBARGO_AT = re.compile(led_start(_EMBARGO_FORM, _EMBARGO_FIRSTS, case_blind=True), re.I)
_RELEASE_LABEL = lazy_compile(alternation((*DISTRIBUTION_LABELS, DISTRIBUTION_WORD), spaced=True))
# `- 윤원진 기자` under a headline is a byline, not a subtitle
_SUBTITLE = re.compile(
    rf"^\s*[{marks.SUBTITLE}]\s*(?![가-힣]{2, 4}\s*(?:기자|특파원|통신원)\s*$)\S"
)
# `Title SeoulTech Signs MOU …`, `제목 : …`: a board's labelled title line
_TITLE_LABEL = re.compile(r"^\s*(?:Title|Subject|제\s*목)\s*[:：]?\s+(?=\S)")
# `유정복 인천시장 [사진=인천시]`: a photo and its credit, never the headline
_PHOTO_CREDIT = re.compile(
    r"[\[(]\s*(?:사진|자료|그래픽|이미지)\s*[=:/]|[\[(]\s*(?:사진|Photo)\s*(?:제공|by)\b", re.I
)
_TEL_KO_WORDS, _TEL_EN_WORDS, _ = scripts((*PHONE_LABELS, *FAX_LABELS))
_TEL_KO = alternation(_TEL_KO_WORDS, spaced=True)
_TEL_EN = "|".join(v for w in _TEL_EN_WORDS for v in (w, w.upper()))
# a footer line with a phone or fax number, or a board's view-a-post header
_FOOTERISH = lazy_compile(
    rf"\b(?:{_TEL_EN})\s*[:.：]|{_TEL_KO}\s*[:：]|Copyright|ⓒ|©|무단\s*전재|[\w.+-]+@[\w-]+\."
    r"|등록\s*번호|발행인|편집인|청소년\s*보호"
    r"|^\s*(?:게시글|게시물|기사)\s*(?:확인|보기|상세|상세페이지)\s*$"
)
# Whether `_FOOTERISH.search(s)` finds anything, asked in three parts: the words behind a
# look-ahead for their first characters, an address only where an `@` is (its `[\w.+-]+@` was
# tried at every letter of the line), a board's header at the start (a test compares them)
_FOOTER_WORDS = re.compile(  # (only whether a line has one is asked)
    led_start(
        rf"\b(?:{_TEL_EN})\s*[:.：]|{_TEL_KO}\s*[:：]|Copyright|ⓒ|©|무단\s*전재|등록\s*번호|발행인|편집인"
        r"|청소년\s*보호",
        "".join(w[0] + w[0].upper() for w in (*_TEL_EN_WORDS, *_TEL_KO_WORDS)) + "Cⓒ©무등발편청",
    )
)
_FOOTER_MAIL = lazy_compile(r"[\w.+-]+@[\w-]+\.")
_BOARD_VIEW = re.compile(r"\s*(?:게시글|게시물|기사)\s*(?:확인|보기|상세|상세페이지)\s*$")


def _footerish(s: str) -> bool:
    """`_FOOTERISH.search(s) is not None`."""
    return (
        _FOOTER_WORDS.search(s) is not None
        or ("@" in s and _FOOTER_MAIL.search(s) is not None)
        or _BOARD_VIEW.match(s) is not None
    )


# (compiled once: these are asked of every sentence, line or name)
_THERE_IS_END = re.compile(r"있다\.?$")
_FULL_STOP_END = re.compile(r"[다요]\.[’”'\"]?$")
_SPACE = re.compile(r"\s")
_SHORT_LABEL = re.compile(r"[^\s:：]{1,8}\s*[:：]")
_LABEL_VALUE = re.compile(r"있음|없음|쪽수|매수")
# (`X{2}` written `XX`: a pattern opening with a repeat gives the engine nothing to skip by)
_TWO_CAPITALS = re.compile(r"[A-Z][A-Z]")
_TWO_LETTERS = re.compile(r"[가-힣A-Za-z][가-힣A-Za-z]")

_BULLETED = re.compile(rf"^\s*(?:[{marks.NOT_TITLE}]|\d{{1,2}}[.)]\s|\d{{1,2}}\t|<)")
# Lines that open a document but are not its title.
_NOT_TITLE = lazy_compile(
    rf"^\s*(?:[\[<(]?\s*{alternation(RELEASE_KINDS, spaced=True)}\s*[\]>)]?"
    rf"|{phrases((*RELEASE_KINDS_EN, *RELEASE_TIME_LABELS_EN))}|release\s+(?:date|time)"
    rf"|(?:\S+\s+)?{alternation(RELEASE_KINDS, spaced=True)}\s*$|.*공고\s*제?\s*\d"
    r"|.*(?:기사)?입력|.*(?:최종)?수정\s*(?::|\d|$)"
    rf"|담\s*당|문\s*의|연\s*락\s*처|{_TEL_KO}|홈\s*페\s*이\s*지|(?:{_TEL_EN})\s*(?:[:.：+(\d]|$)|사\s*진\s*:"
    rf"|{alternation((DISTRIBUTION_WORD,), spaced=True)}|{_RELEASE_TIME}"
    r"|\d{4}\s*[.\-년]\s*\d{1,2}\s*[.\-월]\s*\d{1,2}.{0,16}$|"
    r"[A-Z][a-z]+\.? \d{1,2}, \d{4}\s*$)",
    re.I,
)
# ... asked in two parts: the branches after `.*` are a search for their words on a line (`.*`
# stops at a line break only), not `.*` run to the line's end and given back at every character
# for each of them (a test compares)
_NOT_TITLE_HEAD = re.compile(
    rf"^\s*(?:[\[<(]?\s*{alternation(RELEASE_KINDS, spaced=True)}\s*[\]>)]?"
    rf"|{phrases((*RELEASE_KINDS_EN, *RELEASE_TIME_LABELS_EN))}|release\s+(?:date|time)"
    rf"|(?:\S+\s+)?{alternation(RELEASE_KINDS, spaced=True)}\s*$"
    rf"|담\s*당|문\s*의|연\s*락\s*처|{_TEL_KO}|홈\s*페\s*이\s*지|(?:{_TEL_EN})\s*(?:[:.：+(\d]|$)|사\s*진\s*:"
    rf"|{alternation((DISTRIBUTION_WORD,), spaced=True)}|{_RELEASE_TIME}"
    r"|\d{4}\s*[.\-년]\s*\d{1,2}\s*[.\-월]\s*\d{1,2}.{0,16}$|"
    r"[A-Z][a-z]+\.? \d{1,2}, \d{4}\s*$)",
    re.I,
)
_NOT_TITLE_ANYWHERE = re.compile(r"공고\s*제?\s*\d|입력|수정\s*(?::|\d|$)", re.I)


def _not_title(s: str) -> bool:
    """Whether `_NOT_TITLE.match(s)` holds."""
    if "\n" in s:
        return _NOT_TITLE.match(s) is not None
    return _NOT_TITLE_HEAD.match(s) is not None or _NOT_TITLE_ANYWHERE.search(s) is not None


# A word taken whole (`++`): split anyhow, a long line of no spaces took ~50 ms to refuse.
_ORG_ONLY = re.compile(r"^(?:[가-힣A-Za-z0-9]++(?:\s*[·ㆍ,]\s*|\s+)?){1,6}$")
_ORG_END = lazy_compile(alternation(ORG_SUFFIXES + ORG_SYLLABLES) + r"$|\)$")
_DATELINE_FORM = (
    r"[\[(【][^\[\]()【】\n=]{1,12}=[^\[\]()【】\n]{1,20}[\])】]\s*"
    r"(?:[가-힣]{2,4}(?:\s*·\s*[가-힣]{2,4})*\s*(?:기자|특파원)\s*=)?"
    r"|\[[가-힣A-Za-z0-9]{2,12}\s+[가-힣]{2,4}\s*(?:기자|특파원)\]"
    r"|" + EN_DATELINE_FORM
)
# `string.ascii_uppercase` written out: importing `string` costs a start ~0.8 M instructions
_ASCII_UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_DATELINE = re.compile(led(_DATELINE_FORM, "[(【" + _ASCII_UPPER), re.M)
# where `_DATELINE`'s first match starts, found by its first character, which the engine skips
# ahead by (behind `led`'s look-ahead it entered the pattern at every character of the head)
_DATELINE_AT = re.compile(led_start(_DATELINE_FORM, "[(【" + _ASCII_UPPER), re.M)


def dateline_at(text: str, end: int) -> tuple[int, int] | None:
    """The span of `_DATELINE.search(text, 0, end)`; None when it finds none."""
    at = _DATELINE_AT.search(text, 0, end)
    found = _DATELINE.match(text, at.start(), end) if at is not None else None
    return found.span() if found is not None else None


_OPENS_WITH_SENTENCE = lazy_compile(r"[^\n]{10,300}?(?:했|였|한|된|됐|이)다\.\s")
_HEAD_LIMIT = 2500  # the title sits near the top
_HEAD_LINES = 14


_NAME_WITH_SHORT = lazy_compile(r"[A-Z][A-Za-z .,&'-]+\([A-Z][A-Za-z-]{1,10}\)")
_ORG_SEP = lazy_compile(r"\s*[·ㆍ,]\s*")


def _is_org_line(s: str) -> bool:
    """A header line naming the issuing organisation(s), not a headline."""
    latin = "A" <= s[:1] <= "Z"  # (what both English forms open with: others are not tried)
    if latin and _NAME_WITH_SHORT.fullmatch(s):
        return True
    if (
        latin
        and re.fullmatch(
            r"(?:(?:Ministry|Office|Embassy|Consulate|Agency|Korea|Korean)\b[A-Za-z ,&'-]*"
            r"|[A-Z][A-Za-z ,&'-]*\b(?:Ministry|Agency|Association|Corporation|Institute|Council|"
            r"Federation|Foundation|Service|Administration|Commission|Chamber of [A-Za-z ]+))",
            s,
        )
        and not re.search(
            r"\b(?:[Ss]igns?|[Jj]oins?|[Aa]grees?|[Tt]eams?|[Ll]aunch\w*|to|with)\b", s
        )
    ):
        return True  # `Ministry of SMEs and Startups`: a letterhead
    if not _ORG_ONLY.match(s) or len(s) > 60:
        return False
    parts = [p for p in _ORG_SEP.split(s) if p]
    return all(_ORG_END.search(p) for p in parts) and len(s.split()) <= 6


def find_title(text: str, mask: Mask | None = None) -> tuple[Headline | None, list[Span]]:
    """The headline and the subtitle lines right after it; page chrome (noise) is skipped."""
    lines = []
    for ln in head_lines(text, _HEAD_LIMIT * 4):
        if mask is not None and ln.stripped and mask.chrome(ln.lstart, ln.rend):
            # a story's sentence with a caption or copyright notice after it on its line: the
            # body has begun (a line after it is a related headline, not this one's)
            opens = _OPENS_WITH_SENTENCE.match(text, ln.lstart, ln.rend)
            if opens is not None and not mask.chrome(ln.lstart, opens.end()):
                break
            if len(ln.stripped) <= 150 or mask.mostly_chrome(ln.lstart, ln.rend):
                continue
        if len(ln.stripped) > 150:  # the first body paragraph ends the head
            break
        if ln.stripped:
            lines.append(ln)
            if len(lines) == _HEAD_LINES:  # the head's lines are all here
                break
    title_idx = None
    for i, ln in enumerate(lines[:-1]):
        if _SUBTITLE.match(ln.text) and not _not_title(lines[i - 1].text if i else ""):
            prev = i - 1
            if prev >= 0 and not _SUBTITLE.match(lines[prev].text) and _titleish(lines[prev]):
                title_idx = prev
                break
    if title_idx is None:
        for i, ln in enumerate(lines):
            if _titleish(ln):
                title_idx = i
                break
    if title_idx is None:
        return None, []
    title = lines[title_idx]
    labelled = next((ln for ln in lines if _TITLE_LABEL.match(ln.text)), None)
    if labelled is not None:  # `Title …` on a board page names the post's headline outright
        title, title_idx = labelled, lines.index(labelled)
    subs: list[Span] = []
    for ln in lines[title_idx + 1 :]:
        if not _SUBTITLE.match(ln.text) or len(ln.stripped) > 200:
            break
        subs.append(span(text, ln.lstart, ln.rend))
    lead = _TITLE_LABEL.match(title.text) or META_DATE.match(title.text)
    head = span(text, title.start + lead.end() if lead else title.lstart, title.rend)
    why = None if labelled is not None else _doubt(title.stripped, lines[:title_idx])
    return Headline(
        text=head.text, start=head.start, end=head.end, confidence="low" if why else "high", why=why
    ), subs


_TAGGED = re.compile(
    r"^\s*[\[【<(]\s*(?:동정|포토|사진|화보|인사|부고|알림|게시판|영상|카드뉴스)\s*[\]】>)]"
)
_CAPTIONISH = re.compile(
    r"\((?:사진\s*)?"
    + alternation(CAPTION_POSITIONS)
    + r"[^()]{0,20}\)|"
    + alternation(CAPTION_ACTS)
)


def _doubt(s: str, before: list[Line]) -> str | None:
    """Why the chosen line may not be the real headline, or None."""
    # (a caption below the story is doubted for standing there: the story above is read whole)
    if any(len(b.stripped) > 80 or _FULL_STOP_END.search(b.stripped) for b in before):
        return "after body text"  # a headline heads the story; this line follows sentences
    if _CAPTIONISH.search(s) or _THERE_IS_END.search(s):
        return "caption"
    if _TAGGED.match(s):
        return "tagged"  # `[동정] …`, `[포토] …`: a page section, not a report's headline
    return None


_LOWER_OR_HANGUL = lazy_compile(r"[a-z가-힣]")


def _titleish(ln: Line) -> bool:
    meta = META_DATE.match(ln.stripped)
    s = ln.stripped[meta.end() :] if meta else ln.stripped
    if len(s) < 6 or len(s) > 160 or _not_title(s) or _is_org_line(s) or _BULLETED.match(s):
        return False
    if _PHOTO_CREDIT.search(s) or _footerish(s):
        return False
    if not _SPACE.search(s):
        return False  # a site name or a menu entry, never a headline
    if s.endswith((":", "：")):
        return False  # `… will:` introduces a list
    if _SHORT_LABEL.match(s) or _LABEL_VALUE.search(s):
        return False  # `사진 : 있음`, `쪽수 : 3쪽`: header labels
    if _TWO_CAPITALS.search(s) and not _LOWER_OR_HANGUL.search(s):
        return False  # `MINISTRY OF OCEANS AND FISHERIES`: a letterhead
    if _SUBTITLE.match(s) or _DATELINE.match(s) or _FULL_STOP_END.search(s):
        return False  # a full sentence is body text, not a headline
    return bool(_TWO_LETTERS.search(s))


def find_embargo(text: str, facts: list[Fact]) -> Embargo | None:
    """The release-time line and its moment (`2024-07-17T10:30`) when the facts give one."""
    # What matches within a line matches there in the head too: no line before the head's
    # first match holds one (the head is searched once, not line by line up to it)
    first = _EMBARGO_AT.search(text, 0, _HEAD_LIMIT)
    if first is None:
        return None
    for ln in head_lines(text, _HEAD_LIMIT):
        if ln.end < first.start():
            continue
        m = _EMBARGO.search(ln.text)
        if not m:
            continue
        start = ln.start + m.start()
        other = _RELEASE_LABEL.search(ln.text, m.end())
        stop = ln.end
        if other and facts_in(facts, "date", ln.start + m.end(), ln.start + other.start()):
            stop = ln.start + other.start()  # `보도 일시 … 배포 일시 …` on one line
        seg = span(text, start, stop)
        dates = facts_in(facts, "date", seg.start, seg.end)
        times = facts_in(facts, "time", seg.start, seg.end)
        value = None
        if dates and dates[0].value and "/" not in dates[0].value:
            value = dates[0].value
            later = [t for t in times if t.start >= dates[0].end and t.value]
            chosen = later or [t for t in times if t.value]  # `12:00 KST, July 8, 2025`
            if chosen:
                value += "T" + chosen[0].value.split("/")[0]  # type: ignore[union-attr]
        return Embargo(text=seg.text, start=seg.start, end=seg.end, value=value)
    return None


def find_dateline(text: str) -> Span | None:
    """A news dateline such as `[서울=뉴시스]홍길동 기자 =`."""
    at = dateline_at(text, _HEAD_LIMIT * 2)
    return span(text, *at) if at else None
