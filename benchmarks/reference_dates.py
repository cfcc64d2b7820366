"""Is the reference date found where the page states one, and "unknown" where it does not?

Runs `summarizer facts --json` WITHOUT `--reference-date` on every document of the gold
corpora (default `../shared/eval-real` and `../shared/eval`) and compares the detected
reference date with the gold `reference_date`. The gold `notes` say when the page itself
states no date (the annotator took it from the address, an article id or another outlet):
then "unknown" is the right answer. A page whose metadata gives only the month
(`date 2021-07`) is right when the detected date has that month.

It also counts dates resolved against a guessed reference: a date fact with a value whose
text writes no year, on a document whose detected reference is wrong.

    uv run python benchmarks/reference_dates.py [CORPUS ...]

The documents are read at run time and never copied.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from pathlib import Path

_NOT_ON_PAGE = re.compile(
    r"no date on the page|from the url|article id|inferred|from r\d+'s url|exact day unknown", re.I
)
_MONTH_ONLY = re.compile(r"page metadata \(year-month only\)", re.I)
# a four-digit year, `'24`, or a two-digit year opening a dotted or dashed date (`24.06.21`,
# `24-06-21`; the same separator twice)
_YEAR_WRITTEN = re.compile(r"(?:19|20)\d\d|'\d\d|(?<![\d.-])\d\d([.-])\d\d\1\d\d(?![\d.-])")


def expected(gold: dict[str, object], text: str) -> str:
    """What a program that sees only the page should report: a date, `YYYY-MM` or `unknown`.

    A page that writes no year anywhere cannot state its date.
    """
    if not _YEAR_WRITTEN.search(text):
        return "unknown"
    notes = " ".join(str(n) for n in gold.get("notes") or [])  # type: ignore[attr-defined]
    ref = str(gold["reference_date"])
    if _MONTH_ONLY.search(notes):
        return ref[:7]
    if _NOT_ON_PAGE.search(notes):
        return "unknown"
    return ref


def run(doc: Path) -> dict[str, object]:
    out = subprocess.run(
        ["uv", "run", "--quiet", "summarizer", "facts", str(doc), "--json"],
        capture_output=True,
        text=True,
        check=False,
    )
    if out.returncode != 0:
        return {"error": out.stderr.strip().splitlines()[-1:]}
    return dict(json.loads(out.stdout))


def main(corpora: list[str]) -> int:
    right = wrong = guessed = 0
    for corpus in corpora:
        root = Path(corpus)
        for gold_path in sorted((root / "gold").glob("*.json")):
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            doc = root / str(gold.get("file") or f"docs/{gold_path.stem}.txt")
            if not doc.exists():
                doc = next((root / "docs").glob(gold_path.stem + ".*"))
            result = run(doc)
            want = expected(gold, doc.read_bytes().decode(str(gold.get("encoding") or "utf-8")))
            got = result.get("reference_date") or "unknown"
            origin = result.get("reference_date_origin", "error")
            ok = got == want or (len(want) == 7 and str(got).startswith(want))
            right += ok
            wrong += not ok
            facts = result.get("facts") or []
            bad = 0
            if not ok:
                bad = sum(
                    1
                    for f in facts  # type: ignore[union-attr]
                    if f["kind"] == "date" and f["value"] and not _YEAR_WRITTEN.search(f["text"])
                )
            guessed += bad
            mark = "ok " if ok else "BAD"
            print(f"{mark} {root.name}/{gold_path.stem}: want {want}, got {got} ({origin})", end="")
            print(f"; {bad} date(s) resolved against it" if bad else "")
    total = right + wrong
    print(f"reference date right on {right}/{total}; dates resolved against a wrong one: {guessed}")
    return 0 if wrong == 0 else 1


def _args(argv: list[str]) -> list[str]:
    parser = argparse.ArgumentParser(
        description="Reference date found where the page states one, 'unknown' where it does not.",
        epilog="example: uv run python benchmarks/reference_dates.py ../shared/eval-real",
    )
    parser.add_argument(
        "corpora",
        nargs="*",
        default=["../shared/eval-real", "../shared/eval"],
        help="gold corpus folders (docs/ and gold/ inside); default the shared eval sets",
    )
    corpora: list[str] = parser.parse_args(argv).corpora
    for corpus in corpora:
        if not (Path(corpus) / "gold").is_dir():
            parser.error(f"{corpus}: no gold/ folder")
    return corpora


if __name__ == "__main__":
    sys.exit(main(_args(sys.argv[1:])))
