"""Forms of real pages the verifier misread on careful answers (round s25b), rebuilt from
invented snippets (names invented)."""

from __future__ import annotations

import pytest

from .claim_checks import brief as _brief
from .claim_checks import checks as _checks


def _role(found: list, i: int) -> str | None:
    return next((c.status for c in found if c.field == f"parties[{i}].role"), None)


def test_parties_written_through_their_heads_name_and_title_are_the_subject() -> None:
    # `가람농협 김바다 조합장과 누리병원 한누리 이사장은 … 협약을 맺었다`: each body written with
    # its head's name and title between it and the particle
    text = (
        "지난 4일 가람농협 김바다 조합장과 누리병원 한누리 이사장은 두 기관 관계자 10여명이 "
        "참석한 가운데 업무협약을 맺었다.\n"
        "조합원의 건강증진을 위해 누리병원을 지정의료기관으로 삼는다.\n"
    )
    found = _checks(_brief(parties=[{"name_ko": "가람농협"}, {"name_ko": "누리병원"}]), text)
    assert [_role(found, 0), _role(found, 1)] == [None, None]


def test_a_body_mentioned_beside_a_person_outside_the_signing_is_still_flagged() -> None:
    # the head's name and title do not make a body a party when the sentence is not the signing
    text = (
        "가람시는 4일 누리재단과 업무협약을 맺었다.\n"
        "체결식에는 별빛상사 고바다 대표와 시민 50여명이 참석했다.\n"
    )
    parties = [{"name_ko": "가람시"}, {"name_ko": "누리재단"}, {"name_ko": "별빛상사"}]
    found = _checks(_brief(parties=parties), text)
    assert _role(found, 2) == "unverified"


# `가람경찰서(총경·이누리)` then `이 서장은 “…”`: the person named again by surname and title
_POLICE_PAGE = (
    "가람경찰서(총경·이누리)와 누리시 학원연합회 간 업무협약식이 16일 열렸다.\n"
    '이 서장은 "학원가에서 많은 도움을 줄 것"을 당부했다.\n'
)


def _title_status(title: str) -> str:
    quote = {
        "speaker": "이누리", "title": title, "org": "가람경찰서",
        "text_ko": "학원가에서 많은 도움을 줄 것", "text_en": "The academies will help a lot.",
    }  # fmt: skip
    parties = [{"name_ko": "가람경찰서"}, {"name_ko": "누리시 학원연합회"}]
    found = _checks(_brief(parties=parties, quotes=[quote]), _POLICE_PAGE)
    return next(c.status for c in found if c.field == "quotes[0].title")


@pytest.mark.parametrize(
    ("title", "bound"),
    [
        ("서장", True),  # the title written with the surname
        ("가람경찰서장", True),  # the body written before the person, with that title
        ("회장", False),  # another title with the same surname
        ("누리경찰서장", False),  # a body not written before the person
    ],
)
def test_a_speaker_named_again_by_surname_and_title(title: str, bound: bool) -> None:
    assert (_title_status(title) in ("exact", "normalised")) is bound


def test_a_surname_and_title_shared_by_two_people_binds_neither() -> None:
    text = (
        "가람경찰서(총경·이누리)와 누리경찰서(총경·이바다)가 16일 업무협약을 맺었다.\n"
        '이 서장은 "함께 하겠다"고 말했다.\n'
    )
    quote = {
        "speaker": "이누리", "title": "서장", "org": "가람경찰서",
        "text_ko": "함께 하겠다", "text_en": "We will work together.",
    }  # fmt: skip
    parties = [{"name_ko": "가람경찰서"}, {"name_ko": "누리경찰서"}]
    found = _checks(_brief(parties=parties, quotes=[quote]), text)
    assert next(c for c in found if c.field == "quotes[0].title").status not in (
        "exact", "normalised",
    )  # fmt: skip


def test_an_english_page_names_a_branch_in_its_own_order() -> None:
    # `Garam Research Institute, Korea International Trade Association`: the page's own English
    # for the branch, which the glossary would write `Korea International … Garam …`
    text = (
        "Garam Research Institute, Korea International Trade Association and the Nuri Faculty "
        "have signed a Memorandum of Understanding (MoU) for cooperation.\n"
        "The two institutions agree to exchange students and staff.\n"
    )
    name = "Garam Research Institute, Korea International Trade Association"
    parties = [
        {"name_ko": "한국무역협회 가람연구소", "name_en": name},
        {"name_ko": "누리학부", "name_en": "Nuri Faculty"},
    ]
    found = _checks(_brief(parties=parties), text)
    check = next(c for c in found if c.field == "parties[0].name_en")
    assert check.status in ("exact", "normalised"), check.note
    # a rendering the page does not write is still only a translation
    parties[0]["name_en"] = "Garam Research Institute of the Korea Trade Association"
    found = _checks(_brief(parties=parties), text)
    assert next(c for c in found if c.field == "parties[0].name_en").status == "unverified"
