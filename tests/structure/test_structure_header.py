"""Header: title, subtitles, embargo line with its moment, news dateline."""

from __future__ import annotations

import pytest
from structure_helpers import fact, region, run


def test_release_header() -> None:
    text = (
        "보도자료\n\n보도일시 : 2025. 3. 4.(화) 12:00\n\n"
        "국토부-LH, 공공임대 품질 높인다\n- 하자 점검 합동 추진\nㅇ 입주민 만족도 조사도 함께\n\n본문이다.\n"
    )
    facts = [
        fact(text, "date", "2025. 3. 4.(화)", "2025-03-04"),
        fact(text, "time", "12:00", "12:00"),
    ]
    st = run(text, facts)
    assert st.title is not None and st.title.text == "국토부-LH, 공공임대 품질 높인다"
    assert [s.text for s in st.subtitles] == [
        "- 하자 점검 합동 추진",
        "ㅇ 입주민 만족도 조사도 함께",
    ]
    assert st.embargo is not None
    assert (st.embargo.text, st.embargo.value) == (
        "보도일시 : 2025. 3. 4.(화) 12:00",
        "2025-03-04T12:00",
    )


def test_embargo_stops_at_the_release_label() -> None:
    text = (
        "보도 일시\t2025. 3. 5.(수) 06:00\t배포 일시\t2025. 3. 4.(화) 14:00\n\n제목 줄입니다 여기\n"
    )
    facts = [
        fact(text, "date", "2025. 3. 5.(수)", "2025-03-05"),
        fact(text, "time", "06:00", "06:00"),
        fact(text, "date", "2025. 3. 4.(화)", "2025-03-04"),
    ]
    emb = run(text, facts).embargo
    assert emb is not None and emb.value == "2025-03-05T06:00"
    assert "배포" not in emb.text


def test_news_headline_and_dateline() -> None:
    text = (
        "도로공사·철도공단, 교통 안전 손잡아\n입력 2025.03.04 10:00\n\n"
        "[부산=연합뉴스] 김하늘 기자 = 한국도로공사는 국가철도공단과 협약을 맺었다.\n"
    )
    st = run(text)
    assert st.title is not None and st.title.text.startswith("도로공사·철도공단")
    assert st.dateline is not None and st.dateline.text == "[부산=연합뉴스] 김하늘 기자 ="


def test_english_title_skips_boilerplate() -> None:
    text = (
        "PRESS RELEASE\n\nKorea Tourism Alliance (KTA)\nMinistry of Culture and Tourism\n"
        "FOR IMMEDIATE RELEASE\nMarch 3, 2025\n\n"
        "KTA and CCR Team Up on Travel\n\nSEOUL, March 3 (KTA) - The KTA signed an MOU.\n"
    )
    st = run(text)
    assert st.title is not None and st.title.text == "KTA and CCR Team Up on Travel"
    assert st.dateline is not None and st.dateline.text.startswith("SEOUL, March 3")


def test_parenthesised_dateline_and_letterhead() -> None:
    text = (
        "MINISTRY OF UNIFICATION\nEmbargo: 12:00 KST, March 4, 2025\n\nTalks Resume on Family Reunions\n\n"
        "(서울=연합뉴스) 박지호 기자 = 본문.\n"
    )
    facts = [
        fact(text, "time", "12:00", "12:00"),
        fact(text, "date", "March 4, 2025", "2025-03-04"),
    ]
    st = run(text, facts)
    assert st.title is not None and st.title.text == "Talks Resume on Family Reunions"
    assert st.embargo is not None and st.embargo.value == "2025-03-04T12:00"
    assert st.dateline is not None and st.dateline.text == "(서울=연합뉴스) 박지호 기자 ="


def test_title_skips_page_chrome_but_not_a_guessed_campaign_line() -> None:
    text = "데일리뉴스 홈\n경제 산업 정치\n가스공사·대구시, 수소도시 만든다\n\n본문이다.\n"
    chrome = region(text, "noise", "경제 산업 정치").model_copy(update={"reason": "page-chrome"})
    st = run(text, regions=[chrome])
    assert st.title is not None and st.title.text == "데일리뉴스 홈"
    site = region(text, "noise", "데일리뉴스 홈").model_copy(update={"reason": "page-chrome"})
    guess = region(text, "noise", "가스공사·대구시, 수소도시 만든다").model_copy(
        update={"reason": "campaign", "basis": "guess"}
    )
    st = run(text, regions=[site, chrome, guess])
    assert st.title is not None and st.title.text == "가스공사·대구시, 수소도시 만든다"


def test_bracket_byline_dateline() -> None:
    text = "수소 협력 기사 제목 여기\n\n[이데일리 김하늘 기자] 한국가스공사는 대구시와 협약을 맺었다.\n"
    st = run(text)
    assert st.dateline is not None and st.dateline.text == "[이데일리 김하늘 기자]"


def test_header_labels_are_not_titles() -> None:
    text = "보도자료\n배포 즉시 보도 가능\n쪽수 : 3쪽\n사진 있음 ■ 없음 □\n\n특허청-조달청, 혁신제품 함께 키운다\n- 첫 공동 심사\n"
    st = run(text)
    assert st.title is not None and st.title.text == "특허청-조달청, 혁신제품 함께 키운다"


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("DAEJEON, May 9, 2025 - The agency said", "DAEJEON, May 9, 2025 -"),
        ("BUSAN, Sept. 2 (Wire) -- The port said", "BUSAN, Sept. 2 (Wire) --"),
    ],
)
def test_english_datelines(line: str, want: str) -> None:
    st = run("Port news\n\n" + line + " it would grow.\n")
    assert st.dateline is not None and st.dateline.text == want
