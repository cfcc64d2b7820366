"""Names repaired or refused after the sentences are read: a phrase is no party (`인천지역 3개
특급 호텔`, `시장`, a byline, a person named with a title), a list's shared ending is every
name's (`유성·세종·공주경찰서`), and a name answers to its place (`서울 강북구`, `동성동
혁신발전협의회`)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from summarizer.english.surnames import SURNAMES
from summarizer.lazy import lazy_compile
from summarizer.lexicon import (
    BRANCH_SUFFIXES,
    GENERIC_BODIES,
    GENERIC_MODIFIERS,
    KIND_NOUNS,
    MUNICIPALITIES,
    ORG_SUFFIXES,
    PROVINCE_TABLE,
    TITLE_WORDS,
    TOWN_CLASS,
)
from summarizer.lexicon.counts import BARE_FIRMS, count
from summarizer.structure.candidate import PERSON_NAME, Cand, key
from summarizer.structure.party_words import ROLE_AFTER, VILLAGE, is_body

_PARTICLE = "은|는|이|가|와|과|의|을|를|에|도|와의|과의|에서"
_WITHIN = frozenset(("군내", "시내", "도내", "구내", "관내", "역내", "지역내", "국내외", "전국"))
_GENERIC_BODIES = frozenset(GENERIC_BODIES)
# a kind of body written alone (`대학`, `기업`, `기관`), and the common nouns that make one a
# kind when written fused before it (`도시농협`, `농촌농협`, `자매대학`, `지역대학`)
_KINDS = frozenset((*KIND_NOUNS, *ORG_SUFFIXES))
_KIND_STEMS = frozenset((*GENERIC_BODIES, *GENERIC_MODIFIERS))


def _kind_compound(word: str) -> bool:
    """`도시농협`, `자매대학`: a kind's common noun and the kind, one word; no body's name."""
    # (each split of the word asked of the two sets, not each kind asked of the word: a word
    # has a few splits, the kinds are ~100, and short pages ask this of every candidate)
    return any(word[i:] in _KINDS and word[:i] in _KIND_STEMS for i in range(1, len(word)))


# `도시와 농촌 간`, `쌀시장`: one syllable before 시 names no city (every city's name has two)
_NO_CITY = lazy_compile(r"[가-힣]시")
# `A·출연기관`: a word joined to a kind of body by a middle dot is that kind's first half
_JOINED_KIND = "|".join(sorted(GENERIC_BODIES, key=len, reverse=True))
_KIND_AT = lazy_compile(f"(?:{_JOINED_KIND})")
_COUNT = lazy_compile(count(BARE_FIRMS) + r"|\s등\s")
# (`기자` as a word's end: `가람기자협회`, `기자단` name bodies of journalists)
_BYLINE = lazy_compile(r"기자(?![가-힣])|특파원|[|│ㅣ=]")
_VERB_WORD = lazy_compile(r"(?:던|었던|았던|시켰던)$")
# `달빛마을`: a village's own name (two syllables or more before `마을`), not an object in `을`
_NAMED_VILLAGE = lazy_compile(r"[가-힣0-9]{2,8}마을$")


def is_phrase(c: Cand, text: str) -> bool:
    """A candidate that is a phrase, not a name: a count (`3개 특급 호텔`), a byline, a bare
    title (`시장`), a person, a clause (`성사시켰던 … 이번에`)."""
    name = c.name
    if c.aliases or c.head:
        return False
    if _COUNT.search(name) or _BYLINE.search(name) or name in TITLE_WORDS:
        return True
    if name in ORG_SUFFIXES or is_person(name, text):
        return True
    words = name.split()
    if len(words) > 1 and (words[0] in GENERIC_MODIFIERS or words[0] in _WITHIN):
        return True  # `군내 농축협`, `관내 기업`: a kind of body, no name
    if len(words) > 1 and words[-2].endswith("지역") and words[-1] in _KINDS:
        return True  # `중국지역 대학`, `서유럽 지역 대학`: the kind in a region, no name
    if len(words) == 1 and _kind_compound(name):
        return True  # `도시농협`, `자매대학`: a kind's common noun fused on the kind, no name
    if words[-1] in _GENERIC_BODIES or _NO_CITY.fullmatch(name):
        return True  # `혁신도시이전 공기업`, `기업체`, `도시`: a kind of body, a common noun
    if len(words) > 1 and words[-1] == "사업":
        return True  # `관공서간 자매결연 사업`: a project, no body
    # (the name's own pattern is built only for a page that writes it before a middle dot: a
    # pattern new to `re`'s cache costs more to compile than the rest of the check)
    dotted = name + "·" in text or name + "ㆍ" in text
    if dotted and not is_body(name) and _dotted_to_kind(text, name):
        return True  # `출자·출연기관`: the first half of a kind of body
    return any(_VERB_WORD.search(w) for w in words) or (
        len(words) > 1
        and words[-1].endswith(("에", "가", "를", "을"))
        and not VILLAGE.search(name)  # (`누리면 달빛마을`: `-마을` ends no object)
        and not _NAMED_VILLAGE.search(words[-1])  # (`가람도 누리 달빛마을`, `관내 별빛마을`)
    )


def _dotted_to_kind(text: str, name: str) -> bool:
    """Whether `re.search(rf"(?<![가-힣]){re.escape(name)}[·ㆍ](?:{_JOINED_KIND})", text)`
    finds one: from the name's places, with no pattern compiled per name."""
    at = text.find(name)
    while at >= 0:
        after = at + len(name)
        if (
            not (at > 0 and _hangul(text[at - 1]))
            and text[after : after + 1] in ("·", "ㆍ")
            and _KIND_AT.match(text, after + 1) is not None
        ):
            return True
        at = text.find(name, at + 1)
    return False


def is_person(name: str, text: str) -> bool:
    """`박정현` that the page names with a title after it (`박정현 군수와`): a surname first, no
    body's ending, and no person's name before it (`고바다 가온대 총장`: `가온대` is the body)."""
    if not PERSON_NAME.fullmatch(name) or name[0] not in SURNAMES or is_body(name):
        return False
    if name.endswith("대") or name not in text:
        return False
    for before in _titled(text, name):
        if not (before and before[0] in SURNAMES and len(before) <= 3 and not is_body(before)):
            return True
    return False


def _hangul(ch: str) -> bool:
    return "가" <= ch <= "힣"


def _titled(text: str, name: str) -> Iterator[str | None]:
    """The group 1 of each match of `re.finditer(rf"(?:([가-힣]{2,4})\\s+)?(?<![가-힣]){name}
    \\s+{_TITLE_AFTER}", text)` (`name` a person's name, as `is_person` asks): found from the
    name's places, with no pattern compiled per name (with the titles, ~1.3 ms a new name).

    A match holds the name at a place `q` the title follows; it starts at `q` (no group, no
    syllable before `q`) or, first tried, where the group may start: the leftmost point of the
    syllable run ending at the spaces before `q` with 2-4 syllables to go. As `finditer`, the
    leftmost match from where the last ended, the group's form first at a tie."""
    titled = []  # (q, the title's end) for each place of the name (overlapping, as the engine)
    q = text.find(name)
    while q >= 0:
        t = _TITLE_FOLLOWS.match(text, q + len(name))
        if t is not None:
            titled.append((q, t.end()))
        q = text.find(name, q + 1)
    pos = 0
    while True:
        best: tuple[int, int, str | None, int] | None = None  # (start, form, group, end)
        for q, end in titled:
            w1 = q
            while w1 > 0 and text[w1 - 1].isspace():
                w1 -= 1
            w0 = w1
            while w0 > 0 and _hangul(text[w0 - 1]):
                w0 -= 1
            p = max(w0, w1 - 4, pos)
            if w1 < q and w1 - p >= 2:
                here: tuple[int, int, str | None, int] = (p, 0, text[p:w1], end)
            elif q >= pos and not (q > 0 and _hangul(text[q - 1])):
                here = (q, 1, None, end)
            else:
                continue
            if best is None or here[:2] < best[:2]:
                best = here
        if best is None:
            return
        yield best[2]
        pos = best[3]


_TITLE_AFTER = (
    "(?:"
    + "|".join(sorted(TITLE_WORDS, key=len, reverse=True))
    + r")(?:은|는|이|가|와|과|의|을|를)?(?![가-힣])"
)
_TITLE_NEXT = lazy_compile(rf"\s*{_TITLE_AFTER}")
_TITLE_FOLLOWS = lazy_compile(rf"\s+{_TITLE_AFTER}")


_ITEM = r"[가-힣A-Za-z0-9]{1,8}(?:\([^()\n]{0,20}\))?"
_SHARED_SUFFIX = lazy_compile(
    rf"((?:{_ITEM}\s*[·ㆍ]\s*)+)({_ITEM})"
    r"(" + "|".join(sorted({*ORG_SUFFIXES, *BRANCH_SUFFIXES}, key=lambda w: (-len(w), w))) + ")"
)
_BRACKETED = lazy_compile(r"\([^()]*\)")
_LIST_JOINT = lazy_compile(r"[·ㆍ]")


def shared_suffixes(text: str) -> Iterator[re.Match[str]]:
    """What `_SHARED_SUFFIX.finditer(text)` yields, tried only from the item before each `·`:
    tried at every character of a page the pattern costs ~0.3 ms a thousand characters.

    The first `·` at or after where a match starts is the one after its first item and that
    item's spaces (the item a word of up to 8, or up to 30 with a bracket: it ends in `)`), or
    one inside that item's bracket (the `(` at most 20 before it, the word up to 8 before the
    `(`): so the match starts no earlier than that (a test compares this with the plain form)."""
    pos = 0
    while (joint := _LIST_JOINT.search(text, pos)) is not None:
        q = joint.start()
        w = q
        while w > pos and text[w - 1].isspace():
            w -= 1
        lo = w - (30 if text[w - 1 : w] == ")" else 8)
        opened = text.rfind("(", max(pos, q - 20), q)
        if opened >= 0 and text.find(")", opened, q) < 0:
            lo = min(lo, opened - 8)
        for p in range(max(pos, lo), q + 1):
            m = _SHARED_SUFFIX.match(text, p)
            if m is not None:
                yield m
                pos = m.end()
                break
        else:
            pos = q + 1


def _before_joint(text: str, name: str) -> bool:
    """Whether `name` stands somewhere as an item of a `·` list, as `shared_suffixes` reads one:
    followed by spaces, a bracket and spaces, then the joint (`유성(서장 홍길동)·`). Every stem
    `share_suffix` takes off a list's items stands so (a test compares)."""
    at = text.find(name)
    while at >= 0:
        j = _skip_spaces(text, at + len(name))
        if text[j : j + 1] == "(":
            shut = text.find(")", j + 1)
            opened = text.find("(", j + 1)
            j = _skip_spaces(text, shut + 1) if shut >= 0 and not 0 <= opened < shut else j
        if text[j : j + 1] in ("·", "ㆍ"):
            return True
        at = text.find(name, at + 1)
    return False


def _skip_spaces(text: str, j: int) -> int:
    while j < len(text) and text[j].isspace():
        j += 1
    return j


def share_suffix(parties: list[Cand], text: str) -> None:
    """`유성(서장 …)·세종(서장 …)·공주(서장 …)경찰서는`: the ending the list's last name carries
    is every name's (`유성경찰서`, `세종경찰서`); a side read as the bare `유성` gets it, the bare
    name kept as an alias."""
    bare_sides = {c.name: c for c in parties if not is_body(c.name) and len(c.name) <= 8}
    # (a page where no bare name stands as a list's item is not searched for lists)
    if not any(_before_joint(text, name) for name in bare_sides):
        return
    for m in shared_suffixes(text):
        items = [x for x in re.split(r"[·ㆍ]", m.group(1)) if x.strip()]
        after = text[m.end() : m.end() + 30] if text.startswith("(", m.end()) else ""
        last = _head_title(m.group(2)) or _head_title(after)
        for item in items:
            stem = _BRACKETED.sub("", item).strip()
            c = bare_sides.get(stem)
            own = _head_title(item)
            if c is not None and own and last and own != last:
                continue  # `B(대표 …)·C농협(조합장 …)`: a company's head, not a 농협's
            if c is not None:
                c.aliases = [stem, *[a for a in c.aliases if a != stem]]
                c.name = stem + m.group(3)
                del bare_sides[stem]
        if not bare_sides:
            return


_HEAD_BRACKET = lazy_compile(r"\(\s*([가-힣]{1,6})\s")


def _head_title(item: str) -> str | None:
    """The title of the head an item's bracket names (`이음(대표 홍길동)` -> `대표`); the
    bracket may open the text (`(조합장 홍길동)`, after a name)."""
    at = item.find("(")
    m = _HEAD_BRACKET.match(item, at) if at >= 0 else None
    return m.group(1) if m and m.group(1) in TITLE_WORDS else None


_REGION_WORD = lazy_compile(
    r"[가-힣]{1,6}"
    + TOWN_CLASS
    + "|"
    + "|".join(sorted({*(p.short for p in PROVINCE_TABLE), *MUNICIPALITIES}))
)
_IF = lazy_compile(r"[르하되으이라다려거보]면$")
_TOWN = re.compile(r"[가-힣]{1,4}[0-9]?(?:동|면|읍|리)")


def _word_before(text: str, name: str) -> tuple[str, int, int] | None:
    """The first `word name` of `text` (`동성동 혁신발전협의회`): the word, where it starts and
    where `name` ends; `name` may take a particle, and no syllable may follow. The search of
    `_word_before_plain`, read off each `name` after a space: a pattern of its own for every
    name cost ~1 ms to compile, and a new page's names are new to `re`'s cache (a test
    compares the two)."""
    if not name or name[0].isspace() or name[-1].isspace():
        m = _word_before_plain(text, name)
        return None if m is None else (m.group(1), m.start(), m.end())
    at = text.find(name)
    while at >= 0:
        if at > 0 and text[at - 1].isspace():
            k = at - 1  # the spaces before `name` start at `k`, the word before them at `w`
            while k > 0 and text[k - 1].isspace():
                k -= 1
            w = k
            while w > 0 and not text[w - 1].isspace():
                w -= 1
            if w < k and _AFTER_NAME.match(text, at + len(name)):
                return text[w:k], w, at + len(name)
        at = text.find(name, at + 1)
    return None


# what may follow the name in `_word_before`: a particle, then no syllable
_AFTER_NAME = re.compile(rf"(?:{_PARTICLE})?(?![가-힣])")


def _word_before_plain(text: str, name: str) -> re.Match[str] | None:
    """`_word_before` as one search with the name's own pattern, from the word before the first
    `name` that follows a space (no match starts earlier)."""
    at = text.find(name)
    while at >= 0 and not (at > 0 and text[at - 1].isspace()):
        at = text.find(name, at + 1)
    if at < 0:
        return None
    while at > 0 and text[at - 1].isspace():
        at -= 1
    while at > 0 and not text[at - 1].isspace():
        at -= 1
    pattern = rf"(?<![가-힣A-Za-z0-9])(\S+)\s+{re.escape(name)}(?=(?:{_PARTICLE})?(?![가-힣]))"
    return re.compile(pattern).search(text, at)


def qualify(parties: list[Cand], text: str) -> None:
    """A name and its place: `서울 강북구` answers to `강북구` too; `혁신발전협의회`, which the
    text writes `동성동 혁신발전협의회`, is named so (the bare name an alias)."""
    names = {key(c.name) for c in parties}
    lasts = [c.name.split()[-1] for c in parties if c.name.split()]
    for c in parties:
        words = c.name.split()
        if len(words) == 2 and _REGION_WORD.fullmatch(words[0]) and is_body(words[1]):
            # (`남원시 A연합회`, `사천시 A연합회`: the bare name answers to neither)
            alone = lasts.count(words[1]) == 1
            if alone and words[1] not in c.aliases and key(words[1]) not in names:
                c.aliases.append(words[1])
            continue
        if len(words) > 1 and _NAMED_VILLAGE.search(words[-1]):
            # `강원도 누리 달빛마을`, `가람면 관내 별빛마을`: the village answers to its own name
            if words[-1] not in c.aliases and key(words[-1]) not in names:
                c.aliases.append(words[-1])
            continue
        if len(words) != 1 or not is_body(c.name):
            continue
        found = _word_before(text, c.name)
        if found is None:
            continue
        town, _, end = found
        if not _TOWN.fullmatch(town) or key(town) in names:
            continue
        if _IF.search(town) or ROLE_AFTER.match(text, end, end + 40):
            continue  # `…에 따르면 A는`: a verb, not a town; `서동면 A에서`: an address
        if _TITLE_NEXT.match(text[end : end + 20]):
            continue  # `서동면 A 원장`: a person, then the body they head
        c.aliases = [c.name, *[a for a in c.aliases if a != c.name]]
        c.name = f"{town} {c.name}"


__all__ = ["is_person", "is_phrase", "qualify", "share_suffix"]
