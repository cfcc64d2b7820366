"""Forms of real pages the verifier misread on careful answers (round s23c), rebuilt from
invented snippets (names invented)."""

from __future__ import annotations

import pytest

from summarizer.english.variants import chinese_name_matches
from summarizer.models import Briefing

from .claim_checks import brief as _brief
from .claim_checks import checks as _checks
from .claim_checks import field as _field


@pytest.mark.parametrize(
    ("korean", "english", "ok"),
    [
        ("류하이린", "LIU Hailin", True),  # one Hangul syllable for each pinyin syllable
        ("저우밍", "ZHOU Ming", True),  # 저우: a glide written as a second syllable
        ("쉬칭", "XU Qing", True),  # pinyin x and q, written ㅅ and ㅊ
        ("류하이린", "RYU Hai-rin", False),  # a Korean reading is no pinyin (checked elsewhere)
        ("류하이린", "LIU Mailin", False),  # another initial
        ("류하이린", "LIU Hai", False),  # a syllable missing
        ("류하이린", "PARK Hailin", False),
    ],
)
def test_a_chinese_name_in_hangul_matches_its_pinyin(korean: str, english: str, ok: bool) -> None:
    assert chinese_name_matches(korean, english) is ok


_CITY_TEXT = (
    "가람시는 중국 별빛성 누리시와 자매결연 협약을 체결했다고 19일 밝혔다.\n"
    "한서진 가람시장과 류하이린 누리시장은 18일 누리 호텔에서 협약서에 서명했다.\n"
)


def _city(name_en: str) -> Briefing:
    return _brief(
        parties=[
            {"name_ko": "가람시", "signatory": "한서진", "signatory_en": "HAN Seo-jin"},
            {"name_ko": "누리시", "signatory": "류하이린", "signatory_en": name_en},
        ]
    )


@pytest.mark.parametrize(
    ("name_en", "hard"),
    [
        ("LIU Hailin", False),  # the mayor of a Chinese city, in pinyin
        ("RYU Ha-irin", False),  # a Korean romanisation still passes
        ("HAN Seo-jin", True),  # another person's name
        ("LIU Mailin", True),  # a wrong syllable
    ],
)
def test_a_chinese_signatory_in_pinyin_is_no_hard_flag(name_en: str, hard: bool) -> None:
    check = _field(_checks(_city(name_en), _CITY_TEXT), "parties[1].signatory_en")
    assert check.hard is hard


def test_pinyin_needs_a_page_about_china() -> None:
    text = _CITY_TEXT.replace("중국 별빛성 ", "")
    check = _field(_checks(_city("LIU Hailin"), text), "parties[1].signatory_en")
    assert check.hard is True
