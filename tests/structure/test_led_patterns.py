"""Patterns behind a look-ahead for their first characters, and the checks that spare a regex,
give what their plain forms give.

`lexicon.led` puts a pattern behind `(?=[…])` of the characters its matches open with; each such
pattern is compared here with the pattern alone on the bundled documents and on many generated
strings (a new label that opens with another character fails here). Patterns laid out so that
every branch opens with a literal are compared with the form they were written in before. Likewise the substring
checks before the patterns of `orgs.parse_piece`, the speech-verb check before `quotes`' costly
look for an English speaker, and the contact labels read with `match` (every branch opens
with `^`).
"""

from __future__ import annotations

import random
import re
import string
from collections.abc import Callable
from pathlib import Path

import pytest

from summarizer.facts import datewords, reference, tense
from summarizer.lexicon import (
    DATE_LABEL_ENDINGS,
    DISTRIBUTION_LABELS,
    MODIFIED_LABELS,
    MODIFIED_LABELS_EN,
    POSTING_LABELS,
    POSTING_LABELS_EN,
    RELEASE_TIME_LABELS,
    RELEASE_TIME_LABELS_EN,
    RELEASE_WORD,
    alternation,
    cases,
    led,
    led_start,
    phrases,
)
from summarizer.lexicon.joint import joint_ko
from summarizer.reading import noise_lines, read_document
from summarizer.structure import (
    _SIGNED_EN,
    _SIGNED_KO,
    commitments,
    contacts,
    en_commitments,
    en_quotes,
    follow_ups,
    header,
    issuers,
    orgs,
    parties,
    party_vote,
    terms,
)
from summarizer.structure.event import _CUE_EN, _CUE_KO, _CUE_KO_BARE, _REMOTE
from summarizer.structure.event_steps import _SIGNED_BEFORE, _SIGNING, _SIGNING_AT, OTHER_STEP
from summarizer.structure.lines import iter_lines

ROOT = Path(__file__).resolve().parents[2]
TEXTS = [
    read_document(p).text
    for f in (ROOT / "examples", ROOT / "corpus" / "docs")
    for p in sorted(f.glob("*.txt"))
]


def _soup(words: list[str], n: int, seed: int, most: int = 12) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(words) for _ in range(rnd.randint(0, most))) for _ in range(n)]


def _plain(rx: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern without the look-ahead `led` put before it."""
    assert rx.pattern.startswith("(?=[") and rx.pattern.endswith(")")
    return re.compile(rx.pattern.split("])(?:", 1)[1][:-1], rx.flags)


def _spans(rx: re.Pattern[str], s: str) -> list[tuple[int, int]]:
    return [m.span() for m in rx.finditer(s)]


def test_led_escapes_and_keeps_the_pattern() -> None:
    rx = re.compile(led("a|\\]b|-c", "a]-"))
    assert _plain(rx).pattern == "a|\\]b|-c"
    assert _spans(rx, "xa]b-c b") == [(1, 2), (2, 4), (4, 6)]


_LABELS = [
    *RELEASE_TIME_LABELS, *DISTRIBUTION_LABELS, RELEASE_WORD, *POSTING_LABELS,
    *POSTING_LABELS_EN, *RELEASE_TIME_LABELS_EN,
]  # fmt: skip
_WORDS = [
    *_LABELS, *(w.upper() for w in RELEASE_TIME_LABELS_EN), *(w.title() for w in _LABELS),
    *DATE_LABEL_ENDINGS, "안", "을 실시", "를 진행", "’을 가졌",
    " ", "\t", ":", "(", "\n", "가", "보 도", "엠 바고", "일", "시각", "on ", "at ", "|",
    "[서울=뉴시스]", "[", "=", "]", "(", "홍길동 기자 =", "SEOUL, ", "Nov. 3 ", "-", "—",
    "MOU", "moa", "Memorandum", "signed ", "inked ", "struck ", "an ", "the ", "deal", "pact",
    "ſigned", "İnked", "sıgned", "SIGNING", "ceremony", "took place", "concluded", "launched",
    "x", "1", "İ", "ı", "ſ", "K", "é",
    "체결", "맺었", "맺", "협약식", "서명식", "업무협약을", "MOU를", "손을 맞잡", "손", "잡",
    "서명했", "결연을", "결연", "협약을 했", "협약", "협정", "약정", "각서", "협약서", "양해",
    "합의", ")를 ", "상호 ", "교환했", "에서 ", "에서", "진행", "개최된 ", "열린 ", "으로 ",
    "에 따라", "’을", "협정식", "조인식", ". ", "! ", "?", '"', "”", ") ", "The ", "“",
    "다", "다.", "다고", "했다", "예정", "계획", "방침", "안전망", "전망", "할 것", "될것", "겠",
    "앞두", "개최될", "열릴", "체결할", "가질", "맺을", "진행될", "열린", "개최된", "체결된",
    "진행된", "가진", "맺은", "열렸던", "마친", "치러진", "출범한", "발표한", "의결", "가결",
    "통과", "승인", "본회의", "동의안", "협의회 ", "의회 ", "심의", "상정", "10주년", "3 주년", "٣",
    "결연식", "체결식", "맺", "바 ", "있", "지난해 ", "작년 ", "지난 2023년 ", "서명한 ", "맞",
    "대표이사", "이사장", "이사", "시장", "부시장", "구청장", "은 ", "과 ", ",", "양해각서", "합의 각서",
    "제휴를", "협정에 따라", "협약’을", "두 기관은 ", "양측이 ", "3개 기관이 ", "all three ",
    "Both parties", "THE TWO SIDES", "the ", "sides", " agencies", "Tel", "TEL.", "전화:", "ⓒ",
    "무단 전재", "Press Release", "보도자료", "공고", "stated", "Explained", "체결", "서명", "MOU",
    "배포 즉시 보도", "will cooperate", "Agreed to", "commits to", "key areas include", "하기로 했다",
    "예정이다", "담았다", "The MOU covers ", "최종 수정", "수정일", "업데이트", "Last updated", "Updated",
    "Modified", " at", " on", "시각", ":", "|", "화상으로", "화상 회의", "비대면", "온라인으로", "온라인 협약",
    "Virtually", "online signing", "VIA video", "video link", "virtual ceremony", "also ", "also",
    "taking part", "involved in", "participating", "_", "é",
]  # fmt: skip
_LED = {
    "header._EMBARGO": header._EMBARGO,
    "header._DATELINE": header._DATELINE,
    "event_steps._SIGNING": _SIGNING,
}


# Patterns whose every branch opens with a literal (the engine skips ahead by the set of first
# characters, faster than behind `led`'s look-ahead), each with the form it was written in
# before: groups opening branches, look-behinds first, behind `led`.
_GAP = "[ \\t]*"
_EMBARGO_EN = [v for w in RELEASE_TIME_LABELS_EN for v in (w.upper(), w.title(), w.capitalize())]
_CUE_WORDS = (
    r"체결|맺[었은는고]|협약식|협정식|서명식|조인식|출범식|발대식|개소식|업무협약을|MOU를|손(?:을)?\s*(?:맞)?잡"
    r"|(?:협약서|협정서|각서)\s*조인"
    r"|서명(?:하고|했|한|하는)|결연(?:을|식|\s*했)|협약을\s*(?:했|하)"
    r"|(?:협약|협정|MOU)(?:\s?식)?(?:\([^()\n]{1,12}\))?[’'”\"」』]?\s*[을를]\s*(?:실시|진행|가졌|가진|갖고|거행)"
    r"|(?:각서|협약서|협정서|MOU)\)?\s*(?:를|을)?\s*(?:상호\s*)?교환(?:했|하고|한|하는|하였)"
    r"|이날\s+(?:업무\s*)?(?:협약|MOU)(?:\s?식)?(?:에는|에서는|엔)\s"
)
_HELD_AT = (
    r"\S*\s+(?:\S+\s+){0,4}?\S+에서\s+(?:(?:\S+(?:로|히|게)\s+)?(?:진행|개최|열렸|거행)"
    r"|열린\s+[^.\n]{0,60}?(?:로|으로)\s+(?:진행|개최))"
)
_FLATTENED = {
    "reference._EMBARGO": (
        reference._EMBARGO,
        alternation((*RELEASE_TIME_LABELS, *DISTRIBUTION_LABELS), spaced=True, gap=_GAP)
        + "|"
        + alternation((RELEASE_WORD,), spaced=True, gap=_GAP)
        + rf"(?={_GAP}[:(\t\r\n])|"
        + phrases(_EMBARGO_EN, gap=" "),
    ),
    "reference._MODIFIED": (
        reference._MODIFIED,
        rf"{alternation(MODIFIED_LABELS, spaced=True, gap=_GAP)}(?:{_GAP}{alternation(DATE_LABEL_ENDINGS)})?{_GAP}[:|]?{_GAP}"
        rf"|{alternation(MODIFIED_LABELS_EN)}(?:{_GAP}(?:on|at))?{_GAP}[:|]?{_GAP}",
    ),
    "reference._POSTED": (
        reference._POSTED,
        rf"(?P<label>{alternation(POSTING_LABELS, spaced=True, gap=_GAP)}|{alternation(POSTING_LABELS_EN)})"
        rf"(?:{_GAP}(?P<ending>{alternation(DATE_LABEL_ENDINGS)})|{_GAP}(?:on|at))?{_GAP}[:|]?{_GAP}",
    ),
    "structure._SIGNED_KO": (
        _SIGNED_KO,
        led(
            r"협[약정](?:을|식|서|했|으로|에\s*따라|[’'”」』]\s*을)|(?:양해|합의)\s*각서"
            r"|결연(?:을|식|\s*협약)|제휴(?:를|식|에\s*따라)"
            r"|(?:이번|이날)\s*(?:업무\s*)?협[약정](?:은|이)\s[^.\n]{0,150}?(?:체결|마련)(?:된|됐|되었)",
            "협양합결제이",
        ),
    ),
    "event._CUE_KO_BARE": (_CUE_KO_BARE, _CUE_WORDS),
    "parties._PARTNER_WORDS": (
        parties._PARTNER_WORDS,
        r"\balso\s|participating|taking part|involved in",
    ),
    "event._CUE_KO": (
        _CUE_KO,
        _CUE_WORDS
        + r"|에서\s+(?:진행|개최|열린|거행|있은|가진)된?\s+(?:\S+\s+){0,2}?\S*(?:협약|결연|MOU|협정)"
        + "".join(f"|{w}" + _HELD_AT for w in ("협약", "결연", "MOU", "약정", "협정")),
    ),
    "tense._EN_SENTENCE_END": (tense._EN_SENTENCE_END, r"[.!?][\"”’)]?\s+(?=[A-Z\"“])|\n"),
    "tense._PREDICATE_END": (
        tense._PREDICATE_END,
        r"다(?=[.,!?\s\"'”’)]|고|며|는|$)|[.!?](?=\s|$)|\n",
    ),
    "datewords.FUTURE_WORDS": (
        datewords.FUTURE_WORDS,
        r"예정|계획|방침|(?<!안)전망|할[ \t]*것|될[ \t]*것|겠|앞두|개최될|열릴|체결할|가질|맺을|진행될",
    ),
    "datewords.PAST_ADNOMINAL": (
        datewords.PAST_ADNOMINAL,
        r"(?<![가-힣])(?:열린|개최된|체결된|진행된|가진|맺은|열렸던|마친|치러진|출범한|발표한)(?![가-힣])",
    ),
}


@pytest.mark.parametrize("name", sorted(_FLATTENED))
def test_flat_pattern_matches_as_it_was_written_before(name: str) -> None:
    rx, before = _FLATTENED[name]
    plain = re.compile(before, rx.flags)
    lines = [ln.text for t in TEXTS for ln in iter_lines(t)]
    for s in TEXTS + lines + _soup(_WORDS, 6000, seed=11, most=16):
        found = [(m.span(), m.groupdict()) for m in rx.finditer(s)]
        assert found == [(m.span(), m.groupdict()) for m in plain.finditer(s)], (name, s)


# Patterns that find only where a match starts (`led_start`: the first character, the rest
# asked behind it), for callers that ask no more
_STARTS = {
    "structure._SIGNED_EN": _SIGNED_EN,
    "follow_ups._JOINT_KO_AT": follow_ups._JOINT_KO_AT,
    "follow_ups._JOINT_EN_AT": follow_ups._JOINT_EN_AT,
    "header._EMBARGO_AT": header._EMBARGO_AT,
    "header._DATELINE_AT": header._DATELINE_AT,
    "party_vote._TITLE_AT": party_vote._TITLE_AT,
    "parties._SIGN_KO": parties._SIGN_KO,
    "header._FOOTER_WORDS": header._FOOTER_WORDS,
    "issuers._RELEASE_HEAD": issuers._RELEASE_HEAD,
    "en_commitments._EN_SAID_WORD": en_commitments._EN_SAID_WORD,
    "issuers.HANDLING": issuers.HANDLING,
    "commitments._CUE_EN": commitments._CUE_EN,
    "terms._PROMISE_KO": terms._PROMISE_KO,
    "terms._CUE_EN_AT": terms._CUE_EN_AT,
    "terms._CUE_KO_AT": terms._CUE_KO_AT,
    "terms._SIGNING": terms._SIGNING,
    "event._CUE_EN": _CUE_EN,
    "event._REMOTE": _REMOTE,
    "event_steps._SIGNED_BEFORE": _SIGNED_BEFORE,
    "event_steps._SIGNING_AT": _SIGNING_AT,
    "event_steps.OTHER_STEP": OTHER_STEP,
    "noise_lines copyright": noise_lines._NOISE_LINES[0].pattern,
}
# the forms they were written in before, where other than the pattern asked behind
_STARTS_BEFORE = {
    "follow_ups._JOINT_KO_AT": rf"(?<=\s){joint_ko()}(?:은|는|이|가)\s",
    "party_vote._TITLE_AT": party_vote._TITLES.replace(")(?:", r")(?<=\s)(?:", 1)
    + r"(?:은|는|이|가|과|와)?(?=[\s,])",
}


def _asked_behind(rx: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern `led_start` asks behind the first character."""
    body = rx.pattern.split("(?<=(?=(?:", 1)[1]
    assert body.endswith("))[\\s\\S])")
    return re.compile(body.removesuffix("))[\\s\\S])"), rx.flags)


@pytest.mark.parametrize("name", sorted(_STARTS))
def test_led_start_finds_where_the_pattern_matches(name: str) -> None:
    rx = _STARTS[name]
    plain = (
        re.compile(_STARTS_BEFORE[name], rx.flags) if name in _STARTS_BEFORE else _asked_behind(rx)
    )
    lines = [ln.text for t in TEXTS for ln in iter_lines(t)]
    for s in TEXTS + lines + _soup(_WORDS, 6000, seed=11, most=16):
        starts = [p for p in range(len(s)) if plain.match(s, p)]
        assert [m.start() for m in rx.finditer(s)] == starts, (name, s)
        for end in (len(s) // 2, len(s) - 1):  # the end of the search bounds the pattern too
            m = plain.search(s, 0, end)
            found = rx.search(s, 0, end)
            assert (found and found.start()) == (m and m.start()), (name, s, end)


def test_led_start_reads_its_class_in_every_case() -> None:
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    for c in string.ascii_letters + "가1-":
        want = set(re.findall(re.escape(c), every, re.I))
        assert set(cases(c)) == want, c
    rx = re.compile(led_start("ab|cd", "ac", case_blind=True), re.I)
    assert [m.span() for m in rx.finditer("xAB cD ab")] == [(1, 2), (4, 5), (7, 8)]
    rx = re.compile(led_start("ab|cd", "ac", behind=r"\s"))
    assert [m.span() for m in rx.finditer("xab cd\nab")] == [(4, 5), (7, 8)]


def _skips_ahead(rx: re.Pattern[str]) -> bool:
    """Whether the engine searches `rx` by a literal prefix or a set of first characters (what
    CPython's compiler reads off a pattern's opening: a literal, a class, or branches each
    opening with a literal), not by trying the whole pattern at every character."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(rx.pattern, rx.flags)
    prefix = _compiler._get_literal_prefix(parsed, parsed.state.flags)[0]
    return bool(prefix) or _compiler._get_charset_prefix(parsed, parsed.state.flags) is not None


@pytest.mark.parametrize("name", [*sorted(_STARTS), "structure._SIGNED_KO"])
def test_costly_patterns_open_with_what_the_engine_skips_ahead_by(name: str) -> None:
    rx = _STARTS.get(name) or _FLATTENED[name][0]
    assert _skips_ahead(rx), name
    assert not _skips_ahead(re.compile(led("ab|cd", "ac")))  # (what the check tells apart)


@pytest.mark.parametrize("name", sorted(_LED))
def test_led_pattern_matches_as_its_plain_form(name: str) -> None:
    rx = _LED[name]
    plain = _plain(rx)
    lines = [ln.text for t in TEXTS for ln in iter_lines(t)]
    for s in TEXTS + lines + _soup(_WORDS, 6000, seed=11, most=16):
        assert _spans(rx, s) == _spans(plain, s), (name, s)


def test_anchored_contact_labels_match_where_they_search() -> None:
    lines = [ln.text for t in TEXTS for ln in iter_lines(t)]
    words = ["담당", "부서", "연락처", "문의", "※", " ", "\t", ":", "|", "[", "]", "가", "\n",
             "기관", "소속", "media contacts", "For more information", "1."]  # fmt: skip
    for label in contacts._ANCHORED:
        for s in lines + _soup(words, 6000, seed=12):
            a, b = label.match(s), label.search(s)
            assert (a and a.span()) == (b and b.span()), s


_PIECE_WORDS = [
    "(주)", "㈜", "(재)", "(", ")", " ", "가나", "등 ", "등", "4개 ", "기관", "곳", "개사",
    "명", "20여명", "회원 ", "The ", "the ", "오전 ", "최근 ", "지난달 ", "나비의 ", "고장 ",
    "도시 ", "본고장 ", "에서", "으로", "위한", "했다", "1", "개소", "개 기관", ",",
]  # fmt: skip


@pytest.mark.parametrize(
    ("rx", "needed"),
    [
        (orgs._PEOPLE_TAIL, lambda s: s.endswith("명")),
        (orgs._THE, lambda s: s.startswith(("The", "the"))),
        (orgs._DAYPART, lambda s: s.startswith(orgs._DAYPARTS)),
        (orgs._EPITHET, lambda s: any(w in s for w in orgs._EPITHETS)),
        (orgs._SOME_MORE, lambda s: "등" in s),
        (orgs._COUNT_TAIL, lambda s: s.endswith(orgs._COUNTED)),
        (orgs._KO_LEGAL, lambda s: "(" in s or "㈜" in s),
        (orgs._PAREN_GAP, lambda s: "(" in s),
    ],
)
def test_parse_piece_asks_a_pattern_only_where_it_can_match(
    rx: re.Pattern[str], needed: Callable[[str], bool]
) -> None:
    for s in _soup(_PIECE_WORDS, 8000, seed=13, most=8):
        if not needed(s):
            assert rx.search(s) is None, s


def test_verb_endings_as_the_pattern_read_them() -> None:
    pattern = re.compile(r"(?:에서|으로|하고|하며|했다|한다|위해|위한)$")
    for s in _soup([*orgs._VERB_ENDS, "가", " ", "하", "다", "위"], 6000, seed=14, most=6):
        assert s.endswith(orgs._VERB_ENDS) == bool(pattern.search(s)), s


def test_english_speaker_looked_for_only_beside_a_speech_verb() -> None:
    words = ["Kim ", "Lee", " said", " added", " ,", ":", " that ", "President ", "of ",
             "the ", "Haeul University", " stated,", "가나", "\n", "told"]  # fmt: skip
    for s in _soup(words, 8000, seed=15, most=10):
        if en_quotes.EN_BEFORE.search(en_quotes.SPACED_PUNCT.sub(r"\1", s)):
            assert en_quotes.EN_SPEECH_WORD.search(s), s


def test_kept_squeezes_are_the_squeezes() -> None:
    from summarizer.structure.candidate import key
    from summarizer.structure.speakers import _squeezed

    for s in _soup(["가", " ", "\t", "\u3000", "a", "\n", "나 다"], 3000, seed=16, most=8) * 2:
        assert key(s) == _squeezed(s) == re.sub(r"\s+", "", s), s


def test_etc_list_tried_only_where_its_comma_and_word_are() -> None:
    from summarizer.structure import prose

    def plain(head: str) -> bool:
        return bool(prose._ETC_LIST.match(head) or prose._ETC_LIST.search(head[:80]))

    words = [
        "가나",
        ", ",
        ",",
        " ",
        "등",
        " 등을 ",
        "에 대해 ",
        "에대해서 ",
        "협력",
        "A",
        ")",
        "다.",
    ]
    for s in _soup(words, 8000, seed=17, most=14):
        assert prose._etc_list(s) == plain(s), s


def test_topic_word_asked_only_of_words_ending_in_a_topic_mark() -> None:
    from summarizer.structure import prose

    for w in _soup(["은", "는", ",", "가", "a", "에서", "시"], 8000, seed=18, most=5):
        if not w.endswith(prose._TOPIC_ENDS):
            assert prose._TOPIC_WORD.fullmatch(w) is None, w


def test_dateline_found_in_two_scans_as_the_led_pattern_finds_it() -> None:
    words = ["[가람=누리뉴스]", "[", "]", "(", ")", "【", "】", "=", "홍길동 기자 =", "홍길동 기자",
             "[가람일보 홍길동 기자]", "·", "별빛", " ", "\n", "SEOUL, ", "GARAM CITY, ", "Nov. 3 ",
             "Mar 14, 2024 ", "(Yonhap) ", "--", "-", "—", "가", "A", "Ab", "12"]  # fmt: skip
    lines = [ln.text for t in TEXTS for ln in iter_lines(t)]
    for s in TEXTS + lines + _soup(words, 6000, seed=13, most=14):
        for end in (len(s), len(s) // 2, 5000):
            m = header._DATELINE.search(s, 0, end)
            assert header.dateline_at(s, end) == (m.span() if m else None), s
