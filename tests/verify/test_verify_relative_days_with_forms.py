"""Forms of session 26's verifier errors on careful answers (invented texts, general forms)."""

from __future__ import annotations

from summarizer.extract import extract_facts
from summarizer.models import Briefing, BriefingEvent, BriefingParty, BriefingQuote, ClaimCheck
from summarizer.verify import verify_briefing

# Invented English story: the dated line gives the 12th, the signing is told as `yesterday`.
STORY_EN = """date 2024-03-12
GARAM (Mar 12): The Garam City Council's memorandum of understanding on 'Sister City' is part of its long-term plan for exchanges with foreign cities.

Mayor Tan Boon Li said the signing with Nuri-gun, Haneul Province from Korea is the council's newest step in its 'Garam Goes Global' theme for the city's 20th anniversary.

The signing took place during the anniversary celebration at Garam City Hall yesterday.

"The sister-city memorandum is our long-term commitment to friendly exchanges in trade, culture and tourism between the two cities," he said in his address.
"""

QUOTE_EN = (
    "The sister-city memorandum is our long-term commitment to friendly exchanges in trade, "
    "culture and tourism between the two cities"
)


def _story_briefing(**changes: object) -> Briefing:
    briefing = Briefing(
        title_ko="가람 시의회, 누리군과 자매도시 양해각서 체결",
        title_en="Garam City Council signs sister-city MoU with Nuri-gun",
        headline_en="The Garam City Council signed a sister-city MoU with Nuri-gun.",
        summary_ko=[
            "가람 시의회는 2024년 3월 11일 가람 시청에서 누리군과 자매도시 양해각서를 체결했다."
        ],
        summary_en=["The Garam City Council signed the MoU at Garam City Hall."],
        event=BriefingEvent(date="2024-03-11", place_ko="Garam City Hall", mode="in_person"),
        parties=[
            BriefingParty(name_ko="가람 시의회", name_en="Garam City Council"),
            BriefingParty(name_ko="누리군", name_en="Nuri-gun"),
        ],
        quotes=[
            BriefingQuote(
                speaker="Tan Boon Li",
                title="Mayor",
                org="Garam City Council",
                text_ko=QUOTE_EN,
                text_en=QUOTE_EN,
            )
        ],
    )
    return briefing.model_copy(update=changes)


def _checks(text: str, briefing: Briefing) -> list[ClaimCheck]:
    facts = extract_facts(text.encode("utf-8"))
    return verify_briefing(briefing, facts.text or text, facts).checks


def _of(checks: list[ClaimCheck], field: str, kind: str | None = None) -> list[ClaimCheck]:
    return [c for c in checks if c.field == field and (kind is None or c.kind == kind)]


def test_a_day_told_as_yesterday_supports_the_event_date() -> None:
    checks = _checks(STORY_EN, _story_briefing())
    (date,) = _of(checks, "event.date")
    assert date.ok and not date.hard, date.note
    assert date.span is not None and date.span.text == "yesterday"


def test_a_summary_writing_out_the_yesterday_date_is_supported() -> None:
    checks = _checks(STORY_EN, _story_briefing())
    dates = _of(checks, "summary_ko[0]", "date")
    assert dates and all(c.ok and not c.hard for c in dates), [c.note for c in dates]


def test_another_day_is_still_unsupported() -> None:
    wrong = _story_briefing(event=BriefingEvent(date="2024-03-10", place_ko="Garam City Hall"))
    (date,) = _of(_checks(STORY_EN, wrong), "event.date")
    assert not date.ok and date.hard


def test_the_day_number_of_a_yesterday_date_is_stated() -> None:
    checks = _checks(STORY_EN, _story_briefing())
    text = _of(checks, "summary_ko[0]", "text")
    assert text and all(c.status != "unverified" for c in text), [c.note for c in text]


def test_a_partner_in_what_the_speaker_said_is_not_his_organisation() -> None:
    # `Mayor NAME said the signing with Nuri-gun …`: Nuri-gun is in the clause he reports.
    (org,) = _of(_checks(STORY_EN, _story_briefing()), "quotes[0].org")
    assert org.status != "unsupported", org.note
    assert "누리군" not in (org.note or "")


def test_a_partner_named_beside_the_speaker_still_binds() -> None:
    text = STORY_EN.replace("Mayor Tan Boon Li said", "Nuri-gun Mayor Tan Boon Li said")
    (org,) = _of(_checks(text, _story_briefing()), "quotes[0].org")
    assert org.status == "unsupported" and "누리군" in (org.note or "")


# Invented Korean release: one body signs with two hospitals it visits in turn.
VISITS_KO = """가람소방서, 응급의료기관 2곳과 업무협약 체결

가람소방서는 지난 9일 관내 응급의료기관인 누리병원과 별빛병원을 각각 방문해 응급환자 이송체계 강화를 위한 업무협약을 체결했다.

주요 협약 내용은 △응급환자 진료 협력 △핫라인 점검이다.
"""


def _visits_briefing() -> Briefing:
    return Briefing(
        title_ko="가람소방서, 응급의료기관 2곳과 업무협약 체결",
        title_en="Garam Fire Station signs agreements with two hospitals",
        headline_en="Garam Fire Station signed agreements with two hospitals.",
        summary_ko=["가람소방서는 누리병원과 별빛병원을 각각 방문해 업무협약을 체결했다."],
        summary_en=["Garam Fire Station visited two hospitals and signed agreements."],
        parties=[
            BriefingParty(name_ko="가람소방서"),
            BriefingParty(name_ko="누리병원"),
            BriefingParty(name_ko="별빛병원"),
        ],
    )


def test_the_second_of_two_joined_partners_is_in_the_agreement_sentence() -> None:
    checks = _checks(VISITS_KO, _visits_briefing())
    assert not _of(checks, "parties[2].role"), [c.note for c in _of(checks, "parties[2].role")]


def test_a_body_only_visited_without_an_agreement_is_still_noticed() -> None:
    text = VISITS_KO.replace(
        "각각 방문해 응급환자 이송체계 강화를 위한 업무협약을 체결했다", "각각 방문했다"
    )
    text = text.replace("주요 협약 내용은", "가람소방서와 누리병원의 업무협약 주요 내용은")
    checks = _checks(text, _visits_briefing())
    assert [c.status for c in _of(checks, "parties[2].role")] == ["unverified"]


# Invented: the page dropped the opening mark of the foundation head's quotation.
UNOPENED_KO = """누리재단-가람연구원 업무협약 체결

누리재단(이사장 한바다)과 가람연구원(원장 김가람)은 17일 가람연구원에서 업무협약을 체결했다.

한바다 누리재단 이사장은 지역 연구와 국제협력이 절실하다. 이번 협약을 통해 가람연구원과 다양한 협업 활동을 추진하겠다.”고 밝혔다.
"""

UNOPENED_QUOTE = (
    "지역 연구와 국제협력이 절실하다. 이번 협약을 통해 가람연구원과 다양한 협업 활동을 추진하겠다."
)


def _unopened_briefing(speaker: str) -> Briefing:
    return Briefing(
        title_ko="누리재단-가람연구원 업무협약 체결",
        title_en="Nuri Foundation and Garam Institute sign agreement",
        headline_en="The Nuri Foundation and the Garam Institute signed an agreement.",
        summary_ko=["누리재단과 가람연구원은 업무협약을 체결했다."],
        summary_en=["The two bodies signed an agreement."],
        parties=[
            BriefingParty(name_ko="누리재단", signatory="한바다", signatory_title="이사장"),
            BriefingParty(name_ko="가람연구원", signatory="김가람", signatory_title="원장"),
        ],
        quotes=[
            BriefingQuote(
                speaker=speaker,
                title="이사장",
                org="누리재단",
                text_ko=UNOPENED_QUOTE,
                text_en="Research and cooperation are urgently needed.",
            )
        ],
    )


def test_a_quote_with_only_its_closing_mark_is_given_to_the_subject_opening_its_line() -> None:
    (speaker,) = _of(_checks(UNOPENED_KO, _unopened_briefing("한바다")), "quotes[0].speaker")
    assert speaker.status == "exact", speaker.note


def test_another_speaker_of_an_unopened_quote_is_not_confirmed() -> None:
    (speaker,) = _of(_checks(UNOPENED_KO, _unopened_briefing("김가람")), "quotes[0].speaker")
    assert speaker.status != "exact"


# Invented: a province (referred back to as `도`), a city and a firm; the item's own first
# words hold a clause of the firm's (`별빛이 계획한 사업이`).
PROVINCE_KO = """나라도·가람시·별빛 투자협약 체결

나라도는 28일 별빛 가람공장에서 가람시, 별빛과 투자협약을 체결했다고 밝혔다.

별빛은 가람공장을 증설하고 신규 인력을 채용한다.

도와 가람시는 별빛이 계획한 사업이 원활하게 추진될 수 있도록 행·재정적으로 지원할 계획이다.

가람시는 별빛이 계획한 물류센터가 제때 문을 열 수 있도록 인허가를 돕기로 했다.
"""


def _province_briefing(item: str, parties: list[str]) -> Briefing:
    from summarizer.models import BriefingCommitment

    return Briefing(
        title_ko="나라도·가람시·별빛 투자협약 체결",
        title_en="Nara Province, Garam City and Byeolbit sign investment agreement",
        headline_en="The province, the city and the firm signed an investment agreement.",
        summary_ko=["나라도는 가람시, 별빛과 투자협약을 체결했다."],
        summary_en=["The province signed an investment agreement with the city and the firm."],
        parties=[
            BriefingParty(name_ko="나라도"),
            BriefingParty(name_ko="가람시"),
            BriefingParty(name_ko="별빛"),
        ],
        commitments=[BriefingCommitment(text_ko=item, text_en="Support", parties=parties)],
    )


def test_do_joined_to_the_city_is_the_province_in_the_subject() -> None:
    item = "별빛이 계획한 사업이 원활하게 추진될 수 있도록 행·재정적으로 지원"
    checks = _checks(PROVINCE_KO, _province_briefing(item, ["나라도", "가람시"]))
    flags = [c for c in _of(checks, "commitments[0].parties") if not c.ok]
    assert not flags, [c.note for c in flags]


def test_a_subject_inside_an_embedded_clause_is_not_the_items() -> None:
    item = "별빛이 계획한 물류센터가 제때 문을 열 수 있도록 인허가를 돕기"
    checks = _checks(PROVINCE_KO, _province_briefing(item, ["가람시"]))
    flags = [c for c in _of(checks, "commitments[0].parties") if not c.ok]
    assert not flags, [c.note for c in flags]


def test_the_firm_alone_is_still_not_the_subject_of_the_support() -> None:
    item = "별빛이 계획한 사업이 원활하게 추진될 수 있도록 행·재정적으로 지원"
    checks = _checks(PROVINCE_KO, _province_briefing(item, ["별빛"]))
    assert any(not c.ok for c in _of(checks, "commitments[0].parties")) or any(
        c.status == "unsupported" for c in _of(checks, "commitments[0].parties[0]")
    )


# Invented board page: the date line gives the 17th, the subtitle `오늘(17)`, the body no day.
TODAY_KO = """  • 등록일 2021.03.17

누리재단-가람연구원 MOU 체결

- 누리재단, 오늘(17) 가람연구원에서 업무협약 체결식

누리재단(이사장 한바다)과 가람연구원(원장 김가람)은 공공외교 역량 강화를 위해 함께 노력하기로 하고 업무협약을 체결했다.
"""


def _today_briefing(day: str) -> Briefing:
    return Briefing(
        title_ko="누리재단-가람연구원 MOU 체결",
        title_en="Nuri Foundation and Garam Institute sign MOU",
        headline_en="The Nuri Foundation and the Garam Institute signed an MOU.",
        summary_ko=["누리재단과 가람연구원은 업무협약을 체결했다."],
        summary_en=["The two bodies signed an agreement."],
        event=BriefingEvent(date=day, place_ko="가람연구원", mode="in_person"),
        parties=[BriefingParty(name_ko="누리재단"), BriefingParty(name_ko="가람연구원")],
    )


def test_a_day_written_today_with_its_number_in_brackets_is_the_events() -> None:
    for written in ("오늘(17)", "오늘(3.17/)"):
        text = TODAY_KO.replace("오늘(17)", written)
        (date,) = _of(_checks(text, _today_briefing("2021-03-17")), "event.date")
        assert date.ok, (written, date.note)


def test_today_with_another_day_number_does_not_support_the_date() -> None:
    text = TODAY_KO.replace("오늘(17)", "오늘(18)")
    (date,) = _of(_checks(text, _today_briefing("2021-03-17")), "event.date")
    assert not date.ok
