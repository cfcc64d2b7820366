"""Forms of real pages the verifier misread on careful answers (round s26), rebuilt from invented
snippets (names invented)."""

from __future__ import annotations

import pytest

from .claim_checks import brief as _brief
from .claim_checks import checks as _checks
from .claim_checks import field as _field

# A continued quotation, its speaker named after the first segment only.
_STATE_PAGE = (
    "GARAM CITY – Nuri Secretary of State Han Bada today signed a Memorandum of "
    "Understanding between the State of Nuri and Garam Province.\n\n"
    "“It is an honor to recognize the long friendship between our two states and their people,” "
    "said Secretary Han. “Our cultures have a great deal to offer one another, and we are glad "
    "to make this partnership official.”\n\n"
    "The signing included remarks from the First Lady.\n"
)


_JOINED = (
    "It is an honor to recognize the long friendship between our two states and their people. "
    "Our cultures have a great deal to offer one another, and we are glad to make this "
    "partnership official."
)


def _state_brief(speaker: str, text: str) -> object:
    quote = {
        "speaker": speaker, "title": "Secretary of State", "org": "State of Nuri",
        "speaker_en": speaker, "text_ko": text, "text_en": text,
    }  # fmt: skip
    parties = [
        {"name_ko": "누리주", "name_en": "State of Nuri", "signatory": "Han Bada",
         "signatory_title": "Secretary of State"},
        {"name_ko": "가람도", "name_en": "Garam Province"},
    ]  # fmt: skip
    return _brief(parties=parties, quotes=[quote])


def test_a_continued_quotation_given_as_one_quote_keeps_its_speaker() -> None:
    text = _JOINED
    found = _checks(_state_brief("Han Bada", text), _STATE_PAGE)
    assert _field(found, "quotes[0].speaker").status == "exact"


def test_a_continued_quotation_given_to_someone_else_is_contradicted() -> None:
    text = _JOINED
    found = _checks(_state_brief("Kim Nuri", text), _STATE_PAGE)
    assert _field(found, "quotes[0].speaker").status != "exact"


def test_a_state_s_officer_written_with_the_state_s_bare_name_signs_for_it() -> None:
    # `Nuri Secretary of State Han Bada … signed` for the party `State of Nuri`
    found = _checks(_state_brief("Han Bada", _JOINED), _STATE_PAGE)
    assert _field(found, "parties[0].signatory").status == "exact"


def test_another_state_s_officer_does_not_sign_for_the_party() -> None:
    page = _STATE_PAGE.replace("Nuri Secretary of State", "Dara Secretary of State")
    found = _checks(_state_brief("Han Bada", _JOINED), page)
    assert _field(found, "parties[0].signatory").status != "exact"


# `…군수, ORG NAME TITLE, ORG NAME TITLE가 참석해 투자협약을 맺었다`: the signers listed through
# their heads, each body before its head's name and title.
_ROSTER_PAGE = (
    "이번 투자협약 체결은 지난 12일 군청 대회의실에서 있었으며, "
    "김가람 가람군수, 이누리 도 일자리본부장, 별빛목재(주) 한바다 회장, 누리식품 고누리 대표{end} "
    "참석해 투자협약을 맺었다.\n"
    "별빛목재(주)는 가람농공단지에 50억원을 투자해 공장을 신축할 계획이다.\n"
)


def _roster_roles(end: str) -> list[str | None]:
    parties = [{"name_ko": "가람군"}, {"name_ko": "별빛목재(주)"}, {"name_ko": "누리식품"}]
    found = _checks(_brief(parties=parties), _ROSTER_PAGE.format(end=end))
    return [
        next((c.status for c in found if c.field == f"parties[{i}].role"), None) for i in (1, 2)
    ]


def test_signers_listed_through_their_heads_are_parties() -> None:
    assert _roster_roles("가") == [None, None]
    assert _roster_roles(" 등이") == [None, None]


def test_a_body_listed_through_its_head_outside_a_signing_is_still_flagged() -> None:
    text = (
        "가람군은 12일 누리식품과 투자협약을 맺었다.\n"
        "행사에는 별빛목재(주) 한바다 회장, 주민 등이 함께했다.\n"
    )
    parties = [{"name_ko": "가람군"}, {"name_ko": "누리식품"}, {"name_ko": "별빛목재(주)"}]
    found = _checks(_brief(parties=parties), text)
    assert next(c.status for c in found if c.field == "parties[2].role") == "unverified"


_LADY_PAGE = (
    "Nuri Secretary of State Han Bada signed a Memorandum of Understanding with Garam Province. "
    "Garam Province is the home of Nuri First Lady Kim Yeo-ul, who was present for the signing.\n\n"
    "“I am proud to see our two regions come together in friendship after so many years of "
    "exchange,” said the First Lady. “I hope the relationship grows stronger still.”\n"
)


def _lady_speaker(speaker: str) -> str:
    text = (
        "I am proud to see our two regions come together in friendship after so many years of "
        "exchange. I hope the relationship grows stronger still."
    )
    quote = {
        "speaker": speaker, "title": "First Lady", "org": "State of Nuri", "speaker_en": speaker,
        "title_en": "First Lady", "text_ko": text, "text_en": text,
    }  # fmt: skip
    parties = [{"name_ko": "누리주", "name_en": "State of Nuri"}, {"name_ko": "가람도"}]
    found = _checks(_brief(parties=parties, quotes=[quote]), _LADY_PAGE)
    return _field(found, "quotes[0].speaker").status


def test_the_title_refers_back_to_the_person_named_with_it() -> None:
    # `said the First Lady` after `Nuri First Lady Kim Yeo-ul`
    assert _lady_speaker("Kim Yeo-ul") == "normalised"
    assert _lady_speaker("Han Bada") not in ("exact", "normalised")


# `B는 A 응급실에 핫라인을 설치한다`: A named inside B's item as the place it serves.
_HOTLINE_PAGE = (
    "가람병원과 누리경찰서는 지난 20일 업무협약식을 열고 적극 협력키로 약속했다.\n"
    "이번 협약은 시민안전 확보를 위한 목적으로 체결했다.\n"
    "누리경찰서는 이를 위해 가람병원 응급실에 핫라인을 설치한다.\n"
)


def _hotline_parties(parties: list[str]) -> list[str]:
    item = {
        "text_ko": "가람병원 응급실에 핫라인을 설치",
        "text_en": "A hotline",
        "parties": parties,
    }
    found = _checks(
        _brief(parties=[{"name_ko": "가람병원"}, {"name_ko": "누리경찰서"}], commitments=[item]),
        _HOTLINE_PAGE,
    )
    return [c.status for c in found if c.field.startswith("commitments[0].parties[")]


def test_a_party_named_as_the_place_an_item_serves_does_not_share_it() -> None:
    assert _hotline_parties(["가람병원", "누리경찰서"]) == ["unverified", "exact"]
    assert _hotline_parties(["누리경찰서"]) == ["exact"]


def test_a_party_written_through_its_head_in_the_item_s_paragraph_still_shares_it() -> None:
    page = _HOTLINE_PAGE.replace("가람병원 응급실에", "가람병원 김바다 원장과 함께 병원 응급실에")
    item = {"text_ko": "병원 응급실에 핫라인을 설치", "text_en": "A hotline",
            "parties": ["가람병원", "누리경찰서"]}  # fmt: skip
    found = _checks(
        _brief(parties=[{"name_ko": "가람병원"}, {"name_ko": "누리경찰서"}], commitments=[item]),
        page,
    )
    statuses = [c.status for c in found if c.field.startswith("commitments[0].parties[")]
    assert "unverified" not in statuses


# `지난 5일 … 체결했다고 6일 밝혔다`: the headline's day is the summary's signing day.
_ANNOUNCED_PAGE = "가람대학교는 지난 5일 누리식품과 업무협약을 체결했다고 6일 밝혔다.\n"


def _headline_flags(headline: str) -> list[str]:
    b = _brief(
        headline_en=headline,
        summary_ko=["가람대학교는 지난 5일 누리식품과 업무협약을 체결했다."],
        summary_en=["Garam University signed an agreement with Nuri Foods on the 5th."],
        parties=[{"name_ko": "가람대학교"}, {"name_ko": "누리식품"}],
    )
    found = _checks(b, "[가람일보] " + _ANNOUNCED_PAGE)
    return [c.claim for c in found if c.field == "headline_en" and c.status == "unsupported"]


def test_a_headline_s_day_is_the_summary_s_day() -> None:
    assert "the 6th" in _headline_flags(
        "Garam University signed an MOU with Nuri Foods on the 6th."
    )
    assert _headline_flags("Garam University signed an MOU with Nuri Foods on the 5th.") == []


@pytest.mark.parametrize(
    ("name_ko", "name_en", "status"),
    [
        ("누리소방서", "Nuri Police Station", "unsupported"),  # another kind's word
        ("누리경찰서", "Nuri Fire Station", "unsupported"),
        ("누리소방서", "Nuri Fire Station", "unverified"),  # a plain translation
        ("가람대학교병원", "Garam University Hospital", "unverified"),  # its own kind's word too
    ],
)
def test_an_english_name_with_another_kind_s_word_names_another_body(
    name_ko: str, name_en: str, status: str
) -> None:
    text = f"{name_ko}는 지난 11일 별빛재단과 업무협약을 체결했다.\n"
    parties = [{"name_ko": name_ko, "name_en": name_en}, {"name_ko": "별빛재단"}]
    found = _checks(_brief(parties=parties), text)
    assert _field(found, "parties[0].name_en").status == status


def _announced_flags(summary_ko: str, summary_en: str, page: str = _ANNOUNCED_PAGE) -> list[str]:
    b = _brief(
        headline_en="Garam University and Nuri Foods sign an MOU.",
        summary_ko=[summary_ko],
        summary_en=[summary_en],
        parties=[{"name_ko": "가람대학교"}, {"name_ko": "누리식품"}],
    )
    found = _checks(b, "[가람일보] " + page)
    return [c.field for c in found if c.status == "unsupported" and "announced" in (c.note or "")]


def test_the_announcement_s_day_given_as_the_signing_day_is_flagged() -> None:
    ko, en = "가람대학교는 지난 6일 누리식품과 업무협약을 체결했다.", "They signed on the 6th."
    assert _announced_flags(ko, en) == ["summary_en[0]", "summary_ko[0]"]


def test_the_signing_day_and_the_announcement_written_as_such_are_not_flagged() -> None:
    ko = "가람대학교는 지난 5일 누리식품과 업무협약을 체결했다고 6일 밝혔다."
    en = "Garam University signed an MOU on the 5th, it said on the 6th."
    assert _announced_flags(ko, en) == []
    # a page that also signs on the 6th: the day is not the announcement's only
    page = _ANNOUNCED_PAGE + "이어 6일 별빛재단과도 협약을 맺었다.\n"
    assert _announced_flags("가람대학교는 6일 누리식품과 업무협약을 체결했다.", "-", page) == []


_TWO_HEADS_PAGE = (
    "가람병원(원장 김바다)은 지난 11일 누리소방서(서장 한누리)와 업무협약을 체결했다.\n"
    '김바다 원장은 "모범적인 협력모델이 될 것"이라고 말했다.\n'
    '한누리 소방서장은 "국민을 위해 노력하겠다"고 말했다.\n'
)


def _summary_person(english: str) -> str | None:
    b = _brief(
        summary_ko=["김바다 원장은 이번 협약이 모범적인 협력모델이 될 것이라고 말했다."],
        summary_en=[english],
        parties=[{"name_ko": "가람병원"}, {"name_ko": "누리소방서"}],
    )
    found = _checks(b, _TWO_HEADS_PAGE)
    return next(
        (c.status for c in found if c.field == "summary_en[0]" and c.kind == "name_en"), None
    )


def test_a_summary_point_s_person_is_the_korean_point_s() -> None:
    assert _summary_person("Director KIM Ba-da said it would be a model.") == "normalised"
    assert _summary_person("Chief HAN Nu-ri said it would be a model.") == "unsupported"


@pytest.mark.parametrize(
    ("title_en", "flagged"),
    [
        ("Governor", True),  # another office the page writes, for someone else
        ("Secretary of State", False),
        ("Nuri Secretary of State", False),  # the same words, with the state
    ],
)
def test_an_english_page_s_other_office_is_no_rendering_of_the_speaker_s_title(
    title_en: str, flagged: bool
) -> None:
    page = _STATE_PAGE.replace("today signed", "on behalf of Governor Kim Dara, today signed")
    b = _state_brief("Han Bada", _JOINED)
    quote = b.quotes[0].model_copy(update={"title_en": title_en})
    found = _checks(b.model_copy(update={"quotes": [quote]}), page)
    assert (_field(found, "quotes[0].title_en").status == "unverified") is flagged


def test_a_korean_point_naming_only_bodies_does_not_contradict_a_person() -> None:
    # `중기부와 소진공이 … 장보기 확산 업무협약을 체결했다`: no person in the Korean point
    b = _brief(
        summary_ko=["가람병원과 누리소진공이 디지털 장보기 확산 업무협약을 체결했다."],
        summary_en=["Garam Hospital (Director KIM Ba-da) and Nuri signed an agreement."],
        parties=[{"name_ko": "가람병원"}, {"name_ko": "누리소방서", "aliases": ["누리소진공"]}],
    )
    found = _checks(b, _TWO_HEADS_PAGE)
    assert [c.status for c in found if c.field == "summary_en[0]" and c.kind == "name_en"] == [
        "normalised"
    ]


def test_an_announcement_told_by_any_announcing_verb_is_flagged() -> None:
    # `…체결했다고 6일 설명했다`: lexicon.ANNOUNCE_VERBS_KO, not a narrower list of its own
    page = _ANNOUNCED_PAGE.replace("밝혔다", "설명했다")
    assert page != _ANNOUNCED_PAGE
    ko, en = "가람대학교는 지난 6일 누리식품과 업무협약을 체결했다.", "They signed on the 6th."
    assert _announced_flags(ko, en, page) == ["summary_en[0]", "summary_ko[0]"]
