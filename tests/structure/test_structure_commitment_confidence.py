"""The calibrated commitment mark (issue 8, item 3): the fitted scorer, reading which reader of
`find_commitments` gave an item and the item's own form, decides whether it is sent as sure or
as unsure."""

from __future__ import annotations

from summarizer import extract_facts
from summarizer.models.records import Commitment
from summarizer.structure.confidence import (
    COMMITMENT_FEATURES,
    COMMITMENT_SURE_AT,
    COMMITMENT_WEIGHTS,
    Stages,
    mark_commitments,
)

PAGE = (
    "누리시와 가온재단은 3일 업무협약을 체결했다.\n"
    "두 기관은 ▲청년 창업 지원 ▲지역 인재 양성 ▲공동 연구 등에 협력한다.\n"
    "또 가온재단은 내년부터 누리시 청년센터를 함께 운영할 예정이다.\n"
    "이번 협약으로 지역 경제가 살아날 것으로 기대된다.\n"
)


def _item(words: str, confidence: str = "high", why: str | None = None) -> Commitment:
    start = PAGE.index(words)
    return Commitment(
        text=words,
        start=start,
        end=start + len(words),
        confidence=confidence,  # type: ignore[arg-type]
        why=why,
    )


def _marked(stage: str, item: Commitment) -> Commitment:
    stages = Stages()
    stages.saw(stage, [item])
    (out,) = mark_commitments([item], PAGE, 0, stages, ("누리시", "가온재단"))
    return out


def test_the_weights_cover_every_feature() -> None:
    assert set(COMMITMENT_WEIGHTS) == set(COMMITMENT_FEATURES)
    assert COMMITMENT_SURE_AT is not None and 0 < COMMITMENT_SURE_AT < 1


def test_a_listed_deed_the_reader_doubted_is_sent_as_sure() -> None:
    # a list's item ending in a deed's noun: the scorer trusts it, whatever the reader thought
    item = _item("지역 인재 양성", confidence="low", why="after the list")
    out = _marked("list", item)
    assert out.confidence == "high"
    assert out.why == "after the list"  # (the reader's reason kept)


def test_a_follow_up_plan_is_sent_as_unsure() -> None:
    # a clause read after the list that tells a plan (`…할 예정`): right less often than not
    item = _item("가온재단은 내년부터 누리시 청년센터를 함께 운영할 예정이다")
    out = _marked("around", item)
    assert out.confidence == "low"
    assert out.why is not None and out.why.startswith("the rules doubt it (score 0.")


def test_a_body_named_as_an_item_is_sent_as_unsure() -> None:
    # an organisation's name read as a list item is no deed
    item = _item("가온재단")
    assert _marked("list", item).confidence == "low"
    # the same place read as a deed is not doubted
    assert _marked("list", _item("공동 연구")).confidence == "high"


def test_the_stage_is_read_where_a_reader_cut_the_item_again() -> None:
    stages = Stages()
    whole = _item("청년 창업 지원 ▲지역 인재 양성")
    stages.saw("prose", [whole])
    assert stages.of(_item("지역 인재 양성")) == "prose"
    assert stages.of(_item("공동 연구")) == "late"


def test_the_facts_carry_the_mark() -> None:
    # the listed deeds sure; the follow-up clause after the list (`또 … 점검할 예정이다`), which
    # its reader does not doubt, sent as unsure with the score named
    page = (
        "누리시와 가온재단은 3일 업무협약을 체결했다고 밝혔다.\n"
        "협약에 따라 두 기관은 ▲청년 창업 지원 ▲지역 인재 양성 ▲공동 연구 등에 협력한다.\n"
        "또 두 기관은 실무협의회를 꾸려 분기마다 성과를 점검할 예정이다.\n"
    )
    structure = extract_facts(page.encode("utf-8"), reference_date="2026-03-05").structure
    assert structure is not None
    marks = {c.text: (c.confidence, c.why) for c in structure.commitments}
    assert marks["청년 창업 지원"] == ("high", None)
    assert marks["공동 연구"] == ("high", None)
    mark, why = marks["실무협의회를 꾸려 분기마다 성과를 점검"]
    assert mark == "low" and why is not None and why.startswith("the rules doubt it")
