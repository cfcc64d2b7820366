"""Mutants and the small helpers that build them: paths into a briefing dict and text sites."""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from random import Random
from typing import Any

from redteam_kit.corpus import Case

Answer = dict[str, Any]


@dataclass
class Mutant:
    """One answer with exactly one realistic error in it."""

    cls: str
    case: str
    paths: list[str]  # the fields the error sits in (a check on any of them may catch it)
    before: str
    after: str
    answer: Answer = field(repr=False)
    dropped: bool = False  # a value left out: caught by a new recall warning, not only a flag


Mutator = Callable[[Case, Answer, Random], Iterator[Mutant]]
_STEP = re.compile(r"([A-Za-z_]+)(?:\[(\d+)\])?")


def _steps(path: str) -> list[str | int]:
    out: list[str | int] = []
    for part in path.split("."):
        m = _STEP.fullmatch(part)
        assert m is not None, path
        out.append(m.group(1))
        if m.group(2) is not None:
            out.append(int(m.group(2)))
    return out


def get(answer: Answer, path: str) -> Any:
    """The value at `quotes[0].text_ko` (None when absent)."""
    node: Any = answer
    for step in _steps(path):
        try:
            node = node[step]
        except (KeyError, IndexError, TypeError):
            return None
    return node


def put(answer: Answer, path: str, value: Any) -> Answer:
    """A deep copy of `answer` with `path` set to `value`."""
    out = copy.deepcopy(answer)
    node: Any = out
    steps = _steps(path)
    for step in steps[:-1]:
        node = node[step]
    node[steps[-1]] = value
    return out


def make(cls: str, case: Case, answer: Answer, path: str, value: Any) -> Mutant:
    """A mutant that sets one field."""
    before = get(answer, path)
    return Mutant(
        cls,
        f"{case.set}/{case.name}",
        [path],
        _show(before),
        _show(value),
        put(answer, path, value),
    )


def _show(value: Any) -> str:
    text = str(value)
    return text if len(text) <= 90 else text[:87] + "..."


def prose_fields(answer: Answer, *, english: bool) -> list[tuple[str, str]]:
    """(path, text) of the prose fields in one language: titles, summaries, quote/commitment text."""
    lang = "en" if english else "ko"
    out: list[tuple[str, str]] = []
    if english:
        out += [
            ("title_en", answer.get("title_en") or ""),
            ("headline_en", answer.get("headline_en") or ""),
        ]
    else:
        out += [("title_ko", answer.get("title_ko") or "")]
    out += [(f"summary_{lang}[{i}]", s) for i, s in enumerate(answer.get(f"summary_{lang}") or [])]
    for kind in ("quotes", "commitments"):
        out += [
            (f"{kind}[{i}].text_{lang}", x.get(f"text_{lang}") or "")
            for i, x in enumerate(answer.get(kind) or [])
        ]
    return [(p, t) for p, t in out if t]


def text_sites(
    cls: str, case: Case, answer: Answer, fields: list[tuple[str, str]],
    pattern: re.Pattern[str], replace: Callable[[re.Match[str]], str | None],
) -> Iterator[Mutant]:  # fmt: skip
    """One mutant per match of `pattern` in `fields`, the match replaced by `replace(m)`."""
    for path, text in fields:
        for m in pattern.finditer(text):
            new = replace(m)
            if new is None or new == m.group(0):
                continue
            changed = text[: m.start()] + new + text[m.end() :]
            mutant = make(cls, case, answer, path, changed)
            mutant.before, mutant.after = _context(text, m.start(), m.end()), new
            yield mutant


def _context(text: str, start: int, end: int) -> str:
    lo, hi = max(0, start - 25), min(len(text), end + 25)
    return (
        ("…" if lo else "")
        + text[lo:start]
        + "["
        + text[start:end]
        + "]"
        + text[end:hi]
        + ("…" if hi < len(text) else "")
    )


def squash(text: str | None) -> str:
    """A name without spaces, for comparing names."""
    return re.sub(r"\s+", "", text or "")
