"""Forms seen on real news pages, in snippets written for these tests (organisations invented).

Each case runs the whole deterministic layer (regions, facts, structure) on a short page.
"""

from __future__ import annotations

import pytest

from summarizer import extract_facts
from summarizer.models import FactsResult

REF = "2025-06-12"


def facts(page: str) -> FactsResult:
    return extract_facts(page.encode("utf-8"), reference_date=REF)


def names(page: str) -> list[str]:
    return [p.name for p in facts(page).structure.parties]


PARTIES = [
    (
        "a caption names people with positions; the body names the bodies",
        "해울시장 도하람(오른쪽)과 들빛군수 나예린이 협약서를 들고 기념촬영을 하고 있다.\n"
        "해울시는 11일 들빛군청에서 들빛군과 상생발전 협약을 체결했다고 밝혔다.\n",
        ["해울시", "들빛군"],
    ),
    (
        "heads with fused titles (시장, 군수) stand for their bodies",
        "도하람 해울시장과 나예린 들빛군수는 11일 해울시청에서 우호교류 협약을 체결했다.\n",
        ["해울시", "들빛군"],
    ),
    (
        "heads with bare titles name no body: the lead sentence does",
        "해울시와 들빛도가 관광 분야 협력을 약속했다.\n"
        "도 장관과 나 지사는 11일 양해각서를 체결했다.\n",
        ["해울시", "들빛도"],
    ),
    (
        "a description joined by 및 ends at the word before the name",
        "해양 인재 양성 및 연구기관인 한빛해양연구원이 11일 누리항만공사와 양해각서를 체결했다.\n",
        ["한빛해양연구원", "누리항만공사"],
    ),
    (
        "attendees in a 참석한 가운데 clause are not the partner",
        "해울군은 11일 군청에서 도하람 군수와 나예린 들빛구청장 등이 참석한 가운데 들빛구와 "
        "자매결연 협약을 체결했다.\n",
        ["해울군", "들빛구"],
    ),
    (
        "parties named only in the agreement's name",
        "▲도하람 해울시장 권한대행은 11일 오후 2시 시청 회의실에서 '해울시-들빛군 간 상생발전을 "
        "위한 우호교류협약'을 화상으로 체결한다.\n",
        ["해울시", "들빛군"],
    ),
    (
        "a run-in dateline without brackets",
        "한빛경제 나예린 기자 =해울시(시장 도하람)가 11일 들빛시와 업무협약을 맺었다.\n",
        ["해울시", "들빛시"],
    ),
    (
        "a short name in the signing sentence takes the full name from the lead",
        "해양미래개발부와 누리항만공사가 손잡고 항만 데이터를 공유한다.\n"
        "도하람 해양부 장관과 나예린 누리항만공사 사장은 11일 협약서에 서명했다.\n",
        ["해양미래개발부", "누리항만공사"],
    ),
    (
        "a purpose clause before the partner is no party",
        "해울군이 농업·농촌의 상생발전을 도모하기 위해 들빛군과 손잡았다.\n",
        ["해울군", "들빛군"],
    ),
    (
        "two parties in the subject; the aim after them is none",
        "11일 해울군과 들빛시가 우호 교류와 협력 확대를 내용으로 자매결연 했다.\n",
        ["해울군", "들빛시"],
    ),
    (
        "a title's prefix (상임이사) names no body",
        "해울은행 서울본부와 들빛신용재단이 11일 업무협약을 체결했다.\n"
        "도하람 해울은행 본부장과 나예린 들빛신용재단 상임이사가 서명했다.\n",
        ["해울은행 서울본부", "들빛신용재단"],
    ),
]


@pytest.mark.parametrize(("why", "page", "want"), PARTIES, ids=[c[0] for c in PARTIES])
def test_party_forms(why: str, page: str, want: list[str]) -> None:
    assert names(page) == want


COMMITMENTS = [
    (
        "a joint subject and a list closed by 등 in prose",
        "해울시는 11일 들빛군과 협약을 체결했다.\n"
        "양측은 농특산물 직거래 장터 운영, 청소년 교류 프로그램 참여 등 여러 방면에서 협력하기로 했다.\n",
        ["농특산물 직거래 장터 운영", "청소년 교류 프로그램 참여"],
    ),
    (
        "each party's role, then a 또 sentence; one party's own plan is not added",
        "해울은행은 11일 들빛재단과 업무협약을 체결했다.\n"
        "협약에 따라 해울은행은 대출 대상 기업을 들빛재단에 추천하고 들빛재단은 보증 대상 기업을 "
        "해울은행에 추천할 예정이다.\n"
        "또 해울은행은 재단 사업에 동참하고, 들빛재단은 협력은행으로 해울은행을 최우선 검토하는 등 "
        "상호 협력하기로 했다.\n"
        "해울은행은 올해 대출 규모를 두 배로 늘릴 계획이다.\n",
        [
            "대출 대상 기업을 들빛재단에 추천",
            "보증 대상 기업을 해울은행에 추천",
            "재단 사업에 동참",
            "협력은행으로 해울은행을 최우선 검토",
        ],
    ),
    (
        "main terms given as 주요 내용은 A, B 등이다",
        "해울재단은 들빛병원과 업무협약을 27일 체결했다.\n"
        "주요 협약내용은 임직원 건강검진 지원, 재단 행사 의료지원 체계 구축 등이다.\n"
        "양 기관은 향후 긴밀한 협력을 지속하기로 뜻을 모았다.\n",
        ["임직원 건강검진 지원", "재단 행사 의료지원 체계 구축"],
    ),
    (
        "a list whose first item holds its own 등",
        "해울시는 27일 들빛군과 협약을 체결했다.\n"
        "협약에 따라 두 지자체는 현장실습 학교 운영 등 귀촌 사업, 청소년 역사 교류, 직거래 장터 "
        "운영 등 3개 분야 협력을 약속한다.\n",
        ["현장실습 학교 운영 등 귀촌 사업", "청소년 역사 교류", "직거래 장터 운영"],
    ),
    (
        "a page run together: the narrative after the pledge is no item",
        "해울군은 11일 들빛구와 자매결연 협약을 체결했다.결연을 통해 양 자치단체는 교육·관광 등 "
        "다양한 분야에서 교류를 추진하기로 했다.협약 체결 후 들빛구 대표단은 해울군 관광지를 "
        "방문했다.\n",
        ["교육·관광 등 다양한 분야에서 교류를 추진"],
    ),
    (
        "a contracted pledge (…추진키로 했다)",
        "해울군은 11일 들빛상공회와 우호교류 협약을 맺었다.\n"
        "양 기관은 가능한 분야부터 적극 지원하기로 결정하고 협력 사업을 공동 추진키로 했다.\n",
        ["가능한 분야부터 적극 지원하기로 결정", "협력 사업을 공동 추진"],
    ),
    (
        "a 등-list describing a committee is one item",
        "해울부는 11일 들빛부와 양해각서를 체결했다.\n"
        "이에 따라 양국은 콘텐츠 공동제작을 활성화해 나간다.\n"
        "또 해울재단, 들빛재단 등으로 구성된 위원회 설치를 통해 양해각서 이행을 지원해 나간다.\n",
        [
            "콘텐츠 공동제작을 활성화",
            "해울재단, 들빛재단 등으로 구성된 위원회 설치를 통해 양해각서 이행을 지원",
        ],
    ),
]


@pytest.mark.parametrize(("why", "page", "want"), COMMITMENTS, ids=[c[0] for c in COMMITMENTS])
def test_commitment_forms(why: str, page: str, want: list[str]) -> None:
    got = facts(page).structure.commitments
    assert [c.text for c in got] == want
    assert all(page[c.start : c.end] == c.text for c in got)


def test_a_question_mark_inside_a_word_ends_no_sentence() -> None:
    page = "해울대와 들빛대가 전문대학 공유?협력 확산을 위한 업무협약을 체결했다.\n"
    assert names(page) == ["해울대", "들빛대"]


def test_speaker_after_이에_대해() -> None:
    page = (
        "해울시는 11일 들빛시와 업무협약을 맺었다.\n"
        "이에 대해 나예린 들빛시장은 “이번 협약으로 두 도시가 함께 성장하길 바란다”고 화답했다.\n"
    )
    quotes = facts(page).structure.quotes
    assert [(q.speaker, q.org) for q in quotes] == [("나예린", "들빛시")]


def test_an_official_of_the_story_s_own_county_speaks_for_it() -> None:
    page = (
        "해울군은 11일 군청에서 들빛군과 자매결연 협약을 체결했다.\n"
        "군 관계자는 “두 군이 함께 로컬푸드를 키워 나가겠다”고 밝혔다.\n"
    )
    quotes = facts(page).structure.quotes
    assert [(q.speaker, q.org) for q in quotes] == [("군 관계자", "해울군")]


def test_a_sister_city_pact_dates_the_event() -> None:
    page = "11일 해울군과 들빛시가 우호 교류와 협력 확대를 내용으로 자매결연 했다.\n"
    event = facts(page).structure.event
    assert event is not None and event.date == "2025-06-11"


def test_english_subject_with_its_head_in_brackets_and_a_modal() -> None:
    page = (
        "The Haeul Ministry (Minister Do Ha-ram) will conclude a cooperation memorandum with "
        "the Deulbit Province (Governor Na Ye-rin) at the ministry on June 11.\n"
    )
    assert names(page) == ["Haeul Ministry", "Deulbit Province"]


MORE_PARTIES = [
    (
        "a legal form ending in 인 opens the name; 대표하는 is no topic",
        "국가 해양을 대표하는 연구기관인 재단법인 해울연구원(원장 도하람)과 사회복지법인 들빛재단"
        "(이사장 나예린)이 11일 업무협약을 맺었다.\n",
        ["해울연구원", "들빛재단"],
    ),
    (
        "a bare 오후 before the partner is no part of its name",
        "해울경찰서(도하람 서장)는 17일 오후 들빛시 모범운전자회와 업무협약을 체결했다.\n",
        ["해울경찰서", "들빛시 모범운전자회"],
    ),
    (
        "an aim joined by 과 before a purpose clause; the partner after it",
        "특히, 이날 행사에서 해울 상공인들은 해울 도약과 경제 실현을 위해 들빛상공회의소협의회와 "
        "상생발전 협약을 체결했다.\n",
        ["해울 상공인들", "들빛상공회의소협의회"],
    ),
    (
        "people after 한편 are no parties",
        "해울군이 농촌 상생발전을 위해 들빛군과 손잡았다.\n"
        "한편, 이날 참석자들은 자매결연 협약식에 이어 등반 행사를 가졌다.\n",
        ["해울군", "들빛군"],
    ),
]


@pytest.mark.parametrize(("why", "page", "want"), MORE_PARTIES, ids=[c[0] for c in MORE_PARTIES])
def test_more_party_forms(why: str, page: str, want: list[str]) -> None:
    assert [n.split("(")[0] for n in names(page)] == want


def test_a_byline_below_the_story_is_no_title_and_hides_nothing() -> None:
    page = (
        "해울경찰서(서장 도하람)은 8월 28일 청사 3층 대회의실에서 들빛협의회와 업무협약을 체결했다.\n"
        "해울뉴스통신/나예린 기자\n"
    )
    result = facts(page)
    assert names(page) == ["해울경찰서", "들빛협의회"]
    assert (
        result.structure.event is not None and result.structure.event.place == "청사 3층 대회의실"
    )


def test_an_inline_list_closed_by_the_copula() -> None:
    page = (
        "해울위원회는 30일 들빛대학교와 업무협약을 체결했다.\n"
        "협약 주요 내용은 △치안 서비스 협업 △과학 치안 사업 협력 △정책 개발과 홍보 지원이다.\n"
    )
    got = [c.text for c in facts(page).structure.commitments]
    assert got == ["치안 서비스 협업", "과학 치안 사업 협력", "정책 개발과 홍보 지원"]
