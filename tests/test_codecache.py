"""The CLI's kept generated code (dataclasses, namedtuple): what compiling the text gives,
the same output, nothing compiled on the second run, ignored when stale or foreign."""

from __future__ import annotations

import collections
import dataclasses
import json
import marshal
import os
import sys
from pathlib import Path
from typing import Any

import pytest

from summarizer import codecache, kept
from tests.cli_probe import run_probe

ROOT = Path(__file__).resolve().parent.parent
DOC = str(ROOT / "examples" / "mss-release.txt")

# Runs the CLI's entry point and reports how many texts the kept code lacked: what it compiled.
PROBE = """
import builtins, json, sys
from summarizer import codecache
texts = [0]
def counting(*args, **kwargs):
    texts[0] += 1
    return builtins.compile(*args, **kwargs)
codecache.compile = counting
from summarizer.cli import main
sys.argv = ["summarizer", *json.loads(sys.argv[1])]
code = main()
print(json.dumps({"code": code, "texts": texts[0]}), file=sys.stderr)
"""


def _run(tmp: Path, args: list[str]) -> tuple[dict[str, int], str]:
    return run_probe(PROBE, json.dumps(args), tmp)


@pytest.mark.parametrize("args", [["facts", DOC, "--json"], ["facts", DOC]], ids=["json", "table"])
def test_a_second_run_compiles_no_generated_code_and_prints_the_same(
    tmp_path: Path, args: list[str]
) -> None:
    first, out1 = _run(tmp_path, args)
    assert codecache.cache_file(tmp_path, "facts").exists()
    second, out2 = _run(tmp_path, args)
    assert first["code"] == second["code"] == 0
    assert first["texts"] > 20  # the records', facts' and structure's dataclasses
    assert second["texts"] == 0
    assert out1 == out2


@pytest.fixture
def fresh(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(codecache, "_codes", {})
    monkeypatch.setattr(codecache, "_new", set())
    monkeypatch.setattr(sys, "dont_write_bytecode", False)


def _classes() -> tuple[type, type, type]:
    @dataclasses.dataclass(frozen=True, order=True)
    class Point:
        x: int
        y: int = 0
        tags: list[str] = dataclasses.field(default_factory=list)

    @dataclasses.dataclass(kw_only=True, slots=True)
    class Named:
        name: str
        size: int | None = None

    Pair = collections.namedtuple("Pair", "left right", defaults=[None])
    return Point, Named, Pair


def test_kept_code_is_the_code_compile_gives_and_classes_behave_alike(
    tmp_path: Path, fresh: None
) -> None:
    plain = _classes()
    codecache.install(tmp_path)
    try:
        built = _classes()
        assert codecache.save(tmp_path) >= 5
        codecache._codes.clear()
        assert codecache.install(tmp_path) >= 5
        for (mode, text), code in codecache._codes.items():  # kept marshalled until asked for
            assert isinstance(code, memoryview)  # a part of the file, not copied
            assert marshal.loads(code) == compile(text, "<string>", mode, dont_inherit=True)
        kept = _classes()
        assert codecache.save(tmp_path) == 0  # every text came from the file
    finally:
        codecache.uninstall()
    assert "exec" not in vars(dataclasses) and "eval" not in vars(collections)
    for Point, Named, Pair in (plain, built, kept):
        p = Point(1, tags=["a"])
        assert (repr(p), p == Point(1, 0, ["a"]), p < Point(2)) == (
            "_classes.<locals>.Point(x=1, y=0, tags=['a'])",
            True,
            True,
        )
        with pytest.raises(dataclasses.FrozenInstanceError):
            p.x = 3  # type: ignore[misc]
        assert repr(Named(name="n")).endswith("Named(name='n', size=None)")
        with pytest.raises(TypeError):
            Named("n")  # type: ignore[misc]
        assert Pair(1) == (1, None) and Pair(1, 2).right == 2


def test_a_broken_stale_or_foreign_file_is_ignored(tmp_path: Path, fresh: None) -> None:
    path = codecache.cache_file(tmp_path)
    for content in (
        b"not marshal",
        marshal.dumps({"version": "another python", "codes": {("exec", "x = 1"): None}}),
        marshal.dumps({"version": sys.version, "codes": {("exec", "x = 1"): "not code"}}),
        marshal.dumps(
            {
                "version": sys.version,
                "codes": {("exec", "x = 1"): compile("x = 1", "<string>", "exec")},
            }
        ),
    ):
        path.write_bytes(content)  # not a kept file at all
        try:
            assert codecache.install(tmp_path) == 0
            assert _classes()[2](1) == (1, None)  # compiled as usual
        finally:
            codecache.uninstall()
    code = marshal.dumps(compile("y = 2", "<string>", "exec"))  # another text's code
    for codes, parts, read in (
        ({("exec", "x = 1"): 0}, [code], 0),  # not a list of keys
        ([("exec", "x = 1")], [code, code], 0),  # a part without its key
        ([["exec", "x = 1"]], [code], 0),  # a key that is no (mode, text) pair
        ([("exec", "x = 1")], [b"not marshal"], 1),  # a damaged code: compiled when asked
    ):
        kept.write_file(path, {"codes": codes}, parts)
        try:
            assert codecache.install(tmp_path) == read
            namespace: dict[str, int] = {}
            codecache.run("x = 1", namespace)
            assert namespace["x"] == 1
        finally:
            codecache.uninstall()
            codecache._codes.clear()


def test_a_damaged_kept_code_is_compiled_again(tmp_path: Path, fresh: None) -> None:
    codecache.install(tmp_path)
    try:
        _classes()
        codecache.save(tmp_path)
        codecache._codes.clear()
        assert codecache.install(tmp_path) >= 5
        for key in codecache._codes:
            codecache._codes[key] = b"damaged"
        plain = _classes()
        assert plain[2](1) == (1, None) and repr(plain[1](name="n")).endswith("size=None)")
        assert len(codecache._new) >= 5  # compiled again, and kept at the next save
    finally:
        codecache.uninstall()


def test_nothing_is_written_without_bytecode(
    tmp_path: Path, fresh: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    codecache.install(tmp_path)
    try:
        _classes()
    finally:
        codecache.uninstall()
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    assert codecache.save(tmp_path) == 0
    assert not codecache.cache_file(tmp_path).exists()


def test_the_digest_is_hashlibs_for_small_and_large_inputs() -> None:
    import hashlib

    from summarizer.digest import SMALL, sha256_hex

    for data in (b"", "보도자료 2025".encode(), os.urandom(SMALL - 1), os.urandom(SMALL + 1)):
        assert sha256_hex(data) == hashlib.sha256(data).hexdigest()


def test_typing_forward_refs_compile_as_the_builtin_does(tmp_path: Path) -> None:
    import typing

    codecache.install(tmp_path, "probe")
    try:
        assert typing.compile is codecache._compile  # type: ignore[attr-defined]
        kept = typing.ForwardRef("int | None").__forward_code__
        typing.ForwardRef("int | None")  # the second comes from the kept codes
        with pytest.raises(SyntaxError):
            typing.ForwardRef("int |")
    finally:
        codecache.uninstall()
    assert "compile" not in typing.__dict__
    assert kept == compile("int | None", "<string>", "eval", dont_inherit=True)
    assert kept == typing.ForwardRef("int | None").__forward_code__


def _twins(frozen: bool) -> tuple[Any, Any]:
    """One class written twice, made by `dataclasses.dataclass` and by codecache's."""
    import dataclasses

    def body() -> dict[str, object]:
        return {
            "__annotations__": {"name": "str", "start": "int", "tags": "list[str]", "why": "str"},
            "tags": dataclasses.field(default_factory=list),
            "why": "",
            "__doc__": "An invented record.",
        }

    real = dataclasses.dataclass(frozen=frozen)(type("Item", (), body()))
    light = codecache.light_dataclass(frozen=frozen)(type("Item", (), body()))
    return real, light


@pytest.mark.parametrize("frozen", [False, True])
def test_the_light_dataclass_behaves_as_dataclass(frozen: bool) -> None:
    import dataclasses

    real, light = _twins(frozen)
    for cls in (real, light):
        a, b = cls("가나시", 3), cls(name="가나시", start=3, tags=[])
        assert a == b and a != cls("가나시", 4) and a.tags == [] and a.why == ""
        assert a.tags is not cls("x", 1).tags  # a fresh list each
        assert (a == object()) is False
    assert repr(real("가나시", 3, ["x"])) == repr(light("가나시", 3, ["x"]))
    assert real("a", 1) != light("a", 1)  # another class, as two dataclasses
    assert [f.name for f in dataclasses.fields(light)] == ["name", "start", "tags", "why"]
    assert [f.name for f in dataclasses.fields(light)] == [f.name for f in dataclasses.fields(real)]
    assert dataclasses.replace(light("a", 1), start=2) == light("a", 2)
    assert dataclasses.asdict(light("a", 1)) == dataclasses.asdict(real("a", 1))
    assert dataclasses.is_dataclass(light) and light.__match_args__ == real.__match_args__
    assert light.__dataclass_params__.frozen is frozen
    with pytest.raises(TypeError):
        light()
    if frozen:
        for cls in (real, light):  # the hash of the fields' tuple
            assert hash(cls("a", 1, ("x",))) == hash(("a", 1, ("x",), ""))
        with pytest.raises(dataclasses.FrozenInstanceError):
            light("a", 1).start = 2
        with pytest.raises(dataclasses.FrozenInstanceError):
            del light("a", 1).start
    else:
        assert light.__hash__ is None and real.__hash__ is None
        item = light("a", 1)
        item.start = 2
        assert item == light("a", 2)
