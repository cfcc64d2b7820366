"""Forms of real pages the verifier misread on careful answers (round s24), rebuilt from
invented snippets (names invented)."""

from __future__ import annotations

import pytest

from summarizer.verify.tense import signing_tense


@pytest.mark.parametrize(
    ("korean", "english", "flagged"),
    [
        # the joined signing takes the tense of the sentence's final verb
        ("한 시장은 20일 누리시와 협약을 체결하고 22일 귀국한다.", "will sign", False),
        ("한 시장은 20일 누리시와 협약을 체결하고 22일 귀국한다.", "signed", True),
        ("한 시장은 20일 누리시와 협약을 체결하고 22일 귀국했다.", "will sign", True),
        ("한 시장은 20일 누리시와 협약을 체결하고 22일 귀국했다.", "signed", False),
        # a caption, a plan after the signing, a day gone by: a past signing
        ("한 시장이 누리시와 협약을 체결하고 기념촬영을 하고 있다.", "will sign", True),
        ("가람시는 누리시와 협약을 체결하고 공동 사업을 추진할 계획이다.", "will sign", True),
        ("가람시는 지난 5일 누리시와 협약을 체결하고 사업을 추진한다.", "will sign", True),
    ],
)
def test_a_joined_signing_takes_the_final_verbs_tense(
    korean: str, english: str, flagged: bool
) -> None:
    sentence = f"Mayor Han {english} the agreement with Nuri City."
    assert bool(signing_tense("summary_en[4]", sentence, korean)) is flagged
