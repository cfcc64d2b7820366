"""One row of a contact table or block: department, role and person from the text before a phone."""

from __future__ import annotations

import re
from functools import lru_cache

from summarizer.lazy import lazy_compile
from summarizer.lexicon import (
    CONTACT_HEADS,
    CONTACT_LABELS,
    CONTACT_RANK_ENDINGS,
    CONTACT_RANKS,
    DEPARTMENT_SUFFIXES,
    FAX_LABELS,
    MOBILE_LABELS,
    PHONE_LABELS,
    alternation,
    ending,
    marks,
    scripts,
)

_PHONE_KO, _PHONE_EN, _PHONE_SIGNS = scripts(PHONE_LABELS)
_FAX_KO, _FAX_EN, _ = scripts(FAX_LABELS)
_MOBILE_KO, _MOBILE_EN, _ = scripts(MOBILE_LABELS)
# The lexicon's contact labels (`담 당 부 서`, `문의처` …) as words of their own (`홍보담당관`,
# `기획담당관실` are a desk's or a head's name), then the phone labels (`T.` too) and a mobile's
# (`M.`, `휴대폰`).
LABEL_WORDS = re.compile(
    rf"(?<![가-힣])(?:{alternation(CONTACT_LABELS, spaced=True)})(?![가-힣])"
    + rf"|\b{alternation((*_PHONE_EN, *_MOBILE_EN, 'T'))}\b\s*[.:]?"
    + rf"|{alternation((*_PHONE_KO, *_MOBILE_KO), spaced=True)}|{alternation(_PHONE_SIGNS)}"
)
FAX = re.compile(
    rf"(?:{alternation(_FAX_KO, spaced=True)}|{alternation(_FAX_EN)}|F\s*[.:])\s*[:.]?\s*$", re.I
)
ROLE = re.compile(
    rf"^(?:[가-힣]{{0,6}}{alternation(CONTACT_HEADS)}|{alternation(CONTACT_RANKS)}"
    rf"|[가-힣]{{0,4}}{alternation(CONTACT_RANK_ENDINGS)})$"
)
DEPT_END = ending(DEPARTMENT_SUFFIXES)
_PERSON = re.compile(r"^[가-힣]{2,4}$")
_EN_PERSON = lazy_compile(r"^[A-Z][a-z]+(?:[ -][A-Z]?[a-z]+){1,3}$")
# `KWON Haerin`, `Haerin KWON`, `Hong Gil-dong`: a family name in capitals marks the person
_EN_FAMILY = lazy_compile(r"^[A-Z]{2,}(?:-[A-Z]{2,})?$")
_EN_GIVEN = lazy_compile(r"^[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?$")
_EN_TITLE = lazy_compile(
    r"^(?:Minister|Vice|Deputy|Director|General|Assistant|Associate|Manager|Senior|Junior|Chief|Head|"
    r"Officer|Team|Leader|Executive|President|Secretary|Spokesperson|Press|Public|Relations|"
    r"Researcher|Principal|Counsellor|Counselor|Ambassador|Mr|Ms|Mrs|Dr|Prof)\.?$"
)
_EN_UNIT = lazy_compile(
    r"\b(?:Division|Team|Office|Department|Ministry|Agency|Center|Centre|Bureau|Section|Unit|Group|"
    r"Desk|Association|Corporation|Institute|Service|Council|Committee|Foundation|Chamber|Bank)\b"
)
_LEGAL = re.compile(r"\((?:주|재|사)\)|㈜")


def squeeze(s: str) -> str:
    """`과 장` -> `과장`, `처  장` -> `처장`, `담 당 자` -> `담당자`: spaced single syllables joined."""
    return re.sub(
        r"(?<![가-힣])([가-힣])(?:\s+([가-힣]))(?:\s+([가-힣]))?(?![가-힣])",
        lambda m: "".join(g for g in m.groups() if g),
        s,
    )


def english_person(s: str) -> tuple[str | None, str | None]:
    """(title, name) of `Deputy Director KWON Haerin`, `Manager Hana Cho`, `Park Min-seo`."""
    tokens = s.split()
    if not tokens or not all(re.fullmatch(r"[A-Za-z][A-Za-z.'-]*", t) for t in tokens):
        return None, None
    for i, t in enumerate(tokens):
        if not _EN_FAMILY.match(t) or _EN_TITLE.match(t):
            continue
        if i + 1 < len(tokens) and _EN_GIVEN.match(tokens[i + 1]):
            a, b = i, i + 2
        elif i > 0 and _EN_GIVEN.match(tokens[i - 1]) and not _EN_TITLE.match(tokens[i - 1]):
            a, b = i - 1, i + 1
        else:
            continue
        if b == len(tokens):
            return (" ".join(tokens[:a]) or None), " ".join(tokens[a:b])
    k = 0
    while k < len(tokens) and _EN_TITLE.match(tokens[k]):
        k += 1
    rest = " ".join(tokens[k:])
    if _EN_PERSON.match(rest) and (k or len(tokens) <= 4) and not _EN_UNIT.search(rest):
        return (" ".join(tokens[:k]) or None), rest
    return None, None


_EN_OF = lazy_compile(r"^([^,:]+?)\s+of\s+(?:the\s+)?([^:]+)$")
_EN_AT = lazy_compile(r",?\s+at\s+(?:the\s+)?")


def _english(seg: str) -> tuple[str | None, str | None, str | None]:
    """`Team, Org: Title NAME`, `Name, Team, Org` or `Title NAME, Team, Org`."""
    # `For more information, please contact Kim Minji at`
    seg = re.sub(
        r"^(?:for\s+(?:more|further)\s+information,?\s*)?(?:please\s+)?(?:contact|call|reach)\s+",
        "",
        seg,
        flags=re.I,
    )
    seg = re.sub(r"\s+(?:at|on|via)$", "", seg)
    # `Deputy Director KIM Gaon of the Water Division at the Ministry of Water`
    of = _EN_OF.match(seg)
    if of:
        role, name = english_person(of.group(1))
        if name:
            return _EN_AT.sub(", ", of.group(2)), role, name
    if ":" in seg:
        left, right = (p.strip(" ,") for p in seg.split(":", 1))
        role, name = english_person(right)
        if name:
            return (left or None), role, name
        seg = right or left
    parts = [p.strip() for p in seg.split(",") if p.strip()]
    for idx in (0, len(parts) - 1):
        if parts:
            role, name = english_person(parts[idx])
            if name:
                others = parts[1:] if idx == 0 else parts[:-1]
                if role is None and others and all(_EN_TITLE.match(w) for w in others[0].split()):
                    role = others.pop(0)  # `Kim Minji, Deputy Director, Water Division, MOX`
                return (", ".join(others) or None), role, name
    return (", ".join(parts) or None), None, None


_LABEL_CELL = re.compile(
    r"^[\[<〈(【]\s*(?:담\s*당|문\s*의|연\s*락\s*처)[^\]>〉)】]{0,4}[\]>〉)】]\s*"
)
_LEAD_MARKS = re.compile(rf"^[\s)\],，/|·:：{marks.LEAD}]+")  # (marks: summarizer.lexicon.marks)
_ROW_NUMBER = re.compile(r"^\s*\d{1,2}\.\s+")
_EMPTY_LABEL = re.compile(r"[\[<〈(【]\s*[\]>〉)】]")
_CELL_BAR = re.compile(r"\s*\|\s*")
_TRAIL_MARKS = re.compile(r"[\s(\[☎:：,/|]+$")
_LATIN3 = re.compile(r"[A-Za-z]{3}")
_HANGUL = lazy_compile(r"[가-힣]")
_COLON = lazy_compile(r"[:：]")
_DASH = re.compile(r"\s[–—-]\s")


@lru_cache(maxsize=256)  # a heading line is read for its desk and again for its people
def parse_segment(seg: str) -> tuple[str | None, str | None, str | None]:
    """(department, role, name) from one row segment ending at a phone number."""
    seg = _LEAD_MARKS.sub("", seg)
    seg = _LABEL_CELL.sub("", seg)
    seg = _ROW_NUMBER.sub("", seg)
    seg = LABEL_WORDS.sub(" ", seg)
    seg = _EMPTY_LABEL.sub(" ", seg)  # `[담당부서]` once its label is gone
    seg = _CELL_BAR.sub(" ", seg)  # cells of a `| … | … |` row
    seg = _TRAIL_MARKS.sub("", seg)
    if _LATIN3.search(seg) and not _HANGUL.search(seg):
        return _english(seg)
    if ":" in seg or "：" in seg:
        left, right = _COLON.split(seg, maxsplit=1)
        seg = right if right.strip() else left
    dash = _DASH.search(seg)
    if dash:  # `관광열차 상품 – 코레일 고객센터`: the topic, then the desk
        seg = seg[dash.end() :]
    return _korean(seg)


_PARENS = re.compile(r"\([^()]*\)")
_HELD = re.compile(r"\x00(\d+)\x00")
_SPACES = re.compile(r"\s+")
_PUNCT_TOKEN = re.compile(r"[/|·,:;~-]+")


# an e-mail address with its label (`이메일 nam@…`, `E-mail: …`)
_EMAIL = lazy_compile(
    r"(?:(?:이\s*메\s*일|전자\s*우편|e-?mail)\s*[:：]?\s*)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.I
)
_OPEN = lazy_compile(r"[(（](?=[^)）]*$)")
# `남도윤(물정책과 주무관, 031-…`, `남도윤 주무관 (가람시 물정책과) 031-…`: the person, then the
# desk in brackets
_NAME_FIRST = lazy_compile(
    r"^\s*([가-힣]{2,4})(?:\s+([가-힣]{2,6}))?\s*[(（]([^()（）]+)[)）]?\s*$"
)


def _name_first(seg: str) -> str:
    """The person named before the bracket that holds the desk, written desk first."""
    m = _NAME_FIRST.match(seg)
    if m is None:
        return seg
    name, role, inner = m.groups()
    if ROLE.match(name) or DEPT_END.search(name) or (role and not ROLE.match(role)):
        return seg
    words = inner.replace(",", " ").split()
    if not any(DEPT_END.search(t) for t in words):
        return seg
    if not role and not any(ROLE.match(t) for t in words):
        return seg  # `가람전자(홍보팀, 02-…`: a body and its desk, no person
    return f"{inner} {role or ''} {name}"


def _korean(seg: str) -> tuple[str | None, str | None, str | None]:
    marks: list[str] = []

    def hold(m: re.Match[str]) -> str:
        marks.append(m.group(0))
        return f"\x00{len(marks) - 1}\x00"

    seg = _EMAIL.sub(" ", seg)  # `남도윤 (nam@… / 044-…`: the address names no one
    seg = _name_first(seg)
    seg = _LEGAL.sub(hold, seg)  # `(주)에듀브릿지` keeps its legal form through bracket removal
    seg = _PARENS.sub(" ", seg)
    if "(" in seg or "（" in seg:  # a bracket the phone sits in, left open: `… 남도윤 (☎`
        seg = _OPEN.sub(" ", seg)
    seg = _HELD.sub(lambda m: marks[int(m.group(1))], seg)
    tokens = [t for t in _SPACES.split(squeeze(seg)) if t and not _PUNCT_TOKEN.fullmatch(t)]
    tokens = [part for t in tokens for part in _unit_and_head(t)]
    name = role = None
    if tokens and _PERSON.match(tokens[-1]) and not ROLE.match(tokens[-1]):
        if not DEPT_END.search(tokens[-1]) or (len(tokens) >= 2 and ROLE.match(tokens[-2])):
            name = tokens.pop()  # `… 과장 홍길동`
    elif (
        len(tokens) >= 2
        and ROLE.match(tokens[-1])
        and _PERSON.match(tokens[-2])
        and not ROLE.match(tokens[-2])
        and not DEPT_END.search(tokens[-2])
    ):
        name = tokens.pop(-2)  # `… 홍길동 사무관`
    roles = [t for t in tokens[-2:] if ROLE.match(t)]
    role = roles[-1] if roles else None
    dept = " ".join(t for t in tokens if not ROLE.match(t)) or None
    if name is None and role is not None and dept is None:
        return None, role, None
    return dept, role, name


# A head's title written onto its unit's name (`물정책과장`, `홍보팀장`, `물류센터장`): the unit
# then the title, when at least two syllables name the unit (`부원장`, `부단장` stay whole).
_UNIT_HEADS = tuple(
    h for h in CONTACT_HEADS if h[:-1] in DEPARTMENT_SUFFIXES or h[:-1] == "소"
)  # not `차장` (no `…차` unit)
_FUSED_HEAD = lazy_compile(rf"^([가-힣]{{2,}}?)({alternation(_UNIT_HEADS)})$")


def _unit_and_head(token: str) -> tuple[str, ...]:
    """`물정책과장` -> (`물정책과`, `과장`); any other token stays whole."""
    m = _FUSED_HEAD.match(token)
    if m is None or token in CONTACT_HEADS:
        return (token,)
    return m.group(1) + m.group(2)[:-1], m.group(2)


_PEOPLE_SEP = lazy_compile(r"\s*[/|,，]\s*")


def people(line: str) -> list[tuple[str | None, str | None, str | None]]:
    """(department, role, name) of each person a phone-less line lists."""
    if not line.strip():
        return []
    if not _HANGUL.search(line):
        return [parse_segment(line)]
    out = []
    carry = None
    for part in _PEOPLE_SEP.split(line):
        dept, role, name = parse_segment(part)
        if name is None and role is None:
            carry = dept or carry
            continue
        carry = dept or carry
        out.append((carry, role, name))
    return out
