"""Rules in one place: the word lists live in `summarizer.lexicon` and `facts.datewords`, and
the modules that read them agree because they build from the same records."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from summarizer.english.titles import TITLES as EN_TITLES
from summarizer.english.titles import title_en
from summarizer.events.lexicon import ORG_SUFFIXES, PERSON_TITLES, TITLE_CUTS
from summarizer.events.orgs import org_of_token
from summarizer.facts.datewords import DAY_BEFORE, SAME_DAY, words_pattern
from summarizer.lexicon import CONTACT_LABELS, TITLE_WORDS, TITLES, org_of_fused_title
from summarizer.structure.contact_rows import LABEL_WORDS
from summarizer.verify.speakers import _TITLE_END

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


# Literal copies of shared word lists that once stood in several modules.
_COPIES = {
    "korean_romanizer": "the romaniser is summarizer.english.revised",
    '"월화수목금토일"': "weekday letters are facts.datewords.WEEKDAYS_KO",
    '"monday", "tuesday"': "English weekdays are facts.datewords.WEEKDAYS_EN",
    "이날|": "relative-day words are facts.datewords",
    "장관|": "titles are summarizer.lexicon.TITLES",
    "공단|공사": "organisation suffixes are summarizer.lexicon.ORG_SUFFIXES",
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
