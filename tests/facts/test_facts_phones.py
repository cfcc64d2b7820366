"""Phones: every Korean notation, foreign numbers, service numbers, fax, and number decoys."""

from __future__ import annotations

import pytest
from facts_helpers import facts, pairs


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("담당 김민수 (044-215-3301)", "044-215-3301", "+82442153301"),
        ("문의 (044) 215-3301", "(044) 215-3301", "+82442153301"),
        ("문의 044)215-3301", "044)215-3301", "+82442153301"),
        ("총무팀 02)871-2345", "02)871-2345", "+8228712345"),
        ("☎ (02)2100-4321 / 이메일", "(02)2100-4321", "+82221004321"),
        ("연락처 02.2100.8765 입니다", "02.2100.8765", "+82221008765"),
        ("Tel +82-44-215-3301", "+82-44-215-3301", "+82442153301"),
        ("Tel: +82-2-6123-4567 | Email", "+82-2-6123-4567", "+82261234567"),
        ("Tel +82 (0)2 6123 4567.", "+82 (0)2 6123 4567", "+82261234567"),
        ("Hanoi office +84-28-3822-1190", "+84-28-3822-1190", "+842838221190"),
        ("휴대폰 010-2345-6789", "010-2345-6789", "+821023456789"),
        ("인터넷전화 070-7123-4567", "070-7123-4567", "+827071234567"),
        ("수신자부담 080-123-4567", "080-123-4567", "+82801234567"),
        ("국번 없이 ☎ 1350 으로", "1350", "1350"),
        ("중소기업 통합콜센터 1357(평일)", "1357", "1357"),
        ("고객센터(1566-2233)로 문의", "1566-2233", "15662233"),
        ("대표번호 1588-4400", "1588-4400", "15884400"),
        ("도 콜센터(☎ 031-120)", "031-120", "+8231120"),
        ("문의 : 햇살군 복지정책과 ☎ 530-1234", "530-1234", "5301234"),  # no area code
        ("전화 2100-4321 (평일)", "2100-4321", "21004321"),
        ("도 콜센터(☎ ０３１－１２０)", "０３１－１２０", "+8231120"),
        ("전화 ０４４－２１５－３３０１", "０４４－２１５－３３０１", "+82442153301"),
        ("전화 0442153301 로", "0442153301", "+82442153301"),
    ],
)
def test_phones(text: str, span: str, value: str) -> None:
    assert pairs(text, "phone") == [(span, value)]


def test_fax_is_a_phone_with_a_note() -> None:
    [tel, fax] = facts("대표전화 02-3011-5100 | 팩스 02-3011-5199", "phone")
    assert (tel.value, tel.note) == ("+82230115100", None)
    assert (fax.value, fax.note) == ("+82230115199", "fax")
    [f] = facts("Fax: +82-2-6123-4599", "phone")
    assert f.note == "fax"


def test_extension_is_not_part_of_the_number() -> None:
    assert pairs("☎ 044-215-3301(내선 123)", "phone") == [("044-215-3301", "+82442153301")]


@pytest.mark.parametrize(
    "text",
    [
        "사업자등록번호 123-45-67890",
        "고유번호 305-82-11223",
        "법인등록번호 110111-1234567",
        "총 1,200억 원 규모",
        "특허 제10-2456789호",
        "고시 제2024-7호",
        "마감 2024-09-30 까지",
        "주소 (04519) 서울",
        "2024년 1357개 기업",
        "상담 1,200건 처리",
        "상담 1000건 돌파",
        "버스 1100번 운행",
        "1588년 건립",
        'data-ad-slot="0212345678"',
        "id=02-123-4567",
        "https://example.com/02-123-4567",
        "전화 2024년 개통",
        "1:1 상담",
        "12.5% 감축",
        "예산 530-1234 편성",  # a local number's shape needs a phone word before it
        "상담 2024 1234건",
        "전화 2024.1234명",
    ],
)
def test_decoys_are_not_phones(text: str) -> None:
    assert pairs(text, "phone") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Tel.02-123-4567", "+8221234567"),
        ("T.1588-1234", "15881234"),
        ("(+82) 2-6000-1234", "+82260001234"),
        ("문의 02-2110-1234~5", "+82221101234"),
    ],
)
def test_more_phone_layouts(text: str, value: str) -> None:
    assert [v for _, v in pairs(text, "phone")] == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("통합콜센터(국번 없이 1357)로 문의", "1357"),
        ("대표전화 ☎ 1335, 국번없이 110, 끝", "1335"),
    ],
)
def test_short_numbers_after_a_longer_cue(text: str, value: str) -> None:
    assert value in [v for _, v in pairs(text, "phone")]


@pytest.mark.parametrize("text", ["문의가 150여 건 접수", "전화 상담 100통", "상담 인원 120명"])
def test_counts_after_phone_words_are_not_phones(text: str) -> None:
    assert pairs(text, "phone") == []


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("문의 1588 - 1234", "1588 - 1234", "15881234"),
        ("고객센터(1644 - 5500)로", "1644 - 5500", "16445500"),
        ("전화 044 - 204 - 7920", "044 - 204 - 7920", "+82442047920"),
        ("담당 02 - 2110 - 1234 (내선 5)", "02 - 2110 - 1234", "+82221101234"),
        ("☎ (031) 120 - 4567 안내", "(031) 120 - 4567", "+82311204567"),
    ],
)
def test_dashes_with_spaces_around_them(text: str, span: str, value: str) -> None:
    assert pairs(text, "phone") == [(span, value)]


@pytest.mark.parametrize("text", ["1600 - 1700 사이 건립", "1800 - 1900년대", "인구 1520 - 1530명"])
def test_spaced_dash_between_plain_numbers_needs_a_phone_word(text: str) -> None:
    assert pairs(text, "phone") == []
