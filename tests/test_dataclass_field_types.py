"""The dataclasses a `summarizer facts` run creates take their field types as objects: a
field type kept as a string (`from __future__ import annotations`) is parsed by `dataclass`
field by field at every start (~20,000 instructions a field)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

# Lists, in a fresh process after one document's facts, each loaded dataclass of the package
# with a field whose type is a string.
PROBE = """
import dataclasses, sys
from summarizer.extract import facts_record
facts_record(sys.argv[1])
for name, module in sorted(sys.modules.items()):
    if not name.startswith("summarizer."):
        continue
    for value in vars(module).values():
        if (isinstance(value, type) and value.__module__ == name
                and dataclasses.is_dataclass(value)):
            texts = [f.name for f in dataclasses.fields(value) if isinstance(f.type, str)]
            print(name, value.__name__, texts if texts else "")
"""


def test_the_facts_dataclasses_have_no_string_field_types() -> None:
    doc = Path(__file__).resolve().parent.parent / "examples" / "mss-release.txt"
    out = subprocess.run(
        [sys.executable, "-c", PROBE, str(doc)], capture_output=True, text=True, check=True
    )
    lines = out.stdout.splitlines()
    assert len(lines) >= 20  # the records and the rule modules' own
    assert [line for line in lines if "[" in line] == []
