"""People in English: a single wrong name or title is caught; correct variants pass."""

from __future__ import annotations

import pytest

from summarizer.models import Briefing, FactsResult
from summarizer.verify import verify_briefing
from tests.verify.conftest import RELEASE, correct_briefing


def english(b: Briefing) -> Briefing:
    """The correct briefing with every person's English given, as ministries write it."""
    b.parties[0].signatory, b.parties[0].signatory_title = "나은결", "장관"
    b.parties[0].signatory_en, b.parties[0].signatory_title_en = "NA Eun-gyeol", "Minister"
    b.quotes[0].speaker_en, b.quotes[0].title_en = "NA Eungyeol", "Minister"
    b.quotes[1].speaker_en, b.quotes[1].title_en = "DO Jae-hyun", "Chairman"
    b.contacts[0].name_en, b.contacts[0].title_en = "YOON Ha-ram", "Director"
    b.contacts[1].name_en, b.contacts[1].title_en = "SEOL Ji-woo", "Deputy Director"
    return b


def person_checks(b: Briefing, facts: FactsResult) -> dict[str, tuple[str, str | None]]:
    report = verify_briefing(b, RELEASE, facts)
    return {
        c.field: (c.status, c.note)
        for c in report.checks
        if c.kind in ("person", "title") and c.field.endswith("_en")  # the English fields
    }


def test_correct_english_names_and_titles_pass(release_facts: FactsResult) -> None:
    checks = person_checks(english(correct_briefing()), release_facts)
    assert len(checks) == 10
    assert all(status in ("exact", "normalised") for status, _ in checks.values()), checks


@pytest.mark.parametrize(
    ("field", "value"),
    [
        # One wrong syllable, letter or family name in a name.
        ("quotes[0].speaker_en", "NA Eungyeom"),  # 결 is not 겸
        ("quotes[0].speaker_en", "NA Eun-kyung"),
        ("quotes[1].speaker_en", "DO Jae-hoon"),
        ("quotes[1].speaker_en", "KIM Jae-hyun"),  # wrong family name
        ("contacts[0].name_en", "YOON Ha-rim"),
        ("contacts[1].name_en", "SEOL Ji-won"),
        ("parties[0].signatory_en", "NA Eun"),
        # Another person of the document under this one's name.
        ("quotes[0].speaker_en", "DO Jae-hyun"),
        ("contacts[1].name_en", "YOON Ha-ram"),
        # A title one rank off.
        ("quotes[0].title_en", "Vice Minister"),
        ("quotes[1].title_en", "Vice Chairman"),
        ("contacts[0].title_en", "Deputy Director"),
        ("contacts[1].title_en", "Director"),
        ("parties[0].signatory_title_en", "Mayor"),
    ],
)
def test_a_single_error_is_caught(release_facts: FactsResult, field: str, value: str) -> None:
    b = english(correct_briefing())
    target, attr = field.split(".")
    kind, index = target.split("[")
    setattr(getattr(b, kind)[int(index[:-1])], attr, value)
    checks = person_checks(b, release_facts)
    status, note = checks[field]
    assert status == "unsupported", (field, value, note)
    others = {f: s for f, (s, _) in checks.items() if f != field and s == "unsupported"}
    assert not others  # only the broken field is flagged


def test_another_persons_name_is_named_in_the_note(release_facts: FactsResult) -> None:
    b = english(correct_briefing())
    b.quotes[0].speaker_en = "DO Jae-hyun"
    _, note = person_checks(b, release_facts)["quotes[0].speaker_en"]
    assert note is not None and "도재현" in note and "another person" in note


@pytest.mark.parametrize(
    "value",
    [
        "Na Eun-gyeol",
        "Eun-gyeol Na",
        "NA Eungyeol",
        "Na Eun Kyeol",
        "NA Eun-kyul",
        "Minister NA Eungyeol",
    ],
)
def test_usual_variants_pass(release_facts: FactsResult, value: str) -> None:
    b = english(correct_briefing())
    b.quotes[0].speaker_en = value
    status, note = person_checks(b, release_facts)["quotes[0].speaker_en"]
    assert status == "normalised", note


def test_wrong_names_are_hard_violations_for_the_reask(release_facts: FactsResult) -> None:
    from summarizer.verify import reask_feedback

    b = english(correct_briefing())
    b.contacts[0].name_en = "YOON Ha-rim"
    feedback = reask_feedback(verify_briefing(b, RELEASE, release_facts))
    assert feedback is not None and "contacts[0].name_en" in feedback


def test_unknown_title_stays_unverified(release_facts: FactsResult) -> None:
    b = english(correct_briefing())
    b.quotes[1].title = "명예홍보대사"
    b.quotes[1].title_en = "Honorary Ambassador"
    status, _ = person_checks(b, release_facts)["quotes[1].title_en"]
    assert status in ("unverified", "normalised")  # never unsupported for a title we can't read


def test_a_title_after_the_korean_name_and_a_desk_name(release_facts: FactsResult) -> None:
    b = english(correct_briefing())
    b.quotes[0].speaker = "나은결 장관"
    b.contacts[1].name, b.contacts[1].name_en = "홍보담당관실", "Public Relations Office"
    checks = person_checks(b, release_facts)
    assert checks["quotes[0].speaker_en"][0] == "normalised"
    assert checks["contacts[1].name_en"][0] == "unverified"  # not a person: not passed, not failed


@pytest.mark.parametrize(
    "value", ["OH Youngju, Minister of SMEs and Startups", "Minister OH Youngju of MSS"]
)
def test_title_words_around_the_name_are_not_the_name(value: str) -> None:
    from summarizer.verify.persons import _spells

    assert _spells("오영주", value)


def test_a_spaced_hangul_name_may_be_foreign() -> None:
    # 예 린 (Myanmar's Ye Lwin) reads like a Korean surname and given name, but is written apart.
    from summarizer.verify.persons import _spells

    assert _spells("예 린", "Ye Lwin")
    assert not _spells("예린", "Ye Lwin") or _spells("예린", "Ye Rin")
    assert not _spells("김동일", "Oh Se-hoon")


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("quotes[1].title_en", "Chief"),  # 회장: another wording, not another office
        ("parties[0].signatory_title_en", "Head of the Ministry"),
        ("contacts[0].title_en", "Section Chief"),
    ],
)
def test_another_wording_of_the_same_office_is_soft(
    release_facts: FactsResult, field: str, value: str
) -> None:
    """A wording the lexicon does not list is left unverified, never a hard re-ask: only
    another office (`Mayor`) or another rank (`Vice …`) is a wrong title."""
    b = english(correct_briefing())
    target, attr = field.split(".")
    kind, index = target.split("[")
    setattr(getattr(b, kind)[int(index[:-1])], attr, value)
    report = verify_briefing(b, RELEASE, release_facts)
    check = next(c for c in report.checks if c.field == field)
    assert (check.status, check.hard) == ("unverified", False), check.note
