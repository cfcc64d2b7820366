"""Fit the calibrated party confidence (`summarizer/structure/confidence.py`) and check it by
leave-one-set-out cross-validation.

    uv run python tools/fit_confidence.py CORPUS [CORPUS ...] [--scorer PATH] [--l2 1.0]

Every gold document of each corpus (a folder with `gold/*.json` naming the document beside it)
is run through the deterministic layer in-process with its gold reference date; each party
`find_parties` emits is labelled right or wrong by the shared scorer's own matching (the
pairing `benchmarks/hint_confidence.py` uses: one-to-one, first fitting prediction), with the
features `confidence.party_features` gives it. A logistic regression (pure Python, Newton's
method with a small ridge on standardised features) is fitted on all items and printed as the
`PARTY_WEIGHTS` table; then, for each corpus left out in turn, fitted on the others and used to
score the corpus left out. The out-of-fold scores give, per threshold, the precision of the
items sent as sure and as unsure, and the pooled and per-corpus parties F1 if items below a
drop threshold were left out. Documents are read at run time and never copied.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path
from types import ModuleType

from summarizer.extract import facts_record
from summarizer.models.records import dump_json
from summarizer.structure import confidence

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
# (the scorer's loader and its pairing of items with the gold)
import hint_confidence  # noqa: E402

_SHARED = ROOT.parent / "shared"

Row = tuple[str, list[float], bool]  # (corpus, features in PARTY_FEATURES order, right)


def collect(
    corpora: list[Path], score: ModuleType, hints: ModuleType
) -> tuple[list[Row], dict[str, list[int]]]:
    """The labelled items, and per corpus [right, predicted, gold] of the items the scorer does
    not see (bodies added after `find_parties`), which no threshold moves."""
    rows: list[Row] = []
    fixed: dict[str, list[int]] = {}
    saved = confidence.PARTY_DROP_BELOW
    confidence.PARTY_DROP_BELOW = None  # (every item emitted, to be labelled)
    try:
        for corpus in corpora:
            cell = fixed.setdefault(corpus.name, [0, 0, 0])
            for gold_file in sorted((corpus / "gold").glob("*.json")):
                gold = json.loads(gold_file.read_text(encoding="utf-8"))
                confidence.RECORD = []
                record = facts_record(
                    str(corpus / gold["file"]), reference_date=gold.get("reference_date") or None
                )
                seen = confidence.RECORD[-1] if confidence.RECORD else []
                structure = json.loads(dump_json(record)).get("structure") or {}
                pred = structure.get("parties") or []
                golds = gold.get("parties") or []
                hits = hints._matched(golds, pred, score._party_same)
                cell[2] += len(golds)
                left = list(seen)
                for i, item in enumerate(pred):
                    found = next((j for j, (n, _) in enumerate(left) if n == item["name"]), None)
                    if found is None:
                        cell[0] += i in hits
                        cell[1] += 1
                        continue
                    _, f = left.pop(found)
                    rows.append((corpus.name, [f[n] for n in confidence.PARTY_FEATURES], i in hits))
    finally:
        confidence.RECORD = None
        confidence.PARTY_DROP_BELOW = saved
    return rows, fixed


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """x with a·x = b (Gaussian elimination, partial pivoting; `a` is small and positive
    definite here)."""
    n = len(b)
    m = [[*row, b[i]] for i, row in enumerate(a)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[p] = m[p], m[c]
        for r in range(c + 1, n):
            k = m[r][c] / m[c][c]
            for j in range(c, n + 1):
                m[r][j] -= k * m[c][j]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        x[r] = (m[r][n] - sum(m[r][j] * x[j] for j in range(r + 1, n))) / m[r][r]
    return x


def fit(rows: list[Row], l2: float) -> list[float]:
    """Weights on the raw features (the first is the bias), by Newton's method on standardised
    features with an L2 penalty on all but the bias."""
    d = len(rows[0][1])
    n = len(rows)
    mean = [sum(r[1][j] for r in rows) / n for j in range(d)]
    sd = [math.sqrt(sum((r[1][j] - mean[j]) ** 2 for r in rows) / n) or 1.0 for j in range(d)]
    mean[0], sd[0] = 0.0, 1.0  # (the bias stays 1)
    xs = [[(r[1][j] - mean[j]) / sd[j] for j in range(d)] for r in rows]
    ys = [1.0 if r[2] else 0.0 for r in rows]
    w = [0.0] * d
    for _ in range(25):
        grad = [0.0] * d
        hess = [[0.0] * d for _ in range(d)]
        for x, y in zip(xs, ys, strict=True):
            p = confidence.probability(sum(wj * xj for wj, xj in zip(w, x, strict=True)))
            g, h = p - y, p * (1 - p)
            for j in range(d):
                grad[j] += g * x[j]
                if x[j]:
                    hj = h * x[j]
                    row = hess[j]
                    for k in range(d):
                        row[k] += hj * x[k]
        for j in range(1, d):
            grad[j] += l2 * w[j]
            hess[j][j] += l2
        hess[0][0] += 1e-9
        step = _solve(hess, grad)
        w = [wj - sj for wj, sj in zip(w, step, strict=True)]
        if max(abs(s) for s in step) < 1e-7:
            break
    raw = [w[j] / sd[j] for j in range(d)]
    raw[0] = w[0] - sum(w[j] * mean[j] / sd[j] for j in range(1, d))
    return raw


def _score(w: list[float], f: list[float]) -> float:
    return confidence.probability(sum(a * b for a, b in zip(w, f, strict=True)))


def _f1(right: int, pred: int, gold: int) -> float:
    return 2 * right / (pred + gold) if pred + gold else 1.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="+", type=Path)
    parser.add_argument("--scorer", type=Path, default=_SHARED / "eval" / "score.py")
    parser.add_argument("--l2", type=float, default=1.0, help="ridge on standardised weights")
    parser.add_argument(
        "--t1",
        type=float,
        default=confidence.PARTY_SURE_AT,
        help="threshold for the per-corpus table",
    )
    args = parser.parse_args(argv)
    missing = [c for c in [*args.corpora, args.scorer] if not c.exists()]
    if missing:
        print(f"error: not found: {', '.join(map(str, missing))}", file=sys.stderr)
        return 2
    rows, fixed = collect(args.corpora, hint_confidence._scorer(args.scorer), hint_confidence)
    names = confidence.PARTY_FEATURES
    print(f"{len(rows)} parties scored ({sum(r[2] for r in rows)} right) on {len(fixed)} corpora")
    w = fit(rows, args.l2)
    print("\nPARTY_WEIGHTS (all items):")
    for n, v in zip(names, w, strict=True):
        print(f'    "{n}": {v:.3f},')
    # leave one corpus out: each corpus scored by weights fitted on the others
    oof: list[tuple[str, float, bool, bool]] = []  # (corpus, score, right, doubted now)
    doubted = names.index("doubted")
    for held in fixed:
        train = [r for r in rows if r[0] != held]
        test = [r for r in rows if r[0] == held]
        if not test or not train:
            continue
        wf = fit(train, args.l2)
        oof += [(r[0], _score(wf, r[1]), r[2], bool(r[1][doubted])) for r in test]
    was_sure = [o for o in oof if not o[3]]
    was_unsure = [o for o in oof if o[3]]

    def prec(items: list[tuple[str, float, bool, bool]]) -> str:
        right = sum(o[2] for o in items)
        return (
            f"{right:4d}/{len(items):<4d} {right / len(items):.3f}" if items else "   -/0       -"
        )

    print("\nthe readers' own mark today:  sure", prec(was_sure), "  unsure", prec(was_unsure))
    print("\nleave-one-corpus-out, unsure below t1:")
    print(f"{'t1':>5s}  {'sure right/items prec':>22s}  {'unsure right/items prec':>24s}")
    for t1 in (0.3, 0.4, 0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9):
        sure = [o for o in oof if o[1] >= t1]
        unsure = [o for o in oof if o[1] < t1]
        print(f"{t1:5.2f}  {prec(sure):>22s}  {prec(unsure):>24s}")
    print(f"\nleave-one-corpus-out per corpus, unsure below t1 = {args.t1:.2f}:")
    for c in fixed:
        mine = [o for o in oof if o[0] == c]
        sure = prec([o for o in mine if o[1] >= args.t1])
        unsure = prec([o for o in mine if o[1] < args.t1])
        print(f"{c:16s} sure {sure}   unsure {unsure}")
    print(
        "\nleave-one-corpus-out, parties F1 if items below t2 were left out (pooled; per corpus):"
    )
    drops: list[float | None] = [None, 0.1, 0.2, 0.3, 0.4, 0.5]
    per: dict[str, list[str]] = {c: [] for c in fixed}
    pooled_line = []
    for t2 in drops:
        tot = [0, 0, 0]
        for c, (fr, fp, fg) in fixed.items():
            kept = [o for o in oof if o[0] == c and (t2 is None or o[1] >= t2)]
            cell = [fr + sum(o[2] for o in kept), fp + len(kept), fg]
            per[c].append(f"{_f1(*cell):.3f}")
            tot = [a + b for a, b in zip(tot, cell, strict=True)]
        pooled_line.append(f"{_f1(*tot):.3f}")
    heads = ["none" if t is None else f"{t:.1f}" for t in drops]
    print(f"{'t2':16s} " + " ".join(f"{h:>6s}" for h in heads))
    for c, cells in per.items():
        print(f"{c:16s} " + " ".join(f"{x:>6s}" for x in cells))
    print(f"{'pooled':16s} " + " ".join(f"{x:>6s}" for x in pooled_line))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
