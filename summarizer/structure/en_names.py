"""An English body's name as the text gives it in full: `industry ministry` -> `Ministry of
Trade, Industry and Energy`, `KOTRA` -> `Korea Trade-Investment Promotion Agency`."""

from __future__ import annotations

import re

from summarizer.lazy import lazy_compile

_CAP_RUN = lazy_compile(r"[A-Z][\w&-]*(?:(?:\s+|,\s+)(?:[A-Z][\w&-]*|of|and|for|the|on))*")
_NOT_START = lazy_compile(
    r"^(?:of|and|for|the|on|The|CEO|President|Minister|Chairman|Director|Under|With|By)$"
)


# `state-run`, `national`: how a wire describes a body, seldom part of its name
_LOOSE_WORDS = {
    "state", "state-run", "state-owned", "national", "government", "public", "top", "leading",
    "main", "largest", "biggest", "local", "regional", "new", "official", "chief",
}  # fmt: skip


def full_name(text: str, desc: str) -> tuple[str, list[str]] | None:
    """`industry ministry` -> `Ministry of Trade, Industry and Energy`: the first capitalised name
    in the text holding every word of the description (its acronym too, when one follows)."""
    words = set(desc.lower().split()) - _LOOSE_WORDS
    for m in _CAP_RUN.finditer(text):
        run = m.group(0)
        if text[m.end() : m.end() + 1] in ("'", "’"):  # `…, Japan's`: the next name's owner
            run = re.sub(r"[,\s]*(?:\s(?:and|of|for|the|on))?\s+[A-Z][\w&-]*$", "", run)
        # `A Agency and the B Council`, `A, B, and C`: a list of names, not one
        pos = 0
        for cut in [*re.finditer(r"\s+and\s+the\s+|,\s+and\s+", run), None]:
            seg = run[pos : cut.start() if cut else len(run)]
            found = _holding(seg, words)
            if found is not None:
                end = m.start() + pos + len(seg)
                after = re.match(r"\s*\(([A-Z][A-Za-z&-]{1,10})\)", text[end:])
                return found, [after.group(1)] if after else []
            pos = cut.end() if cut else pos
    return None


def _holding(run: str, words: set[str]) -> str | None:
    """The shortest tail of `run`, starting at a name's first word, that holds every word."""
    run = re.sub(r"(?:,?\s+(?:of|and|for|the|on))+$", "", run)
    tokens = list(re.finditer(r"[^\s,]+", run))
    starts = [
        t.start()
        for k, t in enumerate(tokens)
        if not _NOT_START.match(t.group(0))
        and (k == 0 or re.search(r"(?:,|\b[Tt]he)\s*$", run[: t.start()]))
    ]
    for st in reversed(starts):
        if all(_stem_in(w, run[st:]) for w in words):
            return run[st:]
    return None


def _stem_in(word: str, name: str) -> bool:
    """`fishery` in `Ministry of Oceans and Fisheries`: a word or its stem (plural, -ies)."""
    forms = {word, word + "s", word + "es", re.sub(r"y$", "ies", word)}
    return any(w.lower() in forms for w in re.findall(r"[^\s,-]+", name))


def spelled_out(text: str, acronym: str) -> str | None:
    """`KOTRA` -> `Korea Trade-Investment Promotion Agency` from `… Agency (KOTRA)` on one line."""
    pat = re.compile(
        r"((?:[A-Z][\w&'.-]*)(?:[ \t]+(?:[A-Z][\w&'.-]*|of|and|for|on|the|in))*)[ \t]*\("
        + re.escape(acronym)
        + r"[),]"
    )
    for m in pat.finditer(text):
        words = m.group(1).split()
        while words and (re.fullmatch(r"[A-Z]{2,}", words[0]) or _NOT_START.match(words[0])):
            words.pop(0)  # `PRESS RELEASE Korea …`, `The …`
        if len(words) >= 2:
            return " ".join(words)
    return None


# the words an acronym passes over (`National Council for Arts and Culture (NCAC)`)
_SMALL_WORDS = frozenset({"of", "and", "for", "the", "on", "in", "at", "to", "&", "de", "du", "la"})


def spells(name: str, acronym: str) -> bool:
    """Whether `acronym` is made of the opening letters of `name`'s words, in order, its first
    word giving the first (`NCAC` of `National Council for Arts and Culture`, `KOSEF` of `Korea
    Science and Engineering Foundation`, `USACE` of `U.S. Army Corps of Engineers`); a word may
    give more than one letter and a later word none (`NRF` of `National Research Foundation of
    Korea`)."""
    letters = re.sub(r"[^A-Za-z0-9]", "", acronym).upper()
    words = [
        re.sub(r"[^A-Za-z0-9]", "", w).upper()
        for w in re.split(r"[\s-]+", name)
        if w and w.lower() not in _SMALL_WORDS
    ]
    words = [w for w in words if w]
    if len(letters) < 2 or not words or not letters.startswith(words[0][:1]):
        return False
    return _spell(words, 0, letters, 0, first=True)


def _spell(words: list[str], k: int, letters: str, i: int, first: bool = False) -> bool:
    if i == len(letters):
        return True
    if k == len(words):
        return False
    word = words[k]
    n = 0
    while n < len(word) and i + n < len(letters) and word[n] == letters[i + n]:
        n += 1
        if _spell(words, k + 1, letters, i + n):
            return True
    return not first and _spell(words, k + 1, letters, i)  # (a word giving no letter)


__all__ = ["full_name", "spelled_out", "spells"]
