"""The look-ups made linear for adversarial pages (benchmarks/bench_adversarial.py) answer as
the plain forms they replaced: `Ahead` as `str.find` and `pattern.search`, the wrong-closing
mark and the English single quote as the loops and the pattern did; the caps and windows
leave ordinary sentences alone."""

from __future__ import annotations

import random
import re

from summarizer.structure.en_quotes import EN_SINGLE
from summarizer.structure.quote_marks import (
    _LOST_TAIL,
    KO_TAIL,
    Ahead,
    _en_single,
    _line_end,
    _wrong_close,
    segments,
)

_ATOMS = ["“", "”", "‘", "’", '"', "'", "「", "」", "고 말했다", "라고 밝혔다", "이라며 ", "며",
          "을 당부했다", "라 강조했다", "이라는 뜻", " ", "\n", "\r\n", "\r", "가나", "협약", "은 ",
          "Kim", "The city", ".' ", ",' ", ", ", ".", "것이라고 밝혔다", "했다고 말했다"]  # fmt: skip


def _soup(n: int, seed: int, most: int = 30) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(_ATOMS) for _ in range(rnd.randint(0, most))) for _ in range(n)]


def _plain_wrong_close(text: str, open_at: int, line_end: int) -> int:
    """The loop `_wrong_close` was: every mark after `open_at`, the tail read on a copy."""
    pos = open_at + 1
    while (m := re.compile(r"[“”‘’\"]").search(text, pos, line_end)) is not None:
        if KO_TAIL.match(text[m.end() : line_end]):
            return m.start()
        pos = m.end()
    return -1


def test_ahead_finds_as_str_find_and_searches_as_the_pattern() -> None:
    rnd = random.Random(5)
    for s in _soup(1500, seed=31):
        ahead = Ahead(s)
        for _ in range(40):  # rising and falling positions, ends inside and past the text
            a = rnd.randint(0, len(s) + 1)
            b = rnd.randint(a, len(s) + 2)
            ch = rnd.choice("“”'\"\n\r가")
            assert ahead.find(ch, a, b) == s.find(ch, a, b), (s, ch, a, b)
            m, n = ahead.search(_LOST_TAIL, a, b), _LOST_TAIL.search(s, a, b)
            assert (m and m.span()) == (n and n.span()), (s, a, b)


def test_wrong_close_and_english_single_quote_as_the_plain_forms() -> None:
    for s in _soup(3000, seed=32):
        ahead = Ahead(s)
        crlf = "\r" in s
        for i in range(len(s)):
            end = _line_end(ahead, i, crlf)
            assert _wrong_close(ahead, i, end) == _plain_wrong_close(s, i, end), (s, i)
            if s[i] == "'":
                m = EN_SINGLE.match(s, i, end)
                assert _en_single(ahead, i, end) == (m.end() - 1 if m else -1), (s, i)


def test_a_line_of_unclosed_marks_closes_at_the_mark_a_speech_tail_follows() -> None:
    # thousands of marks never closed, then one a speech tail follows: the first mark's
    # quotation closes there (a wrong closing mark), as the plain loop found it
    text = "“가나 " * 3000 + "“누리시와 협력하겠다“고 말했다."
    assert [(s.open, s.close) for s in segments(text)] == [(0, text.rindex("“고"))]
    # a line of marks never closed, then a line whose quotation the wrong mark closes
    text = "“가나 ‘다라 " * 1000 + "\n“누리시와 협력하겠다’고 말했다."
    assert [(s.open, s.close) for s in segments(text)] == [(8001, text.rindex("’고"))]


def test_agreement_words_past_the_cap_leave_the_first_partner_read() -> None:
    from summarizer.structure.party_sentence import _MOST_AGREEMENTS, _agreement_at

    head = "가람시는 누리재단과 업무협약을 체결했다"
    text = head + " MOU" * (_MOST_AGREEMENTS * 50)
    assert _agreement_at(text, 0, len(text)) == head.index("업무협약")


def test_a_quote_sentence_is_looked_for_within_the_window() -> None:
    from summarizer.structure.quotes import _MOST_BEFORE, _sentence_start

    text = "앞 문장이다. 김가람 대표는 “협력하겠다”고 말했다."
    assert _sentence_start(text, text.index("“")) == text.index("김")
    run = "가나다 " * 2000 + "“협력하겠다”고 말했다."  # no full stop for 8,000 characters
    at = run.index("“")
    assert _sentence_start(run, at) == at - _MOST_BEFORE


def test_a_page_of_hundreds_of_statements_reads_its_first_quoted_stretches() -> None:
    from summarizer import extract_facts
    from summarizer.structure.quotes import _MOST_QUOTED

    syl = "가나다라마바사아자차카타파하"

    def line(i: int) -> str:
        tag = syl[i % 14] + syl[i // 14 % 14] + syl[i // 196 % 14]
        return f'{tag}재단 김{tag} 이사장은 "{tag} 지역 발전에 힘쓰겠다"고 말했다.'

    few = extract_facts("\n".join(line(i) for i in range(3)).encode()).structure.quotes
    assert [q.speaker for q in few] == ["김가가가", "김나가가", "김다가가"]
    many = extract_facts("\n".join(line(i) for i in range(_MOST_QUOTED + 50)).encode())
    quotes = many.structure.quotes
    assert len(quotes) == _MOST_QUOTED and quotes[-1].speaker == "김" + line(_MOST_QUOTED - 1)[:3]


def test_a_round_up_of_hundreds_of_signings_adds_the_first_others() -> None:
    from summarizer import extract_facts
    from summarizer.structure.party_also import _MOST_OTHERS

    syl = "가나다라마바사아자차카타파하"

    def line(i: int) -> str:
        tag = syl[i % 14] + syl[i // 14 % 14] + syl[i // 196 % 14]
        return f"{tag}재단은 {tag}협회와 업무협약을 체결했다."

    few = extract_facts("\n".join(line(i) for i in range(3)).encode()).structure.parties
    assert [p.name for p in few] == [f"{t}가가{k}" for t in "가나다" for k in ("재단", "협회")]
    many = extract_facts("\n".join(line(i) for i in range(300)).encode()).structure.parties
    assert len(many) == 2 + _MOST_OTHERS
    assert [p.name for p in many[:4]] == [p.name for p in few[:4]]


def test_tags_never_closed_leave_chrome_and_headings_where_they_close() -> None:
    from summarizer.reading.visible import visible_text

    markup = (
        "<html><body><nav><p><span>메뉴 하나" + "<p><span>메뉴" * 300 + "</nav>"
        "<h1><b>제목</h1><p><span>본문이다" + "<p><span><b>본문" * 300 + "</body></html>"
    )
    text, blocks = visible_text(markup)
    read = [(text[b.start : b.end], b.chrome, b.heading) for b in blocks]
    assert read == [
        ("메뉴 하나", True, False),
        *[("메뉴", True, False)] * 300,  # (inside the nav, its tags never closed)
        ("제목", False, True),  # (the nav closed with all it held; the h1 closes its `b`)
        ("본문이다", False, False),
        *[("본문", False, False)] * 300,
    ]


def test_quoted_terms_read_on_their_line_after_a_line_of_marks() -> None:
    from summarizer import extract_facts

    lead = "가람시는 누리재단과 업무협약을 체결했다.\n"
    terms = "협약의 주요 내용으로는 '지역 인재 양성 지원', '공동 연구 사업 추진' 등의 내용을 담고 있다.\n"
    marks = "'가나 " * 3000 + "\n"  # thousands of single marks on one line, none closed
    for page in (lead + terms, lead + marks + terms, lead + terms + marks):
        got = [c.text for c in extract_facts(page.encode()).structure.commitments]
        assert got == ["지역 인재 양성 지원", "공동 연구 사업 추진"]


def _plain_line_end(text: str, pos: int) -> int:
    ends = [i for i in (text.find("\n", pos), text.find("\r", pos)) if i >= 0]
    return min(ends) if ends else len(text)


def test_line_ends_and_credits_as_the_plain_forms() -> None:
    from summarizer.structure import pledge_reading
    from summarizer.structure.lines import end_of_line

    def plain_credits(text: str) -> list[int]:
        out: list[int] = []
        at = text.find("제공")
        while at >= 0:
            end = _plain_line_end(text, at)
            if text[at + 2 : end].strip(" \t]") == "":
                start = max(text.rfind("\n", 0, at), text.rfind("\r", 0, at)) + 1
                head = pledge_reading._CREDIT.search(text, max(start, at - 50), at)
                if head:
                    out.append(
                        head.start() + len(head.group(0)) - len(head.group(0).lstrip("/ \t"))
                    )
            at = text.find("제공", at + 2)
        return out

    rnd = random.Random(7)
    atoms = ["a", "\n", "\r", "\r\n", "가", " 제공", "사진=가람시 제공", "/", " ", "]", "."]
    for _ in range(5000):
        s = "".join(rnd.choice(atoms) for _ in range(rnd.randint(0, 15)))
        assert pledge_reading.credits_in(s) == plain_credits(s), s
        for pos in range(len(s) + 1):
            want = _plain_line_end(s, pos)
            assert end_of_line(s, pos) == want, (s, pos)
