"""The speaker as the sentence writes it (session 35): someone named before the topic marker
whose words the readers of names and titles do not take apart speaks, never the previous
speaker; a side keeps its `측`; a clause or a joining word before the speaker is no part of it."""

from __future__ import annotations

from structure_helpers import run

HEAD = (
    "가람시, 누리재단과 업무협약 체결\n\n가람시는 3일 누리재단과 문화교류 업무협약을 체결했다.\n\n"
)


def _said(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text[:6]) for q in run(HEAD + text).quotes]


def test_someone_named_by_an_unread_title_is_not_the_previous_speaker() -> None:
    assert _said(
        '김가온 가람시장은 "문화 교류를 넓히겠다"고 말했다.\n\n'
        '응우옌 쑤언 푹 베트남 주석은 "베트남 도시들도 곧 참여하겠다"고 말했다.\n'
    ) == [("김가온", "문화 교류를"), ("응우옌 쑤언 푹 베트남 주석", "베트남 도시")]


def test_a_side_as_written_after_a_clause() -> None:
    assert _said('이번 협약과 관련해 누리재단 측은 "청년 예술가를 먼저 돕겠다"고 밝혔다.\n') == [
        ("누리재단 측", "청년 예술가")
    ]


def test_a_pronoun_still_takes_the_previous_speaker() -> None:
    assert _said(
        '김가온 가람시장은 "문화 교류를 넓히겠다"고 말했다.\n\n그는 이어 "예산도 늘리겠다"고 덧붙였다.\n'
    ) == [("김가온", "문화 교류를"), ("김가온", "예산도 늘리")]
