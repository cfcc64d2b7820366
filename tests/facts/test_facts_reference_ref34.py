"""Reference dates stated in three more ways (issue 8, item 1): a wire photo's stamp of the day
the story tells, a headline run together with its date, a council agenda item's date field.

Every snippet is written for these tests (invented names, numbers and dates); each describes
a form seen on real pages of at least two sites.
"""

from __future__ import annotations

import pytest

from summarizer.extract import extract_facts
from summarizer.facts import find_reference_date
from summarizer.facts.dateregistry import date_atoms
from summarizer.facts.normalize import prepare


def _got(text: str) -> tuple[str, str] | None:
    found = find_reference_date(text)
    if found is None:
        return None
    r = found.reference
    return f"{r.year:04d}-{r.month:02d}-{r.day:02d}", found.origin


# --- a wire photo's stamp ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # the outlet after a slash, closing the caption's line
        "가람시와 나래조합은 12일 상생 협약을 맺었다.(가람시 제공) 2031.3.12/한빛뉴스\n본문.",
        # the photographer's address after the date, a bar after it
        "[가람=한빛통신] 홍길동 기자 = 가람군이 12일 협약을 맺었다고 밝혔다.\n"
        "협약식 모습[사진=가람군] 2031.03.12 photo77@hanbit.example |\n본문.",
        # a full stop after the date, two spaces, the address
        "두 시장이 악수하고 있다. 2031.03.12.  snap9@wire.example\n시는 12일 협약을 맺었다.",
    ],
)
def test_a_wire_photo_stamp_of_the_day_told_dates_the_page(text: str) -> None:
    assert _got(text) == ("2031-03-12", "photo-stamp")
    assert extract_facts(text.encode()).reference_date == "2031-03-12"


@pytest.mark.parametrize(
    ("text", "why"),
    [
        (
            "시는 20일 협약을 맺었다.(가람시 제공) 2031.3.12/한빛뉴스\n본문.",
            "the story tells no 12일",
        ),
        ("시는 12일 협약을 맺었다. 자료사진 2029.3.12/한빛뉴스\n본문.", "an archive photo"),
        ("시는 12일 협약을 맺었다. 한빛뉴스 DB 2029.3.12/한빛뉴스\n본문.", "the outlet's archive"),
        (
            "시는 12일 협약을 맺었다. 2031.3.12/한빛뉴스\n다른 사진 2031.4.12/한빛뉴스\n본문.",
            "two stamps disagree",
        ),
        ("시는 12일 협약을 맺었다. 2031.3.12 사진 설명\n본문.", "no credit after the date"),
        ("시장이 오는 12일 방문한다. 2031.3.12/한빛뉴스\n본문.", "a coming day, not the photo's"),
    ],
)
def test_a_photo_stamp_that_may_not_be_the_storys_dates_nothing(text: str, why: str) -> None:
    assert _got(text) is None, why


def test_a_posting_line_beats_a_photo_stamp() -> None:
    text = "제목\n입력 2031.03.13 09:00\n시는 12일 협약을 맺었다. 2031.3.12/한빛뉴스\n본문."
    assert _got(text) == ("2031-03-13", "input-line")


# --- a headline run together with its date ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Members News\n\n[Region] Delegation of Norland Province Visits Gangwon2031-06-05\n\n"
            "On June 3, a delegation visited the province.",
            "2031-06-05",
        ),
        (
            "[Notice] Signed an agreement on water cooperation with Norland 2031-06-05 10:20:30\n\n"
            "Both sides will cooperate.",
            "2031-06-05",
        ),
        (
            "가람시·나래군 상생 협력 업무협약 체결 2031.06.05\n\n시는 3일 협약을 맺었다.",
            "2031-06-05",
        ),
    ],
)
def test_a_headline_closed_by_its_date_dates_the_page(text: str, expected: str) -> None:
    assert _got(text) == (expected, "input-line")


@pytest.mark.parametrize(
    ("text", "why"),
    [
        (
            "가람시 상생 협력 업무협약 체결2031.06.05\n나래군 관광 활성화 협약 맺어2031.05.21\n본문.",
            "a list of other stories' headlines",
        ),
        ("- 가람시 상생 협력 업무협약 체결 2031.06.05\n본문.", "a list's line"),
        (
            "이전글 가람시 상생 협력 업무협약 체결 2031.06.05\n본문.",
            "a board's link to another post",
        ),
        ("두 기관장이 협약서를 들고 기념촬영 2031.06.05\n본문.", "a caption"),
        ("가람시는 나래군과 협약을 맺었다. 2031.06.05\n본문.", "a sentence"),
    ],
)
def test_a_line_closed_by_a_date_that_is_no_headline_dates_nothing(text: str, why: str) -> None:
    assert _got(text) is None, why


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norland Visits Gangwon2031-06-05", [(2031, 6, 5)]),
        ("MOU Signed2031.06.05 09:30\nbody", [(2031, 6, 5)]),
        ("가람 협약 체결2031.06.05", [(2031, 6, 5)]),  # (a Korean word before it: as before)
        ("code ABC2031-06-05-1 and X2031.06.05 here", []),
        ("serial A2031-06-05x", []),
        ("Korea'31.06.05", []),
    ],
)
def test_a_date_glued_to_a_latin_word_is_read_only_where_it_closes_its_line(
    text: str, expected: list[tuple[int, int, int]]
) -> None:
    values = [(a.parts.year, a.parts.month, a.parts.day) for a in date_atoms(prepare(text))]
    assert values == expected


# --- a council agenda item's date field ------------------------------------------------


def test_an_agenda_items_date_field_dates_the_page() -> None:
    text = (
        "File #: 2031-0042\nType: Consent Item\nBody: City Council\nOn agenda: 6/17/2031\n"
        "Title: Resolution authorizing a sister city agreement\nThe council met on June 17."
    )
    assert _got(text) == ("2031-06-17", "input-line")
    text2 = "File #: 31-77 Version: 1\nOn agenda: 6/17/2031 Final action: 6/17/2031\nTitle: Report"
    assert _got(text2) == ("2031-06-17", "input-line")
