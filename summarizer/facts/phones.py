"""Telephone and fax numbers, Korean and foreign, normalised to E.164 (service numbers as digits)."""

from __future__ import annotations

import re

from summarizer.facts.candidates import Candidate
from summarizer.lazy import lazy_compile
from summarizer.lexicon import FAX_LABELS, PHONE_LABELS, scripts

# Each pattern opens with a plain character so the engine skips ahead fast; what a leading
# lookbehind would check is checked right after that first character.
_AREA = r"(?:2|3[1-3]|4[1-4]|5[1-5]|6[1-4]|1[016-9]|70|80|60|50[2-8]|30)"  # after the leading 0
_NOT_BEFORE = r"[0-9A-Za-z_\-/=#@+&%]"
_AFTER = r"(?!\d|[\-.]\d)"
_DASH = r"[ \t]-[ \t]"  # a dash with a space each side, as in `044 - 204 - 7920`

# +82-44-204-7920, +82 (0)2 6000 1234, +84-24-3577-1458
_INTL = lazy_compile(
    r"\+(?<![\w+]\+)[ \t]?[1-9]\d{0,2}\)?(?:[ \t.\-]?(?:\(0\)|\(\d{1,4}\)|\d{1,5})){2,6}(?!\d)"
)
# 044-204-7920, 044)204-7920, 02.2110.5678, 02 2110 5678, 044 - 204 - 7920
_SEP_AREA = r"(?:[ \t]?(?:\)[ \t]?|[ \t.\-])|" + _DASH + r")"
_SEP_MID = r"(?:[\-. \t]|" + _DASH + r")"
_MID_LAST = r"(?P<mid>\d{3,4})" + _SEP_MID + r"(?P<last>\d{4})" + _AFTER
_LEAD0 = r"0(?<!" + _NOT_BEFORE + r"0)(?<!\d\.0)"  # a leading 0 not inside another number
_DOMESTIC = re.compile(_LEAD0 + r"(?P<area>" + _AREA + r")" + _SEP_AREA + _MID_LAST)
# (044) 204-7920, (02)2110-1234
_BRACKETED = re.compile(
    r"\((?<!" + _NOT_BEFORE + r"\()[ \t]?0(?P<area>" + _AREA + r")[ \t]?\)[ \t]?" + _MID_LAST
)
# 0442047920 (needs a phone word before it)
_GLUED = re.compile(
    r"0(?<!" + _NOT_BEFORE + r"0)(?<!\d\.0)(?P<area>" + _AREA + r")(?P<rest>\d{7,8})" + _AFTER
)
# 031-120: an area code with a 3-digit local service number
_AREA_SHORT = re.compile(
    r"0(?<!"
    + _NOT_BEFORE
    + r"0)(?<!\d\.0)(?P<area>"
    + _AREA
    + r")[\-)][ \t]?(?P<loc>1\d\d)"
    + _AFTER
)
# 1588-7500, 1544.7788 (1522-1899 nationwide numbers)
_NATIONWIDE = re.compile(
    r"1(?<![\d\-,/=#]1)(?<!\d\.1)(?P<pre>5[2-9]\d|6\d\d|8\d\d)(?P<sep>[\-. ]?|"
    + _DASH
    + r")(?P<last>\d{4})"
    + _AFTER
)
# 1357, 120: short service numbers, only right after a phone word
_SHORT = lazy_compile(r"(?P<n>1\d{2,3})(?!\d|[,\-.:]\d|[ \t]-[ \t]?\d)")
# 530-1234: a local number without its area code, only right after a phone word
_LOCAL = lazy_compile(r"(?P<mid>[2-9]\d{2,3})[\-. \t](?P<last>\d{4})" + _AFTER)


def _cased(words: tuple[str, ...]) -> str:
    """The lexicon's labels as written, the Latin ones also in capitals and lower case."""
    ko, latin, signs = scripts(words)
    return "|".join(
        re.escape(v) for v in (*ko, *signs, *(c for w in latin for c in (w, w.upper(), w.lower())))
    )


_CUE_WORDS = (
    rf"(?:{_cased(PHONE_LABELS)}|콜센터|콜 센터|상담(?:센터|실|전화)?|문의(?:처|전화)?|T\.|T:|"
    r"국번[ \t]?없이|고객센터|대표번호|안내(?:전화|센터)?|연락처|휴대폰|핸드폰|H\.?P|헬프데스크)"
)
_CUE = lazy_compile(_CUE_WORDS + r"[^\d\n]{0,10}$")
# Where a phone word and up to ten other characters (no digit, no line break) stand right before
# a `1` and two digits (a service number) or a local number without its area code (`530-1234`).
# Found from those numbers (a literal the engine skips to), not by trying every phone word at
# every common syllable; the words are looked for no further back than `_CUE_REACH` (a test
# checks the longest fits).
# (one class first, the branches told apart after it: a class opening the pattern lets the
# engine skip ahead by it, two branches opening with `1` and `[2-9]` gave it nothing: a third
# less time on a page; the test of `_cue_ahead_ends` compares with the plain pattern)
_SHORT_START = re.compile(r"[1-9](?=\d\d)(?:(?<=1)|(?=\d{2,3}[\-. \t]\d{4}(?!\d)))")
_CUE_BEFORE = re.compile(_CUE_WORDS + r"[^\d\n]{0,10}\Z")
_CUE_REACH = 40


def _cue_ahead_ends(s: str) -> list[int]:
    """The ends of `phone word [^\\d\\n]{0,10}?` before such a number (tests hold the plain pattern)."""
    return [
        q
        for q in (m.start() for m in _SHORT_START.finditer(s))
        if _CUE_BEFORE.search(s, max(0, q - _CUE_REACH), q) is not None
    ]


# `‘117 학교폭력 신고센터’`, `1388 청소년상담전화`: a service number named before the line it
# is (looked for back from the rare line word, never by trying every number on the page); only
# the 11x-13x and 13xx-16xx ranges service lines use, so `150 상담센터` (a count) stays out
_LINE_AFTER = re.compile(r"(?:신고|상담|콜)(?:센터|전화)")
_NUMBER_BEFORE = lazy_compile(
    r"(?<![\d,.\-])(?P<n>1[1-3]\d|1[3-6]\d\d)[ \t](?:[가-힣]{1,8}[ \t]?){0,2}\Z"
)


def _named_before(s: str, out: list[Candidate]) -> None:
    # (every match ends with `센터` or `전화`: a page holding neither, two C scans, is not
    # searched, its class of first syllables tested at every character)
    if "센터" not in s and "전화" not in s:
        return
    taken = {c.start for c in out}
    for m in _LINE_AFTER.finditer(s):
        before = _NUMBER_BEFORE.search(s, max(0, m.start() - 24), m.start())
        if before and before.start("n") not in taken:
            taken.add(before.start("n"))
            out.append(Candidate(before.start("n"), before.end("n"), "phone", before.group("n")))


_FAX_CUE = re.compile(rf"(?:{_cased(FAX_LABELS)}|F\.|F:|F\))[^\d\n]{{0,6}}$")
_UNIT = lazy_compile(
    r"[ \t]?(?:년|원|명|개|건|억|만|%|회|곳|일|월|호|번째|위|km|m\b|대|kg|톤|가구|세대|시|분|초|"
    r"달러|층|석|쪽|페이지|점|배|만원|주년|기|종|㎡|평|여|가지|차|팀|편|권|통|p\b)"
)


def _cue(s: str, i: int, rx: re.Pattern[str] = _CUE) -> bool:
    return rx.search(s, max(0, i - 20), i) is not None


def _fax(s: str, i: int) -> bool:
    return _cue(s, i, _FAX_CUE)


_INTL_TOKEN = lazy_compile(r"\(0\)|\d+")


def _intl(s: str, out: list[Candidate]) -> None:
    for m in _INTL.finditer(s):
        tokens = list(_INTL_TOKEN.finditer(m.group()))
        while tokens:
            digits = "".join(t.group().strip("()") for t in tokens if t.group() != "(0)")
            if digits.startswith("820"):
                digits = "82" + digits[3:]
            limit = 12 if digits.startswith("82") else 15
            if 8 <= len(digits) <= limit:
                end = m.start() + tokens[-1].end()
                out.append(Candidate(m.start(), end, "phone", "+" + digits, fax=_fax(s, m.start())))
                break
            if len(digits) < 8:
                break
            tokens.pop()


# `031-555-6114,7114`, `02-123-4567, 4568`: a second line of the same exchange written by its last
# four digits only, after a comma or a slash (not a count, `…-4567, 2024년`, nor another number)
_SIBLING = lazy_compile(r"[ \t]?[,/][ \t]?(?P<last>\d{4})(?!\d|[\-.)]\d|[ \t]?[\-.][ \t]?\d)")


def _sibling(s: str, m: re.Match[str], out: list[Candidate]) -> None:
    """The second number `m`'s last four digits are followed by, its area and exchange taken."""
    sib = _SIBLING.match(s, m.end())
    if sib is None or _UNIT.match(s, sib.end()):
        return
    value = "+82" + m.group("area") + m.group("mid") + sib.group("last")
    fax = _fax(s, m.start())
    out.append(Candidate(sib.start("last"), sib.end("last"), "phone", value, fax=fax))


def find_phones(s: str) -> list[Candidate]:
    """Phone and fax candidates in the prepared text `s`."""
    out: list[Candidate] = []
    if "+" in s:
        _intl(s, out)
    for rx in (_DOMESTIC, _BRACKETED) if "(" in s else (_DOMESTIC,):
        for m in rx.finditer(s):
            value = "+82" + m.group("area") + m.group("mid") + m.group("last")
            out.append(Candidate(m.start(), m.end(), "phone", value, fax=_fax(s, m.start())))
            _sibling(s, m, out)
    for m in _AREA_SHORT.finditer(s):
        if not _UNIT.match(s, m.end()):
            value = "+82" + m.group("area") + m.group("loc")
            out.append(Candidate(m.start(), m.end(), "phone", value, fax=_fax(s, m.start())))
    for m in _GLUED.finditer(s):
        if _cue(s, m.start()) or _cue(s, m.start(), _FAX_CUE):
            value = "+82" + m.group("area") + m.group("rest")
            out.append(Candidate(m.start(), m.end(), "phone", value, fax=_fax(s, m.start())))
    for m in _NATIONWIDE.finditer(s):
        if _UNIT.match(s, m.end()):
            continue
        if m.group("sep") not in ("-", ".") and not _cue(s, m.start()):
            continue  # `1588 1234`, `1600 - 1700` could be counts or years without a phone word
        out.append(
            Candidate(
                m.start(),
                m.end(),
                "phone",
                "1" + m.group("pre") + m.group("last"),
                fax=_fax(s, m.start()),
            )
        )
    for end in _cue_ahead_ends(s):
        local = _LOCAL.match(s, end) if s[end - 1] not in ",./=#" else None
        if local and not _UNIT.match(s, local.end()):
            value = local.group("mid") + local.group("last")
            out.append(Candidate(local.start(), local.end(), "phone", value, fax=_fax(s, end)))
            continue
        short = _SHORT.match(s, end)
        if short and s[end - 1] not in ",./=#" and not _UNIT.match(s, short.end()):
            out.append(
                Candidate(
                    short.start(),
                    short.end(),
                    "phone",
                    short.group("n"),
                    fax=_fax(s, short.start()),
                )
            )
    _named_before(s, out)
    return out


__all__ = ["find_phones"]
