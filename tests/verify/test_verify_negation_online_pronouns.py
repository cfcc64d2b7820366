"""Forms of real pages the verifier misread on careful answers (round s23b), rebuilt from
invented snippets (names invented)."""

from __future__ import annotations

import pytest

from summarizer.english.variants import korean_name_matches
from summarizer.verify.tense import signing_tense

from .claim_checks import brief as _brief
from .claim_checks import checks as _checks
from .claim_checks import field as _field


@pytest.mark.parametrize(
    ("korean", "english", "ok"),
    [
        ("나경화", "NA Kyung-wha", True),  # 화 as Wha: a customary spelling
        ("나경화", "NA Kyung-hwa", True),
        ("나경환", "NA Kyung-whan", True),
        ("나경화", "NA Kyung-woo", False),  # another syllable
        ("나경화", "NA Kyung-ha", False),
        ("나경수", "NA Kyung-wha", False),
    ],
)
def test_hwa_may_be_written_wha(korean: str, english: str, ok: bool) -> None:
    assert korean_name_matches(korean, english) is ok


@pytest.mark.parametrize(
    ("korean", "english", "flagged"),
    [
        (
            "이제 두 도시가 더 이상 남이 아닌 이웃이 될 것",
            "The two cities are no longer strangers",
            False,
        ),
        ("이번 협약이 결실로 끝이 아님을 보여줄 것", "This agreement is not the end", False),
        ("두 도시가 이웃이 될 것", "The two cities will no longer be strangers", True),
    ],
)
def test_the_adnominal_anin_is_a_negation(korean: str, english: str, flagged: bool) -> None:
    assert bool(signing_tense("quotes[0].text_en", english, korean)) is flagged


def _mode_text(room: str) -> str:
    return (
        "가람시-누리시, 우호교류 협약 체결\n\n"
        f"한여울 가람시장과 고누리 누리시장은 4일 오후 가람시청 {room}에서 우호교류 협약을"
        " 체결했다.\n"
    )


@pytest.mark.parametrize(
    ("room", "status"),
    [
        ("영상회의실", "unchecked"),  # a room where both mayors met: no online form
        ("화상회의실", "unchecked"),
        ("대회의실", "unchecked"),
    ],
)
def test_a_video_conference_room_is_a_venue_not_an_online_form(room: str, status: str) -> None:
    briefing = _brief(event={"place_ko": f"가람시청 {room}", "mode": "in_person"})
    assert _field(_checks(briefing, _mode_text(room)), "event.mode").status == status


def test_a_signing_by_video_from_a_conference_room_still_may_be_online() -> None:
    text = (
        "한여울 가람시장은 4일 가람시청 영상회의실에서 누리시와 우호교류 협약을 화상으로"
        " 체결했다.\n"
    )
    briefing = _brief(event={"place_ko": "가람시청 영상회의실", "mode": "in_person"})
    assert _field(_checks(briefing, text), "event.mode").status == "unverified"


PRONOUN_TEXT = (
    "Garam and Nuri sign MOU\n\n"
    "On March 4, Garam Mayor Han Yeoul concluded an MOU with Nuri Mayor Ko Nuri at Garam City"
    " Hall.\n\n"
    'At the ceremony, Garam Mayor Han said, "Our two cities have joined hands for the first'
    ' time." He explained the background, adding "Both cities host a science park and a'
    ' large port."\n\n'
    'Nuri Mayor Ko remarked, "This is a day to remember."\n'
)


def _quote(speaker: str, text: str) -> dict[str, str]:
    return {"speaker": speaker, "text_ko": text, "text_en": text}


@pytest.mark.parametrize(
    ("speaker", "status"),
    [
        ("Han Yeoul", "normalised"),  # `He` after Han's own quotation
        ("Ko Nuri", "unverified"),  # not the speaker of the quotation before `He`
    ],
)
def test_a_pronoun_after_a_quotation_refers_to_its_speaker(speaker: str, status: str) -> None:
    quote = "Both cities host a science park and a large port."
    briefing = _brief(quotes=[_quote(speaker, quote)])
    assert _field(_checks(briefing, PRONOUN_TEXT), "quotes[0].speaker").status == status


COMMITTEE_TEXT = (
    "가람부-누리 축전 조직위원회 업무협약 체결\n\n"
    "가람부는 4일 누리 축전 조직위원회와 업무협약을 체결했다. 이날 서명식에서 한여울 가람부 장관과"
    " 고누리 조직위원장은 업무협약서에 서명했다.\n"
)


@pytest.mark.parametrize(
    ("party", "status"),
    [
        ("누리 축전 조직위원회", "exact"),  # 조직위원장 heads the 조직위원회
        ("누리 축전 운영협의회", "unverified"),  # a body of another kind: no binding
    ],
)
def test_a_committee_head_title_binds_the_committee(party: str, status: str) -> None:
    briefing = _brief(
        parties=[
            {"name_ko": "가람부", "signatory": "한여울"},
            {"name_ko": party, "signatory": "고누리"},
        ]
    )
    checks = _checks(briefing, COMMITTEE_TEXT)
    assert _field(checks, "parties[1].signatory").status == status


ITEM_TEXT = (
    "가람공사, 누리공단과 업무협약 체결\n\n"
    "가람공사는 4일 누리공단 회의실에서 업무협약을 체결했다.\n"
    "협약 내용은 △고객 정보 공유 △직원 교류 △솔내도와 기관 간 상생 협업 등의 분야에 있어"
    " 긴밀한 동반자 관계를 구축해 나갈 것을 약속했다.\n"
)


@pytest.mark.parametrize(
    ("name", "flagged"),
    [
        ("솔내도", True),  # named only inside a listed cooperation item: a partner of the item
        ("누리공단", False),  # the signing partner of the lead
    ],
)
def test_a_body_named_only_inside_a_listed_item_is_no_party(name: str, flagged: bool) -> None:
    briefing = _brief(parties=[{"name_ko": "가람공사"}, {"name_ko": name}])
    checks = _checks(briefing, ITEM_TEXT)
    assert any(c.field == "parties[1].role" for c in checks) is flagged


def _together_text(clause: str) -> str:
    return (
        "가람구, 누리대와 상생발전 협약 체결\n\n"
        "가람구(구청장 한여울)는 4일 누리대 회의실에서 관·학 상생발전을 위한 협약을 체결했다.\n\n"
        f"이번 협약에 따라 가람구는 {clause}\n"
    )


@pytest.mark.parametrize(
    ("clause", "item", "parties", "flagged"),
    [
        # `B와 함께` in the item's own clause: B does the item with the subject
        ("누리대와 함께 교육 · 문화 등 각 분야에서 긴밀한 협력관계를 만들어 가게 된다.",
         "교육 · 문화 등 각 분야에서 긴밀한 협력관계", ["가람구"], True),
        ("누리대와 함께 교육 · 문화 등 각 분야에서 긴밀한 협력관계를 만들어 가게 된다.",
         "교육 · 문화 등 각 분야에서 긴밀한 협력관계", ["가람구", "누리대"], False),
        # a clause ends between them: the item is the subject's alone
        ("누리대와 함께 축제를 열고, 주민 교육을 지원한다.", "주민 교육을 지원", ["가람구"], False),
    ],
)  # fmt: skip
def test_a_party_written_together_with_the_subject_shares_the_item(
    clause: str, item: str, parties: list[str], flagged: bool
) -> None:
    briefing = _brief(
        parties=[{"name_ko": "가람구"}, {"name_ko": "누리대"}],
        commitments=[{"text_ko": item, "text_en": "x", "parties": parties}],
    )
    checks = _checks(briefing, _together_text(clause))
    bad = [
        c
        for c in checks
        if c.field.startswith("commitments[0].parties") and c.status == "unsupported"
    ]
    assert bool(bad) is flagged, checks
