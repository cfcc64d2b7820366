"""Forms of real pages the verifier misread on careful answers (round s24d), rebuilt from
invented snippets (names invented)."""

from __future__ import annotations

from .claim_checks import brief as _brief
from .claim_checks import checks as _checks

_LISTED_WITH_HEADS = (
    "가람시는 9일 시청 회의실에서 3개 기업과 투자 양해각서를 체결했다.\n\n"
    "협약을 맺은 기업은 별빛㈜(대표 한바다), 누리텍(대표 오가람), 한울농업회사법인(대표 김누리)"
    " 등이다.\n\n"
    "한울농업회사법인은 지난해 설립됐다.\n"
)


def _role(found: list, i: int) -> str | None:
    return next((c.status for c in found if c.field == f"parties[{i}].role"), None)


def test_the_last_member_of_a_list_with_head_brackets_is_a_party() -> None:
    # `A(대표 …), B(대표 …), C(대표 …) 등이다`: the last member follows a bracketed head and a
    # comma; it is listed with the others as one who signed
    names = ["가람시", "별빛㈜", "누리텍", "한울농업회사법인"]
    found = _checks(_brief(parties=[{"name_ko": n} for n in names]), _LISTED_WITH_HEADS)
    assert [_role(found, i) for i in range(4)] == [None] * 4, [
        (c.field, c.note) for c in found if c.field.endswith(".role")
    ]
    # a body only mentioned elsewhere still is not
    text = _LISTED_WITH_HEADS + "한편 가람시는 누리재단의 조사 결과를 공개했다.\n"
    found = _checks(_brief(parties=[{"name_ko": n} for n in [*names, "누리재단"]]), text)
    assert _role(found, 4) == "unverified"


_UNDER_THE_MOU = (
    "The People's Committee of Garam province and the Nuri Friendship Association (NFA) signed a"
    " memorandum of understanding (MoU) on cooperation on May 15.Under the MoU, the NFA will"
    " provide support for Garam's delegations in investment promotion activities in Nuri."
    "Garam province, in turn, facilitates investment of Nuri enterprises in the locality."
    "The two sides also pledged to open a language centre in a local school.\n"
)


def test_a_subject_named_after_under_the_mou_owns_the_item() -> None:
    # `Under the MoU, the NFA will [item]`: the frame names the agreement, the clause its subject
    parties = [
        {"name_ko": "가람성 인민위원회", "name_en": "People's Committee of Garam province"},
        {
            "name_ko": "누리친선협회",
            "name_en": "Nuri Friendship Association",
            "abbreviation": "NFA",
        },
    ]
    support = "provide support for Garam's delegations in investment promotion activities in Nuri"
    facilitate = "facilitates investment of Nuri enterprises in the locality"
    centre = "open a language centre in a local school"
    for text_ko, claimed, ok in (
        (support, ["누리친선협회"], True),
        (support, ["가람성 인민위원회"], False),
        (facilitate, ["가람성 인민위원회"], True),
        (centre, ["누리친선협회"], False),
    ):
        commitments = [{"text_ko": text_ko, "text_en": text_ko, "parties": claimed}]
        found = _checks(_brief(parties=parties, commitments=commitments), _UNDER_THE_MOU)
        bad = [
            c for c in found if c.field.startswith("commitments[0]") and c.status == "unsupported"
        ]
        assert (not bad) is ok, (text_ko, claimed, [c.note for c in bad])


_CITY_HALL = (
    "가람시는 30일 시청 중회의실에서 국내 기업 두 곳과 투자유치 협약을 체결했다.\n"
    "별빛㈜과 누리텍은 가람시에 공장을 짓는다.\n"
)


def test_the_city_hall_named_with_the_city_the_source_names() -> None:
    # `가람시는 … 시청 중회의실에서`: `가람시청 중회의실` is the source's hall of the city it names
    parties = [{"name_ko": "가람시"}, {"name_ko": "별빛㈜"}, {"name_ko": "누리텍"}]
    for place, ok in (("가람시청 중회의실", True), ("한빛시청 중회의실", False)):
        found = _checks(_brief(parties=parties, event={"place_ko": place}), _CITY_HALL)
        check = next(c for c in found if c.field == "event.place_ko")
        assert (check.status in ("exact", "normalised", "fuzzy")) is ok, (place, check)


_AMBASSADORS = (
    "가람부는 오는 16일에 3국 협력 사무국 설립협정 서명식이 열린다고 14일 밝혔다.\n"
    "이번 서명식에는 한바다 가람부 장관과 주한누리대사, 주한별빛대사가 동 설립협정에 서명할"
    " 예정이다.\n"
)


def test_a_country_signing_through_its_ambassador() -> None:
    # `주한누리대사, 주한별빛대사가 … 서명할 예정이다`: the country is there through its envoy
    names = ["가람부", "누리", "별빛"]
    found = _checks(_brief(parties=[{"name_ko": n} for n in names]), _AMBASSADORS)
    assert [_role(found, i) for i in range(3)] == [None] * 3, [
        (c.field, c.note) for c in found if c.field.endswith(".role")
    ]
    text = _AMBASSADORS + "한편 한빛 정부는 별도 회의를 열었다.\n"
    found = _checks(_brief(parties=[{"name_ko": n} for n in [*names, "한빛"]]), text)
    assert _role(found, 3) == "unverified"
