"""OpenAI Batch API on cassettes: submit, status, collect; hard violations re-asked in realtime."""

from __future__ import annotations

import json
import os
import urllib.request
from pathlib import Path
from typing import Any

import pytest

from summarizer.batch.collect import collect
from summarizer.batch.jobs import BatchJob, status, submit
from summarizer.cache import ResultCache
from summarizer.config import Config
from summarizer.errors import InputError
from summarizer.logs import RequestLog
from summarizer.pipeline import summarize_document

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
# Cassettes match without host and port; recording may point at a fake server on another port.
BASE_URL = os.environ.get("BATCH_RECORD_BASE_URL") or "http://127.0.0.1:8765/v1"


def _scenario(record_mode: str, name: str) -> None:
    """When recording, switch the fake server's scenario (and reset its counters)."""
    if record_mode in (None, "none"):
        return
    req = urllib.request.Request(
        BASE_URL.removesuffix("/v1") + "/_scenario",
        data=json.dumps({"name": name}).encode(),
        method="POST",
    )
    urllib.request.urlopen(req, timeout=5).close()


@pytest.fixture
def config(tmp_path: Path) -> Config:
    # Concurrency 1: realtime requests replay in recorded order (matching ignores bodies).
    return Config(
        concurrency=1,
        model="gpt-4o-mini",
        mode="tools",
        base_url=BASE_URL,
        api_key="sk-test",
        cache_dir=tmp_path / "cache",
        log_db=tmp_path / "logs.db",
    )


@pytest.fixture
def client(config: Config) -> Any:
    import openai

    return openai.OpenAI(base_url=BASE_URL, api_key="sk-test", max_retries=0)


def _lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]


@pytest.mark.vcr
def test_submit_status_collect(
    tmp_path: Path, config: Config, client: Any, record_mode: str
) -> None:
    _scenario(record_mode, "reference")
    state = tmp_path / "batch-state.json"
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    docs = [
        EXAMPLES / "mss-release.txt",
        empty,
        EXAMPLES / "multi-party.txt",
        EXAMPLES / "mss-release.txt",
    ]
    job = submit(docs, config, state, client=client)
    assert job.batch_id and job.input_file_id and len(job.documents) == 2  # duplicate dropped
    assert len(job.skipped) == 1 and "empty" in job.skipped[0]
    assert all(d.custom_id == f"{d.sha256}-{job.prompt_version}" for d in job.documents)
    assert BatchJob.load(state).batch_id == job.batch_id
    with pytest.raises(InputError, match="already tracks batch"):
        submit(docs, config, state, client=client)

    assert status(state, config, client=client).status == "completed"

    out = tmp_path / "results.jsonl"
    accepted, report = collect(state, config, out, client=client)
    assert accepted == 2
    logged = RequestLog(config.log_db).latest(0)
    assert {e.request["custom_id"] for e in logged} == {d.custom_id for d in job.documents}
    assert all(e.prompt_tokens and e.error is None for e in logged)
    assert (report.skipped, report.ok, report.failed) == (2, 0, 0)
    assert report.usage.requests == 0  # nothing asked in realtime
    lines = _lines(out)
    assert [Path(x["path"]).name for x in lines] == ["mss-release.txt", "multi-party.txt"]
    for line in lines:
        assert line["status"] == "ok" and line["prompt_version"] == job.prompt_version
        checks = line["result"]["report"]["checks"]
        assert not [c for c in checks if c["status"] == "unsupported"]
        assert line["result"]["usage"]["requests"] == 1

    # Collected answers went into the cache: a realtime run now costs no request
    # (a request would miss the cassette and fail).
    again = summarize_document(
        EXAMPLES / "multi-party.txt", config, cache=ResultCache(config.cache_dir)
    )
    assert again.cached and again.usage.requests == 0


@pytest.mark.vcr
def test_hard_violation_is_reasked_in_realtime(
    tmp_path: Path, config: Config, client: Any, record_mode: str
) -> None:
    # The batch's answer carries a phone the source lacks; the realtime re-ask gets it right.
    _scenario(record_mode, "hallucinated-phone-then-fix")
    state = tmp_path / "state.json"
    submit([EXAMPLES / "mss-release.txt"], config, state, client=client)
    out = tmp_path / "results.jsonl"
    accepted, report = collect(state, config, out, client=client)
    assert accepted == 0
    assert (report.ok, report.failed) == (1, 0)
    assert report.usage.requests == 1
    (line,) = _lines(out)
    assert line["status"] == "ok"
    phones = [c for c in line["result"]["report"]["checks"] if c["kind"] == "phone"]
    assert phones and all(c["status"] in ("exact", "normalised") for c in phones)


def test_submit_with_nothing_readable(tmp_path: Path, config: Config) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    with pytest.raises(InputError, match="no readable document"):
        submit([tmp_path / "empty.txt"], config, tmp_path / "state.json")
    assert not (tmp_path / "state.json").exists()


def test_status_without_state_says_what_to_do(tmp_path: Path, config: Config) -> None:
    with pytest.raises(InputError, match="batch submit"):
        status(tmp_path / "none.json", config)
    (tmp_path / "bad.json").write_text("{}")
    with pytest.raises(InputError, match="not a batch state file"):
        status(tmp_path / "bad.json", config)


@pytest.mark.vcr
def test_realtime_batch_then_rerun_from_cache(
    tmp_path: Path, config: Config, record_mode: str
) -> None:
    from summarizer.batch import run_batch

    _scenario(record_mode, "reference")
    docs = [EXAMPLES / "mss-release.txt", EXAMPLES / "multi-party.txt"]
    out = tmp_path / "r.jsonl"
    first = run_batch(docs, config, out=out, quiet=True)
    assert (first.ok, first.cached, first.usage.requests) == (2, 0, 2)
    # The rerun makes no request at all (one would miss the cassette and fail).
    second = run_batch(docs, config, quiet=True)
    assert (second.ok, second.cached, second.usage.requests) == (2, 2, 0)
    assert all(r.cached for r in second.results)
    # Requests were logged with their document hash and attempt number.
    entries = RequestLog(config.log_db).latest(0)
    assert len(entries) == 2 and {e.doc_sha256 for e in entries} == {
        o.sha256 for o in first.outcomes
    }
    assert all(e.attempt == 1 and e.response and e.prompt_tokens for e in entries)


@pytest.mark.parametrize(
    ("body", "headers", "words"),
    [
        ("<html><body>Sign in</body></html>", {"content-type": "text/html"}, "an HTML page"),
        ("{not json", {"content-type": "application/json"}, "a body that is not JSON"),
    ],
    ids=["html-page", "not-json"],
)
def test_submit_to_a_server_that_answers_no_api_object_is_one_line(
    tmp_path: Path, config: Config, body: str, headers: dict[str, str], words: str
) -> None:
    """A proxy's page where the uploaded file's object belongs was an AttributeError ('str'
    object has no attribute 'id') or a JSONDecodeError traceback."""
    import httpx2
    import openai

    from summarizer.errors import ModelError

    def answer(request: httpx2.Request) -> httpx2.Response:
        return httpx2.Response(200, text=body, headers=headers)

    http = httpx2.Client(transport=httpx2.MockTransport(answer))
    client = openai.OpenAI(base_url=BASE_URL, api_key="sk-test", max_retries=0, http_client=http)
    state = tmp_path / "job.json"
    with pytest.raises(
        ModelError, match=f"answered with {words}, not an API answer: check --base-url"
    ) as info:
        submit([EXAMPLES / "mss-release.txt"], config, state, client=client)
    assert "\n" not in str(info.value)
