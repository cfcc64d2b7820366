"""Contact-table layouts as named handlers: how one row's phone finds its desk and person.

Each layout is a small function over one phone (`_Row`) and what the block told so far
(`_Table`); `contacts_in` tries them in order. A new layout is one function and one entry.
"""

import re
from collections.abc import Callable
from dataclasses import field

from summarizer.codecache import dataclass
from summarizer.lazy import lazy_compile
from summarizer.lexicon import marks
from summarizer.models.records import Contact, Fact
from summarizer.structure.contact_rows import FAX, parse_segment, people
from summarizer.structure.lines import ByStart, Line

# a line's mark before a contact label (summarizer.lexicon.marks), or a table's `|`
BULLET = rf"(?:[{marks.LEAD}|]\s*)?"
PRESS_WORD = (
    r"(?:담\s*당\s*(?:부\s*서|자|관)?(?:\s*(?:및\s*)?연\s*락\s*처)?|연\s*락\s*처|홍\s*보\s*담\s*당|"
    r"협\s*[업조력]\s*기\s*관)"
)
_CELL = r"(?:구분|기관|부서|소속|담당자?|직위|직급|직책|성명|이름)(?:명)?"
PRESS_LABEL = re.compile(
    r"^\s*" + BULLET + r"[\[<〈(【]?\s*" + PRESS_WORD + r"\s*[\]>〉)】]?\s*"
    r"(?:[:：\t|]|$|\s{2,}|(?<=[\]>〉)】])\s)"
    r"|^\s*(?:기\s*관|소\s*속)(?:\s*명)?\s*[\t|]\s*부\s*서"  # `기관 부서 담당자 연락처` header row
    r"|^[\s|]*(?:" + _CELL + r"\s*[\t|]\s*){2,}(?:연락처|전화(?:번호)?)\s*\|?\s*$"
    r"|^\s*(?:media|press|news)\s+(?:contacts?|inquiries|enquiries|relations)\b|^\s*contacts?\s*(?::|$)|^\s*for\s+(?:more|further)\s+information",
    re.I,
)
_HEADER_ROW = lazy_compile(
    r"^[\s|]*(?:(?:구분|기관|소속|부서|담당자?|직위|직급|직책|성명|이름|연락처|전화)(?:명|번호)?[\s|]*){3,}$"
)


# what a department's name in a contact table ends with (`홍보팀`, `기획조정실`, `혁신센터`)
_DIVISION_ENDS = r"(?:과|팀|부|실|처|센터|본부|단)"
_DIVISION = lazy_compile(_DIVISION_ENDS + "$")
LOWER_CELL = re.compile(r"^[ \t]+([가-힣A-Za-z·]{2,20}" + _DIVISION_ENDS + r")(?=\t|\s{2,}|$)")
EN_DESK = lazy_compile(r"^[A-Z][\w&.'-]*(?:[ ,]+[\w&.'-]+){0,7}$")


Who = tuple[str | None, str | None, str | None]  # department, role, name


@dataclass
class _Row:
    """One phone number of a contact line, with the words before it and its neighbours."""

    line: Line
    phone: Fact
    k: int  # its place among the line's phones
    before: str  # text between the previous phone (or the line start) and this one
    after: str  # text between this phone and the next (or the line end)
    who: Who  # what `before` says


@dataclass
class _Table:
    """What a contact block has told so far, read by the layouts below."""

    carry: str | None = None  # the desk a heading line named (`Trade Policy Division, MOTIE`)
    above: list[Who] = field(default_factory=list)  # people on the line above, no phones there
    prev: list[Contact] = field(default_factory=list)  # contacts of the previous line
    out: list[Contact] = field(default_factory=list)


_LETTERED = lazy_compile(r"[가-힣A-Za-z]")


def _person_after_number(r: _Row, t: _Table) -> Who | None:
    """`물정책과 | 051-700-1100 | 주무관 도하람`, `044-… 주택과 사무관 홍길동`: the person follows."""
    dept, role, name = r.who
    if name is not None:
        return None
    d2, r2, n2 = parse_segment(r.after)
    if n2 and (d2 is None or (dept is None and not _LETTERED.search(r.before))):
        return dept or d2, r2 or role, n2
    return None


def _person_above_lower_desk(r: _Row, t: _Table) -> Who | None:
    """`기관 책임자 팀장 A` over `하위부서 (051-…)`: the person above, the lower desk here."""
    dept, role, name = r.who
    if dept is not None and name is None and role is None and len(t.above) == 1 and t.above[0][2]:
        return dept, t.above[0][1], t.above[0][2]
    return None


def _people_above_in_order(r: _Row, t: _Table) -> Who | None:
    """`Name, Team, Org` over `Tel: …`, `팀장 A / 대리 B` over `연락처 053-… / 053-…`."""
    dept, _, name = r.who
    if dept is None and name is None and t.above:
        return t.above[min(r.k, len(t.above) - 1)]
    return None


def _same_desk_again(r: _Row, t: _Table) -> Who | None:
    """`운영사무국 : 02-…, 02-…`, `(T. 02-… / M. 010-…)`: a second number of the desk or person
    just listed (nothing but a phone or mobile label before it)."""
    if r.k and t.out and r.who == (None, None, None):
        last = t.out[-1]
        return last.department, last.role, last.name
    return None


# A row's own words first, refined by the first layout below that recognises it.
_REFINE: dict[str, Callable[[_Row, _Table], Who | None]] = {
    "person after number": _person_after_number,
}
_LAYOUTS: dict[str, Callable[[_Row, _Table], Who | None]] = {
    "person above, lower desk here": _person_above_lower_desk,
    "people above, phones below": _people_above_in_order,
    "same desk again": _same_desk_again,
}


_LATIN = lazy_compile(r"[A-Za-z]")
_HANGUL = lazy_compile(r"[가-힣]")


def _heading(ln: Line, t: _Table) -> None:
    """A line without a phone: a desk heading what follows, or the people of the next line."""
    d, r, n = parse_segment(ln.text)
    if d and r is None and n is None and EN_DESK.match(ln.stripped):
        t.carry = d  # `Trade Policy Division, MOTIE` heads an English desk
    elif (
        d
        and not _HEADER_ROW.match(ln.text)
        and not _LATIN.search(ln.text)
        and not PRESS_LABEL.fullmatch(ln.text.strip())
    ):
        t.carry = d if len(d) < 40 else t.carry
    if not ln.stripped:
        return
    if _LATIN.search(ln.text) and not _HANGUL.search(ln.text):
        if PRESS_LABEL.match(ln.text):
            t.above = []  # `Media contacts`, `For further information, please contact:`
            return
        named = t.above[0] if len(t.above) == 1 and t.above[0][2] else None
        if named:
            # `Gaon Kim` over `Garam Electronics` over the phone: the person's organisation
            t.above = [(", ".join(p for p in (named[0], ln.stripped) if p), named[1], named[2])]
            return
    t.above = people(ln.text)


def _lower_desk(ln: Line, t: _Table) -> None:
    """`기관 | 책임자 | 팀장 A` over `<TAB>홍보팀 | 담당자 …`: both belong to the lower desk
    (not a bureau's own head, `물정책국 | 국장 A`)."""
    lower = LOWER_CELL.match(ln.text)
    if lower and t.prev:
        for c in t.prev:
            if c.department and not _DIVISION.search(c.department) and not _own_head(c):
                c.department = lower.group(1)


def contacts_in(
    text: str, lines: list[Line], i: int, j: int, phones: list[Fact] | ByStart
) -> list[Contact]:
    """The contacts of lines `i:j`: each phone's desk, role and person, by the layouts above."""
    t = _Table()
    by_start = phones if isinstance(phones, ByStart) else ByStart(phones)
    for ln in lines[i:j]:
        row = by_start.within(ln.start, ln.end)
        _lower_desk(ln, t)
        if ln.stripped:
            t.prev = []
        if not row:
            _heading(ln, t)
            continue
        pos = ln.start
        for k, f in enumerate(row):
            before = text[pos : f.start]
            pos = f.end
            if FAX.search(before) or f.fax:
                continue
            stop = row[k + 1].start if k + 1 < len(row) else ln.end
            r = _Row(ln, f, k, before, text[f.end : stop], parse_segment(before))
            for refine in _REFINE.values():
                r.who = refine(r, t) or r.who
            who = next((w for rule in _LAYOUTS.values() if (w := rule(r, t))), r.who)
            dept, role, name = who
            if dept is None:
                dept = t.carry
            elif name is not None or role is not None:
                t.carry = dept
            t.out.append(
                Contact(
                    department=dept,
                    name=name,
                    role=role,
                    phone=f.value,
                    phone_text=f.text,
                    start=min(ln.lstart, f.start),  # a phone is never before its contact
                    end=f.end,
                )
            )
            t.prev.append(t.out[-1])
        t.above = []
    return _specific_departments(t.out)


def _own_head(c: Contact) -> bool:
    """`물정책국 | 국장`: the head of the unit named, its title its last syllable and `장`."""
    return bool(c.department) and c.role == f"{(c.department or '')[-1:]}장"


_DIVISION_END = re.compile(r"(?:과|팀)$")
_BUREAU_END = lazy_compile(r"(?:관|국)$")


def _specific_departments(contacts: list[Contact]) -> list[Contact]:
    """A bureau (`…정책관`, `…국`) over a division row: both people belong to the division,
    but the bureau's own head (`물정책국 | 국장`) stays with the bureau."""
    divisions = [
        c.department for c in contacts if c.department and _DIVISION_END.search(c.department)
    ]
    if len(divisions) == 1:
        for c in contacts:
            if _own_head(c):
                continue
            if c.department and _BUREAU_END.search(c.department):
                c.department = divisions[0]
    return contacts
