"""Where whole `extract_facts` and phonenumbers' matcher spend their instructions, by the
interpreter's own C functions (valgrind), side by side.

Run: uv run python benchmarks/engine_costs.py [DOCS_DIR] [--top 25]
The documents and the counted passes are bench_facts.py's (`--instructions`: a warm-up, then
passes of each side between two marks of one process). What a pass costs is split by the C
function the instructions were spent in (its own part, not what it calls), grouped: the regex
engine (and of it, the set tests its skip-ahead scan makes at every character of a range a
pattern opening with a class or an alternation is searched in), the evaluation loop, memory,
strings, dicts and attributes, calls, pydantic and the rest. The Python-level readers are
benchmarks/reader_costs.py's; the module patterns, benchmarks/profile_patterns.py's. This one
says which kind of work a change must cut: a reader's regex work is cut by scanning less text,
its Python work by fewer steps.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_facts import _documents, callgrind, folders_for, require_valgrind

# The group of a C function, by the first prefix of its name found here (else "other")
_GROUPS = (
    ("regex engine", ("sre_", "_sre_", "pattern_", "match_", "state_", "getstring", "scanner_")),
    ("evaluation loop", ("_PyEval_EvalFrameDefault",)),
    (
        "memory",
        (
            "_PyObject_Malloc",
            "_PyObject_Free",
            "_int_",
            "malloc",
            "free",
            "cfree",
            "_PyObject_GC_",
            "PyObject_GC_",
            "_Py_NewReference",
            "_Py_Dealloc",
            "tupledealloc",
            "tuple_alloc",
            "list_dealloc",
            "dict_dealloc",
            "subtype_dealloc",
            "PyObject_Malloc",
            "PyObject_Free",
            "_PyMem_",
            "__memset",
            "__memcpy",
            "__memmove",
            "_PyFrame_Clear",
        ),
    ),
    (
        "dicts and attributes",
        (
            "_Py_dict_lookup",
            "unicodekeys_lookup",
            "dictkeys",
            "insertdict",
            "PyDict",
            "_PyDict",
            "dict_",
            "_PyType_Lookup",
            "PyObject_GetAttr",
            "_PyObject_GenericGetAttr",
            "PyObject_GenericGetAttr",
            "_PyObject_LookupAttr",
        ),
    ),
    (
        "strings",
        (
            "PyUnicode",
            "_PyUnicode",
            "unicode",
            "ucs1lib",
            "ucs2lib",
            "ucs4lib",
            "asciilib",
            "any_find_slice",
            "bytes_",
            "_Py_bytes",
            "siphash",
            "stringlib",
        ),
    ),
    (
        "calls",
        (
            "_PyEvalFramePushAndInit",
            "_PyFrame_Push",
            "initialize_locals",
            "PyObject_Vectorcall",
            "_PyObject_Vectorcall",
            "_PyObject_MakeTpCall",
            "_Py_CheckFunctionResult",
            "method_vectorcall",
            "cfunction_",
            "vgetargs",
            "convertitem",
            "_PyArg_",
            "vectorcall",
            "_PyFunction_Vectorcall",
            "_PyObject_Call",
        ),
    ),
    ("pydantic", ("pydantic", "_pydantic")),
)


def _group(name: str) -> str:
    for group, prefixes in _GROUPS:
        if name.startswith(prefixes):
            return group
    return "other"


def self_costs(dump: Path) -> tuple[Counter[str], int]:
    """Each C function's own instructions in a callgrind dump written with names uncompressed,
    and what the set tests cost that `sre_search` calls (the skip-ahead scan)."""
    own: Counter[str] = Counter()
    fn = cfn = ""
    after_calls = False
    scan = 0
    for line in dump.read_text(errors="replace").splitlines():
        if line.startswith("fn="):
            fn = line[3:].split(" ")[-1]
        elif line.startswith("cfn="):
            cfn = line[4:].split(" ")[-1]
        elif line.startswith("calls="):
            after_calls = True
        elif line[:1].isdigit() or line[:1] in "+-*":
            cost = int(line.split()[1]) if len(line.split()) > 1 else 0
            if after_calls:  # the inclusive cost of the call just named: not this function's
                after_calls = False
                if fn == "sre_search" and cfn.startswith("sre_ucs1_charset"):
                    scan += cost
            else:
                own[fn] += cost
    return own, scan


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("docs", nargs="?", type=Path, help="folder of documents")
    ap.add_argument("--top", type=int, default=25, help="C functions listed for each side")
    args = ap.parse_args()
    require_valgrind()
    n = len(_documents(folders_for(args.docs)))
    passes = 1
    bench = str(Path(__file__).resolve().parent / "bench_facts.py")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "callgrind.out"
        callgrind(
            out,
            "os_getppid*",
            [bench, "--passes", str(passes), str(args.docs or "")],
            ("--compress-strings=no", "--compress-pos=no"),
        )
        sides = [self_costs(out.with_name(f"{out.name}.{k}")) for k in (2, 3)]
    print(f"{n} documents, {passes} pass of each side; M instructions a document (share)")
    groups = [Counter({g: 0 for g, _ in (*_GROUPS, ("other", ()))}) for _ in sides]
    for (own, _), grouped in zip(sides, groups, strict=True):
        for name, cost in own.items():
            grouped[_group(name)] += cost
    totals = [sum(own.values()) for own, _ in sides]
    print(f"{'':32s} {'extract_facts':>18s} {'PhoneNumberMatcher':>20s}")
    for group in groups[0]:
        cells = [
            f"{g[group] / (passes * n) / 1e6:8.2f} ({g[group] / t:5.1%})"
            for g, t in zip(groups, totals, strict=True)
        ]
        print(f"{group:32s} {cells[0]:>18s} {cells[1]:>20s}")
        if group == "regex engine":
            scans = [
                f"{scan / (passes * n) / 1e6:8.2f} ({scan / t:5.1%})"
                for (_, scan), t in zip(sides, totals, strict=True)
            ]
            print(f"{'  of it, skip-ahead set tests':32s} {scans[0]:>18s} {scans[1]:>20s}")
    whole = [f"{t / (passes * n) / 1e6:8.2f}" for t in totals]
    print(f"{'all':32s} {whole[0]:>18s} {whole[1]:>20s}")
    for label, (own, _), t in zip(
        ("extract_facts", "PhoneNumberMatcher"), sides, totals, strict=True
    ):
        print(f"\n{label}: the C functions that spend most")
        for name, cost in own.most_common(args.top):
            print(f"  {cost / (passes * n) / 1e6:7.3f} M {cost / t:6.1%}  {name}  [{_group(name)}]")


if __name__ == "__main__":
    main()
