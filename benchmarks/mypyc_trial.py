"""What compiling modules with mypyc does to bench_facts.py's time ratio (issue 13): a scratch
copy of the package is compiled, its output compared with the pure package's, and the two timed
taking turns. Nothing of the checkout is compiled or changed.

Run: uv run --with setuptools python benchmarks/mypyc_trial.py [DOCS_DIR] [--runs 3]
         [--modules 'summarizer/structure/*.py' ...] [--tree DIR] [--reuse]

1. The package is copied to DIR/summarizer (default /tmp/mypyc-trial), mypyc_trial.patch
   applied to the copy (the typing-only edits without which mypyc refused the structure layer
   at e24b40bd; output identical) and the chosen modules (globs relative to the checkout;
   default the structure layer) compiled there by mypyc (setuptools is needed for its build:
   hence `--with setuptools`). `--reuse` skips this step
   when DIR holds a build. Building the structure layer (~77 modules, ~660k lines of C in one
   file) took 13-15 minutes on a loaded 2-core machine.
2. tools/dump_facts.py is run over its default folders with each package and the outputs
   compared: a compiled module must not move one document (mypyc checks annotations at run
   time, so a wrong one raises where pure Python would pass).
3. bench_facts.py is run `--runs` times with each package, pure and compiled in turns, and each
   run's time ratio printed with the medians; one run times both sides in one process, so the
   ratio of a run holds under load, but the machine's load still moves it (say what it was).
The figures and what mypyc refused at e24b40bd: benchmarks/MYPYC.md.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RATIO = re.compile(r"time ratio extract_facts / PhoneNumberMatcher: ([\d.]+)")


def build(tree: Path, modules: list[str]) -> None:
    """Copy the package into `tree` and compile `modules` (globs) there with mypyc."""
    try:
        import setuptools  # noqa: F401  (mypyc's build needs it)
    except ImportError:
        raise SystemExit(
            "mypyc needs setuptools: run with `uv run --with setuptools python …`"
        ) from None
    if tree.exists():
        shutil.rmtree(tree)
    tree.mkdir(parents=True)
    shutil.copytree(
        ROOT / "summarizer",
        tree / "summarizer",
        ignore=shutil.ignore_patterns("__pycache__", "*.so"),
    )
    patch = Path(__file__).with_suffix(".patch")
    applied = subprocess.run(["git", "apply", str(patch)], cwd=tree, capture_output=True, text=True)
    if applied.returncode != 0:  # moved on since: mypyc says what it still refuses
        print(f"{patch.name} did not apply to this checkout ({applied.stderr.strip()})")
    paths = sorted(str(p.relative_to(ROOT)) for m in modules for p in ROOT.glob(m))
    if not paths:
        raise SystemExit(f"no modules match {' '.join(modules)}")
    print(f"compiling {len(paths)} modules in {tree} (minutes)", flush=True)
    done = subprocess.run(
        [sys.executable, "-m", "mypyc", *paths],
        cwd=tree,
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        refused = [
            ln for ln in (done.stdout + done.stderr).splitlines() if re.search(r"\.py:\d+: ", ln)
        ]
        print("\n".join(ln for ln in refused if "Treating generator" not in ln))
        raise SystemExit("mypyc refused (above): fix the typing, or leave those modules out")


def _env(tree: Path | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    if tree is not None:  # the compiled copy before the checkout (an editable install)
        env["PYTHONPATH"] = str(tree)
    return env


def same_output(tree: Path) -> int:
    """Documents whose `facts --json` differs between the pure and the compiled package."""
    with tempfile.TemporaryDirectory() as tmp:
        outs = [Path(tmp) / "pure", Path(tmp) / "compiled"]
        for out, side in zip(outs, (None, tree), strict=True):
            subprocess.run(
                [sys.executable, str(ROOT / "tools" / "dump_facts.py"), str(out)],
                env=_env(side),
                stdout=subprocess.DEVNULL,
                check=True,
            )
        names = sorted(p.name for p in outs[0].iterdir())
        _, differ, missing = filecmp.cmpfiles(outs[0], outs[1], names, shallow=False)
        print(f"{len(names)} documents dumped by each: {len(differ) + len(missing)} differ")
        return len(differ) + len(missing)


def ratios(tree: Path, docs: Path | None, runs: int) -> None:
    """bench_facts.py `runs` times with each package, taking turns."""
    got: dict[str, list[float]] = {"pure": [], "compiled": []}
    bench = [sys.executable, str(ROOT / "benchmarks" / "bench_facts.py")]
    bench += [str(docs)] if docs else []
    for run in range(1, runs + 1):
        for side, path in (("pure", None), ("compiled", tree)):
            out = subprocess.run(
                bench, env=_env(path), capture_output=True, text=True, check=True
            ).stdout
            found = RATIO.search(out)
            if found is None:
                raise SystemExit(f"no ratio in bench_facts.py's output:\n{out}")
            got[side].append(float(found.group(1)))
            load = os.getloadavg()[0]
            print(f"run {run} {side:8}  time ratio {found.group(1)}  (load {load:.1f})", flush=True)
    pure, comp = (statistics.median(got[s]) for s in ("pure", "compiled"))
    print(
        f"median time ratio: pure {pure:.2f} (spread {min(got['pure']):.2f}-{max(got['pure']):.2f}), "
        f"compiled {comp:.2f} (spread {min(got['compiled']):.2f}-{max(got['compiled']):.2f}); "
        f"compiled/pure {comp / pure:.2f}"
    )


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("docs", nargs="?", type=Path, help="folder of documents (bench_facts.py's)")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--modules", nargs="+", default=["summarizer/structure/*.py"])
    ap.add_argument("--tree", type=Path, default=Path(tempfile.gettempdir()) / "mypyc-trial")
    ap.add_argument("--reuse", action="store_true", help="time the build already in --tree")
    args = ap.parse_args()
    if not (args.reuse and any(args.tree.glob("*__mypyc*.so"))):
        build(args.tree, args.modules)
    if same_output(args.tree):
        raise SystemExit("the compiled package's output differs: no timing of it")
    ratios(args.tree, args.docs, args.runs)


if __name__ == "__main__":
    main()
