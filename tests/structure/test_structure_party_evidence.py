"""Parties ranked by the evidence a whole page gives (session 26): forms of real pages, each
seen on two sites, reproduced with invented bodies."""

from __future__ import annotations

from structure_helpers import names


def test_lead_taken_for_title_with_a_photo_note_before_its_full_stop() -> None:
    # `…협약(MOU)를 체결했다(사진).` as the page's first line: the lead, read as the story
    page = (
        "가람시 누리군은 21일 별빛농협지역본부 및 (사)한빛모임 가람시지회와 농업인 소득향상을 "
        "위한 협약(MOU)를 체결했다(사진).\n"
        "이 협약에 따라 농협은 홍보에 적극 협력할 계획이다.\n"
    )
    assert sorted(names(page)) == sorted(
        ["가람시 누리군", "별빛농협지역본부", "(사)한빛모임 가람시지회"]
    )
