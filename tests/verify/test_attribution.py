"""Who a quote is attributed to, read from real forms of Korean and English text (own sentences)."""

from __future__ import annotations

import pytest

from summarizer.models import BriefingQuote, FactsResult, SourceInfo, Span
from summarizer.verify.attribution import attribution
from summarizer.verify.evidence import Evidence
from summarizer.verify.speakers import check_speaker

TEXT = (
    "조태윤 외교부 장관과 박형근 부산시장이 협약서에 서명했다.\n"
    "조 장관은 “재외공관 네트워크를 지역과 잇겠다”고 말했다.\n"
    "또 “청년 교류도 늘리겠다”고 덧붙였다.\n"
    "박 시장은 “해양 도시의 강점을 살리겠다”며 “세계와 만나는 통로를 넓히겠다”고 밝혔다.\n"
    "응우옌 반 투언 총영사는 “교류 확대를 기대한다”고 말했다.\n"
    "양 기관은 “분기마다 점검하겠다”고 밝혔다.\n"
    "부산시 관계자는 “하반기에 단원을 뽑는다”고 전했다.\n"
    "외교부는 “협약을 늘릴 예정”이라고 설명했다.\n"
    '"Exports will grow," Minister Kim said. "Both sides gain."\n'
    "박 시장은 “바다를 열겠다”고 말했다.\n조 장관은 협약의 의미를 설명했다. 그러면서 “지역이 곧 외교”라고 강조했다.\n"
    'Tan Wei Ming said, "Our firms are ready."\n'
)


def _facts() -> FactsResult:
    info = SourceInfo(path="<t>", format="text", encoding="utf-8", sha256="0", chars=len(TEXT))
    return FactsResult(source=info, reference_date="2025-06-12", reference_date_origin="option")


def _speaker(
    quote: str, speaker: str, others: tuple[str, ...] = ("조태윤", "박형근")
) -> tuple[str, bool, str]:
    start = TEXT.index(quote)
    span = Span(text=quote, start=start, end=start + len(quote))
    claim = BriefingQuote(speaker=speaker, text_ko=quote, text_en="-")
    known = [claim, *(BriefingQuote(speaker=o, text_ko="-", text_en="-") for o in others)]
    check = check_speaker(Evidence(text=TEXT, facts=_facts()), 0, claim, span, known)
    return check.status, check.hard, check.note or ""


@pytest.mark.parametrize(
    ("quote", "speaker"),
    [
        ("재외공관 네트워크를 지역과 잇겠다", "조태윤"),  # surname and title
        ("청년 교류도 늘리겠다", "조태윤"),  # 또 “…”: continues the previous quote
        ("세계와 만나는 통로를 넓히겠다", "박형근"),  # …”며 “…
        ("교류 확대를 기대한다", "응우옌 반 투언"),  # a foreign name with spaces
        ("하반기에 단원을 뽑는다", "부산시 관계자"),  # an unnamed official
        ("협약을 늘릴 예정", "외교부"),  # an organisation
        ("Exports will grow,", "Kim Min-su"),  # English, named after the quote
        ("Both sides gain.", "Kim Min-su"),  # English continuation
        ("Our firms are ready.", "Tan Wei Ming"),  # English, named before
        ("지역이 곧 외교", "조태윤"),  # 그러면서 “…” after a sentence naming the speaker
        ("재외공관 네트워크를 지역과 잇겠다", "조 장관"),  # the claim itself by surname and title
        ("재외공관 네트워크를 지역과 잇겠다", "조태윤 외교부 장관"),  # name, organisation, title
    ],
)
def test_real_forms_of_attribution_verify(quote: str, speaker: str) -> None:
    assert _speaker(quote, speaker)[0] == "exact"


def test_another_known_person_is_a_sure_contradiction() -> None:
    status, hard, note = _speaker("청년 교류도 늘리겠다", "박형근")
    assert (status, hard) == ("unsupported", True)
    assert "조태윤" in note and "line 2" in note  # who, and where the source says so


def test_a_group_statement_is_unverified_not_contradicted() -> None:
    status, hard, note = _speaker("분기마다 점검하겠다", "조태윤")
    assert (status, hard) == ("unverified", False) and "양 기관" in note


def test_an_organisation_for_a_person_is_unverified() -> None:
    assert _speaker("협약을 늘릴 예정", "조태윤")[:2] == ("unverified", False)


def test_attribution_phrase_of_a_continuation_is_the_previous_speakers() -> None:
    start = TEXT.index("청년 교류도")
    found = attribution(TEXT, start, start + 5)
    assert found is not None and found.continued and "조 장관은" in found.phrase


def test_a_name_in_another_script_is_not_a_contradiction() -> None:
    # `"…," Minister Kim said.` with the speaker given in Hangul: perhaps the same person.
    assert _speaker("Exports will grow,", "김민수", ("Kim Min-su",))[:2] == ("unverified", False)


def test_a_role_for_a_speaker_is_never_contradicted() -> None:
    # `외교부 장관` may well be 조 장관: a role names no one to contradict.
    assert _speaker("재외공관 네트워크를 지역과 잇겠다", "외교부 장관")[:2] != ("unsupported", True)
    assert _speaker("재외공관 네트워크를 지역과 잇겠다", "장관")[:2] != ("unsupported", True)
