"""Hand-made results: a short Korean release we wrote, with checks pointing into it (no fixtures)."""

from __future__ import annotations

import hashlib

from summarizer.models import (
    Briefing,
    BriefingCommitment,
    BriefingContact,
    BriefingEvent,
    BriefingParty,
    BriefingQuote,
    ClaimCheck,
    Embargo,
    Fact,
    FactsResult,
    Party,
    Quote,
    SourceInfo,
    Span,
    Structure,
    SummaryResult,
    VerificationReport,
)

TEXT = (
    "보도시점 2025. 3. 12.(수) 10:00\n"
    "중기부·한경협, 중소기업 수출 지원 협약\n"
    "중소벤처기업부(장관 한서진, 이하 중기부)는 한국경제인협회(이하 한경협), "
    "한국법무보호복지공단과 3월 11일(화) 서울에서 협약을 체결했다.\n"
    "△수출 상담회 공동 개최 △해외 판로 정보 공유\n"
    "한서진 중기부 장관은 “수출이 곧 성장”이라고 밝혔다.\n"
    "담당 부서 수출지원과 과장 문정훈 (044-204-7810)\n"
)


def span(text: str, needle: str) -> Span:
    start = TEXT.index(needle)
    return Span(text=needle, start=start, end=start + len(needle))


def facts(with_text: bool = True) -> FactsResult:
    sha = hashlib.sha256(TEXT.encode()).hexdigest()
    phone = span(TEXT, "044-204-7810")
    emb = span(TEXT, "2025. 3. 12.(수) 10:00")
    return FactsResult(
        source=SourceInfo(
            path="release.txt", format="text", encoding="utf-8", sha256=sha, chars=len(TEXT)
        ),
        reference_date="2025-03-12",
        reference_date_origin="embargo",
        facts=[Fact(kind="phone", value="+82442047810", **phone.model_dump())],
        structure=Structure(
            title=span(TEXT, "중기부·한경협, 중소기업 수출 지원 협약"),
            embargo=Embargo(value="2025-03-12T10:00", **emb.model_dump()),
            parties=[Party(name="중소벤처기업부", aliases=["중기부"], head="장관 한서진")],
            subtitles=[span(TEXT, "중소기업 수출 지원 협약")],
            quotes=[
                Quote(
                    speaker="한서진",
                    title="장관",
                    org="중기부",
                    **span(TEXT, "수출이 곧 성장").model_dump(),
                )
            ],
        ),
        text=TEXT if with_text else None,
        warnings=["decoded as cp949"],
    )


def briefing() -> Briefing:
    return Briefing(
        title_ko="중기부·한경협, 중소기업 수출 지원 협약",
        title_en="MSS and FKI agree to support SME exports",
        headline_en="The Ministry of SMEs and Startups signed an agreement with the Federation "
        "of Korean Industries on March 11 to help SMEs export; MSS will host fairs.",
        summary_ko=["수출 상담회", "판로 정보"],
        summary_en=["MSS and FKI will co-host export fairs.", "They will share market data."],
        event=BriefingEvent(date="2025-03-11", place_ko="서울", place_en="Seoul", mode="in_person"),
        parties=[
            BriefingParty(
                name_ko="중소벤처기업부",
                name_en="Ministry of SMEs and Startups",
                abbreviation="MSS",
                aliases=["중기부"],
                signatory="한서진",
                signatory_title="장관",
            ),
            BriefingParty(
                name_ko="한국경제인협회",
                name_en="Federation of Korean Industries",
                abbreviation="FKI",
                aliases=["한경협"],
            ),
            BriefingParty(
                name_ko="한국법무보호복지공단",
                name_en="Korea Legal Protection and Welfare Corporation",
            ),
        ],
        commitments=[
            BriefingCommitment(
                text_ko="수출 상담회 공동 개최",
                text_en="Co-host export fairs",
                parties=["중기부", "한경협"],
            ),
            BriefingCommitment(text_ko="해외 공장 공동 건설", text_en="Build a factory abroad"),
        ],
        quotes=[
            BriefingQuote(
                speaker="한서진",
                title="장관",
                org="중기부",
                text_ko="수출이 곧 성장",
                text_en="Exports are growth",
            )
        ],
        contacts=[
            BriefingContact(
                department="수출지원과", name="문정훈", role="과장", phone="044-204-7810"
            )
        ],
        embargo="2025-03-12T10:00",
    )


def report() -> VerificationReport:
    return VerificationReport(
        checks=[
            ClaimCheck(
                field="parties[0].name_en",
                kind="name_en",
                claim="Ministry of SMEs and Startups",
                status="exact",
            ),
            ClaimCheck(
                field="parties[1].name_en",
                kind="name_en",
                claim="Federation of Korean Industries",
                status="exact",
            ),
            ClaimCheck(
                field="parties[2].name_en",
                kind="name_en",
                claim="Korea Legal Protection and Welfare Corporation",
                status="unverified",
                note="not in the glossary",
            ),
            ClaimCheck(
                field="commitments[0].text_ko",
                kind="commitment",
                claim="수출 상담회 공동 개최",
                status="exact",
                span=span(TEXT, "수출 상담회 공동 개최"),
            ),
            ClaimCheck(
                field="commitments[1].text_ko",
                kind="commitment",
                claim="해외 공장 공동 건설",
                status="unsupported",
                note="no such item in the source",
            ),
            ClaimCheck(
                field="quotes[0].text_ko",
                kind="quote",
                claim="수출이 곧 성장",
                status="exact",
                span=span(TEXT, "수출이 곧 성장"),
            ),
            ClaimCheck(
                field="contacts[0].phone",
                kind="phone",
                claim="044-204-7810",
                status="exact",
                span=span(TEXT, "044-204-7810"),
            ),
            ClaimCheck(
                field="event.date",
                kind="date",
                claim="2025-03-11",
                status="normalised",
                span=span(TEXT, "3월 11일(화)"),
            ),
        ],
        recall_warnings=["the source lists 2 commitments; the briefing has 2"],
    )


def model_result_() -> SummaryResult:
    """A model result with verified, unverified and unsupported claims."""
    return SummaryResult(
        mode="model",
        briefing=briefing(),
        report=report(),
        model="test-model",
        prompt_version="p1",
        facts=facts(),
        attempts=1,
    )


def offline_result_(with_text: bool = True) -> SummaryResult:
    """An offline result: deterministic Korean facts only."""
    return SummaryResult(mode="offline", facts=facts(with_text))
