"""Contacts in more forms: phone-first rows, English desks with e-mail lines, prose enquiry desks."""

from __future__ import annotations

import re

import pytest
from structure_helpers import phone_facts, run

TITLE = "해울시·들빛공사, 물관리 협약\n\n해울시는 들빛공사와 협약을 맺었다.\n\n"


CASES = [
    (
        "phone-first tab rows under a bare 문의 label",
        "문의\n031-700-1100\t물정책과\t사무관\t남도윤\n031-700-1101\t물정책과\t주무관\t서보람\n"
        "051-600-2200\t들빛공사 관로처\t차장\t하지율\n",
        [
            ("물정책과", "사무관", "남도윤", "0317001100"),
            ("물정책과", "주무관", "서보람", "0317001101"),
            ("들빛공사 관로처", "차장", "하지율", "0516002200"),
        ],
    ),
    (
        "phone-first rows after a ☎ mark, person before or after the title",
        "담당자\n☎ 031-700-1100  물정책과  주무관  남도윤\n☎ 031-700-1101 | 물정책과 | 서보람 주무관\n",
        [
            ("물정책과", "주무관", "남도윤", "0317001100"),
            ("물정책과", "주무관", "서보람", "0317001101"),
        ],
    ),
    (
        "two English desks, each with an e-mail line",
        "Media contacts\nHaeul City Press Team: Ms. Nam Do-yun\nTel: +82-31-700-1100\n"
        "E-mail: press@haeul.example\n\nDeulbit Communications: Mr. Ola Berg\nTel: +47 22 33 44 55\n"
        "E-mail: ola@deulbit.example\n",
        [
            ("Haeul City Press Team", "Ms.", "Nam Do-yun", "8231-700-1100"),
            ("Deulbit Communications", "Mr.", "Ola Berg", "4722334455"),
        ],
    ),
    (
        "slash-separated cells, the second row under the first",
        "□ 담당부서 : 해울시 물정책과 / 과장 남도윤 / 031-700-1100\n"
        "             들빛공사 관로처 / 차장 하지율 / 051-600-2200\n",
        [
            ("해울시 물정책과", "과장", "남도윤", "0317001100"),
            ("들빛공사 관로처", "차장", "하지율", "0516002200"),
        ],
    ),
    (
        "a Media inquiries label",
        "Media inquiries:\nHaeul City Press Team: Ms. Nam Do-yun, Tel: +82-31-700-1100\n",
        [("Haeul City Press Team", "Ms.", "Nam Do-yun", "8231-700-1100")],
    ),
    (
        "a desk a news sentence gives for enquiries",
        "설명회 참가 문의는 해울시 물정책과(031-700-1100)로 하면 된다.\n",
        [("해울시 물정책과", None, None, "0317001100")],
    ),
    (
        "a desk to ask, the sentence ending in 문의하면 된다",
        "자세한 내용은 들빛공사 고객지원팀(051-600-2200)으로 문의하면 된다.\n",
        [("들빛공사 고객지원팀", None, None, "0516002200")],
    ),
    (
        "two desks in one enquiry sentence, one a service number",
        "궁금한 점은 해울 콜센터(국번 없이 1234-5678)나 들빛공사 고객지원팀(051-600-2200)으로 "
        "문의하면 된다.\n",
        [
            ("해울 콜센터", None, None, "12345678"),
            ("들빛공사 고객지원팀", None, None, "0516002200"),
        ],
    ),
    (
        "the genitive of 자문 is no enquiry",
        "기술 자문의 범위는 들빛공사 기술지원팀(051-600-2200)과 협의해 정한다.\n",
        [],
    ),
    (
        "a number to look things up in is not a contact",
        "운행 시간은 들빛 고객센터(1588-1234)에서 확인할 수 있다.\n",
        [],
    ),
]


@pytest.mark.parametrize(("why", "block", "want"), CASES, ids=[c[0] for c in CASES])
def test_contact_forms(why: str, block: str, want: list[tuple]) -> None:
    text = TITLE + block
    got = [(c.department, c.role, c.name, c.phone) for c in run(text, phone_facts(text)).contacts]
    want = [(d, r, n, re.sub(r"\D", "", p)) for d, r, n, p in want]
    assert got == want
