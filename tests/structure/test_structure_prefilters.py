"""The cheap tests that spare the structure layer a regex (issue 13) answer as the regex does.

Each prefilter says "this line or sentence cannot match, skip it": a word every match holds, the
characters a match can open with, a count read off bytes. If a pattern is edited so that a match
no longer needs what its prefilter asks for, a test here fails (the prefilter would then drop a
match, and the output would change).
"""

from __future__ import annotations

import random
import re
from pathlib import Path

from summarizer.reading import read_document
from summarizer.structure import bullets, commitments, event, page_shape, parties, party_lists
from summarizer.structure.en_parties import AGREE_EN, SIGN_EN
from summarizer.structure.lines import Line, iter_lines, iter_sentences

ROOT = Path(__file__).resolve().parents[2]
# the characters a line may open with: Latin, punctuation, symbols, bullets and enclosed
# numbers, jamo, Hangul syllables, full-width forms
CHARS = [chr(c) for r in ((0, 0x3400), (0xAC00, 0xD7A4), (0xFF00, 0xFFF0)) for c in range(*r)]


def _texts() -> list[str]:
    folders = (ROOT / "examples", ROOT / "corpus" / "docs")
    return [read_document(p).text for f in folders for p in sorted(f.glob("*.txt"))]


def _line(s: str) -> Line:
    return Line(s, 0, len(s), s.strip())


def _first_chars(pattern: re.Pattern[str], tails: list[str]) -> set[str]:
    """The characters a line may open with (after spaces) where `pattern.match` succeeds."""
    return {
        c
        for c in CHARS
        if not c.isspace()  # (a line's `stripped` has none first)
        for t in tails
        if pattern.match(c + t)
    }


def test_bullet_lines_open_with_a_bullet_character() -> None:
    tails = [" 항목", "\t항목", ". 항목", ") 항목", "1. 항목", "1) 항목", "\t"]
    found = _first_chars(bullets._LINE_BULLET, tails)
    assert len(found) > 40
    for c in found:
        assert c in bullets._BULLET_FIRST or c.isdecimal() or "가" <= c <= "하", repr(c)


def test_bullet_prefilter_gives_the_match_on_real_lines() -> None:
    for text in _texts():
        for ln in text.splitlines():
            want = bullets._LINE_BULLET.match(ln)
            got = bullets.bullet(_line(ln))
            assert (want and want.span()) == (got and got.span()), ln


def test_appendix_and_annex_lines_open_with_their_characters() -> None:
    tails = [
        "임",
        " 임",
        "고",
        " 고]",
        "참고",
        " 참 고 1]",
        "개요",
        " 개 요",
        "참고",
        "당부서",
        " 당 부 서",
    ]
    tails += ["붙임", "첨부", "별첨", " 붙임"]
    for c in _first_chars(commitments._APPENDIX, tails) | _first_chars(
        commitments._CONTACT_HEAD, tails
    ):
        assert c in commitments._APPENDIX_FIRST, repr(c)
    for c in _first_chars(event._ANNEX, tails):
        assert c in event._ANNEX_LEADS, repr(c)


def test_participant_lists_hold_the_word_they_are_skipped_without() -> None:
    rnd = random.Random(5)
    words = [
        "참여",
        "참가",
        "한 ",
        "기관은 ",
        "단체는 ",
        "A시, ",
        "B군",
        " 등 3곳",
        "이다.",
        "협약에 ",
    ]
    lines = [ln for t in _texts() for ln in t.splitlines()]
    lines += ["".join(rnd.choice(words) for _ in range(rnd.randint(0, 9))) for _ in range(5000)]
    hits = 0
    for ln in lines:
        if party_lists._PARTICIPANTS.search(ln):
            hits += 1
            assert party_lists._may_list(ln), ln
    assert hits > 50


def test_english_signing_sentences_hold_their_words() -> None:
    rnd = random.Random(7)
    words = ["signed ", "sign ", "signs ", "inked ", "concluded ", "concludes ", "have ", "has ",
             "had ", "agreed ", "entered into ", "agreed with ", "held ", "hosted ", "announced ",
             "forged ", "reached ", "an ", "the ", "new ", "MOU ", "agreement ", "partnership ",
             "A ", "B ", "가 "]  # fmt: skip
    sents = ["".join(rnd.choice(words) for _ in range(rnd.randint(0, 8))) for _ in range(20000)]
    sents += [s for t in _texts() for s in t.splitlines()]
    for pattern, needed in ((SIGN_EN, parties._SIGN_EN_WORDS), (AGREE_EN, parties._AGREE_EN_WORDS)):
        hits = 0
        for s in sents:
            if pattern.search(s):
                hits += 1
                assert parties._holds(s, needed), (pattern.pattern, s)
        assert hits > 100


def _mostly_korean_plain(body: str) -> bool:
    return 3 * len(re.findall(r"[가-힣]", body)) > len(re.findall(r"[A-Za-z]", body))


def test_mostly_korean_counts_as_the_plain_form() -> None:
    rnd = random.Random(11)
    pool = "abcXYZ가힣하각 ,.\n\uabff\ua000\ud7a3\ud7a4\ud7ff\ud000\ub000\ucfff\u0131\u212a\uff21é😀\udcff"
    texts = ["".join(rnd.choice(pool) for _ in range(rnd.randint(0, 40))) for _ in range(20000)]
    for t in _texts() + texts:
        assert page_shape.mostly_korean(t) == _mostly_korean_plain(t), t


def test_sentence_end_read_off_the_last_character_as_the_pattern() -> None:
    plain = re.compile(r"[.!?。”\"’'」』)\]:]\s*$|다\s*$")
    rnd = random.Random(3)
    pool = ["다", ".", "!", "”", "'", ")", "]", ":", " ", "\n", "\t", "\u3000", "가", "a"]
    for _ in range(20000):
        s = "".join(rnd.choice(pool) for _ in range(rnd.randint(0, 6)))
        assert page_shape._ends_sentence(s, 0, len(s)) == bool(plain.search(s)), repr(s)
        if s.strip():
            stripped = s.rstrip()
            assert (stripped[-1] not in page_shape._SENTENCE_END) == (not plain.search(stripped))


def test_sentence_start_found_backwards_as_the_pattern_forwards() -> None:
    from summarizer.structure import quotes
    from summarizer.structure.lines import start_of_line

    def plain(text: str, pos: int) -> int:
        line_start = start_of_line(text, pos)
        best = line_start
        for m in quotes._SENTENCE_END.finditer(text[line_start:pos]):
            best = line_start + m.end()
        return best

    rnd = random.Random(1)
    pool = ["다", "요", ".", "!", "?", " ", "\n", "\r", "\t", "A", "Z", "a", '"', "“", "가", "5"]
    texts = ["".join(rnd.choice(pool) for _ in range(rnd.randint(0, 14))) for _ in range(20000)]
    for t in texts + _texts():
        for pos in range(0, len(t) + 1, 1 if len(t) < 20 else 7):
            assert quotes._sentence_start(t, pos) == plain(t, pos), (t, pos)


def test_signing_cue_without_its_venue_branches_where_no_venue_is() -> None:
    rnd = random.Random(9)
    words = ["협약", "결연", "MOU", "을 ", "에서 ", "에", "서 ", "진행", "개최", "열린 ", "로 ", " ",
             "체결", "서명", "했", "식", "손을 잡", "맺었", "가나 "]  # fmt: skip
    sentences = [s for t in _texts() for s in re.split(r"(?<=[.\n])", t)]
    sentences += [
        "".join(rnd.choice(words) for _ in range(rnd.randint(0, 10))) for _ in range(20000)
    ]
    for s in sentences:
        if "에서" not in s:
            assert bool(event._CUE_KO.search(s)) == bool(event._CUE_KO_BARE.search(s)), s


def test_table_cell_read_by_string_tests_as_the_pattern() -> None:
    rnd = random.Random(4)
    pool = ["다", ".", ":", "：", "\t", "가", " ", "a"]
    for _ in range(20000):
        s = "".join(rnd.choice(pool) for _ in range(rnd.randint(0, 6))).strip()
        assert event._table_cell(s) == bool(event._TABLE_CELL.search(s)), repr(s)


def test_overview_labels_hold_what_they_are_skipped_without() -> None:
    rnd = random.Random(8)
    pool = ["일", "시", "정", "자", "장", "소", "Date", "DATE", "date", "dAtE", "Venue", "PLACE", "place",
            " ", "(", ")", ":", "：", "\t", "·", "/", "가", "x", " - ", "-", "–"]  # fmt: skip
    lines = [ln for t in _texts() for ln in t.splitlines()]
    lines += ["".join(rnd.choice(pool) for _ in range(rnd.randint(0, 8))) for _ in range(20000)]
    dates = places = 0
    for ln in lines:
        want = event._DATE_LABEL.search(ln)
        assert event._date_label_end(ln) == (want.end() if want else -1), ln
        dates += want is not None
        if event._PLACE_LABEL.search(ln):
            places += 1
            assert event._may_place_label(ln), ln
    assert dates > 100 and places > 100


def test_english_leads_hold_a_needed_word_and_open_with_an_opener() -> None:
    from summarizer.structure import en_leads as ec

    rnd = random.Random(12)
    words = ["Under ", "the ", "agreement", ", ", "two ", "three ", "sides ", "parties ", "will ",
             "want ", "to ", "plan ", "on ", "agreed ", "Both ", "All ", "Each ", "city ", "MOU ",
             "covers ", "pledging ", "Korea ", "and ", "Japan ", "-- ", "\n", "share ", "data "]  # fmt: skip
    texts = ["".join(rnd.choice(words) for _ in range(rnd.randint(0, 7))) for _ in range(30000)]
    texts += [  # one of each kind of lead
        "Both sides want to share data.", "two parties plan on sharing data.",
        "Korea and Japan will share data.", "Each city will share data.",
        "The MOU covers data.", "an MOU, pledging to share data.", "Under the deal, both will go.",
        "In addition, they agreed to work in areas such as AI and data.",
        "The main contents of the agreement include data.", "A signed it and agreed to share.",
    ]  # fmt: skip
    hits = 0
    for t in texts:
        for m in ec.EN_LEAD.finditer(t):
            hits += 1
            assert ec._may_lead(t), t
            assert ec._may_open(t, ec._word_at(t, m.start()), m.start()), (t, m.span())
    assert hits > 30


def _holds_word(items: object, words: list[str]) -> bool:
    """Whether every match of a parsed sequence holds one of `words`: a run of literals at its
    top level holds one, or a group or every branch of an alternation in it does."""
    from re import _constants as c  # type: ignore[attr-defined]

    run = ""
    for op, av in items:  # type: ignore[attr-defined]
        if op is c.LITERAL:
            run += chr(av)
            if any(w in run for w in words):
                return True
            continue
        run = ""
        if op is c.SUBPATTERN and _holds_word(av[-1], words):
            return True
        if op is c.BRANCH and all(_holds_word(b, words) for b in av[1]):
            return True
    return False


def test_signing_cues_all_hold_a_cue_word() -> None:
    # a sentence without a word of `_CUE_WORD` is not searched for `_CUE_KO`: the words are
    # read off the forms (`event._Cue`), so every branch of a form must hold one of its words
    from re import _parser  # type: ignore[attr-defined]

    for cue in (*event._SIGNING_CUES, *event._HELD_CUES):
        for branch in event._branches(cue):
            assert _holds_word(_parser.parse(branch).data, list(cue.words)), branch
    words = event._CUE_WORDS.split("|")
    assert _holds_word(_parser.parse(event._CUE_KO.pattern).data, words)
    assert _holds_word(_parser.parse(event._CUE_KO_BARE.pattern).data, words)
    assert not _holds_word(_parser.parse("체결|발표").data, words)  # (the check can fail)
    rnd = random.Random(14)
    pool = [*words, "에서 ", "진행된 ", "협약서", "을 ", "했다", " ", "가", "손을 맞", "(", ")"]
    for s in [s for t in _texts() for s in re.split(r"(?<=[.\n])", t)] + [
        "".join(rnd.choice(pool) for _ in range(rnd.randint(0, 10))) for _ in range(20000)
    ]:
        if event._CUE_KO.search(s):
            assert event._CUE_WORD.search(s), s


def test_signing_sentences_found_from_the_cue_words_as_by_searching_each() -> None:
    from summarizer.structure.lines import Mask, iter_sentences

    def plain(text: str, start: int, stop: int | None) -> list[tuple[int, int]]:
        out = []
        for s, e in iter_sentences(text, start):
            if stop is not None and s >= stop:
                break
            if "\t" in text[s:e]:
                continue
            if event._HANGUL.search(text, s, e):
                cued = event._CUE_KO.search(text, s, e) is not None
            else:
                cued = event._CUE_EN.search(text[s:e]) is not None
            if cued:
                out.append((s, e))
                if len(out) >= 4:
                    break
        return out

    rnd = random.Random(15)
    pool = ["협약", "협약을 체결했다. ", "MOU를 맺었다.", "체", "결", "손을 잡았다. ", "\n", ". ",
            "They signed it. ", "The ceremony. ", "SIGNED ", "가나 ", "에서 진행된 협약", "약정"]  # fmt: skip
    texts = _texts() + [
        "".join(rnd.choice(pool) for _ in range(rnd.randint(0, 12))) for _ in range(5000)
    ]
    mask = Mask([])
    for t in texts:
        words = event._cue_words(t)
        for start, stop in ((0, None), (0, len(t) // 2)):
            assert event._cue_sentences(t, mask, start, words, stop) == plain(t, start, stop), t


def test_outline_skipped_only_on_a_page_without_labels() -> None:
    rnd = random.Random(16)
    pool = ["일", "시", "장", "소", "Date", "dAtE", "Venue", "PLACE", "plAce", "\n", "\r\n", "\r",
            " ", "(", ")", ":", "：", "\t", "·", "/", "가", "x", " - ", "-", "–"]  # fmt: skip
    texts = _texts() + [
        "".join(rnd.choice(pool) for _ in range(rnd.randint(0, 14))) for _ in range(20000)
    ]
    for t in texts:
        lines = re.split(r"\r\n|\r|\n", t)
        if any(event._date_label_end(ln) >= 0 or event._PLACE_LABEL.search(ln) for ln in lines):
            assert event._labelled(t), repr(t)


def test_participant_lists_hold_the_words_they_are_asked_after() -> None:
    # (each list pattern is searched only in a line holding the words every match holds)
    rnd = random.Random(13)
    words = ["참여", "참가", "참석", "한 ", "기관은 ", "단체는 ", "협약은 ", "협약을 ", "맺은 ", "체결한 ",
             "A시, ", "B군", "·C재단", " 등 ", "3", "개 ", "기관이 ", "곳", "이 ", "했다", "이다.",
             "함께", "이번 ", "업무협약", " 등 3개 기관이 참여", "협약은 A시와 B군"]  # fmt: skip
    lines = [ln for t in _texts() for ln in t.splitlines()]
    lines += ["".join(rnd.choice(words) for _ in range(rnd.randint(0, 12))) for _ in range(20000)]
    needs = (
        (party_lists._PARTICIPANTS, (("참여", "참가"),)),
        (party_lists._TAKING_PART, (("참여", "참가"), ("협약", "MOU", "양해각서"))),
        (party_lists._SIGNED_TOPIC, (("맺은", "체결한"),)),
        (party_lists._COUNTED_TAIL, (("개",),)),
    )
    for pattern, all_of in needs:
        hits = 0
        for ln in lines:
            if pattern.search(ln):
                hits += 1
                assert all(any(w in ln for w in one_of) for one_of in all_of), (pattern, ln)
        assert hits > 3, pattern.pattern


def test_signing_cues_ahead_stand_in_every_sentence_read() -> None:
    # (`find_parties` passes over a sentence no cue found ahead stands in: every sentence its
    # own tests would read holds one)
    rnd = random.Random(17)
    words = ["협약", "을 ", "체결", "했다", "맺", "손을 잡", "협력한다", "signed ", "agreed ", "A는 ",
             "B와 ", ". ", "\n", "MOU", "가", "held "]  # fmt: skip
    texts = _texts() + [
        "".join(rnd.choice(words) for _ in range(rnd.randint(0, 30))) for _ in range(3000)
    ]
    read = 0
    for t in texts:
        ahead = parties._Ahead(t, 0, (parties._SIGN_KO, parties._ANY_EN))
        for s, e in iter_sentences(t):
            sent = t[s:e]
            reads = bool(parties._SIGN_KO.search(sent)) or any(
                parties._holds(sent, words)
                for words in (parties._SIGN_EN_WORDS, parties._AGREE_EN_WORDS)
            )
            read += reads
            assert ahead.within(s, e) or not reads, sent
    assert read > 100


def test_an_organiser_line_holds_ju() -> None:
    # `organisers` passes over a line without `주` (of `주최`, `주관`): no match may lack it
    from summarizer.structure.issuers import _ORGANISER

    pool = [
        "주",
        "최",
        "관",
        "공동",
        " ",
        "□",
        "(",
        ")",
        "·",
        "/",
        "기관",
        ":",
        "가람시",
        "-",
        "\t",
    ]
    rnd = random.Random(21)
    hits = 0
    for _ in range(40000):
        s = "".join(rnd.choice(pool) for _ in range(rnd.randint(0, 12))) + " 누리재단"
        if _ORGANISER.match(s):
            hits += 1
            assert "주" in s, s
    assert hits > 100


def test_release_kind_cut_only_from_a_line_ending_as_a_kind_can() -> None:
    """`issuers._kind_cut` asks `_KIND_END` only of a line whose last character a kind, a
    notice number or an English kind may end with: every other line has no match, and every
    head line of the bundled pages is cut as the pattern cuts it."""
    from summarizer.lexicon import RELEASE_KINDS, RELEASE_KINDS_EN
    from summarizer.structure import issuers

    ends = [*RELEASE_KINDS, "공고 제2024-12호", "공고 제2024-12", "공고 12", *RELEASE_KINDS_EN]
    ends += [w.upper() for w in RELEASE_KINDS_EN] + [w.title() for w in RELEASE_KINDS_EN]
    for end in ends:
        line = f"가람시 {end}"
        assert issuers._KIND_END.search(line), line
        assert issuers._kind_cut(line) == issuers._KIND_END.sub("", line) != line, line
    rng = random.Random(13)
    pieces = ["가람시", " ", "보도", "자료", "공고", "제", "12", "-", "호", "Press", "release", "e"]
    lines = [_line(ln).stripped for text in _texts() for ln in text.splitlines()]
    lines += ["".join(rng.choices(pieces, k=rng.randint(1, 6))).strip() for _ in range(3000)]
    for s in lines:
        assert issuers._kind_cut(s) == issuers._KIND_END.sub("", s), s


def test_counted_title_searched_only_when_it_holds_deung(monkeypatch: object) -> None:
    """`party_evidence.title_roster` searches only a title holding `등`, which every match of
    its pattern holds."""
    import pytest

    from summarizer.structure import party_evidence

    assert isinstance(monkeypatch, pytest.MonkeyPatch)
    pattern = party_evidence._TITLE_COUNTED
    assert pattern.search("가람시, 별빛㈜ 등 4개사와 투자협약")
    rng = random.Random(7)
    pieces = ["가람시", "별빛㈜", " ", "등", "4개사", "곳", "와", "과", ",", "3", "협약"]
    for _ in range(3000):
        title = "".join(rng.choices(pieces, k=rng.randint(1, 8)))
        if pattern.search(title):
            assert "등" in title, title
    asked: list[str] = []

    class Recording:
        def search(self, s: str) -> object:
            asked.append(s)
            return pattern.search(s)

    monkeypatch.setattr(party_evidence, "_TITLE_COUNTED", Recording())
    text = "가람시 누리재단과 협약\n가람시는 누리재단과 협약을 맺었다."
    assert party_evidence.title_roster([], text, "가람시 누리재단과 협약", 12) == []
    assert asked == []
    assert party_evidence.title_roster([], text, "가람시 등 2곳과 협약", 12) == []
    assert asked == ["가람시 등 2곳과 협약"]


def test_list_of_bodies_given_up_at_its_first_item_that_is_none(monkeypatch: object) -> None:
    """`party_lists.bodies` parses a list item by item and stops at the first that names no
    body: the answer is none either way, the rest is not parsed."""
    import pytest

    from summarizer.structure import party_lists

    assert isinstance(monkeypatch, pytest.MonkeyPatch)
    parsed: list[str] = []
    parse = party_lists.parse_piece

    def counting(text: str, a: int, b: int) -> object:
        parsed.append(text[a:b])
        return parse(text, a, b)

    monkeypatch.setattr(party_lists, "parse_piece", counting)
    terms = "공동 발굴 및 정책 지원, 안전망 구축, 성장 기반 조성, 인력 교류, 정보 공유"
    assert party_lists.bodies(terms, 0, terms) == []
    assert 1 <= len(parsed) < 3, parsed  # (of six items)
    parsed.clear()
    names = "가람시, 누리재단, 별빛㈜"
    assert [c.name for c in party_lists.bodies(names, 0, names)] == ["가람시", "누리재단", "별빛㈜"]
    assert len(parsed) == 3


def test_also_signed_is_asked_only_where_its_tail_stands() -> None:
    # `_ALSO` is searched only where `_ALSO_TAIL` finds something: every match of it must end
    # with a match of the tail
    from summarizer.structure import party_also

    text = (
        "누리시와 가람시는 협약을 맺었다. 이 자리에서 별빛협회와 한빛재단의 양해각서 체결식도 "
        "진행됐다. 가온공사와 다온재단의 MOU도 맺었다. 협정식도 교환했다. 협약도체결"
    )
    found = list(party_also._ALSO.finditer(text))
    assert len(found) == 4
    for m in found:
        tail = party_also._ALSO_TAIL.search(text, m.start())
        assert tail is not None and tail.end() == m.end()


def test_hall_window_as_the_class_first_form() -> None:
    # `_HALL` (found from its `청`, searched from the window's second character) answers as
    # `[시군구도]청` searched over the window did, at every window start and end
    from summarizer.structure import party_fallbacks

    plain = re.compile(r"[시군구도]청")
    text = "가람시청에서 도청 앞 군청, 청년 구청장 시 청 도청"
    for start in range(len(text)):
        for end in range(start, len(text) + 1):
            want = plain.search(text, start, end) is not None
            got = party_fallbacks._HALL.search(text, start + 1, end) is not None
            assert got == want, (start, end)


def test_service_line_words_are_asked_only_of_a_page_holding_their_ending() -> None:
    # `phones._named_before` reads no page holding neither `센터` nor `전화`: every match of
    # `_LINE_AFTER` must end with one of them
    from summarizer.facts import phones

    text = "117 학교폭력 신고센터, 1388 청소년상담전화, 1577 콜센터, 1600 상담센터 신고전화"
    found = [m.group(0) for m in phones._LINE_AFTER.finditer(text)]
    assert found == ["신고센터", "상담전화", "콜센터", "상담센터", "신고전화"]
    assert all(w.endswith(("센터", "전화")) for w in found)


def test_bare_list_heads_found_from_their_words_as_by_searching_each_line() -> None:
    # `commitments._bare_heads` asks `_BARE_HEAD` only of lines holding one of its words (found
    # by str.find): the same lines as asking every line, on LF, CR and CRLF pages
    heads = [
        "협약의 주요 내용은",
        "주요 협약 사항 :",
        "협력 분야：",
        "협력과제로는",
        "양 기관은 다음 사항에 협력한다.",
        "세부 내용은 아래와 같다",
        "다음과 같습니다:",
    ]
    for h in heads:
        m = commitments._BARE_HEAD.search(h)
        assert m is not None, h
        assert any(w in m.group(0) for w in commitments._BARE_HEAD_WORDS), h
    body = "\n".join(
        [" 가람시와 나래재단은 협약을 맺었다.", *heads, "내용 없는 줄이다.", "", "  같은 날 ", "끝"]
    )
    texts = [*_texts(), body, body.replace("\n", "\r\n"), body.replace("\n", "\r")]
    for text in texts:
        want = [ln.start for ln in iter_lines(text) if commitments._BARE_HEAD.search(ln.stripped)]
        assert commitments._bare_heads(text) == want


def test_open_start_is_asked_only_of_a_sentence_holding_its_word() -> None:
    # `plans._open_start` reads no sentence without `부터`, which every match of `_OPEN_START`
    # holds
    from summarizer.structure import plans

    text = "오는 3월부터 시행한다. 내년부터는, 늘린다. 다음 달 부터 연다. 5일부터 새해부터 "
    found = [m.group(0) for m in plans._OPEN_START.finditer(text)]
    assert len(found) == 5
    assert all("부터" in f for f in found)


def test_partner_also_and_minister_posts_hold_the_words_they_are_skipped_without() -> None:
    # `party_also._partners_also` reads nothing of a rest holding neither `와도` nor `과도`;
    # `en_ministers.minister_sides` asks its patterns only of a sentence holding `signed` or
    # `inked`, and of a head holding `Minister`
    from summarizer.structure import en_ministers, party_also

    text = "이날 시는 나래재단과도 협약을 맺었고 가람대학교와도 상생 협정을 체결했다."
    found = [m.group(0) for m in party_also._PARTNER_ALSO.finditer(text)]
    assert len(found) == 2
    assert all("와도" in f or "과도" in f for f in found)
    sent = (
        "Nurian Minister for Trade and Industry Lee Dara and Environment Minister Kim Ana "
        "signed the deal. The Ministry of Water (Minister Park Sora) inked it"
    )
    assert [m.group(0) for m in en_ministers._SIGNED.finditer(sent)] == ["signed", "inked"]
    for pattern in (
        en_ministers._MINISTER_OF,
        en_ministers._FIELD_MINISTER,
        en_ministers._BRACKETED,
    ):
        hits = [m.group(0) for m in pattern.finditer(sent)]
        assert hits and all("Minister" in h for h in hits)
    assert len(en_ministers.minister_sides(sent, 0, sent)) == 2
