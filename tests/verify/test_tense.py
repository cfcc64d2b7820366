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
