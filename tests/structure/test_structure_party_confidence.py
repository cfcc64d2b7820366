"""The calibrated party mark (issue 8, item 3): the fitted scorer, not the reader that found a
party, decides whether it is sent as sure, as unsure, or not at all."""

from __future__ import annotations

from summarizer import extract_facts
from summarizer.models.records import Party
from summarizer.structure.candidate import Cand
from summarizer.structure.confidence import (
    PARTY_DROP_BELOW,
    PARTY_FEATURES,
    PARTY_SURE_AT,
    PARTY_WEIGHTS,
    Routes,
    mark_parties,
    party_features,
    party_score,
)

TITLE = "해울공단, 들빛재단과 업무협약"
PAGE = (
    TITLE + "\n\n"
    "해울공단(이사장 도하람)은 11일 들빛재단과 업무협약을 체결했다고 밝혔다.\n"
    "해울공단과 들빛재단은 청년 일자리를 함께 늘리기로 했다. 해울공단은 교육을 맡는다.\n"
    "이날 행사에는 미국 관계자도 참석했다.\n"
)
BODY = len(TITLE) + 2
SIGNING = (BODY, PAGE.index("\n", BODY))


def _routes(**seen: str) -> Routes:
    routes = Routes()
    for name, route in seen.items():
        routes.saw(route, [Cand(name=name)])
    return routes


def test_the_weights_cover_every_feature() -> None:
    assert set(PARTY_WEIGHTS) == set(PARTY_FEATURES)
    assert PARTY_DROP_BELOW is None or PARTY_DROP_BELOW < PARTY_SURE_AT


def test_a_doubted_party_the_page_names_surely_is_sent_as_sure() -> None:
    # a reader's doubt (`caption`) outweighed: the headline, the signing sentence and three
    # more sentences name it, and it ends in an organisation's word; its reason is kept
    doubted = Party(name="해울공단", confidence="low", why="caption")
    routes = _routes(해울공단="sentence")
    [out] = mark_parties([doubted], PAGE, TITLE, BODY, SIGNING, routes)
    assert (out.confidence, out.why) == ("high", "caption")


def test_a_country_named_once_aside_is_sent_as_unsure() -> None:
    # no reader doubted it, but a country named once outside the signing sentence and the
    # headline is right far less often: unsure, the score said why
    party = Party(name="미국")
    [out] = mark_parties([party], PAGE, TITLE, BODY, SIGNING, Routes())
    assert out.confidence == "low"
    assert out.why is not None and out.why.startswith("the rules doubt it (score 0.")
    # read off a fallback as well (a caption, the heads attending): scored lower still
    low = party_features(party, [party], PAGE, TITLE, BODY, SIGNING, "fallback")
    late = party_features(party, [party], PAGE, TITLE, BODY, SIGNING, "late")
    assert party_score(low) < party_score(late) < PARTY_SURE_AT


def test_a_phrase_read_as_a_party_is_never_sent_as_sure() -> None:
    # `늘리고자 해울센터`: a word inside the name ends in a connective ending, a phrase, no body:
    # sent as unsure at most (below PARTY_DROP_BELOW, as here, not sent at all)
    page = PAGE + "청년 일자리를 함께 늘리고자 해울센터와 손잡았다.\n"
    party = Party(name="늘리고자 해울센터")
    routes = _routes(**{"늘리고자 해울센터": "sentence"})
    out = mark_parties([party], page, TITLE, BODY, SIGNING, routes)
    assert all(p.confidence == "low" for p in out)
    score = party_score(party_features(party, [party], page, TITLE, BODY, SIGNING, "sentence"))
    assert score < PARTY_SURE_AT
    # (`마을`, `회의` end nouns, not phrases: a village's council is no phrase)
    council = Party(name="별빛마을 주민협의체")
    village = party_features(council, [council], page, TITLE, BODY, SIGNING, "sentence")
    assert village["phrase"] == 0.0


def test_the_score_follows_where_the_page_names_it() -> None:
    party = Party(name="들빛재단")
    parties = [Party(name="해울공단"), party]
    routes = _routes(들빛재단="sentence")
    named = party_features(party, parties, PAGE, TITLE, BODY, SIGNING, "sentence")
    aside = party_features(party, parties, PAGE, "오늘의 소식", BODY, None, "fallback")
    assert named["in_title"] == named["in_signing"] == 1.0
    assert aside["in_title"] == aside["in_signing"] == 0.0
    assert party_score(named) > party_score(aside)
    assert routes.of(["들빛재단"]) == "sentence"


def test_a_route_is_found_for_a_name_cut_since() -> None:
    routes = _routes(**{"(주)해울": "list"})
    assert routes.of(["해울"]) == "list"  # (the legal form let go after the list was read)
    assert routes.of(["들빛"]) == "late"


def test_a_signing_sentence_still_gives_sure_parties() -> None:
    parties = extract_facts(PAGE.encode("utf-8"), reference_date="2025-06-12").structure.parties
    assert [(p.name, p.confidence) for p in parties] == [("해울공단", "high"), ("들빛재단", "high")]


def test_a_party_scored_below_the_drop_threshold_is_left_out() -> None:
    # `정부는 앞으로도 외국`: a phrase no stage read as a side, named nowhere else on the page:
    # below PARTY_DROP_BELOW (chosen by leave-one-set-out cross-validation), not sent at all
    phrase = Party(name="정부는 앞으로도 외국")
    kept, other = Party(name="해울공단"), Party(name="들빛재단")
    features = party_features(phrase, [kept, other, phrase], PAGE, TITLE, BODY, SIGNING, "late")
    assert PARTY_DROP_BELOW is not None and party_score(features) < PARTY_DROP_BELOW
    routes = _routes(해울공단="sentence", 들빛재단="sentence")
    out = mark_parties([kept, other, phrase], PAGE, TITLE, BODY, SIGNING, routes)
    assert [p.name for p in out] == ["해울공단", "들빛재단"]
    # (never fewer than two sides left: with one other party the phrase is kept, unsure)
    out = mark_parties([kept, phrase], PAGE, TITLE, BODY, SIGNING, _routes(해울공단="sentence"))
    assert [(p.name, p.confidence) for p in out] == [("해울공단", "high"), (phrase.name, "low")]
