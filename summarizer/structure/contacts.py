"""Press contacts: the 담당 부서 table, `담당자 :` lines, 문의처 desks and English `Media contacts`."""

from __future__ import annotations

import re

from summarizer.lazy import lazy_compile
from summarizer.lexicon import ORG_SUFFIXES, ending, marks
from summarizer.models.records import Contact, Fact
from summarizer.structure.contact_layouts import (
    BULLET,
    EN_DESK,
    LOWER_CELL,
    PRESS_LABEL,
    PRESS_WORD,
    contacts_in,
)
from summarizer.structure.contact_rows import DEPT_END, parse_segment
from summarizer.structure.lines import ByStart, Line, Mask, iter_lines, iter_sentences

# `담당부서 물정책과 담당자 주무관 도하람 (044-…)`: a one-line label, only on a line with a phone
_LOOSE_LABEL = re.compile(r"^\s*" + BULLET + PRESS_WORD + r"\s+[가-힣]")
_ENQUIRY_LABEL = re.compile(
    r"문\s*의(?:\s*처)?\s*[\]>〉)】]?\s*(?:[:：]|$|\s*☎|\s*\(|(?<=[\]>〉)】])\s)"
)
# `※ 문의 :`, `■ 문의`, `7. 문의처`: enquiries for the whole document, not `※ 행사 문의 :`
_BARE_ENQUIRY = re.compile(
    rf"^\s*(?:[{marks.LEAD}]\s*|\d{{1,2}}\.\s*)?[\[<〈(【]?\s*문\s*의(?:\s*처)?\s*[\]>〉)】]?\s*(?:[:：]|$)"
)
_MAIL_LINE = lazy_compile(
    r"^\s*(?:e-?mail|email|이\s*메\s*일|전자\s*우편|web(?:site)?|homepage|홈페이지)\s*[:：]", re.I
)
_NOTE = lazy_compile(r"^\s*[※*]")


# Labels whose every branch opens with `^` (and no MULTILINE): a search of them is a match, and
# a search would try (and fail) the branches at every character of every line.
_ANCHORED = (PRESS_LABEL, _BARE_ENQUIRY)
# A character every line an enquiry label matches holds (`문의`): other lines are passed over
# with one `in`, not a regex each (a test checks the labels still need it)
_HELD = {_BARE_ENQUIRY: "문", _ENQUIRY_LABEL: "문"}
# The first character, spaces aside, of every line PRESS_LABEL or _LOOSE_LABEL matches: a
# bullet, an opening bracket, a `|`, a label word's first syllable, an English label's first
# letter in either case (a test checks): other lines are passed over without the patterns
_PRESS_FIRST = frozenset(marks.spelt(marks.LEAD) + "|[<〈(【담연홍협기소구부직성이mpncfMPNCF")


def _blocks(lines: list[Line], label: re.Pattern[str], phones: list[Fact]) -> list[tuple[int, int]]:
    """Index ranges of lines that form a contact block, starting at a label line."""

    by_start = ByStart(phones)
    find = label.match if label in _ANCHORED else label.search

    def has_phone(ln: Line) -> bool:
        return by_start.any_within(ln.start, ln.end)

    out: list[tuple[int, int]] = []
    after = 0  # the line after the last block: a label line inside a block opens none
    for i in _label_lines(lines, label):
        if i < after:
            continue
        loose = label is PRESS_LABEL and has_phone(lines[i]) and _LOOSE_LABEL.match(lines[i].text)
        if not (find(lines[i].text) or loose):
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
                heading = bool(EN_DESK.match(ln.stripped) and EN_DESK.match(nxt.stripped))
            if (
                has_phone(ln)
                or (heading and not re.search(r"다\.\s*$", ln.stripped))
                or _MAIL_LINE.match(ln.text)  # `E-mail: …` between two desks' blocks
                or (LOWER_CELL.match(ln.text) and has_phone(lines[j - 1]))  # a desk cell below
            ):
                j += 1
                continue
            break
        out.append((i, j))
        after = j
    return out


def _label_lines(lines: list[Line], label: re.Pattern[str]) -> list[int]:
    """The indexes of the lines `label` may match, by its held character or first character
    (one comprehension over the lines, not a loop step per line that cannot match)."""
    held = _HELD.get(label)
    if held is not None:
        return [i for i, ln in enumerate(lines) if held in ln.text]
    if label is PRESS_LABEL:
        return [i for i, ln in enumerate(lines) if ln.stripped[:1] in _PRESS_FIRST]
    return list(range(len(lines)))


def find_contacts(text: str, facts: list[Fact], mask: Mask) -> list[Contact]:
    """Contacts from the press-contact block and bare `문의` lines; `… 문의` lines only when neither exists."""
    # a labelled contact box that a page extractor left out of the main text still lists
    # contacts; a `광고 문의` line there is not worth a fallback
    labelled = [
        f for f in facts if f.kind == "phone" and f.value and not mask.furniture(f.start, f.end)
    ]
    if not labelled:
        # every contact is made for one of these phones (`contacts_in` makes one per phone in a
        # block's rows, `_prose_desks` one per phone of a sentence): a page without them has
        # none, and its lines are not split nor its labels searched (most short pages)
        return []
    lines = list(iter_lines(text))
    strict = [f for f in labelled if not mask.in_noise(f.start, f.end)]
    for labels, phones in (((PRESS_LABEL, _BARE_ENQUIRY), labelled), ((_ENQUIRY_LABEL,), strict)):
        found: list[Contact] = []
        phoned: set[str | None] = set()  # the phones of `found` (asked per contact: a set)
        by_start = ByStart(phones)  # sorted once, not once per block
        for label in labels:
            for i, j in _blocks(lines, label, phones):
                for c in contacts_in(text, lines, i, j, by_start):
                    if c.phone not in phoned:
                        found.append(c)
                        phoned.add(c.phone)
        if found:
            return found
    return _prose_desks(text, lines, strict)


# `참가 문의는`, `문의하면`; not the genitive of `자문`, `방문`, `논문` (`자문의 범위`)
_ASK = lazy_compile(r"(?<![가-힣])문\s*의|문의(?:하|처|는|를|\s*사항|\s*전화)")
_DESK_BEFORE = lazy_compile(
    r"((?:[^\s()]+\s+){0,2}[^\s()（]+)\s*[(（]\s*(?:☎|☏|전화|Tel\.?|국번\s*없이)?\s*[:：]?\s*$"
)


def _prose_desks(text: str, lines: list[Line], phones: list[Fact]) -> list[Contact]:
    """`참가 문의는 해울시 물정책과(031-…)로 하면 된다`: a desk a sentence gives for enquiries.

    Only a sentence that says 문의 counts: `고객센터(1544-…)에서 확인할 수 있다` is not a contact.
    """
    out: list[Contact] = []
    by_start = ByStart(phones)
    for ln in lines:
        if not by_start.any_within(ln.start, ln.end):
            continue  # a desk is told only beside its phone: a line without one has none
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
    seen: set[str] = set()  # (`head not in out` went through the list: a page of thousands of
    # contacts, each with a body of its own, was quadratic, bench_adversarial.py release_like)
    for c in contacts:
        if c.department and " " in c.department:
            head = c.department.split()[0]
            if _HEAD_ORG.search(head) and head not in seen:
                seen.add(head)
                out.append(head)
    return out
