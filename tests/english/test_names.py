"""Korean names romanised as ministries write them, and matched under the usual variants."""

from __future__ import annotations

import pytest

from summarizer.english import (
    foreign_name_matches,
    korean_name_matches,
    person_en,
    romanise_name,
    split_name,
)


@pytest.mark.parametrize(
    ("korean", "english"),
    [
        ("오영주", "OH Yeongju"),
        ("이형철", "LEE Hyeongcheol"),
        ("박철희", "PARK Cheolhui"),
        ("최윤희", "CHOI Yunhui"),
        ("정지원", "JUNG Jiwon"),
        ("김도현", "KIM Dohyeon"),
        ("황보경", "HWANGBO Gyeong"),  # a two-syllable family name
        ("남궁윤", "NAMGOONG Yun"),
        ("한라", "HAN Ra"),  # syllable by syllable: no sound change across the boundary
        ("박세웅", "PARK Se-ung"),  # a hyphen where the syllables would run together
        ("이한결", "LEE Han-gyeol"),
    ],
)
def test_romanised_in_ministry_style(korean: str, english: str) -> None:
    roman = romanise_name(korean)
    assert roman is not None and roman.kind == "korean" and roman.text == english


def test_foreign_and_latin_names() -> None:
    roman = romanise_name("브렛 홈그렌")
    assert roman is not None and roman.kind == "foreign"
    assert romanise_name("Brett Holmgren") is None
    assert split_name("브렛 홈그렌") is None and split_name("중소벤처기업부") is None


@pytest.mark.parametrize(
    ("korean", "english", "same"),
    [
        ("오영주", "OH Youngju", True),
        ("오영주", "Oh Young-ju", True),
        ("오영주", "Youngju Oh", True),  # given name first
        ("오영주", "OH Young Ju", True),
        ("이형철", "Yi Hyeong-cheol", True),
        ("이형철", "RHEE Hyung-chul", True),
        ("박철희", "Bak Cheol-hui", True),
        ("최윤희", "Choe Yun-hui", True),
        ("정지원", "Chung Ji-won", True),
        ("정지원", "Jeong Jiwon", True),
        ("김도현", "Kim Do-hyun", True),
        ("한덕수", "Han Duck-soo", True),
        ("오영주", "OH Youngsu", False),
        ("오영주", "KIM Youngju", False),
        ("이형철", "LEE Hyungchol-su", False),
        ("박철희", "PARK Chulho", False),
        ("김도현", "KIM Dohoon", False),
        ("김도현", "KIM", False),
    ],
)
def test_variants(korean: str, english: str, same: bool) -> None:
    assert korean_name_matches(korean, english) is same


def test_foreign_name_shape() -> None:
    assert foreign_name_matches("브렛 홈그렌", "Brett Holmgren")
    assert foreign_name_matches("브렛·홈그렌", "Brett Holmgren")
    assert not foreign_name_matches("브렛 홈그렌", "Brett")
    assert not foreign_name_matches("브렛 홈그렌", "Kevin Holmgren")


def test_person_prefers_the_models_english_and_says_whose_rendering() -> None:
    model = person_en("오영주", "장관", name_en="OH Youngju", title_en="Minister")
    assert model is not None and model.text == "Minister OH Youngju" and not model.by_project
    ours = person_en("오영주", "장관")
    assert ours is not None and ours.text == "Minister OH Yeongju" and ours.by_project
    assert ours.ko == "오영주 장관"
    # Hangul in an "English" field is no rendering.
    mixed = person_en("오영주", "장관", name_en="오영주")
    assert mixed is not None and mixed.text == "Minister OH Yeongju"
    # A title the lexicon does not know stays in the Korean bracket only.
    odd = person_en("오영주", "명예홍보요원")
    assert odd is not None and odd.text == "OH Yeongju" and "명예홍보요원" in odd.ko


def test_the_models_own_spelling_in_its_prose_is_used_first() -> None:
    from summarizer.english.people import name_in_prose

    prose = (
        "Chancellor PARK Cheol-hee of the academy signed with Assistant Secretary "
        "Brett HOLMGREN of the bureau."
    )
    assert name_in_prose("박철희", prose, "국립외교원장") == ("PARK Cheol-hee", "Chancellor")
    assert name_in_prose("브렛 홈그렌", prose, "차관보") == (
        "Brett HOLMGREN",
        "Assistant Secretary",
    )
    assert name_in_prose("김도현", prose) is None  # nobody of that name in the prose
    p = person_en("박철희", "국립외교원장", prose=prose)
    assert p is not None and p.text == "Chancellor PARK Cheol-hee" and not p.by_project
