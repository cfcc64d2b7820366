"""The pledge told in the sentence that reports the signing: `A와 B는 10일 협약을 체결하고, X와
Y, Z에서 상호 협력하기로 했다` -> X, Y, Z (read where the page lists no terms)."""

from __future__ import annotations

from summarizer.lazy import lazy_compile
from summarizer.lexicon import SIGNING_STEMS
from summarizer.models.records import Commitment
from summarizer.structure.clauses import SIGNED_AND, clauses
from summarizer.structure.lines import Mask, iter_sentences
from summarizer.structure.pledge_reading import plain
from summarizer.structure.prose import doubted, has_topic, not_a_term, quoted

# the second clause closes on the sides' pledge: `…하기로 (합의)했다`, `…을 약속했다`, `…하는데
# 합의하였다`, `…하자는데 의견을 같이 하였다`, `…에 뜻을 모았다`
_PLEDGED = lazy_compile(
    r"(?:[기키]로\s*(?:(?:합의|약속|다짐|결의)\s*)?(?:했|하였)|(?:약속|합의|다짐|결의)\s*(?:했|하였)"
    r"|(?:뜻|의견)을\s*(?:같이\s*(?:했|하였)|모았)|[할갈]\s*(?:계획|예정|방침)이)다\.?\s*$"
)
# `…을 도모하는데 합의하였다`, `…을 체결하자는데 의견을 같이 하였다`: the deed ends before `하는데`
_DEED_THEN = lazy_compile(r"(?:하자|하|되)?는\s*데\s*(?:합의|(?:뜻|의견)을)")
# what the pledge names is more than goodwill: two things listed or joined, or one deed other
# than the cooperation itself (`…나눔 사업을 적극 추진하기로 했다`, not `…주요 현안에 대해 상호
# 협력하기로 했다`)
_LISTED = lazy_compile(r",|\s등\s|\s및\s|[가-힣)](?:과|와)\s|[·ㆍ․]|더불어")
_COOPERATE = lazy_compile(r"협력(?:하기로|키로|해\s*나가기로|할\s|해\s*나갈\s)")
# the first words of a page's body where the signing is reported
_REACH = 1500


def signed_pledge(text: str, mask: Mask, body_start: int) -> list[Commitment]:
    """The terms of the first sentence (near the body's start) that reports the signing and,
    in its second clause with no subject of its own, the sides' pledge (`…협약을 맺고 A와 B,
    C 등 다양한 지원을 약속했다`, `…협약을 맺고 지역 복지를 위한 나눔 사업을 추진하기로 했다`,
    `…결연을 체결하고 상생을 위한 교류를 추진할 계획이다`); none where that clause pledges the
    cooperation itself on one thing only (`…주요 현안에 대해 상호 협력하기로 했다`) or quotes
    someone."""
    stop = min(len(text), body_start + _REACH)
    for s, e in iter_sentences(text, body_start, stop):
        sent = text[s:e]
        if not any(stem in sent for stem in SIGNING_STEMS):
            continue
        signed = SIGNED_AND.search(sent)
        if signed is None:
            continue
        rest = sent[signed.end() :].strip()
        if (
            not _PLEDGED.search(plain(rest))
            or quoted(rest)
            or has_topic(rest)
            or mask.blocked(s, e)
            or (_COOPERATE.search(rest) is not None and _LISTED.search(rest) is None)
        ):
            return []  # (the signing's sentence, read once: it pledges nothing of its own)
        deed = _DEED_THEN.search(text, s + signed.end(), e)
        end = deed.start() if deed else e
        found = [c for c in clauses(text, s + signed.end(), end) if not not_a_term(c.text)]
        return doubted(found, None)
    return []
