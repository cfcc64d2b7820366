"""Press contacts: the 담당 부서 table, `담당자 :` lines, 문의처 desks and English `Media contacts`."""

from __future__ import annotations

import re

from summarizer.models import Contact, Fact
from summarizer.structure.lines import Line, Mask, iter_lines

_PRESS_LABEL = re.compile(
    r"^\s*(?:[※*○□■ㅇ\-•]\s*)?[\[<〈(]?\s*(?:담\s*당\s*(?:부\s*서|자|관)?|연\s*락\s*처|홍\s*보\s*담\s*당|"
    r"협\s*[업조력]\s*기\s*관)\s*[\]>〉)]?\s*(?:[:：\t]|$|\s{2,}|(?<=[\]>〉)])\s)"
    r"|^\s*(?:media|press|news)\s+contacts?\b|^\s*contacts?\s*(?::|$)|^\s*for\s+(?:more|further)\s+information",
    re.I,
)
_ENQUIRY_LABEL = re.compile(
    r"문\s*의(?:\s*처)?\s*[\]>〉)]?\s*(?:[:：]|$|\s*☎|\s*\(|(?<=[\]>〉)])\s)"
)
_LABEL_WORDS = re.compile(
    r"담\s*당\s*부\s*서|담\s*당\s*자|책\s*임\s*자|협\s*[업조력]\s*기\s*관|공\s*동\s*담\s*당|담\s*당\s*관|연\s*락\s*처|문\s*의\s*처|문\s*의|"
    r"\b(?:Tel|Phone|Mobile|Mob|T)\b\s*[.:]?|전\s*화|☎|☏|📞"
)
_FAX = re.compile(r"(?:팩\s*스|fax|F\s*[.:])\s*[:.]?\s*$", re.I)
_ROLE = re.compile(
    r"^(?:[가-힣]{0,6}(?:과장|국장|부장|실장|팀장|처장|차장|단장|원장|본부장|센터장|소장|지사장|관장|계장|반장|파트장)|"
    r"사무관|서기관|주무관|행정관|연구관|연구사|선임연구원|책임연구원|수석연구원|연구원|전문위원|전문관|"
    r"대리|주임|매니저|과장대리|선임|책임|수석|[가-힣]{0,4}위원|대변인|주무|실무관|[가-힣]{0,4}담당)$"
)
_DEPT_END = re.compile(
    r"(?:과|팀|실|처|국|관|부|본부|센터|단|원|청|공단|공사|협회|회의소|시|군|구|지부|지사|사업소|콜센터|상황실|파트|그룹|위원회|은행)$"
)
_PERSON = re.compile(r"^[가-힣]{2,4}$")
_EN_PERSON = re.compile(r"^[A-Z][a-z]+(?:[ -][A-Z]?[a-z]+){1,3}$")


def _squeeze(s: str) -> str:
    """`과 장` -> `과장`, `처  장` -> `처장`, `담 당 자` -> `담당자`: spaced single syllables joined."""
    return re.sub(
        r"(?<![가-힣])([가-힣])(?:\s+([가-힣]))(?:\s+([가-힣]))?(?![가-힣])",
        lambda m: "".join(g for g in m.groups() if g),
        s,
    )


def _blocks(lines: list[Line], label: re.Pattern[str], phones: list[Fact]) -> list[tuple[int, int]]:
    """Index ranges of lines that form a contact block, starting at a label line."""

    def has_phone(ln: Line) -> bool:
        return any(ln.start <= f.start < ln.end for f in phones)

    out, i = [], 0
    while i < len(lines):
        if not label.search(lines[i].text):
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
            blanks = 0
            nxt = lines[j + 1] if j + 1 < len(lines) else None
            heading = nxt is not None and has_phone(nxt) and len(ln.stripped) < 80
            if has_phone(ln) or (heading and not re.search(r"다\.\s*$", ln.stripped)):
                j += 1
                continue
            break
        out.append((i, j))
        i = j if j > i else i + 1
    return out


def _parse_segment(seg: str) -> tuple[str | None, str | None, str | None]:
    """(department, role, name) from one row segment ending at a phone number."""
    seg = re.sub(r"^[\s)\],，/|·:：○※*ㅇ□■\-•]+", "", seg)
    seg = re.sub(r"^[\[<〈(]\s*(?:담\s*당|문\s*의|연\s*락\s*처)[^\]>〉)]{0,4}[\]>〉)]\s*", "", seg)
    seg = re.sub(r"^\s*\d{1,2}\.\s+", "", seg)
    seg = _LABEL_WORDS.sub(" ", seg)
    seg = re.sub(r"[\[<〈(]\s*[\]>〉)]", " ", seg)  # `[담당부서]` once its label is gone
    seg = re.sub(r"[\s(\[☎:：,/|]+$", "", seg)
    if ":" in seg or "：" in seg:
        left, right = re.split(r"[:：]", seg, maxsplit=1)
        seg = right if right.strip() else left
    if re.search(r"[A-Za-z]{3}", seg) and not re.search(r"[가-힣]", seg):
        parts = [p.strip() for p in seg.split(",") if p.strip()]
        if parts and _EN_PERSON.match(parts[0]):
            return (", ".join(parts[1:]) or None), None, parts[0]
        return (", ".join(parts) or None), None, None
    tokens = [t for t in re.split(r"\s+", _squeeze(re.sub(r"\([^()]*\)", " ", seg))) if t]
    name = role = None
    if tokens and _PERSON.match(tokens[-1]) and not _ROLE.match(tokens[-1]):
        if not _DEPT_END.search(tokens[-1]) or (len(tokens) >= 2 and _ROLE.match(tokens[-2])):
            name = tokens.pop()  # `… 과장 홍길동`
    elif (
        len(tokens) >= 2
        and _ROLE.match(tokens[-1])
        and _PERSON.match(tokens[-2])
        and not _ROLE.match(tokens[-2])
        and not _DEPT_END.search(tokens[-2])
    ):
        name = tokens.pop(-2)  # `… 홍길동 사무관`
    roles = [t for t in tokens[-2:] if _ROLE.match(t)]
    role = roles[-1] if roles else None
    dept = " ".join(t for t in tokens if not _ROLE.match(t)) or None
    if name is None and role is not None and dept is None:
        return None, role, None
    return dept, role, name


def _people(line: str) -> list[tuple[str | None, str | None, str | None]]:
    """(department, role, name) of each person a phone-less line lists."""
    if not line.strip():
        return []
    if not re.search(r"[가-힣]", line):
        return [_parse_segment(line)]
    out = []
    carry = None
    for part in re.split(r"\s*[/|,，]\s*", line):
        dept, role, name = _parse_segment(part)
        if name is None and role is None:
            carry = dept or carry
            continue
        carry = dept or carry
        out.append((carry, role, name))
    return out


def _contacts_in(text: str, lines: list[Line], i: int, j: int, phones: list[Fact]) -> list[Contact]:
    out: list[Contact] = []
    dept_carry: str | None = None
    prev_line_text = ""
    for ln in lines[i:j]:
        row = [f for f in phones if ln.start <= f.start < ln.end]
        if not row:
            d, _, _ = _parse_segment(ln.text)
            if (
                d
                and not re.search(r"[A-Za-z]", ln.text)
                and not _PRESS_LABEL.fullmatch(ln.text.strip())
            ):
                dept_carry = d if len(d) < 40 else dept_carry
            if ln.stripped:
                prev_line_text = ln.text
            continue
        pos = ln.start
        above = _people(prev_line_text)
        for k, f in enumerate(row):
            before = text[pos : f.start]
            pos = f.end
            if _FAX.search(before) or (f.note or "").lower().startswith("fax"):
                continue
            dept, role, name = _parse_segment(before)
            if dept is None and name is None and above:
                # people on the line above, phones below: `Name, Team, Org` over `Tel: …`,
                # or `팀장 A / 대리 B` over `연락처 053-… / 053-…`, matched in order
                dept, role, name = above[min(k, len(above) - 1)]
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
    """Contacts from the press-contact block; enquiry (문의) lines only when there is none."""
    lines = list(iter_lines(text))
    phones = [
        f for f in facts if f.kind == "phone" and f.value and not mask.in_noise(f.start, f.end)
    ]
    for label in (_PRESS_LABEL, _ENQUIRY_LABEL):
        found: list[Contact] = []
        for i, j in _blocks(lines, label, phones):
            for c in _contacts_in(text, lines, i, j, phones):
                if not any(o.phone == c.phone for o in found):
                    found.append(c)
        if found:
            return found
    return []


def contact_orgs(contacts: list[Contact]) -> list[str]:
    """Organisation names heading contact departments (`중소벤처기업진흥공단 탄소중립지원처`)."""
    out = []
    for c in contacts:
        if c.department and " " in c.department:
            head = c.department.split()[0]
            if (
                re.search(
                    r"(?:부|처|청|공단|공사|협회|회의소|재단|진흥원|연구원|위원회|은행)$", head
                )
                and head not in out
            ):
                out.append(head)
    return out
