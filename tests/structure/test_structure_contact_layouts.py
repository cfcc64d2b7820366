"""Contact tables in other layouts: 【】 labels, pipe rows, header rows, English titles, 문의 desks."""

from __future__ import annotations

import re

import pytest
from structure_helpers import fact, region, run

from summarizer.models import Region
from summarizer.structure.contact_rows import english_person, parse_segment

TITLE = "도시 상생 협약 체결 소식 전해\n\n본문 한 줄.\n\n"
_PHONE = re.compile(
    r"(?:\+82-)?[0-9０-９]{2,4}[-－)][0-9０-９]{3,4}[-－][0-9０-９]{4}|1[0-9]{3}-[0-9]{4}"
)


def _facts(text: str) -> list:
    """Every phone-looking string in `text` as a phone fact, valued by its digits."""
    out = []
    for m in _PHONE.finditer(text):
        digits = "".join(str(int(c)) if c.isdigit() else "" for c in m.group(0))
        out.append(fact(text, "phone", m.group(0), digits, nth=text[: m.start()].count(m.group(0))))
    return out


def _got(text: str, regions: list | None = None) -> list[tuple]:
    st = run(text, _facts(text), regions)
    return [(c.department, c.role, c.name) for c in st.contacts]


CASES = [
    (
        "corner-bracket label over pipe rows",
        "【담당 부서】\n해운시 녹지정책과 | 과장 남도윤 | 051-700-1100\n"
        "해운공사 개발처 | 차장 서보람 | 051-700-2200\n\n시민과 함께합니다\n",
        [
            ("해운시 녹지정책과", "과장", "남도윤"),
            ("해운공사 개발처", "차장", "서보람"),
        ],
    ),
    (
        "pipe table with label cells and a legal form",
        "| 담당 부서 | 교육본부 연수부 | 책임자 | 부장 하지율 | 053-600-1000 |\n"
        "| 협약 기업 | (주)새봄랩 사업팀 | 담당자 | 과장 문이안 | 070-5000-1234 |\n\n"
        "※ 고객 상담 : 새봄 고객센터 080-500-1000\n",
        [("교육본부 연수부", "부장", "하지율"), ("(주)새봄랩 사업팀", "과장", "문이안")],
    ),
    (
        "tab table under a header row",
        "자료 문의\n기관\t부서\t담당자\t연락처\n해솔공단\t혁신처\t구민재 차장\t042-300-1000\n",
        [("해솔공단 혁신처", "차장", "구민재")],
    ),
    (
        "English division, title and capitalised family name",
        "Media contacts\nTrade Division, MOX: Deputy Director LEE Suah, +82-44-200-1234, a@b.kr\n",
        [("Trade Division, MOX", "Deputy Director", "LEE Suah")],
    ),
    (
        "bare 문의 line adds desks next to the press table",
        "※ 문의 : 열차 상품 – 해울 고객센터 1600-1234 / 상품권 – 해울진흥원 080-300-4000(무료)\n\n"
        "담당 부서 : 해울부 시장과\n · 과장 도하진 044-200-3000\n",
        [
            ("해울부 시장과", "과장", "도하진"),
            ("해울 고객센터", None, None),
            ("해울진흥원", None, None),
        ],
    ),
    (
        "a header row without an organisation column",
        "부서\t담당자\t연락처\n물정책과\t도하람 주무관\t051-700-1100\n",
        [("물정책과", "주무관", "도하람")],
    ),
    (
        "a boxed label over rows with other bullets",
        "【문의】\n▣ 해울시 물정책과 | 주무관 도하람 | 051-700-1100\n",
        [("해울시 물정책과", "주무관", "도하람")],
    ),
    (
        "English name, then title, then unit",
        "Contact: Kim Minji, Deputy Director, Water Division, MOX (+82-44-200-1000)\n",
        [("Water Division, MOX", "Deputy Director", "Kim Minji")],
    ),
    (
        "the person written after the number",
        "담당 부서\n물정책과 | 051-700-1100 | 주무관 도하람\n",
        [("물정책과", "주무관", "도하람")],
    ),
    (
        "an English contact sentence",
        "For more information, please contact Kim Minji at +82-44-200-1000.\n",
        [(None, None, "Kim Minji")],
    ),
    (
        "a markdown table under a 구분 header row",
        "| 구분 | 부서 | 직위 | 성명 | 연락처 |\n|---|---|---|---|---|\n"
        "| 책임자 | 물정책과 | 과장 | 도하람 | 044-200-1000 |\n"
        "| 담당자 | 물정책과 | 주무관 | 구나래 | 044-200-1001 |\n",
        [("물정책과", "과장", "도하람"), ("물정책과", "주무관", "구나래")],
    ),
    (
        "a one-line label separated by single spaces",
        "담당부서 물정책과 담당자 주무관 도하람 (044-200-1000)\n",
        [("물정책과", "주무관", "도하람")],
    ),
    (
        "담당자 연락처 heading",
        "■ 담당자 연락처\n해울시 물정책과 주무관 도하람 044-200-1000\n",
        [("해울시 물정책과", "주무관", "도하람")],
    ),
    (
        "a second number of the same desk",
        "■ 문의\n  ㅇ 해울 운영사무국 : 02-3000-1000, 02-3000-1001\n",
        [("해울 운영사무국", None, None), ("해울 운영사무국", None, None)],
    ),
    (
        "a qualified 문의 note stays out when a press table exists",
        "담당 부서\t시장과\t책임자\t과장\t여하람 (031-200-1000)\n\n"
        "※ 점검 일정 문의 : 해울 콜센터(☎ 031-200-9000)\n",
        [("시장과", "과장", "여하람")],
    ),
]


@pytest.mark.parametrize(("why", "block", "want"), CASES, ids=[c[0] for c in CASES])
def test_contact_layouts(why: str, block: str, want: list[tuple]) -> None:
    assert _got(TITLE + block) == want


def test_a_contact_box_outside_the_main_text_still_counts() -> None:
    text = (
        TITLE
        + "자료 문의\n기관\t부서\t담당자\t연락처\n해솔공단\t혁신처\t구민재 차장\t042-300-1000\n"
    )
    row = "해솔공단\t혁신처\t구민재 차장\t042-300-1000"
    noise = region(text, "noise", row).model_copy(
        update={"reason": "outside-main-text", "basis": "extractor"}
    )
    assert _got(text, [noise]) == [("해솔공단 혁신처", "차장", "구민재")]
    chrome = noise.model_copy(update={"reason": "page-chrome", "basis": "rule"})
    assert _got(text, [chrome]) == []


@pytest.mark.parametrize(
    ("s", "want"),
    [
        ("Deputy Director KWON Haerin", ("Deputy Director", "KWON Haerin")),
        ("Manager Jiwon SEO", ("Manager", "Jiwon SEO")),
        ("Park Min-seo", (None, "Park Min-seo")),
        ("Senior Manager Hana Cho", ("Senior Manager", "Hana Cho")),
        ("Global Startup Division", (None, None)),
        ("KOTRA", (None, None)),
    ],
)
def test_english_person(s: str, want: tuple) -> None:
    assert english_person(s) == want


@pytest.mark.parametrize(
    ("seg", "want"),
    [
        ("| 담당 부서 | 정책과 | 담당자 | 주무관 오가람 | ", ("정책과", "주무관", "오가람")),
        ("※ 문의 : 여행 상품 – 해울 고객센터 ", ("해울 고객센터", None, None)),
        ("Team, KITA: Manager KIM Dana, ", ("Team, KITA", "Manager", "KIM Dana")),
        ("(주)새봄랩 사업팀 과장 문이안 ", ("(주)새봄랩 사업팀", "과장", "문이안")),
    ],
)
def test_parse_segment(seg: str, want: tuple) -> None:
    assert parse_segment(seg) == want


def test_a_qualified_enquiry_outside_the_main_text_is_no_fallback() -> None:
    line = "광고 문의 : 02-3000-9000"
    text = TITLE + line + "\n"
    pos = text.index(line)
    soft = Region(
        kind="noise",
        reason="outside-main-text",
        basis="extractor",
        text=line,
        start=pos,
        end=pos + len(line),
    )
    assert _got(text, [soft]) == []
    assert len(_got(text)) == 1  # outside any noise it is the only enquiry line, so it counts


def test_prose_about_a_department_is_no_label() -> None:
    text = TITLE + "담당 부서 간 협의를 거쳐 세부 계획을 정한다.\n대표전화 02-3000-9000\n"
    assert _got(text) == []
