"""Lists of organisation names that share their parts: `영동·황간·학산농협` (one ending for
all), `대·중소기업농어업협력재단` (a dotted syllable that opens one name)."""

from __future__ import annotations

from summarizer.lazy import lazy_compile
from summarizer.lexicon import (
    BRANCH_SUFFIXES,
    JOINT_OFFICE_KINDS,
    MUNICIPAL_SYLLABLES,
    MUNICIPALITIES,
    ORG_SUFFIXES,
    alternation,
)
from summarizer.structure.party_words import is_body

# (compiled once: a pattern given as a string to `re.match` is looked up in `re`'s cache at
# every call, and compiled again, ~0.4 ms with its syllable class, once other patterns have
# pushed it out)
_DOT = lazy_compile(r"\s*[·ㆍ]\s*")
_SYLLABLE = lazy_compile(r"\s*[가-힣]\s*")
_SYLLABLES = lazy_compile(r"[가-힣]+")
_STEM = lazy_compile(r"[가-힣]{1,4}")
_TOWNS = frozenset(MUNICIPALITIES)


def joined(text: str, a: int, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`대·중소기업농어업협력재단`: a single syllable before a middle dot opens the name, it is
    no name of its own."""
    out: list[tuple[int, int]] = []
    for x, y in spans:
        if out:
            px, py = out[-1]
            gap = text[a + py : a + x]
            if _DOT.fullmatch(gap) and _SYLLABLE.fullmatch(text[a + px : a + py]):
                out[-1] = (px, y)
                continue
        out.append((x, y))
    return out


_ORG_END = lazy_compile(alternation((*ORG_SUFFIXES, *BRANCH_SUFFIXES)) + r"$")
# `A협회 B협회와 각각`: two words that end in the same kind of body are two bodies (a body's own
# unit is of another kind: `A협회 중앙회`, `A대학교 약학대학`, `A공사 충남지역본부`)
_SAME_KIND = lazy_compile(
    r"(?P<a>[가-힣A-Za-z0-9]{1,20}?(?P<kind>" + alternation(ORG_SUFFIXES) + r"))"
    r"\s+(?P<b>[가-힣A-Za-z0-9]{1,20}?(?P=kind))"
)


_KINDS = tuple(ORG_SUFFIXES)


def same_kind_pair(text: str, x: int, y: int) -> list[tuple[int, int]]:
    """`A협회 B협회` (a comma left out) as the two spans of its bodies; else the span itself.

    Only two words, the second ending in a body's kind, can be such a pair: others are not
    matched (the pattern tries every kind at every character of the first word)."""
    lead = len(text[x:y]) - len(text[x:y].lstrip())
    end = min(y, len(text))  # `len(text[:y].rstrip())`, without copying the text up to `y`
    while end > 0 and text[end - 1].isspace():
        end -= 1
    words = text[x + lead : end].split()
    if len(words) != 2 or not words[1].endswith(_KINDS):
        return [(x, y)]
    m = _SAME_KIND.fullmatch(text, x + lead, end)
    if m is None or m.group("a") == m.group("kind") or m.group("b") == m.group("kind"):
        return [(x, y)]
    return [m.span("a"), m.span("b")]


def shared_suffix(text: str, a: int, spans: list[tuple[int, int]]) -> dict[tuple[int, int], str]:
    """`영동·황간·추풍령·학산농협`: the last name's ending is each dotted name's (`영동농협`)."""
    out: dict[tuple[int, int], str] = {}
    run: list[tuple[int, int]] = []
    for i, (x, y) in enumerate(spans):
        run.append((x, y))
        dotted = i + 1 < len(spans) and _DOT.fullmatch(text[a + y : a + spans[i + 1][0]])
        if dotted:
            continue
        if len(run) < 2:  # (a name alone shares no ending: its last word is not read)
            run = []
            continue
        last = _SYLLABLES.match(text[a + x : a + y].strip())
        end = _ORG_END.search(last.group(0)) if last else None
        stems = [text[a + rx : a + ry].strip() for rx, ry in run[:-1]]
        if end is None and last is not None and (place := _place_ending(stems, last.group(0))):
            # `창원ㆍ밀양ㆍ사천시`, `영동·음성군`: towns written with the last one's ending
            for rx, ry in run[:-1]:
                out[(rx, ry)] = place
            run = []
            continue
        if end and end.group(0) in JOINT_OFFICE_KINDS:
            run = []  # (`동작·관악교육지원청`: one office for both districts, `_joint_offices`)
            continue
        if end and any(is_body(w) for w in stems):
            run = []  # (`가람대·다온건설·누리공단`: names each whole, no ending shared)
            continue
        if end:
            shared = _shared_ending(stems, last.group(0) if last else "", end.group(0))
            for (rx, ry), word in zip(run[:-1], stems, strict=True):
                # `인천광역시·옹진군·농협중앙회`: a town of its own takes no body's ending
                town = len(word) >= 2 and word[-1] in MUNICIPAL_SYLLABLES
                if _STEM.fullmatch(word) and not _ORG_END.search(word) and not town:
                    out[(rx, ry)] = shared
        run = []
    return out


def _place_ending(stems: list[str], last: str) -> str | None:
    """The town ending (`시`, `군`, `구`) a dotted list's last name carries and every stem
    before it lacks, when each stem is a town's short name (`창원`, `밀양`; lexicon
    MUNICIPALITIES): the stems are those towns, not words of a phrase (`교육·연구`)."""
    if len(last) < 2 or last[-1] not in MUNICIPAL_SYLLABLES:
        return None
    if not stems or not all(w in _TOWNS for w in stems):
        return None
    return last[-1]


def _shared_ending(stems: list[str], last: str, suffix: str) -> str:
    """The ending the dotted stems share with the last name: what follows its stem, the stem
    as long as most of the others (`성북·강북·노원문화재단`: `문화재단`, not the bare `재단`);
    the body's own ending when that is shorter (`추풍령·학산농협`: `농협`)."""
    lengths = [len(w) for w in stems if w]
    if not lengths:
        return suffix
    common = max(set(lengths), key=lambda n: (lengths.count(n), -n))
    ending = last[common:]
    if len(ending) > len(suffix) and ending.endswith(suffix):
        return ending
    return suffix
