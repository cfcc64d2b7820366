"""Resolving names: renames on a date, places by rule, branches, names a document gives itself."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from summarizer.glossary import (
    Glossary,
    load_glossary,
    name_in_document,
    render_branch,
    resolve,
)

DATA = Path(__file__).resolve().parent.parent / "summarizer" / "data" / "glossary"


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return load_glossary()


# Entries carried over from the first glossary whose English name no stored page has shown yet;
# the list may only shrink.
NOT_YET_SEEN = {
    "한국전기안전공사", "한국산업단지공단", "창업진흥원", "중소기업기술정보진흥원",
    "벤처기업협회", "한국경영자총협회",
}  # fmt: skip


def test_every_entry_names_where_it_was_seen(glossary: Glossary) -> None:
    """A stored page's address, DOMAIN.md or a rule: no entry without provenance."""
    unseen = set()
    for entry in glossary.entries:
        sources = [entry.source, *(r.source for r in entry.renames if r.source)]
        if not all(re.search(r"https?://|DOMAIN\.md|rule", s) for s in sources):
            unseen.add(entry.ko)
    assert unseen <= NOT_YET_SEEN, unseen - NOT_YET_SEEN
    assert all(glossary.lookup(k) is not None for k in NOT_YET_SEEN)


@pytest.mark.parametrize(
    ("query", "on", "en", "abbr"),
    [
        ("미래창조과학부", None, "Ministry of Science, ICT and Future Planning", "MSIP"),
        (
            "과학기술정보통신부",
            "2015-03-01",
            "Ministry of Science, ICT and Future Planning",
            "MSIP",
        ),
        ("과학기술정보통신부", "2017-07-26", "Ministry of Science and ICT", "MSIT"),
        ("미래창조과학부", "2020-01-01", "Ministry of Science and ICT", "MSIT"),
        ("중소기업진흥공단", "2017-06-01", "Small and Medium Business Corporation", "SBC"),
        ("중진공", "2017-06-01", "Small and Medium Business Corporation", "SBC"),
        ("중진공", "2024-06-01", "Korea SMEs and Startups Agency", "KOSME"),
        ("중소기업청", None, "Small and Medium Business Administration", "SMBA"),
        ("중소벤처기업부", "2016-12-31", "Small and Medium Business Administration", "SMBA"),
        ("강원특별자치도", "2020-01-01", "Gangwon Province", None),
        ("강원도", "2024-01-01", "Gangwon State", None),
        ("전라북도", "2019-04-30", "Jeollabuk-do", None),
    ],
)
def test_the_name_in_use_on_a_date(
    glossary: Glossary, query: str, on: str | None, en: str, abbr: str | None
) -> None:
    got = resolve(glossary, query, on=on)
    assert (got.en, got.abbr) == (en, abbr)
    assert got.source


def test_an_earlier_name_is_never_corrected_to_a_later_one(glossary: Glossary) -> None:
    old = resolve(glossary, "중소기업진흥공단", on="2017-06-01")
    assert old.ko == "중소기업진흥공단"
    now = resolve(glossary, "중소기업진흥공단")  # no date: the body as that name called it
    assert now.en == "Small and Medium Business Corporation"
    assert now.note and "중소벤처기업진흥공단" in now.note


@pytest.mark.parametrize(
    ("query", "en"),
    [
        ("안산시", "Ansan City"),
        ("칠곡군", "Chilgok County"),
        ("경북 칠곡군", "Chilgok County"),
        ("서울특별시 강남구", "Gangnam District"),
        ("전라북도 부안군", "Buan County"),
        ("부산 해운대구", "Haeundae District"),
        ("경기 광주시", "Gwangju City"),
        ("광주시", "Gwangju Metropolitan City"),  # the usual short form of 광주광역시
        ("경기도", "Gyeonggi Province"),
        ("부산광역시", "Busan Metropolitan City"),
        ("충청북도", "Chungcheongbuk-do"),
    ],
)
def test_local_governments(glossary: Glossary, query: str, en: str) -> None:
    assert resolve(glossary, query).en == en


def test_places_are_marked_derived_and_accept_the_rule_form(glossary: Glossary) -> None:
    got = resolve(glossary, "포항시")
    assert (got.en, got.derived, got.confidence) == ("Pohang City", True, "rule-derived")
    assert "Romanization" in (got.source or "")
    assert glossary.check_english("포항시", "Pohang-si") == "official"
    assert glossary.check_english("포항시", "Pohang County") == "mismatch"
    assert glossary.check_english("강남구", "Seocho District") == "mismatch"
    # A rule cannot prove another rendering of the same place wrong: it stays unverified.
    assert glossary.check_english("강남구", "Gangnam-gu Office") == "unknown"
    assert not resolve(glossary, "경기도").derived


def test_places_file_lists_every_region_once() -> None:
    regions = json.loads((DATA / "places.json").read_text("utf-8"))["regions"]
    assert len(regions) == 17
    assert sum(len(names) for r in regions for names in r["places"].values()) >= 226


@pytest.mark.parametrize(
    ("branch", "en"),
    [
        ("경기북부지부", "Northern Gyeonggi Branch"),
        ("경남지역본부", "Gyeongnam Regional Headquarters"),
        ("서울북부지소", "Northern Seoul Branch Office"),
        ("부산울산지역본부", "Busan-Ulsan Regional Headquarters"),
        ("안산지사", "Ansan Branch"),
        ("북부지회", "Northern Chapter"),
        ("가나다지부", None),
        ("경기북부", None),
    ],
)
def test_branch_rendering(glossary: Glossary, branch: str, en: str | None) -> None:
    assert render_branch(branch, glossary.stems) == en


def test_a_branch_is_rendered_from_its_parent_and_marked_derived(glossary: Glossary) -> None:
    got = resolve(glossary, "중진공 경남지역본부", on="2024-05-01")
    assert got.en == "Korea SMEs and Startups Agency, Gyeongnam Regional Headquarters"
    assert (got.abbr, got.derived, got.ko) == ("KOSME", True, "중소벤처기업진흥공단 경남지역본부")
    unknown = resolve(glossary, "중진공 가나다지부")
    assert unknown.en is None and unknown.note and "가나다지부" in unknown.note


def test_the_document_itself_is_evidence() -> None:
    got = name_in_document("한빛연구원", "한빛연구원(Hanbit Research Institute, HRI)과 협약")
    assert got is not None and (got.en, got.abbr) == ("Hanbit Research Institute", "HRI")
    only_abbr = name_in_document("한빛연구원", "한빛연구원(원장 홍길동, 이하 HRI)은")
    assert only_abbr is not None and (only_abbr.en, only_abbr.abbr) == (None, "HRI")
    assert name_in_document("한빛연구원", "한빛연구원(원장 홍길동)은") is None
    english = name_in_document(
        "the Hanbit Research Institute", "The Hanbit Research Institute (HRI) said"
    )
    assert english is not None and (english.en, english.abbr) == (
        "Hanbit Research Institute",
        "HRI",
    )
    assert name_in_document("Hanbit Institute", "nothing here") is None


def test_resolve_uses_the_document_when_the_glossary_does_not_know(glossary: Glossary) -> None:
    text = "한빛연구원(Hanbit Research Institute)과 중소벤처기업부(Ministry of SMEs and Startups)가"
    got = resolve(glossary, "한빛연구원", text=text)
    assert (got.en, got.confidence) == ("Hanbit Research Institute", "document")
    assert got.source and "한빛연구원(" in got.source
    known = resolve(glossary, "중소벤처기업부", text=text)
    assert known.confidence == "confirmed" and known.note and "document writes" in known.note
    assert resolve(glossary, "한빛연구원").en is None


@pytest.mark.parametrize(
    ("query", "ko"),
    [
        ("KETI", "한국전자기술연구원"),
        ("K-water", "한국수자원공사"),
        ("Korea Airports Corporation", "한국공항공사"),
    ],
)
def test_english_names_and_unique_abbreviations(glossary: Glossary, query: str, ko: str) -> None:
    entry = glossary.lookup(query)
    assert entry is not None and entry.ko == ko


def test_terms_for_skips_short_derived_places(glossary: Glossary) -> None:
    kos = [e.ko for e in glossary.terms_for("서구 문화와 안산시, 강남구가 협약")]
    assert "안산시" in kos and "강남구" in kos and "서구" not in kos


def test_regional_bodies_named_after_their_region(glossary: Glossary) -> None:
    got = resolve(glossary, "(재)경남테크노파크")
    assert (got.en, got.derived, got.confidence) == ("Gyeongnam Technopark", True, "rule-derived")
    assert resolve(glossary, "경기신용보증재단").en == "Gyeonggi Credit Guarantee Foundation"
    assert resolve(glossary, "대구테크노파크").derived is False  # seen as a whole: curated
    assert resolve(glossary, "가나다테크노파크").en is None


def test_verification_keeps_a_rule_rendering_unverified_not_contradicted() -> None:
    from summarizer.extract import extract_facts
    from summarizer.models import BriefingParty
    from summarizer.reading import read_document
    from summarizer.verify.evidence import Evidence
    from summarizer.verify.names import check_party

    doc = read_document(
        "서울특별시 강남구와 경북 칠곡군은 업무협약을 체결했다.".encode(), name="d.txt"
    )
    ev = Evidence(text=doc.text, facts=extract_facts(doc))
    glossary = load_glossary()
    loose = BriefingParty(name_ko="강남구", name_en="Gangnam-gu Office")
    wrong = BriefingParty(name_ko="강남구", name_en="Seocho District")
    exact = BriefingParty(name_ko="칠곡군", name_en="Chilgok County")
    status = {
        p.name_en: next(c for c in check_party(ev, glossary, 0, p) if c.kind == "name_en").status
        for p in (loose, wrong, exact)
    }
    assert status == {
        "Gangnam-gu Office": "unverified",
        "Seocho District": "unsupported",
        "Chilgok County": "exact",
    }


def test_names_given_in_a_document() -> None:
    from summarizer.glossary import names_given_in

    text = (
        "한빛연구원(Hanbit Research Institute, HRI)과 누리재단(이하 NURI)은 협약을 맺었다. "
        "누리재단(이사장 홍길동)은 … 2024년(상반기) 계획"
    )
    got = names_given_in(text)
    assert set(got) == {"한빛연구원", "누리재단"}
    assert (got["한빛연구원"].en, got["한빛연구원"].abbr) == ("Hanbit Research Institute", "HRI")
    assert (got["누리재단"].en, got["누리재단"].abbr) == (None, "NURI")


@pytest.mark.parametrize(
    ("query", "en"),
    [
        ("안산시청", "Ansan City"),
        ("강남구청", "Gangnam District"),
        ("경북도청", "Gyeongsangbuk-do"),
    ],
)
def test_a_local_government_office_is_the_government(
    glossary: Glossary, query: str, en: str
) -> None:
    assert resolve(glossary, query).en == en


def test_an_agency_name_ending_in_cheong_is_not_cut(glossary: Glossary) -> None:
    assert resolve(glossary, "산림청").en == "Korea Forest Service"
    assert resolve(glossary, "가나다청").en is None
