"""`A, B, C 등 N을 …`: examples of one object stay one item; a list of deeds or fields parts."""

from __future__ import annotations

import pytest
from structure_helpers import run

from summarizer.structure.noun_lists import examples_of_one

HEAD = "두 농협 협약\n\n가람농협은 누리농협과 도농상생 협약을 맺었다고 밝혔다.\n\n"


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (  # the things listed are examples of what is supplied: one item
            "협약에 따라 가람농협은 사과와 배, 한우 등 지역 농특산물을 정기적으로 공급한다.",
            ["사과와 배, 한우 등 지역 농특산물을 정기적으로 공급"],
        ),
        (
            "협약에 따라 두 농협은 모집인원, 지원자격, 선발일정 등 채용 정보도 서로 제공한다.",
            ["모집인원, 지원자격, 선발일정 등 채용 정보도 서로 제공"],
        ),
        (  # deeds listed: each is a term of its own
            "협약에 따라 두 농협은 직거래 장터 운영, 일손 돕기, 농촌 체험 등 교류 사업을 펼친다.",
            ["직거래 장터 운영", "일손 돕기", "농촌 체험"],
        ),
        (  # after `등` a field or a kind of deed: the listed are terms
            "협약에 따라 두 농협은 로컬푸드 매장, 학교 급식, 공동 브랜드 등 다양한 분야에서 협력한다.",
            ["로컬푸드 매장", "학교 급식", "공동 브랜드"],
        ),
    ],
)
def test_examples_of_one_object(sentence: str, want: list[str]) -> None:
    assert [c.text for c in run(HEAD + sentence + "\n").commitments] == want


@pytest.mark.parametrize(
    ("listed", "rest", "want"),
    [
        ("사과와 배, 한우", "지역 농특산물을 공급", True),
        ("사과, 배", "각종 농산물을 공급", False),  # a kind, not one object
        ("장터 운영, 일손 돕기", "농산물을 판매", False),  # deeds
        ("교육은 가람농협이, 판매는 누리농협이 하는", "역할을 나눈다", False),  # clauses
        ("사과, 배", "10개 품목을 공급", False),
        ("사과, 배", "교류 품목을 늘린다", False),
    ],
)
def test_examples_of_one_rule(listed: str, rest: str, want: bool) -> None:
    assert examples_of_one(listed, rest) is want


def test_english_list_cue_collaborate_and_cut_off_item() -> None:
    text = (
        "Two universities sign MOU\n\n"
        "Hanbit University signed an MOU with Nuri University on May 2.\n\n"
        "The two universities plan to collaborate in several areas, including ▲ joint "
        "research on urban farming ▲ exchange of graduate students ▲ projects related to\n"
    )
    got = [c.text for c in run(text).commitments]
    assert got == ["joint research on urban farming", "exchange of graduate students"]


def test_english_contents_of_mou_without_article() -> None:
    text = (
        "Two universities sign MOU\n\n"
        "Hanbit University signed an MOU with Nuri University on May 2.\n\n"
        "The contents of MOU cover the development of joint courses, the exchange of "
        "faculty, and cooperation on field training.\n"
    )
    got = [c.text for c in run(text).commitments]
    assert got == [
        "the development of joint courses",
        "the exchange of faculty",
        "cooperation on field training",
    ]
