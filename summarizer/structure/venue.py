"""Venues: `… 본사 대회의실에서`; regions trimmed (captions and earlier occasions: venue_caption.py;
English venues, `at the Government Complex Sejong`, `in Seoul on Monday`: venue_en.py)."""

from __future__ import annotations

import re

from summarizer.facts.datewords import (
    ANAPHORIC,
    DAYPARTS,
    DEICTIC,
    PAST_NEXT,
    RELATIVE,
    SAME_DAY,
    words_pattern,
)
from summarizer.lazy import lazy_compile
from summarizer.lexicon import (
    COUNTRIES,
    JOINT_WORDS,
    OWN_SITES,
    PROVINCE_ENDINGS,
    PROVINCES,
    SIGNING_CEREMONIES,
    TITLE_WORDS,
    TOWN_CLASS,
    alternation,
    count_group,
    ending,
    final_of,
)
from summarizer.lexicon.joins import DESCRIPTIVE_STEMS
from summarizer.models.records import Fact, Span
from summarizer.structure.lines import span
from summarizer.structure.quote_marks import quote_open
from summarizer.structure.venue_other import other_occasion, visited_place

VENUE_WORDS = lazy_compile(
    # (a station, `대전역`, closes its word, and is no word of two syllables: `지역사회`, `무역`,
    # `지역`, `영역` name none)
    r"층|실|홀|센터|룸|관|호텔|청사|본사|본점|타워|회의|강당|"
    r"(?<!(?<![가-힣])[지영권전해유무번광구])역(?![가-힣])|"
    r"사옥|컨벤션|기념관|빌딩|사무소|"
    r"Room|Hall|Center|Centre|Tower|Hotel|[Hh]eadquarters|[Oo]ffice|[Bb]uilding|Plaza|COEX|Complex|"
    r"Campus|Auditorium|Convention|University|College|City\s+Hall|Office|" + TOWN_CLASS + "청$"
    # a chamber, an embassy, a palace or a museum hosts signings too (`the US Chamber of Commerce`)
    r"|Chamber|Embassy|Consulate|Palace|Residence|[Gg]uest\s*[Hh]ouse|Museum|Library|Stadium|Arena|Pavilion|Resort"
)
_PROVINCE = re.compile(rf"^{alternation(list(PROVINCES))}{alternation(PROVINCE_ENDINGS)}?$")
_LEAD_DAY = re.compile(
    r"(?:(?:" + words_pattern((*ANAPHORIC, *DEICTIC, *DAYPARTS))
    # (a day or clock time the facts left unread: `다.17일 서울 …`, `11시 30분`)
    + r"|(?:" + words_pattern(PAST_NEXT) + r"\s*)?\d{1,2}일(?:\s*\([^()]{1,3}\))?"
    + r"|\d{1,2}시(?:\s*\d{1,2}분|\s*반)?)\s+)+"
)  # fmt: skip
_BARE_SITE = ending(OWN_SITES)  # `대전 본사` keeps its city


_ONLINE_TOO = re.compile(
    r"\s*(?:및|과|와|,|/|\+)\s*(?:온라인|유튜브|비대면|화상)\S*(?:\s+\S+){0,3}\s*$"
)
_ADDRESS_AFTER = re.compile(r"\s*\([^()]*(?:로|길|동|구|시|군)\s*\d*[^()]*\)\s*$")
_TOKEN = re.compile(r"\S+")
_LOCAL_WORD = lazy_compile(r"[가-힣]{1,4}(?:구|군|시|읍|면|동)")
_TWO_SYLLABLES = lazy_compile(r"[가-힣]{2}")


def strip_region(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a leading `서울 종로구` / `경북 김천` and a trailing `(서울 영등포구 …)` address."""
    seg = text[start:end]
    online = _ONLINE_TOO.search(seg)
    if online:  # `… 대강당 및 온라인 동시 중계`: the hall is the venue
        end = start + online.start()
        seg = text[start:end]
    m = _ADDRESS_AFTER.search(seg)
    if m:
        end = start + m.start()
        seg = text[start:end]
    start += len(seg) - len(seg.lstrip())
    seg = text[start:end]
    lead = _LEAD_DAY.match(seg)  # `이날 오전 서울 …`, `전날 …`, `지난 14일 …`
    if lead:
        start += lead.end()
        seg = text[start:end]
    tokens = list(_TOKEN.finditer(seg))
    k = 0
    if tokens and _PROVINCE.match(tokens[0].group(0)):
        k = 1
        while k < len(tokens) - 1:
            tok = tokens[k].group(0)
            if _LOCAL_WORD.fullmatch(tok) or (
                k == 1 and _TWO_SYLLABLES.fullmatch(tok) and not VENUE_WORDS.search(tok)
            ):
                k += 1
            else:
                break
    if 0 < k < len(tokens) - 1 or (
        k == len(tokens) - 1 and not _BARE_SITE.match(seg[tokens[k].start() :])
    ):
        start += tokens[k].start()
    return start, end


_WHEN_WORD = re.compile(
    r"(?:최근|앞서|현지시간|" + words_pattern((*RELATIVE, *ANAPHORIC)) + r")\s+"
)


_HELD_CEREMONY = re.compile(
    # (`… 조직위원회에서 열린 협약에는`: the agreement held there, ceremony or not)
    r"\s+(?:열린|개최된|진행된)\s+(?:이번\s+)?\S*(?:협약|체결식|서명식|협정|결연|MOU)"
    # `양측은 이날 오전 누리재단에서 협약식을 열고`: the ceremony held there
    r"|\s+(?:이번\s+)?\S*(?:협약식|체결식|서명식|협정식|조인식|결연식)[을를]\s*(?:열|가졌|가진|갖|개최|진행)"
)
# `협약식은 가온시 소재 다온재단 본부에서 진행됐다`: the ceremony, the subject, held at X
_CEREMONY_HELD_HERE = re.compile(
    r"\W*(?:(?:이번|"
    + words_pattern(SAME_DAY)
    + r")\s*)?\S*(?:협약식|체결식|서명식|협약|MOU)[은는이가]\s"
    r"(?=[^.\n]*에서\s+(?:\S+(?:로|히|게)\s+)?(?:진행|개최|열렸|거행))"
)
_CUTS: tuple[str, ...] = (
    ", ",
    "는 ",
    "은 ",
    ") ",
    "와 ",
    "과 ",
    "위해 ",
    "통해 ",  # `페이스북을 통해 X에서`: a means, no part of the venue
    "가운데 ",
    "따르면 ",
    "중인 ",
)
# `협약식이 열린 X`, `가온시 소재 X`, `여의동에 위치한 X`
_CUTS += ("열린 ", "진행된 ", "개최된 ", "소재 ", "위치한 ")
_TOPIC_CUT = lazy_compile(r"\S+에\s+있는\s")
# `… 명지대 총장이 시청에서`: the signer before the venue ends at its subject particle
# (asked only for where its last match ends: the same as where the last `\S*` + this does, as
# no title holds a space, and without `\S*` the engine skips ahead to a title's first letter
# instead of trying every title at every split of every word; a test compares them)
_SIGNER_CUT = re.compile(rf"{alternation(TITLE_WORDS)}[이가]\s")


# `A와 B가 X에서`, `…농협이 X에서`: a subject ends before the venue; `…맺은 뒤 X에서`: a clause;
# a caption's `… 부회장(왼쪽 세번째)이 X에서`: the aside between the subject and its particle;
# `‘… 협약 체결식’이 X에서 열렸다`: a quoted name closing before its particle
_SUBJECT = re.compile(r"([가-힣])(?:\([^()\n]{1,20}\))?[’'”\"」』]?([이가])\s")
_CLAUSE_END = re.compile(r"([가-힣])\s+(?:뒤|후)(?:에)?\s")
# `… 업무협약을 본점에서 체결했다`: the object before the venue (`을` after a final consonant,
# `를` after none: the `을` of `마을 회관` ends no object)
_OBJECT = re.compile(r"([가-힣])[’'”\"」』]?([을를])\s")
# `10시부터 X에서`: the particle of a time the facts end before
_LEFT_PARTICLE = re.compile(r"\s*(?:부터|까지|경|께|쯤)(?=\s)")
# `다양한 분야에서`, `여러 측면에서`: an abstract noun, no venue; nor a council's session (`본회의`);
# `사회공헌 분야 등에서`: its `등` (and so on) after it
_ABSTRACT = re.compile(
    r"(?:분야|부문|영역|측면|차원|과정|방면|범위|수준|시점|단계|방식|형태|가운데|본회의|임시회|정례회)"
    r"(?:\s*등)?$"
)
# `가온에서 성장한 향토기업`, `다온에서 운영하는 카페`: the `에서` of a clause describing a noun
# (a verb's adnominal, `-한`/`-된`/`-하는`/`-난`/`-던`), no occasion's venue; not a verb of holding or
# signing (`본사에서 진행된 …`, `X에서 만난 두 대표는`), nor a descriptive adjective (`시청에서 다양한
# 분야의 …`) or one before the occasion (`회의실에서 조촐한 협약식을 갖고`), nor a person's name before
# a title (`교내에서 박가한 총장과`)
_DESCRIBING = lazy_compile(
    r"\s+(?!(?:열|개최|진행|만나|만난|가진|갖|맺|체결|서명|마련|치러|치른|거행|있은|모인|모여|참석|교환"
    r"|조인|합의|협약|출범|발표)[가-힣]*\s)(?!"
    + alternation(DESCRIPTIVE_STEMS)
    + r"(?:한|하는)\s)[가-힣]{1,4}(?:한|된|하는|되는|난|던)\s+"
    r"(?![^\s.]*(?:협약|협정|체결|서명|결연|행사|식|자리|MOU|회의|만남)|"
    + alternation(TITLE_WORDS)
    + ")"
)
# `… 참석한 이날 업무협약식에서 A는 …`: at the ceremony, an occasion, no hall (a quoted name,
# `‘… 업무협약식’에서`, too; `협약식장` is a hall)
_CEREMONY_ONLY = lazy_compile(alternation(SIGNING_CEREMONIES) + r"[’'”\"」』]?$")


# a head's bracket after a body's name, `(본부장 김가온)` or `(김가온 이사장)`, with a word after it
_HEAD_ASIDE = lazy_compile(
    r"(?<=[가-힣])\((?:"
    + alternation(TITLE_WORDS)
    + r"\s+[가-힣]{2,4}|[가-힣]{2,4}\s+"
    + alternation(TITLE_WORDS)
    + r")\)(?=\s)"
)


def venue_text(place: str) -> str:
    """The venue without a head's bracket inside it: `A 본부(본부장 김가온) 사무실` -> `A 본부 사무실`."""
    return _HEAD_ASIDE.sub("", place) if "(" in place else place


def _signer_cut(plain: str) -> int:
    """Where the last `… 총장이 ` (a title and its subject particle) before a venue ends, or -1."""
    end = -1
    for m in _SIGNER_CUT.finditer(plain):
        end = m.end()
    return end


def _clause_cut(plain: str) -> int:
    """Where the last subject (`…농협이 `) or `…은 뒤 ` clause before a venue ends, or -1.

    The particle is read by the syllable it follows: `이` after a final consonant (`농협이`), `가`
    after none (`센터가`); `뒤`/`후` after an adnominal ending in ㄴ (`맺은 뒤`, `마친 후`).
    """
    cut = -1
    for m in _SUBJECT.finditer(plain):
        final = final_of(m.group(1))
        if (m.group(2) == "이") == bool(final) and m.start() > 0 and plain[m.start() - 1] != " ":
            cut = max(cut, m.end())
    for m in _OBJECT.finditer(plain):
        final = final_of(m.group(1))
        if (m.group(2) == "을") == bool(final) and m.start() > 0 and plain[m.start() - 1] != " ":
            cut = max(cut, m.end())
    for m in _CLAUSE_END.finditer(plain):
        if final_of(m.group(1)) == 4:  # ㄴ
            cut = max(cut, m.end())
    return cut


# `… 대회의실에서`; `협약식은 … 대회의실에 열렸다`: the bare `에` of where an occasion was held
# (`가온시청에서는 14일 … 협약식이 열렸다`: the topic particle after it)
# (`…중회의실에서「…업무협약」을 체결했다`: an opening mark right after it, the agreement's name)
_AT = re.compile(
    r"에서(?=(?:는)?[\s,]|[「『‘“<《〈])"
    r"|에(?=\s+(?:열렸|열린|진행됐|진행되었|진행된|개최됐|개최되었|개최된))"
)
# `업무협약식(가온시청 대회의실)을 가졌다`: the hall in an aside after the ceremony
_CEREMONY_ASIDE = lazy_compile(rf"{alternation(SIGNING_CEREMONIES)}\(([^()\n]{{2,30}})\)")


# `각 기관에서 서명한 협약서를 교환`: each side at its own office, no venue (`각 지자체
# 영상회의실` names the rooms: kept)
_EACH = re.compile(
    r"(?:^|\s)(?:" + count_group(partners=False) + "|" + alternation((*JOINT_WORDS, "각자")) + ")$"
)


def _quoted(text: str, s: int, at: int, anchors: list[int]) -> bool:
    """Whether `at` lies inside a quotation opened since `s` with no day or time in it before
    `at` (`“… 힐링도시 문경에서 협약을 맺게 되어`): a speaker's words, no report of the venue
    (`“지난달 27일 누리공원 세미나실에서 … 맺었다”고 밝혔다` reports one)."""
    opened = quote_open(text, s, at)
    return opened >= 0 and not any(opened < a <= at for a in anchors)


def korean_place(text: str, s: int, e: int, facts: list[Fact]) -> Span | None:
    sent = text[s:e]
    anchors = [f.end for f in facts if s <= f.start < e and f.kind in ("date", "time")]
    for m in _AT.finditer(sent):
        at, after = s + m.start(), s + m.end()
        if _quoted(text, s, at, anchors):
            continue
        if other_occasion(text, after):
            continue  # `…센터에서 열린 포럼에 참석한 뒤`: the forum's venue
        if _DESCRIBING.match(text, after):
            continue  # `가온에서 성장한 향토기업`: where a body grew
        left = max([a for a in anchors if a <= at] + [s])
        if (particle := _LEFT_PARTICLE.match(text, left, at)) is not None:
            left = particle.end()
        end = at
        if text[at - 1 : at] == ")" and (aside := text.rfind("(", left, at)) > left:
            end = aside  # `누리연구소(제3본부, 경남 가온 소재)에서`: the aside is no part of it
        chunk = text[left:end]
        # `혁신도시에 있는 본사에서`: the `는` of `있는` locates the venue, it ends no subject
        plain = (
            _TOPIC_CUT.sub(lambda m: m.group(0).replace("는", "_"), chunk)
            if "있는" in chunk  # (what every match holds: the pattern opens with a repeat)
            else chunk
        )
        # `가온본부(본부장 김가온) 사무실에서`: a head's bracket belongs to the name before it,
        # the room after it is that body's, no phrase ends at its `) `
        if ") " in plain:
            plain = _HEAD_ASIDE.sub(lambda m: m.group(0)[:-1] + "_", plain)
        # `…를 위해 X에서`, `…참석한 가운데 X에서`: a clause before the venue ends there too
        cut = max(plain.rfind(x) + len(x) if x in plain else -1 for x in _CUTS)
        cut = max(cut, _signer_cut(plain), _clause_cut(plain))
        if cut >= 0:
            left += cut
        a, b = strip_region(text, left, end)
        when = _WHEN_WORD.match(text, a, b)  # `최근 김천 사옥에서`: the adverb is no part of it
        if when:
            a = when.end()
        sp = span(text, a, b)
        if not sp.text or len(sp.text.split()) > 7 or _ABSTRACT.search(sp.text):
            continue
        if _CEREMONY_ONLY.search(sp.text):
            continue
        if _EACH.search(sp.text):
            continue
        # `경상북도교육청에서 열린 협약식에는`: the hall of the ceremony, whatever its name
        held = _HELD_CEREMONY.match(text, after) or _CEREMONY_HELD_HERE.match(text, s)
        if m.group() == "에" and not VENUE_WORDS.search(sp.text):
            continue  # `14일 오후 2시에 열렸다`: a bare `에` needs a hall
        if left == s and not VENUE_WORDS.search(sp.text) and not held:
            continue
        if not anchors and not VENUE_WORDS.search(sp.text) and not held:
            continue
        return sp
    named = _CEREMONY_ASIDE.search(text, s, e)
    if named and VENUE_WORDS.search(named.group(1)) and not _ASIDE_DAY.search(named.group(1)):
        return span(text, *strip_region(text, named.start(1), named.end(1)))
    visited = visited_place(text, s, e)  # `다온군청을 방문해 … 체결했다`
    return span(text, *visited) if visited else None


# `협약식(14일)`, `(2025. 3. 14.)`, `(오후 2시)`: a day or an hour, no hall
_ASIDE_DAY = lazy_compile(r"\d{1,2}\s*[일시]|\d{4}|\d{1,2}\s*[./:]\s*\d{1,2}")


_HANGUL = re.compile(r"[가-힣]")


def place_in(text: str, s: int, e: int, facts: list[Fact]) -> tuple[str, Span] | None:
    """The venue a sentence names: `… 대회의실에서`, or in English `at the …`."""
    if _HANGUL.search(text[s:e]):
        sp = korean_place(text, s, e, facts)
        return (venue_text(sp.text), sp) if sp else None
    from summarizer.structure.venue_en import english_place  # (English pages only)

    return english_place(text, s, e)


_REGION_WORD = lazy_compile(
    alternation((*COUNTRIES, *PROVINCES, *PROVINCES.values())) + r"|[가-힣]{1,6}" + TOWN_CLASS
)


def region_only(place: str) -> bool:
    """Whether a venue names a town or a country only (`미국 다온시`), no hall."""
    words = place.split()
    return bool(words) and all(_REGION_WORD.fullmatch(w) for w in words)
