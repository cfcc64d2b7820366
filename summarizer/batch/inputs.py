"""Which documents a batch covers: files, folders (recursively) and glob patterns."""

from __future__ import annotations

import glob
from collections.abc import Iterable
from pathlib import Path

from summarizer.errors import InputError

SUFFIXES = (".txt", ".html", ".htm", ".pdf", ".hwp", ".hwpx")


def _in_folder(folder: Path) -> list[Path]:
    # Sorted so a batch (and its output order under concurrency 1) is reproducible.
    return sorted(
        p
        for p in folder.rglob("*")
        if p.is_file() and p.suffix.lower() in SUFFIXES and not p.name.startswith(".")
    )


def collect_inputs(specs: Iterable[str | Path]) -> list[Path | str]:
    """Every document named by `specs`, each once, in the order given; web addresses stay strings.

    One path or address given alone (a str or Path, not a list) is one spec, not its letters."""
    from summarizer.reading.fetch import is_url

    if isinstance(specs, str | Path):
        specs = [specs]
    found: list[Path | str] = []
    named = 0
    for spec in specs:
        named += 1
        if not str(spec).strip():
            raise InputError("an empty path: name a file, a folder, a glob or an http(s) address")
        if is_url(spec):
            found.append(str(spec))
            continue
        if str(spec) == "-":
            raise InputError(
                "stdin (-) cannot be part of a batch: save it to a file, or summarise it alone"
            )
        path = Path(spec)
        if path.is_dir():
            matches = _in_folder(path)
            if not matches:
                raise InputError(
                    f"no {'/'.join(SUFFIXES)} files under {path}: point at the documents"
                )
        elif path.is_file():
            matches = [path]
        elif glob.has_magic(str(spec)):
            matches = [Path(m) for m in sorted(glob.glob(str(spec), recursive=True))]
            matches = [m for p in matches for m in (_in_folder(p) if p.is_dir() else [p])]
            if not matches:
                raise InputError(
                    f"the pattern {str(spec)!r} matches no file: check it, and quote "
                    "it so the shell does not expand it"
                )
        else:
            raise InputError(f"no such file or folder: {spec}: check the path")
        found += matches
    if not named:
        raise InputError("no documents given: name files, folders, globs or http(s) addresses")
    seen: set[Path | str] = set()
    unique = []
    for p in found:
        key = p if isinstance(p, str) else p.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(p)
    return unique


__all__ = ["SUFFIXES", "collect_inputs"]
