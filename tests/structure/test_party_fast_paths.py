"""The fast paths of the parties and commitments readers give what the plain forms give.

Each fast form (a pattern tried only where a match can start, a sentence skipped for lack of
a word every match holds, a word's reading kept for the next time it is asked) is compared with
the plain form on the bundled documents and on many generated strings.
"""

from __future__ import annotations

import random
import re
import re._constants as C  # the parsed form of a pattern: what its matches can open with
import re._parser as P

import pytest
from fast_path_helpers import bundled, soup, spans

from summarizer.structure import (
    bullets,
    commitments,
    en_commitments,
    en_leads,
    issuers,
    items,
    lines,
    page_shape,
    parties,
    party_lists,
    party_repair,
    party_sentence,
    party_vote,
    party_words,
    terms,
)
from summarizer.structure.lines import iter_lines
from summarizer.structure.party_repair import _SHARED_SUFFIX, shared_suffixes

TEXTS = bundled()


def test_bundled_documents_are_there() -> None:
    assert len(TEXTS) >= 10


def test_shared_suffix_lists_are_those_of_the_whole_pattern() -> None:
    words = [
        "유성", "세종", "공주", "경찰서", "대학교", "지회", "·", "ㆍ", " ", "  ", "\n", "(",
        ")", "(서장 홍길동)", "(서장 홍·길)", "(a·b·c)", "가나다라마바사아", "A", "12", "은",
        "과학기술", "정보통신", "시", "군", "청", "센터", "　", "\t", "(이하 공단·재단)", "가)",
        "(가나다라마바사아자차카타파하가나다라마바)", "경찰서(서장 김)", "·(", "123456789",
    ]  # fmt: skip
    found = 0
    for text in TEXTS + soup(words, 6000, seed=3, most=25):
        plain = spans(_SHARED_SUFFIX.finditer(text))
        assert spans(shared_suffixes(text)) == plain, text
        found += len(plain)
    assert found > 300  # (the strings hold lists: the comparison is not of empty results)


def _opening(items: P.SubPattern | list[tuple[object, object]]) -> tuple[set[str] | None, bool]:
    """The characters a match of a parsed pattern can open with (None: any) and whether it can
    be empty (then what follows opens it too)."""
    out: set[str] = set()
    for op, av in items:
        if op is C.LITERAL:
            return out | {chr(av)}, False  # type: ignore[arg-type]
        if op is C.IN:
            for kind, arg in av:  # type: ignore[attr-defined]
                if kind is C.LITERAL:
                    out.add(chr(arg))
                elif kind is C.RANGE:
                    out |= {chr(c) for c in range(arg[0], arg[1] + 1)}
                else:
                    return None, False
            return out, False
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue  # zero width: the next item opens the match
        if op is C.BRANCH:
            empty = False
            for branch in av[1]:  # type: ignore[index]
                got, can_be_empty = _opening(branch)
                if got is None:
                    return None, False
                out |= got
                empty = empty or can_be_empty
            if not empty:
                return out, False
            continue
        if op is C.SUBPATTERN:
            got, empty = _opening(av[-1])  # type: ignore[index]
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            got, empty = _opening(av[2])  # type: ignore[index]
            empty = empty or av[0] == 0  # type: ignore[index]
        else:
            return None, False
        if got is None:
            return None, False
        out |= got
        if not empty:
            return out, False
    return out, True


# Patterns behind `lexicon.led`'s look-ahead, or found by their first character
# (`lexicon.led_start`), with their flags
_LED = {
    "party_vote._TITLES": (party_vote._TITLES, 0),
    "parties._SIGN_KO": (parties._SIGN_KO.pattern, parties._SIGN_KO.flags),
    "terms._CUE_KO_AT": (terms._CUE_KO_AT.pattern, terms._CUE_KO_AT.flags),
    "terms._PROMISE_KO": (terms._PROMISE_KO.pattern, terms._PROMISE_KO.flags),
    "terms._CUE_EN": (terms._CUE_EN.pattern, terms._CUE_EN.flags),
    "terms._SIGNING": (terms._SIGNING.pattern, terms._SIGNING.flags),
    "commitments._CUE_EN": (commitments._CUE_EN.pattern, commitments._CUE_EN.flags),
    "issuers.HANDLING": (issuers.HANDLING.pattern, issuers.HANDLING.flags),
    "issuers._RELEASE_HEAD": (issuers._RELEASE_HEAD.pattern, issuers._RELEASE_HEAD.flags),
    "en_commitments._EN_SAID_WORD": (
        en_commitments._EN_SAID_WORD.pattern,
        en_commitments._EN_SAID_WORD.flags,
    ),
}


@pytest.mark.parametrize("name", sorted(_LED))
def test_led_look_ahead_admits_every_opening(name: str) -> None:
    """Every character a match of the pattern can open with passes the look-ahead `led` put
    before it (read off the parsed pattern: a branch added with another first letter fails)."""
    pattern, flags = _LED[name]
    led = re.fullmatch(r"\(\?=(\[[^]]*\])\)\(\?:(.*)\)", pattern, re.S)
    started = re.fullmatch(
        r"(\(\?-i:\[[^]]*\]\)|\[[^]]*\])(?:\(\?<=.*?\[\\s\\S\]\))?\(\?<=\(\?=\(\?:(.*)\)\)\[\\s\\S\]\)",
        pattern,
        re.S,
    )
    ahead, plain = (led or started).groups()  # type: ignore[union-attr]
    opening, empty = _opening(P.parse(plain, flags & ~re.U))
    assert opening is not None and not empty, name
    admitted = re.compile(ahead, flags)
    missed = sorted(c for c in opening if not admitted.fullmatch(c))
    assert not missed, (name, missed)


_ITEM_WORDS = [
    "지원", "하며", "하고", "하면서", "하는 한편", "한편", "이다", "다", "다하", "에 최선을 다",
    "에 최선을 다하", ",", "，", ";", ".", " 및", "및", " and", "and", "band", " ", "\n", "\t",
    "등", " 등", "가", "A", "1", "협상을", "마을", "를", "을", " as well as", "as", " as  well  as",
]  # fmt: skip


@pytest.mark.parametrize(
    ("pattern", "endings", "stripped"),
    [  # (as `item` asks them: the first two of a text stripped of its last spaces)
        (items._LIST_END, items._LIST_ENDS, True),
        (items._STOP_END, (".", ";"), True),
        (items._COPULA_END, ("이다",), False),
        (items._CLAUSE_END, ("하며", "하고", "하면서", "한편"), False),
        (items._BEST_END, ("다", "다하"), False),
        (items._OBJECT_END, ("을", "를"), False),
    ],
)
def test_item_ends_cut_as_the_whole_pattern(
    pattern: re.Pattern[str], endings: tuple[str, ...], stripped: bool
) -> None:
    cut = 0
    for s in TEXTS + soup(_ITEM_WORDS, 6000, seed=5, most=8):
        s = s.rstrip() if stripped else s
        plain = pattern.sub("", s)
        assert items._cut_end(pattern, s, endings) == plain, s
        cut += plain != s
    assert cut > 50


def test_bullets_read_as_the_whole_pattern() -> None:
    words = [
        "가", "나", "하", "힣", "각", ".", ")", "(", " ", "\t", "1", "12", "①", "▲", "-", "–",
        "·", "ㅇ", "□", "*", "내용", "\n",
    ]  # fmt: skip
    lines = [ln for t in TEXTS for ln in iter_lines(t)]
    lines += [ln for s in soup(words, 6000, seed=6, most=6) for ln in iter_lines(s)]
    found = 0
    for ln in lines:
        plain = bullets._LINE_BULLET.match(ln.text)
        got = bullets.bullet(ln)
        assert (got and got.span()) == (plain and plain.span()), ln
        found += plain is not None
    assert found > 100


def test_cooperation_cue_asked_in_two_parts() -> None:
    words = [
        "협력", "협약", "추진", "하기로", "힘을 모", "힘을모", "공동", "약속", "합의", "agreement",
        "AGREED", "will :", "will:", "MOU", "mou", "commit to", "commits  to", "committed to",
        "recommit to", "cooperat", "COOPERATE", "xcooperat", "collaborat", "xcollaborate", " ", "가", "a", "ſ", "K", "İ", ".",
    ]  # fmt: skip
    found = 0
    for s in TEXTS + soup(words, 6000, seed=7, most=6):
        plain = commitments._CUE.search(s) is not None
        assert commitments._cued(s) == plain, s
        found += plain
    assert found > 1000


def test_marks_taken_off_a_word_as_the_pattern_does() -> None:
    marks = [*"\"'‘’“”《》「」『』【】[]()<>▲△■□○ㅇ-.,:;!?…", "가", "A", "1", "\n", " ", "(주)"]
    for s in TEXTS[:3] + soup(marks, 8000, seed=8, most=8):
        assert party_words._unpunct(s) == party_words._PUNCT.sub("", s), s


def test_dateline_searched_only_where_its_mark_is() -> None:
    words = [
        "[서울=뉴시스]",
        "홍길동 기자",
        " = ",
        "=",
        "|",
        "│",
        "ㅣ",
        "기자",
        "특파원",
        " ",
        "가",
        "]",
        ")",
        "\n",
    ]
    for s in TEXTS + soup(words, 4000, seed=9, most=8):
        if party_sentence._DATELINE_END.search(s):
            assert party_sentence._DATELINE_MARK.search(s), s


def test_english_openings_are_the_word_starts_a_lead_may_open_at() -> None:
    words = [
        "Under ", "under", "UNDER", "the ", "The", "tHe", "thę", "thes", "Korea ", "and ", ", ",
        "-- ", "\n", " ", "İn ", "ıt", "ſigned", "Key", "key", "two", "Two", "x", "가", "1", "_",
        "Agreement", "MOU", "mou", "Each", "each", "FOUR", "Through", "-", ",", "é",
    ]  # fmt: skip
    opened = 0
    for t in TEXTS + soup(words, 6000, seed=10, most=10):
        plain = [
            m.start()
            for m in en_leads._WORD_START.finditer(t)
            if en_leads._may_open(t, en_leads._word_at(t, m.start()), m.start())
        ]
        assert [m.start() for m in en_leads._OPENING.finditer(t)] == plain, t
        opened += len(plain)
    assert opened > 3000


def test_sentences_from_mid_line_as_the_walk_gives() -> None:
    rnd = random.Random(11)
    texts = [*TEXTS, "가나다. 라마\r\n바사. 아자", "abc", "", "한 줄. 두 줄\n\n셋.", "끝.\r"]
    asked = 0
    for t in texts:
        for start in {0, len(t), *(rnd.randrange(len(t) + 1) for _ in range(40))}:
            for end in (None, len(t), len(t) + 5):
                want = list(lines._sentences(t, start, len(t) if end is None else end))
                assert list(lines.iter_sentences(t, start, end)) == want, (t[:40], start, end)
                asked += 1
    assert asked > 1000


def test_issuer_endings_read_as_the_patterns_do() -> None:
    words = [
        "공단", "공사", "협회", "회의소", "지부", "은행", "Inc", "Corp", "Co", "(주)", "(이사장 홍길동)",
        ")", "(", " ", "\n", "가", "A", "보도자료",
    ]  # fmt: skip
    last = re.compile(r"\s*\([^()]*\)$")
    for s in TEXTS[:3] + soup(words, 6000, seed=12, most=6):
        assert issuers._org_suffixed(s) == (issuers.ORG_SUFFIX.search(s) is not None), s
        assert issuers._no_last_bracket(s) == last.sub("", s), s


def test_a_reporting_clause_holds_its_verb() -> None:
    words = [
        "the ministry ", "said", "SAID", "ſaid", "added", "announced", ", according to ", "it ",
        ", ", "; ", ".", " ", "\n", "data ", "share ", "a ", "Korea's ", "told", "noted", "x",
    ]  # fmt: skip
    found = 0
    for s in TEXTS + soup(words, 8000, seed=13, most=8):
        if en_commitments._EN_SAID.search(s):
            assert en_commitments._EN_SAID_WORD.search(s), s
            found += 1
    assert found > 1000


def test_a_cut_off_item_read_as_the_pattern_does() -> None:
    words = [" to", " of", "the", " a", "an", "in", "x", " ", "projects related", "가", "on", "\n"]
    found = 0
    for s in soup(words, 6000, seed=14, most=6):
        s = s.strip()
        plain = items._CUT_OFF.search(s) is not None
        assert (s.endswith(items._CUT_OFF_WORDS) and items._CUT_OFF.search(s) is not None) == plain
        found += plain
    assert found > 300


def test_list_lines_found_from_cue_to_cue_are_those_asked_one_by_one() -> None:
    """`participants` visits the lines one search for the cues finds: the lines ending after
    the body's start that `_may_list` passes, in order (CR, LF and CRLF pages alike)."""
    words = [
        "참여", "참가", "참석", "함께", "맺은", "체결한", "기관은 ", "가", " ", "\n", "\r\n", "\r", "참",
    ]  # fmt: skip
    texts = TEXTS + soup(words, 3000, seed=21, most=14)
    found = 0
    for text in texts:
        for body_start in sorted({0, 1, len(text) // 3, len(text) // 2, len(text)}):
            plain = [
                ln
                for ln in iter_lines(text)
                if ln.end > body_start and party_lists._may_list(ln.text)
            ]
            assert list(party_lists._cue_lines(text, body_start)) == plain, (text, body_start)
            found += len(plain)
    assert found > 1000


def test_including_lists_hold_their_word() -> None:
    words = [
        "A", "B기관", ", ", "을", "를 ", " ", "포함해 ", "포함한", "비롯해 ", "비롯한 ", "포함", "가",
    ]  # fmt: skip
    hits = 0
    for s in TEXTS + soup(words, 6000, seed=22, most=10):
        if party_sentence._INCLUDING.search(s):
            hits += 1
            assert party_sentence._INCLUDING_WORD.search(s), s
    assert hits > 200


def test_title_read_for_both_sides_at_once_as_each_alone() -> None:
    """`agreed_bodies` reads the title's words once for its two kinds of side."""
    sides = (party_words.TITLE_SIDE, party_vote._TITLE_LISTED)
    heads = [ln.text for t in TEXTS for ln in iter_lines(t)][:3000]
    words = [
        "가람시", "누리재단", "별빛㈜", "은 ", "과 ", "·", ", ", "-", " ", "본사에서 ", "(주)", "지회",
    ]  # fmt: skip
    found = 0
    for s in heads + soup(words, 4000, seed=23, most=10):
        both = party_vote._mentions(s, 0, len(s), sides, frozenset())
        assert both == [party_vote.mentions(s, 0, len(s), side) for side in sides], s
        found += len(both[0]) + len(both[1])
    assert found > 1000


def test_shared_suffix_stems_stand_before_a_joint() -> None:
    """`share_suffix` skips a page where none of its bare names stands as a list's item: every
    stem a list gives stands so in the text it was read from."""
    words = [
        "유성", "세종", "공주", "경찰서", "·", "ㆍ", " ", "(서장 홍길동)", "(서장 홍·길)", "(a·b)",
        "가나다라마바사아", "A", "12", "지회", "센터", "\n", "(", ")", "((", "  ",
    ]  # fmt: skip
    stems = 0
    for text in TEXTS + soup(words, 6000, seed=24, most=20):
        for m in shared_suffixes(text):
            for x in re.split(r"[·ㆍ]", m.group(1)):
                stem = re.sub(r"\([^()]*\)", "", x).strip()
                if stem:
                    assert party_repair._before_joint(text, stem), (text, stem)
                    stems += 1
    assert stems > 300


def test_hard_wrap_read_off_the_split_lines_as_off_the_slice() -> None:
    words = [
        "가나다라마바사아자차카타파하 ", "했다.", "다", " ", "\n", "\r\n", "\r", "\x85", "\u2028",
        "\v", "abcdefghijklmnopqrstuvwxyz0123", ")", "  \n",
    ]  # fmt: skip
    wrapped = 0
    for text in TEXTS + soup(words, 4000, seed=25, most=30):
        for start in sorted({0, 1, len(text) // 4, len(text) // 2, len(text)}):
            plain = page_shape.hard_wrapped(text[start:])
            assert page_shape.hard_wrapped_from(text, start) == plain, (text, start)
            wrapped += plain
    assert wrapped > 100


def test_kind_compound_is_the_loop_over_every_kind() -> None:
    """`_kind_compound` asks each split of the word of the two sets; the loop it replaces asked
    each kind of the word: both give the same on words built from the stems, the kinds and
    other syllables (kinds that end in another kind, stems that are kinds, a kind alone)."""

    def plain(word: str) -> bool:
        return any(
            word.endswith(k) and word[: -len(k)] in party_repair._KIND_STEMS
            for k in party_repair._KINDS
            if k != word
        )

    pieces = [*sorted(party_repair._KIND_STEMS), *sorted(party_repair._KINDS), "가", "나다", "1"]
    rng = random.Random(5)
    words = [*pieces] + ["".join(rng.choices(pieces, k=rng.randint(1, 3))) for _ in range(20000)]
    found = 0
    for word in words:
        assert party_repair._kind_compound(word) == plain(word), word
        found += plain(word)
    assert found > 1000  # (many of the words are compounds: not a comparison of False alone)
