"""Cooperation items: bullet lists near a cooperation verb, inline `▲a ▲b 등에 협력`, annex lists."""

from __future__ import annotations

import difflib
import itertools
import re
import unicodedata

from summarizer.models import Commitment
from summarizer.structure.lines import Line, Mask, iter_lines, iter_sentences, span

_INLINE_MARK = re.compile(r"[▲△■▶▷•❶-❿①-⑩➊-➓]")
_LINE_BULLET = re.compile(
    r"^\s*(?:[-–]\s*)?(?P<mark>[▲△▶▷○●◦•■◆◇*]|ㅇ(?=\s)|[-–](?=\s)|[①-⑩❶-❿➊-➓]|\(?\d{1,2}[.)](?=\s)|\d{1,2}(?=\t)|[가-하][.)](?=\s))\s*"
)
_CUE = re.compile(
    r"협력|협약|추진|하기로|힘을\s*모|공동|약속|합의|agreement|agreed|will\s*:|MOU",
    re.I,
)
_LIST_HEAD = re.compile(r"(?:협약|협력|합의|주요)\s*(?:내용|사항|과제)|협력\s*분야|agreement", re.I)
_ENDS_LIST = re.compile(r"^\s*(?:등[에을을의과]|등\s|등$)")
_APPENDIX = re.compile(
    r"^\s*(?:\[?\s*붙\s*임|<\s*참\s*고|\[?\s*참\s*고\s*\d*\]|□\s*개\s*요|※\s*참고)"
)
_SCHEDULE = re.compile(
    r"^\s*\(\s*(?:일\s*시|장\s*소|일\s*정|참\s*석|목\s*적|협약\s*대상|대\s*상|기\s*간|시\s*간|개\s*요|"
    r"주요\s*내용|내\s*용|예\s*산|규\s*모)[^)]{0,8}\)|^\s*\S{1,8}\s*[:：]|^\s*\d{1,2}:\d{2}|^\s*[※*]"
)
_SENTENCE_END = re.compile(r"(?:다|요)[.。]?\s*$")
_ITEM_TAIL = re.compile(r"\s*등(?:에|을|를|의|과|으로)?(?=\s|$|[,.])")
_VERB_TAIL = re.compile(
    r"(?:을|를|에|에서)\s+(?:\S+\s+){0,3}\S*(?:협력|추진|한다|했다|하기로|나서|모으)\S*\s*$"
)
_SQUASH = re.compile(r"[\s▲△▶▷●○◦•·ㆍ\-–—*❶-❿①-⑩□■◆◇ㅇ,.;:]+")


def _squash(s: str) -> str:
    return _SQUASH.sub("", unicodedata.normalize("NFKC", s))


def _similar(a: str, b: str) -> bool:
    x, y = _squash(a), _squash(b)
    if not x or not y:
        return False
    return x in y or y in x or difflib.SequenceMatcher(None, x, y).ratio() >= 0.8


def _item(text: str, start: int, end: int, last: bool, section: str) -> Commitment | None:
    seg = text[start:end]
    if last:
        tails = [m for m in _ITEM_TAIL.finditer(seg) if m.start() > 0]
        # the last `등` closes the list: `▲노후 분전반 등 설비 교체 등에 협력` keeps the first
        particle = [m for m in tails if m.group(0).strip() != "등"]
        closing = particle or tails
        if closing:
            seg = seg[: closing[-1].start()]
        else:
            v = _VERB_TAIL.search(seg)
            if v and v.start() > 0:
                seg = seg[: v.start()]
    seg = re.sub(r"(?:[,，;]|\s+및|\s+and)\s*$", "", seg.rstrip())
    seg = re.sub(r"[.;]\s*$", "", seg.rstrip())
    sp = span(text, start, start + len(seg))
    sp_text = re.sub(r"^(?:and|or)\s+", "", sp.text)
    offset = sp.start + len(sp.text) - len(sp_text)
    if len(_squash(sp_text)) < 3:
        return None
    return Commitment(text=sp_text, start=offset, end=sp.end, section=section)  # type: ignore[arg-type]


def _inline(text: str, mask: Mask, appendix_at: int) -> list[Commitment]:
    out: list[Commitment] = []
    for s, e in iter_sentences(text):
        sent = text[s:e]
        marks = [m for m in _INLINE_MARK.finditer(sent)]
        if len(marks) < 2 or mask.blocked(s, e) or not _CUE.search(sent):
            continue
        section = "appendix" if s >= appendix_at else "body"
        for i, m in enumerate(marks):
            a = s + m.end()
            b = s + marks[i + 1].start() if i + 1 < len(marks) else e
            c = _item(text, a, b, i + 1 == len(marks), section)
            if c:
                out.append(c)
    return out


def _blocks(lines: list[Line]) -> list[tuple[int, int]]:
    """Runs of consecutive bulleted lines (blank lines allowed) sharing one kind of bullet."""
    runs, i = [], 0
    while i < len(lines):
        m = _LINE_BULLET.match(lines[i].text)
        if not m:
            i += 1
            continue
        kind = _kind(m.group("mark"))
        j = i + 1
        while j < len(lines):
            n = _LINE_BULLET.match(lines[j].text)
            if (n and _kind(n.group("mark")) == kind) or (
                not lines[j].stripped
                and j + 1 < len(lines)
                and (
                    (n2 := _LINE_BULLET.match(lines[j + 1].text))
                    and _kind(n2.group("mark")) == kind
                )
            ):
                j += 1
            else:
                break
        runs.append((i, j))
        i = j
    return runs


def _kind(mark: str) -> str:
    if "①" <= mark <= "⑩":
        return "circled"
    if "❶" <= mark <= "❿" or "➊" <= mark <= "➓":
        return "negative"
    if re.match(r"\(?\d", mark):
        return "number"
    if re.match(r"[가-하]", mark):
        return "hangul"
    return mark


def _lined(text: str, mask: Mask, appendix_at: int) -> list[Commitment]:
    lines = list(iter_lines(text))
    out: list[Commitment] = []
    for i, j in _blocks(lines):
        items = [ln for ln in lines[i:j] if ln.stripped]
        if len(items) < 2:
            continue
        prev = next((ln for ln in reversed(lines[:i]) if ln.stripped), None)
        after = next((ln for ln in lines[j:] if ln.stripped), None)
        intro_ok = prev is not None and (
            (
                _CUE.search(prev.text)
                and re.search(r"(?:다\.?|[:：]|[은는]|will:?|following:?)\s*$", prev.stripped)
            )
            or _LIST_HEAD.search(prev.text)
        )
        tail_ok = after is not None and _ENDS_LIST.match(after.text) and _CUE.search(after.text)
        if not (intro_ok or tail_ok):
            continue
        bodies = [(ln, _LINE_BULLET.match(ln.text)) for ln in items]
        texts = [ln.text[m.end() :] for ln, m in bodies if m]
        if sum(bool(_SENTENCE_END.search(t)) for t in texts) * 2 > len(texts):
            continue  # paragraphs that happen to be bulleted
        section = "appendix" if items[0].start >= appendix_at else "body"
        for ln, m in bodies:
            if not m or mask.blocked(ln.start, ln.end) or _SCHEDULE.match(ln.text[m.end() :]):
                continue
            c = _item(text, ln.start + m.end(), ln.end, False, section)
            if c:
                out.append(c)
    return out


def _appendix_start(text: str, body_start: int) -> int:
    """Where the annex begins: a 붙임/참고/개요 line, or a contact table closing the body."""
    for ln in iter_lines(text):
        if _APPENDIX.match(ln.text) or (
            ln.start > body_start and re.match(r"\s*담\s*당\s*부\s*서", ln.text)
        ):
            return ln.start
    return len(text)


_PROSE_LEAD = re.compile(r"(?:이번\s*)?협약(?:에\s*따라|을\s*통해|으로)\s*")
_PROSE_TOPIC = re.compile(r"^[^\s]{1,6}(?:\s[^\s]{1,6})?(?:은|는)\s+")
_CONNECTIVE = re.compile(r"^(?:아울러|또한|이와\s*함께|특히|나아가|이\s*밖에도?|또)\s*,?\s*")
_CLAUSE_END = re.compile(r"(?:하고|하며|고|며),\s+")
_VERB_END = re.compile(
    r"\s*(?:하?기로\s*(?:합의)?했다|할\s*(?:계획|예정)이다|한다|했다|하고|하며)\s*\.?$"
)


def _prose(text: str, mask: Mask, limit: int = 4) -> list[Commitment]:
    """`협약에 따라 두 회사는 A를 추진하고, B를 조사한다. C도 공유한다.` -> A, B, C."""
    for ln in iter_lines(text):
        m = _PROSE_LEAD.search(ln.text)
        if not m or mask.blocked(ln.start, ln.end) or re.search(r"[“\"]", ln.text):
            continue
        out: list[Commitment] = []
        for s, e in iter_sentences(text, ln.start + m.start(), ln.end):
            sent = text[s:e]
            lead = _PROSE_LEAD.match(sent)
            a = s + (lead.end() if lead else 0)
            a += len(text[a:e]) - len(text[a:e].lstrip())
            for pat in (_PROSE_TOPIC, _CONNECTIVE):
                mm = pat.match(text[a:e])
                if mm:
                    a += mm.end()
            cuts = [a, *(a + c.end() for c in _CLAUSE_END.finditer(text[a:e])), e]
            for x, y in itertools.pairwise(cuts):
                clause = text[x:y]
                etc = re.search(r"\s*등(?:에|을|를|의|과)?\s", clause)
                if etc and ", " in clause[: etc.start()]:  # `A, B, C 등에 힘을 모은다`
                    commas = list(re.finditer(r",\s+", clause[: etc.start()]))
                    parts = [x, *(x + m.end() for m in commas)]
                    ends = [*(x + m.start() for m in commas), x + etc.start()]
                    for a2, b2 in zip(parts, ends, strict=True):
                        c = _item(text, a2, b2, False, "prose")
                        if c and len(c.text) >= 4:
                            out.append(c)
                    continue
                v = _VERB_END.search(clause.rstrip(", "))
                stop = x + (v.start() if v else len(clause.rstrip(", .")))
                subj = _PROSE_TOPIC.match(text[x:stop].lstrip())  # `…만들고, 중진공은 …`
                if subj:
                    x += len(text[x:stop]) - len(text[x:stop].lstrip()) + subj.end()
                c = _item(text, x, stop, False, "prose")
                if c and len(c.text) >= 8:
                    out.append(c)
            if len(out) >= limit:
                break
        return out[:limit]
    return []


def find_commitments(
    text: str, mask: Mask, prose: bool = False, body_start: int = 0
) -> list[Commitment]:
    """One entry per cooperation item; the annex adds only items the body did not already list.

    Nothing is taken before `body_start` (title and subtitles). With `prose`, an agreement
    that lists nothing yields the clauses after `협약에 따라`.
    """
    appendix_at = _appendix_start(text, body_start)
    found = sorted(
        (
            c
            for c in _inline(text, mask, appendix_at) + _lined(text, mask, appendix_at)
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
        if any(_similar(c.text, o.text) for o in out):
            continue
        out.append(c)
    if not out and prose:
        return _prose(text, mask)
    return sorted(out, key=lambda c: (c.section != "body", c.start))
