"""Is an English party name another rendering of the same body, or the name of another body?

`Australian Ministry of Foreign Affairs` for 호주 외교부 (officially the Department of Foreign
Affairs and Trade), `Cheil Hospital` for 제일병원 (officially Cheil General Hospital & Women's
Healthcare Center), `BNK Gyeongnam Bank` for BNK경남은행 (officially BNK Kyongnam Bank): not the
official name, but the same body described or romanised otherwise. Such a name shares a
distinctive word with the body's English names or abbreviation, or romanises part of its Korean
name. A name the glossary gives to ANOTHER body (MOTIE for 중소벤처기업부) is a mix-up instead.
"""

from __future__ import annotations

import re
import unicodedata

from summarizer.english.variants import fold, syllable_pattern
from summarizer.glossary import Entry, Glossary
from summarizer.lazy import lazy_compile
from summarizer.models import BriefingParty, ClaimCheck
from summarizer.verify.attribution import cite
from summarizer.verify.literal import unspaced

# Words any body's English name may hold: they say what kind of body, not which one.
_GENERIC = frozenset(
    (
        "a", "an", "the", "of", "and", "for", "in", "on", "at", "to", "with", "de", "la", "korea",
        "korean", "republic", "national", "international", "global", "general", "central", "public",
        "state", "ministry", "ministries", "department", "agency", "agencies", "office", "bureau",
        "service", "services", "administration", "commission", "committee", "council", "authority",
        "board", "corporation", "corp", "company", "co", "ltd", "inc", "group", "holdings",
        "institute", "institution", "center", "centre", "foundation", "association", "federation",
        "society", "union", "chamber", "university", "college", "school", "hospital", "clinic",
        "medical", "bank", "financial", "city", "county", "district", "province", "provincial",
        "metropolitan", "government", "special", "self", "governing", "new", "australian", "american",
        "japanese", "chinese", "british", "french", "german",
    )
)  # fmt: skip


_WORDS_RE1 = lazy_compile(r"[a-z0-9]+")


def _words(name: str) -> set[str]:
    text = unicodedata.normalize("NFKC", name)
    return {w for w in _WORDS_RE1.findall(text.casefold()) if w not in _GENERIC}


_ROMANISES_RE1 = lazy_compile(r"[가-힣]{2,}")


def _romanises(word: str, korean: str) -> bool:
    """`gyeongnam` romanises 경남 in `BNK경남은행`; `cheil` 제일 in `제일병원` (two syllables or more)."""
    runs = _ROMANISES_RE1.findall(korean)
    target = fold(word)
    if len(target) < 3:
        return False
    for run in runs:
        for i in range(len(run) - 1):
            for j in range(i + 2, len(run) + 1):
                pattern = "".join(syllable_pattern(ch) for ch in run[i:j])
                if re.fullmatch(pattern, target):
                    return True
    return False


_INITIALS_ABBREVIATE_RE1 = lazy_compile(r"[A-Za-z]+")
_INITIALS_ABBREVIATE_RE2 = lazy_compile(r"[\s&(]")


def _initials_abbreviate(claim: str, entry: Entry) -> bool:
    """`Korea Electric Power Technology` for KEPCO E&C: the claim's initials start the acronym."""
    words = [
        w
        for w in _INITIALS_ABBREVIATE_RE1.findall(claim)
        if w.casefold() not in {"of", "and", "the"}
    ]
    initials = "".join(w[0] for w in words).casefold()
    if len(initials) < 3:
        return False
    for abbr in (entry.abbr, *(r.abbr for r in entry.renames)):
        head = _INITIALS_ABBREVIATE_RE2.split(abbr or "")[0].casefold()
        if len(head) >= 3 and (head.startswith(initials[:3]) and initials.startswith(head[:3])):
            return True
    return False


def same_body_rendering(claim: str, entry: Entry, korean_names: list[str]) -> bool:
    """Whether `claim` names the body of `entry` other than officially (not another body)."""
    own = set().union(*(_words(n) for n in entry.english_names))
    own |= {fold(a) for a in (entry.abbr, *(r.abbr for r in entry.renames)) if a}
    words = _words(claim)
    if words & own or _initials_abbreviate(claim, entry):
        return True
    return any(_romanises(w, k) for w in words for k in korean_names)


def other_body(glossary: Glossary, claim: str, entry: Entry) -> Entry | None:
    """The glossary body `claim` officially names, when that is not `entry`'s body."""
    other = glossary.lookup(claim) if claim.strip() else None
    if other is None or other.ko == entry.ko:
        return None
    return other


_KEY_RE1 = lazy_compile(r"\W+")


def check_english_duplicates(parties: list[BriefingParty]) -> list[ClaimCheck]:
    """Two parties given the same English name: at least one of them is misnamed (not re-asked)."""

    def key(name: str) -> str:
        return _KEY_RE1.sub(" ", name).casefold().strip()

    checks = []
    for i, party in enumerate(parties):
        twins = [
            p.name_ko for j, p in enumerate(parties)
            if j != i and party.name_en and p.name_en and key(p.name_en) == key(party.name_en)
            and unspaced(p.name_ko) != unspaced(party.name_ko)
        ]  # fmt: skip
        if twins:
            note = f"is also given as the English name of {cite(twins[0])}, another party"
            checks.append(
                ClaimCheck(
                    field=f"parties[{i}].name_en", kind="name_en", claim=party.name_en or "",
                    status="unsupported", note=note,
                )
            )  # fmt: skip
    return checks


__all__ = ["check_english_duplicates", "other_body", "same_body_rendering"]
