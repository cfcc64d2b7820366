"""tools/score_answers.py: a model answer scored as answered and as verified (invented gold)."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))

import score_answers

HERE = Path(__file__).resolve().parent / "verify" / "redteam"

# A stand-in for the shared scorer: a party matches by name or alias, a commitment by equal
# text, a quote by speaker; the event field by field. Enough to tell what the tool sends it.
_SCORER = """
def _hits(gold, pred, same):
    left, hits = list(pred), 0
    for g in gold:
        for p in left:
            if same(g, p):
                left.remove(p); hits += 1; break
    return hits

def score_structure(gold, structure, totals):
    same = {
        "parties": lambda g, p: g["name"] in (p["name"], *p["aliases"]),
        "commitments": lambda g, p: g["text"] == p["text"],
        "quotes": lambda g, p: g["speaker"] == p["speaker"],
    }
    for key, test in same.items():
        g, p = gold.get(key) or [], structure.get(key) or []
        t = totals.setdefault(key, [0, 0, 0])
        t[0] += _hits(g, p, test); t[1] += len(p); t[2] += len(g)
    for field in ("date", "time", "place"):
        gv, pv = (gold.get("event") or {}).get(field), (structure.get("event") or {}).get(field)
        t = totals.setdefault("event." + field, [0, 0, 0])
        t[0] += bool(gv) and gv == pv; t[1] += bool(pv); t[2] += bool(gv)
    return []

def prf(tp, npred, ngold):
    p = tp / npred if npred else (1.0 if ngold == 0 else 0.0)
    r = tp / ngold if ngold else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)
"""


def _corpus(tmp_path: Path, answer: dict) -> Path:
    for sub in ("docs", "gold", "answers"):
        (tmp_path / sub).mkdir()
    shutil.copy(HERE / "docs" / "group-items-ko.txt", tmp_path / "docs" / "g1.txt")
    gold = {
        "id": "g1",
        "file": "docs/g1.txt",
        "reference_date": "2025-10-01",
        "parties": [{"name": "중소벤처기업부"}, {"name": "소상공인시장진흥공단"}],
        "commitments": [],
        "quotes": [{"speaker": "한서진"}],
        "event": {"date": "2025-10-01", "time": "14:00", "place": "대전 소진공 본부"},
    }
    (tmp_path / "gold" / "g1.json").write_text(json.dumps(gold, ensure_ascii=False), "utf-8")
    (tmp_path / "answers" / "g1.json").write_text(json.dumps({"answer": answer}), "utf-8")
    (tmp_path / "scorer.py").write_text(_SCORER, "utf-8")
    return tmp_path


def _answer() -> dict:
    data = json.loads((HERE / "answers" / "group-items-ko.json").read_text("utf-8"))
    return data.get("answer") or data


def _rows(out: str) -> dict[str, list[float]]:
    rows = {}
    for line in out.splitlines():
        head, *cells = line.split()
        if head in ("answered", "verified") and len(cells) == 6:
            rows[head] = [float(c) for c in cells]
    return rows


def test_a_correct_answer_scores_the_same_answered_and_verified(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = _corpus(tmp_path, _answer())
    assert score_answers.main([str(corpus), "--scorer", str(corpus / "scorer.py")]) == 0
    rows = _rows(capsys.readouterr().out)
    assert rows["answered"][0] == 1.0 and rows["verified"][0] == 1.0  # parties
    assert rows["answered"][3:5] == [1.0, 1.0]  # event date and time


def test_a_party_the_source_never_names_counts_as_answered_not_as_verified(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    answer = _answer()
    answer["parties"].append({"name_ko": "가람물류", "name_en": "Garam Logistics"})  # not in it
    corpus = _corpus(tmp_path, answer)
    assert score_answers.main([str(corpus), "--scorer", str(corpus / "scorer.py")]) == 0
    rows = _rows(capsys.readouterr().out)
    assert rows["answered"][0] == pytest.approx(0.8)  # 2 of 3 stated parties right
    assert rows["verified"][0] == 1.0  # the doubted one is not stated as fact


def test_doubted_fields_name_their_items() -> None:
    flagged = ["event.date", "parties[1].name_ko", "quotes[0].text_ko"]
    # an English rendering doubted, or a commitment's sides: the Korean item still stands
    flagged += ["parties[0].name_en", "commitments[0].parties[1]", "quotes[1].text_en"]
    items = score_answers.doubted_items(flagged)
    assert items == {("event", "date"), ("parties", 1), ("quotes", 0)}
    kept = score_answers.verified_only(score_answers.structure_of(_answer()), items)
    assert [p["name"] for p in kept["parties"]] == ["중소벤처기업부"]
    assert kept["event"]["date"] is None and kept["event"]["time"] == "14:00"
    assert [q["speaker"] for q in kept["quotes"]] == ["윤미래"]


def test_an_unreadable_answer_is_one_line_and_a_failing_exit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = _corpus(tmp_path, _answer())
    (corpus / "answers" / "g1.json").write_text("{not json", "utf-8")
    assert score_answers.main([str(corpus), "--scorer", str(corpus / "scorer.py")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("Error: ")


def test_an_answer_finds_the_one_gold_its_name_begins(tmp_path: Path) -> None:
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "seed-a-2024.json").write_text("{}", "utf-8")
    (gold / "seed-b-1.json").write_text("{}", "utf-8")
    (gold / "seed-b-2.json").write_text("{}", "utf-8")
    assert score_answers.gold_for(Path("seed-a.json"), gold) == gold / "seed-a-2024.json"
    assert score_answers.gold_for(Path("seed-b.json"), gold) is None  # two: no guess
    assert score_answers.gold_for(Path("seed-c.json"), gold) is None
