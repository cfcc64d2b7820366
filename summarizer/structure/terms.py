"""The agreement's terms, read by one method: find the sentences that state them, then cut
each by one item grammar.

1. **Region.** A terms sentence opens on what the agreement holds (`협약에 따라`, `이번 협약을
   통해`, `주요 내용은`, `협약서에는`, `Under the MOU`, `The main objectives of the MoU are`) or
   has the parties together promise (`양 기관은 …하기로 했다`, `the two sides agreed to`). The
   sentences right after one that go on with `또`/`also` belong to it. Quotes, the signing
   sentence itself and what the page says before the story are no part of it.
2. **Grammar.** A terms sentence loses its head (cue and subject) and its closing predicate
   (`…등에 협력하기로 했다`, `…등이 담겼다`), and is cut at its top-level joints: bullet marks,
   commas, clause endings (`…하고`, `…하며`, `…하는 한편`, `…을 비롯해`) and in English the
   joints of `A, B and C`. A comma run that ends in `등을 통한 …`/`등 …` before more words is
   one item's examples, not items.

`find_commitments` uses the items to split a found item that holds several of them, and as
the answer on a page where its list and clause readers found nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from summarizer.lazy import lazy_compile
from summarizer.lexicon import (
    ACTION_NOUNS,
    BRANCH_SUFFIXES,
    COMPANY_SUFFIXES,
    GENERIC_BODIES,
    NETWORK_BODIES,
    ORG_SUFFIXES,
    ORG_SYLLABLES,
    SIGNING_CEREMONIES,
    alternation,
    led,
    led_start,
    marks,
)
from summarizer.lexicon.connectives import JOINT_GOES_ON, TERMS_GO_ON, connectives
from summarizer.lexicon.joint import JOINT_WORDS, joint_ko
from summarizer.models.records import Commitment
from summarizer.structure.items import item
from summarizer.structure.lines import Mask, iter_sentences
from summarizer.structure.quote_marks import quote_open

# what opens the terms: the agreement as the source of what follows
# (these are asked of every sentence of the story; their branches open with groups the engine
# cannot skip ahead by)
_CUE_KO_FORM = (
    r"(?:협약|협정|합의|양해각서|MOU|각서)(?:\s*(?:체결|안))?\s*"
    r"(?:에\s*따라|에\s*따르면|을\s*통해|을\s*통하여|를\s*통해|를\s*통하여|에서|으로|로|에는|[서문안]에는)[,\s]"
    r"|(?:주요|세부|구체적인|협약|협력|합의)\s*(?:협약\s*)?(?:내용|사항|분야)(?:은|는|으로는|로는|을\s*보면)[,\s]"
    r"|(?:협약|협정)(?:서|문|안)에는\s"
)
_CUE_KO = lazy_compile(_CUE_KO_FORM)  # (the whole match, asked where _CUE_KO_AT found one)
# where `_CUE_KO` first matches, found by its first character (the engine skips ahead by it;
# behind `led`'s look-ahead it entered the pattern at every character)
_CUE_KO_AT = lazy_compile(led_start(_CUE_KO_FORM, "협합양M각주세구"))
# the parties together as the subject, then a promise at the sentence's end
_JOINT_KO = lazy_compile(
    r"^\s*(?:(?:" + connectives(JOINT_GOES_ON) + r"),?\s+)?" + joint_ko() + r"(?:은|는|이|가),?\s"
)
_PROMISE_KO = lazy_compile(  # (only whether a sentence ends so is asked)
    led_start(
        r"(?:[기키]로|기로\s*합의|기로\s*약속)\s*(?:했|하였|합의했|약속했|뜻을\s*모았|의견을\s*모았)\S*\s*$"
        r"|(?:[ㄹ을]|할)\s*(?:계획|예정|방침)이다\.?\s*$|등이다\.?\s*$|(?:담겼|포함됐|포함되었|담았)다\.?\s*$"
        r"|(?:하게|되게)\s*된다\.?\s*$|(?:내용을|내용으로)\s*(?:담고\s*있|한)다\.?\s*$",
        "기키ㄹ을할등담포하되내",
    )
)
_MORE_KO = lazy_compile(r"^\s*(?:" + connectives(TERMS_GO_ON) + r")[,\s]")
_CUE_EN_FORM = (
    r"\b(?:(?:main|key)\s+(?:objectives?|aspects?|contents?|points?|areas?)\b[^.]{0,40}?\b(?:are|is|include|includes|encompass|encompasses|cover|covers)"
    r"|(?:contents?|terms?)\s+of\s+the\s+(?:MOU|MoU|agreement|memorandum)\s+(?:cover|covers|include|includes)"
    r"|(?:MOU|MoU|agreement|memorandum|pact|deal)\s+(?:will\s+(?:also\s+)?)?(?:calls?\s+for|covers?|includes?|aims?\s+to|is\s+aimed\s+at)"
    r"|(?:agreed|pledged|promised|vowed)\s+(?:\w+\s+){0,2}?to|will\s+(?:now\s+|also\s+|jointly\s+|closely\s+)*"
    r"(?:work|cooperate|collaborate|launch|establish|set|develop|promote|share|exchange|support|encourage|provide|enable|expand|hold|help)"
    r"|(?:is|are)\s+also\s+aimed\s+at)\b"
)
_CUE_EN = lazy_compile(led(_CUE_EN_FORM, "mkctapdvwi"), re.I)
# where `_CUE_EN` first matches, found by its first letter in any case (the engine skips ahead
# by it; case-blind, behind a look-ahead, it entered the pattern at every character)
_CUE_EN_AT = lazy_compile(led_start(_CUE_EN_FORM, "mkctapdvwi", case_blind=True), re.I)
_QUOTE_OPEN = lazy_compile(r"[“\"‘']")
_SIGNING = lazy_compile(  # (only whether a sentence has one is asked)
    led_start(
        r"(?:체결|맺었|교환했|서명했)\S*\s*(?:했다|밝혔다|전했다)?\.?\s*$|\bsigned\b",
        "체맺교서s",
        case_blind=True,
    ),
    re.I,
)
_HEAD_END_KO = lazy_compile(
    r"(?:은|는|이|가|에는|으로는|로는|에\s*따라|을\s*통해|를\s*통해|에서),?\s"
)
_MARK = lazy_compile(rf"[{marks.INLINE}{marks.NUMBERED}]|{marks.KEYCAP}")  # (lexicon.marks)
# top-level joints of a Korean terms sentence
_JOINT = lazy_compile(
    r"(?<=[가-힣])(?:하고|하며|하면서|하는\s*한편|고)(?:,\s*|\s+)(?=\S)"
    r"|(?<=[가-힣])[과와]\s+함께\s+(?=\S)"
    r"|(?<=[가-힣])(?:을|를)\s*비롯(?:해|하여)\s+"
    r"|,\s*"
)
_NOT_JOINTS = (
    "위해",
    "통해",
    "대해",
    "의해",
    "관해",
    "인해",
    "위하여",
    "통하여",
    "대하여",
    "따라",
    "함께해",
)
_VERB_STEM_END = lazy_compile(
    r"(?:하|되|시키|돕|펼치|늘리|높이|살리|맺|갖|열|주|두|키우|모으|나서|쓰|잇|알리|세우|만들|넓히|꾀|이루)$"
)
# a comma run closed by `등` before more words: one item's examples (`A, B 등을 통한 C`)
_EXAMPLES_END = lazy_compile(
    r"\s*등(?:을|를|의)?\s*(?:통한|통해|위한|비롯한|포함한|같은|관련|에\s*대한|에\s*관한)\s"
)
# (after `…을 비롯해`, any `등` before more words closes the members of one item: `A를 비롯해
# B 등으로 구성된 위원회`)
_MEMBERS_END = lazy_compile(r"\s*등\S*\s+\S")
# the closing predicate: `…협력하기로 했다` keeps `…협력`, `…등이 담겼다` loses all
_TAIL_KO = lazy_compile(
    r"(?:하기로|키로|기로|하기로\s*뜻을\s*모으|기로\s*뜻을\s*모으)\s*(?:\S+\s+)?\S*다\.?\s*$"
    r"|(?:할|하는|될)\s*(?:계획|예정|방침)이다\.?\s*$|(?:하게|되게)\s*된다\.?\s*$"
    r"|\s*(?:는\s*)?(?:등|내용)[이가을를]?\s*(?:담겼|포함됐|포함되었|담았|담고\s*있|들어\s*있)\S*\.?\s*$"
    r"|\s*등이다\.?\s*$|(?:한다|했다|하였다|된다|됐다)\.?\s*$"
)
# a comma after a case particle parts a clause, not two items (`A를, B는 C를 제공`)
_PARTICLE_COMMA = ("을", "를", "은", "는", "에서", "에게", "으로는", "로는")
_EN_TAIL = lazy_compile(r"\s*,?\s*(?:and\s+)?(?:additional|other)\s+(?:items|matters)\b.*$", re.I)


def _quoted(text: str, s: int) -> bool:
    """Whether the sentence at `s` opens inside a quotation begun earlier on its line."""
    return quote_open(text, text.rfind("\n", 0, s) + 1, s) >= 0


def terms_sentences(text: str, mask: Mask, body_start: int) -> Iterator[tuple[int, int, int]]:
    """(start of items, end, sentence start) of each terms sentence after `body_start`."""
    follow = False
    for s, e in iter_sentences(text, body_start):
        sent = text[s:e]
        if mask.blocked(s, e) or _quoted(text, s) or _QUOTE_OPEN.match(sent.lstrip()):
            follow = False
            continue
        head = _head(sent, follow)
        if head is None:
            follow = False
            continue
        follow = True
        yield s + head, e, s


def _head(sent: str, follow: bool) -> int | None:
    """Where the items of a terms sentence begin, or None when it states no terms."""
    english = not re.search(r"[가-힣]", sent)
    if english:
        at = _CUE_EN_AT.search(sent)
        m = _CUE_EN.match(sent, at.start()) if at is not None else None
        if (
            m is None
            and follow
            and re.match(r"\s*(?:It|They|The\s+\w+)\s+(?:will|would)\s+also\b", sent)
        ):
            m = re.match(r"\s*(?:It|They|The\s+\w+)\s+(?:will|would)\s+also\s+", sent)
        if m is None:
            return None
        return m.end()
    at = _CUE_KO_AT.search(sent)
    cue = _CUE_KO.match(sent, at.start()) if at is not None else None
    promise = _PROMISE_KO.search(sent.rstrip())
    if cue and (promise or _MARK.search(sent, cue.end())) and not _SIGNING.search(sent):
        pos = cue.end()
        sub = _JOINT_KO.match(sent[pos:]) or re.match(r"\s*\S{1,25}?(?:은|는|이|가)\s", sent[pos:])
        if sub and len(sent) - pos - sub.end() > 8:
            pos += sub.end()
        return pos
    joint = _JOINT_KO.match(sent)
    if joint and promise and not _SIGNING.search(sent):
        return joint.end()
    if follow and promise and _MORE_KO.match(sent):
        more = _MORE_KO.match(sent)
        assert more is not None
        sub = re.match(r"\s*\S{1,25}?(?:은|는)\s", sent[more.end() :])
        return more.end() + (sub.end() if sub else 0)
    return None


def segment(text: str, a: int, e: int, commas: bool = True) -> list[Commitment]:
    """The items of one terms sentence `text[a:e]` by the item grammar (without `commas`,
    only its clause joints part items)."""
    if not re.search(r"[가-힣]", text[a:e]):
        from summarizer.structure.en_commitments import en_items  # English terms only

        tail = _EN_TAIL.search(text, a, e)
        return en_items(text, a, tail.start() if tail else e)
    marks = [m for m in _MARK.finditer(text, a, e)]
    if len(marks) >= 2:
        bounds = [
            (m.end(), marks[i + 1].start() if i + 1 < len(marks) else e)
            for i, m in enumerate(marks)
        ]
        return [
            c
            for i, (x, y) in enumerate(bounds)
            if (c := item(text, x, y, i + 1 == len(bounds), "prose"))
        ]
    return _cut(text, a, e, commas)


def cut_clause(text: str, a: int, e: int) -> list[Commitment]:
    """The items of the clause `text[a:e]`, its closing predicate cut (its commas part none)."""
    return _cut(text, a, e, False)


def _cut(text: str, a: int, e: int, commas: bool) -> list[Commitment]:
    tail = _TAIL_KO.search(text[a:e])
    stop = a + tail.start() if tail and tail.start() > 0 else e
    cuts = [m for m in _JOINT.finditer(text, a, stop) if _joint(text, a, m, stop, commas)]
    starts = [a] + [m.end() for m in cuts]
    ends = [m.start() for m in cuts] + [stop]
    out: list[Commitment] = []
    for i, (x, y) in enumerate(zip(starts, ends, strict=True)):
        c = item(text, x, y, len(starts) > 1 and i + 1 == len(starts), "prose")
        if c is not None and len(c.text) >= 3:
            out.append(c)
    return out


def _joint(text: str, a: int, m: re.Match[str], stop: int, commas: bool) -> bool:
    """Whether a joint found at `m` parts two items of the sentence begun at `a`."""
    if text.count("(", a, m.start()) > text.count(")", a, m.start()):
        return False  # inside brackets
    if quote_open(text, a, m.start()) >= 0:
        return False
    joint = m.group(0)
    if joint[0] in "과와":
        return along(text, a, m.start())
    if joint.startswith(","):
        if not commas or text[a : m.start()].endswith(_PARTICLE_COMMA):
            return False
    else:
        word = text[text.rfind(" ", a, m.start()) + 1 : m.start() + len(joint.rstrip(", "))]
        if word.endswith(_NOT_JOINTS):
            return False  # `…을 위해 A`, `…를 통해 B`: a means or an aim, not a second item
        stem = word[: len(word) - len(joint.rstrip(", "))]
        if "비롯" not in joint and not (joint.startswith("하") or _VERB_STEM_END.search(stem)):
            return False  # `최고 수준`: no verb ends there
        if "비롯" not in joint:
            # `…개방하고 현장 실습을 맡는다`: a deed joined without a comma stays in its item
            return "," in joint or "한편" in joint
    # `A, B 등을 통한 C`, `A를 비롯해 B 등으로 구성된 C`: one item's examples, not items
    rest = text[m.end() : stop]
    nxt = _JOINT.search(rest.replace(",", " "))
    run = rest[: nxt.start()] if nxt else rest
    etc = run.find("등")
    closes = _MEMBERS_END if "비롯" in joint else _EXAMPLES_END
    return not (etc >= 0 and closes.match(run, etc))


# A body, not a deed, before `과 함께` (`누리재단과 함께 …`: the partner, no item of its own)
_BODY_ENDS = (
    *ORG_SUFFIXES, *COMPANY_SUFFIXES, *BRANCH_SUFFIXES, *GENERIC_BODIES, *NETWORK_BODIES,
    *JOINT_WORDS, "기관", "기업", "단체", "들",
)  # fmt: skip
_ALONG = lazy_compile(r"(?<=[가-힣])[과와]\s+함께\s+(?=\S)")


def along(text: str, a: int, pos: int) -> bool:
    """Whether `과 함께` at `pos` joins two items of the words begun at `a`: `A 자원 제공과
    함께 B에 노력한다`, `△A 협력과 함께 B 등에 협력한다`. The words before name a deed (three
    words or more, the last not a body's name: `가람시 누리재단과 함께` names the partner)."""
    words = text[a:pos].split()
    if len(words) < 3:
        return False
    last = words[-1]
    if last.endswith(_BODY_ENDS):
        return False
    # one syllable ends many bodies (`가람시`) and some deeds (`지원`): only a deed's word passes
    return not last.endswith(ORG_SYLLABLES) or last.endswith(ACTION_NOUNS)


def along_cut(text: str, a: int, b: int) -> re.Match[str] | None:
    """The `과 함께` that parts the words `text[a:b]` into two items (see `along`)."""
    if "함께" not in text[a:b]:
        return None
    for m in _ALONG.finditer(text, a, b):
        if along(text, a, m.start()):
            return m
    return None


def terms(text: str, mask: Mask, body_start: int, limit: int = 12) -> list[Commitment]:
    """Every item of the page's terms sentences, in order (at most `limit`)."""
    out: list[Commitment] = []
    for a, e, _s in terms_sentences(text, mask, body_start):
        for c in segment(text, a, e):
            if not mask.in_noise(c.start, c.end):
                out.append(c)
        if len(out) >= limit:
            break
    return out[:limit]


def resegment(text: str, found: list[Commitment]) -> list[Commitment]:
    """A clause item read from prose that joins two deeds (`A를 구축하고 B를 운영`) gives way
    to them; listed items and English ones stay as found."""
    out: list[Commitment] = []
    for c in found:
        parts = _cut(text, c.start, c.end, False) if c.section == "prose" else []
        ok = len(parts) >= 2 and re.search(r"[가-힣]", c.text)
        # (each part keeps the doubt of the item it was cut from: `one party's plan` stays so)
        out.extend([replace(p, confidence=c.confidence, why=c.why) for p in parts] if ok else [c])
    return out


# the ceremony is no term: `…10여 명이 참석`, `…접견실에서 협약식을`, `…도 동시에 체결하여`
# (the ceremonies are the lexicon's, and `제휴식`, a partnership's, which only this reading needs)
_CEREMONY = lazy_compile(
    alternation(("참석", *SIGNING_CEREMONIES, "제휴식", "체결하", "체결했", "체결해"))
)
# …but it may head one: `…체결식에서 양 기관은 A`, `이번 협약식을 통해 A`
_CEREMONY_HEAD = lazy_compile(
    r"\S*(?:에서|을\s*통해|를\s*통해|을\s*계기로|를\s*계기로),?\s+(?:"
    + joint_ko()
    + r"(?:은|는|이|가),?\s+)?"
)


def without_ceremony(text: str, found: list[Commitment]) -> list[Commitment]:
    """Clause items read from prose, less the signing: an item that tells it is dropped, one
    the signing only heads keeps what follows."""
    out: list[Commitment] = []
    for c in found:
        told = _CEREMONY.search(c.text) if c.section == "prose" else None
        if told is None:
            out.append(c)
            continue
        head = _CEREMONY_HEAD.match(c.text, told.end())
        rest = c.start + head.end() if head else c.end
        if not _CEREMONY.search(text, rest, c.end) and c.end - rest >= 8:
            out.append(replace(c, text=text[rest : c.end], start=rest))
    return out
