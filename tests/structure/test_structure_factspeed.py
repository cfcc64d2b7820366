"""Shortcuts taken for speed (issue 13) give what the plain forms they replace give.

`names_joint` asks `_JOINT_ANY` in two parts, the part away from the text's start behind a
look-ahead for a match's first character: compared with the pattern on the bundled documents
and generated strings, from several starting points.

`pledged_before` keeps only items inside a sentence where the parties pledge together: when
there is none, it no longer reads the prose before the list at all. Compared here with the
plain form (the rule as written before the shortcut) on the bundled documents, our own
snippets and every list position; a change to the rule should change both. Likewise
`party_sentence.lengthen`, which no longer reads the lead's words when no party's name is short,
and `org_names.expand_short_names`, which stops reading brackets once every name is found and
parses only the brackets where a name asked about is written.
"""

from __future__ import annotations

import random
import re
from bisect import bisect_right
from pathlib import Path

from summarizer.models.records import Commitment
from summarizer.reading import read_document
from summarizer.structure import follow_ups, org_names, orgs, party_sentence
from summarizer.structure.lines import Mask, iter_sentences
from summarizer.structure.orgs import Cand

ROOT = Path(__file__).resolve().parents[2]
_SNIPPETS = (
    "협약을 통해 두 도시는 관광 교류를 확대하기로 했다. 특히 공동 홍보를 약속했다.\n"
    "주요 내용은 다음과 같다.\n▲인력 교류 ▲공동 연구",
    "A은행은 이번 협약으로 금리를 낮출 계획이다. 두 회사는 신제품을 개발하기로 했다.\n"
    "양 기관은 다음과 같이 협력한다:\n- 기술 지원\n- 판로 개척",
    "양 기관은 인재 양성에 힘을 모으기로 했다. 또 공동 세미나를 열 예정이다. 이어 말했다.",
    "세 기관은 협약을 맺었다.\n앞으로 세 기관은 정보를 공유하기로 했다. 아울러 협의체를 꾸린다.",
)


def _plain(text: str, mask: Mask, body_start: int, first: int) -> list[Commitment]:
    """`pledged_before` without the shortcut: the prose before the list is always read."""
    return follow_ups.pledged_before(text, mask, body_start, first, read_all=True)


def _texts() -> list[str]:
    folders = (ROOT / "examples", ROOT / "corpus" / "docs")
    docs = [read_document(p).text for f in folders for p in sorted(f.glob("*.txt"))]
    return docs + list(_SNIPPETS)


def test_pledges_before_a_list_as_the_plain_form() -> None:
    mask = Mask([])
    compared = 0
    for text in _texts():
        # every sentence end as the list's start, as find_commitments may give any of them
        for _, first in list(iter_sentences(text))[:40]:
            got = follow_ups.pledged_before(text, mask, 0, first)
            assert got == _plain(text, mask, 0, first), (text[:60], first)
            compared += 1
    assert compared > 100


def test_the_shortcut_still_finds_a_joint_pledge() -> None:
    text = _SNIPPETS[0]
    first = text.index("▲")
    got = [c.text for c in follow_ups.pledged_before(text, Mask([]), 0, first)]
    assert got == ["관광 교류를 확대"]
    assert got == [c.text for c in _plain(text, Mask([]), 0, first)]


def test_parties_named_together_as_the_whole_pattern() -> None:
    rnd = random.Random(5)
    words = [
        "두 기관은 ", "양측이 ", "양 농협은 ", "3개 기관은 ", "이들은", " ", "\t", "\n", "가",
        "both parties", "Both Sides ", "the two agencies", "THE countries", "all ", "x", "기관은 ",
        "at", "The", "협약 기관이 ", "ſ", "K",
    ]  # fmt: skip
    soup = ["".join(rnd.choice(words) for _ in range(rnd.randint(0, 9))) for _ in range(6000)]
    found = 0
    for text in _texts() + soup:
        for start in {0, 1, len(text) // 2}:
            want = follow_ups._JOINT_ANY.search(text, start) is not None
            assert follow_ups.names_joint(text, start) == want, (text, start)
            found += want
    assert found > 1000


def _plain_overlaps(starts: list[int], ends: list[int], start: int, end: int) -> bool:
    """The walk `Intervals.overlaps` made before it asked one bisection."""
    if not starts:
        return False
    i = max(bisect_right(starts, start) - 1, 0)
    while i < len(starts) and starts[i] < end:
        if ends[i] > start:
            return True
        i += 1
    return False


def test_interval_overlap_as_the_walk_it_replaces() -> None:
    from summarizer.structure.lines import Intervals

    rnd = random.Random(11)
    hits = 0
    for _ in range(300):
        spans = []
        for _ in range(rnd.randint(0, 8)):
            a = rnd.randint(0, 60)
            spans.append((a, a + rnd.randint(-2, 15)))
        intervals = Intervals(spans)
        kept = [(s, e) for s, e in spans if e > s]
        for _ in range(40):
            a = rnd.randint(-2, 80)
            b = a + rnd.randint(-3, 20)
            want = _plain_overlaps(intervals.starts, intervals.ends, a, b)
            assert intervals.overlaps(a, b) == want, (spans, a, b)
            if b > a:  # (merging joins touching spans: an empty or inverted ask may differ)
                assert want == any(s < b and e > a for s, e in kept), (spans, a, b)
            hits += want
    assert hits > 1000


def test_enquiry_labels_need_the_character_they_are_skipped_without() -> None:
    from summarizer.structure.contacts import _HELD

    rnd = random.Random(13)
    words = ["문", "의", "처", " ", ":", "※", "[", "]", "(", ")", "7.", "담당", "전화", "가", "\t"]
    lines = [ln for text in _texts() for ln in text.splitlines()]
    lines += ["".join(rnd.choice(words) for _ in range(rnd.randint(0, 8))) for _ in range(20000)]
    matched = 0
    for label, held in _HELD.items():
        for line in lines:
            if label.search(line):
                matched += 1
                assert held in line, (label.pattern, line)
    assert matched > 100


def test_press_labels_open_with_a_character_they_are_skipped_without() -> None:
    from summarizer.structure.contact_layouts import PRESS_LABEL
    from summarizer.structure.contacts import _LOOSE_LABEL, _PRESS_FIRST

    rnd = random.Random(19)
    words = [
        "담당",
        "부서",
        "연락처",
        "홍보",
        "협력기관",
        "기관",
        "소속",
        "구분",
        "성명",
        "|",
        "\t",
    ]
    words += [" ", "  ", ":", "※", "[", "]", "(", ")", "media", "Contacts", "for more", "가", "명"]
    lines = [ln for text in _texts() for ln in text.splitlines()]
    lines += ["".join(rnd.choice(words) for _ in range(rnd.randint(0, 8))) for _ in range(20000)]
    # every character before each label's own text: only those of `_PRESS_FIRST` may open it
    tails = [
        "담당부서 : 물정책과",
        "연락처:",
        "기관 | 부서",
        "구분\t성명\t연락처",
        "media contacts",
    ]
    tails += ["contact:", "for more information", "Press inquiries", "담당자 도하람 044"]
    lines += [chr(c) + tail for c in range(0x20, 0x10000) for tail in tails]
    matched = 0
    for label in (PRESS_LABEL, _LOOSE_LABEL):
        for line in lines:
            if label.match(line):
                matched += 1
                assert line.strip()[:1] in _PRESS_FIRST, (label.pattern, line)
    assert matched > 1000


def test_a_signing_word_in_a_sentence_is_one_in_the_rest_of_the_text() -> None:
    """What lets `agreed_bodies` pass over the sentences before the next signing word."""
    from summarizer.structure.party_words import SIGNING

    held = 0
    for text in [*_texts(), "협약을\n했다. 협약을 했다", "체결\n식"]:
        for s, e in iter_sentences(text):
            if SIGNING.search(text, s, e) is not None:
                held += 1
                ahead = SIGNING.search(text, s)
                assert ahead is not None and ahead.start() < e, text[s:e]
    assert held > 50


def test_same_kind_pairs_as_the_plain_pattern() -> None:
    from summarizer.structure import org_lists

    def plain(text: str, x: int, y: int) -> list[tuple[int, int]]:
        lead = len(text[x:y]) - len(text[x:y].lstrip())
        m = org_lists._SAME_KIND.fullmatch(text, x + lead, len(text[:y].rstrip()))
        if m is None or m.group("a") == m.group("kind") or m.group("b") == m.group("kind"):
            return [(x, y)]
        return [m.span("a"), m.span("b")]

    rnd = random.Random(29)
    texts = [*_texts(), " 해울협회  누리협회 ", "해울대학교 누리대학교와 협회 협회", "  "]
    pairs = 0
    for text in texts:
        spots = [(x, x + n) for x in range(0, len(text), 3) for n in (0, 5, 9, 14, 22)]
        for x, y in [*rnd.sample(spots, min(400, len(spots))), (0, len(text))]:
            got = org_lists.same_kind_pair(text, x, y)
            assert got == plain(text, x, y), (text[x:y], x, y)
            pairs += len(got) == 2
    assert pairs >= 3


def test_separators_as_the_plain_pattern() -> None:
    plain = re.compile(r",\s*|\s*[·ㆍ]\s*|(?:\s+|(?<=\)))및\s+|(?<=[가-힣A-Za-z0-9)])(?:와|과)\s+")
    found = 0
    for text in [*_texts(), "A(주)및 B, C ·D과  E와\tF 및\nG"]:
        for pos in range(0, len(text), 7):
            want = plain.search(text, pos)
            got = orgs._SEPARATORS.search(text, pos)
            assert (got and got.span()) == (want and want.span()), (text[pos : pos + 30], pos)
            found += want is not None
    assert found > 1000


def test_name_patterns_need_what_they_are_skipped_without() -> None:
    from summarizer.structure import candidate

    rnd = random.Random(31)
    words = [
        "해울",
        "기업",
        "회사",
        "주식회사",
        "㈜",
        "(주)",
        "(재)",
        "㈔",
        "Co.",
        "Ltd",
        "Inc.",
        "LLC",
    ]
    words += ["기관", "단체", "업체", "스타트업", "학교", "업소", "사업자", "들", " ", ",", "선정"]
    words += ["유럽연합", "(EU)", "(KOTRA)", "상공회의소", "(", ")", "A", "관계", "교육", "PLC"]
    texts = [ln for text in _texts() for ln in text.splitlines()]
    texts += ["".join(rnd.choice(words) for _ in range(rnd.randint(1, 7))) for _ in range(20000)]
    hits = [0, 0, 0, 0]
    for s in texts:
        if orgs._DESCRIBED.match(s):
            hits[0] += 1
            assert orgs._DESCRIBING_WORD.search(s), s
        if orgs._GENERIC.fullmatch(s):
            hits[1] += 1
            assert s.endswith(orgs._GENERIC_ENDS), s
        if candidate._LEGAL_FORM.search(s) or candidate._DESCRIBED_LEGAL.match(s):
            hits[2] += 1
            assert candidate._LEGAL_HINT.search(s), s
        plain, got = orgs._IN_WORD.search(s), orgs._in_word(s)
        assert (got and (got.span(), got.groups())) == (plain and (plain.span(), plain.groups()))
        hits[3] += plain is not None
    assert min(hits) > 50, hits


def test_not_title_in_two_parts_as_the_pattern() -> None:
    from summarizer.structure import header

    rnd = random.Random(37)
    words = ["공고", " 제", "12", "입력", "기사", "수정", ":", "최종", " ", "보도자료", "해울시"]
    words += ["\n", "\r", "2024.", "5.", "Press Release", "담당", "Tel", "사진 :", "가"]
    lines = [ln for text in _texts() for ln in text.splitlines()]
    lines += ["".join(rnd.choice(words) for _ in range(rnd.randint(0, 8))) for _ in range(20000)]
    held = 0
    for line in lines:
        want = header._NOT_TITLE.match(line) is not None
        assert header._not_title(line) == want, line
        held += want
    assert held > 1000


def test_an_abbreviation_ends_in_a_latin_letter() -> None:
    """What lets a full stop after any other character end a sentence without `_ABBREV`."""
    from summarizer.structure import lines

    rnd = random.Random(41)
    pieces = ["Co", "U.S", "Dr", "Sept", "a", "Z", " ", "\n", "2", "다", ")", "é", "PT", "vs", "."]
    texts = [*_texts(), *("".join(rnd.choice(pieces) for _ in range(6)) for _ in range(20000))]
    found = 0
    for text in texts:
        for i in range(1, len(text) + 1):
            if lines._ABBREV.search(text, max(0, i - 8), i):
                found += 1
                prev = text[i - 1]
                assert "a" <= prev <= "z" or "A" <= prev <= "Z" or prev == "\n", text[:i]
    assert found > 1000


def test_heads_found_before_titles_as_the_pattern_finds_them() -> None:
    from summarizer.structure import party_vote

    rnd = random.Random(43)
    words = [
        "홍길동",
        "김구",
        "해울시",
        "누리재단",
        "KAIST",
        "AT&T",
        "(주)누리",
        "사장",
        "이사장은",
    ]
    words += ["시장과", "총장,", "원장", "대표", "은", " ", "  ", "\n", ",", "가", "협약을", "이"]
    texts = [*_texts()]
    texts += [" ".join(rnd.choice(words) for _ in range(rnd.randint(2, 14))) for _ in range(4000)]
    found = 0
    for text in texts:
        for a, b in [(0, len(text)), *((rnd.randint(0, len(text)), len(text)) for _ in range(3))]:
            b = rnd.randint(a, b) if rnd.random() < 0.3 else b
            want = [(m.span(), m.groupdict()) for m in party_vote._HEADED.finditer(text, a, b)]
            got = [(m.span(), m.groupdict()) for m in party_vote._headed(text, a, b)]
            assert got == want, (text[a:b][:80], a, b)
            found += len(want)
    assert found > 1000


def test_mask_built_in_one_walk_answers_as_the_regions_say() -> None:
    from summarizer.models.records import Region

    rnd = random.Random(17)
    for _ in range(300):
        regions = []
        for _ in range(rnd.randint(0, 6)):
            a = rnd.randint(0, 50)
            regions.append(
                Region(
                    text="",
                    kind=rnd.choice(["noise", "noise", "duplicate"]),
                    start=a,
                    end=a + rnd.randint(1, 12),
                    reason=rnd.choice(["menu", "caption"]),
                    basis=rnd.choice(["rule", "rule", "guess", "extractor"]),
                )
            )
        mask = Mask(regions)
        noise = [r for r in regions if r.kind == "noise"]
        assert mask.noise_why == [(r.start, r.end, r.reason) for r in noise]
        assert mask.noise_basis == [(r.start, r.end, r.basis) for r in noise]
        for _ in range(30):
            a = rnd.randint(0, 70)
            b = a + rnd.randint(1, 15)

            touched = [r for r in noise if r.start < b and r.end > a]
            assert mask.in_noise(a, b) == bool(touched)
            assert mask.chrome(a, b) == any(r.basis != "guess" for r in touched)
            assert mask.furniture(a, b) == any(r.basis == "rule" for r in touched)


def test_short_names_lengthened_as_the_plain_form() -> None:
    rnd = random.Random(19)
    names = [
        "미래부",
        "미래창조과학부",
        "중기부",
        "중소벤처기업부",
        "경인방송",
        "한국 전력",
        "부산시",
    ]
    heads = ["미래창조과학부와 중소벤처기업부는 협약을 맺었다", "부산광역시는 밝혔다", ""]
    changed = 0
    for _ in range(2000):
        picked = rnd.sample(names, rnd.randint(1, 3))
        head = rnd.choice(heads)
        fast = [Cand(name=n, aliases=[]) for n in picked]
        plain = [Cand(name=n, aliases=[]) for n in picked]
        others = [Cand(name=n) for n in rnd.sample(names, rnd.randint(0, 2))]
        party_sentence.lengthen(fast, others, head)
        party_sentence.lengthen(plain, others, head, read_all=True)
        assert [(c.name, c.aliases) for c in fast] == [(c.name, c.aliases) for c in plain]
        changed += [c.name for c in fast] != picked
    assert changed > 100


def test_short_names_expanded_as_the_plain_form() -> None:
    rnd = random.Random(23)
    texts = [*_texts(), "중소벤처기업부(장관 오영주, 이하 중기부)와 중기부(차관 김철수)가 만났다."]
    expanded = 0
    for text in texts:
        named = [
            name
            for m in org_names._named_brackets(text)
            if (c := orgs.parse_piece(text, m.start(), m.end()))
            for name in (c.name, *c.aliases)
        ]
        pool = [*named, "부산시", "없는기관", "중기부"]
        for _ in range(30):
            picked = rnd.sample(pool, min(len(pool), rnd.randint(1, 4)))
            picked += picked[:1] if rnd.random() < 0.2 else []  # a name asked twice
            fast = [Cand(name=n, aliases=[]) for n in picked]
            plain = [Cand(name=n, aliases=[]) for n in picked]
            org_names.expand_short_names(text, fast)
            org_names.expand_short_names(text, plain, read_all=True)
            got = [(c.name, c.aliases, c.head) for c in fast]
            assert got == [(c.name, c.aliases, c.head) for c in plain], (text[:40], picked)
            expanded += any(c.name != n or c.aliases for c, n in zip(fast, picked, strict=True))
    assert expanded > 50


# brackets whose parse rewrites or cuts the text: a legal form held, template code, a head
# in lenticular brackets, a quoted name, a count after the name
_BRACKET_FORMS = (
    "해울전자(주)(대표 홍길동, 이하 해울전자)와 ㈜누리(이하 누리)가 손잡았다.",
    "$txt=\"해울시청(시장 김철수)과 누리재단(이사장 박영희, 이하 '누리')",
    "해울경찰서【서장 홍길동(洪吉童)】와 누리소방서(서장 이몽룡) 관계자",
    "주식회사해울(이하 해울) 및 누리협회(회장 성춘향·이하 협회), 아라대학교(총장 변학도)",
    "기업10곳(이하 참여사)과 해울농협(조합장 김구, 약칭 ‘해울’)",
)


def test_every_name_a_bracket_gives_is_written_in_it() -> None:
    """What lets `expand_short_names` pass over a bracket naming none of the names asked."""
    checked = 0
    for text in [*_texts(), *_BRACKET_FORMS]:
        for m in org_names._named_brackets(text):
            c = orgs.parse_piece(text, m.start(), m.end())
            if c is None:
                continue
            for name in (c.name, *c.aliases):
                assert org_names._may_name(m.group(0), {name}), (m.group(0), name)
                checked += 1
    assert checked > 100


def test_word_before_a_name_as_the_plain_search() -> None:
    from summarizer.structure import party_repair

    rnd = random.Random(5)
    texts = [
        *_texts(),
        "협의회 동성동 협의회와",
        " 협의회\n\n(서동면 협의회) 서동면  협의회가",
        "협의회",
    ]
    compared = found = 0
    for text in texts:
        words = [w.strip("()“”‘’,.") for w in text.split()]
        names = [w[: rnd.randint(1, len(w))] for w in rnd.sample(words, min(25, len(words))) if w]
        for name in [*names, "협의회", "없는이름"]:
            plain = re.search(
                rf"(?<![가-힣A-Za-z0-9])(\S+)\s+{re.escape(name)}"
                rf"(?=(?:{party_repair._PARTICLE})?(?![가-힣]))",
                text,
            )
            got = party_repair._word_before(text, name)
            assert got == (plain and (plain.group(1), *plain.span())), (text, name)
            compared += 1
            found += plain is not None
    assert compared > 500 and found > 50


def test_inside_a_quote_as_the_plain_form() -> None:
    from summarizer.structure.quote_marks import Seg, covered

    rnd = random.Random(11)
    for _ in range(300):
        segs = []
        for _ in range(rnd.randint(0, 8)):
            a = rnd.randint(0, 200)
            segs.append(Seg(a, a + rnd.randint(0, 40)))
        inside = covered(segs)
        for i in range(-2, 245):
            assert inside(i) == any(s.open <= i <= s.close for s in segs), (segs, i)
