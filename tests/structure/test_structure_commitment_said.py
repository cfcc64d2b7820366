"""A quotation is never a term: a bulleted paragraph holding a speaker's words (`□ 박 총장은
“…노력하겠다”고 밝혔다.`) after the list is no item, though it follows a pledge. Invented
bodies and people; the second quote is cut short as a stored page may be."""

from __future__ import annotations

from structure_helpers import run


def test_bulleted_quotes_after_the_list_are_no_items() -> None:
    text = (
        "□ 가람공사(사장 이하늘)는 18일 누리대학교(총장 박바다)와 업무협약을 체결했다.\n\n"
        " ㅇ 주요 내용으로는 ▲지역 공동 발전을 위한 협력 ▲문화 분야 진흥을 위한 아이디어 "
        "발굴 ▲산학 공동 사업 추진 등이다.\n\n"
        " ㅇ 이번 협약을 계기로 가람공사와 누리대학교는 유기적인 협조체계를 구축하고, 상호 "
        "협력할 계획이다.\n\n"
        "□ 누리대학교 박바다 총장은 “가람공사와 긴밀히 협력해 지역이 문화의 도시로 "
        "발전하도록 노력하겠다”고 밝혔다.\n\n"
        "□ 이하늘 사장은 “지역 발전에 가장 필요한 것은 인재”라며, “공사와 대학이 함께 "
        "인재를 키워"
    )
    assert [c.text for c in run(text).commitments] == [
        "지역 공동 발전을 위한 협력",
        "문화 분야 진흥을 위한 아이디어 발굴",
        "산학 공동 사업 추진",
    ]
