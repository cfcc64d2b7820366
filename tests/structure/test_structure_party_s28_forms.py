"""Party forms of Korean pages seen on two or more tuning sets (session 28, s28-kop), each
reproduced with invented bodies: the firms of an investment agreement named one per clause
below it, a roster closed by a count of any kind, towns sharing one ending, a weekday before
the subject."""

from __future__ import annotations

from structure_helpers import names, parties

from summarizer.structure.candidate import Cand
from summarizer.structure.orgs import pieces
from summarizer.structure.party_shape import not_a_party


def test_an_investment_agreements_firms_are_the_subjects_of_its_clauses() -> None:
    # `가람도는 … 기업 3곳과 투자협약을 체결했다` counts the firms; each below invests
    page = (
        "가람도는 9일 도청에서 누리시와 3개 기업이 총 900억원을 투자하는 내용의 "
        "투자협약을 체결했다고 밝혔다.\n"
        "이날 협약에 따라 국내 최초로 별빛라면을 만든 별빛식품은 누리산단에 300억원을 "
        "투자해 공장을 신설하기로 했다.\n"
        "도는 별빛식품의 경우 항만과 가까운 점을 보고 누리시를 부지로 정했다고 설명했다.\n"
        "또 제조업 부문에서는 한빛강재가 누리산단에 400억원을 투자해 100명을 고용하고, "
        "부품을 만드는 새벽테크는 200억원을 들여 공장을 증설하기로 했다.\n"
    )
    got = names(page)
    for firm in ("별빛식품", "한빛강재", "새벽테크"):
        assert firm in got, got
    assert not any(n in got for n in ("도", "제조하", "부문에서")), got
    # no count of firms in the signing sentence: a company investing below is no party
    other = (
        "가람시는 9일 시청에서 누리대학교와 인재 양성을 위한 업무협약을 체결했다.\n"
        "한편 별빛식품은 누리산단에 300억원을 투자해 공장을 신설할 계획이다.\n"
    )
    assert "별빛식품" not in names(other)


def test_a_count_closes_a_roster_whatever_kind_word_follows_it() -> None:
    # `A, B, C 등 지역 내 3개 군부대와`: the kind word after the count is no part of C
    page = (
        "가람군은 오는 25일 군청에서 제11누리사단, 제3별빛여단, 제1한빛교육연대 등 지역 내 "
        "3개 군부대와 함께 상생 업무협약을 체결한다.\n"
    )
    assert "제1한빛교육연대" in names(page)


def test_towns_dotted_before_one_ending_each_take_it() -> None:
    # `창원ㆍ밀양ㆍ사천시`: the towns' short names share the last one's `시`
    got = [c.name for c in pieces("창원ㆍ밀양ㆍ사천시", 0, len("창원ㆍ밀양ㆍ사천시"))]
    assert got == ["창원시", "밀양시", "사천시"], got
    phrase = "교육·연구"  # (no town's short names: a phrase's words take nothing)
    assert [c.name for c in pieces(phrase, 0, len(phrase))] != ["교육구", "연구"]


def test_towns_dotted_before_their_count_and_kind_take_the_kind() -> None:
    # `진안을 비롯한 완주·무주·장수 4개 군과 가람시가`: four counties, the first led in
    page = (
        "진안을 비롯한 완주·무주·장수 4개 군과 가람특별시가 4일 상생발전을 위한 우호교류 "
        "협약을 체결했다.\n"
    )
    got = names(page)
    for county in ("진안군", "완주군", "무주군", "장수군"):
        assert county in got, got


def test_a_weekday_after_the_day_is_no_party() -> None:
    # `17일 월요일, A는 B와 …`: the weekday written out before the subject
    page = (
        "17일 월요일, 가람병원은 누리병원과 협력병원 협약식을 맺었습니다. 이번 협약식은 "
        "진료 협력을 위함입니다.\n"
    )
    got = names(page)
    assert "월요일" not in got and {"가람병원", "누리병원"} <= set(got), got


def test_a_latin_rendering_inside_a_name_is_kept_as_written() -> None:
    # `별빛(Byeolbit Star)대학`: the page's own form kept beside the name without it
    page = (
        "가람대학교는 17일 독일 별빛(Byeolbit Star)대학 등 외국 2개 대학과 상호협력 "
        "양해각서(MOU)를 체결했다.\n"
    )
    found = {p.name: p.aliases for p in parties(page)}
    assert any("별빛(Byeolbit Star)대학" in x for n, a in found.items() for x in [n, *a]), found


def test_a_news_agency_described_by_its_kind_is_named_without_it() -> None:
    # `국가기간뉴스통신사 A가 … B와 협약을 맺었다`: the description is no part of A's name
    page = (
        "(서울=누리뉴스) 홍길동 기자 = 국가기간뉴스통신사 가람뉴스가 16일 별빛재단과 함께 "
        "홍보협력 업무협약을 맺었다.\n"
    )
    got = names(page)
    assert "가람뉴스" in got and not any("통신사" in n for n in got), got


def test_an_events_year_glued_to_its_name_opens_the_bodys_name() -> None:
    # `2030가람박람회(엑스포) 유치위원회`: the committee keeps its event's year and name
    page = (
        "누리뉴스가 16일 2030가람박람회(엑스포) 유치위원회, 가람시와 함께 홍보협력 업무협약을 "
        "맺었다.\n"
    )
    got = names(page)
    assert "2030가람박람회 유치위원회" in got and "유치위원회" not in got, got


def test_heads_taking_part_in_the_signing_name_their_towns() -> None:
    # `…지사와 홍길동 가람시장 등 … 대표가 참여한 가운데 … 체결했다`: as `참석한 가운데`
    page = (
        "충청남도는 어제(12일) 도청 대회의실에서 김누리 충남지사와 홍길동 가람시장 등 "
        "2개 시·군 단체장과 3개 기업 대표가 참여한 가운데 500억 원 규모의 투자협약을 "
        "체결했습니다.\n"
    )
    assert "가람시" in names(page)


def test_taking_part_and_a_sized_kind_of_firm_are_no_parties() -> None:
    # `…설명회에서 참석, 2개 기업과`: the act of attending where a side should stand
    page = (
        "시는 2일 가람컨벤션센터에서 개최된 '누리도 투자유치설명회'에서 참석, 2개 제조업 "
        "기업과 투자협약을 체결했다고 밝혔다.\n"
        "이번 설명회에서 협약을 체결한 ㈜별빛은 공장을 짓는다.\n"
    )
    assert "참석" not in names(page)
    # `대형유통업체`: a kind of firm by its size and trade, no firm's name
    assert not_a_party(Cand(name="대형유통업체")) is not None
