"""Forms of real pages the verifier misread on careful answers (blind16, round s25c), rebuilt
from invented snippets (names invented)."""

from __future__ import annotations

import pytest

from .claim_checks import brief as _brief
from .claim_checks import checks as _checks
from .claim_checks import field as _field

# A radio script, one clause a line: the sentence runs on past each line that ends in a particle.
_SCRIPT = (
    "가람대-누리대 '통합 합의'\n"
    "가람대학교와 국립한국누리대학교가\n"
    "통합에 합의했습니다.\n"
    "김바다 가람대 총장과 한누리 누리대 총장은\n"
    "지난 3일 누리대 본부에서\n"
    "통합 합의서에 서명했습니다.\n"
)
_SCRIPT_PARTIES = [
    {"name_ko": "가람대학교", "signatory": "김바다", "signatory_title": "총장"},
    {"name_ko": "국립한국누리대학교", "signatory": "한누리", "signatory_title": "총장"},
]


def test_a_line_broken_agreement_sentence_names_the_parties() -> None:
    found = _checks(_brief(parties=_SCRIPT_PARTIES), _SCRIPT)
    assert not [c for c in found if c.field.endswith(".role")]


def test_a_party_only_mentioned_on_a_line_of_its_own_is_still_marked() -> None:
    # a line that ends without a particle closes its sentence
    text = _SCRIPT + "별빛재단\n소식은 다음 주에 전한다.\n"
    parties = [*_SCRIPT_PARTIES, {"name_ko": "별빛재단"}]
    found = _checks(_brief(parties=parties), text)
    assert _field(found, "parties[2].role").status == "unverified"


def test_a_university_short_form_without_its_national_prefix() -> None:
    # `누리대` for 국립한국누리대학교: 국립, 한국 and 학교 dropped
    found = _checks(_brief(parties=_SCRIPT_PARTIES), _SCRIPT)
    assert _field(found, "parties[1].signatory").status == "exact"


_CAPTION = (
    "가람대-누리과학대, 협업체계 구축 '맞손'\n"
    "【가람=별빛뉴스】이하늘 기자 = 김바다(왼쪽 세번째) 가람대학교 총장이 5일 본관 회의실에서"
    " 한누리 누리과학대 총장과 교류협약(MOU)을 체결하고 있다. (사진=가람대 제공)\n"
    "【가람=별빛뉴스】이하늘 기자 = 가람대학교와 누리과학대학교가 협업체계 구축을 위해 손을 잡았다.\n"
    " 김바다 가람대 총장과 한누리 누리과학대 총장은 5일 본관 회의실에서 교류협약(MOU)을 체결했다.\n"
    " 한누리 총장은 “두 대학의 교류를 기대한다”고 말했다.\n"
)


def test_the_full_name_before_another_head_is_not_the_next_persons() -> None:
    # `NAME1 ORG1 총장이 … NAME2 ORG2-short 총장과`: ORG1 is NAME1's (its head's title and
    # subject particle close it), and 누리과학대 is the short form of NAME2's own university
    quotes = [
        {"speaker": "한누리", "title": "총장", "org": "누리과학대학교",
         "text_ko": "두 대학의 교류를 기대한다", "text_en": "-"},
    ]  # fmt: skip
    parties = [{"name_ko": "가람대학교"}, {"name_ko": "누리과학대학교"}]
    found = _checks(_brief(parties=parties, quotes=quotes), _CAPTION)
    assert _field(found, "quotes[0].org").status in {"exact", "normalised"}


def test_a_speaker_written_beside_another_university_is_still_marked() -> None:
    text = _CAPTION.replace("가람대학교 총장이 5일 본관 회의실에서 한누리", "가람대학교 한누리")
    quotes = [
        {"speaker": "한누리", "title": "총장", "org": "누리과학대학교",
         "text_ko": "두 대학의 교류를 기대한다", "text_en": "-"},
    ]  # fmt: skip
    parties = [{"name_ko": "가람대학교"}, {"name_ko": "누리과학대학교"}]
    found = _checks(_brief(parties=parties, quotes=quotes), text)
    assert _field(found, "quotes[0].org").status == "unsupported"


_LED_BY = (
    "Garam City and Nuri City Sign 'Sister City Agreement'\n\n"
    "On the 4th, Garam City announced that it signed a sister city agreement with Nuri City.\n\n"
    "It is Garam's first exchange agreement with a city abroad in seven years.\n\n"
    "The Garam delegation, led by Deputy Mayor Han Ba-da, signed the agreement with Nuri City"
    " and agreed to exchange and cooperate in fields such as tourism.\n"
)
_LED_BY_PARTIES = [
    {"name_ko": "가람시", "name_en": "Garam City", "signatory": "Han Ba-da"},
    {"name_ko": "누리시", "name_en": "Nuri City"},
]


def test_a_person_leading_a_delegation_is_its_citys() -> None:
    # `X, led by NAME, signed … with Y`: NAME leads X (the city's delegation), not Y
    found = _checks(_brief(parties=_LED_BY_PARTIES), _LED_BY)
    assert _field(found, "parties[0].signatory").status == "exact"


def test_the_delegation_is_the_subject_of_its_second_verb() -> None:
    # `X … signed … with Y and agreed to …`: X agreed, with Y
    commitments = [
        {"text_ko": "exchange and cooperate in fields such as tourism", "text_en": "-",
         "parties": ["가람시", "누리시"]},
    ]  # fmt: skip
    found = _checks(_brief(parties=_LED_BY_PARTIES, commitments=commitments), _LED_BY)
    assert _field(found, "commitments[0].parties[0]").status != "unverified"


@pytest.mark.parametrize("document", ["the agreement", "a memorandum of understanding"])
def test_a_verb_after_the_comma_closes_the_persons_phrase(document: str) -> None:
    # `…, led by NAME, signed … with Y`: no appositive after NAME, so Y is not his body (Y
    # near the name, or past the few words that bind a body written beside a name)
    text = (
        "Nuri Foundation Signs Agreement with Garam Corporation\n\n"
        f"The visiting team, led by Director Han Ba-da, signed {document} with Garam"
        " Corporation and agreed to cooperate in research.\n"
    )
    parties = [
        {"name_ko": "누리재단", "name_en": "Nuri Foundation", "signatory": "Han Ba-da"},
        {"name_ko": "가람공사", "name_en": "Garam Corporation"},
    ]
    found = _checks(_brief(parties=parties), text)
    assert _field(found, "parties[0].signatory").status != "unsupported"
