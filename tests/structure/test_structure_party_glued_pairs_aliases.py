"""Party forms that remained missed across the tuning sets (invented snippets of real-page
forms, s25b-parties)."""

from __future__ import annotations

from tests.structure.structure_helpers import names, parties


def test_a_pair_joined_by_a_glued_gan_with_a_heads_bracket() -> None:
    # no subject before the agreement: `A(총경·…)와 B간 … 협약식이 열렸다`
    page = (
        "학교폭력 예방 위해 손잡아\n\n"
        "누리시 관내 학교폭력을 예방하기 위한 가람경찰서(총경·홍길동)와 누리시 학원연합회간 "
        "상호 업무협약식이 3일 가람경찰서에서 열렸다.\n"
        "이번 협약은 학원가 주변의 안전 활동을 담고 있다.\n"
    )
    got = names(page)
    assert "가람경찰서" in got
    assert any(n.endswith("학원연합회") for n in got)
    assert not any("위한" in n for n in got)


def test_kinds_joined_by_a_glued_gan_name_no_pair() -> None:
    # `기업과 마을간 네트워크`: two kinds of body, not the two sides
    page = (
        "가람시 별빛면, 1사1촌 자매결연\n\n"
        "가람시 별빛면(면장 홍길동)이 지난 5일 별빛면 회의실에서 자매결연 협약식을 개최했다.\n"
        "이번 협약은 가람시 북부권의 기업과 마을간 상시적인 네트워크를 구축하기 위한 것이다.\n"
    )
    assert not any("기업" in n for n in names(page))


def test_a_department_store_is_a_company() -> None:
    # a subject a middle dot splits, then partners that must carry a body's mark
    page = (
        "판로지원 업무협약 체결\n\n"
        "대·중소기업·누리 협력재단은 지난 3일 별빛백화점, 가람유통센터와 판로지원을 위한 "
        "업무협약을 체결했다고 5일 밝혔다.\n"
    )
    got = names(page)
    assert "가람유통센터" in got
    assert "별빛백화점" in got


def test_a_village_after_the_places_that_locate_it_answers_to_its_name() -> None:
    # `…마을` ends the village's name, not an object in `을`, after places and `관내`
    page = (
        "누리농협, 자매결연\n\n"
        "누리농협(조합장 홍길동)은 5일 가람도 별빛 관내 달빛마을과 ‘또 하나의 마을’ "
        "자매결연을 체결했다고 밝혔다.\n"
    )
    got = {p.name: p for p in parties(page)}
    assert "누리농협" in got
    assert any(p.name == "달빛마을" or "달빛마을" in p.aliases for p in got.values())


def test_a_body_named_after_its_village_keeps_the_village() -> None:
    # `가람동 별빛마을 주민협의체`: the village is part of the name, not a clause ending in `을`
    page = (
        "치안 업무협약\n\n"
        "누리경찰서(서장 홍길동)는 3일 오후 3시 가람동 누리센터(센터장 김철수), 가람동 별빛마을 "
        "주민협의체(대표 이영희)와 치안 업무협약식을 가졌다고 밝혔다.\n"
    )
    got = names(page)
    assert "가람동 누리센터" in got
    assert "가람동 별빛마을 주민협의체" in got


def test_a_quoted_subject_declaring_its_short_name_is_no_agreement_name() -> None:
    page = (
        "협력사 모임, 동반성장 협약식\n\n"
        "별빛전자 협력업체들의 모임인 ‘별빛전자 협력사 협의회(이하 별협회)’는 지난 4일 가람호텔에서 "
        "‘2024년 공정거래 및 동반성장 협약식’을 가졌다고 6일 밝혔다.\n"
    )
    assert "별빛전자 협력사 협의회" in names(page)


def test_quoted_partners_declaring_their_short_name_stay_partners() -> None:
    page = (
        "가람도시공사, 중소기업 경쟁력 강화 협약\n\n"
        "가람도시공사(사장 홍길동, 이하 공사)는 지난 2일 판매사업 협력 공동체인 ‘누리상가협동조합 "
        "및 별빛상가협동조합(이하 협동조합)’과 관내 중소기업 경쟁력 강화를 위한 업무협약을 "
        "체결했다고 밝혔다.\n"
    )
    got = names(page)
    assert "누리상가협동조합" in got
    assert "별빛상가협동조합" in got
