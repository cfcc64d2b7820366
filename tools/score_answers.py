"""Score model answers (briefings) against gold annotations, as answered and as verified.

Usage: uv run python tools/score_answers.py CORPUS [CORPUS ...] [--scorer PATH] [-v]
A CORPUS holds docs/, gold/ and answers/ (`../shared/eval-real`); an answer `answers/<id>.json`
(`{"answer": {...}}` or a bare briefing) is matched to `gold/<id>.json`, else to the one gold
whose name it begins (`answers/seed-mss.json`, `gold/seed-mss-fki-2024.json`). The answer's
parties, commitments, quotes and event (not its contacts, whose `-v` cell reads 0) are scored
with the shared scorer's own matching (`../shared/eval/score.py`'s `score_structure`, loaded at
run time, never copied) twice:
- **answered**: everything the answer states;
- **verified**: only what the verifier passes — an item whose own claim is flagged (neither exact,
  normalised, fuzzy nor unchecked) is left out, as a briefing would show it as doubted, not as
  fact: a party by its Korean name (`parties[2]`, `parties[2].name_ko`), a commitment by its text,
  a quote by its text or speaker, the event's date, time or place. A doubt about an English
  rendering (`parties[2].name_en`, `text_en`) or about a commitment's sides leaves the item
  stated: the scorer matches the Korean.
The facts the verifier checks against are extracted with the gold's reference date, as the
scorer runs `summarizer facts`. This measures the structure targets on what the model says and
the verifier lets through, beside `score.py`'s figures for the deterministic hints.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

from summarizer import read_document
from summarizer.errors import SummarizerError
from summarizer.extract import extract_facts
from summarizer.verify import verify_briefing

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
# (an answer file's briefing as check_answers reads it; the scorer's loader and default path)
import hint_confidence  # noqa: E402
from check_answers import read_briefing  # noqa: E402

FIELDS = ("parties", "commitments", "quotes", "event.date", "event.time", "event.place")
_ITEM = re.compile(
    r"^(parties|commitments|quotes)\[(\d+)\](?:\.(?:name_ko|text_ko|speaker))?$"
    r"|^event\.(date|time|place)(?:_ko)?$"
)


def gold_for(answer: Path, gold_dir: Path) -> Path | None:
    """The gold of an answer: the same name, else the one gold whose name it begins
    (`seed-mss.json` for `seed-mss-fki-2024.json`)."""
    exact = gold_dir / answer.name
    if exact.is_file():
        return exact
    led = sorted(gold_dir.glob(f"{answer.stem}-*.json"))
    return led[0] if len(led) == 1 else None


def structure_of(answer: dict[str, Any]) -> dict[str, Any]:
    """The answer in the scorer's structure form (names with their English and short forms)."""
    parties = [
        {
            "name": p.get("name_ko") or p.get("name_en") or "",
            "aliases": [
                a for a in (p.get("name_en"), p.get("abbreviation"), *(p.get("aliases") or [])) if a
            ],
        }
        for p in answer.get("parties") or []
    ]
    commitments = [
        {"text": c.get("text_ko") or c.get("text_en") or ""}
        for c in answer.get("commitments") or []
    ]
    quotes = [
        {"speaker": q.get("speaker") or "", "text": q.get("text_ko") or q.get("text_en") or ""}
        for q in answer.get("quotes") or []
    ]
    ev = answer.get("event") or {}
    event = {
        "date": ev.get("date"),
        "time": ev.get("time"),
        "place": ev.get("place_ko") or ev.get("place_en"),
    }
    return {"parties": parties, "commitments": commitments, "quotes": quotes, "event": event}


def doubted_items(fields: list[str]) -> set[tuple[str, int | str]]:
    """The items that flagged claims belong to: (`parties`, 2), (`event`, `date`)."""
    out: set[tuple[str, int | str]] = set()
    for field in fields:
        m = _ITEM.match(field)
        if m and m.group(1):
            out.add((m.group(1), int(m.group(2))))
        elif m:
            out.add(("event", m.group(3)))
    return out


def verified_only(structure: dict[str, Any], doubted: set[tuple[str, int | str]]) -> dict[str, Any]:
    """`structure` without the items the verifier doubted."""
    kept: dict[str, Any] = {
        key: [item for i, item in enumerate(structure[key]) if (key, i) not in doubted]
        for key in ("parties", "commitments", "quotes")
    }
    kept["event"] = {
        k: (None if ("event", k) in doubted else v) for k, v in structure["event"].items()
    }
    return kept


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("corpora", nargs="+", type=Path, help="folders with docs/, gold/ and answers/")
    ap.add_argument("--scorer", type=Path, default=hint_confidence._SHARED / "eval" / "score.py")
    ap.add_argument("-v", "--verbose", action="store_true", help="one line a document")
    args = ap.parse_args(argv)
    score = hint_confidence._scorer(args.scorer)
    totals: dict[str, dict[str, list[int]]] = {"answered": {}, "verified": {}}
    failed = scored = 0
    for corpus in args.corpora:
        for answer_file in sorted((corpus / "answers").glob("*.json")):
            gold_file = gold_for(answer_file, corpus / "gold")
            if gold_file is None:
                continue
            try:
                gold = json.loads(gold_file.read_text(encoding="utf-8"))
                briefing = read_briefing(answer_file)
                doc = read_document(str(corpus / gold["file"]))
                facts = extract_facts(doc, reference_date=gold.get("reference_date") or None)
            except (OSError, ValueError, KeyError, SummarizerError) as exc:
                first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
                print(f"Error: {answer_file}: {first}", file=sys.stderr)
                failed += 1
                continue
            report = verify_briefing(briefing, facts.text or doc.text, facts)
            flagged = [c.field for c in report.checks if not c.ok and c.status != "unchecked"]
            answered = structure_of(briefing.model_dump())
            verified = verified_only(answered, doubted_items(flagged))
            cells = score.score_structure(gold, answered, totals["answered"])
            score.score_structure(gold, verified, totals["verified"])
            scored += 1
            if args.verbose:
                print(f"{corpus.name}/{answer_file.stem}: " + "  ".join(cells))
    print(f"{scored} answers scored" + (f", {failed} unreadable" if failed else ""))
    print(f"{'':10s}" + "".join(f"{f:>13s}" for f in FIELDS))
    for mode, tot in totals.items():
        print(
            f"{mode:10s}" + "".join(f"{score.prf(*tot.get(f, [0, 0, 0]))[2]:13.3f}" for f in FIELDS)
        )
    for mode, tot in totals.items():
        pr = "  ".join(
            f"{f} P {score.prf(*tot.get(f, [0, 0, 0]))[0]:.3f} R {score.prf(*tot.get(f, [0, 0, 0]))[1]:.3f}"
            for f in FIELDS[:3]
        )
        print(f"{mode}: {pr}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
