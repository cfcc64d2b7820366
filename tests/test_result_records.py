"""Cached results read as records (no pydantic): the models' fields, as strict, the same briefing."""

from __future__ import annotations

import inspect
import json
import shutil
import sqlite3
import subprocess
import sys
import typing
from collections.abc import Iterator
from dataclasses import MISSING, fields
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

from summarizer.batch.cached import all_cached
from summarizer.batch.inputs import collect_inputs
from summarizer.batch.runner import run_batch
from summarizer.cache import ResultCache
from summarizer.config import Config
from summarizer.events import group_events, grouping_json
from summarizer.extract import facts_record
from summarizer.models import records, result_records
from summarizer.models.read_json import CONSTRAINTS, Rejected, read_json
from summarizer.models.records import dump_json, plain
from summarizer.models.report import SummaryResult
from summarizer.render import render_brief, render_grouped
from tests.cli_probe import kept_env

ROOT = Path(__file__).resolve().parent.parent
TWIN_NAMES = {"FactsResult": "FactsRecord", "SummaryResult": "SummaryRecord"}


def _twin(model: type[BaseModel]) -> type:
    name = TWIN_NAMES.get(model.__name__, model.__name__)
    return getattr(result_records, name, None) or getattr(records, name)


def _models(model: type[BaseModel] = SummaryResult) -> Iterator[type[BaseModel]]:
    """Every model a SummaryResult holds, itself first."""
    seen: list[type[BaseModel]] = []

    def walk(hint: Any) -> None:
        if isinstance(hint, type) and issubclass(hint, BaseModel) and hint not in seen:
            seen.append(hint)
            for f in hint.model_fields.values():
                walk(f.annotation)
        for arg in typing.get_args(hint):
            walk(arg)

    walk(model)
    return iter(seen)


def test_records_have_the_models_fields_defaults_and_constraints() -> None:
    constrained = set()
    for model in _models():
        twin = _twin(model)
        twin_fields = {f.name: f for f in fields(twin)}
        assert list(twin_fields) == list(model.model_fields), model.__name__
        for name, info in model.model_fields.items():
            f = twin_fields[name]
            if info.is_required():
                assert f.default is MISSING and f.default_factory is MISSING, (model, name)
            elif info.default_factory is not None:
                made, want = f.default_factory(), info.default_factory()  # type: ignore[operator, misc, call-arg]
                assert plain(made) == (want.model_dump() if isinstance(want, BaseModel) else want)
            else:
                assert f.default == info.default, (model, name)
            if info.metadata:
                declared = next(k for k in twin.__mro__ if name in inspect.get_annotations(k))
                constrained.add((declared, name))
    assert constrained == set(CONSTRAINTS)


def test_records_have_the_properties_and_methods_readers_use() -> None:
    for model in _models():
        own = {
            n
            for n, v in vars(model).items()
            if not n.startswith("_") and (callable(v) or isinstance(v, property))
        } - {"model_json_schema"}  # the schema sent to the model, never read from a result
        missing = {n for n in own if not hasattr(_twin(model), n)}
        assert not missing, (model.__name__, missing)


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Config, list[Path | str]]]:
    from tests.conftest import _fake_openai

    tmp = tmp_path_factory.mktemp("records")
    docs = tmp / "docs"
    docs.mkdir()
    for path in sorted((ROOT / "examples").glob("*.txt")):
        shutil.copy(path, docs / path.name)
    with _fake_openai() as url:
        config = Config(base_url=url, cache_dir=tmp / "cache", use_log=False)
        report = run_batch([docs], config, quiet=True)
    assert report.ok >= 3
    yield config, collect_inputs([docs])


def _stored(config: Config) -> list[str]:
    with sqlite3.connect(Path(config.cache_dir) / "results.db") as conn:
        return [row[0] for row in conn.execute("SELECT result FROM results ORDER BY key")]


def test_stored_answers_read_as_the_models_read_them(
    filled: tuple[Config, list[Path | str]],
) -> None:
    config, _ = filled
    stored = _stored(config)
    assert stored
    for text in stored:
        record = read_json(result_records.SummaryRecord, text)
        assert plain(record) == SummaryResult.model_validate_json(text).model_dump(mode="json")


def _corruptions(text: str) -> Iterator[str]:
    """Stored texts damaged in the ways a stray write, an older version or a hand edit would."""
    data = json.loads(text)
    yield text[: len(text) // 2]
    yield "not json"
    yield "[]"
    yield text.replace('"mode":"model"', '"mode":"modle"', 1)

    def changed(path: tuple[Any, ...], value: Any, *, drop: bool = False) -> str:
        copy = json.loads(text)
        node = copy
        for step in path[:-1]:
            node = node[step]
        if drop:
            del node[path[-1]]
        else:
            node[path[-1]] = value
        return json.dumps(copy, ensure_ascii=False)

    briefing = ("briefing",)
    for path, value in [
        ((*briefing, "summary_en"), []),
        ((*briefing, "summary_en"), ["x"] * 7),
        ((*briefing, "title_en"), 3),
        ((*briefing, "title_en"), None),
        ((*briefing, "event"), "soon"),
        (("attempts",), True),
        (("attempts",), 1.0),
        (("attempts",), "2"),
        (("usage", "cost_usd"), 1),
        (("usage", "cost_usd"), "0.5"),
        (("facts", "source", "chars"), -1),
        (("facts", "source", "format"), "docx"),
        (("report", "checks"), {}),
        (("cached",), "yes"),
    ]:
        yield changed(path, value)
    if data["facts"]["facts"]:
        yield changed(("facts", "facts", 0, "start"), -1)
        yield changed(("facts", "facts", 0, "end"), 2.5)
        yield changed(("facts", "facts", 0, "kind"), "weight")
        yield changed(("facts", "facts", 0, "unknown_key"), [1, 2])
    if data["report"]["checks"]:
        yield changed(("report", "checks", 0, "status"), "maybe")
        yield changed(("report", "checks", 0, "claim"), None, drop=True)
        yield changed(("report", "checks", 0, "hard"), 0)
    yield changed(("facts",), None, drop=True)
    yield changed(("briefing",), None)
    yield text.replace('"title_ko":"', '"title_ko":"\\ud800', 1)
    yield changed(("usage", "requests"), float("nan"))
    yield changed(("usage", "cost_usd"), float("inf"))


def test_no_damaged_answer_is_read_that_the_models_refuse(
    filled: tuple[Config, list[Path | str]], tmp_path: Path
) -> None:
    config, _ = filled
    cache = ResultCache(tmp_path)
    tried = refused = 0
    for text in _stored(config)[:2]:
        for damaged in _corruptions(text):
            tried += 1
            try:
                model: SummaryResult | None = SummaryResult.model_validate_json(damaged)
            except ValueError:
                model = None
            try:
                record = read_json(result_records.SummaryRecord, damaged)
            except Rejected:
                record = None
            if record is not None:
                assert model is not None, damaged[:200]
                assert plain(record) == model.model_dump(mode="json")
            else:
                refused += 1
            # What the cache gives: the model's verdict either way, marked cached.
            with cache._db() as conn:
                conn.execute(
                    "INSERT OR REPLACE INTO results VALUES ('k', '', '', '', '', 0, ?)", (damaged,)
                )
            got, expected = cache.get_record("k"), cache.get("k")
            assert (got is None) == (expected is None)
            if got is not None and expected is not None:
                assert got.cached and got.usage.requests == 0
                dumped = got.model_dump(mode="json") if isinstance(got, BaseModel) else plain(got)
                assert dumped == expected.model_dump(mode="json")
    # Most are refused by the reader: by the models too, or the models coerce (`"2"`, `true`).
    assert tried > 40 and refused > tried * 3 // 4


@pytest.mark.parametrize("fmt", ["markdown", "html", "text"])
def test_records_render_the_same_briefing(
    filled: tuple[Config, list[Path | str]], fmt: typing.Literal["markdown", "html", "text"]
) -> None:
    config, paths = filled
    now = datetime(2025, 3, 12, 9, 0)
    light = all_cached(paths, config, records=True)
    full = all_cached(paths, config)
    assert light is not None and full is not None
    assert all(isinstance(r, result_records.SummaryRecord) for r in light.results)
    assert all(isinstance(r, SummaryResult) for r in full.results)
    assert light.texts == full.texts
    assert plain(light.usage) == full.usage.model_dump()
    outputs = []
    for report in (light, full):
        results = report.results
        grouping = group_events(results, texts=report.texts)
        outputs.append(
            (
                render_grouped(results, grouping, fmt, now, texts=report.texts),
                render_brief(results, fmt, now, texts=report.texts),
                grouping_json(grouping, indent=2),
            )
        )
    assert outputs[0] == outputs[1]


# Runs the CLI as the console script does and reports which of `heavy` it imported.
PROBE = """
import json, sys
from summarizer.cli import main
heavy = json.loads(sys.argv[2])
sys.argv = ["summarizer", *json.loads(sys.argv[1])]
code = main()
print(json.dumps([m for m in heavy if m in sys.modules]), file=sys.stderr)
"""


@pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
def test_a_cached_brief_imports_no_pydantic_once_its_tables_are_kept(
    tmp_path: Path, fake_openai_url: str
) -> None:
    env = kept_env(  # tables are kept as bytecode is
        tmp_path / "cache",
        SUMMARIZER_LOG_DB=str(tmp_path / "logs.db"),
        OPENAI_BASE_URL=fake_openai_url,
    )
    heavy = ["pydantic", "summarizer.models.report", "summarizer.glossary.load", "hashlib"]
    loaded = []
    for _ in range(2):  # the first run asks the server and keeps the tables
        proc = subprocess.run(
            [
                sys.executable,
                "-c",
                PROBE,
                json.dumps(["brief", str(ROOT / "examples"), "-q"]),
                json.dumps(heavy),
            ],
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert proc.returncode == 0, proc.stderr
        loaded.append(json.loads(proc.stderr.strip().splitlines()[-1]))
    assert "pydantic" in loaded[0]
    assert loaded[1] == []


ODD_VALUES = [
    {},
    [],
    (),
    {"이름": [], "빈": {}, "목록": [[], [{}]]},
    {"a": [1, -2, 2.5, None, True, False, 'quote " back \\ line\n tab\t \u2028 가람시']},
    [{"k": {1: "x", None: "y"}}],  # keys other than str: json's own rules
    {"x": float("nan"), "y": float("inf")},
    "plain",
    0,
    None,
]


@pytest.mark.parametrize("indent", [2, 4])
def test_indented_json_is_what_json_dumps_writes(indent: int) -> None:
    examples = sorted((ROOT / "examples").glob("*.txt"))
    values = [*ODD_VALUES, *(plain(facts_record(str(p))) for p in examples)]
    for value in values:
        assert dump_json(value, indent=indent) == json.dumps(
            value, ensure_ascii=False, indent=indent
        )


def test_indented_json_needs_no_json_package() -> None:
    probe = (
        "import sys; from summarizer.models.records import dump_json; "
        "dump_json({'a': [1, 'b', None, {}]}, indent=2); print('json' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert done.stdout.strip() == "False"
