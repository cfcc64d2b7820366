"""Forms of real pages the verifier misread on careful answers (round s25), rebuilt from
invented snippets (names invented)."""

from __future__ import annotations

import pytest

from summarizer.verify.numbers import korean_numbers

from .claim_checks import brief as _brief
from .claim_checks import checks as _checks


@pytest.mark.parametrize(
    ("korean", "value"),
    [
        ("1천500억원", 1.5e11),  # wire style: 천 inside the 억 group, not 1천 + 500억
        ("2천500만 원", 2.5e7),
        ("1조 2천500억원", 1.25e12),
        ("3억 2천만 원", 3.2e8),
        ("4천 원", 4e3),
    ],
)
def test_thousands_inside_a_myriad_group(korean: str, value: float) -> None:
    (n,) = korean_numbers(korean)
    assert n.value == value


def test_english_amount_of_a_thousands_myriad_group_agrees() -> None:
    text = "가람시는 16일 누리재단과 1천500억원 규모의 투자협약을 했다.\n"
    found = _checks(
        _brief(
            parties=[{"name_ko": "가람시"}, {"name_ko": "누리재단"}],
            headline_en="Garam City signed a 150 billion won investment agreement with Nuri Foundation.",
        ),
        text,
    )
    assert not [c for c in found if c.field == "headline_en" and c.status == "unsupported"], [
        (c.field, c.note) for c in found if c.field == "headline_en"
    ]


def _role(found: list, i: int) -> str | None:
    return next((c.status for c in found if c.field == f"parties[{i}].role"), None)


def _roles(names: list[str], text: str) -> list[str | None]:
    found = _checks(_brief(parties=[{"name_ko": n} for n in names]), text)
    return [_role(found, i) for i in range(len(names))]


def test_a_quoted_party_with_its_alias_in_brackets_is_the_subject() -> None:
    # `‘NAME(이하 ALIAS)’는 … 협약식을 가졌다`: the particle follows the closing quote mark
    text = (
        "별빛전자 협력업체들의 모임인 ‘별빛전자 협력사 협의회(이하 별협회)’는 지난 4일 "
        "가람호텔에서 누리상사와 ‘상생 협약식’을 가졌다.\n"
    )
    assert _roles(["별빛전자 협력사 협의회", "누리상사"], text) == [None, None]


def test_bodies_a_joint_subject_names_with_a_copula_are_the_signers() -> None:
    # `협약기관은 A와 B, C이다`: the sentence says who the signing bodies are
    text = (
        "가람청은 16일 누리협회 등 3개 기관과 투자협약을 했다.\n"
        "협약기관은 누리협회와 부설인 누리신문사, 누리연구원이다.\n"
    )
    names = ["가람청", "누리협회", "누리신문사", "누리연구원"]
    assert _roles(names, text) == [None, None, None, None]
    # a joint subject's partner in an item (no copula naming it) is still no signer
    text = "가람청과 누리협회는 투자협약을 했다.\n양 기관은 별빛연구원과 협력하기로 했다.\n"
    assert _roles(["가람청", "누리협회", "별빛연구원"], text)[2] == "unverified"


def test_a_party_written_with_a_kind_noun_after_its_name() -> None:
    # `가람2리 마을과`, `누리협회 중앙회 등 4개 기관과`: the particle follows a kind noun
    text = "가람2리 마을과 77사단 부대, 별빛식품이 상생협력 업무협약을 맺었다.\n"
    assert _roles(["가람2리", "77사단", "별빛식품"], text) == [None, None, None]
    text = "가람청은 16일 이전하는 누리협회 중앙회 등 4개 기관과 투자협약을 했다.\n"
    assert _roles(["가람청", "누리협회"], text) == [None, None]
    # a person of the body (not a kind noun) still does not make it a party
    text = "가람시와 별빛재단이 협약을 맺었다.\n누리협회 관계자는 협약식을 축하했다.\n"
    assert _roles(["가람시", "별빛재단", "누리협회"], text)[2] == "unverified"
