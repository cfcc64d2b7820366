"""Plans told apart from the terms: the rest of the story's pledges, wherever they stand.

`두 기관은 협약에 따라 A를 공유하고 B를 늘리기로 했다. … 가람청은 이번 협약을 계기로 워크숍을
…에서 개최하고, … 교류 프로그램을 추진할 방침이다.` The first run of prose pledges is read by the
other readers; a plan told later in such a story is a commitment as well. After a list of
terms (`▲A ▲B`) only a plan standing alone is: the parties' own (`앞으로 양측은 …할 예정이다`,
`이를 통해 …할 계획이다`) or one party's the agreement leads to with no other party's share
beside it (`A는 이번 협약을 계기로 …할 방침이다`); the sides' shares told in turn after a
list elaborate it (../shared/eval's gold counts the list alone there). One reader of such a
sentence, whatever else the page holds, run after the others:

- it promises: `…하기로 했다`, `…할 계획/예정/방침이다`, `…을 약속했다` (found from those
  words, `str.find`, then a suffix test of the sentence around); or it is one party's deed in
  the present tense (`…을 구축한다`, `…에 나선다`, `…을 제공하게 된다`) beside another party's
  share, the agreement leading the first (`이번 협약에 따라 A는 …한다. B는 …한다.`) or a
  party's pledge just read (`…협조키로 했다. B는 …을 실시한다. C도 …에 나선다.`): found from
  the agreement's lead (`협약에 따라`) or from the sentence after a pledge or a share, never by
  visiting every sentence; or, where no list stands, it tells what the agreement leading it
  brings about (`이번 협약으로 A는 …을 개방할 수 있게 됐다`, `협약에 따라 B는 …을 구축하게
  되었다`: the agreement itself leads it, not `이를 통해`);
- something ties it to the agreement: the agreement leads it (`이번 협약을 계기로/통해/시작으로`,
  `협약에 따라`); or its subject is the parties together right after a pledge, or after
  `향후`/`앞으로`; or the signers named as a group (`협약 기업들은`); or no subject, after a
  pledge, opened by a connective or `이를 통해` (`아울러 …할 계획이다`). One party's own plan
  (`sides`, or a short form: `공단은` for `국민연금공단`) with none of these counts as one of
  the parties' shares told in turn (`A는 …할 예정이다. B는 …할 계획이다.`), or, where no list
  stands, as that party's share where the story tells it in its terms part: before the
  speakers' words (`_SPEECH`), with no time of its own ahead (`A는 2030년까지 …`, `올해`:
  its own target, `_OWN_TIME`); its `등` list and the deed it is the object of stay one item
  (`A는 B, C 등을 연계한 체계를 구축하기로 했다`);
- it is no quotation, no dated step (`오는 5월`, `다음 달`, `3일부터`), no side note (`한편
  시는 …`), no standing policy (`앞으로도 …`), no list's intro (`다음 사항에`), no further
  signing told (`…실무협약을 체결하여 …`), and no sentence another reader took already.

Its clauses are cut as any pledge's are (`clauses`); an item the page already holds in other
words, what was done already (`…했으며`), a bond kept (`관계를 공고히`) and a clause pointing
back (`이같은 목표를 …`) are not added. One party's own plan, or a plan whose subject is unsaid,
is marked low.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections.abc import Callable
from typing import NamedTuple

from summarizer.lazy import lazy_compile
from summarizer.models.records import Commitment
from summarizer.structure.clause_leads import CONNECTIVE, JOINT, joint_opening
from summarizer.structure.items import similar
from summarizer.structure.lines import Mask, sentence_split
from summarizer.structure.pledge_reading import plain
from summarizer.structure.prose import (
    AGREEMENT_WORD,
    AGREEMENT_WORDS,
    dated_event,
    doubted,
    has_topic,
    lead_near,
    not_a_term,
    promises,
    quoted,
    strip_openers,
)
from summarizer.structure.share_topics import bare as bare_name
from summarizer.structure.share_topics import topic as party_topic

# the endings a promise closes on (asked first, as suffixes: most sentences end otherwise)
_PROMISE_ENDS = (
    *("계획이다", "예정이다", "방침이다", "약속했다", "약속하였다", "합의했다", "합의하였다"),
    *("로 했다", "로했다", "로 하였다", "로하였다"),
)
# the words a promise holds near its end (`…할 계획이다`, `…하기로 했다`, `…을 약속했다`)
_CUES = (
    "계획이",
    "예정이",
    "방침이",
    "로 했",
    "로했",
    "로 하였",
    "로하였",
    "약속했",
    "약속하였",
    "합의",
)
# a speaker's words (`"…"이라며`, `"…"고 말했다`): the terms part of the story ends there
_SPEECH = lazy_compile(r'[“"][^”"\n]{12,}[”"]\s*(?:이?라며|이?라고|고\s)')
# a time of the party's own ahead (`2030년까지`, `올해`, `내년`, `연내`): the plan is its own
# target or schedule (`A는 올해 대출 규모를 두 배로 늘릴 계획이다`), no share of the agreement
_OWN_TIME = lazy_compile(r"\d{4}년\s*(?:상반기|하반기|말)?\s*까지|올해|내년|연내|연말")
# the agreement leading a sentence (`이번 협약에 따라 A는 …을 구축한다`): a share may open there
_LEAD_CUES = ("협약에 따라", "협약을 통해", "협약으로")
# the cues as one pattern each way (with and without the leads): one scan of the page's rest
# for all of them, not a `str.find` pass per cue (no cue overlaps another inside a sentence, so
# the sentences found are those the passes found)
_CUED = lazy_compile("|".join(_CUES))
_CUED_OR_LED = lazy_compile("|".join((*_CUES, *_LEAD_CUES)))
# a side note turning away from the agreement (`한편 시는 …`, `한편, 군은 …`)
_ASIDE = ("한편 ", "한편,")
# a day or month named in the sentence (`3일부터`, `24일까지`, `다음 달`, `오는 5월`): a dated
# step, no standing term
_DAY = lazy_compile(
    r"\d일(?:부터|까지|에|\s|,)|다음\s*달|내달|이달\s|오는\s*\d+월|\d+월\s*(?:중|까지|부터|초|말)"
)
# a start with no end (`오는 3월부터`, `내년부터`, `다음 달부터는`): a standing term from then on,
# not a schedule (`3일부터 24일까지 공모를 진행할 예정이다` names its end)
_OPEN_START = lazy_compile(
    r"(?:(?:오는\s*)?(?:\d{1,2}월(?:\s*\d{1,2}일)?|\d{1,2}일)|내년|다음\s*달|내달|새해)\s*부터는?,?\s"
)
# the start opening the sentence, after an opening `또`/`특히` (`오는 3월부터는 …하기로 했다`)
_STARTS_WITH_DATE = lazy_compile(r"^(?:(?:또|또한|특히|아울러)\s*,?\s*)?" + _OPEN_START.pattern)


def _open_start(body: str) -> bool:
    """Whether the sentence's date is a start with no end (`오는 3월부터`, no `까지` after it)."""
    if "부터" not in body:  # (every match holds it: no class-led scan of the sentence)
        return False
    m = _OPEN_START.search(body)
    return m is not None and "까지" not in body[m.start() :]


# what the agreement has brought about (`…할 수 있게 됐다`, `…을 구축하게 되었다`)
_CAME_TO = ("게 됐다", "게 되었다", "게됐다", "게 됐습니다", "게 되었습니다")
# a deed the party comes to do (`제공하게 된다`): as a deed in the present tense
_BECOMES = ("게 된다", "게된다")
# a passive, a state, a hope, a view, hearsay, a duty or an aim, though they close in `ㄴ다`
_NOT_DEED_ENDS = (
    *("된다", "기대한다", "라고 한다", "다고 한다", "야 한다", "본다", "보인다"),
    *("목표로 한다", "으로 한다", "필요로 한다"),
)
# the intro of a list (`양 기관은 다음 사항에 협력하기로 했다`): the list holds the terms
_INTRO = ("다음 사항", "아래 사항", "다음과 같", "아래와 같")
# the party's standing policy, going on as before (`시는 앞으로도 …할 계획이다`): no new term
_AS_BEFORE = ("앞으로도", "향후에도", "앞으로 계속")
# what was done already, told before the plan (`…공관을 지정했으며 …을 구축할 계획이다`)
_DONE = lazy_compile(r"(?:했|였|됐|었|았|왔)(?:으며|고)(?:[\s,]|$)")
# a signing told (`…실무협약을 체결하여 …할 예정이다`, `…협약을 체결하고 …하기로 했다`): the
# sentence is about that agreement, what it lists are no terms of this one (not `이번 협약
# 체결을 계기로`, the agreement leading)
_SIGNS = lazy_compile(r"(?:협약|협정|MOU|양해각서|결연)[을를]\s*(?:체결|맺)")
# what a clause points back to (`이같은 목표를 …위해 협력`): no content of its own
_POINTS_BACK = ("이같은", "이와 같은", "이러한", "이런")
# the agreement as a start (`이번 협약을 시작으로 향후 …`): a lead the prose reader does not take
_STARTED = lazy_compile(r"(?:협약|협정|MOU|양해각서|결연)[을를]\s*(?:시작으로|출발점으로|발판으로)")
# from now on (`향후 양 기관은 …`, `앞으로 두 기관은 …`; not `앞으로도`, as before)
_FORWARD = ("향후 ", "향후,", "앞으로 ", "앞으로,")
# where a lead or a start holding one of them must stand (prose's lead ends by its 64th
# character, `_STARTED` is asked there)
_LED_WITHIN = 64
# a bond kept, no deed (`협력사와 관계를 공고히`, spaces squashed): goodwill, as `no_term` has it
_BOND_ENDS = ("관계를공고히", "관계를강화", "관계를돈독히", "유대를강화", "유대를공고히")
# bodies named by what they are, the parties of a signing among many (`협약 기업들은`)
_GROUP_HEADS = ("협약", "참여", "참가")


class Told(NamedTuple):
    """What a plan's sentence tells: why its items are doubted ("" when they are not), the
    party whose own plan it is ("" for the parties together or none named), and whether it
    stands alone (False: only as one of the parties' shares told in turn)."""

    why: str
    party: str
    alone: bool


def _whose(body: str, names: frozenset[str], after_pledge: bool) -> Told | None:
    """What a promising sentence tells (`Told`), or None when it is no plan of the parties
    (`after_pledge`: the sentence before held a pledge)."""
    core = strip_openers(body)
    joint = JOINT.match(core)
    if joint or joint_opening(core):
        # (the parties together, where the agreement, the pledge just read or `향후` leads to
        # it: not a detail of the work told among others, `두 기관은 …자문단을 꾸려 …검증받기로
        # 했다` after how the work is done; `양 기관은 앞으로 …할 계획이다` closing the story
        # after the speakers' words looks forward as `앞으로 양 기관은` does)
        ahead = joint is not None and core[joint.end() :].lstrip().startswith(_FORWARD)
        led = after_pledge or _agreement_led(body) or body.startswith(_FORWARD) or ahead
        return Told("", "", True) if led else None
    if body.startswith(_ASIDE):
        return None
    topic = party_topic(body, names) or _also(core, names)
    if topic is not None:
        if not _is_side(topic, names):
            return None
        # (one party's own plan is the agreement's where the agreement leads to it, `A는 이번
        # 협약을 계기로 …`, or names them, `협약 기업들은 …`; else as one of the parties'
        # shares told in turn, `A는 …할 예정이다. B는 …할 계획이다.`, or alone where the story
        # tells it among the terms: `told_plans` asks where it stands)
        if _agreement_led(body) or topic.startswith(_GROUP_HEADS):
            return Told("one party's plan", topic, True)
        return Told("one party's plan", topic, False)
    if has_topic(core):
        return None  # someone else's plan (`지역 주민들은 …`, `현장 진단은 …`)
    if _agreement_led(body) or (after_pledge and (CONNECTIVE.match(body) or lead_near(body))):
        return Told("no stated subject", "", True)
    return None


def _one_side(body: str, names: frozenset[str]) -> str | None:
    """The one party a sentence is about (`A는 …`), not the parties together (`두 기관은`)."""
    core = strip_openers(body)
    if JOINT.match(core) or joint_opening(core):
        return None
    side = party_topic(body, names)
    return side if side is not None and _is_side(side, names) else None


def _also(core: str, names: frozenset[str]) -> str | None:
    """A party named as the topic with `도` (`㈜가람도 …에 나선다`: one more share), where its
    name is one of the parties'."""
    word = core.split(maxsplit=1)[0] if core else ""
    if not word.endswith("도") or len(word) < 3:
        return None
    name = bare_name(word[:-1])
    return word[:-1] if name in names else None


def _bond(item: str) -> bool:
    """A short clause that only keeps a bond (`협력사와 관계를 공고히`)."""
    squashed = "".join(item.split())
    return len(squashed) <= 16 and squashed.endswith(_BOND_ENDS)


def _points_back(text: str, c: Commitment) -> bool:
    """Whether the item opens on (or right after) a word pointing back: `이같은 목표를 …`."""
    before = text[max(0, c.start - 7) : c.start].rstrip()
    return c.text.startswith(_POINTS_BACK) or before.endswith(_POINTS_BACK)


def _agreement_led(body: str) -> bool:
    """Whether the agreement itself leads the sentence (`이번 협약을 계기로`, `협약에 따라`,
    `이번 협약을 시작으로`); `이를 통해`, `이에 따라` lead from the sentence before, which must
    then be a pledge."""
    head = body[:_LED_WITHIN]
    if not any(w in head for w in AGREEMENT_WORDS):
        return False  # (both tests below ask an agreement's word in the first 64 characters)
    m = lead_near(body)
    if m is not None and AGREEMENT_WORD.search(m.group(0)) is not None:
        return True
    return _STARTED.search(body, 0, _LED_WITHIN) is not None


def _is_side(topic: str, names: frozenset[str]) -> bool:
    """Whether a topic names a party: the name itself, its short form (`공단`, `군`), the
    name with its office (`동구청` for `동구`), or the signers as a group (`협약 기업`)."""
    if topic.startswith(_GROUP_HEADS):
        return True
    word = bare_name(topic.split()[-1])
    if not names:
        return True  # (the parties were not found: the topic's own form is all there is)
    return any(word == n or n.endswith(word) or (len(n) >= 2 and word.startswith(n)) for n in names)


def told_plans(
    text: str,
    mask: Mask,
    body_start: int,
    found: list[Commitment],
    sides: tuple[str, ...] = (),
    limit: int = 6,
    listed: bool = False,
) -> list[Commitment]:
    """The plans of the parties told in sentences no other reader took (see the module).
    `listed`: the page lists its terms; only a plan standing alone is read then."""
    starts, bounds = sentence_split(text)
    # (after a list only a plan standing alone counts: no share in turn is looked for there)
    deeds = not listed
    # (after a list, from its first item on: what comes before it leads into it)
    begin = min((c.start for c in found if c.section == "body"), default=body_start)
    queue = _cued(text, starts, bisect_left(starts, begin), deeds)
    if not queue:
        return []  # (no promise's word nor lead from there on: nothing to read)
    names = frozenset(b for b in map(bare_name, sides) if b)  # (the parties' bare names)
    at = sorted(c.start for c in found)
    plans: list[tuple[int, int, int, Told]] = []  # (sentence no., start, end, what it tells)
    read: set[int] = set()  # the sentences another reader took, where asked
    # (the sentence numbers still to read, kept sorted: a handful, so a sorted list with
    # `insort` serves as the queue; `heapq` would be one module more in every start)
    seen = set(queue)
    speech = -1  # where the speakers' words begin (read once, when first asked)
    while queue and len(plans) < limit:
        n = queue.pop(0)
        s, e = bounds[n]
        if _read(at, s, e):
            read.add(n)
            if deeds:
                _visit(queue, seen, n + 1, len(bounds))  # (a share told in turn may follow it)
            continue
        body = plain(text[s:e].strip())
        promised = body.rstrip(" .").endswith(_PROMISE_ENDS) and promises(body)
        # (what the agreement brings about: `이번 협약으로 A는 …을 개방할 수 있게 됐다`)
        outcome = deeds and not promised and _outcome(body)
        if not promised and not outcome and not (deeds and _deed_now(body)):
            continue
        # the sentence before held a pledge (a connective or a party's share goes on from it)
        before = _before(text, bounds, n)
        after_pledge = before >= 0 and (
            _read(at, *bounds[before]) or any(m == before for m, _, _, _ in plans)
        )
        told = _plan(text, mask, s, e, body, names, after_pledge)
        if told is not None and told.party and not told.alone and promised and not listed:
            # (one party's own plan in the terms part of the story: before the speakers, with
            # no time of its own ahead, `A는 2030년까지 …을 늘릴 계획이다` being its target)
            if speech < 0:
                speech = _first_speech(text, begin)
            if s < speech and _OWN_TIME.search(body) is None:
                told = told._replace(alone=True)
        if told is not None and not promised and not outcome:
            # (a deed in the present tense is a party's share only beside another's:
            # `A는 …을 구축한다. B는 …을 지원한다.`, never a plan standing alone)
            told = Told(told.why, told.party, False) if told.party else None
        if told is not None:
            plans.append((n, s, e, told))
            if deeds:
                _visit(queue, seen, n + 1, len(bounds))

    def read_side(m: int) -> str | None:
        """The one party whose share another reader took in sentence `m`, if it did."""
        if m not in read:
            return None
        return _one_side(plain(text[bounds[m][0] : bounds[m][1]].strip()), names)

    out: list[Commitment] = []
    for n, s, e, told in plans:
        if not told.alone and (listed or not _in_turn(plans, read_side, n, told.party)):
            continue  # one party's own plan after the joint pledge: no share of it
        if listed and told.party and _in_turn(plans, read_side, n, told.party):
            continue  # (after a list, the sides' shares told in turn elaborate it)
        from summarizer.structure.clauses import clauses  # (loaded once a sentence is cut)

        items = [
            c
            for c in clauses(
                text, s + len(text[s:e]) - len(text[s:e].lstrip()), e, whole_lists=bool(told.party)
            )
            if len(c.text) >= 4
            and not not_a_term(c.text)
            and _DONE.search(c.text) is None
            and not _bond(c.text)
            and not _points_back(text, c)
            and not any(similar(c.text, o.text) for o in (*found, *out))
        ]
        out += doubted(items, told.why or None)
    return out


def _first_speech(text: str, begin: int) -> int:
    """Where the first quotation a speaker says stands from `begin` on (the text's end: none)."""
    m = _SPEECH.search(text, begin)
    return m.start() if m else len(text)


def _cued(text: str, starts: list[int], first: int, leads: bool) -> list[int]:
    """The numbers of the sentences from `first` on holding a promise's word (`leads`: or the
    agreement's lead, `_LEAD_CUES`), found from the words (one scan for all of them), not by
    visiting every sentence of the page."""
    begin = starts[first] if first < len(starts) else len(text)
    cues = _CUED_OR_LED if leads else _CUED
    return sorted({bisect_right(starts, m.start()) - 1 for m in cues.finditer(text, begin)})


def _visit(queue: list[int], seen: set[int], n: int, count: int) -> None:
    """Queue sentence `n` (the one after a pledge or a share) once, if the page holds it."""
    if n < count and n not in seen:
        seen.add(n)
        insort(queue, n)


def _deed_now(body: str) -> bool:
    """Whether the sentence closes on a deed in the present tense (`구축한다`, `알린다`,
    `맡는다`, `제공하게 된다`; shares.py's `_DEED_NOW` in any stem): suffix tests, not a
    passive, a state, a hope, a view or hearsay."""
    end = body.rstrip(" .")
    if end.endswith(_BECOMES):
        return True
    if len(end) < 2 or end[-1] != "다" or end.endswith(_NOT_DEED_ENDS):
        return False
    last = ord(end[-2]) - 0xAC00  # (`한`, `린`, `선`: a syllable closed by ㄴ; or `는다`)
    return end[-2] == "는" or (0 <= last < 11172 and last % 28 == 4)


def _outcome(body: str) -> bool:
    """Whether the sentence tells what the agreement it opens on brings about (`이번 협약으로
    A는 …을 개방할 수 있게 됐다`, `협약에 따라 B는 …을 구축하게 됐다`): a suffix test, then the
    lead asked (the agreement itself, not `이를 통해`, leads: what came of something else is
    no term of this one)."""
    return body.rstrip(" .").endswith(_CAME_TO) and _agreement_led(body)


def _read(at: list[int], s: int, e: int) -> bool:
    """Whether an item another reader found starts in the sentence `s:e`."""
    k = bisect_left(at, s)
    return k < len(at) and at[k] < e


def _before(text: str, bounds: list[tuple[int, int]], n: int) -> int:
    """The number of the last sentence before `n` that is not blank (-1: none)."""
    k = n - 1
    while k >= 0 and not text[bounds[k][0] : bounds[k][1]].strip():
        k -= 1
    return k


def _in_turn(
    plans: list[tuple[int, int, int, Told]],
    read_side: Callable[[int], str | None],
    n: int,
    party: str,
) -> bool:
    """Whether another party's own plan or share (`read_side`: one another reader took)
    stands right before or after sentence `n`."""
    if any(abs(m - n) == 1 and t.party and t.party != party for m, _, _, t in plans):
        return True
    return any((side := read_side(m)) is not None and side != party for m in (n - 1, n + 1))


def _plan(
    text: str,
    mask: Mask,
    s: int,
    e: int,
    body: str,
    names: frozenset[str],
    after_pledge: bool,
) -> Told | None:
    """What `_whose` tells of a promising sentence, or None when it is no plan to read."""
    if quoted(body) or any(w in body for w in _INTRO) or any(w in body[:40] for w in _AS_BEFORE):
        return None
    if mask.blocked(s, e):
        return None
    if _SIGNS.search(body):
        return None
    started = _open_start(body)
    if _DAY.search(body) and not started:
        return None  # a dated step (`이달 3일부터 24일까지 공모를 진행할 예정이다`): a schedule
    # `오는 3월부터는 …을 개방하기로 했다` right after a pledge: the terms go on from that date
    lead = _STARTS_WITH_DATE.match(body) if started else None
    if lead is not None and after_pledge and not has_topic(strip_openers(body[lead.end() :])):
        return Told("no stated subject", "", True)
    told = _whose(body, names, after_pledge)
    return None if told is None or (dated_event(body) and not started) else told
