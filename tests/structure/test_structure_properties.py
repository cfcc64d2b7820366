"""Property: any text, facts or regions -> no exception, and every span reproduces its text."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st
from structure_helpers import REF, assert_spans

from summarizer.models import Fact, Region
from summarizer.structure import find_structure

_CHARS = "가나다라마바사아자차카타파하은는와과이가을를에서다.,:;()[]=-~/|“”‘’\"'▲△①❶○ㅇ□•※☎\t\n\r "
_WORDS = [
    "협약",
    "체결",
    "업무협약을 체결했다",
    "장관",
    "(이하 ",
    "담당 부서",
    "문의",
    "등에 협력하기로 했다",
    "보도일시",
    "Media contacts",
    "signed",
    " said",
    "오후 3시",
    "에서",
    "Tel: ",
    "홍길동",
    "주식회사",
    # forms the newer rules read: wire subjects, prose leads, enquiry desks, e-mail lines
    "'s industry ministry",
    " and ",
    "(KOTRA)",
    "Under the deal, the two sides will ",
    "They also agreed to ",
    "세 기관은 다음과 같다.",
    "\n ❶ ",
    "\n   - ",
    "문의는 ",
    "과(",
    ")로 ",
    "E-mail: ",
    "Mr. ",
    " on ",
    "p.m. Friday",
    "행장 ",
    "(국번 없이 ",
]
ALPHABET = st.sampled_from([*_CHARS, *_WORDS])
TEXT = st.lists(ALPHABET, max_size=80).map("".join)


@st.composite
def inputs(draw: st.DrawFn) -> tuple[str, list[Fact], list[Region]]:
    text = draw(TEXT)
    facts, regions = [], []
    for _ in range(draw(st.integers(0, 4))):
        if not text:
            break
        a = draw(st.integers(0, len(text) - 1))
        b = draw(st.integers(a + 1, len(text)))
        kind = draw(st.sampled_from(["date", "time", "phone"]))
        value = {"date": "2025-03-04", "time": "15:00/16:00", "phone": "+8221234567"}[kind]
        facts.append(Fact(kind=kind, text=text[a:b], start=a, end=b, value=value))
    for _ in range(draw(st.integers(0, 2))):
        if not text:
            break
        a = draw(st.integers(0, len(text) - 1))
        b = draw(st.integers(a + 1, len(text)))
        kind = draw(st.sampled_from(["noise", "duplicate"]))
        regions.append(Region(kind=kind, text=text[a:b], start=a, end=b, reason="prop"))
    return text, sorted(facts, key=lambda f: f.start), regions


@settings(max_examples=300, deadline=None)
@given(inputs())
# a phone on a line's leading blanks: its contact began after the phone ended
@example(
    (
        "Media contacts(KOTRA)They also agreed to \n   - ",
        [Fact(kind="phone", text=" ", start=42, end=43, value="+8221234567")],
        [],
    )
)
def test_never_crashes_and_spans_hold(data: tuple[str, list[Fact], list[Region]]) -> None:
    text, facts, regions = data
    assert_spans(text, find_structure(text, facts, regions, REF))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_any_unicode_text(text: str) -> None:
    assert_spans(text, find_structure(text, [], [], REF))
