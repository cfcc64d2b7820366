"""The fast paths of the structure layer give what the plain forms they replace give.

Each fast form (a search instead of a walk per character, a regex that skips ahead, a pattern
tried only where a match can start) is compared with the plain form on the bundled documents
and on many generated strings: an edit that breaks the assumption a fast path rests on (say, a
branch of `EN_LEAD` that opens with a bracket) fails here.
"""

from __future__ import annotations

import difflib
import random
import re

import pytest
from fast_path_helpers import bundled, soup, spans

from summarizer.structure import _signed
from summarizer.structure.en_leads import EN_LEAD, leads
from summarizer.structure.event import _CUE_KO
from summarizer.structure.header import _ORG_ONLY
from summarizer.structure.items import similar, squash
from summarizer.structure.lines import _EOL, _lines_once, iter_sentences
from summarizer.structure.org_names import _NAMED_BRACKET, _named_brackets
from summarizer.structure.orgs import split_outside_brackets
from summarizer.structure.page_shape import is_english

TEXTS = bundled()


def test_bundled_documents_are_there() -> None:
    assert len(TEXTS) >= 10


def test_english_leads_are_those_of_the_whole_pattern() -> None:
    words = [
        "Under ", "the ", "agreement", ", ", "two ", "sides ", "will ", "share ", "data", ". ",
        "The ", "MOU ", "covers ", "Each ", "city ", "and ", "Korea ", "agreed ", "to ", "\n",
        "with ", "both ", "partners ", "In ", "İn ", "ſ", "KIA ", "-- ", "(", "가나 ",
        # (the words a page must hold to be walked at all, in other cases and folds)
        "wİll ", "wıll ", "WILL ", "THE ", "tHe ", "are ", "goıng ", "PLEDGED ", "vowing ",
        "want ", "WANT to ", "plan on ", "Three ", "four ",
    ]  # fmt: skip
    for text in TEXTS + soup(words, 4000, seed=1, most=25):
        assert spans(leads(text)) == spans(EN_LEAD.finditer(text)), text


def _split_walk(s: str, seps: str) -> list[tuple[int, int]]:
    """split_outside_brackets as it read every character."""
    sep = re.compile(seps)
    depth, out, pos, i = 0, [], 0, 0
    while i < len(s):
        ch = s[i]
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            m = sep.match(s, i)
            if m and m.end() > i:
                out.append((pos, i))
                pos = i = m.end()
                continue
        i += 1
    out.append((pos, len(s)))
    return [(a, b) for a, b in out if s[a:b].strip()]


DEFAULT_SEPS = r",\s*|\s*[·ㆍ]\s*|\s+및\s+|(?<=[가-힣A-Za-z0-9)])(?:와|과)\s+"


@pytest.mark.parametrize(
    "seps", [DEFAULT_SEPS, r"\s*[-·ㆍ]\s*", r"\s*[·ㆍ,/]\s*|\s+및\s+", r"x*", r"\)?,"]
)
def test_split_outside_brackets_as_a_walk_would(seps: str) -> None:
    words = ["가", "a", "1", "(", ")", " ", ",", "·", "ㆍ", " 및 ", "와 ", "과", "-", "/", "x"]
    for s in soup(words, 6000, seed=2):
        got = split_outside_brackets(s) if seps == DEFAULT_SEPS else split_outside_brackets(s, seps)
        assert got == _split_walk(s, seps), (s, seps)


def test_bracketed_names_found_back_from_each_bracket() -> None:
    plain = re.compile(r"[가-힣A-Za-z0-9]{2,30}\([^()\n]{1,40}\)")
    long = "가나다라마바사아자차카타파하" * 3
    words = ["가", "a", "1", "(", ")", " ", "\n", "이하 ", long, "((", "x)"]
    for text in TEXTS + soup(words, 6000, seed=3):
        assert spans(_named_brackets(text)) == spans(plain.finditer(text)), text
        assert spans(_NAMED_BRACKET.finditer(text)) == spans(plain.finditer(text)), text


def _similar_plain(a: str, b: str) -> bool:
    x, y = squash(a), squash(b)
    if not x or not y:
        return False
    if x in y or y in x:
        return True
    m = difflib.SequenceMatcher(None, x, y)
    return m.real_quick_ratio() >= 0.8 and m.quick_ratio() >= 0.8 and m.ratio() >= 0.8


def test_similar_decides_as_difflib() -> None:
    rnd = random.Random(4)
    letters = "가나다라마바사 abc·,"
    for _ in range(20000):
        a = "".join(rnd.choice(letters) for _ in range(rnd.randint(0, 14)))
        b = list(a)
        for _ in range(rnd.randint(0, 4)):
            if b and rnd.random() < 0.5:
                b.pop(rnd.randrange(len(b)))
            else:
                b.insert(rnd.randint(0, len(b)), rnd.choice(letters))
        assert similar(a, "".join(b)) == _similar_plain(a, "".join(b)), (a, b)


def test_is_english_counts_letters() -> None:
    def plain(text: str) -> bool:
        latin = len(re.sub(r"[^A-Za-z]+", "", text))
        return latin > 2 * len(re.sub(r"[^가-힣]+", "", text))

    # (`\ud7a4`, `\ud7ff`: past the last syllable, under its UTF-16 high byte; `😀`: four
    # bytes in UTF-8, a surrogate pair in UTF-16)
    words = ["MOU ", "the ", "가", "나다", "힣", "ㄱ", "é", "\udcff", "“", "1", " ", "訓"]
    words += ["\ud7a4", "\ud7ff", "\uac00", "😀", "\u2028"]
    for text in TEXTS + soup(words, 6000, seed=5, most=20):
        assert is_english(text) == plain(text), text


def test_signing_cue_one_branch_per_word() -> None:
    plain = _CUE_KO.pattern
    grouped = re.compile(
        plain.split("|협약\\S*")[0]
        + r"|(?:협약|결연|MOU|약정|협정)\S*\s+(?:\S+\s+){0,4}?\S+에서\s+"
        + r"(?:(?:진행|개최|열렸|거행)|열린\s+[^.\n]{0,60}?(?:로|으로)\s+(?:진행|개최))"
    )
    words = [
        "협약",
        "결연",
        "MOU",
        "을 ",
        "에서 ",
        "진행",
        "개최",
        "열린 ",
        "로 ",
        " ",
        "가나 ",
        "체결",
        "서명",
        "했",
    ]
    sentences = [t[s:e] for t in TEXTS for s, e in iter_sentences(t)]
    for s in sentences + soup(words, 6000, seed=6):
        a, b = _CUE_KO.search(s), grouped.search(s)
        assert (a and a.span()) == (b and b.span()), s


def test_signed_asks_both_halves() -> None:
    whole = re.compile(
        r"협[약정](?:을|식|서|에\s*따라|[’'”」』]\s*을)|MOU|MOA|(?:양해|합의)\s*각서|memorandum|agreement"
        r"|\b(?:signed|inked|struck)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}(?:deal|pact|accord)\b",
        re.I,
    )
    words = [
        "협약",
        "을",
        "협정서",
        "양해 각서",
        "mou",
        "Signed ",
        "a ",
        "deal",
        "가",
        " ",
        "inked",
    ]
    for s in TEXTS + soup(words, 4000, seed=7):
        for start in (0, len(s) // 2):
            assert _signed(s, start) == bool(whole.search(s, start)), s


def test_org_only_line_takes_each_word_whole() -> None:
    backtracking = re.compile(r"^(?:[가-힣A-Za-z0-9]+(?:\s*[·ㆍ,]\s*|\s+)?){1,6}$")
    words = ["가", "나a", "1", " ", "·", ",", "ㆍ", "\n", "\t", ".", "-"]
    for s in soup(words, 20000, seed=8, most=10):
        assert bool(_ORG_ONLY.match(s)) == bool(backtracking.match(s)), s
    assert _ORG_ONLY.match("중소벤처기업부와한국중소기업진흥공단협약체결식개최에참석했다.") is None


def test_lines_split_the_same_with_or_without_a_regex() -> None:
    def by_regex(text: str) -> list[tuple[str, int, int]]:
        out, pos = [], 0
        for m in _EOL.finditer(text):
            out.append((text[pos : m.start()], pos, m.start()))
            pos = m.end()
        return [*out, (text[pos:], pos, len(text))]

    for text in [*TEXTS, "", "\n", "a\n\nb\n", "가\r\n나\r다\n"]:
        assert [tuple(ln)[:3] for ln in _lines_once(text)] == by_regex(text)
        assert all(ln.stripped == ln.text.strip() for ln in _lines_once(text))


def test_a_word_loses_the_particle_the_pattern_would_cut() -> None:
    from summarizer.structure.party_sentence import _PARTICLE_END, _bare

    for w in soup(
        ["와", "과", "의", "은", "는", "이", "가", "나", "다", "와의"], 20000, seed=9, most=6
    ):
        assert _bare(w) == _PARTICLE_END.sub("", w), w


def test_marked_sentences_are_those_holding_two_marks() -> None:
    from summarizer.structure.commitments import _MARK_CHAR, _marked_sentences

    def plain(text: str) -> list[tuple[int, int]]:
        at = [m.start() for m in _MARK_CHAR.finditer(text)]
        return [
            (s, e)
            for s, e in iter_sentences(text)
            if sum(s <= a < e for a in at) >= 2  # (every mark of the page asked)
        ]

    words = ["▲", "△", " ·", "·", "ㆍ", "①", "가람시는 ", "협력한다. ", "\n", "“", "”", "다.", " "]
    for text in TEXTS + soup(words, 6000, seed=8, most=16):
        assert list(_marked_sentences(text)) == plain(text), text


def test_bullet_kinds_read_as_bullet_reads_them() -> None:
    from summarizer.structure.bullets import _kind, blocks, bullet

    def plain(lines: list) -> list[list[int]]:  # type: ignore[type-arg]
        kinds = [(m := bullet(ln)) and _kind(m.group("mark")) for ln in lines]
        runs: list[list[int]] = []
        taken: set[int] = set()
        for i in range(len(lines)):
            if not kinds[i] or i in taken:
                continue
            kind, indent = kinds[i], len(lines[i].text) - len(lines[i].text.lstrip())
            run, j = [i], i + 1
            while j < len(lines):
                k, blanks = j, 0
                while k < len(lines) and (
                    (not lines[k].stripped and blanks < 1)
                    or (
                        kinds[k]
                        and kinds[k] != kind
                        and len(lines[k].text) - len(lines[k].text.lstrip()) > indent
                    )
                ):
                    blanks += not lines[k].stripped
                    k += 1
                if not (k < len(lines) and kinds[k] == kind):
                    break
                run.append(k)
                j = k + 1
            taken.update(run)
            runs.append(run)
        return runs

    words = ["▲ ", "- ", "1. ", "가. ", "가)", "나", "ㅇ ", "  ", "\n", "협력 ", "①", "(2) ", "·"]
    for text in TEXTS + soup(words, 4000, seed=9, most=24):
        lines = list(_lines_once(text))
        assert blocks(lines) == plain(lines), text
