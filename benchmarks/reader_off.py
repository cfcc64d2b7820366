"""Which documents a reader changes: the facts of every document with the reader switched off,
compared with them as they are.

Run: uv run python benchmarks/reader_off.py FOLDER... --off module.function[=VALUE] ...
Each `--off` reader is switched off alone in turn (replaced, in every module of
`summarizer.structure` and `summarizer.facts` that holds it, by a function returning VALUE):
`[]` (the default for a reader returning a list), `None`, `False`, `()`, `argN` (its N-th
argument unchanged: a reader that filters or amends what it is given), or any Python literal
(`"(None, None, None)"`, `"([], [])"`: a fresh copy at each call). A module named in both
layers is the structure's (`contacts.…`); write `facts.contacts.…` for the facts' one. Printed per reader: how
many documents' facts change (of how many), and up to five of them. A reader that changes no
document costs its instructions for nothing on these documents; one that changes few is a
candidate for a gate on a cue it cannot produce without.
"""

from __future__ import annotations

import argparse
import ast
import copy
import importlib
import inspect
import pkgutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import summarizer.facts
import summarizer.structure
from summarizer.extract import facts_record
from summarizer.models.records import dump_json

SUFFIXES = {".txt", ".html", ".htm", ".pdf", ".hwpx"}


def _modules() -> list[Any]:
    out: list[Any] = []
    for pkg in (summarizer.structure, summarizer.facts):
        out.append(pkg)
        for info in pkgutil.iter_modules(pkg.__path__):
            out.append(importlib.import_module(f"{pkg.__name__}.{info.name}"))
    return out


def _off(f: Any, value: str) -> Callable[..., Any]:
    if value.startswith("arg"):
        k = int(value[3:])
        return lambda *a, **kw: a[k]
    fixed = {"[]": list, "None": lambda: None, "False": lambda: False, "()": tuple}.get(value)
    if fixed is None:
        literal = ast.literal_eval(value)
        return lambda *a, **kw: copy.deepcopy(literal)
    return lambda *a, **kw: fixed()


def _default(f: Any) -> str:
    ret = str(inspect.signature(f).return_annotation)
    if ret.startswith("bool"):
        return "False"
    if ret.startswith(("list", "List")):
        return "[]"
    if ret.startswith("tuple"):
        return "()"
    return "None"


def _dump(paths: list[Path]) -> list[str]:
    out = []
    for p in paths:
        try:
            out.append(dump_json(facts_record(str(p)), indent=2))
        except Exception as exc:  # a failing document is part of the dump
            out.append(f"error: {type(exc).__name__}: {exc}")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("folders", nargs="+", type=Path)
    ap.add_argument("--off", action="append", default=[], help="module.function[=VALUE]")
    args = ap.parse_args()
    paths = [
        p
        for folder in args.folders
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.suffix.lower() in SUFFIXES
    ]
    modules = _modules()
    # (the structure's modules last: a name both layers use is the structure's unqualified)
    by_name = {m.__name__.rsplit(".", 1)[-1]: m for m in reversed(modules)}
    by_name.update({m.__name__.removeprefix("summarizer."): m for m in modules})
    base = _dump(paths)
    for spec in args.off:
        name, _, value = spec.partition("=")
        mod, func = name.rsplit(".", 1)
        f = getattr(by_name[mod], func)
        off = _off(f, value or _default(f))
        undo = []
        for m in modules:
            for attr, g in list(vars(m).items()):
                if g is f:
                    setattr(m, attr, off)
                    undo.append((m, attr))
        try:
            got = _dump(paths)
        finally:
            for m, attr in undo:
                setattr(m, attr, f)
        changed = [p for p, a, b in zip(paths, base, got, strict=True) if a != b]
        where = ", ".join(f"{p.parent.parent.name}/{p.name}" for p in changed[:5])
        print(f"{name:44s} {value or _default(f):6s} {len(changed):4d}/{len(paths)}  {where}")


if __name__ == "__main__":
    main()
