"""Over-binding: a commitment the source gives one party must not verify for every party.

All snippets are invented (bodies 가나부, 다라공단; items made up).
"""

from __future__ import annotations

import pytest

from .claim_checks import commitment_party_checks as _checks

BOTH = ["가나부", "다라공단"]


ONE_SUBJECT = (
    "가나부는 다라공단과 업무협약을 맺었다.\n\n"
    "이번 협약은 지역 청년의 창업을 돕기 위해 마련됐다.\n\n"
    "다라공단은 청년 창업 공간을 무상으로 제공한다.\n"
)
ITEM = "청년 창업 공간을 무상으로 제공한다"


def test_a_pledge_given_to_both_signers_is_not_verified_for_the_other() -> None:
    checks = _checks(ONE_SUBJECT, ITEM, BOTH)
    extra = [c for c in checks if c.claim == "가나부" or "가나부" in c.claim.split(", ")[:1]]
    assert any(c.status == "unverified" and not c.hard for c in extra), checks
    assert not any(c.hard for c in checks)


PAIRED = (
    "가나부는 다라공단과 업무협약을 맺었다.\n\n"
    "다라공단은 청년 창업 공간을 무상으로 제공하고, 가나부는 입주 기업에 자금을 지원한다.\n"
)


def test_a_paired_clause_item_is_not_verified_for_the_other_clause_subject() -> None:
    checks = _checks(PAIRED, "청년 창업 공간을 무상으로 제공하고", BOTH)
    assert any(c.status == "unverified" and not c.hard for c in checks), checks


def test_the_subject_alone_stays_bound() -> None:
    checks = _checks(ONE_SUBJECT, ITEM, ["다라공단"])
    assert checks and all(c.status == "exact" for c in checks), checks


@pytest.mark.parametrize(
    "text",
    [
        "다라공단은 가나부와 함께 청년 창업 공간을 무상으로 제공한다.\n",
        "가나부와 다라공단은 청년 창업 공간을 무상으로 제공한다.\n",
        # the signing sentence before, in the same paragraph, makes the other party no owner
        "가나부가 다라공단과 협약을 맺었다. 가나부와 다라공단은 청년 창업 공간을 무상으로 제공한다.\n",
        "두 기관은 청년 창업 공간을 무상으로 제공한다.\n",
        # the partner named in the paragraph before: the item may be shared, left open
        "다라공단은 가나부와 손잡고 청년 지원에 나선다.\n\n"
        "특히 청년 창업 공간을 무상으로 제공한다는 계획이다.\n",
    ],
)
def test_a_partner_or_joint_subject_binds_both(text: str) -> None:
    checks = _checks(text, ITEM, BOTH)
    assert not any(c.status in ("unverified", "unsupported") for c in checks), checks
