"""The bundled glossary: data integrity, lookups, English-name checks, renames and terms."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from summarizer.glossary import Entry, Glossary, load_glossary

DATA = Path(__file__).resolve().parent.parent / "summarizer" / "data" / "glossary"


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return load_glossary()


def test_every_entry_is_complete_and_unambiguous(glossary: Glossary) -> None:
    raw = [
        item
        for path in sorted(DATA.glob("*.json"))
        if path.name not in ("places.json", "patterns.json")
        for item in json.loads(path.read_text("utf-8"))["entries"]
    ]
    assert len(glossary.entries) > len(raw) >= 150  # plus the places derived by rule
    for item in raw:
        assert set(item) >= {"ko", "ko_aliases", "en", "abbr", "source", "confidence", "renames"}
        assert item["source"].strip()
    owners: dict[str, str] = {}
    for entry in glossary.entries:
        for name in entry.korean_names:
            assert owners.setdefault(name, entry.ko) == entry.ko, f"{name} names two bodies"


def test_domain_table_entries_keep_their_confidence(glossary: Glossary) -> None:
    expected = {
        "중소벤처기업부": ("Ministry of SMEs and Startups", "MSS", "confirmed"),
        "한국경제인협회": ("Federation of Korean Industries", "FKI", "confirmed"),
        "중소벤처기업진흥공단": ("Korea SMEs and Startups Agency", "KOSME", "partly-confirmed"),
        "한국법무보호복지공단": ("Korea Rehabilitation Agency", None, "partly-confirmed"),
        "기술보증기금": ("Korea Technology Finance Corporation", "KOTEC", "seen-in-english-press"),
        "중소기업중앙회": ("Korea Federation of SMEs", "KBIZ", "seen-in-english-press"),
    }
    for korean, (en, abbr, confidence) in expected.items():
        entry = glossary.lookup(korean)
        assert entry is not None
        assert (entry.en, entry.abbr, entry.confidence) == (en, abbr, confidence)


@pytest.mark.parametrize(
    ("korean", "formal", "branch"),
    [
        ("중소벤처기업부", "중소벤처기업부", None),
        ("중기부", "중소벤처기업부", None),
        ("한경협", "한국경제인협회", None),
        ("전국경제인연합회", "한국경제인협회", None),  # the Korean name before 2023
        ("중소벤처기업진흥공단 경기북부지부", "중소벤처기업진흥공단", "경기북부지부"),
        ("중소벤처기업진흥공단(이하 중진공) 경기북부지부", "중소벤처기업진흥공단", "경기북부지부"),
        ("중진공 경기북부지부", "중소벤처기업진흥공단", "경기북부지부"),
        ("한국전기안전공사 경기서부지역본부", "한국전기안전공사", "경기서부지역본부"),
        ("현대자동차(주)", "현대자동차", None),
        ("IBK기업은행", "중소기업은행", None),
        ("Korea International Trade Association", "한국무역협회", None),  # English documents
        ("the Federation of Korean Industries (FKI)", "한국경제인협회", None),
    ],
)
def test_lookup(glossary: Glossary, korean: str, formal: str, branch: str | None) -> None:
    entry = glossary.lookup(korean)
    assert entry is not None
    assert (entry.ko, entry.branch) == (formal, branch)


@pytest.mark.parametrize("korean", ["한국그린산업진흥원", "안산", "가나다시", "중기", "", "XYZQ"])
def test_lookup_unknown(glossary: Glossary, korean: str) -> None:
    assert glossary.lookup(korean) is None


@pytest.mark.parametrize(
    ("korean", "english", "verdict"),
    [
        ("중소벤처기업부", "Ministry of SMEs and Startups", "official"),
        ("중소벤처기업부", "the Ministry of SMEs and Startups (MSS)", "official"),
        ("중기부", "ministry of smes & startups.", "official"),
        ("중소벤처기업부", "MSS", "official"),
        ("중소벤처기업부", "Small and Medium Business Administration (SMBA)", "former"),
        ("중소벤처기업부", "Ministry of SMEs and Startups (SMBA)", "former"),
        ("중소벤처기업부", "Ministry of SMEs and Startups (MOTIE)", "mismatch"),
        ("중소벤처기업부", "Ministry of Small and Medium Enterprises", "mismatch"),
        ("한국경제인협회", "Federation of Korean Industries (FKI)", "official"),
        ("한국경제인협회", "Korea Economic Association", "mismatch"),
        ("한국법무보호복지공단", "Korea Legal Protection and Welfare Corporation", "mismatch"),
        (
            "한국법무보호복지공단",
            "Korea Rehabilitation Agency (KORA)",
            "official",
        ),  # abbr unconfirmed
        (
            "중소벤처기업진흥공단 경기북부지부",
            "Korea SMEs and Startups Agency (KOSME), Northern Gyeonggi Branch",
            "official",
        ),
        (
            "중소벤처기업진흥공단 경기북부지부",
            "Korea SME Agency, Northern Gyeonggi Branch",
            "mismatch",
        ),
        # a branch after the body's abbreviation, not only after its full name
        ("한국무역협회 부산지역본부", "KITA Busan Regional Headquarters", "official"),
        ("한국무역협회 부산지역본부", "KOSME Busan Regional Headquarters", "mismatch"),
        ("한국무역협회", "KITA Busan Regional Headquarters", "mismatch"),
        ("한국그린산업진흥원", "Korea Green Industry Promotion Institute", "unknown"),
        (
            "Korea International Trade Association",
            "Korea International Trade Association (KITA)",
            "official",
        ),
        (
            "Vietnam Chamber of Commerce and Industry",
            "Vietnam Chamber of Commerce and Industry",
            "unknown",
        ),
    ],
)
def test_check_english(glossary: Glossary, korean: str, english: str, verdict: str) -> None:
    assert glossary.check_english(korean, english) == verdict


def test_as_of_gives_the_name_in_use(glossary: Glossary) -> None:
    mss = glossary.lookup("중소벤처기업부")
    assert mss is not None
    assert mss.as_of(date(2016, 5, 1)).display == "Small and Medium Business Administration (SMBA)"
    assert mss.as_of("2016-05-01").ko == "중소기업청"
    assert mss.as_of("2017-07-26").display == "Ministry of SMEs and Startups (MSS)"
    fki = glossary.lookup("한국경제인협회")
    assert fki is not None
    old = fki.as_of("2020-01-01")
    assert (old.ko, old.en, old.abbr) == (
        "전국경제인연합회",
        "Federation of Korean Industries",
        "FKI",
    )


def test_terms_for_finds_names_in_order(glossary: Glossary) -> None:
    text = "중소벤처기업부(이하 중기부)와 한국무역협회는 … 한전은 참여하지 않았다. 무보험 차량"
    assert [e.ko for e in glossary.terms_for(text)] == [
        "중소벤처기업부",
        "한국무역협회",
        "한국전력공사",
    ]


def test_terms_for_latin_aliases(glossary: Glossary) -> None:
    assert [e.abbr for e in glossary.terms_for("LH공사와 KOTRA가 협약")] == ["LH", "KOTRA"]
    assert glossary.terms_for("SLHX and KOTRAX") == []


def test_terms_for_ignores_names_inside_other_words(glossary: Glossary) -> None:
    assert glossary.terms_for("기후에너지환경부는 무보험 차량 단속을 강화한다") == []


def test_terms_for_english_documents(glossary: Glossary) -> None:
    text = "The Korea International Trade Association (KITA) signed an MOU on Sept. 5."
    assert [e.abbr for e in glossary.terms_for(text)] == ["KITA"]


def test_prompt_line() -> None:
    entry = Entry(
        ko="중소벤처기업부",
        ko_aliases=("중기부",),
        en="Ministry of SMEs and Startups",
        abbr="MSS",
        source="t",
        confidence="confirmed",
    )
    assert entry.prompt_line() == "중소벤처기업부 (중기부): Ministry of SMEs and Startups (MSS)"
