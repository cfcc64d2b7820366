"""How many parties of the gold annotations the glossary resolves to an official English name.

Reads `<corpus>/gold/*.json` (and the documents they name) at run time and prints, per corpus:
parties, resolved with provenance, and agreement with the gold `en` where the gold has one.

    uv run python tools/glossary_coverage.py ../shared/eval-real ../shared/eval corpus [-v]

A party counts as resolved when its name (or one of its aliases) resolves, on the document's
reference date and with the document text as evidence, to an English name with a source.
Agreement: the glossary's check of the gold `en` against the party says "official" (the base
name must match; a branch's English wording is compared separately).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

from summarizer.glossary import load_glossary, resolve
from summarizer.glossary.model import PAREN, english_key

# A stored page's address, DOMAIN.md, the romanisation rule, or the document itself.
PROVENANCE = re.compile(r"https?://|DOMAIN\.md|rule|the document itself")


def _text(corpus: Path, gold: dict[str, Any]) -> str:
    path = corpus / str(gold.get("file", ""))
    if not path.is_file():
        return ""
    from summarizer.reading import read_document

    try:
        return read_document(path).text
    except Exception:  # a document the reader rejects still has its gold parties counted
        return ""


def measure(corpus: Path, verbose: bool) -> dict[str, int]:
    glossary = load_glossary()
    counts = {"parties": 0, "resolved": 0, "with_gold": 0, "agree": 0, "branch_same": 0}
    for gold_file in sorted((corpus / "gold").glob("*.json")):
        gold = json.loads(gold_file.read_text("utf-8"))
        text = _text(corpus, gold)
        on = gold.get("reference_date")
        for party in gold.get("parties", []):
            counts["parties"] += 1
            names = [party["name"], *party.get("aliases", [])]
            found = None
            for name in names:
                got = resolve(glossary, name, on=on, text=text)
                if got.en and got.source and PROVENANCE.search(got.source):
                    found = got
                    break
            line = f"{gold_file.stem:<28} {party['name']:<28} "
            if found is None:
                if verbose:
                    print(line + "— unresolved")
                continue
            counts["resolved"] += 1
            verdict = ""
            if party.get("en"):
                counts["with_gold"] += 1
                # The name in use on the document's date, or a form the glossary accepts as official.
                same = english_key(PAREN.sub(" ", party["en"])) == english_key(found.en or "")
                ok = same or glossary.check_english(found.query, party["en"]) == "official"
                if found.entry is not None and found.entry.renames == () and not same:
                    ok = ok and found.entry.en == (glossary.lookup(found.query) or found.entry).en
                counts["agree"] += ok
                verdict = "agrees" if ok else f"DISAGREES with gold {party['en']!r}"
            if verbose:
                print(
                    line
                    + f"{found.en} [{found.confidence}{', derived' if found.derived else ''}] {verdict}"
                )
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="+", type=Path)
    parser.add_argument("-v", "--verbose", action="store_true", help="one line per party")
    args = parser.parse_args(argv)
    for corpus in args.corpora:
        if not (corpus / "gold").is_dir():
            print(f"{corpus}: no gold/ directory", file=sys.stderr)
            return 2
        c = measure(corpus, args.verbose)
        share = c["resolved"] / c["parties"] if c["parties"] else 0.0
        print(
            f"{corpus}: parties {c['parties']}, resolved with provenance {c['resolved']} "
            f"({share:.0%}), agree with gold en {c['agree']}/{c['with_gold']}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
