"""Contact tables with a person on one row and the desk or phone on the next."""

from __future__ import annotations

import re

import pytest
from structure_helpers import fact, run

TITLE = "두 기관 협약\n\n"


def _phones(text: str) -> list:
    return [
        fact(text, "phone", m.group(0), "+82" + m.group(0).replace("-", "")[1:])
        for m in re.finditer(r"0\d{1,2}-\d{3,4}-\d{4}", text)
    ]


@pytest.mark.parametrize(
    ("table", "want"),
    [
        (  # the person on one row, the lower desk beside the phone on the next
            "담당 부서\t한빛청\t책임자\t과  장\t김가람\n\t\t\t(044-300-1000)\n"
            "\t누리공사\t책임자\t팀  장\t박나래\n\t물류지원팀\t\t(051-300-2000)\n",
            [("한빛청", "김가람"), ("물류지원팀", "박나래")],
        ),
        (  # an organisation over its lower desk: both rows belong to the desk
            "담당 부서\t한빛청\t책임자\t과  장\t김가람\t(044-300-1000)\n"
            "\t정책기획과\t담당자\t사무관\t이다솜\t(044-300-1001)\n",
            [("정책기획과", "김가람"), ("정책기획과", "이다솜")],
        ),
        (  # `협조 부서` is a label, and the desk cell below a lone row is its desk
            "담당 부서\t기획과\t책임자\t과  장\t김가람\t(044-300-1000)\n"
            "협조 부서\t누리협회\t책임자\t부  장\t최보람\t(02-300-3000)\n\t지원부\n",
            [("기획과", "김가람"), ("지원부", "최보람")],
        ),
    ],
)
def test_two_row_contacts(table: str, want: list[tuple[str, str]]) -> None:
    text = TITLE + "두 기관은 협약을 맺었다.\n\n" + table
    contacts = run(text, _phones(text)).contacts
    assert [(c.department, c.name) for c in contacts] == want
