"""A short fictional release, its facts, and a briefing that is correct in every claim."""

from __future__ import annotations

import pytest

from summarizer.extract import extract_facts
from summarizer.models import (
    Briefing,
    BriefingCommitment,
    BriefingContact,
    BriefingEvent,
    BriefingParty,
    BriefingQuote,
    FactsResult,
)

# Everything here is invented for the tests: people, numbers, quotes and the agreement.
RELEASE = """보도시점 (전매체) 5. 20.(화) 10:00

중기부-무역협회, 중소기업 수출 물류 지원 업무협약 체결

중소벤처기업부(장관 나은결, 이하 중기부)와 한국무역협회(회장 도재현, 이하 무역협회)는 2025년 5월 20일(화) 오전 10시 서울 무역센터에서 '중소기업 수출 물류 지원'을 위한 업무협약을 체결했다.

두 기관은 △중소기업 수출 물류비 공동 지원, △해외 공동물류센터 이용 확대, △물류 애로 상담 창구 운영 등에 협력하기로 했다.

나은결 중기부 장관은 “물류비 부담을 덜어 중소기업이 수출에만 집중할 수 있도록 하겠다”고 말했다.

도재현 무역협회 회장은 “회원사의 물류 애로를 현장에서 바로 해결하는 창구가 되겠다”고 밝혔다.

담당 부서	수출지원과	책임자	과 장	윤하람 (044-204-7711)
	수출지원과	담당자	사무관	설지우 (044-204-7715)
"""


@pytest.fixture(scope="session")
def release_facts() -> FactsResult:
    """Facts of RELEASE as the deterministic layer finds them."""
    return extract_facts(RELEASE.encode("utf-8"), reference_date="2025-05-20")


def correct_briefing() -> Briefing:
    """A briefing that states only what RELEASE says."""
    return Briefing(
        title_ko="중기부-무역협회, 중소기업 수출 물류 지원 업무협약 체결",
        title_en="MSS and KITA sign agreement on export logistics support for SMEs",
        headline_en="MSS and KITA agreed on May 20, 2025 to support SMEs' export logistics.",
        summary_ko=["중기부와 무역협회가 5월 20일 수출 물류 지원 업무협약을 체결했다."],
        summary_en=["MSS and KITA signed the agreement in Seoul on May 20."],
        event=BriefingEvent(date="2025-05-20", time="10:00", place_ko="서울 무역센터"),
        parties=[
            BriefingParty(
                name_ko="중소벤처기업부", name_en="Ministry of SMEs and Startups",
                abbreviation="MSS", aliases=["중기부"],
            ),
            BriefingParty(
                name_ko="한국무역협회", name_en="Korea International Trade Association (KITA)",
                abbreviation="KITA", aliases=["무역협회"],
            ),
        ],
        commitments=[
            BriefingCommitment(text_ko="중소기업 수출 물류비 공동 지원", text_en="Joint support for export logistics costs"),
            BriefingCommitment(text_ko="해외 공동물류센터 이용 확대", text_en="Wider use of shared overseas logistics centres"),
            BriefingCommitment(text_ko="물류 애로 상담 창구 운영", text_en="A help desk for logistics problems"),
        ],
        quotes=[
            BriefingQuote(
                speaker="나은결", title="장관", org="중기부",
                text_ko="물류비 부담을 덜어 중소기업이 수출에만 집중할 수 있도록 하겠다",
                text_en="We will ease logistics costs so SMEs can focus on exporting.",
            ),
            BriefingQuote(
                speaker="도재현", title="회장", org="무역협회",
                text_ko="회원사의 물류 애로를 현장에서 바로 해결하는 창구가 되겠다",
                text_en="We will be the desk that solves members' logistics problems on the spot.",
            ),
        ],
        contacts=[
            BriefingContact(department="수출지원과", name="윤하람", role="과장", phone="044-204-7711"),
            BriefingContact(department="수출지원과", name="설지우", role="사무관", phone="044-204-7715"),
        ],
        embargo="2025-05-20T10:00",
    )  # fmt: skip


@pytest.fixture
def briefing() -> Briefing:
    """A fresh correct briefing each test may break in one place."""
    return correct_briefing()
