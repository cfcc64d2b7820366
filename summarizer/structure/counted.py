"""Partners the signing sentence only counts (`시·도교육지원청 6곳과`, `6개 지역방송사와`), named
in a list elsewhere on the page: a comma list of exactly that many bodies, or of people with the
body each heads (`왼쪽부터 박영모 남인천방송 본부장, …`)."""

from __future__ import annotations

import re

from summarizer.lazy import lazy_compile
from summarizer.lexicon import (
    BRANCH_SUFFIXES,
    ORG_SUFFIXES,
    ORG_SYLLABLES,
    TITLE_WORDS,
    alternation,
    ending,
    marks,
)
from summarizer.lexicon.counts import PARTNERS, SIGNER_DIGITS, WITH, count
from summarizer.lexicon.joins import after_name
from summarizer.structure.candidate import key
from summarizer.structure.lines import iter_lines
from summarizer.structure.org_names import abbreviates
from summarizer.structure.orgs import Cand, as_person

# `N곳과`, `N개 기관과`, `N개 지역방송사와`: a count of partners joined by 와/과
_COUNTED = re.compile(
    r"(?<![\d.])" + count(PARTNERS, number=SIGNER_DIGITS, name="n") + WITH + r"(?=\s)"
)
# `(왼쪽부터 …)`, `▲ …`: what opens a caption's list of people
_LIST_LEAD = lazy_compile(
    rf"^[\s({marks.CAPTION}]*(?:사진\s*)?(?:왼쪽|오른쪽|좌측|우측)\s*(?:부터|에서부터)\s*"
)
_ORG_END = ending(ORG_SUFFIXES + ORG_SYLLABLES + BRANCH_SUFFIXES)
_LIST_TOPIC = lazy_compile(r"^.*(?:기관|업체|기업|단체|곳)(?:은|는)\s+")
_AND_SO_ON = lazy_compile(r"\s+등$")
_ITEM = lazy_compile(r"[가-힣A-Za-z0-9()㈜&]+(?:\s[가-힣A-Za-z0-9()㈜&]+){0,3}")


def counts_partners(text: str, s: int, e: int) -> bool:
    """Whether the sentence `text[s:e]` counts partners it does not name (`2개 기업과`)."""
    return _COUNTED.search(text, s, e) is not None


def counted_partners(text: str, s: int, e: int, named: list[Cand]) -> list[Cand]:
    """The bodies a count in the sentence `text[s:e]` stands for, when one list names that many."""
    m = _COUNTED.search(text, s, e)
    if m is None:
        return []
    n = int(m.group("n"))
    if not 2 <= n <= 12:
        return []
    known = [n for c in named for n in [c.name, *c.aliases]]
    for ln in iter_lines(text):
        if ln.start <= m.start() < ln.end:
            continue
        # `강소기업은 △㈜A △㈜B … 등이다`: a list written with bullets
        if len(_BULLET.findall(ln.text)) >= n:
            got = _bulleted(ln.text, ln.start, known)
            if got is not None and len(got) == n:
                return got
        # a stretch without brackets holding at least n-1 commas (read linearly: a long line
        # without them costs one pass); a head's bracket after each item is blanked first
        # (`B(지사장 홍길동), C(지부장 김철수)`)
        line = re.sub(r"\([^()]{3,40}\)", lambda b: " " * len(b.group(0)), ln.text)
        # (`(주)A`: a legal form is no bracket to stop at)
        for run in re.finditer(r"(?:[^()]|\((?:주|유|재|사)\))+", line):
            if run.group(0).count(",") < n - 1:
                continue
            got = _bodies(run.group(0), ln.start + run.start(), known)
            if got is not None and len(got) == n:
                return got
    return []


def _bodies(run: str, at: int, known: list[str]) -> list[Cand] | None:
    """Each item of a comma list as a body, leaving out the named parties' own heads."""
    lead = _LIST_LEAD.match(run)
    pos = lead.end() if lead else 0
    out: list[Cand] = []
    parts = list(re.finditer(r"[^,]+", run[pos:]))
    opened = 0  # (the first item's `…에는 `: where the list opens, cut off)
    for k, part in enumerate(parts):
        item = part.group(0).strip().rstrip(")")
        if k == len(parts) - 1:  # `…, 고양교육지원청과 함께 어려운 …`: the list ends at 과
            # (or at the subject's 이/가: `…, 차우규 교원대 총장이 참석했다`; or `…, E협회다.`)
            item = re.sub(after_name("(?:과|와|이|가)") + r"\s.*$", "", item)
            item = re.sub(r"\s*(?:이)?다\.?$", "", item)
            item = _AND_SO_ON.sub("", item)  # `…, E 등이 참석했다`: the list ends at 등
        if k == 0 and not lead:  # `이날 협약식에는 홍길동 교육감, …`: the list opens after 에는
            # (or after the venue: `… 공사 회의실에서 A호텔, B호텔, C호텔과 협정을 맺고`)
            item, opened = re.subn(r"^.*(?:에는|에서는|에서)\s+", "", item)
        if k == len(parts) - 1:  # a particle ends the list, not a name inside it (`㈜지에스이`)
            item = re.sub(r"(?:과|와|이|가|은|는)$", "", item)
        item = item.strip()
        if k == 0 and not lead and (topic := _LIST_TOPIC.search(item)):
            item = item[topic.end() :]  # `참가한 기관은 B, C, …`: the list opens after 은/는
        elif k == 0 and not lead and not opened and " " in item and _ORG_END.search(item):
            item = item.rsplit(" ", 1)[1]  # `A는 지난 2018년부터 B, C, …`: the list opens at B
        if not _ITEM.fullmatch(item):
            return None
        person = as_person(item)
        if person is not None:
            if person[0] is None:
                return None
            name = person[0]
        elif len(item.split()) == 1 and len(item) >= 3:
            name = item
        elif len(item.split()) <= 4 and _ORG_END.search(item):
            # `한국농어촌공사 사천지사`: a body and its branch; `A 노동조합 대표자협의회`
            name = item
        else:
            return None
        if any(key(name) == key(k) or abbreviates(name, k) for k in known):
            continue  # `유정복 인천시장` among the partners: the party's own head
        idx = part.group(0).find(name)
        start = at + pos + part.start() + idx if idx >= 0 else None
        end = start + len(name) if start is not None else None
        # a caption's `왼쪽부터 …` list is read off a photo: the hint says so
        out.append(Cand(name=name, start=start, end=end, why="caption" if lead else None))
    return out


_BULLET = lazy_compile(rf"[{marks.INLINE}]")  # (marks: summarizer.lexicon.marks)
_BULLETED_ITEM = lazy_compile(r"(?:㈜|\(주\))?[가-힣A-Za-z0-9&]{2,20}(?:\((?:주|유)\)|㈜)?")


def _bulleted(line: str, at: int, known: list[str]) -> list[Cand] | None:
    """Each bulleted item of `line` as a body (`△㈜A △㈜B △C(유) 등이다`)."""
    out: list[Cand] = []
    for m in re.finditer(rf"[{marks.INLINE}]\s*([^{marks.INLINE}]+)", line):
        item = re.sub(r"\s*(?:등(?:이다|이며|이)?\.?|[,.])\s*$", "", m.group(1).strip())
        item = _without_head(item)
        if not _BULLETED_ITEM.fullmatch(item):
            return None
        if any(key(item) == key(k) for k in known):
            continue
        start = at + m.start(1)
        out.append(Cand(name=item, start=start, end=start + len(item)))
    return out


# `△㈜A 홍길동 대표`: an attendance list's company with its head after it
_HEAD_AFTER = lazy_compile(r"(?P<body>\S+)\s+[가-힣]{2,3}\s+" + alternation(TITLE_WORDS))


_ATTENDED_TAIL = lazy_compile(r"(?<=[가-힣])(?:이|가)\s+(?:참석|참여|참가|함께)\S*\s*$")


def _without_head(item: str) -> str:
    """A bulleted company without the head named after it (`㈜A 홍길동 대표` -> `㈜A`)."""
    item = _ATTENDED_TAIL.sub("", item)  # (the list's last item: `… 대표가 참석했다.`)
    m = _HEAD_AFTER.fullmatch(item)
    return m.group("body") if m else item
