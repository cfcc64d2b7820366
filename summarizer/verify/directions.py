"""Whose and to whom: a Korean summary line keeps the owner and the receiver the source gives.

Two slips keep every name and value of the source and still say the wrong thing:
- an owner swapped: `가람은행의 창업지원사업에 동참` where the source writes
  `누리재단의 창업지원사업에 동참` (or `가람시의 투자금액은` for another party's
  investment);
- giver and receiver swapped: `B는 직접대출 대상업체를 A에 추천` where the source writes
  `A는 직접대출 대상업체를 B에 추천`.
- a person given another party's body: `김하늘 누리대 총장은` where the source writes
  `김하늘 가람대 총장` (a speaker or signatory of the briefing, and the body as the word right
  after the name).
Each is judged only where the source writes the same noun (the owned thing, the object) with
a party right before it (`X의 N`, `N을 X에`) and never with the party the line gives. Only
doubted (`unverified`): a line in the model's words may say it another way.
"""

from __future__ import annotations

import re
import unicodedata

from summarizer.lazy import lazy_compile
from summarizer.models import Briefing, ClaimCheck
from summarizer.verify import literal
from summarizer.verify.briefing_fields import korean_names
from summarizer.verify.evidence import Evidence, claim_check, split_sentences
from summarizer.verify.literal import SOME_SPACE, occurrences

_PARTICLE = r"(?:에서|에게|으로|에|을|를|은|는|이|가|과|와|도|로)"
# `X의 N…`: an owner and the first word it owns (its particle cut off).
_OWNED = re.compile(
    r"(?<!\S)(?P<x>[^\s의]\S*?)의\s+(?P<n>[가-힣A-Za-z]{2,}?)" + _PARTICLE + r"?(?![가-힣A-Za-z])"
)
# `S는 OBJ를 R에 …`: a giver, what is given, a receiver.
_GIVEN = re.compile(
    r"(?<!\S)(?=(?P<s>\S+?)(?:은|는|이|가)\s+(?P<obj>[^,.·]{2,40}?)(?:을|를)\s+"
    r"(?P<r>\S+?)(?:에게|에)\s)"
)


def _party(token: str, names: list[set[str]]) -> int | None:
    """The one party `token` names (`BNK가람은행` and `가람은행` are one party)."""
    if len(token) < 2:
        return None
    hits = {
        k
        for k, group in enumerate(names)
        for n in group
        if token == n or token.endswith(n) or (len(token) >= 3 and n.endswith(token))
    }
    return hits.pop() if len(hits) == 1 else None


def _sentences(text: str) -> list[str]:
    folded = unicodedata.normalize("NFKC", text)
    return [s for s in split_sentences(folded) if s.strip()]


def _owners(sentences: list[str], noun: str, names: list[set[str]]) -> set[int]:
    """The parties the source writes right before `noun` (`X의 N`, `X N`)."""
    found = set()
    for s in sentences:
        for start in occurrences(s, noun):
            before = _WORD_BEFORE.search(s[:start])
            if before is not None and (k := _party(before.group(1), names)) is not None:
                found.add(k)
    return found


def _receivers(sentences: list[str], obj: str, names: list[set[str]]) -> set[int]:
    """The parties the source gives `obj` to (`OBJ를 X에 …`)."""
    found = set()
    for s in sentences:
        for m in _after_word(s, obj, None, _RECEIVER):
            if (k := _party(m.group(1), names)) is not None:
                found.add(k)
    return found


_WORD_BEFORE = re.compile(r"(\S+?)(?:의)?\s*$")
# `OBJ를 X에`: the receiver after the object; the word after a person.
_RECEIVER = re.compile(r"(?:을|를)\s+(\S+?)(?:에게|에)(?![가-힣])")
_NEXT_WORD = re.compile(r"\s+(\S+)")
_NOT_AFTER_HANGUL = re.compile(r"(?<![가-힣])")


def _after_word(
    text: str, word: str, before: re.Pattern[str] | None, after: re.Pattern[str]
) -> list[re.Match[str]]:
    """The markers' matches of `re.finditer(before + re.escape(word) + after, text)` (their
    groups are the marker's), the word found with str.find."""
    if not word:  # (an empty word: the markers alone, as the old pattern was)
        return list(re.finditer((before.pattern if before else "") + after.pattern, text))
    return [f.tail for f in literal.finditer(text, (word,), before=before, after=after) if f.tail]


def _line_slip(line: str, sentences: list[str], names: list[set[str]]) -> str | None:
    folded = unicodedata.normalize("NFKC", line)
    for m in _OWNED.finditer(folded):
        mine = _party(m.group("x"), names)
        if mine is None:
            continue
        owners = _owners(sentences, m.group("n"), names)
        if owners and mine not in owners:
            return (
                f"{m.group(0)!r}: the source writes {m.group('n')!r} as another party's, "
                f"never {m.group('x')!r}'s"
            )
    for m in _GIVEN.finditer(folded):
        giver, receiver = _party(m.group("s"), names), _party(m.group("r"), names)
        if giver is None or receiver is None or giver == receiver:
            continue
        obj = SOME_SPACE.sub(" ", m.group("obj").strip())
        receivers = _receivers(sentences, obj, names)
        if receivers and receiver not in receivers:
            return f"the source gives {obj!r} to another party, not to {m.group('r')!r}"
    return None


def _bodies_after(text: str, person: str, names: list[set[str]]) -> set[int]:
    """The parties written as the word right after a mention of `person` (`김하늘 가람대 총장`;
    in `김하늘 총장(오른쪽)과 누리재단 …` the body after the title is the next person's)."""
    found = set()
    for m in _after_word(text, person, _NOT_AFTER_HANGUL, _NEXT_WORD):
        if (k := _party(m.group(1), names)) is not None:
            found.add(k)
    return found


def _person_slip(line: str, text: str, names: list[set[str]], people: set[str]) -> str | None:
    folded = unicodedata.normalize("NFKC", line)
    for person in people:
        mine = _bodies_after(folded, person, names)
        if len(mine) != 1:
            continue
        theirs = _bodies_after(text, person, names)
        if theirs and not mine & theirs:
            return f"the source writes {person!r} with another party's name, not this line's"
    return None


_CHECK_DIRECTIONS_RE1 = lazy_compile(r"[가-힣]{2,4}")


def check_directions(ev: Evidence, briefing: Briefing) -> list[ClaimCheck]:
    """Korean summary lines that give a thing to another owner or receiver than the source, or
    a person to another party."""
    names = korean_names(briefing)
    if len(names) < 2:
        return []
    sentences = _sentences(ev.text)
    folded = unicodedata.normalize("NFKC", ev.text)
    people = {q.speaker for q in briefing.quotes if q.speaker}
    people |= {p.signatory for p in briefing.parties if p.signatory}
    people = {n for n in people if _CHECK_DIRECTIONS_RE1.fullmatch(n)}
    out = []
    for i, line in enumerate(briefing.summary_ko):
        note = _line_slip(line, sentences, names) or _person_slip(line, folded, names, people)
        if note is not None:
            out.append(claim_check(f"summary_ko[{i}]", "text", line[:60], "unverified", note=note))
    return out


_OWNER_IN_KOREAN_RE1 = lazy_compile(r"[가-힣]+")
_OWNER_IN_KOREAN_RE2 = lazy_compile(r"의|\s+[가-힣A-Za-z]|[가-힣](?<![은는이가과와도을를에])")
_OWNER_IN_KOREAN_RE3 = lazy_compile(r"(?:은|는|이|가)(?![가-힣])")


def _owner_in_korean(line: str, korean: set[str]) -> bool:
    """Whether the Korean line writes the party as an owner (`A의 N`, `A N`, `A본점`) or as its
    subject (`A는`, `A가`: the subject's own things are its). A line may name the party by the
    end of its name (`누리진흥공단` as `공단의`, `별빛은행` as `은행은`)."""
    ends = {
        n[-k:]
        for n in korean
        for k in range(2, len(n) + 1)
        if _OWNER_IN_KOREAN_RE1.fullmatch(n[-k:])
    }
    for n in korean | ends:
        for start in occurrences(line, n):
            rest = line[start + len(n) : start + len(n) + 3]
            if _OWNER_IN_KOREAN_RE2.match(rest) or (_OWNER_IN_KOREAN_RE3.match(rest)):
                return True
    return False


_EDGE = re.compile(r"\b")
_POSSESSIVE = re.compile(r"['’]s?\s")


def _owner_en(english: str, name: str) -> bool:
    """`re.search(rf"\b{re.escape(name)}['’]s?\\s", english)` (name non-empty)."""
    return literal.search(english, (name,), before=_EDGE, after=_POSSESSIVE) is not None


def check_directions_en(briefing: Briefing) -> list[ClaimCheck]:
    """English summary lines that give a thing an owner (`A's head office`) the Korean line never
    gives: a party written there only as a partner (`A, B와`), or not at all, and not the party
    the line names first."""
    names = korean_names(briefing)
    if len(names) < 2:
        return []
    english = [
        {n for n in (p.name_en, p.abbreviation) if n and len(n) >= 3} for p in briefing.parties
    ]
    out = []
    for i, (ko, en) in enumerate(zip(briefing.summary_ko, briefing.summary_en, strict=False)):
        folded = unicodedata.normalize("NFKC", ko)
        # The party the line names first leads it (`A과 B가 A 본원에서`): its venue is its own.
        named = [(pos, k) for k, g in enumerate(names) for n in g if (pos := folded.find(n)) >= 0]
        first = min(named)[1] if named else None
        for k, forms in enumerate(english):
            owned = next((f for f in forms if _owner_en(en, f)), None)
            if owned is None or k == first or _owner_in_korean(folded, names[k]):
                continue
            note = f"the English gives {owned!r} as an owner; the Korean line never does"
            out.append(claim_check(f"summary_en[{i}]", "text", en[:60], "unverified", note=note))
            break
    return out


__all__ = ["check_directions", "check_directions_en"]
