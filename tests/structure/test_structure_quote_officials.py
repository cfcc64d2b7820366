"""Quotes by unnamed officials, and a speaker's organisation found next to their name."""

from __future__ import annotations

import pytest
from structure_helpers import run

HEAD = (
    "청년 창업 협약\n\n"
    "한빛시(시장 김하늘)와 누리대학교(총장 문지호)는 청년 창업을 돕는 협약을 체결했다.\n\n"
    "문지호 누리대학교 총장은 “학생 창업을 끝까지 돕겠다는 약속을 지키겠다”고 말했다.\n\n"
)


@pytest.mark.parametrize(
    ("line", "speaker", "org"),
    [
        (
            "한빛시 관계자는 “청년이 머무는 도시를 만드는 첫걸음이 될 것”이라고 전했다.",
            "한빛시 관계자",
            "한빛시",
        ),
        ("시 관계자는 “창업 공간을 더 늘려 나갈 계획”이라고 밝혔다.", "시 관계자", "한빛시"),
        (
            "대학 관계자는 “창업 강좌를 해마다 늘려 나갈 계획”이라고 밝혔다.",
            "대학 관계자",
            "누리대학교",
        ),
    ],
)
def test_unnamed_official_is_not_the_previous_speaker(
    line: str, speaker: str, org: str | None
) -> None:
    quotes = run(HEAD + line + "\n").quotes
    assert [(q.speaker, q.org) for q in quotes] == [("문지호", "누리대학교"), (speaker, org)]


def test_an_outsider_official_is_nobody() -> None:
    line = "업계 관계자는 “지역 창업 생태계에 좋은 신호가 될 것”이라고 말했다.\n"
    assert [q.speaker for q in run(HEAD + line).quotes] == ["문지호"]


@pytest.mark.parametrize(
    ("intro", "want"),
    [
        (
            "행사에는 박민수 한빛에너지 사장과 이수진 누리전력 대표 등이 참석했다.",
            ["한빛에너지", "누리전력"],
        ),
        (
            "행사에는 한빛에너지 박민수 사장과 누리전력 이수진 대표 등이 참석했다.",
            ["한빛에너지", "누리전력"],
        ),
    ],
)
def test_speaker_org_from_an_earlier_mention(intro: str, want: list[str]) -> None:
    text = (
        "에너지 협약\n\n한빛에너지는 누리전력과 에너지 협력 협약을 맺었다고 13일 밝혔다. "
        f"{intro}\n\n"
        "박민수 사장은 “지역에 필요한 전력을 안정적으로 공급하겠다”고 말했다. "
        "이수진 대표는 “두 회사의 기술을 모아 좋은 결과를 내겠다”고 밝혔다.\n"
    )
    quotes = run(text).quotes
    assert [q.org for q in quotes] == want


def test_a_party_after_and_is_not_the_speakers_org() -> None:
    text = (
        "에너지 협약\n\n한빛에너지는 누리전력과 에너지 협력 협약을 맺었다고 13일 밝혔다. "
        "행사에는 박민수와 누리전력 관계자들이 참석했다.\n\n"
        "박민수 사장은 “지역에 필요한 전력을 안정적으로 공급하겠다”고 말했다.\n"
    )
    assert [q.org for q in run(text).quotes] == [None]
