"""Rules in one place: the word lists live in `summarizer.lexicon` and `facts.datewords`, and
the modules that read them agree because they build from the same records."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from summarizer.english.departments import WORDS as DEPARTMENT_WORDS
from summarizer.english.departments import department_en
from summarizer.english.places import REGIONS as PLACE_REGIONS
from summarizer.english.titles import TITLES as EN_TITLES
from summarizer.english.titles import title_en
from summarizer.events.lexicon import ORG_SUFFIXES, PERSON_TITLES, TITLE_CUTS
from summarizer.events.lexicon import REGIONS as EVENT_REGIONS
from summarizer.events.orgs import org_of_token
from summarizer.facts import find_facts
from summarizer.facts.datewords import DAY_BEFORE, SAME_DAY, words_pattern
from summarizer.facts.reference import _EMBARGO as _REF_EMBARGO
from summarizer.lexicon import (
    CONTACT_HEADS,
    CONTACT_LABELS,
    CONTACT_RANK_ENDINGS,
    CONTACT_RANKS,
    FAX_LABELS,
    PHONE_LABELS,
    PROVINCE_TABLE,
    RELEASE_KINDS,
    RELEASE_KINDS_EN,
    TITLE_WORDS,
    TITLES,
    org_of_fused_title,
)
from summarizer.lexicon.joint import JOINT_NOUNS, JOINT_NOUNS_EN, JOINT_WORDS
from summarizer.structure.clauses import JOINT
from summarizer.structure.commitments import _JOINT_LEAD
from summarizer.structure.contact_rows import FAX, LABEL_WORDS, ROLE
from summarizer.structure.follow_ups import joint_subject
from summarizer.structure.header import _NOT_TITLE, find_embargo
from summarizer.verify.meaning import generic_name
from summarizer.verify.speakers import _GROUP, _TITLE_END
from summarizer.verify.subjects import _JOINT, joint_topic

SRC = Path(__file__).parents[1] / "summarizer"


def test_one_title_table_serves_every_reader() -> None:
    assert set(EN_TITLES) == {t.ko for t in TITLES}  # english.titles is a view of it
    assert set(TITLE_WORDS) <= set(PERSON_TITLES)
    assert {ko for ko, _ in TITLE_CUTS} >= set(TITLE_WORDS)
    assert all(t.en for t in TITLES), "every title has an English rendering"
    role = {t.ko for t in TITLES if t.role}
    assert {"담당자", "관계자", "연구원"} <= role and not role & set(TITLE_WORDS)


@pytest.mark.parametrize(
    ("token", "org"),
    [("조달청장", "조달청"), ("기업은행장", "기업은행"), ("칠곡군수", "칠곡군"),
     ("외교부장관", "외교부"), ("충북지사", "충청북도"), ("서울대총장", "서울대")],
)  # fmt: skip
def test_events_cut_titles_by_the_lexicons_fused_forms(token: str, org: str) -> None:
    assert org_of_token(token) == org


def test_fused_forms_and_renderings_come_from_the_same_record() -> None:
    assert org_of_fused_title("안산시장") == "안산시"
    assert title_en("부행장보") == "Senior Vice President"
    assert title_en("병원장") == "Director"  # once only structure knew it
    assert _TITLE_END.search("회장 직무대행") and _TITLE_END.search("부행장보")


def test_org_suffixes_are_the_lexicons_then_one_syllable() -> None:
    assert "박물관" in ORG_SUFFIXES and "텔레콤" in ORG_SUFFIXES and "상공회의소" in ORG_SUFFIXES
    single = [s for s in ORG_SUFFIXES if len(s) == 1]
    assert ORG_SUFFIXES[-len(single) :] == tuple(single)  # tried after every longer suffix


def test_contact_labels_and_day_words_are_read_from_their_lists() -> None:
    for label in CONTACT_LABELS:
        assert LABEL_WORDS.fullmatch(" ".join(label)), label
    assert re.fullmatch(words_pattern(SAME_DAY), "같은  날")
    assert re.fullmatch(words_pattern(DAY_BEFORE), "하루 전")


@pytest.mark.parametrize("words", [*JOINT_WORDS, *(f"두 {n}" for n in JOINT_NOUNS), "3개 기관"])
def test_every_reader_of_the_parties_together_knows_each_word(words: str) -> None:
    # structure (pledge subjects, list leads, the story's joint subject) and the verifier
    # (joint items, joint topics, quotes of several parties) read one list
    assert JOINT.match(f"{words}은 ") and joint_subject(f"또 {words}은 협력한다.")
    assert _JOINT_LEAD.search(words) and _JOINT.search(words) and _GROUP.search(words)
    assert joint_topic(words)


def test_english_parties_together_and_generic_names() -> None:
    for noun in JOINT_NOUNS_EN:
        assert _JOINT.search(f"the two {noun} will") and joint_subject(f"Both {noun} agreed.")
    assert all(generic_name(w) for w in (*JOINT_WORDS, "양기관", "협약기관"))


@pytest.mark.parametrize(
    "line",
    ["보도 : 2025. 10. 16.(목) 12:00 이후", "보도일 : 2025. 8. 28.(목)", "보도일자 : 2024. 11. 8.",
     "엠바고 : 7. 17.", "FOR IMMEDIATE RELEASE", "For immediate release: September 16, 2025"],
)  # fmt: skip
def test_the_header_and_the_reference_read_one_list_of_release_time_labels(line: str) -> None:
    # once the header knew 보도시점/보도일시 only and the reference more: they disagreed
    text = f"{line}\n\n제목 줄입니다\n"
    assert find_embargo(text, find_facts(text, None)) is not None
    assert _REF_EMBARGO.search(line)


def test_a_release_kind_line_is_no_title() -> None:
    for kind in (*RELEASE_KINDS, *RELEASE_KINDS_EN):
        assert _NOT_TITLE.match(kind)
    assert all(_NOT_TITLE.match(f"산업통상자원부 {kind}") for kind in RELEASE_KINDS)


def test_contact_rows_read_the_lexicons_ranks() -> None:
    assert all(ROLE.match(rank) for rank in CONTACT_RANKS)
    assert all(ROLE.match(f"기획예산{head}") for head in CONTACT_HEADS)
    assert all(ROLE.match(f"홍보{end}") for end in CONTACT_RANK_ENDINGS)
    assert not ROLE.match("홍길동")


def test_phone_and_fax_labels_are_read_from_their_lists() -> None:
    assert all(LABEL_WORDS.search(label) for label in PHONE_LABELS)
    assert all(FAX.search(f"{label} :") for label in FAX_LABELS)
    assert all(_NOT_TITLE.match(f"{label} : 044-204-7715") for label in (*PHONE_LABELS[:5], "Fax"))
    assert not _NOT_TITLE.match("Mobile payments reach 10 million users")
    # the phone finder takes a short service number after any of them, a fax after these
    assert not find_facts("자료 1357 참고", None)
    assert all(find_facts(f"{label} 1357", None)[0].kind == "phone" for label in PHONE_LABELS)
    assert all(find_facts(f"{label} 044-204-7715", None)[0].fax for label in FAX_LABELS)


def test_one_province_table_serves_places_departments_and_events() -> None:
    regions = {formal: (aliases, english) for formal, aliases, english in EVENT_REGIONS}
    for p in PROVINCE_TABLE:
        assert PLACE_REGIONS[p.formal] == p.en and PLACE_REGIONS[p.short] == p.en_short
        assert all(PLACE_REGIONS[ko] == en for ko, en in p.other_ko)
        assert DEPARTMENT_WORDS[p.short] == p.en_word
        assert regions[p.formal] == (tuple(ko for ko, _ in p.other_ko), p.other_en)
    assert PLACE_REGIONS["충북도"] == "North Chungcheong Province"  # once events only knew it
    assert department_en("충북지역본부").en.startswith("Chungbuk")


# Literal copies of shared word lists that once stood in several modules.
_COPIES = {
    "korean_romanizer": "the romaniser is summarizer.english.revised",
    '"월화수목금토일"': "weekday letters are facts.datewords.WEEKDAYS_KO",
    '"monday", "tuesday"': "English weekdays are facts.datewords.WEEKDAYS_EN",
    "이날|": "relative-day words are facts.datewords",
    "장관|": "titles are summarizer.lexicon.TITLES",
    "공단|공사": "organisation suffixes are summarizer.lexicon.ORG_SUFFIXES",
    "양측|": "words naming the parties together are summarizer.lexicon.joint",
    "|양측": "words naming the parties together are summarizer.lexicon.joint",
    '"양측"': "words naming the parties together are summarizer.lexicon.joint",
    "기관|회사": "group nouns of the parties together are lexicon.joint.JOINT_NOUNS",
    "(?:기관|측|사": "group nouns of the parties together are lexicon.joint.JOINT_NOUNS",
    r"보\s*도": "release labels are summarizer.lexicon.labels",
    r"배\s*포": "distribution labels are summarizer.lexicon.labels",
    r"보[ \t]*도": "release labels are summarizer.lexicon.labels",
    r"엠\s*바\s*고": "release labels are summarizer.lexicon.labels",
    r"전\s*화": "phone labels are summarizer.lexicon.PHONE_LABELS",
    r"팩\s*스": "fax labels are summarizer.lexicon.FAX_LABELS",
    "Tel|Phone": "phone labels are summarizer.lexicon.PHONE_LABELS",
    "Tel|TEL": "phone labels are summarizer.lexicon.PHONE_LABELS",
    "팩스|FAX": "fax labels are summarizer.lexicon.FAX_LABELS",
    "(?:과장|국장": "contact ranks are summarizer.lexicon.CONTACT_HEADS",
    "사무관|서기관": "contact ranks are summarizer.lexicon.CONTACT_RANKS",
    '"Gyeonggi': "province English is summarizer.lexicon.PROVINCE_TABLE",
    '"Chungbuk"': "province English is summarizer.lexicon.PROVINCE_TABLE",
    '"North Chungcheong': "province English is summarizer.lexicon.PROVINCE_TABLE",
}
_HOMES = {"lexicon", "datewords.py"}


def test_no_module_writes_a_shared_list_again() -> None:
    found = []
    for path in SRC.rglob("*.py"):
        if _HOMES & set(path.relative_to(SRC).parts):
            continue
        text = path.read_text("utf-8")
        found += [f"{path.relative_to(SRC)}: {why}" for lit, why in _COPIES.items() if lit in text]
    assert found == []


def test_one_list_of_words_in_dae_that_are_no_university() -> None:
    """`lexicon.NOT_UNIVERSITY_ENDINGS` serves the party readers' name test and the event
    grouping's organisation words: both read a short university alike and both refuse the
    common words in `대`."""
    from summarizer.events.orgs import _is_org_word
    from summarizer.lexicon import NOT_UNIVERSITY_ENDINGS
    from summarizer.structure.party_heads import name_word

    for word in ("다온대", "누리별대"):
        assert name_word(word) and _is_org_word(word), word
    for word in ("청년세대", "디지털시대", "교류확대", "협약상대", "소득증대", "가람연대"):
        assert word.endswith(NOT_UNIVERSITY_ENDINGS)
        assert not name_word(word) and not _is_org_word(word), word


def test_one_set_of_town_syllables_for_the_older_party_readers() -> None:
    """The city, county and district syllables (`lexicon.MUNICIPAL_SYLLABLES`, and with the
    province's `도` `TOWN_SYLLABLES`) are the older party readers' town endings: each reads the
    same invented towns as towns, and the same common word as none."""
    from summarizer.lexicon import MUNICIPAL_SYLLABLES, TOWN_SYLLABLES
    from summarizer.structure import candidate, name_cleanup, org_lists, org_names, orgs

    assert set(MUNICIPAL_SYLLABLES) < set(TOWN_SYLLABLES)
    for town in ("가람시", "다온군", "누리구"):
        assert org_names._TOWN_WORD.fullmatch(town), town
        assert name_cleanup._PLACE_WORD.fullmatch(town), town
        assert orgs._TOWN_WORD.fullmatch(town), town
        assert org_lists._place_ending(["창원", "밀양"], town) == town[-1], town
    assert orgs._TOWN_WORD.fullmatch("별빛도")  # (the province's too, where a list ends)
    for word in ("가람동", "누리협회"):
        assert not org_names._TOWN_WORD.fullmatch(word), word
        assert not name_cleanup._PLACE_WORD.fullmatch(word), word
        assert org_lists._place_ending(["창원", "밀양"], word) is None, word
    assert candidate._TOWN_HEADS == ("시장", "군수", "구청장")
    assert orgs._TOWNS_COUNTED.search("가람·다온·누리 3개 군")


def test_the_readers_cutting_words_of_time_before_a_name_read_datewords() -> None:
    """A party piece opening on a word of time (`다음 달`, `어제`, `지난해`, `오후`) is the
    name after it, in `orgs.parse_piece` and `party_heads.head_of` alike: both take the words
    from `facts.datewords` (TIME_WORDS, DAYPARTS)."""
    from summarizer.structure.orgs import parse_piece
    from summarizer.structure.party_heads import head_of

    for lead, name in (("다음 달", "누리나라"), ("어제", "가람시"), ("지난해", "누리진흥원"),
                       ("오후", "별빛협회"), ("하루 전", "다온공사")):  # fmt: skip
        piece = f"{lead} {name}"
        cand = parse_piece(piece, 0, len(piece))
        assert cand is not None and cand.name == name, piece
        if name != "누리나라":  # (no body's ending: not a name to party_heads' test)
            assert head_of(piece) == name, piece


def test_the_signing_days_coming_words_are_datewords_forward_words() -> None:
    """`event._NEXT` (a coming day dates only a coming signing) reads every relative word
    datewords moves forward by (`오는`, a month ahead), written solid or spaced, and no other."""
    from summarizer.facts.datewords import RELATIVE
    from summarizer.structure import event

    for word, shift in RELATIVE.items():
        ahead = shift.unit == "next" or (shift.unit == "month" and shift.by > 0)
        for written in {word, word.replace(" ", "")}:
            assert bool(event._NEXT.fullmatch(written)) == ahead, written


def test_every_town_reader_takes_the_lexicons_syllables() -> None:
    """The readers that ask whether a word is a town (a province too, or a city, county or
    district only) agree on invented ones, each built on TOWN_SYLLABLES / MUNICIPAL_SYLLABLES."""
    from summarizer.lexicon import TOWN_SYLLABLES
    from summarizer.structure import (
        party_copula,
        party_count,
        party_fallbacks,
        party_repair,
        quotes,
        venue,
    )
    from summarizer.verify import english, subjects

    for town in ("가람시", "다온군", "누리구", "별빛도"):
        for rx in (party_copula._PLACE, party_count._REGION, party_repair._REGION_WORD,
                   venue._REGION_WORD):  # fmt: skip
            assert rx.fullmatch(town), (rx.pattern[:30], town)
        assert party_fallbacks._TOWN_HALL_VENUE.search(f" {town}청 대회의실에서 ")
    assert frozenset(TOWN_SYLLABLES) == quotes._LOCAL_UNITS
    assert subjects._kind_of("다온군") == "군" and subjects._kind_of("누리협회") is None
    assert english._PROVINCED.match("별빛도 가람시") and not english._PROVINCED.match(
        "별빛도 누리동"
    )
    for word in ("가람동", "누리협회"):
        assert not party_copula._PLACE.fullmatch(word) and not party_count._REGION.fullmatch(word)


def test_one_list_of_office_units_for_both_party_readers() -> None:
    """A bureau's or team's head speaks for no party: `party_fallbacks` and `party_clauses`
    read the same units (`lexicon.OFFICE_UNIT_SYLLABLES`)."""
    from summarizer.lexicon import OFFICE_UNIT_SYLLABLES
    from summarizer.structure import party_clauses, party_fallbacks

    for name in ("가람시 기획행정국", "누리군 투자유치과", "다온공사 홍보팀"):
        assert party_fallbacks._UNIT.search(name) and party_clauses._UNIT.search(name), name
    for name in ("가람시", "누리진흥원", "다온협회"):
        assert not party_fallbacks._UNIT.search(name) and not party_clauses._UNIT.search(name)
    assert all(party_clauses._UNIT.search("가람" + s) for s in OFFICE_UNIT_SYLLABLES)


def test_bare_heads_of_a_town_hall_are_the_lexicons_region_heads() -> None:
    """`party_fallbacks` reads a head by a bare title (`시장은`) from one table, each title a
    head of its kind in `lexicon.REGION_HEADS`."""
    from summarizer.lexicon import REGION_HEADS
    from summarizer.structure import party_fallbacks

    for title, kind in party_fallbacks._HALL_KIND.items():
        assert title in REGION_HEADS[kind], title
        assert party_fallbacks._BARE_TITLE.match(title + "은"), title
    assert not party_fallbacks._BARE_TITLE.match("부시장은")
