"""The project's own annotated corpus (corpus/): every document keeps its figures (a ratchet).

Matching follows the shared scorer's rules: per document and kind, sets of distinct values;
structure items are matched one to one as the scorer does. `corpus/ratchet.json` holds, per
document and field, the hits and the false positives measured when it was last raised; a test
fails when any document loses a hit or gains a false positive, so one format family cannot
break behind a good average. After an improvement, raise it:
`RATCHET_UPDATE=1 uv run pytest tests/test_corpus.py` (it only ever writes better figures).
"""

from __future__ import annotations

import difflib
import html
import json
import os
import re
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from summarizer import extract_facts

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
GOLDS = sorted((CORPUS / "gold").glob("*.json"))
RATCHET = CORPUS / "ratchet.json"
KINDS = {"date": "dates", "time": "times", "phone": "phones", "email": "emails"}
FACT_FLOOR = 0.97
STRUCTURE_FLOOR = {"parties": 0.9, "quotes": 0.9, "contacts": 0.9, "commitments": 0.8}
_MARKS = re.compile(r"[\s▲△▶▷●○◦•·ㆍ\-–—*❶-❿①-⑩□■◆◇ㅇ]+")


def _squash(text: str | None) -> str:
    return _MARKS.sub("", unicodedata.normalize("NFKC", text or ""))


def _f1(tp: int, predicted: int, gold: int) -> float:
    precision = tp / predicted if predicted else 1.0
    recall = tp / gold if gold else 1.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def _same_party(g: dict[str, Any], p: Any) -> bool:
    gold = {_squash(n) for n in [g["name"], *(g.get("aliases") or [])]}
    pred = {_squash(n) for n in [p.name, *p.aliases]}
    return bool(gold & pred - {""})


def _same_commitment(g: str, p: Any) -> bool:
    a, b = _squash(g), _squash(p.text)
    return bool(a and b) and (
        a in b or b in a or difflib.SequenceMatcher(None, a, b).ratio() >= 0.8
    )


def _same_quote(g: dict[str, Any], p: Any) -> bool:
    speaker = _squash(p.speaker)
    return (
        bool(speaker)
        and _squash(g["speaker"]) in speaker
        and _squash(g["starts_with"]) in _squash(p.text)
    )


def _same_contact(g: dict[str, Any], p: Any) -> bool:
    if (p.phone or "") != (g.get("phone") or ""):
        return False
    return not g.get("name") or _squash(g["name"]) == _squash(p.name)


def _matches(gold: list[Any], pred: list[Any], same: Any) -> int:
    used: set[int] = set()
    hits = 0
    for g in gold:
        for i, p in enumerate(pred):
            if i not in used and same(g, p):
                used.add(i)
                hits += 1
                break
    return hits


@pytest.fixture(scope="module")
def results() -> list[tuple[dict[str, Any], Any, str]]:
    out = []
    for path in GOLDS:
        gold = json.loads(path.read_text(encoding="utf-8"))
        doc = CORPUS / gold["file"]
        raw = doc.read_bytes().decode(gold.get("encoding", "utf-8"))
        out.append((gold, extract_facts(doc, reference_date=gold["reference_date"]), raw))
    return out


def test_corpus_is_present() -> None:
    assert len(GOLDS) >= 10


@pytest.mark.parametrize("kind", list(KINDS))
def test_fact_values_f1(results: list[tuple[dict[str, Any], Any, str]], kind: str) -> None:
    tp = predicted = gold_total = 0
    for gold, result, _raw in results:
        if kind == "email":
            g = {i["text"].lower() for i in gold[KINDS[kind]]}
            p = {f.text.lower() for f in result.facts if f.kind == kind}
        else:
            g = {i["value"] for i in gold[KINDS[kind]]}
            p = {f.value for f in result.facts if f.kind == kind and f.value}
        tp, predicted, gold_total = tp + len(g & p), predicted + len(p), gold_total + len(g)
    assert _f1(tp, predicted, gold_total) >= FACT_FLOOR


def test_spans_are_valid_and_avoid_decoys(results: list[tuple[dict[str, Any], Any, str]]) -> None:
    for gold, result, raw in results:
        text = result.text if result.text is not None else raw
        page = html.unescape(raw)
        decoys = [d for d in gold.get("not_phones", []) + gold.get("not_dates", []) if d]
        for fact in result.facts:
            assert text[fact.start : fact.end] == fact.text, (gold["id"], fact)
            if gold["format"] == "html":
                assert fact.text in page, (gold["id"], fact)
            if fact.kind in ("date", "phone"):
                assert not any(d in fact.text for d in decoys), (gold["id"], fact)


@pytest.mark.parametrize("key", list(STRUCTURE_FLOOR))
def test_structure_f1(results: list[tuple[dict[str, Any], Any, str]], key: str) -> None:
    same = {
        "parties": _same_party,
        "commitments": _same_commitment,
        "quotes": _same_quote,
        "contacts": _same_contact,
    }[key]
    tp = predicted = gold_total = 0
    for gold, result, _raw in results:
        g, p = gold.get(key) or [], getattr(result.structure, key)
        tp += _matches(g, p, same)
        predicted += len(p)
        gold_total += len(g)
    assert _f1(tp, predicted, gold_total) >= STRUCTURE_FLOOR[key]


def test_event_fields(results: list[tuple[dict[str, Any], Any, str]]) -> None:
    right = total = 0
    for gold, result, _raw in results:
        ev = gold.get("event") or {}
        got = result.structure.event
        for field in ("date", "time"):
            if ev.get(field):
                total += 1
                right += got is not None and getattr(got, field) == ev[field]
    assert total and right / total >= 0.9


def _figures(gold: dict[str, Any], result: Any) -> dict[str, list[int]]:
    """[hits, false positives] per field for one document."""
    out: dict[str, list[int]] = {}
    for kind, key in KINDS.items():
        if kind == "email":
            g = {i["text"].lower() for i in gold[key]}
            p = {f.text.lower() for f in result.facts if f.kind == kind}
        else:
            g = {i["value"] for i in gold[key]}
            p = {f.value for f in result.facts if f.kind == kind and f.value}
        out[kind] = [len(g & p), len(p - g)]
    same = {
        "parties": _same_party,
        "commitments": _same_commitment,
        "quotes": _same_quote,
        "contacts": _same_contact,
    }
    for key, fn in same.items():
        g, p = gold.get(key) or [], getattr(result.structure, key)
        hits = _matches(g, p, fn)
        out[key] = [hits, len(p) - hits]
    ev, got = gold.get("event") or {}, result.structure.event
    for field in ("date", "time", "place"):
        want = ev.get(field)
        have = getattr(got, field) if got is not None else None
        if field == "place":
            ok = bool(want and have) and (
                _squash(want) in _squash(have) or _squash(have) in _squash(want)
            )
        else:
            ok = bool(want) and want == have
        out[f"event.{field}"] = [int(ok), int(bool(have) and not ok)]
    return out


def test_no_document_loses_ground(results: list[tuple[dict[str, Any], Any, str]]) -> None:
    """Per document and field: hits never fall, and false positives rise only with more hits
    (hits minus false positives never falls)."""
    now = {gold["id"]: _figures(gold, result) for gold, result, _raw in results}
    held: dict[str, dict[str, list[int]]] = (
        json.loads(RATCHET.read_text(encoding="utf-8")) if RATCHET.exists() else {}
    )
    drops = [
        f"{doc} {field}: hits {was[0]}->{got[0]}, false positives {was[1]}->{got[1]}"
        for doc, fields in held.items()
        for field, was in fields.items()
        if (got := now.get(doc, {}).get(field, [0, 10**6]))[0] < was[0]
        or got[0] - got[1] < was[0] - was[1]
    ]
    if os.environ.get("RATCHET_UPDATE") and not drops:
        rows = [
            f"  {json.dumps(doc)}: {json.dumps(now[doc], sort_keys=True)}" for doc in sorted(now)
        ]
        RATCHET.write_text("{\n" + ",\n".join(rows) + "\n}\n", encoding="utf-8")
    assert not drops, "documents lost ground:\n" + "\n".join(drops)
    assert set(held) >= set(now), f"documents missing from {RATCHET.name}: run RATCHET_UPDATE=1"
