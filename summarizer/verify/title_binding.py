"""Whether a title binds to a person: it is written beside one of their mentions.

`오영주 중기부 장관`, `충북지사 김영환`, `사장 직무대행 홍길동`: the words of the name's own phrase
(up to a particle) hold the title, alone or joined to the party's name.
"""

from __future__ import annotations

import re

from summarizer.english.romanise import has_hangul
from summarizer.lazy import lazy_compile
from summarizer.lexicon import TITLE_PREFIXES, TITLE_WORDS, alternation
from summarizer.models import ClaimCheck, Span
from summarizer.verify.declared import english_source
from summarizer.verify.evidence import Evidence, claim_check, key

# Title words as releases write them (the lexicon's, with a rank before: `상임이사`), longest first.
# `위원` inside `누리위원회` is the committee's name, not a title beside a person.
_TITLE = re.compile(rf"(?:{alternation(TITLE_PREFIXES)})?{alternation(TITLE_WORDS)}(?!회)")


_TITLES_BESIDE_RE1 = lazy_compile(r"[은는이가,，)]\s|[“\"]")


def titles_beside(ev: Evidence, at: Span) -> list[str]:
    """Title words written just before or after a person's name."""
    before = ev.text[max(0, at.start - 20) : at.start].split("\n")[-1]
    after = ev.text[at.end : at.end + 20].split("\n")[0]
    after = _TITLES_BESIDE_RE1.split(after)[0]
    near = [m.group(0) for m in _TITLE.finditer(after)]
    near += [m.group(0) for m in _TITLE.finditer(before[-8:])]
    return near


_PARTICLE = re.compile(
    r"(?:은|는|을|를|과|와|의|도|께서|이며|에게|에서|으로|\(.*)$|(?<=(?:장|관|사|수|원|표|처|행))(?:이|가)$"
)
_NOT_SAME = ("부", "명예", "상임", "수석", "전임", "전")  # 부회장 is not 회장


_TOKENS_BESIDE_RE1 = lazy_compile(r"[“\"”,，]")
_TOKENS_BESIDE_RE2 = lazy_compile(r"[(（,，]")


def tokens_beside(ev: Evidence, at: Span) -> list[str]:
    """The words of the name's own phrase: up to three after it and two before it.

    A phrase ends at a particle (`장관과`, `지사는`): the words after it name someone else.
    """
    after = ev.text[at.end : at.end + 40].split("\n")[0]
    before = ev.text[max(0, at.start - 30) : at.start].split("\n")[-1]
    out: list[str] = []
    for word in _TOKENS_BESIDE_RE1.split(after)[0].split()[:4]:
        if word.isascii() and word[:1].islower():
            break  # `Kim Garam and Nuri County Governor …`: an English phrase ends at `and`
        bare = _PARTICLE.sub("", word.strip("()（）[]·"))
        if bare:
            out.append(bare)
        if bare != word.strip("()（）[]·"):
            break
    kept: list[str] = []
    for word in reversed(_TOKENS_BESIDE_RE2.split(before)[-1].split()[-2:]):
        bare = _PARTICLE.sub("", word.strip("()（）[]·"))
        if bare != word.strip("()（）[]·") or not bare:
            break
        kept.insert(0, bare)
    return [*out, *kept]


def _title_fits(title: str, words: list[str]) -> bool:
    want = key(title)
    if not want:
        return False
    for n in range(1, 5):  # a title over several words: `사장 직무대행`, `서울시장 권한대행`
        for i in range(len(words) - n + 1):
            joined = key("".join(words[i : i + n]))
            if joined == want:
                return True
            if n == 1 and joined.endswith(want):
                prefix = joined[: -len(want)]
                if len(prefix) >= 2 and not prefix.endswith(_NOT_SAME):
                    return True  # `충북지사`, `칠곡군수`: the party's name joined to the title
    return False


def written_beside(ev: Evidence, title: str, people: list[Span]) -> Span | None:
    """The first mention of the person whose own phrase holds the title (`Garam Mayor NAME`)."""
    return next((at for at in people if _title_fits(title, tokens_beside(ev, at))), None)


def check_title(ev: Evidence, field: str, title: str, people: list[Span]) -> ClaimCheck:
    """A title binds when written beside one of the person's mentions."""
    if not people:
        note = "the person is not found to bind a title to"
        return claim_check(field, "title_ko", title, "unchecked", note=note)
    if has_hangul(title) and title not in ev.text and english_source(ev):
        # 주지사 beside `Governor Jane Doe` on an English page: the schema's Korean rendering
        note = "the source is in English and does not write this Korean title; not checked"
        return claim_check(field, "title_ko", title, "unchecked", note=note)
    for at in people:
        if _title_fits(title, tokens_beside(ev, at)):
            return claim_check(field, "title_ko", title, "exact", span=at)
        if len(at.text.split()) >= 2 and key(at.text).endswith(key(title)):
            # `가람시 관계자` as the speaker: a role, whose last word is the title
            return claim_check(field, "title_ko", title, "exact", span=at)
    for at in people:  # a long English title: `director-general at the ministry's …`
        window = ev.text[at.end : at.end + 25 + len(title)]
        if title.isascii() and len(key(title)) >= 8 and key(title) in key(window):
            return claim_check(field, "title_ko", title, "exact", span=at)
        if title.isascii() and (_english_title_before(ev, title, at) or _apposition(ev, title, at)):
            return claim_check(field, "title_ko", title, "exact", span=at)
    if _by_surname(ev, title, people):
        note = "written with the person's surname (`이 서장은`), a second reference"
        return claim_check(field, "title_ko", title, "normalised", span=people[0], note=note)
    others = sorted({t for at in people for t in titles_beside(ev, at)})
    if key(title) in {key(t) for t in others}:
        # near this person among others' titles (`왼쪽부터 A 총장, B 부총장`): not bound, not wrong
        note = f"written near this person among other titles ({', '.join(others)})"
        return claim_check(field, "title_ko", title, "unverified", span=people[0], note=note)
    if others:
        note = f"the source gives this person the title {', '.join(others)}"
        return claim_check(field, "title_ko", title, "unsupported", span=people[0], note=note)
    note = "no title is written beside this person"
    return claim_check(field, "title_ko", title, "unverified", note=note)


# A person written again by surname and title (`이 서장은`, `김 회장은`): press style for a
# second reference. Another person the page names with the same surname, beside a title or as
# a body's head in brackets (`(총경·이바다)`), makes it anyone's.
_PARTICLE_AFTER = r"(?:은|는|이|가|과|와|의|도|을|를)?(?![가-힣])"


_BY_SURNAME_RE1 = lazy_compile(r"[가-힣]{3}")
_BY_SURNAME_RE2 = lazy_compile(r"[가-힣]{2,8}")


def _by_surname(ev: Evidence, title: str, people: list[Span]) -> bool:
    """The title is written after the person's surname alone, and no one else has that surname."""
    person = people[0].text
    if not _BY_SURNAME_RE1.fullmatch(person) or not _BY_SURNAME_RE2.fullmatch(title):
        return False
    surname = person[0]
    if not any(
        re.search(rf"(?<![가-힣]){surname}\s{re.escape(t)}{_PARTICLE_AFTER}", ev.text)
        for t in _surname_titles(ev, title, people)
    ):
        return False
    for m in re.finditer(rf"(?<![가-힣]){surname}[가-힣]{{2}}(?![가-힣])", ev.text):
        if m.group(0) == person:
            continue
        other = Span(text=m.group(0), start=m.start(), end=m.end())
        if titles_beside(ev, other) or ev.text[max(0, m.start() - 1) : m.start()] in (
            "(",
            "（",
            "·",
        ):
            return False
    return True


def _surname_titles(ev: Evidence, title: str, people: list[Span]) -> list[str]:
    """The title, and its last part when the rest is the body written just before the person
    (`가람경찰서(총경·이누리)` … `이 서장은` gives 가람경찰서장)."""
    out = [title]
    for cut in range(2, len(title) - 1):
        body, head = title[:cut], title[cut:]
        for at in people:
            if body in ev.text[max(0, at.start - 15) : at.start].split("\n")[-1]:
                out.append(head)
                break
    return out


# Between an English title and its holder's name: the title's body (`of the Ministry of Star
# Affairs`, capitalised words and their small joining words) and an honorific (`Dr.`).
_OF_BODY_HONORIFIC = re.compile(
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|and|of|for|the|&))*)?"
    r"(?:\s+(?:Dr|Prof|Mr|Ms|Mrs)\.?)?\s+$"
)


_ENGLISH_TITLE_BEFORE_RE1 = lazy_compile(r"[\s-]+")


def _english_title_before(ev: Evidence, title: str, at: Span) -> bool:
    """`First Vice-Minister of the Ministry of Star Affairs Dr. Han Bada`: the title written
    before the name, only its body and an honorific between them."""
    before = ev.text[max(0, at.start - 100 - len(title)) : at.start].split("\n")[-1]
    pattern = r"(?<![A-Za-z])" + r"[\s-]*".join(
        map(re.escape, _ENGLISH_TITLE_BEFORE_RE1.split(title))
    )
    return any(
        _OF_BODY_HONORIFIC.fullmatch(before, m.end()) for m in re.finditer(pattern, before, re.I)
    )


def _apposition(ev: Evidence, title: str, at: Span) -> bool:
    """`Byeol Hana, the speaker of the Nuri Assembly`: the title right after the name's comma."""
    words = r"[\s-]+".join(map(re.escape, _ENGLISH_TITLE_BEFORE_RE1.split(title.strip())))
    after = re.compile(rf"\s*,\s*(?:the\s+|a\s+|an\s+)?{words}(?![A-Za-z])", re.I)
    return after.match(ev.text, at.end) is not None


__all__ = ["check_title", "titles_beside", "tokens_beside", "written_beside"]
