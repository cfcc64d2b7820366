"""Forms of real pages the verifier misread on careful answers (round s24), rebuilt from
invented snippets (names invented)."""

from __future__ import annotations

import pytest

from summarizer.english.romanise import name_origin
from summarizer.english.titles import title_contradicts, title_matches
from summarizer.models import Briefing
from summarizer.verify.tense import signing_tense

from .claim_checks import brief as _brief
from .claim_checks import checks as _checks
from .claim_checks import field as _field


@pytest.mark.parametrize(
    ("korean", "english", "flagged"),
    [
        # the joined signing takes the tense of the sentence's final verb
        ("한 시장은 20일 누리시와 협약을 체결하고 22일 귀국한다.", "will sign", False),
        ("한 시장은 20일 누리시와 협약을 체결하고 22일 귀국한다.", "signed", True),
        ("한 시장은 20일 누리시와 협약을 체결하고 22일 귀국했다.", "will sign", True),
        ("한 시장은 20일 누리시와 협약을 체결하고 22일 귀국했다.", "signed", False),
        # a caption, a plan after the signing, a day gone by: a past signing
        ("한 시장이 누리시와 협약을 체결하고 기념촬영을 하고 있다.", "will sign", True),
        ("가람시는 누리시와 협약을 체결하고 공동 사업을 추진할 계획이다.", "will sign", True),
        ("가람시는 지난 5일 누리시와 협약을 체결하고 사업을 추진한다.", "will sign", True),
    ],
)
def test_a_joined_signing_takes_the_final_verbs_tense(
    korean: str, english: str, flagged: bool
) -> None:
    sentence = f"Mayor Han {english} the agreement with Nuri City."
    assert bool(signing_tense("summary_en[4]", sentence, korean)) is flagged


_TWO_OFFICES = (
    "가람청은 누리부와 학교안전 업무협약을 체결했다고 4일 밝혔다.\n"
    "협약식에는 한서진 가람청장과 고누리 부총리 겸 누리부장관이 참석했다.\n"
)


@pytest.mark.parametrize(
    ("english", "flagged"),
    [
        # either office of `A 겸 B`, or both, renders the title
        ("Deputy Prime Minister and Minister of Nuri KO Nu-ri attended.", False),
        ("Deputy Prime Minister KO Nu-ri attended.", False),
        ("Minister of Nuri KO Nu-ri attended.", False),
        ("Vice Commissioner HAN Seo-jin attended.", True),  # no 겸: a Vice still contradicts
    ],
)
def test_a_title_of_two_offices_fits_either(english: str, flagged: bool) -> None:
    briefing = _brief(summary_ko=["s"], summary_en=[english])
    found = [
        c
        for c in _checks(briefing, _TWO_OFFICES)
        if c.field == "summary_en[0]" and c.status == "unsupported"
    ]
    assert bool(found) is flagged


@pytest.mark.parametrize(
    ("korean", "english", "matches", "contradicts"),
    [
        ("대표이사 겸 회장", "CEO and Chairman", True, False),
        ("대표이사 겸 회장", "CEO and concurrently Chairman", True, False),
        ("대표이사 겸 회장", "Chairman and CEO", True, False),
        ("대표이사 겸 회장", "CEO", False, False),  # one office of two: not wrong
        ("대표이사 겸 회장", "Vice Chairman and CEO", False, True),
        ("부시장 겸 대변인", "Mayor and Spokesperson", False, True),
        # numbered deputies: `행정1부시장` is a First Vice Mayor
        ("행정1부시장", "First Vice Mayor for Administrative Affairs", True, False),
        ("행정2부시장", "Second Vice Mayor", True, False),
        ("행정1부시장", "Second Vice Mayor", False, True),
        ("정무부시장", "First Vice Mayor", False, True),
    ],
)
def test_titles_of_two_offices_and_numbered_deputies_in_english(
    korean: str, english: str, matches: bool, contradicts: bool
) -> None:
    assert title_matches(korean, english) is matches
    assert title_contradicts(korean, english) is contradicts


_ENGLISH_PAGE = (
    "GARAM, March 4 - Nuri State and Garam Province signed a memorandum of understanding on "
    "trade on Tuesday.\nNuri Governor Jane Holloway and Garam Governor Han Seo-jin signed the "
    'agreement at the Garam provincial office.\n"Nuri and Garam will now work closely '
    'together," said Governor Holloway.\n'
)


def _english_page(signatory: str, title: str) -> Briefing:
    return _brief(
        parties=[
            {"name_ko": "누리주", "name_en": "Nuri State", "signatory": signatory,
             "signatory_title": title},
            {"name_ko": "가람도", "name_en": "Garam Province", "signatory": "한서진",
             "signatory_title": "도지사"},
        ],
        quotes=[
            {"speaker": "Jane Holloway", "title": title, "org": "누리주",
             "text_ko": "Nuri and Garam will now work closely together",
             "text_en": "Nuri and Garam will now work closely together."},
        ],
    )  # fmt: skip


def test_korean_names_and_titles_on_an_english_page_are_not_checked() -> None:
    found = _checks(_english_page("제인 홀로웨이", "주지사"), _ENGLISH_PAGE)
    for name in ("parties[0].signatory", "parties[1].signatory", "quotes[0].title"):
        check = _field(found, name)
        assert check.status == "unchecked", (name, check)
    # an English name the page does not write is still never named
    found = _checks(_english_page("Joan Halloway", "Governor"), _ENGLISH_PAGE)
    assert _field(found, "parties[0].signatory").status == "unsupported"


_PROVINCES_TEXT = (
    "경기 누리군은 4일 경남 가람군과 관광 협력 업무협약을 체결했다.\n"
    "협약식은 경남 가람군청 대회의실에서 열렸다.\n"
)


@pytest.mark.parametrize(
    ("name", "place", "ok"),
    [
        ("경상남도 가람군", "경상남도 가람군청 대회의실", True),  # 경남 is 경상남도
        ("경남도 가람군", "경남도 가람군청 대회의실", True),
        ("경상북도 가람군", "경상북도 가람군청 대회의실", False),  # another province
    ],
)
def test_a_province_in_its_formal_or_short_form_is_one_province(
    name: str, place: str, ok: bool
) -> None:
    briefing = _brief(
        parties=[{"name_ko": "경기도 누리군"}, {"name_ko": name}],
        event={"date": None, "time": None, "place_ko": place, "mode": "in_person"},
    )
    found = _checks(briefing, _PROVINCES_TEXT)
    assert _field(found, "parties[0].name_ko").status == "normalised"
    assert (_field(found, "parties[1].name_ko").status == "normalised") is ok
    if ok:  # the venue's words are matched loosely anyway; a wrong province is the name's flag
        assert _field(found, "event.place_ko").status != "unsupported"


_SISTER_CITY = (
    "가람시는 중국 별빛성 누리시와 자매결연 협약을 체결했다고 19일 밝혔다.\n"
    "한서진 가람시장과 류하이린 누리시장은 18일 누리 호텔에서 협약서에 서명했다.\n"
)


@pytest.mark.parametrize(
    ("index", "name_en", "hard"),
    [
        (1, "LIU Hailin", False),  # the mayor of a city the source places in China
        (0, "HAN Xuzhen", True),  # a Korean mayor on the same page: pinyin is no excuse
        (0, "HAN Seo-jin", False),
    ],
)
def test_the_chinese_reading_is_decided_per_person(index: int, name_en: str, hard: bool) -> None:
    names = ["HAN Seo-jin", "LIU Hailin"]
    names[index] = name_en
    briefing = _brief(
        parties=[
            {"name_ko": "가람시", "signatory": "한서진", "signatory_en": names[0]},
            {"name_ko": "누리시", "signatory": "류하이린", "signatory_en": names[1]},
        ]
    )
    check = _field(_checks(briefing, _SISTER_CITY), f"parties[{index}].signatory_en")
    assert check.hard is hard


@pytest.mark.parametrize(
    ("name", "surroundings", "origin"),
    [
        ("류하이린", ["중국 별빛성 누리시"], "chinese"),
        ("류하이린", ["Taiwan's Nuri City"], "chinese"),
        ("류하이린", ["별빛성 누리시"], "korean"),
        ("제인 홀로웨이", ["중국"], "korean"),  # words apart: a foreign name, read otherwise
    ],
)
def test_name_origin(name: str, surroundings: list[str], origin: str) -> None:
    assert name_origin(name, surroundings) == origin


_ENGLISH_QUOTES = (
    "Nuri University signed an MOU with Garam City on the 15th.\n"
    "President Seo Jin Han and Mayor Yeo-ul Ko of Garam City signed the agreement at Garam "
    'City Hall. President Han said, "The agreement will be a great opportunity."\n'
)


@pytest.mark.parametrize(
    ("speaker_en", "hard"),
    [
        ("HAN Seo Jin", False),  # the page's `Seo Jin Han`, family name first (rule 4)
        ("Seo Jin Han", False),
        ("KO Yeo-ul", True),  # another person the page names
    ],
)
def test_a_latin_written_name_turned_family_first(speaker_en: str, hard: bool) -> None:
    briefing = _brief(
        parties=[
            {"name_ko": "누리대학교", "name_en": "Nuri University", "signatory": "한서진",
             "signatory_en": "HAN Seo Jin"},
            {"name_ko": "가람시", "name_en": "Garam City", "signatory": "고여울",
             "signatory_en": "KO Yeo-ul"},
        ],
        quotes=[
            {"speaker": "Seo Jin Han", "speaker_en": speaker_en, "org": "누리대학교",
             "text_ko": "The agreement will be a great opportunity",
             "text_en": "The agreement will be a great opportunity."},
        ],
    )  # fmt: skip
    check = _field(_checks(briefing, _ENGLISH_QUOTES), "quotes[0].speaker_en")
    assert check.hard is hard


def test_counts_an_english_source_writes_in_words() -> None:
    text = (
        "SEOUL -- Garam and Nuri signed 10 MOUs on Monday.\n"
        "Of the 10 agreements, six were clinched between the two governments.\n"
    )
    right = _brief(summary_ko=["10건 중 6건은 양국 정부 간 협약이다."], summary_en=["s"])
    wrong = _brief(summary_ko=["10건 중 7건은 양국 정부 간 협약이다."], summary_en=["s"])
    assert _field(_checks(right, text), "summary_ko[0]").status == "unchecked"
    assert _field(_checks(wrong, text), "summary_ko[0]").status == "unverified"


@pytest.mark.parametrize(
    ("english", "flagged"),
    [
        ("Despite the long COVID-19 pandemic, we thank Byeolbit.", False),
        ("Despite the 19 long months of the pandemic, we thank Byeolbit.", True),
    ],
)
def test_a_number_inside_a_name_is_no_count(english: str, flagged: bool) -> None:
    text = (
        "가람동은 별빛㈜과 협약을 체결했다.\n동장은 “코로나 장기화에도 별빛에 감사한다”고 말했다.\n"
    )
    briefing = _brief(
        quotes=[{"speaker": "한서진", "text_ko": "코로나 장기화에도 별빛에 감사한다",
                 "text_en": english}],
    )  # fmt: skip
    found = [c for c in _checks(briefing, text) if c.field == "quotes[0].text_en"]
    assert any(c.status == "unsupported" for c in found) is flagged


_VISIT = (
    "가람시의 국내 자매도시 명단에 충남 누리군이 추가됐다.\n"
    "한서진 시장이 21일 누리군청을 찾아 고여울 군수와 자매결연 협정을 체결했다.\n"
)


@pytest.mark.parametrize(
    ("first", "second", "ok"),
    [
        ("한서진", "고여울", True),  # the 시장 heads the 시, though the 군 is named nearer
        ("고여울", "한서진", False),  # swapped: the 군수 is no head of the 시
    ],
)
def test_a_signatory_bound_by_the_kind_of_their_title(first: str, second: str, ok: bool) -> None:
    briefing = _brief(
        parties=[
            {"name_ko": "가람시", "signatory": first},
            {"name_ko": "누리군", "signatory": second},
        ]
    )
    check = _field(_checks(briefing, _VISIT), "parties[0].signatory")
    assert (check.status in ("exact", "normalised")) is ok


_HEADS_SIGN = (
    "가람시의 국내 자매도시 명단에 누리군이 추가됐다.\n"
    "한서진 시장이 21일 누리군청을 찾아 고여울 군수와 자매결연 협정을 체결했다.\n"
    "이날 체결식에는 가람시의회 박바다 의장이 함께했다.\n"
    "누리경찰청은 지난 26일 윤별 별빛소방본부장 등 8명이 참석한 가운데 업무협약식을 가졌다.\n"
)


@pytest.mark.parametrize(
    ("name", "signatory", "flagged"),
    [
        ("가람시", "한서진", False),  # its head (시장) signs in the sentence
        ("가람시", None, True),  # named only as `가람시의 …`: no party of the agreement read
        ("가람시의회", "박바다", True),  # an attendee's body: 의장 is no head of its kind here
        ("별빛소방본부", "윤별", False),  # named only fused with its head's title
    ],
)
def test_a_party_present_through_its_head(name: str, signatory: str | None, flagged: bool) -> None:
    briefing = _brief(
        parties=[
            {"name_ko": "누리군", "signatory": "고여울"},
            {"name_ko": name, "signatory": signatory},
        ]
    )
    found = [c for c in _checks(briefing, _HEADS_SIGN) if c.field == "parties[1].role"]
    assert bool(found) is flagged


def test_an_alias_read_as_a_province_names_the_body_not_the_province() -> None:
    text = (
        "충남가람본부는 지난 26일 누리재단과 안전 업무협약을 체결했다.\n"
        "충남청은 협약을 바탕으로 도민의 안전을 위해 노력할 방침이다.\n"
    )
    body = {
        "name_ko": "충남가람본부",
        "name_en": "Chungnam Garam Headquarters",
        "aliases": ["충남청"],
    }
    province = {"name_ko": "충청남도", "name_en": "Garam Headquarters", "aliases": ["충남청"]}
    other = {"name_ko": "누리재단", "name_en": "Nuri Foundation"}
    found = _field(_checks(_brief(parties=[body, other]), text), "parties[0].name_en")
    assert "Chungcheongnam-do" not in (found.note or "")
    # the province itself is still held to its official English
    found = _field(_checks(_brief(parties=[province, other]), text), "parties[0].name_en")
    assert "Chungcheongnam-do" in (found.note or "")


@pytest.mark.parametrize(
    ("intro", "ok"),
    [
        ("the ministry said", True),  # the one body named before, by its kind noun
        ("the agency said", False),  # another kind of body
    ],
)
def test_an_english_page_names_a_body_again_by_its_kind(intro: str, ok: bool) -> None:
    text = (
        "SEOUL -- Garam and Nuri signed 10 MOUs on Monday, according to the Ministry of Garam "
        "Affairs.\nThe agreements cover trade and energy.\n"
        f'"The event carries great significance for both nations," {intro}.\n'
    )
    quote = {
        "speaker": "가람부", "org": "가람부", "org_en": "Ministry of Garam Affairs",
        "text_ko": "The event carries great significance for both nations",
        "text_en": "The event carries great significance for both nations.",
    }  # fmt: skip
    check = _field(_checks(_brief(quotes=[quote]), text), "quotes[0].speaker")
    assert (check.status == "normalised") is ok


_SAME_FAMILY = (
    "가람대는 누리협의회와 업무 협약을 체결했다고 11일 밝혔다.\n"
    "한서진 단장은 “대학과 기업이 작은 것부터 협력하겠다”고 말했다.\n"
    "한바다 회장은 “협의회가 연결 플랫폼이 되겠다”고 밝혔다.\n"
    "한 회장은 “기업의 수요는 꾸준하다”고 덧붙였다.\n"
)


@pytest.mark.parametrize(
    ("text_ko", "speaker", "status"),
    [
        ("대학과 기업이 작은 것부터 협력하겠다", "한서진", "exact"),
        ("대학과 기업이 작은 것부터 협력하겠다", "한바다", "unsupported"),  # another 한 in full
        ("기업의 수요는 꾸준하다", "한바다", "exact"),  # `한 회장`: family name and title
    ],
)
def test_a_speaker_sharing_a_family_name(text_ko: str, speaker: str, status: str) -> None:
    quote = {"speaker": speaker, "text_ko": text_ko, "text_en": "x"}
    check = _field(_checks(_brief(quotes=[quote]), _SAME_FAMILY), "quotes[0].speaker")
    assert check.status == status


def test_a_short_name_written_before_the_full_name_in_brackets() -> None:
    # `케이공` (a sounded-out short name) is no subsequence of the full name: only the brackets bind it
    text = (
        "케이공(가람자산공사, 사장 한서진)은 14일 누리시(시장 고여울)와 사회공헌협약을 체결했다.\n"
        "케이공은 앞으로도 지역사회와 소통하겠다고 밝혔다.\n"
    )
    right = [{"name_ko": "가람자산공사", "aliases": ["케이공"]}, {"name_ko": "누리시"}]
    moved = [{"name_ko": "가람자산공사"}, {"name_ko": "누리시", "aliases": ["케이공"]}]

    def flagged(parties: list[dict[str, object]], name: str) -> bool:
        found = _checks(_brief(parties=parties), text)
        return any(c.field == name and c.status == "unsupported" for c in found)

    assert not flagged(right, "parties[0].aliases[0]")
    assert flagged(moved, "parties[1].aliases[0]")
