"""Contacts as ministry and agency releases write them: a joint desk's rows, a head's title on its
unit's name, a bureau's own head, a mobile number after the office one, an e-mail or the desk in
the phone's bracket, English `of … at …` and newswire blocks."""

from __future__ import annotations

import re

import pytest
from structure_helpers import phone_facts, run

from summarizer.structure.contact_rows import parse_segment

TITLE = "가람부·누리청, 물관리 협약\n\n가람부는 누리청과 협약을 맺었다.\n\n"


CASES = [
    (
        "a joint desk's rows under the lead desk's",
        "담당 부서\t가람부 물정책과\t책임자\t과장\t남도윤\t(044-201-1100)\n"
        "\t\t담당자\t사무관\t서보람\t(044-201-1101)\n"
        "공동 담당 부서\t누리청 하천과\t책임자\t과장\t하지율\t(042-481-2200)\n"
        "\t\t담당자\t주무관\t이나래\t(042-481-2201)\n",
        [
            ("가람부 물정책과", "과장", "남도윤", "044-201-1100"),
            ("가람부 물정책과", "사무관", "서보람", "044-201-1101"),
            ("누리청 하천과", "과장", "하지율", "042-481-2200"),
            ("누리청 하천과", "주무관", "이나래", "042-481-2201"),
        ],
    ),
    (
        "a head's title written onto the unit's name",
        "문의 : 물정책과장 남도윤(044-201-1100), 물정책과 사무관 서보람(044-201-1101)\n",
        [
            ("물정책과", "과장", "남도윤", "044-201-1100"),
            ("물정책과", "사무관", "서보람", "044-201-1101"),
        ],
    ),
    (
        "a team head inside a division",
        "□ 문의 : 관광국 관광정책과 마케팅팀장 남도윤 ☎ 064-710-1100\n",
        [("관광국 관광정책과 마케팅팀", "팀장", "남도윤", "064-710-1100")],
    ),
    (
        "a bureau's own head over its division's rows",
        "담당 부서\t물정책국\t책임자\t국  장\t남도윤 (044-201-1100)\n"
        "\t물정책과\t담당자\t과  장\t서보람 (044-201-1101)\n"
        "\t\t\t사무관\t하지율 (044-201-1102)\n",
        [
            ("물정책국", "국장", "남도윤", "044-201-1100"),
            ("물정책과", "과장", "서보람", "044-201-1101"),
            ("물정책과", "사무관", "하지율", "044-201-1102"),
        ],
    ),
    (
        "a division head over the row of the division below stays its division's",
        "담당 부서\t물정책관\t책임자\t과  장\t남도윤 (044-201-1100)\n"
        "\t물정책과\t담당자\t사무관\t서보람 (044-201-1101)\n",
        [
            ("물정책과", "과장", "남도윤", "044-201-1100"),
            ("물정책과", "사무관", "서보람", "044-201-1101"),
        ],
    ),
    (
        "a mobile number after the office one is the same person's",
        "홍보 담당 : 홍보팀 남도윤 대리 (T. 02-1234-5678 / M. 010-1234-5678)\n",
        [
            ("홍보팀", "대리", "남도윤", "02-1234-5678"),
            ("홍보팀", "대리", "남도윤", "010-1234-5678"),
        ],
    ),
    (
        "a Korean mobile label",
        "담당자 : 홍보팀 과장 남도윤 02-1234-5678, 휴대폰 010-1234-5678\n",
        [
            ("홍보팀", "과장", "남도윤", "02-1234-5678"),
            ("홍보팀", "과장", "남도윤", "010-1234-5678"),
        ],
    ),
    (
        "an e-mail address in the bracket before the phone",
        "담당자 : 물정책과 남도윤 (nam@garam.example / 044-201-1100)\n",
        [("물정책과", None, "남도윤", "044-201-1100")],
    ),
    (
        "the person first, desk and rank in the phone's bracket",
        "담당자 : 남도윤(물정책과 주무관, 031-700-1100)\n",
        [("물정책과", "주무관", "남도윤", "031-700-1100")],
    ),
    (
        "the person and rank first, the desk in brackets before the phone",
        "연락처 : 남도윤 주무관 (해울시 물정책과) 031-700-1100\n",
        [("해울시 물정책과", "주무관", "남도윤", "031-700-1100")],
    ),
    (
        "a body and its desk in the phone's bracket name no person",
        "문의 : 가람전자(홍보팀, 02-1234-5678)\n",
        [("가람전자 홍보팀", None, None, "02-1234-5678")],
    ),
    (
        "a desk's e-mail after its phone names no one",
        "문의 : 들빛공단 물관리처 ☎ 055-700-1100, 이메일 desk@deulbit.example\n",
        [("들빛공단 물관리처", None, None, "055-700-1100")],
    ),
    (
        "a newswire block: the name, the company, the phone",
        "Media Contact:\nGaon Kim\nGaram Electronics\n+82-2-1234-5678\ngaon.kim@garam.example\n",
        [("Garam Electronics", None, "Gaon Kim", "+82-2-1234-5678")],
    ),
    (
        "an English contact sentence: title and name of a division at a ministry",
        "For further information, please contact Deputy Director KIM Gaon of the Water Division "
        "at the Ministry of Water (+82-44-201-1100).\n",
        [("Water Division, Ministry of Water", "Deputy Director", "KIM Gaon", "+82-44-201-1100")],
    ),
]


@pytest.mark.parametrize(("why", "block", "want"), CASES, ids=[c[0] for c in CASES])
def test_contact_heads(why: str, block: str, want: list[tuple]) -> None:
    text = TITLE + block
    got = [(c.department, c.role, c.name, c.phone) for c in run(text, phone_facts(text)).contacts]
    assert got == [(d, r, n, re.sub(r"\D", "", p)) for d, r, n, p in want]


@pytest.mark.parametrize(
    ("segment", "want"),
    [
        ("물정책과장 남도윤", ("물정책과", "과장", "남도윤")),
        ("물류센터장 남도윤", ("물류센터", "센터장", "남도윤")),
        ("사업본부장 남도윤", ("사업본부", "본부장", "남도윤")),
        ("부원장 남도윤", (None, "부원장", "남도윤")),  # `부` alone names no unit
        ("홍보차장 남도윤", (None, "홍보차장", "남도윤")),  # no `…차` unit
        # a label word inside a desk's name is no label (`담당관` as in `담당관 : …`)
        ("기획재정담당관실 사무관 남도윤", ("기획재정담당관실", "사무관", "남도윤")),
        ("대변인실 홍보담당관 남도윤", ("대변인실 홍보담당관", None, "남도윤")),
        ("담당관 : 홍보팀 남도윤", ("홍보팀", None, "남도윤")),
    ],
)
def test_unit_and_head(segment: str, want: tuple) -> None:
    assert parse_segment(segment) == want
