"""A title made of a party's kind names that party: `박바다 경찰서장` is the police station's head
when one party is a police station (`햇살경찰서`), `김하늘 군수` the county's (`햇살군`).

Used where no party is named beside the person, or where the party named nearer is of another
kind than the title heads (`한서진 시장이 누리군청을 찾아`); two parties of the same kind name none.
"""

from __future__ import annotations

import re

from summarizer.lexicon import REGION_HEADS, TITLES
from summarizer.models import Span
from summarizer.verify.evidence import Evidence
from summarizer.verify.evidence import key as _key
from summarizer.verify.meaning import generic_name

# The word right after a name, up to a particle or a bracket: `경찰서장은` -> `경찰서장`.
_WORD_AFTER = re.compile(r"[ \t]*([가-힣]{2,8}?)(?:은|는|이|가|과|와|도|의|께서|[\s,，(（)）]|$)")


# A head's title and its one-letter body (`원장` -> `원`, `관장` -> `관`): too short a stem for
# the rule below, named by the title lexicon. Not a deputy's (as for regions below), nor a
# letter that ends other kinds of names too (`국장` of a bureau, not of 한국; `단장` not 재단's).
_FUSED = {
    t.ko: t.fused
    for t in TITLES
    if len(t.fused) == 1 and t.ko.endswith("장") and not t.ko.startswith("부")
    and t.fused not in ("국", "단")
}  # fmt: skip


# A head's title and the kinds of body only it heads, where the title holds no stem of the
# body's name: a university's president (`사무총장`, a secretary-general, is another word).
_HEADS_OF = {"총장": ("대학교", "대학")}


def _fits(title: str, name: str) -> bool:
    """`경찰서장` for `햇살경찰서` (the name ends in the title's stem), `군수` for `햇살군`,
    `총장` for `가람대학교`."""
    name = _key(name)
    if len(name) < 3:
        return False
    if any(name.endswith(kind) and len(name) > len(kind) for kind in _HEADS_OF.get(title, ())):
        return True
    if title in REGION_HEADS.get(name[-1], ()) and not title.startswith("부"):
        return True
    fused = _FUSED.get(title, "")
    if len(fused) == 1 and len(name) >= 3 and name.endswith(fused):
        return True  # `원장` heads `가람연구원`: the body the title lexicon fuses it to
    stem = title.removesuffix("장")
    # `조직위원장` heads `…조직위원회`: a committee's head drops its `회` before `장`
    ends = name.endswith(stem) or (stem.endswith("위원") and name.endswith(stem + "회"))
    return title.endswith("장") and len(stem) >= 2 and ends and name != stem


# After a bare kind noun, the person's title: `박바다 재단 상임이사` (a word, not a particle).
_TITLE_NEXT = re.compile(r"[ \t]+[가-힣]{2,}")


def _kind_noun(ev: Evidence, m: re.Match[str]) -> str | None:
    """`박바다 재단 이사장`: a generic kind noun (`재단`, `공단`) written as the person's body,
    then their title; the noun names the one party whose name ends in it."""
    word = m.group(1)
    if len(word) < 2 or not generic_name(word) or ev.text[m.end(1) : m.end(1) + 1] not in " \t":
        return None
    return word if _TITLE_NEXT.match(ev.text, m.end(1)) else None


def kind_party(ev: Evidence, at: Span, names: list[set[str]]) -> int | None:
    """The one party whose kind the title after the person names, or None."""
    m = _WORD_AFTER.match(ev.text, at.end)
    if m is None:
        return None
    title = m.group(1)
    noun = _kind_noun(ev, m)
    hits = {
        i
        for i, group in enumerate(names)
        for n in group
        if not n.isascii() and (_fits(title, n) or (noun is not None and _ends_in(n, noun)))
    }
    return hits.pop() if len(hits) == 1 else None


def title_heads(text: str, end: int, name: str) -> bool:
    """Whether the title written right after a person (ending at `end`) heads the body `name`
    by its kind (`조광한 시장이` for `남양주시`, `손정호 충남소방본부장` for `충남소방본부`)."""
    m = _WORD_AFTER.match(text, end)
    return m is not None and (_fits(m.group(1), name) or m.group(1) == _key(name) + "장")


# a word before a title: a person's name where `title_heads` reads the title after it
_WORD = re.compile(r"(?<![가-힣])[가-힣]{2,4}(?=[ \t])")
# a listed person's own words: up to the comma, `와`/`과`, `등` or stop of the list
_OWN_PHRASE = re.compile(r"[^,，.\n]*?(?=[,，.\n]|[와과]\s|\s등)")
# a sentence that says who signed (`… 서명했다`, `협약을 체결했다`), not only who attended
_SIGNED = re.compile(r"서명|체결|맺")


def head_beside(text: str, people: list[Span], name: str) -> str | None:
    """`가람대 김바다 총장, 이누리 산학협력단장 등이 참석했다`: a signatory whose own title does
    not head the party (`name`), named only in sentences that tell no signing, where another
    person of the same sentence has the title that heads it: that person, the head, is the
    party's usual signer; the answer's is one of the attendees. Returns the head's words."""
    head = None
    for at in people:
        # the person's own words up to the next person of the list: `허은비 중기연 원장`
        own = _OWN_PHRASE.match(text, at.end)
        own_end = own.end() if own else at.end
        if any(
            title_heads(text, e, name)
            for e in [at.end, *(w.end() for w in _WORD.finditer(text, at.end, own_end))]
        ):
            return None
        lo = max(text.rfind("\n", 0, at.start), text.rfind(". ", 0, at.start)) + 1
        ends = [e for e in (text.find("\n", at.end), text.find(". ", at.end)) if e >= 0]
        hi = min(ends) if ends else len(text)
        if _SIGNED.search(text, lo, hi):
            return None
        for m in _WORD.finditer(text, lo, hi):
            if not (at.start <= m.start() < own_end) and title_heads(text, m.end(), name):
                title = _WORD_AFTER.match(text, m.end())
                head = f"{m.group(0)} {title.group(1) if title else ''}".strip()
    return head


def _ends_in(name: str, noun: str) -> bool:
    name = _key(name)
    return len(name) > len(noun) + 1 and name.endswith(noun)


__all__ = ["head_beside", "kind_party", "title_heads"]
