"""Parties in forms real news pages use (invented snippets): a 조인식, one kind of body in two
towns, ..."""

from __future__ import annotations

from summarizer.extract import facts_record


def _parties(text: str) -> list[tuple[str, list[str]]]:
    rec = facts_record(text.encode("utf-8"), reference_date="2024-05-20")
    return [(p.name, list(p.aliases)) for p in rec.structure.parties]


def _names(text: str) -> list[str]:
    return [n for n, _ in _parties(text)]


def test_a_joining_ceremony_is_a_signing() -> None:
    text = (
        "세 고을 행정협력회 출범\n\n"
        "충남 가람시, 경기도 누리시, 충북 별빛군이 지난 15일 별빛군청에서 상호 교류를 위한 "
        "행정협력회 조인식을 가졌다.\n"
        "세 단체장은 3개항의 합의문에 서명했다.\n"
    )
    assert _names(text) == ["가람시", "누리시", "별빛군"]


def test_one_kind_of_body_in_two_towns_is_two_bodies() -> None:
    text = (
        "가람시·누리시 상인연합회, 상생 협약\n\n"
        "전북특별자치도 가람시 상인연합회와 경상남도 누리시 상인연합회는 지난 7일 "
        "누리시 상인연합회 강당에서 상생을 위한 업무협약(MOU)을 체결했다고 밝혔다.\n"
    )
    got = _parties(text)
    assert [n for n, _ in got] == ["가람시 상인연합회", "누리시 상인연합회"]
    for _, aliases in got:  # the bare name and the town answer to neither
        assert "상인연합회" not in aliases
        assert "가람시" not in aliases and "누리시" not in aliases


def test_a_market_named_like_a_mayor_is_no_city() -> None:
    # `별빛시장` three times and never `별빛시` alone: a market, not the mayor of a 별빛시
    text = (
        "㈜가온식품은 12일 별빛시장과 전통시장 이웃 맺기 협약을 체결했다. "
        "<사진 왼쪽부터 ㈜가온식품 도하람 사장, 별빛시장상인회 문지호 회장> |\n"
        "이번 협약으로 가온식품은 별빛시장의 홍보를 돕고, 별빛시장도 상생에 힘쓰기로 했다.\n"
    )
    names = _names(text)
    assert "별빛시" not in names and "전통시" not in names
    assert names == ["㈜가온식품", "별빛시장"]


def test_a_mayor_whose_city_is_named_again_still_counts() -> None:
    text = (
        "가람시, 누리공사와 협약\n\n"
        "가람시는 12일 시청에서 누리공사와 상생 협약을 맺었다.\n"
        "협약식에는 도하람 가람시장과 문지호 누리공사 사장이 참석했다.\n"
    )
    assert _names(text) == ["가람시", "누리공사"]


def test_a_count_of_the_names_listed_closes_the_list() -> None:
    text = (
        "누리구, 3개 기관과 안전도시 협약\n\n"
        "누리구가 지난 11일 가람교육지원청, 누리경찰서, 누리소방서 3개 유관기관과 "
        "안전도시 조성을 위해 업무협약을 체결했다.\n"
    )
    assert _names(text) == ["누리구", "가람교육지원청", "누리경찰서", "누리소방서"]


def test_a_count_of_other_bodies_is_no_name() -> None:
    # `6곳` counts unnamed bodies: `광역 조직위원회` is no party's name
    text = (
        "가람엑스포 조직위원회, 협약\n\n"
        "가람엑스포 조직위원회가 13일 전국 엑스포·광역 조직위원회 6곳과 업무협약을 했다.\n"
    )
    assert "광역 조직위원회" not in _names(text)


def test_a_story_on_one_line_with_its_notice_at_the_end() -> None:
    # the whole story is one line closed by a copyright notice; a menu line follows it
    text = (
        "[가람뉴스=도하람기자] 가람시 누리동은 지난 30일 누리동 행정복지센터에서 취약계층 "
        "의료지원을 위한 업무협약을 체결했다. 누리동 행정복지센터, 누리동 지역사회보장협의체, "
        "별빛한방병원 3개 기관이 참석한 이번 업무협약을 통해 ▲취약계층 발굴 ▲의료서비스 지원 "
        "등을 함께 진행할 예정이다. 문지호 병원장은 “이번 협약으로 저소득 취약계층의 "
        "의료지원에 힘쓰고 지역복지 증진에 누리동과 긴밀히 협조해 나가겠다”고 전했다. 도하람 "
        "누리동장은 “어려운 이웃을 위해 위기가구를 계속 발굴하고 지원하는 일에 최선을 다하겠다”고 "
        "말했다. <저작권자 ⓒ 가람뉴스 무단전재 및 재배포 금지>\n"
        "댓글\n경기뉴스 기사보기\n많이 본 기사\n"
    )
    assert _names(text) == ["누리동 행정복지센터", "누리동 지역사회보장협의체", "별빛한방병원"]


def test_co_hosts_with_함께_and_a_counted_list_of_companies() -> None:
    text = (
        "가람도, 5개사와 투자협약\n\n"
        "가람도는 누리시, 별빛군과 함께 29일 도청에서 한빛, 다온푸드, 새결, 모아화학, "
        "청솔기연 등 5개사와 300억원 규모의 투자협약을 체결했다.\n"
    )
    assert _names(text) == [
        "가람도", "누리시", "별빛군", "한빛", "다온푸드", "새결", "모아화학", "청솔기연",
    ]  # fmt: skip


def test_co_hosts_with_함께_and_no_body_after_them() -> None:
    # the second `과` joins two aims, not bodies: nothing is added
    text = (
        "가람도, 누리시와 협약\n\n"
        "가람도는 누리시와 함께 29일 도청에서 지역 발전과 일자리 창출을 위한 협약을 체결했다.\n"
    )
    assert _names(text) == ["가람도", "누리시"]


def test_praise_before_a_name_is_no_part_of_it() -> None:
    text = "가람대학교가 베트남 명문 누리대학교와 학술교류 협약을 체결했다.\n"
    got = dict(_parties(text))
    assert list(got) == ["가람대학교", "누리대학교"]
    assert "베트남 명문 누리대학교" not in got["누리대학교"]


def test_a_partner_named_with_its_staff_at_the_signing() -> None:
    text = (
        "가람구, 돌봄센터 무상임대 협약\n\n"
        "가람구는 17일 구청 소회의실에서 누리새마을금고와 관계자 등이 참석한 가운데 "
        "돌봄센터 설치에 관한 무상임대 협약을 체결했다.\n"
    )
    assert _names(text) == ["가람구", "누리새마을금고"]


def test_a_count_with_a_described_kind_closes_the_list() -> None:
    text = (
        "가람시, 4개 기업과 투자협약\n\n"
        "가람시는 28일 시청에서 ㈜모아텍, ㈜한빛이엔지, 누리위성㈜, ㈜별빛소재 등 4개 "
        "유망중소기업과 투자협약을 체결했다.\n"
    )
    assert _names(text) == ["가람시", "㈜모아텍", "㈜한빛이엔지", "누리위성㈜", "㈜별빛소재"]


def test_the_signers_listed_as_a_topic() -> None:
    text = (
        "가람시, 기업 투자협약\n\n"
        "가람시는 11일 시청에서 3개 기업과 총 500억원의 투자협약을 체결했다.\n"
        "협약을 맺은 모아텍·한빛·누리소프트는 가람에 공장과 연구소를 짓는다.\n"
    )
    assert _names(text) == ["가람시", "모아텍", "한빛", "누리소프트"]


def test_two_signers_as_a_topic_need_no_list() -> None:
    text = (
        "가람시·누리대 협약\n\n"
        "가람시는 11일 누리대학교와 인재 양성 협약을 체결했다.\n"
        "협약을 맺은 두 기관은 인재 양성에 힘쓰기로 했다.\n"
    )
    assert _names(text) == ["가람시", "누리대학교"]


def test_a_lead_with_its_caption_on_one_line_above_related_headlines() -> None:
    # the page opens with the story's sentence, its photo caption run on; the lines after the
    # copyright notice are other stories' headlines, not this one's
    text = (
        "서울 가람구는 충남 누리군과 최근 누리군청에서 우호협력 협정을 체결했다. 사진은 도하람 "
        "구청장(왼쪽 다섯 번째)과 문지호 군수(왼쪽 여섯 번째) 및 관계자들이 협정식 이후 "
        "기념촬영을 하고 있는 모습. (사진제공=가람구청)\n"
        "[저작권자ⓒ 가람일보. 무단전재-재배포 금지]\n+\n"
        "신간 인터뷰 ‘지역 정책의 현안과 평가’ 저자 한솔빛\n"
        "각종 논란에 휩싸인 별빛시 의회...왜 이러나?\n"
    )
    rec = facts_record(text.encode("utf-8"), reference_date="2024-05-20")
    assert rec.structure.title is None or "신간" not in rec.structure.title.text
    assert [p.name for p in rec.structure.parties] == ["서울 가람구", "누리군"]


def test_two_local_governments_named_by_their_places_in_english() -> None:
    text = (
        "Harbor province deepens ties with RoK's Gaon province\n"
        "The People’s Committee of Harbor province and the administration of the Republic of "
        "Korea (RoK)’s Gaon province signed a memorandum of understanding (MoU) on friendly "
        "cooperation at a ceremony in Harbor city on May 29.\n"
    )
    names = _names(text)
    assert names == ["Harbor province", "Gaon province"]
    assert "Republic of Korea" not in names  # the province's owner, no party


def test_an_aim_ending_like_a_body_is_no_third_side() -> None:
    # `의료지원과`: the 과 joins two aims; `…지원` ends like `…원` (a body's ending)
    text = (
        "가람동, 의료지원 협약식\n\n"
        "가람동주민센터와 가람동지역사회보장협의체는 지난 12일 가람동 의료취약계층 의료지원과 "
        "지역 주민의 건강증진을 위한 의료기관 협력지원 업무 협약식을 가졌다.\n"
    )
    assert _names(text) == ["가람동주민센터", "가람동지역사회보장협의체"]


def test_one_office_for_two_districts() -> None:
    text = (
        "누리구, 아동친화도시 협약\n\n"
        "누리구가 지난 11일 누리경찰서, 가람·누리교육지원청과 아동친화도시 조성을 위한 업무 "
        "협약을 체결했다.\n"
    )
    assert _names(text) == ["누리구", "누리경찰서", "가람·누리교육지원청"]


def test_dotted_names_sharing_a_known_ending_stay_two() -> None:
    text = "누리시는 11일 가람·별빛농협과 상생 협약을 체결했다.\n"
    assert _names(text) == ["누리시", "가람농협", "별빛농협"]


def test_a_partner_whose_legal_form_closes_its_name() -> None:
    text = "가람군은 20일 ㈜누리, 별빛㈜와 투자협약을 체결했다고 밝혔다.\n"
    assert _names(text) == ["가람군", "㈜누리", "별빛㈜"]


def test_a_dotted_list_closed_by_its_count_of_towns() -> None:
    text = "가람시·누리군·별빛군 3개 시군은 20일 상생 협약을 맺었다.\n"
    assert _names(text) == ["가람시", "누리군", "별빛군"]
