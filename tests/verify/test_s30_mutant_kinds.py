"""Kinds of realistic answer errors the s30-ver mutant batch found passing. Invented snippets."""

from __future__ import annotations

from .claim_checks import brief as _brief
from .claim_checks import doubted

_PARTIES = [{"name_ko": "가람시"}, {"name_ko": "누리재단"}]


def _soft(field: str, page: str, **fields: object) -> list[str]:
    """The claims of `field` the verifier does not pass, in a briefing of _PARTIES by default."""
    return doubted(field, page, **{"parties": _PARTIES, **fields})


_SIGNED = "가람시와 누리재단은 4일 가람시청에서 업무협약을 체결했다고 밝혔다.\n"


def test_a_weekday_the_date_does_not_fall_on_is_doubted() -> None:
    # 2025-03-04 (the reference date's year) is a Tuesday
    assert _soft("summary_ko[0]", _SIGNED, summary_ko=["가람시는 3월 4일(수) 누리재단과 협약했다."])
    assert not _soft(
        "summary_ko[0]", _SIGNED, summary_ko=["가람시는 3월 4일(화) 누리재단과 협약했다."]
    )
    wrong = "Garam City signed with Nuri Foundation on Wednesday, March 4, 2025."
    right = "Garam City signed with Nuri Foundation on Tuesday, March 4, 2025."
    assert _soft("headline_en", _SIGNED, headline_en=wrong)
    assert not _soft("headline_en", _SIGNED, headline_en=right)


_CHOSEN = "누리재단은 총 9개(연구기관 6, 대학 3) 신청기관을 평가해 최종 2곳을 선정했다고 밝혔다.\n"


def test_a_count_is_checked_with_what_it_counts() -> None:
    # 3 is on the page, but only as a bare number in a bracket: never 3 bodies
    assert _soft("summary_ko[0]", _CHOSEN, summary_ko=["누리재단은 최종 3곳을 선정했다."])
    assert not _soft("summary_ko[0]", _CHOSEN, summary_ko=["누리재단은 최종 2개 기관을 선정했다."])
    assert not _soft("summary_ko[0]", _CHOSEN, summary_ko=["누리재단은 9개 신청기관을 평가했다."])


def test_a_copula_s_negation_dropped_from_a_quote_changes_it() -> None:
    from summarizer.verify.meaning import meaning_diff

    source = "단순한 영리 목적의 재단이 아닌 주민과 함께하는 기관으로서 역할을 다할 것"
    claim = "단순한 영리 목적의 재단으로서 주민과 함께하는 기관으로서 역할을 다할 것"
    assert meaning_diff(claim, source) == "negation differs ('아닌')"
    assert meaning_diff(source.replace("단순한 ", ""), source) is None


_PLANNED = _SIGNED + "두 기관은 청년 일자리 사업을 함께 발굴할 계획이다.\n"


def test_a_commitment_is_not_moved_from_the_future_to_the_past() -> None:
    planned = ["두 기관은 청년 일자리 사업을 함께 발굴할 계획이다."]
    done_en = ["The two have found youth jobs projects together."]
    will_en = ["The two will find youth jobs projects together."]
    assert _soft("summary_en[0]", _PLANNED, summary_ko=planned, summary_en=done_en)
    assert not _soft("summary_en[0]", _PLANNED, summary_ko=planned, summary_en=will_en)
    done_ko = ["두 기관은 청년 일자리 사업을 함께 발굴했다."]
    assert _soft("summary_ko[0]", _PLANNED, summary_ko=done_ko, summary_en=will_en)
    # the signing itself is done: `체결했다` beside `will cooperate` is no slip
    signed = ["가람시와 누리재단은 업무협약을 체결했다."]
    assert not _soft("summary_ko[0]", _PLANNED, summary_ko=signed, summary_en=will_en)


_ATTENDED = _SIGNED + "이날 협약식에는 김하늘 가람시장과 박바다 누리재단 이사장이 참석했다.\n"


def test_a_titled_person_the_source_never_names_is_doubted() -> None:
    right = ["Mayor KIM Ha-neul and Chairman PARK Ba-da attended."]
    other = ["Mayor KIM Ha-neul and Chairman CHOI Min-ho attended."]
    assert not _soft("summary_en[0]", _ATTENDED, summary_en=right)
    assert _soft("summary_en[0]", _ATTENDED, summary_en=other)


def test_a_body_named_only_among_the_counted_guests_is_no_party() -> None:
    three = [*_PARTIES, {"name_ko": "별빛상회"}]
    guests = _SIGNED + "이날 협약식에는 김하늘 가람시장과 별빛상회 관계자 등 20여 명이 참석했다.\n"
    assert _soft("parties[2].role", guests, parties=three)
    # without a head count the sentence may list the signers themselves
    signers = _SIGNED + "이번 협약에는 가람시와 누리재단, 별빛상회가 참석했다.\n"
    assert not _soft("parties[2].role", signers, parties=three)


_GIVEN = _SIGNED + "협약에 따라 누리재단은 장학금 5억원을 가람시에 기탁하기로 했다.\n"
_NAMED = [
    {"name_ko": "가람시", "name_en": "Garam City"},
    {"name_ko": "누리재단", "name_en": "Nuri Foundation"},
]


def test_who_gives_the_amount_is_the_source_s_subject() -> None:
    right = ["누리재단은 장학금 5억원을 가람시에 기탁하기로 했다."]
    inverted = ["가람시는 장학금 5억원을 누리재단에 기탁하기로 했다."]
    assert _soft("summary_ko[0]", _GIVEN, parties=_NAMED, summary_ko=inverted)
    assert not _soft("summary_ko[0]", _GIVEN, parties=_NAMED, summary_ko=right)
    en_right = ["Nuri Foundation will donate KRW 500 million in scholarships to Garam City."]
    en_inverted = ["Garam City will donate KRW 500 million in scholarships to Nuri Foundation."]
    assert _soft("summary_en[0]", _GIVEN, parties=_NAMED, summary_ko=right, summary_en=en_inverted)
    assert not _soft("summary_en[0]", _GIVEN, parties=_NAMED, summary_ko=right, summary_en=en_right)


def test_an_english_rendering_that_says_the_opposite_is_doubted() -> None:
    from summarizer.verify.opposites import check_opposites

    def flags(ko: str, en: str) -> list[str]:
        item = {"text_ko": ko, "text_en": en, "parties": ["가람시"]}
        return [c.note or "" for c in check_opposites(_brief(commitments=[item]))]

    assert flags("중소기업 해외진출 및 수출 지원", "Support for SMEs' domestic sales and imports")
    assert not flags(
        "중소기업 해외진출 및 수출 지원", "Support for SMEs' overseas expansion and exports"
    )
    assert not flags("국내외 판로 확대", "Expanding domestic and overseas sales channels")
