"""Correct answers the verifier once flagged: English-language sources, stem lists, longer names.

Each case is a correct claim about an invented snippet; the mutant beside it must still be caught.
"""

from __future__ import annotations

from summarizer.extract import extract_facts
from summarizer.models import Briefing, ClaimCheck, VerificationReport
from summarizer.verify import verify_briefing
from summarizer.verify.english import _whole
from summarizer.verify.listed import listed_stem

EN = (
    "INCHEON, Nov. 4, 2025 -- Harbor Valley Campus (HVC) signed an agreement with Nuri City and the "
    "Nuri Startup Foundation on Monday at the Harbor Valley Campus in Songdo, Incheon.\n"
    'The partners will run joint mentoring programs for young founders. "This partnership opens '
    'the campus to the whole region," said Jane Moss, chief operating officer of HVC.\n'
)
KO_LIST = (
    "[누리일보] 누리문화예술재단이 23일 가람, 나루, 다솔, 마루문화재단과 함께 지역 문화 홍보를 위한 "
    "업무협약을 체결했다.\n재단들은 공동 홍보물을 만들기로 했다.\n"
)


def _briefing(**kw: object) -> Briefing:
    fields: dict[str, object] = {
        "title_ko": "-", "title_en": "-", "headline_en": "-", "summary_ko": ["-"],
        "summary_en": ["-"], "parties": [],
    }  # fmt: skip
    return Briefing.model_validate({**fields, **kw})


def _verify(text: str, briefing: Briefing) -> VerificationReport:
    facts = extract_facts(text.encode(), reference_date="2025-11-04")
    return verify_briefing(briefing, text, facts)


def _check(report: VerificationReport, field: str) -> ClaimCheck:
    return next(c for c in report.checks if c.field == field)


def _en_quote(text_en: str) -> dict[str, object]:
    return {
        "speaker": "제인 모스", "speaker_en": "Jane Moss", "title": "최고운영책임자",
        "title_en": "Chief Operating Officer", "org": "하버밸리캠퍼스",
        "text_ko": "이번 협력은 캠퍼스를 지역 전체에 연다", "text_en": text_en,
    }  # fmt: skip


def test_english_source_checks_the_quote_words_in_english_and_marks_the_korean_a_translation() -> (
    None
):
    said = "This partnership opens the campus to the whole region"
    report = _verify(EN, _briefing(quotes=[_en_quote(said)]))
    assert _check(report, "quotes[0].text_en").status == "exact"
    assert _check(report, "quotes[0].text_ko").status == "unchecked"
    assert _check(report, "quotes[0].speaker").status == "exact"  # `said Jane Moss`
    assert _check(report, "quotes[0].title_en").status == "exact"  # the page's own words
    made_up = _verify(EN, _briefing(quotes=[_en_quote("We will build a new campus in Nuri")]))
    assert _check(made_up, "quotes[0].text_en").hard


def test_english_source_checks_commitments_and_venue_in_english() -> None:
    briefing = _briefing(
        commitments=[
            {"text_ko": "청년 창업자를 위한 공동 멘토링 운영",
             "text_en": "run joint mentoring programs for young founders"},
        ],
        event={"place_ko": "인천 송도 하버밸리캠퍼스",
               "place_en": "Harbor Valley Campus in Songdo, Incheon"},
    )  # fmt: skip
    report = _verify(EN, briefing)
    assert _check(report, "commitments[0].text_en").status == "exact"
    assert _check(report, "commitments[0].text_ko").status == "unchecked"
    assert _check(report, "event.place_ko").status == "unchecked"
    assert _check(report, "event.place_en").status == "exact"
    elsewhere = _briefing(event={"place_ko": "서울 시청", "place_en": "Seoul City Hall"})
    assert _check(_verify(EN, elsewhere), "event.place_en").status == "unverified"


def test_alias_declared_for_the_party_english_name_is_its_own() -> None:
    party = {"name_ko": "하버밸리캠퍼스", "name_en": "Harbor Valley Campus", "aliases": ["HVC"]}
    report = _verify(EN, _briefing(parties=[party]))
    assert not [c for c in report.checks if c.field == "parties[0].aliases[0]" and not c.ok]


def test_a_stem_in_a_comma_list_sharing_the_last_name_ending_names_the_body() -> None:
    assert listed_stem(KO_LIST, "나루문화재단") is not None
    assert listed_stem(KO_LIST, "가람문화재단") is not None
    assert listed_stem(KO_LIST, "가람재단") is None  # not the ending the list shares
    assert listed_stem(KO_LIST, "바다문화재단") is None
    parties = [{"name_ko": "누리문화예술재단"}, {"name_ko": "다솔문화재단"}]
    report = _verify(KO_LIST, _briefing(parties=parties))
    assert _check(report, "parties[1].name_ko").status == "normalised"
    wrong = [{"name_ko": "누리문화예술재단"}, {"name_ko": "한솔문화재단"}]
    assert _check(_verify(KO_LIST, _briefing(parties=wrong)), "parties[1].name_ko").hard


def test_a_glossary_name_inside_a_longer_name_is_not_that_body() -> None:
    name = "Seoul National University"
    assert not _whole("Seoul National University of Science and Technology signed", name)
    assert not _whole("with Seoul National University Hospital", name)
    assert _whole("with Seoul National University on Monday", name)
    assert _whole("Seoul National University Governor KIM spoke", name)  # a title follows


def test_a_signing_joined_to_a_coming_day_is_future() -> None:
    text = (
        "누리시는 오는 17일 시청에서 가람공단과 업무협약을 체결하고 공동 사업을 추진할 계획이다.\n"
    )
    quote = {
        "speaker": "누리시",
        "text_ko": text.strip().rstrip("."),
        "text_en": "The city will sign an agreement with Garam Corporation on the 17th",
    }
    report = _verify(text, _briefing(quotes=[quote]))
    assert not [
        c for c in report.checks if c.field == "quotes[0].text_en" and c.status == "unsupported"
    ]
    past = "누리시는 지난 7일 가람공단과 업무협약을 체결하고 공동 사업을 추진할 계획이다.\n"
    quote["text_ko"] = past.strip().rstrip(".")
    flagged = _verify(past, _briefing(quotes=[quote]))
    assert [
        c for c in flagged.checks if c.field == "quotes[0].text_en" and c.status == "unsupported"
    ]
