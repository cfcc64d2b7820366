"""Commitment forms seen on real pages in 2026, each in own words (invented places and bodies).

Two bodies joined as one subject (`A과 B는 …하기로 했다`), a bracketed list inside one item,
each party's share told in turn, one sentence a party, a lone `협약에 따라 A는 …` where only
one party is named, a view the parties share or the signing itself (no term), what goes on
already (`…협력해오고 있으며`), and English: a bare `Two parties agreed to …`, `They also plan
on …`, and an earlier year's agreement (`In 2018, A and B agreed to …`, no term of this one).
"""

from __future__ import annotations

from structure_helpers import run

from summarizer.structure.en_commitments import english_commitments
from summarizer.structure.lines import Mask
from summarizer.structure.shares import party_shares


def _texts(text: str) -> list[str]:
    return [c.text for c in run(text).commitments]


def test_two_bodies_joined_as_one_subject_pledge_together() -> None:
    text = (
        "이번 협약으로 푸른연구소와 솔숲대학교는 실험 자료를 공유하고 분석 장비도 공동으로 "
        "활용하기로 했다.\n"
        "푸른연구소와 솔숲대학교는 앞으로 공동연구 과제 발굴, 연구 인력 교류 협력, 소장 표본의 "
        "관리 협력 등에 적극 협력하기로 했다.\n"
    )
    assert _texts(text) == [
        "실험 자료를 공유",
        "분석 장비도 공동으로 활용",
        "공동연구 과제 발굴",
        "연구 인력 교류 협력",
        "소장 표본의 관리 협력",
    ]


def test_a_bracketed_list_stays_inside_its_item() -> None:
    text = (
        "두 기관은 협약을 맺었다. 두 기관은 공동연구 과제 발굴, 소장 자원(종자, 표본, 균주 등)에 "
        "대한 관리 협력, 전문가 상호 방문 지원 등에 협력하기로 했다.\n"
    )
    assert _texts(text) == [
        "공동연구 과제 발굴",
        "소장 자원(종자, 표본, 균주 등)에 대한 관리 협력",
        "전문가 상호 방문 지원",
    ]


def test_each_party_tells_its_own_share_in_turn() -> None:
    text = (
        "솔내시는 1일 시청에서 푸른산업진흥원, 지역 중소기업 8곳과 지역인재 채용 협약을 체결했다.\n"
        "솔내시는 구직자 상담 창구를 늘리고 채용 박람회 개최에 나서기로 했다.\n"
        "푸른산업진흥원은 재직자 교육 과정을 운영하기로 했다.\n"
        "협약 기업들은 신규 채용 때 지역 출신 구직자를 우선 채용하기로 했다.\n"
        "솔내시 관계자는 “뜻깊은 자리”라고 말했다.\n"
    )
    assert _texts(text) == [
        "구직자 상담 창구를 늘리고 채용 박람회 개최",
        "재직자 교육 과정을 운영",
        "신규 채용 때 지역 출신 구직자를 우선 채용",
    ]


def test_a_present_share_counts_beside_a_promised_one() -> None:
    text = (
        "솔내소방서는 18일 솔내경찰서와 업무협약을 체결했다.\n"
        "솔내소방서는 솔내경찰서에 응급처치 교육을 지원한다.\n"
        "솔내경찰서는 마을 위치표지판 정보를 솔내소방서와 공유하기로 했다.\n"
    )
    assert _texts(text) == [
        "솔내경찰서에 응급처치 교육을 지원",
        "마을 위치표지판 정보를 솔내소방서와 공유",
    ]


def test_what_each_body_does_is_no_share() -> None:
    # two profiles in the present tense, nothing promised: what each body does already
    text = (
        "솔내자활센터는 지난 7일 솔내아동센터연합회와 업무협약을 맺었다.\n"
        "솔내자활센터는 저소득층에게 상담과 교육 서비스를 제공한다.\n"
        "솔내아동센터연합회는 지역 아동에게 돌봄 서비스를 제공한다.\n"
    )
    assert party_shares(text, Mask([])) == []


def test_one_party_alone_is_no_run_of_shares() -> None:
    text = "솔내시는 협약을 맺었다. 솔내시는 채용 박람회를 열기로 했다.\n"
    assert party_shares(text, Mask([])) == []


def test_terms_under_the_agreement_with_one_named_party() -> None:
    text = (
        "솔내시(시장 홍길동)가 푸른화학㈜와 ‘지역민 우선채용’ 협약을 체결했다.\n"
        "협약에 따라 푸른화학은 신규 채용 시 지역민 우선 채용 제도를 마련하고 채용에 적극 "
        "반영키로 했다.\n"
    )
    got = _texts(text)
    assert "신규 채용 시 지역민 우선 채용 제도를 마련" in got
    assert "채용에 적극 반영" in got


def test_a_shared_view_and_the_signing_are_no_terms() -> None:
    text = (
        "솔내박물관과 푸른전시관은 업무협약을 체결했다.\n"
        "양 기관은 지역 박물관 발전의 중요성을 깊이 인식하고 소장품 정보를 서로 교환하기로 했다.\n"
        "양 기관은 △전시 자문 협력 △학술조사 공동추진 등을 함께 추진할 계획이다.\n"
    )
    got = _texts(text)
    assert not any("인식" in t for t in got)
    assert "전시 자문 협력" in got


def test_what_goes_on_already_is_no_term() -> None:
    text = (
        "솔내시는 10일 푸른시와 교류 협약을 체결했다.\n"
        "솔내시와 푸른시는 2015년 우호 협약을 맺고 문화 분야에 협력해오고 있으며 이번 협약을 통해 "
        "도시 디자인 교류를 확대하기로 했다.\n"
    )
    got = _texts(text)
    assert not any("맺" in t or "협력해오고" in t for t in got)
    assert any("도시 디자인 교류" in t for t in got)


def test_a_bare_count_of_parties_agreed_to() -> None:
    text = (
        "Greenfield Tourism Agency signed an MOU with Hilltop Scenic Area on Tuesday.\n"
        "Two parties agreed to exchange study teams and staff members.\n"
    )
    got = [c.text for c in english_commitments(text, Mask([]))]
    assert got == ["exchange study teams and staff members"]


def test_they_also_plan_on_goes_on_and_an_earlier_year_does_not() -> None:
    text = (
        "According to the agreement, the cities will exchange experience in running festivals.\n"
        "They also plan on conducting surveys and implementing joint projects.\n"
        "In 2018, Northland and Southland agreed to make 2020 a year of exchanges.\n"
    )
    got = [c.text for c in english_commitments(text, Mask([]))]
    assert got == [
        "exchange experience in running festivals",
        "conducting surveys",
        "implementing joint projects",
    ]


def test_two_noun_phrases_joined_before_etc_are_two_items() -> None:
    text = (
        "솔내조달청은 25일 푸른마을과 1사1촌 자매결연을 맺었다. 두 기관은 앞으로 농번기 "
        "일손돕기와 지역 농산물 구매 등 협력활동을 벌이기로 했다.\n"
    )
    assert _texts(text) == ["농번기 일손돕기", "지역 농산물 구매"]


def test_single_words_or_bodies_joined_before_etc_stay_one_item() -> None:
    text = (
        "협약에 따라 두 기관은 학술회의와 세미나 등을 공동으로 개최한다.\n"
        "또 두 기관은 중소기업과 소상공인 등 지원에 협력하기로 했다.\n"
    )
    got = _texts(text)
    assert "학술회의와 세미나 등을 공동으로 개최" in got
    assert not any(t in ("중소기업", "소상공인") for t in got)


def test_a_body_set_up_before_the_marked_list_is_an_item() -> None:
    text = (
        "솔내진흥원은 푸른대학과 업무협약을 체결했다.\n"
        "협약에 따라 양 기관은 실무협의체를 구성해 △인력 양성 프로그램 운영 △공동연구 추진 "
        "△장비 공동 활용 등 다양한 사업을 함께 수행하게 된다.\n"
    )
    assert _texts(text) == [
        "실무협의체를 구성",
        "인력 양성 프로그램 운영",
        "공동연구 추진",
        "장비 공동 활용",
    ]


def test_the_means_before_the_marked_list_is_no_item() -> None:
    text = (
        "솔내진흥원은 푸른대학과 업무협약을 체결했다.\n"
        "양 기관은 이번 협약을 통해 △인력 양성 프로그램 운영 △공동연구 추진 등에 협력한다.\n"
    )
    assert _texts(text) == ["인력 양성 프로그램 운영", "공동연구 추진"]


def test_sentences_glued_without_a_space_go_on_with_the_run() -> None:
    text = (
        "Under the MoU, the association will provide support for the province's trade missions."
        "The province, in turn, eases permits for member firms.In addition, they want to set up "
        "a culture street in the province.\n"
    )
    got = [c.text for c in english_commitments(text, Mask([]))]
    assert got == [
        "provide support for the province's trade missions",
        "set up a culture street in the province",
    ]


def test_the_content_of_the_agreement_promised_closes_the_item() -> None:
    text = (
        "이날 협약식에서 솔내군의회와 푸른구의회는 문화 분야에서 교류를 추진하고 도농상생에 "
        "상호 적극 지원한다는 내용의 협약을 약속했다.\n"
    )
    assert _texts(text) == ["문화 분야에서 교류를 추진", "도농상생에 상호 적극 지원"]


def test_what_the_signing_comes_to_contribute_is_no_term() -> None:
    text = (
        "솔내호텔은 푸른관광공사와 업무협약을 체결했다.\n"
        "이번 협약으로 솔내호텔은 푸른관광공사와 함께 개발도상국 관광산업 지원에 일조하게 된다. "
        "양 기관은 관광 종사자 초청 프로그램을 지원하고, 관광 인재양성으로 개발도상국의 경제 "
        "개발과 복지 증진에 기여할 계획이다.\n"
    )
    got = _texts(text)
    assert "관광 종사자 초청 프로그램을 지원" in got
    assert not any("일조" in t or "기여" in t for t in got)


def test_a_party_named_without_a_body_word_takes_its_share() -> None:
    # `코리아팜은 …` (no 시/원/㈜ ending it): a party by its own name, found among the parties
    text = (
        "충남 가람군은 누리도, 농업회사법인 별빛팜과 합동 투자협약을 체결했다고 18일 밝혔다.\n"
        "군은 투자 유치로 30명의 신규 일자리를 창출할 것으로 기대하고 있다. 별빛팜은 지역 "
        "인재 우선 채용, 지역 농산물 소비 촉진 등 지역 상생을 위한 책임을 다하기로 했다. "
        "군은 기업의 사업이 원활하게 추진될 수 있도록 행정 지원에 나설 계획이다.\n"
    )
    assert _texts(text) == [
        "지역 인재 우선 채용",
        "지역 농산물 소비 촉진",
        "기업의 사업이 원활하게 추진될 수 있도록 행정 지원",
    ]
