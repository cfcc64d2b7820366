"""Whom the source binds a commitment to: the subject of the item's clause or sentence.

Read in this order, the first that answers wins:
- a bracket on the item's bullet (`▲ (소진공) 공동브랜드 …`) or a heading naming parties above
  a bullet list (`<중기부>`, `□ 소진공 역할`);
- a party written as the subject of the item's clause (`중기부는 …`), several parties as one
  subject (`서울대학교병원과 제일병원 … 은`), the sentence's subject when the clause has none,
  `A는 B와 협약을 맺고 [item]`; in English `the Ministry of Foreign Affairs will …`;
- a joint subject (`두 기관은`, `협약에 따라`, `The two sides agreed to`, `The MOU includes`);
- for a sentence with no subject of its own, the subject of the sentence before it (Korean drops
  a subject it just stated: `충북도는 …했다. 외교부와 협력관계를 구축해 나갈 계획이다.`).
A party the item cooperates with (`외교부와 협력`) is bound with the subject. Nothing found:
the binding is unknown, and the caller leaves the parties unconfirmed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from summarizer.lazy import lazy_compile
from summarizer.lexicon import PROVINCE_FORMS, TOWN_SYLLABLES, alternation
from summarizer.lexicon.joint import JOINT_WORDS, count_group, joint_en
from summarizer.models import Briefing, Span
from summarizer.verify.evidence import Evidence
from summarizer.verify.literal import name_search
from summarizer.verify.roles import mentions_in, party_of


@dataclass
class Binding:
    """The parties the source makes an item's subject, or the joint phrase giving it to all."""

    subjects: set[int] = field(default_factory=set)
    joint: str | None = None


_BULLET = re.compile(r"^\s*[▲△○□■◆◇•·\-ㅇ*①-⑳❶-❿]")
# `▲ (소진공) 공동브랜드 …`: the item names its party in a bracket.
_BRACKET_SUBJECT = re.compile(r"^\s*[▲△○□■◆◇•·\-ㅇ*①-⑳❶-❿]*\s*[(（]([^)）]{2,20})[)）]")
# `협력사`, `협력 기업`, `협력 사업`: the suppliers (or a joint project), never the signers together
# as `협력 기관` is; `협력` pairs with the group nouns `사` and `기업` only in those words.
_NOT_SIGNERS = r"(?!협력\s*(?:사|기업))"
# Words that make the items after them joint: `두 기관은`, `양측은`, `the two parties`.
_JOINT = re.compile(
    rf"{_NOT_SIGNERS}{count_group()}|{alternation(JOINT_WORDS)}|협약서(?:는|에는)"
    r"|상호\s*협력|협약(?:에\s*따라|을\s*통해|으로|에는|서에는|\s*(?:주요\s*)?내용)"
    r"|(?:under|through) (?:the|this) (?:agreement|MOU|memorandum)"
    rf"|{joint_en()}"
    r"|\bthe (?:MOU|agreement|memorandum(?: of understanding)?) (?:also )?"
    r"(?:includes|covers|calls for|provides for|contains|stipulates)",
    re.I,
)
_JOINT_TOPIC = re.compile(
    rf"{_NOT_SIGNERS}{count_group()}들?$|협약\s*(?:주요\s*)?내용$|{alternation((*JOINT_WORDS, '협약서'))}$"
)
_SIGNED_WITH = re.compile(
    r"(?:협약|양해각서|MOU|협정)[^.\n]{0,12}(?:맺고|체결하고|맺어|체결해)\s*,?\s*$"
)
# `X은/는 `: a topic; not a verb's `-는` (`도입하려는`, `기술을 지원하는`).
_TOPIC = re.compile(r"((?:\S+\s+)?\S+)(?:은|는)\s")
_VERBAL = re.compile(r"(?:려|하|되|있|없|겠|했|였|이라|라)$")
# English: the clause's verb after its subject.
_EN_VERB = re.compile(
    r"\b(?:will|shall|would|agreed to|agree to|plans? to|pledged to|promised to|decided to|"
    r"are to|is to|intends? to|has agreed|have agreed|also|jointly)\b"
)
# `외교부와 협력관계를`, `B와 함께`: a partner of the item's action.
_PARTNER = re.compile(r"\s*(?:와|과)(?:의)?\s*(?:함께|공동|협력|손잡고|협업|연계)")


def joint_topic(topic: str) -> bool:
    """`두 기관`, `양측`; also a group noun after a joint word (`양교 산학협력단`, `양사 실무진`)."""
    return bool(_JOINT_TOPIC.search(topic) or _JOINT_TOPIC.search(topic.split()[0]))


_ADNOMINAL_RE1 = lazy_compile(r"(?:을|를|로|에|에서)$")


def _adnominal(words: list[str]) -> bool:
    """`기술을 도입하려는`, `메카로 자리잡은`: a verb's `-는`/`-은` before a noun, not a topic."""
    if _VERBAL.search(words[-1]):
        return True
    after_case = len(words) > 1 and _ADNOMINAL_RE1.search(words[0]) is not None
    return after_case and words[-1] not in _SHORT_BODIES


_SHORT_BODIES = ("도", "시", "군", "구", "청", "부", "처")
# `관광분야에서는`, `이밖에는`: a topic of place or manner, not the clause's subject.
_ADVERBIAL = re.compile(r"(?:에서|에게|에|으로|로|까지|부터|와|과|밖)$")


def topics(text: str) -> list[str]:
    """Subject topics (`두 기관`, `충북도`) in order: not a verb's `-는` (`기술을 도입하려는`)
    nor a topic of place (`관광분야에서는`)."""
    out = []
    for m in _TOPIC.finditer(text):
        words = m.group(1).split()
        if _adnominal(words) or _ADVERBIAL.search(words[-1]):
            continue
        out.append(m.group(1))
    return out


# A subject's particle, after an optional bracket (`광명시(시장 양기대)가`).
_SUBJECT = re.compile(r"\s*(?:[(（][^)）\n]{0,30}[)）])?\s*(?:은|는|이|가|측은|측이)\s")
# A subject whose verb modifies the noun after it (`별빛이 계획한 사업`, `누리대가 개발하는 기술`).
_EMBEDDED = re.compile(r"\s*(?:이|가)\s+[가-힣]*(?:한|된|할|될|하는|되는|하던)\s")


def _named(names: list[set[str]], text: str, marker: re.Pattern[str]) -> set[int]:
    """The parties a name of which `text` writes (not inside a longer word) before `marker`."""
    return {
        i for i, group in enumerate(names) for n in group
        if name_search(text, n, marker)
    }  # fmt: skip


_SENTENCE_END = re.compile(r"[.。!?](?:\s|$)|다\.|(?<=[a-z0-9)])\.(?=[A-Z][a-z])")


def _sentence_start(ev: Evidence, pos: int) -> int:
    """Where the sentence holding `pos` starts (after `다.`, `. `, or a line break; also after a
    scraped `on May 15.Under the MoU` whose space was lost, not inside `U.S.`)."""
    line_start = ev.text.rfind("\n", 0, pos) + 1
    ends = [m.end() for m in _SENTENCE_END.finditer(ev.text[line_start:pos])]
    return line_start + (ends[-1] if ends else 0)


_KOREAN_SUBJECT_RE1 = lazy_compile(r"[,，]")
_KOREAN_SUBJECT_RE2 = lazy_compile(r"(?:고|며|서)\s|[,，;]\s*")
_KOREAN_SUBJECT_RE3 = lazy_compile(r"[.。]\s")
_KOREAN_SUBJECT_RE4 = lazy_compile(r"([^.。\n]*?)(?:은|는|이|가)\s")


def _korean_subject(
    ev: Evidence, briefing: Briefing, names: list[set[str]], span: Span
) -> set[int]:
    """The existing reading of the clause's and sentence's Korean subject."""
    line_start = ev.text.rfind("\n", 0, span.start) + 1
    # The item's own clause: after the last `-고`, `-며` or comma before it (in its own sentence:
    # `A와 B는 …했다. A는 [item]`), plus its first words up to a clause end (`[item]하고, B는 …`).
    prefix = ev.text[max(_sentence_start(ev, span.start), span.start - 60) : span.start]
    first = _KOREAN_SUBJECT_RE1.split(ev.text[span.start : span.start + 30])[0]
    first = first[: m.end()] if (m := _CLAUSE_END.search(first)) else first
    own = _KOREAN_SUBJECT_RE2.split(prefix)[-1]
    clause = own + first
    # Names, and one-syllable short names (`도는 …`), as a clause's subject.
    short = _back_references(briefing)
    groups = [g | s for g, s in zip(names, short, strict=True)]
    subjects = _named(groups, clause, _SUBJECT)
    # `가람시는 별빛이 계획한 사업이 …`: the item's first words open with a clause of its own
    # modifying a noun; its subject is not the item's while the clause before names one.
    embedded = _named(groups, first, _EMBEDDED) - _named(groups, own, _SUBJECT)
    if embedded and subjects - embedded:
        subjects -= embedded
    # `두 기관은 ETRI가 개발한 …`: a joint topic of the sentence outranks a subject inside the item.
    # A joint topic only of an earlier clause (`두 농협은 …하기로 하고 누리농협은 [item]`) does not.
    found = topics(ev.text[line_start : span.start])
    if found and joint_topic(found[-1]) and not (subjects and found[-1] not in own):
        subjects = set()
    # `서울대학교병원과 제일병원, 새통영병원, 고창종합병원은 △…`: a subject naming several parties;
    # the sentence's subject (`강경화 장관과 이시종 지사는 … 체결하고 [item]`) when the clause has none.
    sentence = _KOREAN_SUBJECT_RE3.split(ev.text[line_start : span.start])[-1]
    for part in (clause, sentence if not subjects else ""):
        listed = _KOREAN_SUBJECT_RE4.search(part)
        if listed is None:
            continue
        named = {m.party for m in mentions_in(listed.group(1), names)}
        named |= _named(short, listed.group(1), _JOINED_SHORT)  # `도와 가람시는`
        named |= {
            i for i, p in enumerate(briefing.parties)
            if p.signatory and len(p.signatory) >= 2 and p.signatory in listed.group(1)
        }  # fmt: skip
        if len(named) >= 2:
            return named
    # `A는 B와 업무협약을 맺고, [item]`: the item follows the signing of both.
    if not subjects and _SIGNED_WITH.search(sentence):
        both = _named(names, sentence, _SUBJECT_OR_PARTNER)
        if len(both) >= 2:
            return both
    return subjects


# A one-syllable back-reference joined to another name of a listed subject (`도와 가람시는`).
_SUBJECT_OR_PARTNER = re.compile(r"\s*(?:[(（][^)）\n]{0,30}[)）])?\s*(?:은|는|이|가|와|과)\s")
_NOT_BEFORE_LETTER = re.compile(r"(?![A-Za-z])")
_JOINED_SHORT = re.compile(r"(?:와|과|및|\s*[,，·ㆍ])")
# The kind syllables a release refers back to its own body by (`도는`, `시는`, `군은`).
_KIND_SYLLABLES = TOWN_SYLLABLES


_KIND_OF_RE1 = lazy_compile(r"[가-힣]+")


def _kind_of(name: str) -> str | None:
    """`충남`, `충청남도` -> 도 (a province by any of its forms); `가람시` -> 시, `누리군` -> 군."""
    forms = PROVINCE_FORMS.get(name.replace(" ", ""))
    if forms is not None:
        return "도" if any(f.endswith("도") for f in forms) else "시"
    last = name.strip()[-1:] if len(name.strip()) >= 2 else ""
    return last if last in _KIND_SYLLABLES and _KIND_OF_RE1.fullmatch(name.strip()) else None


def _back_references(briefing: Briefing) -> list[set[str]]:
    """Each party's one-syllable short names: those the briefing gives, and the kind syllable
    (`도`) of the one party of that kind, which the source uses for it (`도와 가람시는 …`)."""
    short = [{a for a in p.aliases if len(a.strip()) == 1} for p in briefing.parties]
    kinds = [{_kind_of(n) for n in (p.name_ko, *p.aliases)} - {None} for p in briefing.parties]
    for kind in _KIND_SYLLABLES:
        owners = [i for i, k in enumerate(kinds) if kind in k]
        if len(owners) == 1:
            short[owners[0]].add(kind)
    return short


_ENGLISH_SUBJECT_RE1 = lazy_compile(r"[가-힣]")


def _english_subject(ev: Evidence, names: list[set[str]], span: Span) -> Binding | None:
    """`In particular, the Ministry of Foreign Affairs will …`, `KOICA and USAID, …, will …`."""
    start = _sentence_start(ev, span.start)
    stop = _SENTENCE_END.search(ev.text, span.end, span.start + 160)
    text = ev.text[start : stop.end() if stop else span.start + 160]  # not the next sentence's verb
    english = [{n for n in group if n.isascii() and len(n) >= 2} for group in names]
    verb = _EN_VERB.search(text)
    if verb is None or verb.start() > 220:
        return None
    head = text[: verb.start()]
    if _ENGLISH_SUBJECT_RE1.search(head):
        return None
    if (joint := _JOINT.search(text[: verb.end() + 30])) is not None:
        # `Under the MoU, the NFA will …`: the frame names the agreement, the clause its subject
        after = head[joint.end() :] if _FRAME_EN.match(joint.group(0)) else ""
        named = _named(english, after, _NOT_BEFORE_LETTER) if after else set()
        return Binding(subjects=named) if named else Binding(joint=joint.group(0))
    named = _named(english, head, _NOT_BEFORE_LETTER) or _described_subject(ev.text, english, head)
    return Binding(subjects=named) if named else None


# `Under the MOU, …`, `Through this agreement, …`: a frame before the clause, not its subject.
_FRAME_EN = re.compile(r"(?:under|through)\s", re.I)


# `The South Korean university will …`, `the Korean agency has also …`: one party described by its
# kind (a word of its English name) and, where two share the kind, its country.
_DESCRIBED = re.compile(
    r"\bthe\s+((?:[A-Z][a-z]+\s+){0,3})(university|agency|ministry|city|government|foundation|"
    r"institute|company|corporation|province|county|bank|hospital|college|council|association|"
    r"cent(?:er|re)|organi[sz]ation)\s*,?\s*(?:has|have|had|is|are|was|were)?\s*$",
    re.I,
)


def _described_subject(text: str, english: list[set[str]], head: str) -> set[int]:
    """The one party the subject `the [Country-adjective] KIND` describes: the party whose
    English name holds KIND, and, when several do, the one whose name or the words beside its
    name hold the country (`Korean` → `Korea`, `Japanese` → `Japan`, `Indian` → `India`)."""
    found = _DESCRIBED.search(head)
    if found is None:
        return set()
    kind = re.compile(rf"\b{found.group(2)}", re.I)
    owners = {i for i, group in enumerate(english) if any(kind.search(n) for n in group)}
    adjectives = [a for a in found.group(1).split() if a not in ("South", "North")]
    if len(owners) > 1 and adjectives:
        stems = {s for a in adjectives for s in (a[:-1], a[:-3], a[:-3] + "a") if len(s) >= 4}
        country = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(stems))) + r")\b")
        owners = {i for i in owners if any(_beside(text, n, country) for n in english[i])}
    return owners if len(owners) == 1 else set()


def _beside(text: str, name: str, country: re.Pattern[str]) -> bool:
    """`Korea Garam University`, `Nuri University of Japan`, `Japan's Nuri University`."""
    if country.search(name):
        return True
    for m in re.finditer(re.escape(name), text):
        start = max(text.rfind("\n", 0, m.start()) + 1, m.start() - 20)
        end = text.find("\n", m.end())
        end = m.end() + 20 if end < 0 else min(end, m.end() + 20)
        if country.search(text[start:end]):
            return True
    return False


_HEADING_OR_INTRO_RE1 = lazy_compile(r"[다.。]\s*$")


def _heading_or_intro(
    ev: Evidence, names: list[set[str]], span: Span, line_start: int
) -> Binding | None:
    """`두 기관은 △… △…` on the item's line, or the line introducing its bullet list: a joint
    phrase, or a heading naming parties (`<중기부>`, `□ 소진공 역할`)."""
    before = ev.text[line_start : span.start]
    if not _ENGLISH_SUBJECT_RE1.search(
        before
    ):  # an English paragraph on one line: its sentence only
        before = ev.text[_sentence_start(ev, span.start) : span.start]
    same = _JOINT.search(before)
    if same:
        return Binding(joint=same.group(0))
    line = ev.text[line_start : span.end]
    if not _BULLET.match(line):
        return None
    prev_end = line_start - 1
    while prev_end > 0:
        prev_start = ev.text.rfind("\n", 0, prev_end) + 1
        prev = ev.text[prev_start:prev_end]
        if prev.strip() and (not _BULLET.match(prev) or prev.lstrip().startswith("□")):
            if (joint := _JOINT.search(prev)) is not None:
                return Binding(joint=joint.group(0))
            heading = prev.strip()
            if len(heading) <= 40 and not _HEADING_OR_INTRO_RE1.search(heading):
                named = {i for i, group in enumerate(names) for n in group if n in heading}
                return Binding(subjects=named) if named else None
            return None
        prev_end = prev_start - 1
    return None


def read_binding(ev: Evidence, briefing: Briefing, names: list[set[str]], span: Span) -> Binding:
    """The subject the source gives the item at `span` (see the module's docstring)."""
    line_start = ev.text.rfind("\n", 0, span.start) + 1
    line = ev.text[line_start : span.end]
    if bracket := _BRACKET_SUBJECT.match(line):
        owner = party_of(names, bracket.group(1))
        if owner is not None:
            return Binding(subjects={owner})
    subjects = _korean_subject(ev, briefing, names, span) or _listed_under(ev, names, span)
    if not subjects and (english := _english_subject(ev, names, span)) is not None:
        return english
    if subjects:
        return _with_partners(ev, names, span, subjects)
    intro = _heading_or_intro(ev, names, span, line_start)
    found = topics(ev.text[line_start : span.start])
    if intro is not None and intro.joint and found and not joint_topic(found[-1]):
        intro = None  # `이번 협약으로 도는 …`: the clause has its own subject, unknown to us
    if intro is not None:
        return intro
    carried = _carried(ev, briefing, names, span)
    if carried is not None and carried.subjects:
        return _with_partners(ev, names, span, carried.subjects)
    return carried or Binding()


# A word that ends a clause (`지원하고`, `운영하며`, `했다`): past it, a list has ended.
_CLAUSE_END = re.compile(
    r"(?:하|되|있|없|했|였|받|주|이)(?:고|며)\s|하여\s|해서\s|되어\s|면서\s|[었았였했됐]다|[.。;]"
)


def _listed_under(ev: Evidence, names: list[set[str]], span: Span) -> set[int]:
    """`별빛㈜은 마을 방문 및 농산물 구매, 주민 견학, 민박, [item]`: an item (or a comma list of
    items) run on from a party's topic in the same sentence, no clause ending between them."""
    start = _sentence_start(ev, span.start)
    before = ev.text[start : span.start]
    found = list(_TOPIC.finditer(before))
    if not found:
        return set()
    last = found[-1]
    words = last.group(1).split()
    between = before[last.end() :]
    if _adnominal(words) or _ADVERBIAL.search(words[-1]) or _CLAUSE_END.search(between):
        return set()
    if joint_topic(last.group(1)):
        return set()  # `양 대학은 △…`: the joint reading gives the item to all
    owner = party_of(names, last.group(1)) or party_of(names, words[-1])
    return {owner} if owner is not None else set()


def _with_partners(ev: Evidence, names: list[set[str]], span: Span, subjects: set[int]) -> Binding:
    """The subject with the parties the item itself cooperates with (`외교부와 협력관계를`), and
    one its clause joins to the subject before it (`도는 누리대와 함께 [item]`)."""
    partners = _named(names, ev.text[span.start : span.end], _PARTNER)
    return Binding(subjects=subjects | partners | _co_subjects(ev, names, span))


# `누리대와 함께`: a party doing the item together with the clause's subject.
_TOGETHER = re.compile(r"\s*(?:와|과)\s*함께\s")
# A comma or any verb joined by `-고`/`-며` (`열고,`): the clause the partner was in has ended.
_JOINED_CLAUSE = re.compile(r"[,，]|[가-힣](?:고|며)\s")


def _co_subjects(ev: Evidence, names: list[set[str]], span: Span) -> set[int]:
    """Parties written `B와 함께` in the item's own clause, before the item (no clause ends
    between them: `도는 누리대와 함께 행사를 열고, [item]` gives the item to the subject only)."""
    before = ev.text[_sentence_start(ev, span.start) : span.start]
    out = set()
    for i, group in enumerate(names):
        for n in group:
            m = name_search(before, n, _TOGETHER)
            rest = before[m.end :] if m is not None else ""
            if m is not None and not (_CLAUSE_END.search(rest) or _JOINED_CLAUSE.search(rest)):
                out.add(i)
    return out


# An English sentence opening with its own subject right before the item (a capitalised noun
# phrase of up to six words, an aside in commas allowed): `Garam province, in turn, [item]`.
_OWN_SUBJECT_EN = re.compile(
    r"\s*(?:[Tt]he\s+)?[A-Z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,5}\s*(?:,[^,\n]{1,20},)?\s*"
)


def _carried(ev: Evidence, briefing: Briefing, names: list[set[str]], span: Span) -> Binding | None:
    """A sentence with no subject before the item takes the subject of the sentences before it
    (up to three back, across sentences that have none either)."""
    start = _sentence_start(ev, span.start)
    own = ev.text[start : span.start] + " " + ev.text[span.start : span.start + 30]
    if topics(own) or _named(names, own, _SUBJECT):
        return None  # the sentence (or the item) has a subject of its own
    if _OWN_SUBJECT_EN.fullmatch(ev.text[start : span.start]):
        return None  # `Garam province, in turn, facilitates [item]`: its own, unknown to us
    for _ in range(3):
        prev_end = start
        while prev_end > 0 and ev.text[prev_end - 1].isspace():
            prev_end -= 1
        if prev_end <= 0:
            return None
        start = _sentence_start(ev, prev_end - 1)
        previous = ev.text[start:prev_end] + " "
        found = topics(previous)
        if found:
            if joint_topic(found[0]):
                return Binding(joint=found[0])
            # `A는 X하고 B는 Y할 예정이다. 또한 [item]`: two parties contrasted; which one goes on
            # is not written.
            owners = {party_of(names, t.split()[-1]) for t in found} - {None}
            if len(owners) > 1:
                return None
            owner = party_of(names, found[0].split()[-1])
            return Binding(subjects={owner}) if owner is not None else None
        if (subject := _named(names, previous, _SUBJECT)) and len(subject) == 1:
            return Binding(subjects=subject)
        if (joint := _JOINT.search(previous)) is not None:
            return Binding(joint=joint.group(0))
    return None


__all__ = ["Binding", "read_binding", "topics"]
