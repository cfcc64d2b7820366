"""Commitment forms met on real pages of two sites or more (snippets invented for these tests)."""

from __future__ import annotations

from structure_helpers import run
from structure_helpers import run_terms as _terms

from summarizer.models.records import Commitment
from summarizer.structure.terms import without_ceremony


def _found(text: str) -> list[tuple[str, str]]:
    return [(c.text, c.confidence) for c in run(text).commitments]


def test_along_joins_the_last_listed_item_and_a_deed_after_it() -> None:
    # `△C 지원과 함께 D 등 …에 적극 협력함으로써 …을 약속했다`: D is a term too, to its means
    text = (
        "가람시와 누리재단은 3일 가람시청에서 청년 창업 활성화를 위한 업무협약을 체결했다.\n"
        "양 기관은 협약을 통해 △창업 교육 프로그램 공동 운영 △창업 공간 제공 △시제품 제작 "
        "지원과 함께 판로 개척 등 창업기업 성장에 필요한 사업에 적극 협력함으로써 지역 창업 "
        "생태계 조성을 약속했다.\n"
    )
    assert _terms(text) == [
        "창업 교육 프로그램 공동 운영",
        "창업 공간 제공",
        "시제품 제작 지원",
        "판로 개척 등 창업기업 성장에 필요한 사업에 적극 협력",
    ]


def test_along_parts_a_prose_pledge_in_two_and_each_keeps_its_doubt() -> None:
    # `재단은 A 제공과 함께 B에 나서기로 했다`: two deeds; one party's plan, so both stay doubted
    text = (
        "가람시와 누리재단은 3일 가람시청에서 업무협약을 체결했다.\n"
        "이번 협약을 통해 재단은 돌봄 활동을 위한 인적·물적 자원 제공과 함께 돌봄 프로그램 "
        "개발을 위한 자문에 적극 나서기로 했다.\n"
    )
    assert _found(text) == [
        ("돌봄 활동을 위한 인적·물적 자원 제공", "low"),
        ("돌봄 프로그램 개발을 위한 자문", "low"),
    ]


def test_along_after_a_partner_name_is_no_joint() -> None:
    # `별빛대학 산학협력단과 함께 …`: the partner, not an item of its own
    text = (
        "가람시와 누리재단은 3일 가람시청에서 업무협약을 체결했다.\n"
        "이번 협약을 통해 양 기관은 지역 별빛대학 산학협력단과 함께 청년 일자리 발굴에 적극 "
        "나서기로 했다.\n"
    )
    assert _terms(text) == ["지역 별빛대학 산학협력단과 함께 청년 일자리 발굴"]


def test_inline_items_in_a_ceremony_sentence_closed_by_any_signing_verb() -> None:
    # `…△A △B 등을 위해 자매결연을 맺었다`: the lexicon's signing verbs, not `체결했다` alone
    text = (
        "가람면, 별빛㈜와 1사1촌 자매결연\n\n"
        "가람면은 4일 별빛㈜와 1사1촌 자매결연을 맺었다고 밝혔다.\n\n"
        "이날 결연식은 면장 등 20여명이 참석한 가운데 △농번기 일손 돕기 △마을 농산물 구매 "
        "△마을 행사 초청 등을 위해 자매결연을 맺었다.\n"
    )
    assert _terms(text)[:3] == ["농번기 일손 돕기", "마을 농산물 구매", "마을 행사 초청"]


_EN_SIGNING = (
    "Garam City, Nuri Foundation sign MOU on youth startups\n\n"
    "Garam City signed a memorandum of understanding with the Nuri Foundation on Tuesday to "
    "support young founders in the region.\n\n"
)


def test_work_together_to_told_as_reported_speech() -> None:
    # `A and B, the bodies for C, will continue to work together to D, it added.`
    text = _EN_SIGNING + (
        "Garam City and the Nuri Foundation, the main backers of local startups, will continue "
        "to work together to run joint mentoring programs through regular meetings, it added.\n"
    )
    assert ("run joint mentoring programs through regular meetings", "high") in _found(text)


def test_work_together_to_in_a_quotation_is_said_so() -> None:
    # `"…, the two sides will work together to A; B; and C," the ministry said.`: the deeds,
    # each marked as the speaker's word
    text = _EN_SIGNING + (
        '"Through this MOU, the two sides will work together to share data on regional '
        'startups; host a yearly demo day; and train mentors," the foundation said.\n'
    )
    assert _found(text) == [
        ("share data on regional startups", "low"),
        ("host a yearly demo day", "low"),
        ("train mentors", "low"),
    ]


def test_work_together_to_needs_the_parties_together() -> None:
    # `"Our city will work together to …," the mayor said.` names one side only: no joint deed
    text = _EN_SIGNING + (
        '"Our city will work together to expand its own startup fund next year," the mayor said.\n'
    )
    assert not any("startup fund" in t for t, _ in _found(text))


def test_every_ceremony_of_the_lexicon_heads_an_item_it_does_not_belong_to() -> None:
    # `이번 협정식에서 양 기관은 A`: `협정식` is a signing ceremony (lexicon) like `협약식`
    text = "이번 협정식에서 양 기관은 소방 장비를 함께 쓰기로 했다."
    end = text.index("로 했다")
    found = without_ceremony(text, [Commitment(text=text[:end], start=0, end=end, section="prose")])
    assert [c.text for c in found] == ["소방 장비를 함께 쓰기"]
