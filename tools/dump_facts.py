"""Write `summarizer facts --json` for every document in some folders, one file each, for
byte-identical before/after comparisons of extraction changes (a speed change must not move a
single fact):

    uv run python tools/dump_facts.py /tmp/before                      # the default folders
    uv run python tools/dump_facts.py /tmp/after corpus/docs examples  # chosen folders
    diff -r /tmp/before /tmp/after

The default folders are the project's corpus and examples and, where they exist beside the
project, ../shared/eval/docs and ../shared/eval-real. No reference date is given, so changes to
how a page's own date is found show too. Runs in one process (a few seconds).
"""

from __future__ import annotations

import sys
from pathlib import Path

from summarizer.extract import facts_record
from summarizer.models.records import dump_json

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = (
    ROOT / "corpus" / "docs",
    ROOT / "examples",
    ROOT.parent / "shared" / "eval" / "docs",
    ROOT.parent / "shared" / "eval-real",
)
SUFFIXES = {".txt", ".html", ".htm", ".pdf", ".hwpx"}


def _label(folder: Path) -> str:
    """A folder's name in the output, with its parent's when the name alone is a generic one
    (`docs`), so that sets/a/docs/x.txt and sets/b/docs/x.txt do not overwrite each other."""
    parts = folder.resolve().parts
    return "__".join(parts[-2:]) if folder.resolve().name == "docs" else folder.name


def main(argv: list[str]) -> int:
    if not argv or argv[0].startswith("-"):
        print(__doc__.strip(), file=sys.stderr)
        return 0 if argv and argv[0] in ("-h", "--help") else 2
    out = Path(argv[0])
    folders = [Path(a) for a in argv[1:]] or [d for d in DEFAULT if d.is_dir()]
    out.mkdir(parents=True, exist_ok=True)
    count = 0
    for folder in folders:
        for path in sorted(folder.rglob("*")):
            if path.suffix.lower() not in SUFFIXES or not path.is_file():
                continue
            name = f"{_label(folder)}__{path.relative_to(folder)}".replace("/", "__") + ".json"
            try:
                text = dump_json(facts_record(str(path)), indent=2)
            except Exception as exc:  # a failing document is part of the dump
                text = f"error: {type(exc).__name__}: {exc}"
            (out / name).write_text(text + "\n", encoding="utf-8")
            count += 1
    print(f"{count} documents written to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
