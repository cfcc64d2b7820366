"""The CLI's kept bytecode of the package's modules: the second run takes them from the file,
prints the same, and a changed, moved or damaged module is imported the usual way."""

from __future__ import annotations

import importlib
import json
import marshal
import os
import sys
from pathlib import Path

import pytest

from summarizer import modcache
from tests.cli_probe import run_probe

ROOT = Path(__file__).resolve().parent.parent
DOC = str(ROOT / "examples" / "mss-release.txt")

# Runs the CLI's entry point and reports how many of the package's modules came from the file.
PROBE = """
import json, sys
from summarizer.cli import main
from summarizer import modcache
sys.argv = ["summarizer", *json.loads(sys.argv[1])]
code = main()
served = [n for n, m in sys.modules.items()
          if n.startswith("summarizer.") and isinstance(m.__loader__, modcache._Loader)]
print(json.dumps({"code": code, "served": len(served)}), file=sys.stderr)
"""


def _run(tmp: Path, args: list[str]) -> tuple[dict[str, int], str]:
    return run_probe(PROBE, json.dumps(args), tmp)


def test_a_second_run_takes_the_modules_from_the_file_and_prints_the_same(tmp_path: Path) -> None:
    first, out1 = _run(tmp_path, ["facts", DOC, "--json"])
    second, out2 = _run(tmp_path, ["facts", DOC, "--json"])
    assert first["code"] == second["code"] == 0
    assert first["served"] == 0
    assert second["served"] > 50  # extraction's modules: reading, facts, structure
    assert out1 == out2


SOURCE = "X = {value}\n"


@pytest.fixture
def package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A package `modcache_probe` with one module `sub` (X = 2), importable from tmp_path."""
    folder = tmp_path / "modcache_probe"
    folder.mkdir()
    (folder / "__init__.py").write_text("")
    (folder / "sub.py").write_text(SOURCE.format(value=2))
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(modcache, "_kept", {})
    monkeypatch.setattr(modcache, "_served", set())
    yield folder
    modcache.uninstall()
    for name in ("modcache_probe.sub", "modcache_probe"):
        sys.modules.pop(name, None)


def _keep(path: Path, value: int) -> None:
    """Keep `modcache_probe.sub` as the code of `X = value`, with the file's stat."""
    st = path.stat()
    code = compile(SOURCE.format(value=value), str(path), "exec", dont_inherit=True)
    modcache._kept["modcache_probe.sub"] = (
        str(path),
        st.st_mtime_ns,
        st.st_size,
        False,
        marshal.dumps(code),
        sys.modules["modcache_probe"].__spec__.cached.replace("__init__", "sub"),
        str(path.parent),  # the folder it is imported from
    )


def _imported_x() -> int:
    sys.modules.pop("modcache_probe.sub", None)
    importlib.import_module("modcache_probe")
    return int(importlib.import_module("modcache_probe.sub").X)


def test_a_kept_module_is_served_while_its_source_is_unchanged(package: Path) -> None:
    sub = package / "sub.py"
    importlib.import_module("modcache_probe")
    _keep(sub, 1)  # kept code that differs from the source: shows where the module came from
    modcache.install(package / "no-such-dir")
    assert _imported_x() == 1
    module = sys.modules["modcache_probe.sub"]
    assert module.__file__ == str(sub) and module.__spec__.origin == str(sub)
    assert module.__spec__.cached == sys.modules["modcache_probe"].__spec__.cached.replace(
        "__init__", "sub"
    )
    os.utime(sub, ns=(sub.stat().st_atime_ns, sub.stat().st_mtime_ns + 1_000_000))
    assert _imported_x() == 2  # touched: the usual import


def test_a_kept_module_is_made_with_the_attributes_the_import_would_set(package: Path) -> None:
    # made with them (the import system sets each only after asking the new module for it,
    # and each miss raised an AttributeError), and the same as the usual import gives
    sub = package / "sub.py"
    importlib.import_module("modcache_probe")
    _keep(sub, 2)
    modcache.install(package / "no-such-dir")
    spec = modcache._Finder.find_spec("modcache_probe.sub", [str(package)])
    assert spec is not None and spec.loader is not None
    made = spec.loader.create_module(spec)
    assert made is not None and made.__name__ == "modcache_probe.sub"
    assert (made.__file__, made.__cached__) == (str(sub), spec.cached)
    assert not hasattr(made, "__path__")
    served = _imported_x() and sys.modules["modcache_probe.sub"]
    modcache.uninstall()
    usual = _imported_x() and sys.modules["modcache_probe.sub"]
    assert isinstance(served.__loader__, modcache._Loader)
    assert not isinstance(usual.__loader__, modcache._Loader)
    for name in ("__name__", "__file__", "__cached__", "__package__"):
        assert getattr(served, name) == getattr(usual, name), name


def test_another_folders_module_is_not_served(package: Path, tmp_path: Path) -> None:
    other = tmp_path / "other" / "modcache_probe"
    other.mkdir(parents=True)
    (other / "sub.py").write_text(SOURCE.format(value=3))
    importlib.import_module("modcache_probe")
    _keep(other / "sub.py", 3)  # kept by a run of another checkout
    modcache.install(tmp_path / "no-such-dir")
    assert _imported_x() == 2


def test_save_keeps_what_was_imported_the_usual_way_and_a_damaged_file_is_ignored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(modcache, "_kept", {})
    monkeypatch.setattr(modcache, "_served", set())
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    assert modcache.save(tmp_path) >= 1  # this test process's summarizer modules (modcache)
    kept = dict(modcache._kept)
    name = "summarizer.modcache"
    origin = sys.modules[name].__spec__.origin
    assert kept[name][0] == origin and kept[name][5] == sys.modules[name].__spec__.cached
    assert marshal.loads(kept[name][4]) == compile(
        Path(origin).read_bytes(), origin, "exec", dont_inherit=True
    )
    assert modcache.save(tmp_path) == 0  # nothing changed since
    modcache._kept.clear()
    try:
        assert modcache.install(tmp_path) == len(kept)
    finally:
        modcache.uninstall()
    kept_file = next(tmp_path.glob("modules-*.marshal"))
    kept_file.write_bytes(marshal.dumps({"version": sys.version, "modules": {name: (origin,)}}))
    modcache._kept.clear()
    try:
        assert modcache.install(tmp_path) == 0  # another format
    finally:
        modcache.uninstall()
    kept_file.write_bytes(b"not marshal")
    modcache._kept.clear()
    try:
        assert modcache.install(tmp_path) == 0
    finally:
        modcache.uninstall()
