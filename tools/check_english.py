"""Render provided answers as English briefings and report Korean left outside its places.

    uv run python tools/check_english.py ../shared/eval-real ../shared/eval

Each corpus folder has `answers/<id>.json` (field "answer" is a Briefing) and `docs/<id>.*`.
The answer is verified against its document as the pipeline would, rendered as Markdown, text
and the review page, and every stretch of Hangul outside brackets that follow an English
rendering and outside quotation marks is listed. Exit 1 when any is found.
"""

from __future__ import annotations

import json
import sys
from datetime import datetime
from pathlib import Path

from summarizer import extract_facts, read_document
from summarizer.models import Briefing, SummaryResult
from summarizer.render.english_check import stray_korean
from summarizer.verify import verify_briefing

NOW = datetime(2026, 12, 1, 12, 0)


def result_for(answer: Path, docs: Path) -> SummaryResult | None:
    """The verified result of one provided answer, or None when its document is missing."""
    raw = json.loads(answer.read_text(encoding="utf-8"))
    briefing = Briefing.model_validate(raw.get("answer") or raw.get("briefing"))
    found = sorted(docs.glob(answer.stem + ".*")) or sorted(docs.glob(answer.stem + "-*"))
    match = raw.get("match")
    docs_read = [read_document(p) for p in found]
    # Several candidates: the one holding the answer's `match` line.
    doc = next((d for d in docs_read if match and match in d.text), None)
    if doc is None and len(docs_read) == 1:
        doc = docs_read[0]
    if doc is None:
        return None
    facts = extract_facts(doc)
    report = verify_briefing(briefing, doc.text, facts)
    return SummaryResult(mode="model", briefing=briefing, report=report, facts=facts)


def main(corpora: list[str]) -> int:
    total = leaking = 0
    for corpus in map(Path, corpora):
        for answer in sorted((corpus / "answers").glob("*.json")):
            result = result_for(answer, corpus / "docs")
            if result is None:
                print(f"{answer}: no document", file=sys.stderr)
                continue
            total += 1
            stray = stray_korean(result, NOW)
            found = sorted({s for words in stray.values() for s in words})
            if found:
                leaking += 1
                print(f"{answer}: {len(found)} stray: {' | '.join(found[:12])}")
    print(f"{total - leaking}/{total} briefings have no stray Korean")
    return 1 if leaking else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["../shared/eval-real", "../shared/eval"]))
