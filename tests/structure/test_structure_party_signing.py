"""Parties of future-tense signings with any head title, and English wire-style subjects."""

from __future__ import annotations

import pytest
from structure_helpers import run

from summarizer.structure.en_names import full_name

TITLE = "가람은행·누리대, 인재 협약\n\n"
KOREAN = [
    (head, verb)
    for head in ("행장", "총장", "원장", "이사장", "사장", "청장", "대표", "회장")
    for verb in ("체결한다.", "체결할 예정이다.", "맺는다.")
]


@pytest.mark.parametrize(("head", "verb"), KOREAN)
def test_future_signing_after_another_event(head: str, verb: str) -> None:
    text = (
        TITLE + "□ 가람은행(행장 도하람, 이하 가람)은 5일 오후 2시 본점에서 ‘가을 포럼’을 열고, "
        f"누리대학교({head} 문지호, 이하 누리대)와 ‘지역 인재 협약’을 {verb}\n"
    )
    parties = run(text).parties
    assert [(p.name, p.aliases, p.head) for p in parties] == [
        ("가람은행", ["가람"], "행장 도하람"),
        ("누리대학교", ["누리대"], f"{head} 문지호"),
    ]


def test_a_partner_list_after_a_clause_without_comma() -> None:
    text = (
        TITLE + "가람은행은 5일 ‘가을 포럼’을 열고 누리대학교, 별빛공사와 ‘인재 협약’을 체결한다.\n"
    )
    assert [p.name for p in run(text).parties] == ["가람은행", "누리대학교", "별빛공사"]


ENGLISH = [
    (
        "acronym on one side only",
        "LONDON, May 2 - The Korea Seed Agency (KOSA) and Harvest Norway signed an MOU on May 1.\n",
        [("Korea Seed Agency", ["KOSA"]), ("Harvest Norway", [])],
    ),
    (
        "descriptions resolved to names given in full later",
        "SEOUL, May 2 (Wire) -- South Korea's agriculture ministry and Norway's seed research "
        "institute signed a memorandum on Friday.\n\nThe deal was signed by Vice Minister Han "
        "and Ola Berg, head of the Nordic Seed Research Institute (NSRI), according to the "
        "Ministry of Agriculture, Food and Rural Affairs.\n",
        [
            ("Ministry of Agriculture, Food and Rural Affairs", ["agriculture ministry"]),
            ("Nordic Seed Research Institute", ["seed research institute", "NSRI"]),
        ],
    ),
    (
        "an acronym spelled out elsewhere, and a described name",
        "LONDON, May 2 - KOSA and Norway's gene bank Nordic Seed Vault signed an MOU on May 1.\n\n"
        "The Korea Seed Agency (KOSA) was founded in 2001.\n",
        [("Korea Seed Agency", ["KOSA"]), ("Nordic Seed Vault", [])],
    ),
    (
        "three described subjects, named in full in one later sentence",
        "OSLO, May 2 (Wire) -- Korea's fishery ministry, Norway's ocean agency and Chile's "
        "salmon council signed an accord.\n\nThe Ministry of Oceans and Fisheries, Norway's "
        "National Ocean Agency and the Chilean Salmon Council will meet in June.\n",
        [
            ("Ministry of Oceans and Fisheries", ["fishery ministry"]),
            ("National Ocean Agency", ["ocean agency"]),
            ("Chilean Salmon Council", ["salmon council"]),
        ],
    ),
    (
        "adjectives before full names",
        "SEOUL, May 2 - The state-run Korea Seed Agency and the Norwegian gene bank Nordic "
        "Seed Vault signed an MOU.\n",
        [("Korea Seed Agency", []), ("Nordic Seed Vault", [])],
    ),
    (
        "companies with legal forms",
        "SEOUL, May 2 (Wire) -- Haeul Motor Co. and Deulbit Energy Corp. signed a deal.\n",
        [("Haeul Motor", ["Haeul Motor Co."]), ("Deulbit Energy", ["Deulbit Energy Corp."])],
    ),
    (
        "owners before full names are dropped",
        "SEOUL, May 2 - Korea's Haeul Seed Agency (HSA) and Norway's Nordic Seed Vault "
        "signed an MOU.\n",
        [("Haeul Seed Agency", ["HSA"]), ("Nordic Seed Vault", [])],
    ),
    (
        "an adverbial opening before the subjects",
        "In Busan on Monday, Haeul Port Authority and Deulbit Shipping Company signed an MOU.\n",
        [("Haeul Port Authority", []), ("Deulbit Shipping Company", [])],
    ),
    (
        "a description never named in full stays as written",
        "SEOUL, May 2 (Wire) -- Korea's seed agency and Harvest Norway signed a deal.\n",
        [("seed agency", []), ("Harvest Norway", [])],
    ),
]


@pytest.mark.parametrize(("why", "text", "want"), ENGLISH, ids=[c[0] for c in ENGLISH])
def test_english_subjects(why: str, text: str, want: list[tuple[str, list[str]]]) -> None:
    parties = run("Seed deal\n\n" + text).parties
    assert [(p.name, p.aliases) for p in parties] == want


@pytest.mark.parametrize(
    ("desc", "text", "want"),
    [
        ("farm ministry", "said the Ministry of Trade, Industry and Energy.", None),
        (
            "trade ministry",
            "said the Ministry of Trade, Industry and Energy.",
            ("Ministry of Trade, Industry and Energy", []),
        ),
        (
            "industry ministry",
            "Industry Minister Han spoke for the Ministry of Trade, Industry and Energy.",
            ("Ministry of Trade, Industry and Energy", []),
        ),
        (
            "fishery agency",
            "the Fisheries Agency and the Port Council met",
            ("Fisheries Agency", []),
        ),
        (
            "state-run trade promotion agency",
            "KOTRA, the Korea Trade-Investment Promotion Agency, said",
            ("Korea Trade-Investment Promotion Agency", []),
        ),
        (
            "port corporation",
            "Kim, CEO of the Busan Port Corporation (BPC), said",
            ("Busan Port Corporation", ["BPC"]),
        ),
    ],
)
def test_full_name(desc: str, text: str, want: tuple[str, list[str]] | None) -> None:
    assert full_name(text, desc) == want


@pytest.mark.parametrize("partner", ["선정 기업", "참여 기관", "입주 업체들"])
def test_a_generic_partner_is_no_party(partner: str) -> None:
    text = f"[공지] 지원 사업 안내\n\n가람공사는 {partner}과 협약을 체결한 뒤 지원한다.\n"
    assert partner not in [p.name for p in run(text).parties]


def test_english_title_words_are_no_short_names() -> None:
    text = "Clean-tech pact agreed\n\nThe two agencies reached an agreement on green startups.\n"
    assert [p.name for p in run(text).parties] == []
