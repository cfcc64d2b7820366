"""Correct answers and the documents they answer, from the project and from ../shared when present.

Three answer sets are read at run time and never copied into the project:
- `project`: `tests/reference_answers/*.json` (`briefing`) answering `examples/*`;
- `eval`: `../shared/eval/answers/*.json` (`answer`) answering `../shared/eval/docs/*`;
- `real`: `../shared/eval-real/answers/*.json` (`answer`) answering `../shared/eval-real/docs/*`.
plus `fixtures`: the harness's own hand-written release snippets in `tests/verify/redteam/`.
Each answer names a line of its document (`match`); the document is the one containing it.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from summarizer.extract import extract_facts
from summarizer.models import Briefing, FactsResult
from summarizer.reading import read_document

ROOT = Path(__file__).resolve().parents[2]
SETS: dict[str, tuple[Path, Path]] = {
    "project": (ROOT / "tests" / "reference_answers", ROOT / "examples"),
    "fixtures": (
        ROOT / "tests" / "verify" / "redteam" / "answers",
        ROOT / "tests" / "verify" / "redteam" / "docs",
    ),
    "eval": (ROOT.parent / "shared" / "eval" / "answers", ROOT.parent / "shared" / "eval" / "docs"),
    "real": (
        ROOT.parent / "shared" / "eval-real" / "answers",
        ROOT.parent / "shared" / "eval-real" / "docs",
    ),
}


@dataclass
class Case:
    """One correct answer with the document it answers, read and extracted as the pipeline does."""

    set: str
    name: str
    doc: Path
    text: str
    facts: FactsResult
    briefing: Briefing


class CorpusError(Exception):
    """An answer set that cannot be read (shown as a one-line error)."""


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _find_doc(match: str, stem: str, docs: list[tuple[Path, str]]) -> tuple[Path, str] | None:
    key = _squash(match)
    hits = [(p, t) for p, t in docs if key and key in _squash(t)]
    if len(hits) > 1:
        hits = [h for h in hits if h[0].stem.startswith(stem)] or hits[:1]
    return hits[0] if hits else None


def available(name: str) -> bool:
    """True when the answer set's answers and documents exist on this machine."""
    answers, docs = SETS[name]
    return answers.is_dir() and docs.is_dir() and any(answers.glob("*.json"))


def _gold_date(docs_dir: Path, doc: Path) -> str | None:
    """The annotated publication date of a document (../shared gold files), if there is one."""
    gold = docs_dir.parent / "gold" / f"{doc.stem}.json"
    try:
        value = json.loads(gold.read_text(encoding="utf-8")).get("reference_date")
    except (OSError, ValueError, AttributeError):
        return None
    return value if isinstance(value, str) else None


def load_set(name: str, *, gold_dates: bool = False) -> list[Case]:
    """Every answer of set `name` whose document is found, in file-name order.

    The reference date is found as the pipeline finds it, or with `gold_dates` taken from the
    set's gold annotation where it has one (as if the user passed `--reference-date`).
    """
    if name not in SETS:
        raise CorpusError(f"unknown answer set {name!r}: use one of {', '.join(SETS)}")
    if not available(name):
        return []
    return load_dirs(name, *SETS[name], gold_dates=gold_dates)


def extra_set(spec: str) -> tuple[str, Path, Path]:
    """`ANSWERS_DIR:DOCS_DIR`, an answer set kept outside the project (e.g. a private held-out set)."""
    answers, sep, docs = spec.partition(":")
    if not sep or not Path(answers).is_dir() or not Path(docs).is_dir():
        raise CorpusError(f"--extra {spec!r}: give ANSWERS_DIR:DOCS_DIR, two existing folders")
    return f"extra:{Path(answers).name}", Path(answers), Path(docs)


def load_dirs(
    name: str, answers_dir: Path, docs_dir: Path, *, gold_dates: bool = False
) -> list[Case]:
    """Every answer in `answers_dir` with the document of `docs_dir` containing its match line."""
    docs = []
    for path in sorted(p for p in docs_dir.iterdir() if p.is_file() and p.suffix != ".md"):
        doc = read_document(path)
        docs.append((path, doc.text))
    cases = []
    for path in sorted(answers_dir.glob("*.json")):
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            answer = raw.get("briefing") or raw.get("answer")
            briefing = Briefing.model_validate(answer)
        except (ValueError, AttributeError) as exc:
            raise CorpusError(f"{path}: not an answer file ({str(exc).splitlines()[0]})") from None
        found = _find_doc(str(raw.get("match", "")), path.stem, docs)
        if found is None:
            raise CorpusError(f"{path}: no document in {docs_dir} contains its match line")
        doc = read_document(found[0])
        reference = _gold_date(docs_dir, found[0]) if gold_dates else None
        facts = extract_facts(doc, reference_date=reference)
        cases.append(Case(name, path.stem, found[0], doc.text, facts, briefing))
    return cases


def load(names: list[str], *, gold_dates: bool = False) -> list[Case]:
    """The cases of several sets, in the order given."""
    return [case for name in names for case in load_set(name, gold_dates=gold_dates)]
