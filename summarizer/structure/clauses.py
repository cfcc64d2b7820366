"""One pledge sentence cut into cooperation items: its lead, subject and verb left out.

`협약에 따라 두 기관은 A를 공유하고, B를 조사하기로 했다` -> A, B; `A, B, C 등에 협력한다` -> A, B, C;
`LH는 A를, 부동산원은 B를 맡는다` -> A, B.
"""

from __future__ import annotations

import itertools
import re

from summarizer.lazy import lazy_compile
from summarizer.lexicon import (
    AGREEMENT_DOCUMENTS,
    AGREEMENT_NOUNS,
    FINAL_M,
    SIGNING_STEMS,
    alternation,
    closed_by,
)
from summarizer.lexicon.joins import DESCRIPTIVE_STEMS
from summarizer.lexicon.joint import joint_ko
from summarizer.models.records import Commitment
from summarizer.structure.clause_leads import (
    ADVERBIAL,
    CONNECTIVE,
    JOINT,
    NAMED_PAIR,
    PROSE_LEAD,
    PROSE_TOPIC,
    joint_opening,
)
from summarizer.structure.items import item
from summarizer.structure.noun_lists import (
    DEED,
    DEED_NOUNS,
    deed_runs,
    examples_of_head,
    examples_of_one,
    examples_runs,
    field_of_deed,
    object_of_last,
    outside_brackets,
    pair_of_deeds,
)
from summarizer.structure.pledge_reading import GIST_END

# `…참석한 가운데 열린 이날 협약식에서 양측은 A, B 등`: the parties together after the setting
# open the clauses (the attendees named before them are no item)
_SETTING_JOINT = lazy_compile(rf"에서,?\s+(?:{joint_ko()})(?:은|는)\s+")
# the signing told as the first of two joined clauses: an agreement's noun (its quotes, gloss
# or particle after it), then the signing verb joined to what follows (`체결하고,`, `맺고`,
# `서명하며,`, `체결,`; not `협정을 맺고 있는`, a tie that stands already)
SIGNED_AND = lazy_compile(
    r"(?:"
    + alternation((*AGREEMENT_NOUNS, "결연", "약정"))
    + r")\S{0,12}\s*(?:\([^)]{1,12}\)\S{0,3}\s*)?(?:"
    + alternation(SIGNING_STEMS)
    + r")(?:하고|고|하며|으며|해|하여|,)(?=[\s,])[,\s]+(?!있|싶)"
)
# how far into a clause its signing may be told (`13일 시청에서 업무협약을 맺고 …`)
_SIGNING_REACH = 100


def _after_signing(text: str, a: int, e: int) -> int:
    """Where the clause goes on after the signing told first (`13일 업무협약을 맺고 A와 B 등
    …을 약속했다`: the signing is no item), or `a`; string tests first (most name none)."""
    reach = min(e, a + _SIGNING_REACH)
    if not any(text.find(stem, a, reach) >= 0 for stem in SIGNING_STEMS):
        return a
    signed = SIGNED_AND.search(text, a, reach)
    if signed is None or "," in text[a : signed.start()] or not text[signed.end() : e].strip():
        return a
    return signed.end()


# `청년 유출이 심각해짐에 따라 양 기관은 …`, `수요가 늘면서 두 기관은 …`: the cause told before
# the parties together is no term (a syllable closed by ㅁ before `에 따라`, or `-면서`/`-자`)
_CLOSED_BY_M = closed_by(FINAL_M)
_CAUSE_JOINT = lazy_compile(
    rf"[^,.\n]{{2,80}}?(?:[{_CLOSED_BY_M}]에\s*따라|면서|자),?\s+(?=(?:{joint_ko()})(?:은|는|이|가)\s)"
)
# `…하고, …하며` (not `추진하고 있는`: one verb, going on; nor `정주하고 싶은`: a wish), and a comma before the next party's
# own clause (`추천, B는 …`)
_CLAUSE_END = lazy_compile(
    r"(?:하고|하며),?\s+(?!있|싶)|(?:고|며),\s+(?!있)|,\s+(?=[^\s,]{2,15}(?:은|는)\s)"
    # `…인하대병원으로 진료 의뢰하게 되며 치료가 끝나면 …`: what the party comes to do, then the next
    # (found from its `되`, a rare first character: not a look at every space)
    r"|(?<=게)되며,?\s+|(?<=게\s)되며,?\s+"
    r"|(?<=[할는])\s*것과,?\s+"
    # `…을 위해 노력하는 한편, 기술 세미나를 …`: one deed, then the next
    r"|(?<=[가-힣])(?:하는|한)\s*한편,?\s+"
    # `…육성에 힘쓰고 …`: a pledge's own verb closing its clause
    r"|(?:힘쓰|나서|앞장서|힘을\s모으|노력하)고\s+(?!있)"
    # `…에 협력해오고 있으며 이번 협약을 통해 …`: what goes on already, then the new term
    r"|(?<=고\s있)으며,?\s+|(?<=고있)으며,?\s+"
    # `…협약을 체결한 바 있으며 이번 제휴를 통해 …`: what was done before, then the new term
    r"|(?<=바\s있)(?:으며|고),?\s+"
)
# `A를 늘리고 B를 …`: a short verb right after its object (`_GO_OBJECT`, asked of the words
# before), then the next clause's own object; found apart, led by its `고` (a quick scan)
_BARE_GO = lazy_compile(r"고\s+(?!있|싶)(?=[^,.]{0,40}?[가-힣)][을를도]\s)")
_GO_OBJECT = lazy_compile(r"[을를]\s[가-힣]{1,3}$")


# a descriptive adjective (`다양하고`, `신속하며`) joining two descriptions, not two clauses
_DESCRIBES = lazy_compile(r"(?:^|(?<=\s))" + alternation(DESCRIPTIVE_STEMS) + r"$")


def _describes(body: str, at: int) -> bool:
    """Whether the join at `at` (its `하고`/`하며`) closes a descriptive adjective."""
    return body.startswith("하", at) and _DESCRIBES.search(body, max(0, at - 3), at) is not None


def _joins(body: str) -> list[re.Match[str]]:
    """Where the clauses of a sentence meet: `_CLAUSE_END`, and a bare `-고` after an object
    (not after a descriptive adjective: `다양하고 내실 있는 체계를 구축`)."""
    found = [m for m in _CLAUSE_END.finditer(body) if not _describes(body, m.start())]
    if "고 " not in body:
        return found
    ends = {m.end() for m in found}
    bare = [
        m
        for m in _BARE_GO.finditer(body)
        if m.end() not in ends
        and _GO_OBJECT.search(body, max(0, m.start() - 6), m.start())
        and not _describes(body, m.start() - 1)
    ]
    return sorted(found + bare, key=lambda m: m.start()) if bare else found


# the nouns of deeds a plan may follow bare (`진행 예정이다`), all of two syllables (a look-behind)
_PLANNED_NOUNS = (*DEED_NOUNS, "진행", "시행", "착수", "출범", "시작")
_VERB_END = lazy_compile(
    r"\s*(?:(?:해\s*)?(?:나가|나갈|가)?(?:하?[기키]로\s*(?:(?:합의)?(?:했|하였)(?:다|고|으며)|하고|하며)|(?:할|시킬)\s*(?:계획|예정|방침)이다|한다|했다|하고|하며|하는\s*한편|한다고\s*밝혔다|하는\s*것으로)"
    # `…심포지엄을 진행 예정이다`: a deed's noun, then the plan (not a verb's `살펴볼 계획이다`)
    + r"|(?<="
    + "|".join(_PLANNED_NOUNS)
    + r")\s+(?:계획|예정)이다"
    r"|(?:해\s*)?나간다|(?:[을를]\s*)?(?:해\s*)?나갈\s*(?:계획|예정)이다|(?:[을를]\s)?하게\s*(?:된다|되며|됐다|되었다)"
    # `…을 개방할 수 있게 됐다`: what the agreement brings about
    r"|(?:[을를]\s)?(?:할|될)\s*수\s*있게\s*(?:됐다|되었다)"
    # `…을 주요 골자로 하고 있다`: the agreement's gist
    + r"|"
    + GIST_END
    # `…증진을 골자로 한 협정서에 서명하게 된다`: the signing told with its gist
    + r"|[을를]\s*(?:주요?\s*)?(?:내용|골자)(?:으로|로)\s*(?:하는|한)\s*(?:업무\s*|자매결연\s*|우호\s*)?"
    + r"(?:"
    + alternation(AGREEMENT_DOCUMENTS)
    + r")(?:에|을|를)\s*(?:서명|체결|조인)\S*(?:\s*된다)?"
    r"|(?:한다는|하기로\s*한|하는)\s*(?:것이?\s*)?(?:내용|골자)"
    r"(?:이다|다|[을를]\s*담았다|[을를]\s*담고\s*있다|이\s*담겼다|이\s*포함됐다)"
    r"|하?[기키]로\s*(?:뜻을\s*모았|의견을\s*모았|협약했|약속했|약속하였|다짐했|다짐하였|결의했)다|(?:할|하는)\s*것과"
    r"|하는\s*(?:데|것에)\s*(?:뜻을\s*모았|합의했|동의했)다|겠다는\s*(?:계획|방침|구상)이다"
    r"|(?:[을를]\s*)?한다는\s*것이다"  # `주요 내용은 …을 지원한다는 것이다`
    r"|(?:한다는|하기로\s*한|하는)\s*(?:등의\s*)?내용에\s*(?:합의|동의)(?:했|하였)다"
    r"|(?:해\s*)?나간다는\s*(?:계획|방침|구상)이다"
    # `…을 직접 수행하는 역할을 맡는다`: the role is the deed
    r"|(?:하는|할)\s*역할을\s*(?:맡는다|맡기로\s*했다|맡게\s*된다|담당한다)"
    r"|에\s*(?:적극\s*|함께\s*)?(?:나선다|나서고|나서며|나서기로\s*(?:합의)?했다|나서게\s*된다)"
    # `…에 적극 협력할 것을 약속했다`: the pledge's noun clause closes the deed as `-기로 했다` does
    r"|할\s*것을\s*(?:약속|합의|다짐|결의)(?:했|하였)다"
    r"|(?:을|를|도)\s*(?:약속|합의)(?:했|하였)다|(?:을|를)?\s*위해서?도?\s*(?:서로\s*)?힘을\s*모은다"
    # `…을 지원한다는 내용의 협약을 약속했다`: the agreement's content
    r"|(?:한다는|하기로\s*한|하는)\s*내용의\s*"
    + alternation(AGREEMENT_NOUNS)
    + r"[을를]?\s*(?:약속|체결|맺|합의)\S*"
    # `…지원 등에 적극적으로 나서기로 했다`, `…을 위해 힘쓰기로 했다`
    r"|\s*(?:적극적?으로\s*|함께\s*|서로\s*)?(?:나서|힘쓰|앞장서)[기키]로\s*(?:합의)?(?:했|하였)다"
    # the same verbs in a plan (`…창출에도 힘쓸 예정이다`), and a deed the parties come to carry
    # on (`…상생에 일조해 나가게 된다`)
    r"|(?:에도?\s*)?(?:적극적?으로\s*|함께\s*|서로\s*)?(?:나설|힘쓸|앞장설)\s*(?:계획|예정|방침)이다"
    r"|(?:해\s*)?나가게\s*된다"
    # `주요 내용은 …제공 등이다`: the list's close
    r"|\s등이다)\s*\.?$"
)


# a verb stem other than `하` before the `기` of `-기로 했다` (`갖기로`, `맡기로`, `나서기로`): the
# item keeps `기`, the verb's noun form (`…을 연 1회 갖기`), where `하기로` loses `하기` with it
_NOMINAL_GI = re.compile(r"[가-힣](?<!하)기")
# the polite endings of a broadcast: `협력하기로 했습니다`, `확대할 예정입니다`
_POLITE_END = lazy_compile(
    r"\s*(?:(?:해\s*)?(?:나가|나갈|가)?(?:하?[기키]로\s*(?:합의)?했습니다|할\s*(?:계획|예정|방침)입니다"
    r"|합니다|했습니다)|(?:해\s*)?나갈\s*(?:계획|예정)입니다|하게\s*됩니다"
    r"|겠다는\s*(?:계획|방침|구상)입니다|\s등입니다)\s*\.?$"
)
# a short verb right after its object, closing the clause (not a noun's `고`: `광고`, `신고`)
_GO_END = lazy_compile(r"[을를]\s[가-힣]{0,2}(?<![신광재사보창최경공참원수])고$")


def clauses(text: str, s: int, e: int, whole_lists: bool = False) -> list[Commitment]:
    """The cooperation clauses of one sentence, without its lead, subject and verb
    (`whole_lists`: a `등` list and the deed it is the object of are one item)."""
    out: list[Commitment] = []
    sent = text[s:e]
    lead = PROSE_LEAD.match(sent)
    a = s + (lead.end() if lead else 0)
    a += len(text[a:e]) - len(text[a:e].lstrip())
    roles = _roles(text, a, e)
    if roles:
        return roles
    cause = _CAUSE_JOINT.match(text, a, e)
    if cause:
        a = cause.end()
    a += joint_opening(text[a:e])  # `이어 두 기관은 …`: the words before the parties
    # (`A와 B는 협약서에서 …`: the lead may follow the two named)
    for pat in (PROSE_TOPIC, CONNECTIVE, ADVERBIAL, JOINT, NAMED_PAIR, PROSE_LEAD):
        mm = pat.match(text[a:e])
        if mm:
            a += mm.end()
            a += len(text[a:e]) - len(text[a:e].lstrip())
    setting = _SETTING_JOINT.search(text, a, e)
    if setting:
        a = setting.end()
    a = _after_signing(text, a, e)
    joins = _joins(text[a:e])
    # `A를 개방하고 실습을 맡는다`: a short tail joined without a comma is the same item
    kept = [
        c
        for k, c in enumerate(joins)
        if not _shared_goal(text, a + c.end(), e)
        and not _inside_list(text[a:e], c)
        and not _NOUN_GO.search(text, a, a + c.start() + 1)
        and (
            "," in c.group(0)
            or not _short_tail(
                text[a + c.end() : a + joins[k + 1].start() if k + 1 < len(joins) else e]
            )
        )
    ]
    cuts = [a, *(a + c.end() for c in kept), e]
    for x, y in itertools.pairwise(cuts):
        clause = text[x:y]
        etcs = [
            m
            for m in re.finditer(
                # `A, B, C에 대해 협력한다`: `에 대해` closes the list as `등에` does, and so
                # does the pledge itself (`A, B, C에 노력하기로 했다`)
                # (`A, B 등에도 협력할 계획이다`, `A, B, C에도 협력키로 했다`: the further terms)
                r"\s*등(?:에서|에도|에|을|를|의|과|으로|이다|이며|입니다|이(?=\s(?:있|포함)))?(?:\s|\.|$)"
                r"|(?<=[가-힣)])에\s*대해서?\s"
                r"|(?<=[가-힣)%])에도?\s+(?:적극\s*|상호\s*|함께\s*)?(?:노력|협력|힘쓰|동참)",
                clause,
            )
            if (
                ", " in clause[: m.start()]
                # `A를 비롯해 B 등 다양한 사업`; not `A를 비롯해 B 등 기관, C 등으로 구성된`
                or (
                    _LIST_SEP.search(clause[: m.start()])
                    and not re.search(r"\s등", clause[m.end() :])
                )
            )
            # `A, B 등으로 구성된 위원회`: the list describes a body, it is no list of items
            and not re.match(r"\s*(?:구성|참여|포함)\S*(?:된|하는|한)\s", clause[m.end() :])
            # `A, B 등 지역 농특산물을 공급`: examples of one object, no list of terms
            and not (
                m.group(0).strip() == "등"
                and examples_of_one(clause[: m.start()], clause[m.end() :])
            )
        ]
        etc = etcs[-1] if etcs else None
        # `A, B 등 다양한 분야에서 C를 창출`, `A, B 등을 통해 C를 마련`: the list is the field or
        # the means of the deed after it, the clause one item
        whole = etc is not None and (
            whole_lists
            or field_of_deed(etc.group(0), clause[etc.end() :])
            or (
                examples_of_head(etc.group(0), clause[: etc.start()], clause[etc.end() :])
                # (`A, B 등 경제교류와 C 분야 교류를 통해`: the list's kind, then one item more)
                and _ETC_AND.match(clause, etc.end()) is None
            )
        )
        if whole:
            etc = None
        pair = None if etcs else pair_of_deeds(clause)
        # `농번기 일손돕기와 농산물 구매 등 협력활동을 벌인다`: two noun phrases, two items
        if pair:
            out += _items(text, x, pair)
            continue
        # `A, B 금융 지원을 위해 상호 협력할 것을`: the purpose closes the list as `등` would
        purpose = re.search(r"\s*(?:을|를)\s*위해\s", clause)
        if etc is None and not whole and purpose and ", " in clause[: purpose.start()]:
            etc = purpose
        # (`A를 비롯해` parts items only in a list of no commas: `A를 비롯해 B 등`)
        sep = _COMMA_SEP if etc and ", " in clause[: etc.start()] else _LIST_SEP
        commas = outside_brackets(clause, sep.finditer(clause[: etc.start()])) if etc else []
        parts = [x, *(x + m.end() for m in commas)]
        ends = [*(x + m.start() for m in commas), x + etc.start()] if etc else []
        # `…을 도모하기 위해 A, B 등을 추진`: the aim before the list is no part of its first item
        # `…나서고, 기업은 A, B에 노력`: the next party's name is no part of its first item
        subj = PROSE_TOPIC.match(text[x : ends[0]]) if ends and x > a else None
        if subj:
            parts[0] = x + subj.end()
        # (and the means: `정기 방문을 통해 A와 B, C 등`)
        aim = [m for m in _AIM_OR_MEANS.finditer(text, parts[0], ends[0])] if ends else []
        if aim and len(text[aim[-1].end() : ends[0]].strip()) >= 4:
            parts[0] = aim[-1].end()
        # `…을 목표로, A, B 등`: a first part that is only the aim, closed by its comma, is no item
        if len(parts) > 2 and _AIM_PART.search(text, parts[0], ends[0]):
            parts, ends = parts[1:], ends[1:]
        # `A, B, C 등 청년이 원하는 분야의 일자리 제공, D 제공 등에`: A to C are examples
        runs = examples_runs([text[p:q] for p, q in zip(parts, ends, strict=True)]) if etc else []
        for first, last in reversed(runs):
            del parts[first + 1 : last + 1]
            del ends[first:last]
        # `행정, 경제, 문화 등 각 분야에서 교류`: single words name the fields of one item
        fields = bool(etc) and sum(
            len(text[a2:b2].strip()) >= 4 for a2, b2 in zip(parts, ends, strict=True)
        ) * 2 < len(parts)
        if fields:
            etc = None
        if etc and etc.group(0).strip() == "등":  # `A 육성, B 등 C 지원을 위해`: B names C's
            n = object_of_last(
                [text[p:q] for p, q in zip(parts, ends, strict=True)], clause[etc.end() :]
            )
            if n:
                ends[-1] = x + etc.end() + n
        if etc:  # `A, B, C 등에 힘을 모은다`
            for a2, b2 in _deed_pairs(text, list(zip(parts, ends, strict=True))):
                c = item(text, a2, b2, False, "prose")
                if c and len(c.text) >= 4:
                    out.append(c)
            # `A, B 등 경제교류와 C 분야 교류를 통해`: the list's kind, then one item more
            more = _ETC_AND.match(clause, etc.end()) if etc.group(0).strip() == "등" else None
            if more:
                c = item(text, x + more.start(1), x + more.end(1), False, "prose")
                if c and len(c.text) >= 4:
                    out.append(c)
            continue
        # `주요 내용은 A 제공 B 운영 C 연계 등이다`: the list's marks lost, its deeds stand apart
        deeds = deed_runs(clause) if etc is None else None
        if deeds:
            out += _items(text, x, deeds)
            continue
        bare = clause.rstrip(", ")  # (every ending is short: only the clause's tail is asked)
        polite = bare.endswith(("니다", "니다."))
        v = (_POLITE_END if polite else _VERB_END).search(bare, max(0, len(bare) - 48))
        stop = x + (v.start() if v else len(clause.rstrip(", .")))
        if v and _NOMINAL_GI.match(text, stop - 1):
            stop += 1  # `…대화를 연 1회 갖기로 했다`: `갖기`, not the bare stem `갖`
        if not v and _GO_END.search(bare, max(0, len(bare) - 8)):
            stop -= 1  # the `-고` of `A를 늘리고`, cut from the next clause
        # `…검토하는 등 상호협력 할`, `…최우선 검토해 상호 협력`: the item ends before
        such = re.search(
            r"(?:하|되)?는\s+등\s|(?<=[가-힣])(?<!위)(?:해|하여)\s+(?:상호\s*)?협력", text[x:stop]
        )
        if such:
            stop = x + such.start()
        # `…만들고, 중진공은 …` (the first clause's subject went with the lead)
        subj = PROSE_TOPIC.match(text[x:stop].lstrip()) if x > a else None
        if subj:
            x += len(text[x:stop]) - len(text[x:stop].lstrip()) + subj.end()
        # `…을 추진하기 위해 보유 자원을 공유`: the aim before the first deed is no part of it
        aim = [m for m in _AIM.finditer(text, x, stop)] if x == a else []
        if aim and _OBJECT.search(text, aim[-1].end(), stop) and stop - aim[-1].end() >= 8:
            x = aim[-1].end()
            # `…을 위해 기업들은 A를 운영한다`: the subject after the aim goes too
            subj = PROSE_TOPIC.match(text[x:stop])
            if subj and _OBJECT.search(text, x + subj.end(), stop):
                x += subj.end()
        # (a listed noun phrase may be short, `가족단위 민박`, as the items of a `등` list may)
        # (the commas of a list of fields part no objects: the clause is one item)
        listed = [(x, stop)] if fields or whole else _listed_objects(text, x, stop)
        shortest = 4 if listed else 8
        # (the whole clause one item: no two deeds parted in it either)
        spans = (
            [(x, stop)] if whole else _deed_pairs(text, listed or _object_clauses(text, x, stop))
        )
        for x2, y2 in spans:
            c = item(text, x2, y2, False, "prose")
            if c and len(c.text) >= shortest:
                out.append(c)
    return out


_OBJECT = lazy_compile(r"(?<=[가-힣)])[을를]\s")


def _items(text: str, x: int, spans: list[tuple[int, int]]) -> list[Commitment]:
    """The prose items of a clause's spans (`x` where the clause starts), those that make one."""
    return [c for a, b in spans if (c := item(text, x + a, x + b, False, "prose"))]


def _object_clauses(text: str, x: int, stop: int) -> list[tuple[int, int]]:
    """`A를 B로 지정, C를 발굴`: a comma between two clauses, each with its own object, parts
    two items (`A, B 등을` lists, without objects of their own, are cut elsewhere)."""
    cuts = [x]
    for m in re.finditer(r",\s+", text[x:stop]):
        a, b = x + m.start(), x + m.end()
        if not DEED.search(text, cuts[-1], a):
            continue  # `…을 발견할 경우, …`, `…기업의 업력, …`: no deed of its own before
        if _OBJECT.search(text, cuts[-1], a) and _OBJECT.search(text[b:stop]):
            cuts.append(b)
    bounds = [*cuts, stop]
    return [
        (p, q - (len(text[p:q]) - len(text[p:q].rstrip(", "))))
        for p, q in itertools.pairwise(bounds)
    ]


# a word closing a phrase (a particle, a verb's ending): no part of a bare noun phrase
# (not the nouns ending so: `마을`, `가을`, `고을`)
# (a deed named by its noun: the lexicon's and `연구`, `교환`)
_DEED_ENDS = (*DEED_NOUNS, "연구", "교환")
_CLOSED_WORD = lazy_compile(r"(?:(?<![마가고])[을를]|[에의로은는이가서도고며한할된]|해|하여)$")
_OBJECT_VERB = lazy_compile(r"(?<=[가-힣)])(?<![마가고])[을를]\s+\S")


def _listed_objects(text: str, x: int, stop: int) -> list[tuple[int, int]] | None:
    """`A, B, C, D를 지원하고` (no `등`): three noun phrases or more listed before the last one's
    verb, each an item (the last keeps its verb); None for any other clause."""
    if text.count(", ", x, stop) < 1:  # (most clauses stop here)
        return None
    seg = text[x:stop]
    commas = outside_brackets(seg, _LIST_SEP.finditer(seg))
    bounds = [0, *(m.end() for m in commas)]
    ends = [*(m.start() for m in commas), len(seg)]
    if len(bounds) < 2 or not _OBJECT_VERB.search(seg, bounds[-1]):
        return None
    for a, b in zip(bounds[:-1], ends[:-1], strict=True):
        part = seg[a:b].strip()
        if not part or b - a > 40 or _CLOSED_WORD.search(part) or _OBJECT_VERB.search(part):
            return None
        if " 등" in part:  # (`A를 비롯해 B 등 유관기관, C 등으로 구성된 …`: examples, no deeds)
            return None
        # two phrases only: the first must name a deed (`교수 교류, 공동 심포지엄을 진행`), not
        # a thing the second goes on with (`첨단 전기, 전자 분야 연구역량을`, `미주, 유럽에 …`)
        if len(bounds) == 2 and not part.endswith(_DEED_ENDS):
            return None
    return [(x + a, x + b) for a, b in zip(bounds, ends, strict=True)]


_ETC_AND = lazy_compile(
    r"(?:[^\s,]+\s+){0,2}[^\s,]{1,8}(?:와|과)\s+([^,]{4,40}?)"
    r"(?:(?:을|를)\s*통(?:해|하여)|\s+(?:부문|분야|영역)에서)\s"
)
# `A 활성화와 B 교류 활성화`: two deeds, each named by its noun, joined by `와`/`과`
_DEED_AND = lazy_compile(
    r"(활성화|확대|모색|제작|완비|구축|개발|육성|강화|발굴|조성|개최|달성|개척|대응|지원|증진)(?:와|과)\s+"
    r"(?!함께|더불어|관련|관한|동시에)"
    # (`지역인재 발굴과 육성에 힘쓰고`: two deeds on one object are one item)
    r"(?![가-힣]{1,4}(?:에|을|를|의)\s)"
)
# the items of a comma list part at its commas, and at `A은 물론 B`
_COMMA_SEP = re.compile(r",\s+|(?<=[가-힣])(?:은|는)\s*물론\s+")


def _deed_pairs(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Each span, parted once where two deeds are joined (both sides long enough to be items);
    not two aims of one deed (`A 활성화와 B를 위해 협력`), nor two deeds under one aim
    (`경영 안정을 위한 금융지원과 서민경제 활성화`: the aim governs both)."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        m = _DEED_AND.search(text, a, b)
        if (
            m
            and len(text[a : m.end(1)].replace(" ", "")) >= 5
            and b - m.end() >= 5
            and not _AIM.search(text, m.end(), b)
            and not _AIMED.search(text, a, m.start())
        ):
            out += [(a, m.end(1)), (m.end(), b)]
        else:
            out.append((a, b))
    return out


_AIMED = lazy_compile(r"(?:[을를]|하기)\s*위한\s")

# the items of a `등` list part at commas, and at `A를 비롯해 B 등`
_LIST_SEP = re.compile(r",\s+|(?<=[가-힣)])[을를]\s*비롯(?:해|하여)\s+")
_AIM = lazy_compile(r"(?:하기|[을를])\s*위해서?\s+")
_AIM_PART = lazy_compile(r"(?:[을를]\s*목표로|위해서?|위하여)\s*$")
_AIM_OR_MEANS = lazy_compile(r"(?:하기|[을를])\s*위해서?\s+|[을를]\s*통(?:해|하여)\s+")
# `수상한 차량 신고, 정보 공유 등`: a noun ending in 고 before a comma joins no clauses
_NOUN_GO = lazy_compile(r"(?:신|보|광|창|재|사|경|참|공|최|수|원|등록|입|출)고$")
_ETC_CLOSE = lazy_compile(r"\s등(?:을|를|에|의|과|으로)?\s")


def _inside_list(body: str, join: re.Match[str]) -> bool:
    """`A, B를 존중하며 C를 돕는 D, E 등을 추진`: a `-며` with list commas on both sides, the
    list closed by `등` after it, joins words inside one item, not two clauses."""
    if "," in join.group(0) or _next_party(body, join.end()):
        return False
    close = _ETC_CLOSE.search(body, join.end())
    return (
        close is not None
        and ", " in body[: join.start()]
        and ", " in body[join.end() : close.start()]
    )


# a topic of one or two words with no object before it (`가람 마을은 …`, not `C를 돕는 …`)
_NEXT_TOPIC = lazy_compile(r"(?:[^\s,]{1,12}\s)?[^\s,]{0,11}[^\s,하되있없](?:은|는)\s")


def _next_party(body: str, at: int) -> bool:
    """`…을 지원하고 B 마을은 C, D 등을 …`: the join hands over to another party's own list."""
    m = _NEXT_TOPIC.match(body, at)
    return m is not None and not re.search(r"[을를]\s", m.group(0))


def _shared_goal(text: str, a: int, e: int) -> bool:
    """`…가 정착하고 확장될 수 있도록 지원`: both verbs belong to one `-도록` goal; so do
    `…사업을 발굴하고 추진하기 위해 노력`: one aim of two verbs on one object."""
    return bool(re.match(r"\S*[될할갈올]\s*수\s*있도록\s|[가-힣]{1,4}하기\s*위해\s", text[a:e]))


# a role taken on adds no term of its own (`…을 개방하고 멘토링을 맡는다`); `콘텐츠를 공동제작`,
# `관련 정보를 공유하며` are terms of their own
_ROLE_VERB = lazy_compile(r"(?:맡|담당|책임지?|수행|진행)\S*\s*\.?$")


def _short_tail(clause: str) -> bool:
    """A clause of at most three words, no subject of its own, taking on a role (`실습을 맡는다`)."""
    words = clause.strip(" .,").split()
    return (
        0 < len(words) <= 3
        and not PROSE_TOPIC.match(clause.lstrip())
        and bool(_ROLE_VERB.search(clause.strip(" ,")))
    )


# `LH는 빈집 매입을, 부동산원은 실태조사를 맡는다`: what each party takes on
_ROLE = lazy_compile(
    r"([^\s,]{1,12})(?:은|는)\s+(.+?)(?:을|를)(?:,\s+|\s+(?:각각\s+)?(?:맡|담당|책임)\S*\s*$)"
)


_ROLE_END = lazy_compile(r"(?:맡|담당|책임)\S*$")


def _roles(text: str, a: int, e: int) -> list[Commitment]:
    body = text[a:e].rstrip(" .")
    if not _ROLE_END.search(body):  # (asked first: the roles' lazy pattern costs far more)
        return []
    parts = list(_ROLE.finditer(body))
    if len(parts) < 2 or parts[0].start() != 0:
        return []
    if any(x.end() != y.start() for x, y in itertools.pairwise(parts)) or parts[-1].end() != len(
        body
    ):
        return []
    out = []
    for m in parts:
        c = item(text, a + m.start(2), a + m.end(2), False, "prose")
        if c:
            out.append(c)
    return out
