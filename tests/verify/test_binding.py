"""Binding, not presence: values verify only in the role the source gives them."""

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
    ClaimCheck,
)
from summarizer.verify import verify_briefing

# Invented: the embargo and distribution dates differ from the signing date; a fax line sits
# beside the phones; two contact rows.
SOURCE = """보도시점 2025. 6. 2.(월) 12:00   배포 2025. 5. 30.(금)

마바부-사아협회, 지역 상권 활성화 업무협약 체결

마바부(장관 가나다, 이하 마바부)와 사아협회(회장 라마바, 이하 협회)는 2025년 5월 29일(목) 오후 3시 세종 마바부 청사 대회의실에서 지역 상권 활성화 업무협약을 체결했다.

두 기관은 △상점가 공동 마케팅 △빈 점포 재생 지원을 함께 추진한다. 협회는 △회원사 현장 의견 수렴을 맡는다.

가나다 마바부 장관은 “상권이 살아야 지역이 산다”고 말했다.

라마바 협회 회장은 “회원사와 함께 현장에서 답을 찾겠다”고 밝혔다.

이날 행사에는 자차청 관계자도 참석했다.

담당 부서	상권정책과	책임자	과장	차카타 (044-200-1111)
	상권정책과	담당자	사무관	파하가 (044-200-2222)
팩스 044-200-9999
"""


def _correct() -> Briefing:
    return Briefing(
        title_ko="마바부-사아협회, 지역 상권 활성화 업무협약 체결",
        title_en="Maba Ministry and Saa Association sign agreement on local commercial districts",
        headline_en="The ministry and the association signed an agreement on May 29, 2025.",
        summary_ko=["마바부와 사아협회가 5월 29일 지역 상권 활성화 업무협약을 체결했다."],
        summary_en=["The ministry and the association signed the agreement on May 29."],
        event=BriefingEvent(date="2025-05-29", time="15:00", place_ko="세종 마바부 청사 대회의실",
                            mode="in_person"),
        parties=[
            BriefingParty(name_ko="마바부", aliases=[], signatory="가나다", signatory_title="장관"),
            BriefingParty(name_ko="사아협회", aliases=["협회"], signatory="라마바", signatory_title="회장"),
        ],
        commitments=[
            BriefingCommitment(text_ko="상점가 공동 마케팅", text_en="Joint marketing",
                               parties=["마바부", "사아협회"]),
            BriefingCommitment(text_ko="회원사 현장 의견 수렴", text_en="Gathering members' views",
                               parties=["사아협회"]),
        ],
        quotes=[
            BriefingQuote(speaker="가나다", title="장관", org="마바부",
                          text_ko="상권이 살아야 지역이 산다", text_en="Districts must live."),
            BriefingQuote(speaker="라마바", title="회장", org="사아협회",
                          text_ko="회원사와 함께 현장에서 답을 찾겠다", text_en="We will find answers."),
        ],
        contacts=[
            BriefingContact(department="상권정책과", name="차카타", role="과장", phone="044-200-1111"),
            BriefingContact(department="상권정책과", name="파하가", role="사무관", phone="044-200-2222"),
        ],
    )  # fmt: skip


def _verify(briefing: Briefing) -> list[ClaimCheck]:
    facts = extract_facts(SOURCE.encode(), reference_date="2025-06-02")
    return verify_briefing(briefing, SOURCE, facts).checks


def _bad(checks: list[ClaimCheck], prefix: str) -> list[ClaimCheck]:
    return [
        c
        for c in checks
        if c.field.startswith(prefix) and c.status in ("unsupported", "unverified")
    ]


def test_the_correct_briefing_raises_no_flag() -> None:
    assert [(c.field, c.status, c.note) for c in _bad(_verify(_correct()), "")] == []


@pytest.mark.parametrize("date", ["2025-06-02", "2025-05-30"])  # embargo, distribution
def test_a_release_date_is_not_the_event_date(date: str) -> None:
    b = _correct()
    assert b.event is not None
    b.event.date = date
    (flag,) = _bad(_verify(b), "event.date")
    assert flag.status == "unsupported" and "2025-05-29" in (flag.note or "")


def test_the_embargo_time_is_not_the_event_time() -> None:
    b = _correct()
    assert b.event is not None
    b.event.time = "12:00"
    assert [c.status for c in _bad(_verify(b), "event.time")] == ["unsupported"]


def test_swapped_phones_and_a_fax_are_caught() -> None:
    b = _correct()
    b.contacts[0].phone, b.contacts[1].phone = "044-200-2222", "044-200-1111"
    flags = _bad(_verify(b), "contacts")
    assert {c.field for c in flags} >= {"contacts[0].phone", "contacts[1].phone"}
    assert all(c.hard for c in flags if c.field.endswith("phone"))
    b = _correct()
    b.contacts[0].phone = "044-200-9999"
    (fax,) = _bad(_verify(b), "contacts[0].phone")
    assert fax.hard and "fax" in (fax.note or "")


def test_a_name_moved_to_another_row_is_caught() -> None:
    b = _correct()
    b.contacts[0].name = "파하가"
    assert _bad(_verify(b), "contacts[0].name")


def test_signatories_and_titles_bind_to_their_party() -> None:
    b = _correct()
    b.parties[0].signatory, b.parties[1].signatory = "라마바", "가나다"
    assert _bad(_verify(b), "parties[0].signatory") and _bad(_verify(b), "parties[1].signatory")
    b = _correct()
    b.parties[1].signatory_title = "부회장"
    assert _bad(_verify(b), "parties[1].signatory_title")


def test_quote_org_and_title_bind_to_the_speaker() -> None:
    b = _correct()
    b.quotes[0].org = "사아협회"
    b.quotes[1].title = "장관"
    checks = _verify(b)
    assert _bad(checks, "quotes[0].org") and _bad(checks, "quotes[1].title")


def test_an_alias_moved_to_another_party_is_caught() -> None:
    b = _correct()
    b.parties[1].aliases = []
    b.parties[0].aliases = ["협회"]
    (flag,) = _bad(_verify(b), "parties[0].aliases")
    assert "사아협회" in (flag.note or "")


def test_commitment_parties_follow_the_subject() -> None:
    b = _correct()
    b.commitments[0].parties = ["마바부"]  # `두 기관은 △…`: both
    b.commitments[1].parties = ["마바부"]  # `협회는 △…`: the association
    checks = _verify(b)
    assert _bad(checks, "commitments[0].parties") and _bad(checks, "commitments[1].parties")


def test_place_and_mode_are_those_stated() -> None:
    b = _correct()
    assert b.event is not None
    b.event.mode = "online"
    b.event.place_ko = "부산 해운대 컨벤션센터"
    checks = _verify(b)
    assert _bad(checks, "event.mode") and _bad(checks, "event.place_ko")


def test_unchecked_fields_are_counted_not_passed_as_verified() -> None:
    facts = extract_facts(SOURCE.encode(), reference_date="2025-06-02")
    report = verify_briefing(_correct(), SOURCE, facts)
    unchecked = report.unchecked
    assert unchecked and all(not c.ok for c in unchecked)
    assert report.counts()["unchecked"] == len(unchecked)
    assert {c.field for c in unchecked} >= {"title_en", "quotes[0].text_en", "summary_ko[0]"}


def test_a_body_only_mentioned_is_not_passed_as_a_party() -> None:
    b = _correct()
    b.parties.append(BriefingParty(name_ko="자차청"))
    (flag,) = _bad(_verify(b), "parties[2]")
    assert flag.status == "unverified" and flag.field == "parties[2].role"


def test_a_declared_english_abbreviation_belongs_to_the_party_before_it() -> None:
    text = "가나연구원(원장 다라마, 이하 GNRI)과 바사협회는 협약을 체결했다.\n"
    facts = extract_facts(text.encode(), reference_date="2025-06-02")
    b = Briefing(
        title_ko="협약", title_en="-", headline_en="-", summary_ko=["-"], summary_en=["-"],
        parties=[BriefingParty(name_ko="가나연구원"), BriefingParty(name_ko="바사협회", aliases=["GNRI"])],
    )  # fmt: skip
    checks = verify_briefing(b, text, facts).checks
    assert [
        c.status for c in checks if c.field == "parties[1].aliases[0]" and c.kind == "alias"
    ] == ["unsupported"]


def _leaves(value: object, path: str = "") -> list[str]:
    if isinstance(value, dict):
        return [p for k, v in value.items() for p in _leaves(v, f"{path}.{k}" if path else k)]
    if isinstance(value, list):
        return [p for i, v in enumerate(value) for p in _leaves(v, f"{path}[{i}]")]
    return [] if value in (None, "", "unknown") else [path]


def test_every_field_of_the_briefing_gets_a_status() -> None:
    from summarizer.models import GlossaryEntry

    b = _correct()
    assert b.event is not None
    b.event.place_en = "Main conference room, Maba Ministry, Sejong"
    b.glossary = [GlossaryEntry(ko="상권", en="commercial district")]
    # Every English field the schema has, filled.
    for model in [*b.parties, *b.quotes, *b.contacts]:
        for name, info in type(model).model_fields.items():
            if name.endswith("_en") and info.annotation in (str | None, str):
                setattr(model, name, "Some English")
    fields = {c.field for c in _verify(b)}
    # A commitment's or quote's parties are judged as one list; every other leaf on its own.
    missing = [
        leaf for leaf in _leaves(b.model_dump())
        if not any(f == leaf or f.startswith(leaf + ".") or leaf.startswith(f + "[") for f in fields)
    ]  # fmt: skip
    assert missing == []


def test_the_announcement_day_is_doubtful_not_contradicted() -> None:
    text = "가나부는 다라협회와 수출 지원 업무협약을 체결했다고 27일 밝혔다.\n"
    facts = extract_facts(text.encode(), reference_date="2025-06-28")
    b = Briefing(
        title_ko="협약", title_en="-", headline_en="-", summary_ko=["-"], summary_en=["-"],
        event=BriefingEvent(date="2025-06-27"),
    )  # fmt: skip
    (check,) = [c for c in verify_briefing(b, text, facts).checks if c.field == "event.date"]
    assert (check.status, check.hard) == ("unverified", False)
    assert "announcement" in (check.note or "")


def test_a_body_listed_among_supporters_is_not_a_party() -> None:
    text = (
        "가나부와 다라시는 업무협약을 체결했다.\n"
        "또 마바재단·사아재단 등 유관기관이 참여하는 협의회를 통해 협약 이행을 지원한다.\n"
    )
    facts = extract_facts(text.encode(), reference_date="2025-06-02")
    b = Briefing(
        title_ko="협약", title_en="-", headline_en="-", summary_ko=["-"], summary_en=["-"],
        parties=[BriefingParty(name_ko="가나부"), BriefingParty(name_ko="다라시"),
                 BriefingParty(name_ko="마바재단")],
    )  # fmt: skip
    roles = [c.field for c in verify_briefing(b, text, facts).checks if c.field.endswith(".role")]
    assert roles == ["parties[2].role"]


def test_a_glossary_english_given_to_two_terms_is_flagged() -> None:
    from summarizer.models import GlossaryEntry

    b = _correct()
    b.glossary = [
        GlossaryEntry(ko="상권", en="commercial district"),
        GlossaryEntry(ko="빈 점포", en="commercial district"),
    ]
    flags = _bad(_verify(b), "glossary")
    assert {c.field for c in flags} == {"glossary[0].en", "glossary[1].en"}
    assert all(not c.hard for c in flags)


def test_a_ceremony_venue_given_in_another_sentence_verifies() -> None:
    text = (
        "가나시는 지난 7일 해외 현지에서 다라시와 우호협력 양해각서를 체결했다.\n"
        "다라시 시청에서 열린 협약식에는 두 시의 관계자들이 참석했다.\n"
        "이번 협약은 두 시의 지속가능한 발전과 공동 번영을 위한 협력 기반을 다지기 위해 마련됐다.\n"
        "두 시는 앞으로 문화와 관광, 경제 분야에서 교류를 넓히고 공원 관리 기술도 교류한다.\n"
    )
    facts = extract_facts(text.encode(), reference_date="2025-11-10")
    b = Briefing(
        title_ko="-", title_en="-", headline_en="-", summary_ko=["-"], summary_en=["-"],
        event=BriefingEvent(place_ko="다라시 시청"),
    )  # fmt: skip
    (check,) = [c for c in verify_briefing(b, text, facts).checks if c.field == "event.place_ko"]
    assert check.ok
    b.event.place_ko = "공원 관리"  # written in the source, but not where the ceremony was
    (check,) = [c for c in verify_briefing(b, text, facts).checks if c.field == "event.place_ko"]
    assert not check.ok


def test_a_korean_summary_spelling_out_an_undated_month_day_raises_no_number_flag() -> None:
    # Invented English-language source with no publication date: `4.30` has no year, so the
    # date has no value, yet the source still states the numbers 4 and 30.
    text = "The Maba Ministry will sign an agreement with the Saa Association on 4.30.\n"
    facts = extract_facts(text.encode())
    b = Briefing(
        title_ko="협약", title_en="-", headline_en="-", summary_en=["-"],
        summary_ko=["마바부는 4월 30일 사아협회와 협약을 체결한다.", "마바부는 7개 과제를 추진한다."],
    )  # fmt: skip
    checks = {c.field: c for c in verify_briefing(b, text, facts).checks if c.kind == "text"}
    assert checks["summary_ko[0]"].status == "unchecked"
    assert checks["summary_ko[1]"].status == "unverified"  # 7 is nowhere in the source


@pytest.mark.parametrize("joined", ["손을 맞잡았다", "손을 잡았다", "맞손을 잡았다"])
def test_parties_that_join_hands_are_in_a_sentence_about_the_agreement(joined: str) -> None:
    text = f"가나경찰서와 다라소방서가 2025년 6월 2일 안전한 지역을 위해 {joined}.\n"
    facts = extract_facts(text.encode(), reference_date="2025-06-02")
    b = Briefing(
        title_ko="협약", title_en="-", headline_en="-", summary_ko=["-"], summary_en=["-"],
        parties=[BriefingParty(name_ko="가나경찰서"), BriefingParty(name_ko="다라소방서")],
    )  # fmt: skip
    roles = [c.field for c in verify_briefing(b, text, facts).checks if c.field.endswith(".role")]
    assert roles == []


def test_a_time_after_a_posting_labels_date_is_not_the_event_time() -> None:
    """`• 승인 2025.03.04 09:39` under a headline: a bulleted posting line, invented."""
    text = (
        "햇살군, 햇살농협과 먹거리 나눔 협약\n  • 승인 2025.03.04 09:39\n  • 댓글 0\n\n"
        "햇살군은 4일 오전 10시 30분 군청에서 햇살농협과 먹거리 나눔 업무협약을 체결했다.\n"
    )
    facts = extract_facts(text.encode("utf-8"))
    for claimed, bad in (("10:30", False), ("09:39", True)):
        briefing = Briefing(
            title_ko="t", title_en="t", headline_ko="h", headline_en="h",
            summary_ko=["s"], summary_en=["s"],
            parties=[BriefingParty(name_ko="햇살군"), BriefingParty(name_ko="햇살농협")],
            event=BriefingEvent(date="2025-03-04", time=claimed),
        )  # fmt: skip
        (check,) = [
            c for c in verify_briefing(briefing, text, facts).checks if c.field == "event.time"
        ]
        assert (check.status == "unsupported") is bad, check


@pytest.mark.parametrize(
    ("items", "summary", "stated"),
    [
        # items marked on one line: `모두 4개 분야` counts them
        ("양 기관은 △관광 홍보 △축제 교류 △청소년 교류 △농산물 직거래에 협력한다.\n", "모두 4개 분야에서 협력한다.", True),
        ("양 기관은 △관광 홍보 △축제 교류 △청소년 교류 △농산물 직거래에 협력한다.\n", "모두 5개 분야에서 협력한다.", False),
        # items one to a line, with a blank line between two of them
        ("협약 내용\n○ 관광 홍보\n○ 축제 교류\n\n○ 청소년 교류\n○ 직거래\n○ 귀농 지원\n", "5가지 사업을 함께한다.", True),
        ("협약 내용\n○ 관광 홍보\n○ 축제 교류\n\n○ 청소년 교류\n○ 직거래\n○ 귀농 지원\n", "7가지 사업을 함께한다.", False),
        # a few marked lines are mostly layout (`ㅇ (일시)`, `ㅇ (장소)`): too short to count
        ("행사 개요\nㅇ (일시) 6월 2일\nㅇ (장소) 가람시청\nㅇ (참석) 시장 등\n", "3가지 사업을 함께한다.", False),
        # a number that counts nothing is not a list's length
        ("양 기관은 △관광 홍보 △축제 교류 △청소년 교류에 협력한다.\n", "3년간 협력한다.", False),
    ],
)  # fmt: skip
def test_a_count_of_a_listed_set_is_a_number_the_source_states(
    items: str, summary: str, stated: bool
) -> None:
    text = "가람시와 누리군은 2025년 6월 2일 우호교류 협약을 체결했다.\n" + items
    facts = extract_facts(text.encode(), reference_date="2025-06-02")
    b = Briefing(
        title_ko="협약", title_en="-", headline_en="-", summary_en=["-"], summary_ko=[summary]
    )
    (check,) = [c for c in verify_briefing(b, text, facts).checks if c.field == "summary_ko[0]"]
    assert (check.status == "unchecked") is stated


@pytest.mark.parametrize(
    ("title_ko", "status"),
    [
        ("마바부, 사아협회와 3개 분야 협력 협약 체결", "unchecked"),
        # a number the English source does not state is still flagged
        ("마바부, 사아협회와 4개 분야 협력 협약 체결", "unverified"),
    ],
)
def test_the_korean_title_of_an_english_source_is_a_rendering(title_ko: str, status: str) -> None:
    # Invented English-language source: it has no Korean title a title_ko could be aligned to.
    text = (
        "Maba Ministry and Saa Association sign MOU in 3 fields\n"
        "The Maba Ministry signed an agreement with the Saa Association on June 2, 2025.\n"
    )
    facts = extract_facts(text.encode(), reference_date="2025-06-02")
    b = Briefing(
        title_ko=title_ko, title_en="-", headline_en="-", summary_ko=["-"], summary_en=["-"]
    )
    (check,) = [c for c in verify_briefing(b, text, facts).checks if c.field == "title_ko"]
    assert check.status == status
