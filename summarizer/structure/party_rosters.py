"""One reader of the rosters a page gives of its signers, and one rule for when a roster is
taken. A roster is a list of bodies in one of two shapes:

- a kind word and its bodies in a bracket, a count a few words before it or none:
  `3개 협약기업(A, B, C)`, `총 9개 협약기업(A, …, I)이 참석한`, `협약기관(A, B)`;
- a list on one line, after bullets (`협약 기관은 ▲A(시장 홍길동) ▲B ▲C`) or separated by
  commas and closed by the copula or a particle (`협약기관은 A와 B, C이다`, `A, B, C은 …`,
  `A, B 등 3곳이다`).

Each roster carries the count the page gives it (in its bracket's count, or `등 N곳` after it)
and whether the words before it name the signers (`협약기업(`, `협약기관은`, `협약을 체결한
기업은`). `taken` is the one rule both callers apply (party_count: the bodies a stated count
says are missing; party_copula: the roster a signers' subject opens): a count given must be the
roster's length; without one, a roster as long as the page's count of signers, or one the words
before it tie to the signers, is exact; one that holds a party already found is read unsure.

Only the span a caller gives is read, from cues (`(` after a kind word, a line's commas or
bullets), never the whole page.
"""

import re
from collections.abc import Iterator

from summarizer.codecache import dataclass
from summarizer.lazy import lazy_compile
from summarizer.lexicon import (
    BRANCH_SUFFIXES,
    NATIVE_NUMBERS,
    SIGNER_KINDS,
    TITLE_WORDS,
    alternation,
    marks,
)
from summarizer.lexicon.counts import ROSTER, SIGNER_DIGITS, SIGNER_NUMBER, count
from summarizer.lexicon.joins import after_name
from summarizer.structure.candidate import Cand, as_person, looks_like_org
from summarizer.structure.lines import blanked
from summarizer.structure.party_lists import TAKING_SEPS, bodies

_NUM = SIGNER_NUMBER
_KINDS = "|".join(SIGNER_KINDS)  # 기관|기업|업체|단체
# `협약기업(`: a kind word opening its bracket (the bracket's items read after it)
_KIND_OPEN = re.compile(r"(?:" + _KINDS + r")\(")
_BRACKET_ITEMS = lazy_compile(r"\((?P<items>[^()\n]*(?:\([^()\n]*\)[^()\n]*)*)\)")
# the words before the kind: `3개 협약기업`, `총 9개 지역 협약기업`, `협약 기관`
_KIND_WORD = lazy_compile(r"(?P<word>[가-힣]*)$")
_COUNT_BEFORE = lazy_compile(r"(?P<n>" + _NUM + r")\s*개\s*(?:[^\s.,()]+\s+){0,2}$")
_TIED_WORD = lazy_compile(r"협약\s?$")
# a subject naming the signers, just before a list: `협약기관은 `, `협약을 체결한 기업은 `,
# `협약한 병원은 ` (the verb `협약하다` itself)
_SIGNER_SUBJECT = lazy_compile(
    r"협약(?:\s*(?:" + _KINDS + r"|대상|당사자)(?:은|는)"
    r"|(?:(?:을|를)?\s*(?:체결한|맺은)|한)\s+(?:[가-힣]+\s){0,2}?[가-힣]{1,8}(?:은|는))\s+"
)
# a list closed by the copula, a count after it or not: `A, B, C이다`, `A·B 등 2곳이다`
_COPULAR_LIST = lazy_compile(
    r"(?P<list>[^.\n]{4,300}?)(?:\s*(?:등\s*)?(?:총\s*)?"
    + count(ROSTER, number=SIGNER_DIGITS, name="n")
    + ")?"
    r"\s*(?:이다|다|이며|이고|입니다)(?=[.\s,]|$)"
)
_COPULA = lazy_compile(r"\s*(?:등\s*)?(?:이다|이며|이고|입니다)\.?$")
_BULLETS = re.compile(rf"[{marks.INLINE}]")  # (marks: summarizer.lexicon.marks)
_SENTENCE_END = lazy_compile(r"[.\n]")
_BRACKETED = lazy_compile(r"\((?!(?:주|유|재|사)\))[^()]*\)")
_PARTICLE = lazy_compile(after_name("(?:은|는|이|가|과|와|을|를|의|도)") + "$")
_LIST_OPEN = lazy_compile(r"^.*(?:에는|에서는|에서|에게|으로|로|은|는|한|인|된|맺은)\s+")
_BRANCH_END = lazy_compile(alternation(BRANCH_SUFFIXES) + "$")
_ITEM = lazy_compile(r"[가-힣A-Za-z0-9()㈜&]+(?:\s[가-힣A-Za-z0-9()㈜&]+){0,3}")
# (a first item of one to three words, then its `과/와` and the next: `가람대 산학협력단과 B`)
_FIRST_JOINT = lazy_compile(
    r"([가-힣A-Za-z0-9㈜&]+(?:\s[가-힣A-Za-z0-9㈜&]+){0,2}?)" + after_name() + r"\s+(?=\S)"
)


@dataclass(frozen=True)
class Roster:
    """A list of bodies: its items, the count the page gives it, whether its words tie it to
    the signers, and where it starts."""

    items: list[Cand]
    count: int | None
    tied: bool
    start: int


def taken(roster: Roster, sizes: set[int], holds_found: bool) -> bool | None:
    """The one rule for a roster: True when it is exact (its count, or the page's count of
    signers, is its length; or its words name the signers), False when it is read unsure (it
    holds a party already found), None when it is not read."""
    n = len(roster.items)
    if n < 2 or (roster.count is not None and roster.count != n):
        return None
    if roster.count is not None or n in sizes or roster.tied:
        return True
    return False if holds_found else None


def rosters(text: str, lo: int, hi: int) -> Iterator[Roster]:
    """The rosters of both shapes between `lo` and `hi`, in the page's order within each."""
    yield from bracket_rosters(text, lo, hi)
    yield from line_rosters(text, lo, hi)


def bracket_rosters(text: str, lo: int, hi: int) -> Iterator[Roster]:
    """`3개 협약기업(A, B, C)`: each kind word opening a bracket, its items, its count."""
    for k in _KIND_OPEN.finditer(text, lo, hi):
        at = k.end() - 1
        b = _BRACKET_ITEMS.match(text, at, min(len(text), at + 420))
        if b is None:
            continue
        word = _KIND_WORD.search(text, max(0, k.start() - 12), k.start())
        kind_at = word.start() if word is not None else k.start()
        count = _COUNT_BEFORE.search(text, max(0, kind_at - 40), kind_at)
        tied = "협약" in text[kind_at : k.start()] or bool(
            _TIED_WORD.search(text, max(0, kind_at - 3), kind_at)
        )
        items = list_items(text, b.start("items"), b.end("items"), opening=False)
        yield Roster(items, _number(count.group("n")) if count else None, tied, k.start())


def line_rosters(text: str, lo: int, hi: int) -> Iterator[Roster]:
    """The list each line between `lo` and `hi` holds: bullets, or a comma run closed by the
    copula or a particle (`…은 A, B, C이다`, `A, B, C은 …`). Its opening is read back from the
    list, so no subject ties it (a subject naming the signers is read by `subject_roster`)."""
    a = lo
    while a < hi:
        b = text.find("\n", a, hi)
        b = hi if b < 0 else b
        line = text[a:b]
        if len(_BULLETS.findall(line)) >= 2:
            yield Roster(bulleted_items(text, a, b), None, False, a)
        elif "," in line:
            yield Roster(_comma_run(text, a, b), None, False, a)
        a = b + 1


def subject_roster(text: str, at: int) -> tuple[Roster, int] | None:
    """`협약기관은 A와 B, C이다`: the copular list in the sentence after a subject naming the
    signers at `at` (every item a body), with where it ends; split at its joints (`와`)."""
    subject = _SIGNER_SUBJECT.match(text, at, min(len(text), at + 40))
    if subject is None:
        return None
    stop = _SENTENCE_END.search(text, subject.end())
    m = _COPULAR_LIST.match(text, subject.end(), stop.end() if stop else len(text))
    if m is None:
        return None
    items = bodies(text, m.start("list"), m.group("list"), TAKING_SEPS)
    n = m.group("n")
    return Roster(items, int(n) if n else None, True, m.start("list")), m.end()


def _finds(text: str, word: str, lo: int, hi: int) -> Iterator[int]:
    i = text.find(word, lo, hi)
    while i >= 0:
        yield i
        i = text.find(word, i + 1, hi)


def _number(n: str) -> int:
    return NATIVE_NUMBERS[n] if n in NATIVE_NUMBERS else int(n)


def bulleted_items(text: str, lo: int, hi: int, closed: bool = False) -> list[Cand]:
    """`▲A(시장 홍길동) ▲B ▲C이다`: each bullet's body, its head's bracket and the copula cut
    (the last item's particle too, unless a count `closed` the list: `▲A ▲B외과 등 2개`)."""
    out = []
    found = list(re.finditer(rf"[{marks.INLINE}]\s*([^{marks.INLINE}]+)", text[lo:hi]))
    for k, m in enumerate(found):
        item = _BRACKETED.sub("", m.group(1)).strip().rstrip(".")
        # (a particle closes the list: only its last item carries one, `▲A외과 ▲B병원과`)
        last = k == len(found) - 1 and not closed
        item = _COPULA.sub("", _PARTICLE.sub("", item) if last else item)
        if not _ITEM.fullmatch(item) or len(item.split()) > 3:
            return []
        out.append(_cand(item, lo + m.start(1)))
    return out


def _comma_run(text: str, lo: int, hi: int) -> list[Cand]:
    """The comma list in `text[lo:hi]` closed by the copula or a particle: the clause from
    its opening to the first word after the last comma."""
    last = text.rfind(",", lo, hi)
    tail = re.match(r"\s*\S+", text[last + 1 : hi])
    if tail is None:
        return []
    b = last + 1 + tail.end()
    close = _COPULA.search(text, b - 8 if b - 8 > last else last + 1, b)
    b = close.start() if close is not None else b
    a = clause_start(text, lo, last)
    items = list_items(text, a, b)
    return items if all(len(c.name.split()) <= 3 for c in items) else []


def clause_start(text: str, s: int, i: int) -> int:
    """Where the clause holding `i` starts: after a full stop, a line's end or a quote."""
    lo = max(s, i - 300)
    return max(
        lo, text.rfind("\n", lo, i) + 1, text.rfind(". ", lo, i) + 2, text.rfind("”", lo, i) + 1
    )


def list_items(text: str, a: int, b: int, opening: bool = True) -> list[Cand]:
    """The bodies of the list `text[a:b]`, separated by commas or middle dots; the first item
    cut to the name after the words that open the list (`협약식에 참석한 ㈜A`)."""
    chunk = blanked(_BRACKETED, text[a:b])
    parts = [(p.start(), p.end()) for p in re.finditer(r"[^,·ㆍ、]+", chunk)]
    out: list[Cand] = []
    for k, (x, y) in enumerate(parts):
        item = chunk[x:y]
        lead = len(item) - len(item.lstrip())
        item = item.strip()
        if k == 0 and opening:
            cut = _LIST_OPEN.match(item)
            if cut is not None:
                lead += cut.end()
                item = item[cut.end() :]
            # `A는 B과 C, D, E 등 4개 기관이`: the list's first body joined by `과` to the next
            joint = _FIRST_JOINT.match(item)
            # (`홍길동 군수와 A, B 등 2개 기업`: a head who hosts, no item)
            if (
                joint is not None
                and looks_like_org(Cand(name=joint.group(1)))
                and joint.group(1).split()[-1] not in TITLE_WORDS
            ):
                first = joint.group(1)
                start = a + x + lead
                out.append(Cand(name=first, start=start, end=start + len(first)))
                lead += joint.end()
                item = item[joint.end() :]
            words = item.split()
            keep = 2 if len(words) >= 2 and _BRANCH_END.search(words[-1]) else 1
            # (`김수갑 가람대총장`, `이두영 가람상공회의소 소장`: a head and the body he heads)
            keep = next((k for k in (3, 2) if _headed(words[-k:])), keep)
            if len(words) > keep:
                lead += len(item) - len(" ".join(words[-keep:]))
                item = " ".join(words[-keep:])
        if k == len(parts) - 1:
            item = _PARTICLE.sub("", item)
        if not item or not _ITEM.fullmatch(item) or item.count("(") != item.count(")"):
            return []  # (`협약기업(A, B)`: a list inside a bracket is read as the bracket's)
        person = as_person(item)
        head = None
        if person is not None:
            if person[0] is None:
                return []
            item, head = person[0], person[1]
        start = a + x + lead
        out.append(Cand(name=item, head=head, start=start, end=start + len(item)))
    return out


def _headed(words: list[str]) -> bool:
    """Whether `words` are a person, a body and a title (`홍길동 가람대총장`)."""
    person = as_person(" ".join(words)) if len(words) >= 2 else None
    return person is not None and person[0] is not None


def _cand(name: str, start: int) -> Cand:
    return Cand(name=name, start=start, end=start + len(name))


__all__ = [
    "Roster",
    "bracket_rosters",
    "bulleted_items",
    "clause_start",
    "line_rosters",
    "list_items",
    "rosters",
    "subject_roster",
    "taken",
]
