"""Press contacts: the 담당 부서 table, `담당자 :` lines, 문의처 desks and English `Media contacts`."""

from __future__ import annotations

import re

from summarizer.lexicon import ORG_SUFFIXES, ending
from summarizer.models import Contact, Fact
from summarizer.structure.contact_rows import DEPT_END, FAX, parse_segment, people
from summarizer.structure.lines import Line, Mask, iter_lines, iter_sentences

_BULLET = r"(?:[※*○●□■▣◆◇◈▶►ㅇ\-•|]\s*)?"
_PRESS_WORD = (
    r"(?:담\s*당\s*(?:부\s*서|자|관)?(?:\s*(?:및\s*)?연\s*락\s*처)?|연\s*락\s*처|홍\s*보\s*담\s*당|"
    r"협\s*[업조력]\s*기\s*관)"
)
_CELL = r"(?:구분|기관|부서|소속|담당자?|직위|직급|직책|성명|이름)(?:명)?"
_PRESS_LABEL = re.compile(
    r"^\s*" + _BULLET + r"[\[<〈(【]?\s*" + _PRESS_WORD + r"\s*[\]>〉)】]?\s*"
    r"(?:[:：\t|]|$|\s{2,}|(?<=[\]>〉)】])\s)"
    r"|^\s*(?:기\s*관|소\s*속)(?:\s*명)?\s*[\t|]\s*부\s*서"  # `기관 부서 담당자 연락처` header row
    r"|^[\s|]*(?:" + _CELL + r"\s*[\t|]\s*){2,}(?:연락처|전화(?:번호)?)\s*\|?\s*$"
    r"|^\s*(?:media|press|news)\s+(?:contacts?|inquiries|enquiries|relations)\b|^\s*contacts?\s*(?::|$)|^\s*for\s+(?:more|further)\s+information",
    re.I,
)
# `담당부서 물정책과 담당자 주무관 도하람 (044-…)`: a one-line label, only on a line with a phone
_LOOSE_LABEL = re.compile(r"^\s*" + _BULLET + _PRESS_WORD + r"\s+[가-힣]")
_ENQUIRY_LABEL = re.compile(
    r"문\s*의(?:\s*처)?\s*[\]>〉)】]?\s*(?:[:：]|$|\s*☎|\s*\(|(?<=[\]>〉)】])\s)"
)
# `※ 문의 :`, `■ 문의`, `7. 문의처`: enquiries for the whole document, not `※ 행사 문의 :`
_BARE_ENQUIRY = re.compile(
    r"^\s*(?:[※*○●□■▣◆◇◈▶►ㅇ\-•]\s*|\d{1,2}\.\s*)?[\[<〈(【]?\s*문\s*의(?:\s*처)?\s*[\]>〉)】]?\s*(?:[:：]|$)"
)
_MAIL_LINE = re.compile(
    r"^\s*(?:e-?mail|email|이\s*메\s*일|전자\s*우편|web(?:site)?|homepage|홈페이지)\s*[:：]", re.I
)
_NOTE = re.compile(r"^\s*[※*]")
_HEADER_ROW = re.compile(
    r"^[\s|]*(?:(?:구분|기관|소속|부서|담당자?|직위|직급|직책|성명|이름|연락처|전화)(?:명|번호)?[\s|]*){3,}$"
)


_DIVISION = re.compile(r"(?:과|팀|부|실|처|센터|본부|단)$")
_LOWER_CELL = re.compile(
    r"^[ \t]+([가-힣A-Za-z·]{2,20}(?:과|팀|부|실|처|센터|본부|단))(?=\t|\s{2,}|$)"
)
_EN_DESK = re.compile(r"^[A-Z][\w&.'-]*(?:[ ,]+[\w&.'-]+){0,7}$")


def _blocks(lines: list[Line], label: re.Pattern[str], phones: list[Fact]) -> list[tuple[int, int]]:
    """Index ranges of lines that form a contact block, starting at a label line."""

    def has_phone(ln: Line) -> bool:
        return any(ln.start <= f.start < ln.end for f in phones)

    out, i = [], 0
    while i < len(lines):
        loose = label is _PRESS_LABEL and _LOOSE_LABEL.match(lines[i].text) and has_phone(lines[i])
        if not (label.search(lines[i].text) or loose):
            i += 1
            continue
        j, blanks = i + 1, 0
        while j < len(lines) and j - i < 16:
            ln = lines[j]
            if not ln.stripped:
                blanks += 1
                if blanks > 1:
                    break
                j += 1
                continue
            if blanks and _NOTE.match(ln.text):
                break  # `※ 상담 : 고객센터 …` after the table is a note, not another row
            blanks = 0
            nxt = lines[j + 1] if j + 1 < len(lines) else None
            heading = nxt is not None and has_phone(nxt) and len(ln.stripped) < 80
            # `Desk, Org` over `Title Name` over `Tel: …`: two short lines head a phone
            nxt2 = lines[j + 2] if j + 2 < len(lines) else None
            if nxt is not None and nxt2 is not None and not heading and has_phone(nxt2):
                heading = bool(_EN_DESK.match(ln.stripped) and _EN_DESK.match(nxt.stripped))
            if (
                has_phone(ln)
                or (heading and not re.search(r"다\.\s*$", ln.stripped))
                or _MAIL_LINE.match(ln.text)  # `E-mail: …` between two desks' blocks
                or (_LOWER_CELL.match(ln.text) and has_phone(lines[j - 1]))  # a desk cell below
            ):
                j += 1
                continue
            break
        out.append((i, j))
        i = j if j > i else i + 1
    return out


def _contacts_in(text: str, lines: list[Line], i: int, j: int, phones: list[Fact]) -> list[Contact]:
    out: list[Contact] = []
    dept_carry: str | None = None
    prev_line_text = ""
    prev_row: list[Contact] = []  # contacts of the previous non-empty line
    for ln in lines[i:j]:
        row = [f for f in phones if ln.start <= f.start < ln.end]
        lower = _LOWER_CELL.match(ln.text)
        if lower and prev_row:
            # `기관 | 책임자 | 팀장 A` over `<TAB>홍보팀 | 담당자 …`: both belong to the lower desk
            for c in prev_row:
                if c.department and not _DIVISION.search(c.department):
                    c.department = lower.group(1)
        if ln.stripped:
            prev_row = []
        if not row:
            d, r, n = parse_segment(ln.text)
            if d and r is None and n is None and _EN_DESK.match(ln.stripped):
                dept_carry = d  # `Trade Policy Division, MOTIE` heads an English desk
            elif (
                d
                and not _HEADER_ROW.match(ln.text)
                and not re.search(r"[A-Za-z]", ln.text)
                and not _PRESS_LABEL.fullmatch(ln.text.strip())
            ):
                dept_carry = d if len(d) < 40 else dept_carry
            if ln.stripped:
                prev_line_text = ln.text
            continue
        pos = ln.start
        above = people(prev_line_text)
        for k, f in enumerate(row):
            before = text[pos : f.start]
            pos = f.end
            if FAX.search(before) or (f.note or "").lower().startswith("fax"):
                continue
            dept, role, name = parse_segment(before)
            if (
                name is None
            ):  # `물정책과 | 051-700-1100 | 주무관 도하람`: the person after the number
                stop = row[k + 1].start if k + 1 < len(row) else ln.end
                d2, r2, n2 = parse_segment(text[f.end : stop])
                if n2 and (
                    d2 is None or (dept is None and not re.search(r"[가-힣A-Za-z]", before))
                ):
                    # `044-… 주택과 사무관 홍길동`: a phone-first row holds its desk too
                    role, name, dept = r2 or role, n2, dept or d2
            if (
                dept is not None
                and name is None
                and role is None
                and len(above) == 1
                and above[0][2]
            ):
                # `기관 책임자 팀장 A` over `하위부서 (051-…)`: the person above, the lower desk here
                _, role, name = above[0]
            elif dept is None and name is None and above:
                # people on the line above, phones below: `Name, Team, Org` over `Tel: …`,
                # or `팀장 A / 대리 B` over `연락처 053-… / 053-…`, matched in order
                dept, role, name = above[min(k, len(above) - 1)]
            elif k and out and not re.search(r"[가-힣A-Za-z]", before):
                # `운영사무국 : 02-…, 02-…`: a second number of the same desk or person
                dept, role, name = out[-1].department, out[-1].role, out[-1].name
            if dept is None:
                dept = dept_carry
            elif name is not None or role is not None:
                dept_carry = dept
            out.append(
                Contact(
                    department=dept,
                    name=name,
                    role=role,
                    phone=f.value,
                    phone_text=f.text,
                    start=ln.lstart,
                    end=f.end,
                )
            )
            prev_row.append(out[-1])
        prev_line_text = ""
    return _specific_departments(out)


def _specific_departments(contacts: list[Contact]) -> list[Contact]:
    """A bureau (`…정책관`, `…국`) over a division row: both people belong to the division."""
    divisions = [
        c.department for c in contacts if c.department and re.search(r"(?:과|팀)$", c.department)
    ]
    if len(divisions) == 1:
        for c in contacts:
            if c.department and re.search(r"(?:관|국)$", c.department):
                c.department = divisions[0]
    return contacts


def find_contacts(text: str, facts: list[Fact], mask: Mask) -> list[Contact]:
    """Contacts from the press-contact block and bare `문의` lines; `… 문의` lines only when neither exists."""
    lines = list(iter_lines(text))
    # a labelled contact box that a page extractor left out of the main text still lists
    # contacts; a `광고 문의` line there is not worth a fallback
    labelled = [
        f for f in facts if f.kind == "phone" and f.value and not mask.furniture(f.start, f.end)
    ]
    strict = [f for f in labelled if not mask.in_noise(f.start, f.end)]
    for labels, phones in (((_PRESS_LABEL, _BARE_ENQUIRY), labelled), ((_ENQUIRY_LABEL,), strict)):
        found: list[Contact] = []
        for label in labels:
            for i, j in _blocks(lines, label, phones):
                for c in _contacts_in(text, lines, i, j, phones):
                    if not any(o.phone == c.phone for o in found):
                        found.append(c)
        if found:
            return found
    return _prose_desks(text, lines, strict)


# `참가 문의는`, `문의하면`; not the genitive of `자문`, `방문`, `논문` (`자문의 범위`)
_ASK = re.compile(r"(?<![가-힣])문\s*의|문의(?:하|처|는|를|\s*사항|\s*전화)")
_DESK_BEFORE = re.compile(
    r"((?:[^\s()]+\s+){0,2}[^\s()（]+)\s*[(（]\s*(?:☎|☏|전화|Tel\.?|국번\s*없이)?\s*[:：]?\s*$"
)


def _prose_desks(text: str, lines: list[Line], phones: list[Fact]) -> list[Contact]:
    """`참가 문의는 해울시 물정책과(031-…)로 하면 된다`: a desk a sentence gives for enquiries.

    Only a sentence that says 문의 counts: `고객센터(1544-…)에서 확인할 수 있다` is not a contact.
    """
    out: list[Contact] = []
    for ln in lines:
        for s, e in iter_sentences(text, ln.start, ln.end):
            if not _ASK.search(text, s, e):
                continue
            for f in (f for f in phones if s <= f.start < e):
                m = _DESK_BEFORE.search(text, s, f.start)
                if not m or not re.match(r"\s*[)）]", text[f.end : f.end + 2]):
                    continue
                words = m.group(1).split()
                while len(words) > 1 and (
                    _ASK.search(words[0]) or re.search(r"[은는을를에나와과및]$|^및$", words[0])
                ):
                    words.pop(0)  # `자세한 내용은`, `A(…)나 B`: not the desk's own words
                dept, role, name = parse_segment(" ".join(words))
                if dept and DEPT_END.search(dept) and not _ASK.search(dept):
                    out.append(
                        Contact(
                            department=dept,
                            name=name,
                            role=role,
                            phone=f.value,
                            phone_text=f.text,
                            start=s + len(text[s:e]) - len(text[s:e].lstrip()),
                            end=f.end,
                        )
                    )
    return out


_HEAD_ORG = ending((*ORG_SUFFIXES, "부", "처", "청"))


def contact_orgs(contacts: list[Contact]) -> list[str]:
    """Organisation names heading contact departments (`중소벤처기업진흥공단 탄소중립지원처`)."""
    out = []
    for c in contacts:
        if c.department and " " in c.department:
            head = c.department.split()[0]
            if _HEAD_ORG.search(head) and head not in out:
                out.append(head)
    return out
