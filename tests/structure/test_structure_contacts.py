"""Contacts: tab tables with row-spanning departments, inline lines, desks, English blocks."""

from __future__ import annotations

from structure_helpers import fact, run

TITLE = "지역 상생 협약 체결 소식 전해\n\n"


def _phones(text: str, *pairs: tuple[str, str]) -> list:
    return [fact(text, "phone", t, v) for t, v in pairs]


def test_tab_table_with_department_spanning_rows() -> None:
    text = TITLE + (
        "담당 부서\t지역혁신정책관\t책임자\t과 장\t한지민 (044-203-5510)\n"
        "\t지역혁신정책과\t담당자\t사무관\t오세훈 (044-203-5514)\n\n\n캠페인 문구\n"
    )
    facts = _phones(text, ("044-203-5510", "+82442035510"), ("044-203-5514", "+82442035514"))
    got = [(c.department, c.role, c.name, c.phone) for c in run(text, facts).contacts]
    assert got == [
        ("지역혁신정책과", "과장", "한지민", "+82442035510"),
        ("지역혁신정책과", "사무관", "오세훈", "+82442035514"),
    ]


def test_labelled_lines_carry_the_department() -> None:
    text = TITLE + (
        "담당부서 : 일자리정책과 청년고용팀\n"
        "담 당 자 : 팀장 이수진(031-228-4410), 주무관 문태호(031-228-4415)\n"
        "사    진 : 없음\n\n본문 시작.\n"
    )
    facts = _phones(text, ("031-228-4410", "+82312284410"), ("031-228-4415", "+82312284415"))
    got = [(c.department, c.name, c.phone_text) for c in run(text, facts).contacts]
    assert got == [
        ("일자리정책과 청년고용팀", "이수진", "031-228-4410"),
        ("일자리정책과 청년고용팀", "문태호", "031-228-4415"),
    ]


def test_one_line_with_two_people_and_a_slash() -> None:
    text = (
        TITLE
        + "담당 부서 : 기후금융팀  팀장 서하윤 ☎ (02)3145-7000 / 연구원 남궁민 ☎ 02.3145.7001\n"
    )
    facts = _phones(text, ("(02)3145-7000", "+82231457000"), ("02.3145.7001", "+82231457001"))
    got = [(c.department, c.role, c.name) for c in run(text, facts).contacts]
    assert got == [("기후금융팀", "팀장", "서하윤"), ("기후금융팀", "연구원", "남궁민")]


def test_desk_contacts_have_no_name() -> None:
    text = TITLE + (
        "5. 문의처\n ○ 통합 상담센터 : ☎ 1600-0500(평일 09:00~18:00)\n"
        " ○ 사업 운영 : 한국에너지재단 복지사업처 ☎ 02-6913-2100, 이메일 help@energy.or.kr\n"
    )
    facts = _phones(text, ("1600-0500", "16000500"), ("02-6913-2100", "+82269132100"))
    got = [(c.department, c.name, c.phone) for c in run(text, facts).contacts]
    assert got == [
        ("통합 상담센터", None, "16000500"),
        ("한국에너지재단 복지사업처", None, "+82269132100"),
    ]


def test_enquiry_line_ignored_when_a_press_table_exists() -> None:
    text = TITLE + (
        "담당 부서\t교통정책과\t책임자\t과장\t장유리 (051-888-1000)\n\n본문.\n\n"
        "※ 행사 문의 : 시민센터(☎ 051-120)\n"
    )
    facts = _phones(text, ("051-888-1000", "+82518881000"), ("051-120", "+8251120"))
    assert [c.phone for c in run(text, facts).contacts] == ["+82518881000"]


def test_english_media_contacts_skip_fax() -> None:
    text = (
        "Media contacts\nHana Cho, Press Office, KOTRA\n"
        "Tel: +82-2-3460-7000 | Fax: +82-2-3460-7777 | Email: press@kotra.example\n\n"
        "About KOTRA\nFounded long ago.\n"
    )
    facts = _phones(text, ("+82-2-3460-7000", "+82234607000"), ("+82-2-3460-7777", "+82234607777"))
    got = [(c.name, c.department, c.phone) for c in run(text, facts).contacts]
    assert got == [("Hana Cho", "Press Office, KOTRA", "+82234607000")]


def test_reporter_and_outlet_numbers_are_not_contacts() -> None:
    text = (
        TITLE
        + "본문 내용.\n\n홍길순 기자 hong@daily.example\n대표전화 02-555-0100 | 팩스 02-555-0101\n"
    )
    facts = _phones(text, ("02-555-0100", "+8225550100"), ("02-555-0101", "+8225550101"))
    assert run(text, facts).contacts == []


def test_people_above_and_phones_below_matched_in_order() -> None:
    text = (
        "[보도자료]\n담당부서\t대외협력팀\t담당자\t팀장 남기현 / 대리 표하은\n"
        "연락처\t062-710-3300 / 062-710-3304\n\n" + TITLE
    )
    facts = _phones(text, ("062-710-3300", "+82627103300"), ("062-710-3304", "+82627103304"))
    got = [(c.department, c.name, c.phone) for c in run(text, facts).contacts]
    assert got == [
        ("대외협력팀", "남기현", "+82627103300"),
        ("대외협력팀", "표하은", "+82627103304"),
    ]


def test_bracketed_labels_and_header_row_tables() -> None:
    text = TITLE + (
        "[담당] 정책과 홍길동 사무관 ☎ 044-200-1234\n\n본문.\n\n"
        "담당부서\t담당자\t연락처\n협력과\t김영희 주무관\t044-200-1235\n"
    )
    facts = _phones(text, ("044-200-1234", "+82442001234"), ("044-200-1235", "+82442001235"))
    got = [(c.department, c.role, c.name) for c in run(text, facts).contacts]
    assert got == [("정책과", "사무관", "홍길동"), ("협력과", "주무관", "김영희")]
