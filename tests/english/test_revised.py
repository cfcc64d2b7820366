"""The one romaniser against the official romanisations the glossary holds, and its sound changes."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from summarizer.english.places import place_en
from summarizer.english.revised import romanise, syllable, syllables
from summarizer.english.romanise import romanise_name, romanise_text
from summarizer.events.lexicon import REGIONS

PLACES = Path(__file__).parents[2] / "summarizer" / "data" / "glossary" / "places.json"


def _stems() -> list[tuple[str, str]]:
    """(Korean stem, official romanised stem) of every city, county, district and region."""
    regions = json.loads(PLACES.read_text("utf-8"))["regions"]
    out = [(ko, en) for r in regions for names in r["places"].values() for ko, en in names.items()]
    out += [(short, r["stem"]) for r in regions for short in r["short"]]
    return out


def test_every_glossary_place_stem_romanises_to_its_official_form() -> None:
    stems = _stems()
    assert len(stems) >= 240
    wrong = [(ko, en, romanise(ko)) for ko, en in stems if romanise(ko) != en.casefold()]
    assert wrong == []


def test_province_rule_forms_come_from_a_korean_form() -> None:
    """`Jeollanam-do` is 전라남도 romanised: every `-do` English form of a province."""
    for ko, aliases, english in REGIONS:
        forms = {romanise(k[:-1]) for k in (ko, *aliases) if re.fullmatch(r"[가-힣]+도", k)}
        forms |= {romanise(re.sub("특별자치도$", "", k)) for k in (ko, *aliases)}
        for en in english:
            if en.endswith("-do"):
                assert en[: -len("-do")].casefold() in forms, (ko, en)


@pytest.mark.parametrize(
    ("hangul", "latin"),
    [("종로", "jongno"), ("강릉", "gangneung"), ("전라남", "jeollanam"), ("신라", "silla"),
     ("설날", "seollal"), ("백마", "baengma"), ("협력", "hyeomnyeok"), ("독립", "dongnip"),
     ("부안", "buan"), ("칠곡읍", "chilgogeup"), ("같이", "gachi"), ("좋고", "joko"),
     ("묵호", "mukho"), ("많이", "mani"), ("알약", "aryak"), ("강원", "gangwon"),
     ("LG전자", "LGjeonja")],
)  # fmt: skip
def test_sound_changes_at_a_syllable_boundary(hangul: str, latin: str) -> None:
    assert romanise(hangul) == latin


def test_names_and_foreign_words_take_no_sound_changes() -> None:
    assert syllable("림") == "rim" and syllables("종로") == "jong-ro"
    assert romanise_name("김종로") is not None and romanise_name("김종로").text == "KIM Jongro"  # type: ignore[union-attr]
    assert romanise_name("브래들리 쿠퍼").text == "Beuraedeulri Kupeo"  # type: ignore[union-attr]


def test_places_and_text_are_romanised_with_the_sound_changes() -> None:
    assert place_en("종로구") == "Jongno-gu"
    assert place_en("강릉시") == "Gangneung-si"
    assert romanise_text("울릉군 독도") == "Ulleunggun Dokdo"
