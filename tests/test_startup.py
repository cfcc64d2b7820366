"""Start-up: `summarizer facts` works on light records and never imports pydantic, and its JSON
is byte for byte what the Python API's FactsResult writes; a cached run imports neither the
extraction layers nor the model call (see benchmarks/bench_startup.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from summarizer.cli import cli
from summarizer.extract import extract_facts, facts_record
from summarizer.models.records import dump_json

ROOT = Path(__file__).resolve().parent.parent
DOCS = sorted((ROOT / "examples").glob("*.txt")) + sorted((ROOT / "corpus" / "docs").glob("*"))
DOC = str(ROOT / "examples" / "mss-release.txt")
HEAVY = ("pydantic", "pydantic_core", "rich", "openai", "instructor")

# Runs the CLI in this process and reports, on the last stderr line, the heavy packages loaded.
PROBE = """
import json, sys
from summarizer.cli import main
heavy = json.loads(sys.argv[2])
sys.argv = ["summarizer", *json.loads(sys.argv[1])]
code = main()
print(json.dumps({"code": code, "loaded": [m for m in heavy if m in sys.modules]}), file=sys.stderr)
"""


def _probe(
    args: list[str], tmp: Path, heavy: tuple[str, ...] = HEAVY, **extra: str
) -> dict[str, object]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "SUMMARIZER_"))}
    env.update(SUMMARIZER_CACHE_DIR=str(tmp / "cache"), SUMMARIZER_LOG_DB=str(tmp / "logs.db"))
    env.update(extra)
    proc = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(args), json.dumps(heavy)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    report: dict[str, object] = json.loads(proc.stderr.strip().splitlines()[-1])
    return report


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_the_records_json_is_the_models_json(path: Path) -> None:
    model = extract_facts(path)
    record = facts_record(path)
    assert dump_json(record, indent=2) == model.model_dump_json(indent=2)
    assert dump_json(record) == model.model_dump_json()


def test_the_records_json_with_text_and_a_given_date() -> None:
    model = extract_facts(DOC, reference_date="2024-07-17", include_text=True)
    record = facts_record(DOC, reference_date="2024-07-17", include_text=True)
    assert dump_json(record, indent=2) == model.model_dump_json(indent=2)


def test_a_document_model_is_taken_as_it_is() -> None:
    from summarizer.reading import read_document

    doc = read_document(DOC)
    assert extract_facts(doc) == extract_facts(DOC)
    assert dump_json(facts_record(doc)) == extract_facts(DOC).model_dump_json()


def test_facts_json_prints_what_the_api_returns() -> None:
    out = CliRunner().invoke(cli, ["facts", DOC, "--json"])
    assert out.exit_code == 0, out.output
    assert out.stdout == extract_facts(DOC).model_dump_json(indent=2) + "\n"


def test_facts_json_imports_neither_pydantic_nor_rich(tmp_path: Path) -> None:
    report = _probe(["facts", DOC, "--json"], tmp_path)
    assert report == {"code": 0, "loaded": []}


def test_facts_reads_its_cache_dir_without_the_config_module(tmp_path: Path) -> None:
    # The kept patterns' directory comes from summarizer.cachedir: the Config class, json
    # prices and the rest of summarizer.config are for commands that call a model.
    report = _probe(["facts", DOC, "--json"], tmp_path, heavy=("summarizer.config",))
    assert report == {"code": 0, "loaded": []}


def test_facts_on_text_loads_no_openssl_html_parser_or_platformdirs(tmp_path: Path) -> None:
    # A text document's digest needs no OpenSSL, its reading no HTML parser (nor pathlib or
    # urllib on POSIX), the default cache directory (an empty SUMMARIZER_CACHE_DIR counts as
    # unset) no platformdirs on Linux, and the structure rules no English renderings.
    heavy: tuple[str, ...] = ("hashlib", "_hashlib", "html.parser", "summarizer.english.people")
    heavy += ("pathlib", "urllib.parse") if os.name == "posix" else ()
    env: dict[str, str] = {}
    if sys.platform == "linux":
        heavy += ("platformdirs",)
        env = {"SUMMARIZER_CACHE_DIR": "", "XDG_CACHE_HOME": str(tmp_path / "xdg")}
    report = _probe(["facts", DOC, "--json"], tmp_path, heavy, **env)
    assert report == {"code": 0, "loaded": []}


def test_the_facts_table_imports_neither_pydantic_nor_rich(tmp_path: Path) -> None:
    # The tables are laid out as rich laid them out, without rich (tests/test_facts_table.py).
    report = _probe(["facts", DOC], tmp_path)
    assert report == {"code": 0, "loaded": []}


@pytest.mark.parametrize(
    "english",
    [
        # loaded at the first sentence that may sign in English, or an English venue's turn
        ("en_parties", "en_forms", "en_heads", "en_names", "venue_en"),
        # loaded where a page reads as English: its pledges, its `between A and B` parties
        ("en_leads", "en_commitments", "en_between"),
    ],
)
def test_a_korean_page_loads_no_english_readings(tmp_path: Path, english: tuple[str, ...]) -> None:
    # an English page loads the first two of each group (the rest wait for their own forms)
    heavy = tuple(f"summarizer.structure.{m}" for m in english)
    report = _probe(["facts", DOC, "--json"], tmp_path, heavy)
    assert report == {"code": 0, "loaded": []}
    english_doc = str(ROOT / "corpus" / "docs" / "h05-english-release.txt")
    report = _probe(["facts", english_doc, "--json"], tmp_path, heavy[:2])
    assert report == {"code": 0, "loaded": list(heavy[:2])}


def test_a_plain_release_loads_no_rare_readers(tmp_path: Path) -> None:
    # Each loaded at the first page that gets that far: a party's share told in turn, a venue
    # from the sentences before the signing or a photo caption, a date from a page's paths.
    rare = (
        "summarizer.structure.shares",
        "summarizer.structure.venue_caption",
        "summarizer.facts.refpaths",
    )
    report = _probe(["facts", DOC, "--json"], tmp_path, rare)
    assert report == {"code": 0, "loaded": []}


def test_help_imports_nothing_heavy(tmp_path: Path) -> None:
    report = _probe(["--help"], tmp_path)
    assert report == {"code": 0, "loaded": []}


def test_facts_loads_no_other_commands_module(tmp_path: Path) -> None:
    from summarizer.cli.app import COMMAND_MODULES

    others = tuple(sorted({m for m in COMMAND_MODULES.values() if not m.endswith(".facts_cmd")}))
    report = _probe(["facts", DOC, "--json"], tmp_path, heavy=others)
    assert report == {"code": 0, "loaded": []}
    report = _probe(["--help"], tmp_path, heavy=others)  # the listing loads every command
    assert report == {"code": 0, "loaded": list(others)}


def test_every_command_is_in_the_lazy_map() -> None:
    from summarizer.cli.app import COMMAND_MODULES

    assert sorted(cli.commands) == sorted(COMMAND_MODULES)
    assert cli.list_commands(None) == sorted(COMMAND_MODULES)  # type: ignore[arg-type]
    for name, command in cli.commands.items():
        assert command.callback is not None
        assert command.callback.__module__ == COMMAND_MODULES[name] or name == "batch", name


@pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
def test_a_cached_brief_imports_no_extraction_and_no_model_call(
    tmp_path: Path, fake_openai_url: str
) -> None:
    first = _probe(["brief", DOC, "-q"], tmp_path, OPENAI_BASE_URL=fake_openai_url)
    assert first["code"] == 0
    # Pydantic is still loaded: the cached result is validated before it is rendered. Every
    # document answered from the cache, the batch runner (asyncio, ssl, pool) is not loaded.
    heavy = ("summarizer.structure", "summarizer.llm", "openai", "instructor", "rich")
    heavy += ("asyncio", "ssl", "multiprocessing", "summarizer.batch.runner")
    # pydantic's plugin loader (importlib.metadata) is not loaded while plugins are off
    heavy += ("importlib.metadata", "pydantic.plugin._loader")
    again = _probe(["brief", DOC, "-q"], tmp_path, heavy, OPENAI_BASE_URL=fake_openai_url)
    assert again == {"code": 0, "loaded": []}
    # ... and is, as pydantic's own, when PYDANTIC_DISABLE_PLUGINS= (empty) turns them on
    plugins_on = _probe(
        ["brief", DOC, "-q"],
        tmp_path,
        ("importlib.metadata", "pydantic.plugin._loader"),
        OPENAI_BASE_URL=fake_openai_url,
        PYDANTIC_DISABLE_PLUGINS="",
    )
    assert plugins_on == {"code": 0, "loaded": ["importlib.metadata", "pydantic.plugin._loader"]}
    folder = tmp_path / "docs"  # `summarize` on a folder: the same, printed on stdout
    folder.mkdir()
    (folder / "release.txt").write_bytes(Path(DOC).read_bytes())
    many = _probe(
        ["summarize", str(folder), "-q"], tmp_path, heavy, OPENAI_BASE_URL=fake_openai_url
    )
    assert many == {"code": 0, "loaded": []}


def _brief(args: list[str], tmp: Path, base_url: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "SUMMARIZER_"))}
    env.update(
        SUMMARIZER_CACHE_DIR=str(tmp / "cache"),
        SUMMARIZER_LOG_DB=str(tmp / "logs.db"),
        OPENAI_BASE_URL=base_url,
    )
    return subprocess.run(
        [sys.executable, "-m", "summarizer", "brief", *args, "-q"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
def test_a_cached_brief_prints_what_the_runner_printed(
    tmp_path: Path, fake_openai_url: str
) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    for name in ("mss-release.txt", "multi-party.txt", "news-relative.txt"):
        (docs / name).write_bytes((ROOT / "examples" / name).read_bytes())
    first = _brief([str(docs)], tmp_path, fake_openai_url)
    assert first.returncode == 0, first.stderr
    assert "3 request(s) (0 cached)" in first.stderr
    now = ["--now", "2025-10-14T09:00"]
    for suffix in (".md", ".html", ".txt"):
        # --resume always goes through the runner (here: every document a cache hit there).
        by_runner, direct = tmp_path / f"runner{suffix}", tmp_path / f"direct{suffix}"
        runner = _brief(
            [str(docs), *now, "-o", str(by_runner), "--resume"], tmp_path, fake_openai_url
        )
        assert runner.returncode == 0, runner.stderr
        cached = _brief([str(docs), *now, "-o", str(direct)], tmp_path, fake_openai_url)
        assert cached.returncode == 0, cached.stderr
        assert "3 document(s): 3 ok, 0 failed, 0 request(s) (3 cached)" in cached.stderr
        assert direct.read_text(encoding="utf-8") == by_runner.read_text(encoding="utf-8")
        assert not (tmp_path / f"direct{suffix}.progress.jsonl").exists()
    # One document not cached yet: the runner does the batch, the others still from the cache.
    (docs / "agency-cp949.txt").write_bytes((ROOT / "examples" / "agency-cp949.txt").read_bytes())
    mixed = _brief([str(docs), "--json"], tmp_path, fake_openai_url)
    assert mixed.returncode == 0, mixed.stderr
    assert "4 document(s): 4 ok, 0 failed, 1 request(s) (3 cached)" in mixed.stderr
    again = _brief([str(docs), "--json"], tmp_path, fake_openai_url)
    assert "4 document(s): 4 ok, 0 failed, 0 request(s) (4 cached)" in again.stderr
    assert again.stdout == mixed.stdout


def test_every_record_has_its_models_fields_in_order() -> None:
    from dataclasses import MISSING, fields

    from summarizer.models import document as model_document
    from summarizer.models import facts as model_facts
    from summarizer.models import records

    names = [n for n in records.__all__ if isinstance(getattr(model_facts, n, None), type)]
    pairs = [(getattr(records, n), getattr(model_facts, n)) for n in names]
    pairs += [
        (records.Document, model_document.Document),
        (records.FactsRecord, model_facts.FactsResult),
    ]
    assert len(pairs) >= 16
    for record, model in pairs:
        assert [f.name for f in fields(record)] == list(model.model_fields), record
        for f in fields(record):
            info = model.model_fields[f.name]
            if f.default is not MISSING:
                assert info.default == f.default, (record, f.name)
            elif f.default_factory is not MISSING:
                assert info.default_factory is not None, (record, f.name)
                made = info.default_factory()  # type: ignore[call-arg]
                made = made.model_dump() if hasattr(made, "model_dump") else made
                assert made == records.plain(f.default_factory()), (record, f.name)
            else:
                assert info.is_required(), (record, f.name)


def test_the_cli_takes_its_plugin_loader_out_as_it_returns(tmp_path: Path) -> None:
    # In a fresh process: the stand-in answers no plugins while main runs, and is gone after.
    probe = """
import sys
from summarizer.cli import app
sys.argv = ["summarizer", "--help"]
loader = app._no_plugin_loader()
assert loader is not None and sys.modules["pydantic.plugin._loader"] is loader
assert loader.get_plugins() == ()
app._drop_plugin_loader(loader)
assert "pydantic.plugin._loader" not in sys.modules
from pydantic.plugin._loader import get_plugins  # the real one loads as before
assert list(get_plugins()) == []
"""
    env = dict(os.environ, PYDANTIC_DISABLE_PLUGINS="__all__")
    proc = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
