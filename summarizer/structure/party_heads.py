"""One name test for a Korean party, and a side's phrase reduced to its head organisation.

A signing sentence names each side as a phrase that often carries more than the body: the
person who signed and the title (`홍길동 가람공사 사장`), a describing clause (`곶감 산지인
누리농협`), the sentence's own words before it (`협약 체결 이후 다온대`, `양국 외교부`), a mark
(`▲ 가람시`). The readers cut such phrases form by form; this reading reduces any phrase the same
way: strip the marks, the trailing title and person, then keep the last word that passes the
name test with the words before it up to the first that cannot open or continue a name.

The name test (`name_word`): an organisation or branch suffix, a company's mark or ending, a
town's or a central body's syllable on a word of three syllables or more (`외교부`, `가람군`; two
syllables end too many common words, `연구`, `지원`), a word opening on Latin capitals
(`KIST`, `SGI가람보증`), or a word the page writes with its head's title fused on (`정비창장`
gives `정비창` when the page also writes `정비창` alone).
"""

from __future__ import annotations

import re

from summarizer.english.surnames import SURNAMES
from summarizer.facts.datewords import DAYPARTS, TIME_WORDS
from summarizer.lazy import lazy_compile
from summarizer.lexicon import (
    BRANCH_SUFFIXES,
    NOT_UNIVERSITY_ENDINGS,
    ORG_SUFFIXES,
    ORG_SYLLABLES,
    SUBDIVISION_SYLLABLES,
    TITLE_WORDS,
    TOWN_SYLLABLES,
    UNIT_NAME_SYLLABLES,
    alternation,
    marks,
    org_of_fused_title,
    title_of,
)
from summarizer.lexicon.joint import JOINT_COUNTS, JOINT_WORDS
from summarizer.lexicon.orgs import (
    COMPANY_SUFFIXES,
    KIND_NOUNS_AFTER_NAME,
    PEOPLE_NOUN_ENDINGS,
)
from summarizer.structure.candidate import PERSON_NAME

_SUFFIXED = lazy_compile(
    "(?:"
    + alternation((*ORG_SUFFIXES, *BRANCH_SUFFIXES, *COMPANY_SUFFIXES, *KIND_NOUNS_AFTER_NAME))
    + r")(?:\(주\)|㈜)?$"
)
_SYLLABLE = lazy_compile(r"[가-힣]{2,}[" + "".join(ORG_SYLLABLES) + r"]$")
_CHAPTER = lazy_compile(r"[가-힣]{1,6}(?:특별시|광역시|특별자치시|특별자치도|시|도)회")
_UNIVERSITY = lazy_compile(r"[가-힣]{2,}대")
_LATIN = lazy_compile(r"[A-Z][A-Z0-9&]")  # `KIST`, `SGI가람보증`, `LG화학`
_COMPANY_MARK = lazy_compile(r"\(주\)|㈜")
_HANGUL_WORD = lazy_compile(r"[가-힣]+")
# a word that cannot be part of a name before the head: a clause's adnominal ending or an
# object's or place's particle (`대표하는`, `위한`, `선정된`, `사업을`, `현장에서`), or the
# sentence's own words about the signing (`의`, `가`, `과`, `로` end too many nouns of a
# name: `정상회의`, `국가`, `학과`; `마을` is no object)
_CLAUSE_END = lazy_compile(r"[가-힣](?:한|된|던|는|은|에서|를|(?<!마)을)$")
# (`산지인`: the copula's adnominal; `기술인`, `소상공인`: people a body's name is of)
# words ending so that open a name (`주한 가람상공회의소`, `대한 다온협회`)
_OPENERS = frozenset(("주한", "재한", "주미", "주일", "주중", "대한"))
_SENTENCE_WORDS = frozenset(
    (
        *JOINT_WORDS,  # `양국 외교부`, `두 기관`: the sides counted together
        *JOINT_COUNTS,
        # the words of time (`지난`, `이날`, `전날`, `올해`, `어제`, `오후`): datewords' own,
        # written as one word (`지난달`, `같은날`) or as its words (`같은 날`, `하루 전`)
        *(w.replace(" ", "") for w in (*TIME_WORDS, *DAYPARTS)),
        *(part for w in TIME_WORDS for part in w.split(" ")),
        "협약",
        "협정",
        "체결",
        "이후",
        "이전",
        "최근",
        "당시",
        "이번",
        "비롯해",
        "비롯한",
        "포함해",
        "포함한",
    )
)
_LEADING_MARKS = re.compile("^[" + re.escape(marks.LEAD + marks.CAPTION + "↑↓←→") + r"\s]+")
_BRACKET = re.compile(r"\s*\((?![주유재사]\))[^()]*\)")  # (not a legal form's, `(주)`)
_TITLE_SET = frozenset(TITLE_WORDS)


def _words(phrase: str) -> list[str]:
    """A phrase's words, its leading marks and bracketed asides (not a legal form's) let go."""
    return _BRACKET.sub("", _LEADING_MARKS.sub("", phrase)).split()


def name_word(word: str) -> bool:
    """Whether `word` passes the name test: an organisation's, branch's or company's ending or
    mark, Latin capitals, a town's or central body's syllable on three syllables or more, a
    university written short (`다온대`), an association's chapter (`가람광역시회`)."""
    if _SUFFIXED.search(word) or _LATIN.match(word) or _COMPANY_MARK.search(word):
        return True
    if _SYLLABLE.match(word) and _HANGUL_WORD.fullmatch(word):
        return True
    if _CHAPTER.fullmatch(word):
        return True
    return _UNIVERSITY.fullmatch(word) is not None and not word.endswith(NOT_UNIVERSITY_ENDINGS)


# a place's or a body's last syllable: no person's name ends a phrase so (`가람시 다온동`)
_PLACE_ENDS = (*TOWN_SYLLABLES, *SUBDIVISION_SYLLABLES, "리", "대", "청")


def _person(word: str) -> bool:
    """`홍길동`: a Korean surname and two or three syllables in all, no body's ending."""
    return (
        word not in _SENTENCE_WORDS
        and word[0] in SURNAMES
        and PERSON_NAME.fullmatch(word) is not None
        and not word.endswith(_PLACE_ENDS)
        and not _SUFFIXED.search(word)
    )


def _copula(word: str) -> bool:
    """`산지인`: a word closed by the copula's adnominal `인` (not `기술인`, `소상공인`)."""
    return len(word) >= 3 and word.endswith("인") and not word.endswith(PEOPLE_NOUN_ENDINGS)


def _title(word: str) -> bool:
    """`사장`, `사무처장`: a title on its own (not fused on a body's name, `가람시장`)."""
    return word in _TITLE_SET or (title_of(word) is not None and org_of_fused_title(word) is None)


def _names_body(word: str) -> bool:
    """A word passing the name test by itself, not a bare legal form (`(주)` of `로쏘 (주)
    성심당`, whose last word is the company's own name)."""
    return name_word(word) and _COMPANY_MARK.fullmatch(word) is None


# a title closing a person's phrase: the particle, a mark or the line's end right after it
# (`홍길동 원장은`, `홍길동 원장,`), not a title written before the name it belongs to
# (`다온각 관장 홍길동`: the unit's head, after the unit's name)
_TITLE_CLOSED = r"(?:(?:은|는|이|가|과|와|의|도|을|를|께서)(?![가-힣])|[,.)”’\"'·]|$)"


def shown_as_person(word: str, page: str) -> bool:
    """Whether the page writes `word` as a person: with a title right after it that closes the
    phrase (`홍길동 원장은`, `홍길동 대표,`), where it speaks or signs; not a title that heads
    the kind of body the word ends as (`가람구 구청장은`, `다온각 관장은`: the body's head)."""
    at = page.find(word)
    while at >= 0:
        rest = page[at + len(word) : at + len(word) + 12]
        # (a word of its own before the title: `가람구청장` is the district's head, not
        # `가람구` and `청장`)
        title = _HANGUL_WORD.match(rest.lstrip(" ")) if rest.startswith(" ") else None
        rest = rest.lstrip(" ")
        if title is not None:
            for cut in range(len(title.group()), 1, -1):  # (the title, its particle after it)
                t = title_of(title.group()[:cut])
                if (
                    _title(title.group()[:cut])
                    and re.match(_TITLE_CLOSED, rest[cut:])
                    and not (t is not None and t.fused and word.endswith(t.fused))
                ):
                    return True
        at = page.find(word, at + len(word))
    return False


# a word written bare with a particle, as a body's name is (`가람공사는`, `다온전자와`); a
# person's name is written with a title (`홍길동 사장은`)
_BARE_PARTICLE = r"(?:은|는|이|가|와|과|을|를|에|의|도|에서|로)(?![가-힣])"


def person_named(name: str, page: str) -> bool:
    """Whether a candidate is a person the page names, not a body: a surname and given name's
    shape (`홍길동`; passing the name test by a town's or central body's last syllable alone,
    as many given names end, `홍길구`), written with a title closing the phrase
    (`shown_as_person`) and never bare with a particle as a body's name is."""
    if not (
        len(name) >= 2
        and name[0] in SURNAMES
        and PERSON_NAME.fullmatch(name) is not None
        and not (name_word(name) and _SYLLABLE.match(name) is None)
    ):
        return False  # (a body's ending, a university written short: `가람대 총장은`)
    if not shown_as_person(name, page):
        return False
    return re.search(re.escape(name) + _BARE_PARTICLE, page) is None


def _untitled_person(word: str, page: str) -> bool:
    """A person's name of three syllables written beside a body with no title (`가람진흥원
    박하람`, `박하람 다온전자`): a surname and given name's shape, and the page shows the person
    (`shown_as_person`) or the word does not end like a hall's or unit's name (`가람연구원
    다온각`, `기록관`: a unit the body keeps, no signatory)."""
    return (
        len(word) == 3
        and _person(word)
        and (not word.endswith(UNIT_NAME_SYLLABLES) or shown_as_person(word, page))
    )


def head_of(phrase: str, page: str = "") -> str | None:
    """The organisation a side's phrase names, when it is confidently a shorter name inside
    the phrase (`↑ 홍길동 SGI가람보증 사장` -> `SGI가람보증`, `협정 체결 이후 다온대` -> `다온대`,
    `홍길동 가람군수` -> `가람군`); None when the phrase has no word passing the name test,
    ends on a word that neither passes it nor is a person or title, or is already its own head.
    `page`, the text the phrase is read from, shows whom it writes as a person."""
    words = _words(phrase)
    titled = False
    if len(words) >= 2 and _title(words[-1]):
        words, titled = words[:-1], True  # `… 사장`, `… 사무처장`
    if len(words) >= 2 and (
        (titled and _person(words[-1]) and name_word(words[-2]))
        or (not titled and _untitled_person(words[-1], page) and _names_body(words[-2]))
    ):
        # `가람진흥원 홍길동 원장`: the person between the body and title; `가람진흥원 박하람`:
        # the person (of three syllables) the body's phrase ends on, the title cut or unwritten
        words = words[:-1]
    if (
        not titled
        and len(words) >= 2
        and _untitled_person(words[0], page)  # (`주한`, `재경`: two syllables open too many)
        and _names_body(words[1])
    ):
        words = words[1:]  # `홍길동 다온전자`: the signatory before the body, the title cut
    if not words:
        return None
    last = words[-1]
    if len(words) >= 2 and _person(words[-2]) and (fused := org_of_fused_title(last)):
        last, titled = fused, True  # `홍길동 가람군수`: the head's title fused on the body
    if not name_word(last):
        return None
    kept = [last]
    for w in reversed(words[:-1]):
        if w in _SENTENCE_WORDS or _copula(w) or (_CLAUSE_END.search(w) and w not in _OPENERS):
            break
        if titled and _person(w):
            break  # `홍길동 가람보증 사장`: the person before the body
        kept.append(w)
    head = " ".join(reversed(kept))
    return None if head == phrase.strip() else head


def body_of(phrase: str) -> str | None:
    """The body a phrase names: its head (`head_of`), or the phrase itself when its last word
    passes the name test and no word before it is one that cannot be part of a name."""
    head = head_of(phrase)
    if head is not None:
        return head
    words = _words(phrase)
    return phrase.strip() if words and name_word(words[-1]) else None


# --- the roles a signing sentence names, read whole ------------------------------------------
# a signatory's item: what a separator closes (`,`, `와`/`과`, `및`, or the subject's or
# topic's particle, `… 대표는`, `… 시장은 B 시장과`)
_ITEM_END = lazy_compile(r"(?:,|(?<=[가-힣)])(?:와|과|은|는|이|가)(?=\s)|\s및(?=\s))\s*")
_SIGNS = lazy_compile(r"서명|체결")
_POSITIONS = ("왼쪽부터", "오른쪽부터", "좌측부터", "우측부터")


def signatory_bodies(sent: str) -> list[str]:
    """The bodies a signing sentence's roster of signatories names, read from its opening
    (`이날 가람시 박하람 시장과 ㈜다온 김하늘 대표, 누리협회 박별 회장은 … 서명했다`, `박하람
    가람군수는 김하늘 다온군수와 … 체결했다`, a caption's `왼쪽부터 ㈜다온 김하늘 대표, …`):
    each item a person with a title (a word of TITLE_WORDS, or a head's title fused on its
    body, `가람시장`) reducing to a body that passes the name test; the roster ends at the
    first item that does not read so. At least two bodies, else none."""
    if _SIGNS.search(sent) is None:
        return []
    bodies: list[str] = []
    at = 0
    for end in _ITEM_END.finditer(sent):  # (item by item: most sentences fail at the first)
        item, at = sent[at : end.start()], end.end()
        if not item.strip():
            continue
        if not bodies:
            item = _first_item(item)
        body = _signatory(item)
        if body is None:
            break
        bodies.append(body)
    else:
        last = sent[at:].strip()
        body = _signatory(last) if bodies and last else None
        if body is not None:
            bodies.append(body)
    return list(dict.fromkeys(bodies)) if len(set(bodies)) >= 2 else []


def _first_item(item: str) -> str:
    """The sentence's opening before the first item let go (`이날`, `[가람=뉴스]`, `…
    협약식/ 왼쪽부터`): a person and a title at most three words before them."""
    first = _LEADING_MARKS.sub("", item).split()[-4:]
    for at, word in enumerate(first):
        if word in _POSITIONS:
            first = first[at + 1 :]
    return " ".join(first)


def _signatory(item: str) -> str | None:
    """The body of one titled signatory (`㈜다온 김하늘 대표`, `박하람 가람시장`), or None."""
    words = _words(item)
    if len(words) < 2 or len(words) > 4 or not any(_person(w) for w in words):
        return None
    if _title(words[-1]):
        return head_of(" ".join(words))
    if _person(words[-2]) and org_of_fused_title(words[-1]) is not None:
        return head_of(" ".join(words[-2:]))  # (`이날 박하람 가람군수`: the person and title)
    return None


# `A, B, C 등 3개 기관`, `A, B 등 서울 6개 대학과`, `… 등 3곳이다`: a list a count closes
_COUNT_CLOSE = lazy_compile(r"\s등\s*(?:[가-힣]+\s+){0,2}(\d+)\s*(?:개|곳)")


def counted_list(sent: str) -> list[str]:
    """The bodies a list closed by its count names (`가람대, 다온대, 누리대 등 3개 대학과`,
    `대상 기관은 가람센터, 다온조합 등 2곳이다`), every item passing the name test (the
    first one's words before its body cut off) and the count adding up with the items; none
    when any does not (`A, B, C 등 5개 기관이 참석했다`: the attendance, not the signers), or
    fewer than two."""
    m = _COUNT_CLOSE.search(sent)
    if m is None:
        return []
    items = sent[: m.start()].split(",")
    if len(items) < 2 or len(items) != int(m.group(1)):
        return []
    first = body_of(items[0])
    rest = [body_of(i) for i in items[1:]]
    if first is None or any(b != i.strip() for b, i in zip(rest, items[1:], strict=True)):
        return []  # (an item after the first is a body whole, nothing cut off it)
    return list(dict.fromkeys([first, *(b for b in rest if b is not None)]))


__all__ = [
    "body_of",
    "counted_list",
    "head_of",
    "name_word",
    "person_named",
    "shown_as_person",
    "signatory_bodies",
]
