"""Commitment forms met on real news pages (snippets written for these tests): a strategic tie
(`제휴`) as the agreement, a gist told of `이번 합의서는`, `…에는 A, B 등이 포함된다`, `또 …` right
after `주요 내용은 …이다`, both shares in one sentence, background told with `…한 바 있`, an
inline list headed by `세부 내용으로는` alone."""

from __future__ import annotations

from structure_helpers import run_terms as _terms


def test_a_strategic_tie_is_an_agreement_and_its_ceremony_no_term() -> None:
    text = (
        "가온통신과 나래전자가 국내외 시장에서 상호협력을 약속하는 전략적 제휴를 체결했다.\n\n"
        "양사는 지난 15일 제휴식을 갖고 해외 시장에서 신규 서비스를 함께 발굴하기로 의견을 모았다. "
        "제휴에 따라 나래전자는 내년에도 가온통신에 휴대폰을 추가로 공급할 예정이다.\n\n"
        "양 사는 또 내년에 국내 시장에서도 위성방송폰 등 다양한 분야에서 협력을 강화하기로 했다.\n"
    )
    terms = _terms(text)
    assert any("신규 서비스를 함께 발굴" in t for t in terms)
    assert any("휴대폰을 추가로 공급" in t for t in terms)
    assert any("협력을 강화" in t for t in terms)
    assert not any("제휴식" in t for t in terms)


def test_without_an_agreement_word_a_pledge_is_no_term() -> None:
    text = (
        "가온통신과 나래전자가 신제품 발표회를 열었다.\n\n"
        "양사는 해외 시장에서 신규 서비스를 함께 발굴하기로 의견을 모았다.\n"
    )
    assert _terms(text) == []


def test_the_gist_of_an_agreement_paper_and_the_plan_for_it() -> None:
    text = (
        "가온텔레콤은 나래모바일과 양사간 협력관계에 대한 합의서(MOU)를 체결했다고 3일 밝혔다.\n"
        "이번 합의서는 양사간 협력관계 증진, 양국간 국제로밍 협력 등을 주요 내용으로 하고 있다. "
        "이를 위해 매년 정기 회의를 양국 교대로 주최하고 상호 실무진에 대한 인적교류를 "
        "증진시킬 계획이다.\n"
    )
    assert _terms(text) == [
        "양사간 협력관계 증진",
        "양국간 국제로밍 협력",
        "매년 정기 회의를 양국 교대로 주최",
        "상호 실무진에 대한 인적교류를 증진",
    ]


def test_the_items_a_joint_project_includes() -> None:
    text = (
        "가온헬스는 17일 나래홍삼과 연구개발 노하우를 공유하는 양해각서(MOU)를 맺었다고 밝혔다.\n"
        "이에 따라 양사는 상호 정보 제공과 다양한 공동사업을 추진하기로 했다.\n"
        "공동사업에는 신제품 개발 및 유통 협력, 연구·제조 기술 및 자료 공유 등이 포함된다.\n"
    )
    terms = _terms(text)
    assert "신제품 개발 및 유통 협력" in terms
    assert "연구·제조 기술 및 자료 공유" in terms


def test_a_further_pledge_right_after_the_main_content() -> None:
    text = (
        "가람대학교와 가람정보대학은 지난 22일 30개 가족기업과 산학협력 협약을 체결했다고 밝혔다.\n"
        "협약의 주 내용은 대학은 기업에게 자동화 기술 지원을 하고 기업은 학생의 현장실습을 "
        "제공한다는 것이다. 또 지자체·기업·대학 협의체 구성 및 운영, 일학습병행제 학생선발을 "
        "위해 상호 협력하기로 했다.\n"
    )
    terms = _terms(text)
    assert "지자체·기업·대학 협의체 구성 및 운영" in terms
    assert "일학습병행제 학생선발" in terms


def test_both_shares_in_one_sentence_with_one_party_found() -> None:
    text = (
        "가람시는 27일 시청에서 나래과학원 가람분원 설립을 위한 업무협약을 체결했다.\n"
        "가람시는 분원 설립을 위하여 건물 등 시설을 제공하고, 나래과학원은 시설을 바탕으로 "
        "교육과 연구 등을 통하여 분원을 운영하기로 했다.\n"
    )
    terms = _terms(text)
    assert any(t.endswith("건물 등 시설을 제공") for t in terms)
    assert any(t.endswith("분원을 운영") for t in terms)


def test_a_later_share_by_a_body_the_story_named_before() -> None:
    text = (
        "가람시는 27일 나래국립대학교 가람캠퍼스 설립을 위한 업무협약을 체결했다.\n"
        "가람시는 캠퍼스 설립을 위하여 건물을 제공하고, 나래국립대는 교육과 연구를 통하여 "
        "캠퍼스를 운영하기로 했다.\n"
    )
    assert any(t.endswith("캠퍼스를 운영") for t in _terms(text))


def test_one_body_alone_in_a_share_sentence_is_no_pair() -> None:
    # one party found (the partner unnamed), as in the pairing rule's own case above; the snippet
    # once named a partner after `27일`, which the party reader missed until s31-kop
    text = (
        "가람시는 27일 업무협약을 체결했다.\n"
        "가람시는 청사 일부를 개방하고, 주민들은 이를 자유롭게 이용하기로 했다.\n"
    )
    assert _terms(text) == []


def test_what_was_done_before_is_no_term() -> None:
    text = (
        "가람통신과 나래모바일이 로밍 협력 합의서를 체결했다고 3일 밝혔다.\n"
        "이번 합의서는 양사간 협력관계 증진, 양국간 국제로밍 협력 등을 주요 내용으로 하고 있다. "
        "가람통신은 지난 6월 해외 업체들과 국제로밍 기본합의서를 체결한 바 있으며 이번 협력을 "
        "통해 사업 전반에 관한 협조체제를 구축할 방침이다.\n"
    )
    terms = _terms(text)
    assert not any("바 있" in t for t in terms)


def test_an_inline_list_headed_by_its_content_label_alone() -> None:
    text = (
        "가람재단은 지난 15일 나래구의회와 지역 인재 육성을 위한 업무협약(MOU)을 체결했다.\n"
        "세부 내용으로는 △ 고등교육 관련 정보 교류 △ 인적 교류 및 자원 활용 지원 △ 지역사회 "
        "발전을 위한 봉사 활동 등이다.\n"
        "또한 양 기관은 교류를 확대하는 등 적극적으로 협약내용을 추진해 나갈 계획이다.\n"
    )
    assert _terms(text) == [
        "고등교육 관련 정보 교류",
        "인적 교류 및 자원 활용 지원",
        "지역사회 발전을 위한 봉사 활동",
    ]


def test_english_partners_before_the_deeds_are_no_part_of_them() -> None:
    text = (
        "Haeul signed a memorandum of understanding (MOU) with Nuri County on Monday.\n"
        "Under the agreement, Haeul will work with the other parties to jointly develop farm "
        "tourism programs and "
        "improve visitor facilities at both sites.\n"
    )
    assert _terms(text) == [
        "jointly develop farm tourism programs",
        "improve visitor facilities at both sites",
    ]


def test_english_bare_tie_is_no_term() -> None:
    text = (
        "The Haeul Drone Association announced on the 14th that it will sign a memorandum of "
        "understanding (MOU) with the Nuri state government to collaborate on drones.\n"
        "Through this signing, the association and the Nuri government will establish a new "
        "global partnership. "
        "They agreed to cooperate in technology exchange, personnel exchange and training, and "
        "standards development.\n"
    )
    terms = _terms(text)
    assert "a new global partnership" not in terms
    assert "standards development" in terms
