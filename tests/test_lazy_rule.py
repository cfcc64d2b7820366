"""Which module patterns are compiled at import, as a rule the tests hold: a module-level
pattern that `summarizer facts` never asks on the repository's pages (examples/,
corpus/docs/) is compiled at its first use (`lazy_compile`), not at import, where every start
pays for it (~10-50 k instructions a pattern).

The rest were decided by measuring (the lead's lazy_apply.py, main 425cf91 and 3b76247: a
pattern asked on at most half of 60 pages became lazy); this test keeps a pattern nobody asks
from being compiled at every start again. Patterns built with `led`/`led_start` stay compiled
(LED_BUILT): they are the prefiltered hot paths, and their tests compare them, compiled, with
their plain forms."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Compiled at import although no page of the repository asks them: `led`-built (see above).
LED_BUILT = {
    "summarizer.structure.event_steps:_SIGNING",
    "summarizer.structure.terms:_CUE_EN",
    "summarizer.structure.terms:_CUE_EN_AT",
    "summarizer.structure.terms:_CUE_KO",
    "summarizer.structure.terms:_PROMISE_KO",
    "summarizer.structure.terms:_SIGNING",
}

# Runs `facts` (the record, its JSON and its table) on each page and names the module-level
# compiled patterns of the package that no page asked. A pattern is asked when one of its
# methods is called: the profiler sees each call of a C method with the pattern as its `self`.
PROBE = """
import contextlib, io, json, re, sys
from pathlib import Path
from summarizer.cli.facts_table import print_facts
from summarizer.extract import facts_record
from summarizer.models.records import dump_json

root = Path(sys.argv[1])
pages = sorted(p for p in [*root.glob("examples/*.txt"), *root.glob("corpus/docs/*")]
               if p.is_file())

def run(page):
    record = facts_record(str(page))
    dump_json(record, indent=2)
    with contextlib.redirect_stdout(io.StringIO()):
        print_facts(record)

names, asked = {}, set()
def profile(frame, event, arg):
    if event == "c_call" and id(getattr(arg, "__self__", None)) in names:
        asked.add(id(arg.__self__))

for i, page in enumerate(pages):
    if i == 1:  # the modules a facts run loads are loaded (the first page is asked again)
        names = {id(v): f"{n}:{k}" for n, m in list(sys.modules.items())
                 if n.startswith("summarizer.") for k, v in vars(m).items()
                 if isinstance(v, re.Pattern)}
        sys.setprofile(profile)
        run(pages[0])
    run(page)
sys.setprofile(None)
print(json.dumps({"pages": len(pages), "unasked": sorted(
    names[i] for i in names if i not in asked)}))
"""


def test_a_pattern_no_page_asks_is_compiled_at_first_use() -> None:
    proc = subprocess.run(
        [sys.executable, "-c", PROBE, str(ROOT)],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    found = json.loads(proc.stdout.strip().splitlines()[-1])
    assert found["pages"] >= 40
    eager = sorted(set(found["unasked"]) - LED_BUILT)
    assert eager == [], "compile these with lazy_compile (summarizer.lazy): " + ", ".join(eager)
