"""Every provided answer renders as English with no stray Korean (own answers; ../shared if present)."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from summarizer import extract_facts, read_document
from summarizer.models import Briefing, SummaryResult
from summarizer.render.english_check import stray_korean
from summarizer.verify import verify_briefing

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
NOW = datetime(2026, 12, 1, 12, 0)
OWN = sorted((ROOT / "tests" / "reference_answers").glob("*.json"))
CORPORA = [SHARED / "eval-real", SHARED / "eval"]
PEOPLE_EN = {
    "parties": ("signatory_en", "signatory_title_en"),
    "quotes": ("speaker_en", "title_en", "org_en"),
    "contacts": ("name_en", "title_en", "department_en"),
}


def _result(briefing: Briefing, doc_path: Path) -> SummaryResult:
    doc = read_document(doc_path)
    facts = extract_facts(doc)
    report = verify_briefing(briefing, doc.text, facts)
    return SummaryResult(mode="model", briefing=briefing, report=report, facts=facts)


def _without_english_people(raw: dict[str, object]) -> Briefing:
    """The answer as a model that leaves out every English person field would give it."""
    briefing = Briefing.model_validate(raw)
    for kind, fields in PEOPLE_EN.items():
        for item in getattr(briefing, kind):
            for name in fields:
                setattr(item, name, None)
    return briefing


@pytest.mark.parametrize("answer", OWN, ids=[p.stem for p in OWN])
def test_own_answers_have_no_stray_korean(answer: Path) -> None:
    raw = json.loads(answer.read_text(encoding="utf-8"))["briefing"]
    doc = next((ROOT / "examples").glob(answer.stem + ".*"))
    for briefing in (Briefing.model_validate(raw), _without_english_people(raw)):
        assert stray_korean(_result(briefing, doc), NOW) == {"markdown": [], "text": [], "html": []}


def _shared_answers() -> list[tuple[Path, Path]]:
    pairs = []
    for corpus in CORPORA:
        for answer in sorted((corpus / "answers").glob("*.json")):
            raw = json.loads(answer.read_text(encoding="utf-8"))
            docs = sorted((corpus / "docs").glob(answer.stem + ".*"))
            docs = docs or sorted((corpus / "docs").glob(answer.stem + "-*"))
            match = raw.get("match") or ""
            doc = next((d for d in docs if match and match in read_document(d).text), None)
            if doc is None and len(docs) == 1:
                doc = docs[0]
            if doc is not None:
                pairs.append((answer, doc))
    return pairs


SHARED_PAIRS = _shared_answers() if SHARED.is_dir() else []


@pytest.mark.skipif(not SHARED_PAIRS, reason="../shared answers are not present")
@pytest.mark.parametrize(
    ("answer", "doc"),
    SHARED_PAIRS,
    ids=[f"{a.parent.parent.name}/{a.stem}" for a, _ in SHARED_PAIRS],
)
def test_shared_answers_have_no_stray_korean(answer: Path, doc: Path) -> None:
    raw = json.loads(answer.read_text(encoding="utf-8"))
    briefing = Briefing.model_validate(raw.get("answer") or raw.get("briefing"))
    assert stray_korean(_result(briefing, doc), NOW) == {"markdown": [], "text": [], "html": []}
