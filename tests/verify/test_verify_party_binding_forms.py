"""Forms of real pages the verifier misread, rebuilt from invented snippets (names invented)."""

from __future__ import annotations

import pytest

from summarizer.models import Briefing, BriefingCommitment

from .claim_checks import brief as _brief
from .claim_checks import checks as _checks
from .claim_checks import field as _field


def _quoted(parties: list[tuple[str, str]], words: str, **quote: str) -> Briefing:
    """A briefing of `parties` (Korean, English) and one quote of `words`, the same in both
    languages (an English source), with the quote's other fields."""
    return _brief(
        parties=[{"name_ko": ko, "name_en": en} for ko, en in parties],
        quotes=[{**quote, "text_ko": words, "text_en": words}],
    )


LIST_TEXT = (
    "별빛㈜과 누리마을, 자매결연 협약\n\n"
    "별빛㈜은 2025년 3월 4일 누리마을과 자매결연 협약을 맺었다. 별빛㈜은 마을 농산물 구매,"
    " 주민 초청 견학, 민박, 캠프, 농촌봉사활동 등을 지원하기로 했다.\n"
)


@pytest.mark.parametrize(
    ("item", "status"),
    [
        ("캠프", "exact"),  # one whole item of the comma list
        ("민박", "exact"),
        ("구매", "unsupported"),  # the tail of a longer item, not an item
        ("견학", "unsupported"),
        ("캠핑", "unsupported"),  # not in the source at all
    ],
)
def test_a_short_word_that_is_a_whole_item_of_a_list_is_a_commitment(
    item: str, status: str
) -> None:
    briefing = _brief(commitments=[BriefingCommitment(text_ko=item, text_en="x")])
    assert _field(_checks(briefing, LIST_TEXT), "commitments[0].text_ko").status == status


CEREMONY_TEXT = (
    "지난 4일 오전 마을회관에서 가람군 솔내면 은빛마을(대표 한여울)과 별빛건설(주)(대표 고누리)와의"
    " 결연식을 가졌다.\n"
    "이날 행사에는 군수와 주민 등 80여명이 참석했다.\n"
)


def test_a_party_joined_in_a_sentence_whose_agreement_is_a_ceremony_noun_is_a_party() -> None:
    briefing = _brief(
        parties=[
            {"name_ko": "가람군 솔내면 은빛마을", "aliases": ["은빛마을"]},
            {"name_ko": "별빛건설(주)"},
        ]
    )
    checks = _checks(briefing, CEREMONY_TEXT)
    assert not [c for c in checks if c.field.endswith(".role")], checks


HEAD_TEXT = (
    "지난 4일 가람군 은빛마을(대표 윤하솔)과 별빛건설(주)이 자매결연 협약을 맺었다.\n"
    "이번 행사는 상생 운동의 일환으로 누리공사 가람지사(지사장 고누리)가 주관했다.\n"
)


@pytest.mark.parametrize(
    ("prose", "status"),
    [
        ("Eunbit village (representative YUN Ha-sol) signed the agreement.", "normalised"),
        ("Eunbit village (representative KIM Ha-sol) signed the agreement.", "unsupported"),
    ],
)
def test_a_head_named_only_in_brackets_after_the_body_is_a_source_person(
    prose: str, status: str
) -> None:
    briefing = _brief(summary_en=[prose])
    checks = _checks(briefing, HEAD_TEXT)
    (check,) = [c for c in checks if c.field == "summary_en[0]" and c.kind == "name_en"]
    assert check.status == status, check


DOT_TEXT = (
    "NRF·누리해운조합(이사장 한여울)은 지난 4일 (사)가람소년단연맹과 업무협약을 체결했다.\n"
    "두 기관은 해양 교육에 협력하기로 했다.\n"
)


@pytest.mark.parametrize(
    ("abbr", "status"),
    [
        ("NRF", "exact"),  # written by the source, joined to the Korean name by a middle dot
        ("NSA", "unverified"),  # not written: the body is not in the glossary
    ],
)
def test_an_abbreviation_joined_by_a_middle_dot_before_the_name_is_declared(
    abbr: str, status: str
) -> None:
    briefing = _brief(
        parties=[
            {"name_ko": "누리해운조합", "abbreviation": abbr},
            {"name_ko": "(사)가람소년단연맹"},
        ]
    )
    assert _field(_checks(briefing, DOT_TEXT), "parties[0].abbreviation").status == status


ANAPHOR_TEXT = (
    "Garam and Nuri signed a memorandum of understanding on water research, Garam's water"
    " ministry said Tuesday.\n\n"
    "Han Yeo-ul, director at Garam's water ministry, signed it with Nuri's envoy on Monday.\n\n"
    '"The two sides will share flood data every season," the ministry said.\n'
)
OTHER_TEXT = ANAPHOR_TEXT.replace(
    "signed it with Nuri's envoy", "signed it with Bora Lee of Nuri's energy ministry"
)


@pytest.mark.parametrize(
    ("text", "speaker", "status"),
    [
        (ANAPHOR_TEXT, "Garam's water ministry", "normalised"),
        (ANAPHOR_TEXT, "Nuri's energy ministry", "unverified"),  # never named
        (OTHER_TEXT, "Garam's water ministry", "unverified"),  # another ministry named since
    ],
)
def test_the_noun_said_refers_back_to_the_body_last_named_with_that_noun(
    text: str, speaker: str, status: str
) -> None:
    quote = {
        "speaker": speaker,
        "text_ko": "The two sides will share flood data every season",
        "text_en": "The two sides will share flood data every season",
    }
    briefing = _brief(quotes=[quote])
    assert _field(_checks(briefing, text), "quotes[0].speaker").status == status


ENGLISH_TEXT = (
    "Garam City and the Nuri Foundation signed a memorandum of understanding on Monday.\n\n"
    'Han Yeo-ul, who leads the water office, said, "We will share flood data every season."\n\n'
    "Go Nu-ri, chair of the Nuri Foundation, signed for the foundation.\n"
)
BOUND_TEXT = ENGLISH_TEXT.replace(
    "Han Yeo-ul, who leads the water office,", "Garam City Mayor Han Yeo-ul"
)


@pytest.mark.parametrize(
    ("text", "org", "status"),
    [
        (ENGLISH_TEXT, "가람시", "unchecked"),  # a Korean rendering the source cannot confirm
        (BOUND_TEXT, "가람시", "exact"),  # written beside the English name of the party
        (BOUND_TEXT, "누리재단", "unsupported"),  # the speaker is named with the other party
    ],
)
def test_a_korean_org_rendering_on_an_english_source_is_unchecked(
    text: str, org: str, status: str
) -> None:
    briefing = _quoted(
        [("가람시", "Garam City"), ("누리재단", "Nuri Foundation")],
        "We will share flood data every season",
        speaker="Han Yeo-ul", org=org,
    )  # fmt: skip
    assert _field(_checks(briefing, text), "quotes[0].org").status == status


SIGNING_TEXT = (
    "Garam and the Nuri Republic signed a memorandum of understanding on water data.\n\n"
    "Han Yeo-ul, director general for water data at Garam's environment ministry, signed the"
    " MOU with Bora Lane, NR deputy secretary for water, in Garam on Monday.\n"
)


@pytest.mark.parametrize(
    ("first", "second", "status"),
    [
        ("Han Yeo-ul", "Bora Lane", "exact"),
        ("Bora Lane", "Han Yeo-ul", "unsupported"),  # each named beside the other's body
    ],
)
def test_an_english_signatory_binds_to_the_body_its_appositive_describes(
    first: str, second: str, status: str
) -> None:
    briefing = _brief(
        parties=[
            {"name_ko": "가람 환경부", "name_en": "Ministry of Environment", "signatory": first},
            {"name_ko": "누리 공화국", "name_en": "Nuri Republic", "signatory": second},
        ]
    )
    checks = _checks(briefing, SIGNING_TEXT)
    assert _field(checks, "parties[0].signatory").status == status
    assert _field(checks, "parties[1].signatory").status == status


OFFICIALS_TEXT = (
    "Han Yeoul: \"Garam's water and Nuri's forests will grow together\"\n"
    "Garam City signed a sister city agreement with Nuri County on the 4th, a long way from"
    " here after a long story that this line tells at length to put the officials out of"
    " reach of the subtitle, as pages often do, and then it goes on for a while longer so the"
    " next line is well past the quote's window of a few hundred characters, which it now is"
    " surely by some margin.\n"
    "The ceremony was attended by Garam Mayor Han Yeoul, Nuri County Governor Go Nuri, and"
    " officials of both.\n"
)


@pytest.mark.parametrize(
    ("org", "title", "org_status", "title_status"),
    [
        ("가람시", "Garam Mayor", "exact", "exact"),
        ("누리군", "Garam Mayor", "unsupported", "exact"),  # the other official's county
        ("가람시", "Nuri County Governor", "exact", "unverified"),  # the other's title
    ],
)
def test_an_english_list_of_officials_binds_each_to_the_body_before_him(
    org: str, title: str, org_status: str, title_status: str
) -> None:
    briefing = _quoted(
        [("가람시", "Garam City"), ("누리군", "Nuri County")],
        "Garam's water and Nuri's forests will grow together",
        speaker="Han Yeoul", org=org, title=title,
    )  # fmt: skip
    checks = _checks(briefing, OFFICIALS_TEXT)
    assert _field(checks, "quotes[0].org").status == org_status
    assert _field(checks, "quotes[0].title").status == title_status


SURNAME_TEXT = (
    "누리협의회는 2025년 3월 4일 가람클럽과 업무협약을 체결했다.\n"
    "한여울 회장은 “지역 언론과 함께 하겠다”고 말했다.\n"
)
EN_SURNAME_TEXT = (
    "Garam City signed a sister city agreement with Nuri County on the 4th.\n"
    "It was attended by Garam Mayor Han Yeoul and officials of both.\n"
)


@pytest.mark.parametrize(
    ("text", "prose", "flagged"),
    [
        (SURNAME_TEXT, "HAN Yeoul signed. Chairman HAN said the council would help.", False),
        (SURNAME_TEXT, "HAN Yeoul signed. Vice Chairman HAN said the council would help.", True),
        # nobody the prose names in full: a family name alone is no claim
        (SURNAME_TEXT, "Vice Chairman HAN said the council would help.", False),
        (EN_SURNAME_TEXT, "It was attended by Garam Mayor HAN Yeoul.", False),
        (EN_SURNAME_TEXT, "It was attended by Garam Vice Mayor HAN Yeoul.", True),
        (EN_SURNAME_TEXT, "HAN Yeoul came. The pact followed Deputy Mayor HAN's wish.", True),
        (EN_SURNAME_TEXT, "HAN Yeoul came. The pact followed Mayor HAN's wish.", False),
    ],
)
def test_a_vice_before_a_titled_family_name_must_agree_with_the_source(
    text: str, prose: str, flagged: bool
) -> None:
    briefing = _brief(summary_en=[prose])
    checks = [c for c in _checks(briefing, text) if c.field == "summary_en[0]"]
    assert any(c.status == "unsupported" for c in checks) == flagged, checks


TOPIC_LIST_TEXT = (
    "별빛건설(주)과 은빛마을은 지난 4일 자매결연 협약을 맺었다.\n"
    "협약내용은 별빛건설(주)은 마을 방문 및 농산물 구매, 주민 초청 회사견학, 가족 민박 운영,"
    " 농촌 봉사활동을 지원하고 은빛 마을은 기업 직원의 마을 체험 우대, 친환경 농산물 공급 등을"
    " 하기로 했다.\n"
)


@pytest.mark.parametrize(
    ("item", "owner", "status"),
    [
        ("주민 초청 회사견학", "별빛건설(주)", "exact"),  # in the list run on from its topic
        ("가족 민박 운영", "별빛건설(주)", "exact"),
        ("가족 민박 운영", "은빛마을", "unsupported"),  # the other party's topic
        ("친환경 농산물 공급", "은빛마을", "exact"),  # after `-하고`, the next topic's list
        ("친환경 농산물 공급", "별빛건설(주)", "unsupported"),
    ],
)
def test_an_item_of_a_list_run_on_from_a_party_topic_is_that_partys(
    item: str, owner: str, status: str
) -> None:
    briefing = _brief(
        parties=[{"name_ko": "별빛건설(주)"}, {"name_ko": "은빛마을"}],
        commitments=[{"text_ko": item, "text_en": "x", "parties": [owner]}],
    )
    check = _field(_checks(briefing, TOPIC_LIST_TEXT), "commitments[0].parties[0]")
    assert check.status == status, check


@pytest.mark.parametrize(
    ("org", "status"), [("가람 환경부", "exact"), ("누리 공화국", "unsupported")]
)
def test_an_english_speaker_describing_the_one_ministry_is_that_party(
    org: str, status: str
) -> None:
    briefing = _quoted(
        [("가람 환경부", "Ministry of Environment"), ("누리 공화국", "Nuri Republic")],
        "The two sides will share flood data every season",
        speaker="Garam's water ministry", org=org,
    )  # fmt: skip
    assert _field(_checks(briefing, ANAPHOR_TEXT), "quotes[0].org").status == status


PARTNER_TEXT = (
    "가람협의회와 누리클럽은 2025년 3월 4일 업무협약을 체결했다.\n"
    "또한 양 기관은 지난 2월 별빛공사와 원활한 업무추진을 위해 적극 협력하기로 했다.\n"
)


@pytest.mark.parametrize(("third", "flagged"), [("별빛공사", True), ("누리클럽", False)])
def test_a_body_named_after_the_signers_joint_subject_is_their_partner(
    third: str, flagged: bool
) -> None:
    parties = [{"name_ko": "가람협의회"}, {"name_ko": "누리클럽"}]
    if third != "누리클럽":
        parties.append({"name_ko": third})
    checks = _checks(_brief(parties=parties), PARTNER_TEXT)
    roles = [c for c in checks if c.field.endswith(".role")]
    assert bool(roles) == flagged, roles


def test_a_list_run_on_from_a_joint_topic_stays_joint() -> None:
    text = (
        "별빛대학교와 은빛학원은 지난 4일 업무협약을 체결했다.\n"
        "이번 협약으로 양 대학은 교육과정 공동 개발, 교원 교류 확대, 공동 연구 추진을 위해 협력한다.\n"
    )
    briefing = _brief(
        parties=[{"name_ko": "별빛대학교"}, {"name_ko": "은빛학원"}],
        commitments=[{"text_ko": "교원 교류 확대", "text_en": "x", "parties": ["별빛대학교"]}],
    )
    check = _field(_checks(briefing, text), "commitments[0].parties")
    assert check.status == "unsupported", check
