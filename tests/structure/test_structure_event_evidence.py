"""Which day is the signing's is a matter of evidence (issue 8, helper s26-event), in our own
invented texts: a weekday in the signing's clause read against the dateline's day; the day of a
report (`on Friday announced`, `reported on Thursday`), of a photo (`file photo, taken …`) or of
a wire's dateline hidden in the page's head never dates the signing; the page's own posting
stamp is no day named before `이날`."""

from __future__ import annotations

import pytest

from summarizer.extract import facts_record


def _event(page: str, ref: str | None):  # type: ignore[no-untyped-def]
    return facts_record(page.encode(), reference_date=ref).structure.event


ENGLISH = [
    (
        "the signing's weekday, the report's before it",
        "Gaon, Nuri sign MOU\n\nGaon's finance minister on Friday announced that the two sides had "
        "signed the MOU on Thursday in Dara.\n",
        "2024-10-08",  # a Tuesday
        "2024-10-03",
    ),
    (
        "a wire's dateline behind the page's own head",
        "(PAGE- Gaon News Agency (GNA)) DARA, Jan 9 (GNA) -- Gaon and Nuri have formally signed a "
        "memorandum of understanding, a broadcaster reported on Thursday.\n\n"
        "The two ministries signed the memorandum in Dara on Wednesday, the ministry said.\n",
        "2025-01-09",  # a Thursday
        "2025-01-08",
    ),
    (
        "a weekday whose day a photo's caption also writes",
        " date 2023-01-16 DARA, Jan. 16 (Wire) -- Gaon and Nuri have signed an MOU, Gaon's "
        "agency said Monday.\n\nThe two agencies inked the MOU in Nuria on Sunday.\n\n"
        "The minister visits troops in Nuria on Jan. 15, 2023. (Wire)\n",
        "2023-01-16",
        "2023-01-15",
    ),
    (
        "a file photo's day is no signing's: the lead's weekday is",
        " date 2022-06-24 Gaon, Nuri sign MOU\n\nDARA, June 24 (Wire) -- Gaon and Nuri agreed "
        "Friday to work together on future cars, Gaon's ministry said.\n\n"
        "Gaon's ministry and Nuri's ministry signed the memorandum in Dara, the ministry said.\n\n"
        "This file photo, taken June 16, 2021, shows Gaon and Nuri holding a signing ceremony "
        "for another memorandum. (Wire)\n",
        "2022-06-24",
        "2022-06-24",
    ),
]


@pytest.mark.parametrize(("why", "page", "ref", "day"), ENGLISH, ids=[p[0] for p in ENGLISH])
def test_english_signing_day_by_evidence(why: str, page: str, ref: str, day: str) -> None:
    ev = _event(page, ref)
    assert ev is not None and ev.date == day, why


def test_a_posting_stamp_is_no_day_before_this_day() -> None:
    page = (
        "가온군, 누리공사 지부 개소\n기사입력: 2021/04/07 [13:48]\n"
        "가온군에 누리공사 지부가 개소식을 가졌다.\n\n"
        "이날 개소식은 군수의 건의로 마련됐다.\n\n"
        "또한 가온군과 누리공사는 상생발전 협약을 체결하고 협력하기로 약속했다.\n"
    )
    ev = _event(page, None)
    assert ev is None or ev.date is None


def test_the_thirtieth_of_last_month() -> None:
    page = (
        "Gaon Province Governor Kim signed a sisterhood action plan with Nuri State Governor Lee "
        "on the 30th of last month at Dara Palace.\n"
    )
    ev = _event(page, "2024-10-01")
    assert ev is not None and ev.date == "2024-09-30"
