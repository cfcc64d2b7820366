"""signed / will sign / did not sign against the Korean (or, when the Korean names no signing
verb, the source without its quoted speech). Snippets are invented."""

from __future__ import annotations

import pytest

from summarizer.verify.tense import signing_tense


@pytest.mark.parametrize(
    ("english", "korean", "flagged"),
    [
        ("The two bodies signed an MOU.", "두 기관은 업무협약을 체결했다.", False),
        ("The two bodies will sign an MOU.", "두 기관은 업무협약을 체결했다.", True),
        ("The two bodies signed an MOU.", "두 기관은 다음 달 협약을 체결할 예정이다.", True),
        ("The two bodies did not sign an MOU.", "두 기관은 업무협약을 체결했다.", True),
        # a ceremony held is a signing done
        ("The two universities signed an agreement.", "두 대학은 협약 체결식을 가졌다.", False),
        ("The two universities will sign an agreement.", "두 대학은 협약 체결식을 가졌다.", True),
        # `yet to be signed` is a plan, not a signing done
        ("Agreements yet to be signed with two firms.", "두 기업과 협약을 체결할 예정이다.", False),
        ("Agreements yet to be signed with two firms.", "두 기업과 협약을 체결했다.", True),
    ],
)
def test_the_tense_follows_the_korean(english: str, korean: str, flagged: bool) -> None:
    assert bool(signing_tense("summary_en[0]", english, korean)) is flagged


def test_a_speakers_future_in_quotes_is_not_the_report() -> None:
    source = (
        "가람대는 12일 나래대와 교류 협약 체결식을 했다.\n"
        "나래대 총장은 “교류가 결실을 맺을 수 있도록 힘쓰겠다”고 말했다.\n"
    )
    # the model's Korean line names no signing verb: the source is read, its quotes left out
    korean = "The two universities agreed on student exchange."
    assert (
        signing_tense("summary_en[1]", "The universities signed the agreement.", korean, source)
        == []
    )
    planned = source.replace("체결식을 했다", "체결식을 연다").replace("“", "").replace("”", "")
    assert signing_tense("summary_en[1]", "The universities signed the agreement.", korean, planned)


@pytest.mark.parametrize(
    ("english", "korean", "flagged"),
    [
        # 빠짐없이 says "every one", not "not": it licenses no negation
        ("We will find every ready cooperative.", "준비된 조합을 빠짐없이 발굴하겠다", False),
        ("We will not find every ready cooperative.", "준비된 조합을 빠짐없이 발굴하겠다", True),
        # `spare no` renders 아끼지 않다: a further `not` is one negation too many
        ("We will work with the agency and spare no support.", "공단과 협력해 지원을 아끼지 않겠다", False),
        ("We will not work with the agency and spare no support.", "공단과 협력해 지원을 아끼지 않겠다", True),
    ],
)  # fmt: skip
def test_negations_are_counted_as_the_words_mean(english: str, korean: str, flagged: bool) -> None:
    assert bool(signing_tense("quotes[0].text_en", english, korean)) is flagged


SUMMED = "가람시와 누리재단은 5일 협약을 체결했다.\n누리재단은 가람시 기업을 추천한다."


@pytest.mark.parametrize(
    ("headline", "flagged"),
    [
        ("Garam City and the Nuri Foundation signed an MOU; the foundation will recommend firms.", False),
        ("Garam City and the Nuri Foundation signed an MOU; the foundation will not recommend firms.", True),
        ("Garam City and the Nuri Foundation signed an MOU; the foundation won't recommend firms.", True),
        # a note on what the source leaves out is no negated claim
        ("Garam City signed an MOU on the 5th (the article does not state the month).", False),
        ("A programme selection, not a signed agreement.", False),
        ("Garam City signed an MOU; the time has not been announced.", False),
    ],
)  # fmt: skip
def test_a_headline_negates_no_verb_its_korean_does_not(headline: str, flagged: bool) -> None:
    assert bool(signing_tense("headline_en", headline, SUMMED)) is flagged


@pytest.mark.parametrize(
    ("english", "flagged"),
    [("The two sides agreed to work together.", False), ("The two sides will agree to work together.", True)],
)  # fmt: skip
def test_a_past_adnominal_signing_verb_is_past(english: str, flagged: bool) -> None:
    # `합의한 데 따른`: the agreement is done, the sentence only refers back to it
    korean = "이번 협약은 양측이 지난해 협력 강화에 합의한 데 따른 후속 조치다."
    assert bool(signing_tense("summary_en[2]", english, korean)) is flagged
