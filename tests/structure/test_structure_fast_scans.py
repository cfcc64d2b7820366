"""Faster scans of the event and quote finders give what the plain ones gave."""

from __future__ import annotations

import random
import re

from summarizer.lexicon import TITLE_WORDS, alternation
from summarizer.structure.quote_marks import LINE_END, Ahead, _line_end
from summarizer.structure.venue import _signer_cut


def _soup(words: list[str], n: int, seed: int, most: int = 8) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(words) for _ in range(rnd.randint(0, most))) for _ in range(n)]


def test_signer_cut_ends_where_the_last_word_with_a_title_ends() -> None:
    assert not [w for w in TITLE_WORDS if any(c.isspace() for c in w)]  # what makes them equal
    plain = re.compile(rf"\S*{alternation(TITLE_WORDS)}[이가]\s")
    words = [*sorted(TITLE_WORDS)[:40], "이", "가", " ", "\t", "\n", "A", "장이", "사장이 ", "x"]
    for s in ["누리대 총장이 시청에서", "가온시장이 ", "", "총장이", *_soup(words, 20000, seed=21)]:
        ends = [m.end() for m in plain.finditer(s)]
        assert _signer_cut(s) == (ends[-1] if ends else -1), s


def test_line_end_as_the_pattern_finds_it() -> None:
    for s in _soup(["a", "가", "\r", "\n", "\r\n", " "], 20000, seed=22, most=10):
        ahead = Ahead(s)  # (asked from rising positions, as `segments` asks it)
        for i in range(len(s) + 1):
            m = LINE_END.search(s, i)
            assert _line_end(ahead, i, "\r" in s) == (m.start() if m else len(s)), (s, i)


_HEAD_WORDS = [
    "[", "]", "(", ")", "【", "】", "서울", "=", "뉴시스", "홍길동", " ", "기자", "특파원", "·",
    "\n", "SEOUL", "SEJONG", ", ", "July", " 8", ", 2024", " (MOF)", " --", "—", "-", "A", "x",
    "보도", "보 도", "시각", "일시", ":", "엠바고", "For Immediate Release", "embargo", "\t",
]  # fmt: skip


def test_embargo_line_is_the_first_line_with_a_label() -> None:
    from summarizer.structure.header import _EMBARGO, _HEAD_LIMIT, find_embargo
    from summarizer.structure.lines import iter_lines

    for s in ["보도시점 : 2024. 7. 17.", *_soup(_HEAD_WORDS, 20000, seed=24, most=14)]:
        first = next((ln for ln in iter_lines(s[:_HEAD_LIMIT]) if _EMBARGO.search(ln.text)), None)
        found = find_embargo(s, [])
        assert (found is None) == (first is None), s
        if found is not None and first is not None:
            assert first.start <= found.start <= first.end, s


def test_korean_cues_found_in_place_as_in_a_copy_of_the_sentence() -> None:
    from summarizer.structure.event import _CUE_KO, _CUE_KO_BARE

    words = ["체결", "했다", "협약", "을", " ", "에서", "진행", "됐다", ".", "\n", "MOU", "를", "x",
             "손을", "맞잡", "교환", "각서", ")", "열린", "으로", "양", "기관"]  # fmt: skip
    for rx in (_CUE_KO, _CUE_KO_BARE):
        for s in _soup(words, 4000, seed=25, most=16):
            for a in range(0, len(s) + 1, 3):
                for b in range(a, len(s) + 1, 4):
                    assert (rx.search(s, a, b) is None) == (rx.search(s[a:b]) is None), (s, a, b)


def test_footer_lines_as_the_whole_pattern_finds_them() -> None:
    from summarizer.structure.header import _FOOTERISH, _footerish

    words = ["Tel", "TEL", "tel", "Phone", "Fax", "Mob", " ", ":", ".", "：", "전화", "전 화", "팩스",
             "전송", "Copyright", "ⓒ", "©", "무단 전재", "a.b", "@", "x-y", ".kr", "등록번호",
             "발행인", "편집인", "청소년 보호", "게시글", "보기", "기사", "상세", "\n", "가", "T"]  # fmt: skip
    for s in ["Tel: 02-1234-5678", "a@b.kr", " 기사 보기 ", *_soup(words, 30000, seed=26, most=8)]:
        assert _footerish(s) == (_FOOTERISH.search(s) is not None), s
