"""Commitments in prose forms seen on real news (own snippets, invented bodies and places).

`향후 A, B 등을 중심으로 협력하기로 했다` (no subject), `협약에 따르면 양 기관은 …`, `…한다는 내용이다`,
a `또 …할 예정이다` sentence after a list, a story that names the parties only as `양 기관`,
and English `The MOU calls for …` / `will pave the way for …` sentences.
"""

from __future__ import annotations

import pytest
from structure_helpers import run

from summarizer.structure.lines import Mask
from summarizer.structure.prose import prose_commitments

PROSE = [
    (
        "a list closed by 등 whose subject is left unsaid",
        "해울연구원과 들빛의료원은 협정을 맺었다.\n"
        "향후 공동연구, 장비 및 시설 상호 이용, 연구인력 교류 등을 중심으로 협력을 강화하기로 했다.\n",
        ["공동연구", "장비 및 시설 상호 이용", "연구인력 교류"],
    ),
    (
        "협약에 따르면 opens the parties' pledge",
        "협약에 따르면 양 기관은 직원 교류, 교육 자료 공유, 학술대회 공동 개최 등에 대한 협력을 모색한다.\n",
        ["직원 교류", "교육 자료 공유", "학술대회 공동 개최"],
    ),
    (
        "특히 양측은 …등 다양한 사업을 펼칠 예정이다",
        "특히 양측은 수산물 시장 정보 교류, 공동 판로 조사, 수출 상담 지원 등 다양한 사업을 펼칠 예정이다.\n",
        ["수산물 시장 정보 교류", "공동 판로 조사", "수출 상담 지원"],
    ),
    (
        "a sentence with no subject of its own goes on with the pledge",
        "협약에 따르면 양 기관은 연구 장비 공동 활용, 연구원 교류 등에 협력한다.\n"
        "들빛의료원의 임상 자료를 해울연구원의 분석 과정에 접목하는 협력도 강화할 예정이다.\n",
        [
            "연구 장비 공동 활용",
            "연구원 교류",
            "들빛의료원의 임상 자료를 해울연구원의 분석 과정에 접목하는 협력도 강화",
        ],
    ),
    (
        "the agreement's content, its aim, then 이를 위해 …할 방침이다",
        "두 나라는 해양 문화 양해각서를 맺었다. 어촌 축제 교류를 넓히는 등 협력을 촉진한다는 내용이다.\n"
        "바다 문화 협력을 본격화하겠다는 취지다.\n"
        "이를 위해 두 나라 관계 부처가 참여하는 '해양문화 위원회'를 설치할 방침이다.\n",
        ["어촌 축제 교류를 넓히", "두 나라 관계 부처가 참여하는 '해양문화 위원회'를 설치"],
    ),
]


@pytest.mark.parametrize(("why", "text", "want"), PROSE, ids=[c[0] for c in PROSE])
def test_prose_pledge_forms(why: str, text: str, want: list[str]) -> None:
    got = prose_commitments(text, Mask([]))
    assert [c.text for c in got] == want
    assert all(text[c.start : c.end] == c.text for c in got)


def test_one_partys_own_sentence_does_not_go_on_with_the_pledge() -> None:
    # speakers' own topics (`A 시장은 …, B 시장은 …`) after the pledge are no joint item
    text = (
        "양 도시는 관광 상품 공동 개발, 축제 상호 참여 등을 추진하게 된다.\n"
        "협약식에 이어 도하람 시장은 들빛시에 기부금을, 나예린 시장은 해울시에 기부금을 각각 "
        "전달하며 협력을 약속했다.\n"
    )
    assert [c.text for c in prose_commitments(text, Mask([]))] == [
        "관광 상품 공동 개발",
        "축제 상호 참여",
    ]


def test_a_goal_clause_with_two_verbs_stays_one_item() -> None:
    text = "협약에 따라 두 기관은 해울 기업이 들빛 시장에 자리 잡고 성장할 수 있도록 지원하기로 했다.\n"
    assert [c.text for c in prose_commitments(text, Mask([]))] == [
        "해울 기업이 들빛 시장에 자리 잡고 성장할 수 있도록 지원"
    ]


SIGNED = "해울진흥원(원장 도하람)은 18일 들빛대학교 연구소와 업무협약(MOU)을 체결했다.\n\n"


def test_a_follow_up_after_an_inline_list_adds_its_clauses() -> None:
    text = (
        SIGNED
        + "이에 따라 양 기관은 ▲수출 상담 지원 ▲인허가 자문 ▲공동 기술 개발 등에 협력할 방침이다.\n"
        "또 이행 점검을 위해 공동운영협의회를 신설하고 교류 행사를 정례화할 예정이다.\n"
        "특히 해울진흥원은 올해 안에 상담 창구를 따로 열 계획이다.\n"
    )
    got = [c.text for c in run(text).commitments]
    assert got[:3] == ["수출 상담 지원", "인허가 자문", "공동 기술 개발"]
    # the `또` sentence is the parties' pledge; one party's own plan after it is not
    assert any("공동운영협의회를 신설" in c for c in got[3:])
    assert not any("상담 창구" in c for c in got)


def test_no_follow_up_without_a_connective() -> None:
    text = (
        SIGNED + "이에 따라 양 기관은 ▲수출 상담 지원 ▲인허가 자문 등에 협력할 방침이다.\n"
        "해울진흥원은 지난해 상담 창구를 새로 열었다.\n"
    )
    assert [c.text for c in run(text).commitments] == ["수출 상담 지원", "인허가 자문"]


def test_parties_named_only_together_still_give_prose_items() -> None:
    # a copied page that starts mid-story: no organisation is named, `양 기관` is
    text = (
        "양 기관은 이번 협정을 통해 난치병 연구를 위해 손을 잡았다.\n"
        "향후 공동연구, 연구 인력 교류 등을 중심으로 협력을 강화하기로 했다.\n"
    )
    assert [c.text for c in run(text).commitments] == ["공동연구", "연구 인력 교류"]


def test_no_joint_subject_and_no_parties_gives_no_prose_items() -> None:
    text = "해울시는 올해 공원 조성, 도로 정비 등을 중심으로 예산을 늘리기로 했다.\n"
    assert run(text).commitments == []


ENGLISH = [
    (
        "calls for, then a glued full stop before Under the agreement",
        "The MOU calls for joint bids for port projects in Africa.Under the agreement, the two "
        "sides will set up a working group and hold talks involving ports, banks and shippers.\n",
        [
            "joint bids for port projects in Africa",
            # (two verbs, two deeds: `set up A and hold B`)
            "set up a working group",
            "hold talks involving ports, banks and shippers",
        ],
    ),
    (
        "will pave the way for …, including …, according to …",
        "The MOU signed between Haeul Mayor Do Ha-ram and Deulbit Gov. Na Ye-rin will pave the "
        "way for exchanges across sectors, including trade, tourism and culture, according to "
        "officials.\n",
        ["exchanges across sectors, including trade, tourism and culture"],
    ),
    (
        "seek to …, an aside between dashes, and who said it",
        "Through the agreement, the two countries will seek to widen ties in fisheries -- a "
        "shared priority -- particularly in training and research, the ministry said.\n",
        ["widen ties in fisheries"],
    ),
]


@pytest.mark.parametrize(("why", "text", "want"), ENGLISH, ids=[c[0] for c in ENGLISH])
def test_english_prose_forms(why: str, text: str, want: list[str]) -> None:
    got = prose_commitments(text, Mask([]))
    assert [c.text for c in got] == want
    assert all(text[c.start : c.end] == c.text for c in got)


def test_a_pledge_that_names_no_party_is_an_unsure_hint() -> None:
    from summarizer import extract_facts
    from summarizer.prompting import fact_hints, summary_messages

    page = (
        "해울연구원은 11일 들빛의료원과 업무협약을 체결했다.\n"
        "이에 따라 양 기관은 ▲공동 연구 ▲장비 공동 활용 등에 협력한다.\n"
        "또 연구 인력 교류를 정례화할 예정이다.\n"
    )
    facts = extract_facts(page.encode("utf-8"), reference_date="2025-06-12")
    hints = fact_hints(facts)
    assert [(c["text"], c["unsure"]) for c in hints["commitments"]] == [
        ("공동 연구", None),
        ("장비 공동 활용", None),
        ("연구 인력 교류를 정례화", "after the list"),
    ]
    _, user = summary_messages(page, facts)
    body = user["content"].split("<<<DOCUMENT")[0]
    assert "\ncommitment: 공동 연구\n" in body
    assert "\ncommitment (unsure, after the list: include only if" in body


def test_an_unsubjected_list_is_unsure_and_a_joint_one_is_not() -> None:
    text = "향후 공동연구, 연구인력 교류 등을 중심으로 협력을 강화하기로 했다.\n"
    assert {(c.confidence, c.why) for c in prose_commitments(text, Mask([]))} == {
        ("low", "no stated subject")
    }
    text = "양 기관은 공동연구, 연구인력 교류 등에 협력하기로 했다.\n"
    assert {c.confidence for c in prose_commitments(text, Mask([]))} == {"high"}


def test_a_pledge_right_after_the_signing_may_leave_its_subject_unsaid() -> None:
    text = (
        "해울군이 들빛군과 손잡았다.\n"
        "군은 지난 21일 군청에서 자매결연 협약식을 가졌다.\n"
        "특히, 농정 시책을 공유하고 민간단체의 교류를 확대해 나가기로 했다.\n"
    )
    got = prose_commitments(text, Mask([]))
    assert [(c.text, c.why) for c in got] == [
        ("농정 시책을 공유", "no stated subject"),
        ("민간단체의 교류를 확대", "no stated subject"),
    ]


def test_a_field_by_field_run_in_the_present_tense() -> None:
    # `관광분야에서는` is a place in the text, not a party speaking for itself
    text = (
        "두 시는 청년과 관광 분야 과제를 선정해 추진할 예정이다.\n"
        "청년 분야에서 정책 네트워크 간 협력 강화, 활동경험 공유 등을 한다.\n"
        "관광분야에서는 두 도시를 잇는 체험 관광상품을 공동 개발한다.\n"
        "이밖에 시립 합창단 상호 초청공연, 공무원 교류 등으로 우호를 증진한다.\n"
    )
    got = [c.text for c in prose_commitments(text, Mask([]))]
    assert "활동경험 공유" in got
    assert "두 도시를 잇는 체험 관광상품을 공동 개발" in got
    assert "시립 합창단 상호 초청공연" in got and "공무원 교류" in got


def test_a_later_paragraph_where_the_parties_pledge_together() -> None:
    text = (
        "이를 통해 교육복지 네트워크를 구축한다.\n"
        "해울교육지원청은 지난 2018년부터 다른 지원청과 교류를 추진해 오고 있다.\n"
        "앞으로 7개 교육지원청은 담당자 전문성 신장, 사업 정보 공유 등을 추진할 예정이다.\n"
        "7개 교육지원청은 오는 15일 설명회에서 협약 내용을 소개할 예정이다.\n"
    )
    got = [c.text for c in prose_commitments(text, Mask([]))]
    assert got == ["교육복지 네트워크를 구축", "담당자 전문성 신장", "사업 정보 공유"]


def test_a_memorandum_of_agreement_is_a_signing() -> None:
    text = (
        "해울시, 들빛시와 상생협력 합의 각서\n\n"
        "해울시는 오는 20일 들빛시와 상생협력 합의 각서(MOA)를 체결한다.\n"
        "두 시는 청년 축제 상호 참여, 관광상품 공동 개발 등을 추진할 예정이다.\n"
    )
    assert [c.text for c in run(text).commitments] == ["청년 축제 상호 참여", "관광상품 공동 개발"]


MORE = [
    (
        "the parties named together by any noun: 이들 농협은, present tense",
        "이들 농협은 우호 교류를 통한 역량 강화, 수산물 직거래, 판로 확대 등을 추진한다.\n",
        ["우호 교류를 통한 역량 강화", "수산물 직거래", "판로 확대"],
    ),
    (
        "두기관은 (no space) …하고, A, B, C 등 … 도모키로 협약했다",
        "이날 두기관은 상생의 기틀을 마련하고, 축제 초청 방문, 직거래장터 운영, 일손돕기 등 각종 "
        "교류를 통해 지역발전을 도모키로 협약했다.\n",
        ["상생의 기틀을 마련", "축제 초청 방문", "직거래장터 운영", "일손돕기"],
    ),
    (
        "single-word fields before 등 name one item; …할 것과, joins two",
        "특히 양 기관은 행정, 경제, 문화 등 각 분야에서 교류 협력할 것과, 청소년 단체의 교류활동도 "
        "적극 지원하기로 했다.\n",
        ["행정, 경제, 문화 등 각 분야에서 교류 협력", "청소년 단체의 교류활동도 적극 지원"],
    ),
    (
        "after a connective, any present tense goes on",
        "이번 협약에 따라 양 기관은 전문인력 양성을 위한 상호 지원에 나선다. "
        "아울러 산학협력 활성화를 위해서도 서로 힘을 모은다.\n",
        ["전문인력 양성을 위한 상호 지원", "산학협력 활성화"],
    ),
    (
        "English: under which the sides agreed to A, B and C",
        "The ministry inked a memorandum with the group, under which the sides agreed to share "
        "data, foster exchange programs and conduct joint projects from 2027.\n",
        ["share data", "foster exchange programs", "conduct joint projects from 2027"],
    ),
    (
        "English: the framework, signed by …, will facilitate",
        "The framework, signed by the Haeul ministry, the Deulbit agency, and the Narae council, "
        "will facilitate joint studies among state-run institutes.\n",
        ["joint studies among state-run institutes"],
    ),
    (
        "English: A and B have agreed to",
        "Haeul and Deulbit have agreed to jointly run flood drills in coastal towns.\n",
        ["jointly run flood drills in coastal towns"],
    ),
]


@pytest.mark.parametrize(("why", "text", "want"), MORE, ids=[c[0] for c in MORE])
def test_more_pledge_forms(why: str, text: str, want: list[str]) -> None:
    got = prose_commitments(text, Mask([]))
    assert [c.text for c in got] == want
    assert all(text[c.start : c.end] == c.text for c in got)


def test_an_english_pledge_before_a_numbered_list_is_kept() -> None:
    text = (
        "Haeul Institute signs tripartite MoU\n\n"
        "Haeul Institute signed a memorandum of understanding with Deulbit Lab and Narae College. "
        "All three parties agreed to build a policy network for training researchers.\n\n"
        "The detailed activities agreed are: ① joint research on policy, ② joint planning of courses, "
        "and ③ staff exchange.\n"
    )
    got = [c.text for c in run(text).commitments]
    assert "build a policy network for training researchers" in got
    assert "joint research on policy" in got and "joint planning of courses" in got


LATER = [
    (
        "English: a `But they agreed to` sentence after one of context",
        "Under the deal, the two wires plan to run joint training for reporters. "
        "Currently, the two wires swap designers only. "
        "But they agreed to widen exchanges to photographers.\n",
        ["run joint training for reporters", "widen exchanges to photographers"],
    ),
    (
        "English: each city will …",
        "In the first phase, each city will dispatch officials to the other to find new projects.\n",
        ["dispatch officials to the other to find new projects"],
    ),
    (
        "English: the agreement will further upgrade …, in such sectors as A, B and C",
        "The agreement will further upgrade the two cities' exchanges in such sectors as trade, "
        "tourism and education.\n",
        ["upgrade the two cities' exchanges in such sectors as trade, tourism and education"],
    ),
    (
        "English: In addition, A and B will …",
        "In addition, Haeul Wire and Deulbit Forum will jointly push for events on clean energy.\n",
        ["jointly push for events on clean energy"],
    ),
    (
        "English: the MOU (in brackets) also calls for …",
        "The memorandum of understanding (MOU) also calls for a plan to cooperate during the games.\n",
        ["a plan to cooperate during the games"],
    ),
    (
        "English: under the agreement, signed by two named heads, the two wires plan to …",
        "Under the agreement, signed by Haeul Wire CEO Do Ha-ram and Deulbit News President Na "
        "Ye-rin, the two news wires plan to run training programs for correspondents.\n",
        ["run training programs for correspondents"],
    ),
    (
        "협약 체결로, each party's own part",
        "이번 협약 체결로 해울시는 센터가 건립될 수 있도록 행정적 지원에 최선을 다하고, 들빛방송은 "
        "센터를 세워 운영하기로 했다.\n",
        ["센터가 건립될 수 있도록 행정적 지원", "센터를 세워 운영"],
    ),
]


@pytest.mark.parametrize(("why", "text", "want"), LATER, ids=[c[0] for c in LATER])
def test_later_pledge_forms(why: str, text: str, want: list[str]) -> None:
    got = prose_commitments(text, Mask([]))
    assert [c.text for c in got] == want
    assert all(text[c.start : c.end] == c.text for c in got)


def test_patterned_box_bullets_inline() -> None:
    text = (
        SIGNED
        + "이번 MOU는 ▦기술혁신 프로그램 도입 ▦유망기술 이전 ▦퇴직인력 활용 등을 골자로 한다.\n"
    )
    assert [c.text for c in run(text).commitments] == [
        "기술혁신 프로그램 도입",
        "유망기술 이전",
        "퇴직인력 활용",
    ]


def test_a_dot_between_two_nouns_ends_no_sentence() -> None:
    from summarizer.structure.lines import iter_sentences

    text = (
        "양 기관은 ▲연구인력 교류 ▲연구시설.장비 공동활용 ▲자료 공유에서 협력한다.특히 양 기관은 …"
    )
    bounds = [text[s:e] for s, e in iter_sentences(text)]
    assert bounds[0].endswith("협력한다.") and "연구시설.장비" in bounds[0]
    got = [c.text for c in run(SIGNED + text + "\n").commitments]
    assert "연구시설.장비 공동활용" in got


def test_one_partys_plan_under_the_agreement_is_unsure() -> None:
    text = "해울청은 이번 협약을 계기로 지역 인재 양성을 위한 사업도 진행할 계획이다.\n"
    assert {(c.confidence, c.why) for c in prose_commitments(text, Mask([]))} == {
        ("low", "one party's plan")
    }
    text = "양 기관은 이번 협약을 계기로 지역 인재 양성 사업을 함께 진행할 계획이다.\n"
    assert {c.confidence for c in prose_commitments(text, Mask([]))} == {"high"}


def test_the_agreements_content_told_after_a_run_opens_another() -> None:
    # `업무협약의 주요 내용은 A, B 등의 내용을 담고 있다` after the parties' pledge: the terms
    text = (
        "가람교육청, 누리재단과 업무협약\n\n가람교육청은 누리재단과 업무협약을 체결했다고 밝혔다.\n\n"
        "이날 업무협약을 통해 양 기관은 진로교육 운영방안을 함께 모색하기로 했다.\n\n"
        "업무협약의 주요 내용은 학교별 체험 프로그램 운영 지원, 체험기관 발굴 및 관리, "
        "센터 전담 직원 운영 등의 내용을 담고 있다.\n"
    )
    got = [c.text for c in run(text).commitments]
    assert got == [
        "진로교육 운영방안을 함께 모색",
        "학교별 체험 프로그램 운영 지원",
        "체험기관 발굴 및 관리",
        "센터 전담 직원 운영",
    ]
