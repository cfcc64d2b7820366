"""Commitments written as prose: clauses after `협약에 따라`, a `또 …하기로 했다` follow-up, `Under the agreement, …`."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from summarizer.lazy import lazy_compile
from summarizer.lexicon import (
    AGREEMENT_NOUNS,
    FINAL_N,
    FINAL_SS,
    ORG_SUFFIXES,
    ORG_SYLLABLES,
    TITLE_WORDS,
    alternation,
    closed_by,
)
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
from summarizer.structure.lines import Mask, end_of_line, iter_sentences
from summarizer.structure.pledge_reading import captioned, credits_in, gist, gist_that, plain

# the signing itself (`…협약을 통해 손을 잡았다`) reports the event; it pledges nothing
_SIGNING_END = lazy_compile(r"(?:손을\s*잡았|맺었|체결했|밝혔|가졌|열었)다\.?$")
# `A, B, C 등을 중심으로`, `A, B 등 다양한 사업을`: two or more items closed by `등`
_ETC_LIST = lazy_compile(
    r"[^,\s][^,]{0,60}(?:,\s+[^,]{1,60}?)+(?:\s등(?:을|를|에|의|과|으로)?|(?<=[가-힣)])에\s*대해서?)\s"
)
_COOP = lazy_compile(r"협력|교류|추진|공동|지원|협조|모색|구축|강화|펼칠|펼친|나서")
# after a connective, any present tense (a syllable closed by ㄴ): `아울러 …에도 힘을 모은다.`
_CLOSED_BY_N = closed_by(FINAL_N)
_PRESENT = lazy_compile("[" + _CLOSED_BY_N + r"]다\.?$")
# the same present tense, reported: `또 …을 매월 운영한다고 밝혔다.`
_TOLD_PRESENT = lazy_compile("[" + _CLOSED_BY_N + r"]다고\s*밝혔다\.?$")
_PLEDGE_END = lazy_compile(
    r"(?:[기키]로\s*(?:합의|약속|다짐|결정|협약|결의)?(?:했|하였)다|(?:계획|예정|방침)이다|[는한간된]다"
    r"|약속(?:했|하였)다|합의(?:했|하였)다|(?:뜻|의견)을\s*모았다|등이다)\.?\s*$"
)


# (`…하기로 하였다`: the same pledge, its verb not contracted)
_PROMISE = re.compile(
    r"(?:[기키]로\s*(?:합의|약속)?(?:했|하였)다|(?:계획|예정|방침)이다|약속(?:했|하였)다)\.?\s*$"
)
_PROMISE_TAIL = 17  # characters before the text's end `_PROMISE` is first looked for in


def _promises(body: str) -> bool:
    r"""Whether the sentence closes on a promise (`_PROMISE`), its last characters asked first.

    Every form closes on `다` (a full stop and spaces after it): a sentence closing otherwise is
    none, with no scan. The forms hold at most 8 characters with the stop, but for the spaces
    after `기로` (`\s*`): a match starting before the last `_PROMISE_TAIL` characters has spaces
    at the 16th from the end, so only then is the whole sentence scanned as `_PROMISE.search`
    did (the answer is the same; the scan of every sentence ending in `다` is not)."""
    end = len(body.rstrip())
    last = end - 1 if end and body[end - 1] == "." else end
    if last < 1 or body[last - 1] != "다":
        return False
    first = max(0, end - _PROMISE_TAIL)
    if _PROMISE.search(body, first) is not None:
        return True
    return first > 0 and body[end - 16].isspace() and _PROMISE.search(body) is not None


# a party speaking for itself (`최민호 시장은`, `세종시는`, `KBSI는`), not a verb's `-는`
# (`접목하는`, `잇는`) nor a place in the text (`관광분야에서는`)
_PARTY_STEM = lazy_compile(
    alternation(
        (*ORG_SUFFIXES, *ORG_SYLLABLES, *TITLE_WORDS, "기관", "도시", "측", "사", "국", "부대")
    )
    + r"$|^[A-Za-z][A-Za-z&.-]+$"
)

# (compiled once: these are asked of every sentence, line or name)
_HANGUL = lazy_compile("[가-힣]")
_DOUBLE_QUOTE = lazy_compile(r"[“\"]")


# a word marked as the topic (`세종시는`, `양측은,`); the pattern is asked only of words ending so
_TOPIC_WORD = lazy_compile(r"(.+?)(?:은|는),?")
_TOPIC_ENDS = ("은", "는", "은,", "는,")


def _party_topic(core: str) -> bool:
    """Whether a party is the topic of the sentence (within its first six words)."""
    for word in core.split()[:6]:
        m = _TOPIC_WORD.fullmatch(word) if word.endswith(_TOPIC_ENDS) else None
        if m and _PARTY_STEM.search(m.group(1)) and not re.search(r"(?:에서|에|로)$", m.group(1)):
            return True
    return False


def _has_topic(core: str) -> bool:
    """A topic of its own: a party anywhere early (`협약식에 이어 최민호 시장은`), or any noun
    among the first three words (`현장 진단은 …이 맡는다`: a detail, not the parties' pledge)."""
    for word in core.split()[:3]:
        m = _TOPIC_WORD.fullmatch(word) if word.endswith(_TOPIC_ENDS) else None
        if m and not re.search(r"(?:에서|에|로|[하되있없다])$", m.group(1)):
            return True
    return _party_topic(core)


# the signing told in the sentence (`A와 B는 10일 …에서 협약을 체결하고 …`): the two named
# together report the event there, they pledge nothing
_SIGNED_IN = lazy_compile(r"체결|맺|협약(?:을|하|했)|서명|(?:MOU|양해각서)[를을]")


# `A와 B는 앞으로도 … C 측과 지속적으로 협력해 나갈 예정이다`: the two are one side of it
_WITH_ANOTHER = lazy_compile(r"\S(?:와|과)\s+(?:\S+\s+){0,2}?협력")


def _joint(core: str) -> bool:
    """The parties together as the subject: `양 기관은`, or the two named (`A와 B는`) outside
    the signing sentence, pledging to each other (not both to a third)."""
    if JOINT.match(core) or joint_opening(core):
        return True
    pair = NAMED_PAIR.match(core)
    return bool(pair and not _SIGNED_IN.search(core) and not _WITH_ANOTHER.search(core, pair.end()))


@lru_cache(maxsize=512)  # (one sentence asked by several tests in turn; let go a page)
def _core(body: str) -> str:
    """The sentence without its opening words: `협약에 따르면`, `특히`, `향후`, in any order."""
    while True:
        m = PROSE_LEAD.match(body) or CONNECTIVE.match(body) or ADVERBIAL.match(body)
        if not m or not m.end():
            return body
        body = body[m.end() :]


def _listed(body: str) -> bool:
    """`A, B, C 등을 중심으로 협력을 강화하기로 했다`: a list of items closed by `등`, whose
    subject is the parties together or left unsaid (not one party's own `A시는 …`)."""
    core = _core(body)
    subject = PROSE_TOPIC.match(core)
    if subject and not JOINT.match(core):
        return False
    head = core[subject.end() :] if subject else core
    return _etc_list(head) and bool(_COOP.search(body))


def _etc_list(head: str) -> bool:
    """`A, B, C 등을 …` at or near the start of `head`; the costly pattern is tried only where its
    comma and its `등` or `대해` are (a test compares this with the pattern alone)."""
    if "," not in head or ("등" not in head and "대해" not in head):
        return False
    return bool(_ETC_LIST.match(head) or _ETC_LIST.search(head[:80]))


_AIM_END = lazy_compile(r"(?:취지|목적|의미가\s*있)(?:이)?다\.?$")
# `…을 늘리고 …을 공동제작하는 등 협력을 촉진한다는 내용이다.`: the agreement's content
# (the polite forms of a board post too: `…등에 대한 내용을 담고 있습니다`; a list closed by `등`
# before `내용`: `A, B 등 내용이 담겼다`, `A 등에 관한 내용을 담았다`)
_CONTENT_END = lazy_compile(
    r"(?:(?:한다는|하기로\s*한|하는)\s*(?:것이?\s*)?|등(?:에\s*(?:대한|관한)|의)?\s*)(?:내용|골자)"
    r"(?:이다|입니다|다|[을를]\s*담(?:았|고\s*있)(?:다|습니다)|이\s*(?:담겼|포함됐)(?:다|습니다))\.?$"
)
# the agreement itself as the topic of its content (`협약은 …하는 내용을 담고 있다`,
# `협약서에는 A, B 등 내용이 담겼다`): no party's own plan
_AGREEMENT_TOPIC = lazy_compile(
    r"(?:이번\s*|이\s+)?(?:업무\s*)?"
    + alternation(AGREEMENT_NOUNS)
    + r"(?:서|문)?(?:은|는|에는|에서는),?\s"
)


def _content_told(body: str, core: str) -> bool:
    """`협약은 …을 추진하는 내용을 담고 있다`: the agreement's content, the agreement its topic."""
    return _CONTENT_END.search(body) is not None and _AGREEMENT_TOPIC.match(core) is not None


# `A는 …을 지원하고, B는 …을 구축한다는 내용이다`: each party's own share, one after the other
_EACH_SHARE = lazy_compile(r"(?:하|되)?고,?\s+(?=\S+(?:은|는),?\s)")


def _each_party(core: str) -> bool:
    """Two or more clauses, each opened by a party as its topic (`A는 …하고, B는 …`)."""
    parts = _EACH_SHARE.split(_in_the_agreement(core))
    return len(parts) >= 2 and all(_party_topic(p.split(" ", 1)[0] + " x") for p in parts)


# `협약에서 A는 …하고, B는 …한다는 내용을 담고 있다`: where the shares are told, before the first
_IN_AGREEMENT = lazy_compile(r"^(?:이번\s*)?(?:협약|협정|양해각서|MOU|협약서)에서는?,?\s+")


def _in_the_agreement(core: str) -> str:
    """`core` without an opening `협약에서` (the shares' own topics follow it)."""
    m = _IN_AGREEMENT.match(core)
    return core[m.end() :] if m else core


def _opens(body: str) -> bool:
    """A sentence that opens a run: the parties together pledge (`양 기관은 …하기로 했다`,
    `특히 양측은 …할 예정이다`), or an unsubjected list pledges (`향후 A, B 등에 협력하기로 했다`)."""
    core = _core(body)
    if _joint(core) and _PLEDGE_END.search(body):
        return True
    if _CONTENT_END.search(body) and (
        not _has_topic(core) or _each_party(core) or _content_told(body, core)
    ):
        return True
    return _listed(body) and bool(
        _promises(body) or re.search(r"(?:모색|(?:상호\s*)?협력)한다\.?$", body)
    )


def doubted(items: list[Commitment], why: str | None) -> list[Commitment]:
    """The items marked unsure, for `why`; a long clause is always doubted as an item."""
    out = []
    for c in items:
        longest = 90 if _HANGUL.search(c.text) else 160  # English words run longer
        reason = why or ("long clause" if len(c.text) > longest else None)
        out.append(replace(c, confidence="low", why=reason) if reason else c)
    return out


# `…계기가 될 것으로 기대하고 있으며`, `…효과를 기대하고 있다`: a hope, no term of the agreement
_HOPE = lazy_compile(r"(?:것으로|되길|되기를)\s*기대|기대(?:하고\s*있(?:으며|다)|한다|된다)\.?$")


# `5개 분야 15개 과제를 선정해 추진`: a count of the terms sums them up, it is none of them
_COUNTED = lazy_compile(r"\d+\s*개\s*(?:분야|과제|사업|항목|부문)")


# `…되면 540여명의 일자리가 창출된다`: what comes about, no one's pledge
_HAPPENS = lazy_compile(r"[가-힣][이가]\s+[가-힣]*된다\.?$")
# `…의 중요성을 깊이 인식하고`, `…에 공감하고`: a view the parties share, no deed; nor the
# signing itself (`2015년 '…협약'을 맺고`), what goes on already (`…분야에 협력해오고 있`),
# goodwill with no deed (`…호주 측과 지속적으로 협력`), the good it will do (`…복지 증진에
# 기여`). Endings with the spaces taken out, asked as suffixes (this layer's patterns are many).
_NO_TERM_ENDS = (
    *("인식", "공감", "동감", "인식을같이", "을맺", "를맺", "을체결", "를체결", "고있", "고있으며"),
    *("바있", "바있으며", "바있고"),  # `…간담회를 연 바 있`: done before, no term
    *(
        "협약",
        "협약을",
        "협정",
        "협정을",
        "MOU",
        "MOU를",
        "양해각서",
        "양해각서를",
        "결연",
        "결연을",
    ),
    # the agreement renewed is the signing again (`…위해 우호제휴 협정서를 갱신한다`)
    *("협정서를갱신", "협약서를갱신", "협정을갱신", "협약을갱신", "MOU를갱신", "양해각서를갱신"),
    *("지속적으로협력", "긴밀히협력", "긴밀하게협력", "계속협력", "지속적으로소통", "긴밀히소통"),
)
# (an aim alone, short: not `…정보 공유 등을 추진함으로써 지역발전에 기여`, whose means are terms)
_AIM_ENDS = ("에기여", "에일조", "에이바지")


# goodwill alone, naming no field or deed: `상호 협력체계를 더욱 강화` (spaces squashed)
_GOODWILL_ONLY = lazy_compile(
    r"(?:상호|양기관간?|긴밀한)*(?:협력|협조)(?:체계|체제|관계)?[을를]?(?:더욱|한층|지속적으로)?"
    r"(?:강화|공고히|증진)"
)


def no_term(item: str) -> bool:
    """Whether a clause is no term of the agreement (a view, the signing, goodwill, an aim)."""
    squashed = "".join(item.split())
    return (
        squashed.endswith(_NO_TERM_ENDS)
        or (len(squashed) <= 20 and squashed.endswith(_AIM_ENDS))
        or (len(squashed) <= 16 and _GOODWILL_ONLY.fullmatch(squashed) is not None)
    )


_CARRY_OUT = re.compile(r"협약\s*(?:내용|사항)[을를]")
_INCLUDED = lazy_compile(r"^\S+에는\s.*\s등이\s*(?:포함된다|포함됐다|포함돼\s*있다|담겼다)\.?$")

_NOT_YET = "not yet"  # a sentence that neither adds to the run nor ends it


def _goes_on(body: str, in_para: bool, doubt: str | None, side: str | None = None) -> str | None:
    """Whether a sentence after the run's opener adds to it: why its items are doubted ("" when
    they are not), `_NOT_YET` for an aim in between, or None: the run ends here."""
    # `행정·법률 등 현지 조사를 비롯해 컨설팅, 각종 조사 등이다.`: examples of the item before
    listed = body.endswith(("등이다", "등이다."))
    # `공동사업에는 A, B 등이 포함된다`: the items of the term just pledged
    if _INCLUDED.search(body) and ", " in body:
        return ""
    if listed and not PROSE_LEAD.search(body[:40]) and not _has_topic(body):
        return _NOT_YET
    if body.endswith(("된다", "된다.")) and _HAPPENS.search(body):  # (nor in the first paragraph)
        return None
    if in_para and _PLEDGE_END.search(body):  # the opening paragraph goes on
        return doubt or ""
    if _AIM_END.search(body):  # `…하겠다는 취지다.` between two pledges
        return _NOT_YET
    pledged = _PLEDGE_END.search(body) or (
        CONNECTIVE.match(body) and (_PRESENT.search(body) or _TOLD_PRESENT.search(body))
    )
    if not pledged or _dated_event(body):
        return None  # (nor a dated event: `오는 15일 설명회에서 …을 소개할 예정이다`)
    # a party's own clause or a bare `A, B 등` list must promise (`…할 예정이다`)
    # (one party's own plan, `A는 …을 늘릴 계획이다`, is no joint commitment: two roles are)
    roles = len(re.findall(r"[가-힣A-Za-z)](?:은|는)\s", body)) >= 2
    own = (PROSE_TOPIC.match(body) and roles) or re.search(r",\s.*\s등\s", body)
    if (
        CONNECTIVE.match(body)
        or JOINT.match(body)
        or PROSE_LEAD.match(body)
        or (own and _promises(body))
    ):
        return ""
    # `청년 분야에서 A, B, C 등을 한다.`, or no subject of its own: the parties' pledge goes
    # on (`…협력을 강화할 예정이다.`, `관광분야에서는 …을 개발한다.`), but it says not whose
    # `협약에 따라 A는 …한다. 이에 B는 …할 예정이다.`: the other party's share, in return
    # (`협약에 따라 A는 …한다. B는 …할 방침이다.`: after one party's share, another's)
    if (_promises(body) or _BECOMES.search(body)) and _body_share(body, side):
        return ""
    if from_now_on(body):  # (after the terms: each side's part from now on)
        return ""
    if _listed(body) or not _has_topic(_core(body)):
        return "no stated subject"
    return None


# a body (not a person: `이에 김 시장은 …할 계획이다` is one man's word)
_BODY_STEM = lazy_compile(alternation((*ORG_SUFFIXES, *ORG_SYLLABLES, "기관", "기업")) + "$")


_BECOMES = lazy_compile(r"게\s*된다\.?$")  # `…지원을 맡게 된다`


def from_now_on(body: str) -> bool:
    """`향후 A의 예산을 B로 지원하고, C는 …을 지원하게 된다.`: what the sides will do from now
    on, a future word first and `…하게 된다` closing it (not `…할 수 있게 된다`, an outcome the
    agreement makes possible)."""
    return (
        body.startswith(("앞으로 ", "향후 "))
        and _BECOMES.search(body) is not None
        and _POSSIBLE.search(body) is None
    )


_POSSIBLE = lazy_compile(r"있게\s*된다\.?$")


def _body_topic(body: str) -> str | None:
    """The body (no person) that is the topic of the sentence's first word (after `이에`)."""
    words = body.removeprefix("이에 ").split()[:1]
    m = _TOPIC_WORD.fullmatch(words[0]) if words and words[0].endswith(_TOPIC_ENDS) else None
    if m and _BODY_STEM.search(m.group(1)) and not m.group(1).endswith(TITLE_WORDS):
        return m.group(1)
    return None


def _body_share(body: str, side: str | None) -> bool:
    """`이에 군은 …`: in return, a body as the topic; or, after one party's own share (`side`),
    another body's (not a bare `도로공사는 …할 계획이다` after the parties' joint pledge: one
    party's own plan beside the agreement)."""
    topic = _body_topic(body)
    return topic is not None and (body.startswith("이에 ") or (side is not None and topic != side))


# where a lead may open: within the first 40 characters, though a modifier before it may push
# its end further (`‘…’를 목적으로 하는 이번 협약을 통해 공사는 …`)
# one party's plan with its partner: `A시는 앞으로 X, Y 등 시정 전반에 걸쳐 B시와 교류할 계획이다`
_LATER = ("앞으로", "향후")
_WITH_PARTNER = lazy_compile(r"\S(?:와|과)\s+(?:\S+\s+){0,2}?(?:교류|협력)")


def _party_plan(body: str) -> bool:
    # (asked of every sentence that opens nothing else: the cheap word tests first)
    if not ("앞으로" in body or "향후" in body) or "," not in body or "등" not in body:
        return False
    core = _core(body)
    subject = PROSE_TOPIC.match(core)
    if subject is None or JOINT.match(core):
        return False
    rest = core[subject.end() :]
    return (
        rest.startswith(_LATER)
        and _promises(body)
        and _etc_list(rest)
        and _WITH_PARTNER.search(rest) is not None
    )


_LEAD_OPENS_BY = 40
_LEAD_ENDS_BY = 64
# (the further reach is asked only where an agreement word is: the lead pattern is costly)
# (an agreement's noun, or the words for a tie or an accord: plans' readings ask the same)
AGREEMENT_WORDS = (*AGREEMENT_NOUNS, "결연", "합의", "제휴")
AGREEMENT_WORD = lazy_compile("|".join(AGREEMENT_WORDS))


def _lead_near(text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
    """A prose lead (`협약에 따라`, `이번 협약을 통해`) opening near the start of the sentence."""
    stop = len(text) if end is None else end
    m = PROSE_LEAD.search(text, start, min(stop, start + _LEAD_OPENS_BY))
    if m is not None or stop <= start + _LEAD_OPENS_BY:
        return m
    word = AGREEMENT_WORD.search(text, start + _LEAD_OPENS_BY - 8, min(stop, start + _LEAD_ENDS_BY))
    if word is None:
        return None
    m = PROSE_LEAD.search(text, max(start, word.start() - 6), min(stop, start + _LEAD_ENDS_BY))
    return m if m is not None and m.start() - start < _LEAD_OPENS_BY else None


# `이에 따라 …간담회를 실시한 바 있고, …협의를 거쳐 이번에 협약이 이루어졌다`: past events told,
# no pledge. A past tense closes it (a syllable holding ㅆ before `다`, not `있다`, `하겠다`), not a
# pledge told in the past (`…하기로 했다`, `…을 약속했다`, `…을 다짐했다`)
_PAST_END = lazy_compile("[" + closed_by(FINAL_SS).replace("있", "").replace("겠", "") + r"]다\.?$")
# (nor a pledge told with words between: `…힘을 모으기로 뜻을 같이 했다`, `…하는 데 뜻을 같이했다`)
_VOWED_END = lazy_compile(
    r"(?:다짐|선언|결의|합의|약속)(?:했|하였)다\.?$|뜻을\s*같이\s*(?:했|하였)다\.?$"
)
_TO_DO = lazy_compile(r"[기키]로\s")


def _narrated(body: str) -> bool:
    """Whether the sentence tells what happened (a past tense that pledges nothing)."""
    return bool(
        _PAST_END.search(body)
        and not _PLEDGE_END.search(body)
        and not _VOWED_END.search(body)
        and not _TO_DO.search(body)
    )


def _opener(body: str, prev: str, first: bool) -> str | None:
    """Whether a sentence opens a run, and why its items are doubted ("" when they are not).
    A later run opens only on the parties' own pledge (`앞으로 7개 기관은 …할 예정이다`)."""
    # `이번 협약으로 도는 …을 원활하게 추진할 수 있게 됐다`: what the signing brings, no pledge
    led = (
        _lead_near(body) is not None
        and (not _SIGNING_END.search(body) or _terms_then_signing(body))
        and not _EFFECT.search(body)
        and not _narrated(body)
    )
    if gist(body):  # `이번 협약은 A, B 등을 주요 골자로 하고 있다`
        return ""
    if not first:  # not a dated event (`오는 15일 설명회에서 …을 소개할 예정이다`)
        if _dated_event(body) or not _COOP.search(_predicate(body)):
            return None
        # `…협약도 체결했다. 협약은 …하는 내용을 담고 있다.`: that agreement's content
        if _content_told(body, _core(body)):
            return ""
        if _joint(_core(body)) and _PLEDGE_END.search(body):
            return ""
        # `A시는 B시와도 협약을 맺었다. C, D 등에 상호 협력한다.`: the next signing's terms
        if _etc_list(body) and _SIGNING_END.search(prev) and _AGREED.search(prev) and _opens(body):
            return "no stated subject"
        # (`업무협약의 주요 내용은 …`: the agreement's own content, named by its full word)
        return "" if led and _AGREEMENT_OPENS.match(body) else None
    if _joint(_core(body)) and _PLEDGE_END.search(body):
        return ""
    if led:  # `경자청은 이번 협약을 계기로 …할 계획이다`: one party's own plan, less sure
        core = _core(body)  # (`협약 내용으로는 …` is no party; `A는 …하고, B는 …한다` is both)
        topic = PROSE_TOPIC.match(core) and not _ROLES.match(core)
        return "one party's plan" if topic and not JOINT.match(core) else ""
    if _party_plan(body):  # `A시는 앞으로 X, Y, Z 등 …B시와 교류할 계획이다`
        return "one party's plan"
    if _opens(body):
        return "no stated subject"
    if _ROLES.match(_core(body)) and _promises(body):  # `A는 …하고, B는 …하기로 했다`
        return ""
    # `특히, A를 공유하고 B를 확대해 나가기로 했다.` right after the signing: whose is unsaid
    if _elided_pledge(body) and _AGREED.search(prev):
        return "no stated subject"
    return None


# `협약내용은 A는 …을 지원하고 B는 … 등을 하기로 … 조인식을 가졌다`: the terms, told in the
# sentence that reports the signing (the content head opens it, `-기로` names the deeds)
_CONTENT_OPENING = lazy_compile(r"(?:주요\s*)?(?:협약\s*|결연\s*|협정\s*)?내용(?:은|으로는)\s")


def _terms_then_signing(body: str) -> bool:
    return _CONTENT_OPENING.match(body) is not None and _TO_DO.search(body) is not None


# (nor what the parties come to contribute: `…관광산업 지원에 일조하게 된다`)
_EFFECT = lazy_compile(
    r"수\s*있게\s*(?:됐|되었)다\.?$|(?:일조|기여|이바지)하게\s*(?:된다|됐다)\.?$"
)


# each party its own part in one pledge: `도와 군은 행정지원에 나서고, 기업은 …에 노력하기로 했다`
_ROLES = lazy_compile(
    r"[^\s,]{1,15}(?:\s[^\s,]{1,8})?(?:은|는)\s[^\n]*?(?:고|며),?\s+[^\s,]{1,15}(?:은|는)\s"
)


_AGREEMENT_OPENS = lazy_compile(r"(?:이번\s*)?(?:업무\s*)?(?:협약|협정|MOU|양해각서)")
_EVENT = lazy_compile(r"(?:오는|지난)\s*\d|\d+일\s|열리는|행사|설명회|기념식|개최")


def _predicate(body: str) -> str:
    """The sentence after its subject (`7개 교육지원청은 …`: the name holds `지원` too)."""
    core = _core(body)
    subject = JOINT.match(core) or PROSE_TOPIC.match(core)
    return core[subject.end() :] if subject else core


def _dated_event(body: str) -> bool:
    return bool(_EVENT.search(body)) and not _COOP.search(_predicate(body))


_AGREED = lazy_compile(r"협약|협정|MOU|양해각서|결연|손[을을]?\s*(?:맞)?잡")


def _elided_pledge(body: str) -> bool:
    core = _core(body)
    return not _has_topic(core) and bool(_promises(body) and _COOP.search(body))


# `이번 협약은 …위해 체결되었으며, …`: the agreement (or its ceremony, `협약식은 …위해 마련된
# 것으로 …`) as the topic, its signing (or making, carrying out) in a past tense closing the
# first clause (`-었으며,`/`-였고,`)
_AGREEMENT_FIRST = lazy_compile(
    r"\s*(?:이번\s*|이날\s*|이\s+)?(?:업무\s*)?(?:협약|협정|MOU|양해각서|결연)"
)
_SIGNED_THEN = lazy_compile(
    r"\s*(?:이번\s*|이날\s*|이\s+)?(?:업무\s*)?(?:협약식?|협정|MOU|양해각서|결연)[은는이]\s[^.\n]{0,120}?"
    r"(?:(?:체결|마련|추진)[되하]?(?:었|였|됐|했)(?:으며|고),|(?:체결|마련)된\s*것으로)\s+"
)


def _shares_told(body: str) -> bool:
    """`A는 …을 지원하고, B는 …을 추진한다`: each party's share, in the present or promised."""
    return _SHARES.match(_core(body)) is not None and _PLEDGE_END.search(body) is not None


# (the next party may be two named together: `…지원하고, 가람구와 누리재단은 …`)
_SHARES = lazy_compile(
    r"[^\s,]{1,15}(?:은|는)\s[^\n]*?(?:하고|하며),\s+(?:[^\s,]{1,15}\s){0,2}[^\s,]{1,15}(?:은|는)\s"
)


def prose_commitments(text: str, mask: Mask, limit: int = 12) -> list[Commitment]:
    """`협약에 따라 두 회사는 A를 추진하고, B를 조사한다. C도 공유한다.` -> A, B, C.

    The first sentence that opens with `협약에 따라` / `이에 따라` / `주요 내용은`, or whose
    subject is the parties together (`두 기관은 …하기로 했다`), starts the run; the sentences
    right after it that also pledge (`또 …`, `B는 …할 예정이다`, `A, B 등 …`) add theirs. A later
    paragraph where the parties pledge together (`앞으로 7개 기관은 …`) opens another run.
    """
    run: list[tuple[int, int, str | None]] = []  # each sentence, and why its items are doubted
    para_end, open_run, closed, skipped, prev, tail = 0, False, False, False, "", ""
    side: str | None = None  # the opener's one party, telling its own share
    retold = just_closed = False
    doubt: str | None = None
    credits = credits_in(text)
    for s, e in iter_sentences(text):
        # `이번 협약은 …을 위해 마련됐으며, 향후 양 기관은 …할 계획이다`: the signing told first,
        # the rest of the sentence read as a sentence of its own
        signed = _SIGNED_THEN.match(text, s, e) if _AGREEMENT_FIRST.match(text, s, e) else None
        if signed is not None:
            s = signed.end()
        body = plain(text[s:e].strip())
        if not body:
            continue
        if closed:
            # after `주요 내용은 A, B 등이다` only the terms told again as a list (`양 기관은 C, D
            # 등을 통해 협력한다`) and a `또한 …` right after add terms: the rest is goodwill
            blocked = bool(_DOUBLE_QUOTE.search(body)) or mask.blocked(s, e)
            why = None if blocked or not _etc_list(_core(body)) else _opener(body, prev, False)
            # (`주요 내용은 …이다. 또 …하기로 했다.`: the sentence right after adds its terms, as
            # does `향후 A의 예산을 B로 지원하고, C는 …을 지원하게 된다.`, the sides' parts)
            # (not `…하는 등 협약 내용을 추진해 나갈 계획이다`: carrying out the terms told)
            if (
                why is None
                and (retold or just_closed)
                and not blocked
                and (CONNECTIVE.match(body) or from_now_on(body))
                and not _CARRY_OUT.search(body)
            ):
                why = _goes_on(body, False, None)
            just_closed = False
            retold = why is not None and why != _NOT_YET
            if retold:
                run.append((s, e, why or None))
            continue
        blocked = bool(_DOUBLE_QUOTE.search(body)) or mask.blocked(s, e)
        verdict = None
        if open_run and not blocked and len(run) < 8:
            verdict = _goes_on(body, s < para_end, doubt, side)
            if verdict == _NOT_YET and not skipped:
                skipped = True
                continue
        if verdict is not None and verdict != _NOT_YET:
            run.append((s, e, verdict or None))
            tail = body
            continue
        if open_run and verdict is None and credits and captioned(text, s, e, credits):
            continue
        # the story told again after page chrome cut the run: its last sentence, repeated,
        # lets the run go on (`…키로 했다. [chrome] …키로 했다. B는 …할 방침이다.`)
        if blocked and run and not open_run and body == tail and mask.in_duplicate(s, e):
            open_run, skipped, para_end = True, False, end_of_line(text, e)
            continue
        open_run = False
        why = None if blocked else _opener(body, prev, not run)
        # (after the signing so told, `A는 …을 지원하고, B는 …을 추진한다`: each party's share)
        if why is None and signed is not None and not blocked and _shares_told(body):
            why = ""
        prev = body
        if why is None:
            continue
        doubt = why or None
        run.append((s, e, doubt))
        core = _core(body)
        side = None if JOINT.match(core) else _body_topic(core)
        tail = body
        open_run, skipped, para_end = True, False, end_of_line(text, e)
        # `주요 내용은 A, B 등이다`: the terms in full
        closed = just_closed = bool(
            re.search(r"(?:내용|사업|과제)(?:은|는|으로는|로는)\s.*(?:이다|있다)\.?$", body)
        )
    out: list[Commitment] = []
    for s, e, why in run:
        # `이번 협약은 …하는 것으로 …에 일조하고`: the deed only, not the good it does
        lstripped = len(text[s:e]) - len(text[s:e].lstrip())
        cut = gist_that(text[s + lstripped : e])
        if cut >= 0:
            e = s + lstripped + cut
        lead = _lead_near(text, s, e)
        from summarizer.structure.clauses import clauses  # (loaded once a sentence is cut)
        from summarizer.structure.enumeration import enumeration

        # `협약은 A, B, C를 골자로 한다`: the content's list, parted at its commas
        found = enumeration(text, s, e) or clauses(text, lead.start() if lead else s, e)
        kept = [
            c
            for c in found
            if not _HOPE.search(c.text) and not _COUNTED.search(c.text) and not no_term(c.text)
        ]
        out += doubted(kept, why)
    if not out:
        from summarizer.structure.en_commitments import english_commitments  # (loaded here)

        return doubted(english_commitments(text, mask, limit), None)
    return out[:limit]


def forget_cores() -> None:
    """Let the sentences read so far go (a new page: `find_commitments` asks at its start)."""
    _core.cache_clear()


# shared with structure.follow_ups
PROMISE = _PROMISE
promises = _promises
in_the_agreement = _in_the_agreement  # (and with structure.shares)
strip_openers = _core
PARTY_STEM = _PARTY_STEM
PLEDGE_END = _PLEDGE_END
CARRY_OUT = _CARRY_OUT


dated_event = _dated_event  # (and with structure.plans)
has_topic = _has_topic
lead_near = _lead_near


def not_a_term(item: str) -> bool:
    """Whether a clause cut from a pledge is no term: a hope, a count of the terms, a view,
    the signing or goodwill alone (as the run of pledges leaves them out)."""
    return bool(_HOPE.search(item) or _COUNTED.search(item) or no_term(item))


def quoted(text: str) -> bool:
    """Whether `text` carries a double quotation mark (curly or straight): a sentence that quotes
    someone is speech, not the agreement's own plan (whether a place lies inside a quotation is
    another question: `quote_marks.quote_open`)."""
    return "“" in text or "”" in text or '"' in text
