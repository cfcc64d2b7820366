"""OpenAI Batch API jobs: submit and status, with state in a JSON file so any step resumes."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from summarizer.batch.api_lines import ENDPOINT, request_body, request_line
from summarizer.batch.inputs import collect_inputs
from summarizer.config import Config
from summarizer.errors import ConfigError, InputError, ModelError
from summarizer.models.defaults import empty_list


class JobDocument(BaseModel):
    """One document of a submitted batch."""

    path: str
    sha256: str
    custom_id: str


class BatchJob(BaseModel):
    """Everything needed to pick a Batch API job up again, from any step."""

    model: str
    mode: str
    endpoint: str
    prompt_version: str
    reference_date: str | None = None
    documents: list[JobDocument] = Field(default_factory=empty_list)
    input_file_id: str | None = None
    batch_id: str | None = None
    status: str = "prepared"
    output_file_id: str | None = None
    error_file_id: str | None = None
    request_counts: dict[str, int] | None = None
    skipped: list[str] = Field(default_factory=empty_list)  # inputs that could not be read, and why

    def save(self, path: Path) -> None:
        """Write atomically: a crash never leaves half a state file."""
        tmp = path.with_name(path.name + ".tmp")
        try:
            tmp.write_text(self.model_dump_json(indent=2), encoding="utf-8")
            os.replace(tmp, path)
        except OSError as exc:
            raise ConfigError(
                f"cannot write the state file {path} ({exc.strerror}): choose another --state"
            ) from None

    @classmethod
    def load(cls, path: Path) -> BatchJob:
        """Read a state file written by `submit`."""
        try:
            return cls.model_validate_json(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise InputError(
                f"no state file {path}: run `summarizer batch submit` first, or pass --state"
            ) from None
        except ValueError:
            raise InputError(
                f"{path} is not a batch state file: pass the --state that submit wrote"
            ) from None


def openai_client(config: Config) -> Any:
    """A plain OpenAI client for the files and batches endpoints."""
    if not config.has_model():
        raise ConfigError(
            "the Batch API needs a model endpoint: set OPENAI_API_KEY (or OPENAI_BASE_URL)"
        )
    import openai

    return openai.OpenAI(
        api_key=config.api_key or "not-needed",
        base_url=config.endpoint,
        timeout=config.timeout,
        max_retries=2,
    )


def api_call(call: Any, config: Config, *, what: str | None = None) -> Any:
    """Run one files/batches call; API and transport errors become ModelError with what to do.

    `what` names the object asked for ("batch batch_abc"), so a 404 says that it is unknown
    rather than blaming the model.
    """
    import json

    from summarizer.llm.failures import classify, model_error, text_answer, unreadable_answer

    try:
        answer = call()
    except json.JSONDecodeError:  # an HTTP 200 whose body is not JSON (a proxy, a wrong URL)
        raise unreadable_answer(config.endpoint, "an API answer") from None
    except Exception as exc:
        if classify(exc) == "other":
            raise
        if what and getattr(exc, "status_code", None) == 404:
            raise ModelError(
                f"{what} is not known at {config.endpoint} (HTTP 404): check the --state file "
                "and that the API key belongs to the account that submitted it"
            ) from exc
        raise model_error(exc, model=config.model, endpoint=config.endpoint) from exc
    if isinstance(answer, str | bytes):  # an HTML page where a file or batch object belongs
        raise text_answer(answer, config.endpoint, "an API answer")
    return answer


def submit(
    sources: list[str | Path],
    config: Config,
    state: Path,
    *,
    client: Any = None,
    reference_date: date | str | None = None,
) -> BatchJob:
    """Build one request per document, upload them and create the batch; resumes a half-done submit."""
    job = BatchJob.load(state) if state.exists() else None
    if job is not None and job.batch_id:
        raise InputError(
            f"{state} already tracks batch {job.batch_id}: run `summarizer batch status` "
            "or `collect`, or pass another --state"
        )
    client = client or openai_client(config)
    if job is None or job.input_file_id is None:
        job, data = _prepare(sources, config, reference_date)
        uploaded = api_call(
            lambda: client.files.create(
                file=("requests.jsonl", data, "application/jsonl"), purpose="batch"
            ),
            config,
        )
        job.input_file_id = uploaded.id
        job.save(state)
    input_file_id = job.input_file_id
    batch = api_call(
        lambda: client.batches.create(
            input_file_id=input_file_id,
            endpoint=ENDPOINT,
            completion_window="24h",
            metadata={"prompt_version": job.prompt_version},
        ),
        config,
    )
    _update(job, batch)
    job.save(state)
    return job


def _prepare(
    sources: list[str | Path], config: Config, reference_date: date | str | None
) -> tuple[BatchJob, bytes]:
    from summarizer.extract import extract_facts
    from summarizer.pipeline import prepare
    from summarizer.prompting import prompt_version
    from summarizer.reading import read_document

    version = prompt_version()
    ref = reference_date.isoformat() if isinstance(reference_date, date) else reference_date
    job = BatchJob(
        model=config.model,
        mode="tools" if config.mode == "auto" else config.mode,  # Batch API: OpenAI tool calls
        endpoint=config.endpoint,
        prompt_version=version,
        reference_date=ref,
    )
    lines, seen = [], set()
    for path in collect_inputs(sources):
        try:
            doc = read_document(path)
        except InputError as exc:
            job.skipped.append(str(exc))  # one unreadable file does not sink the batch
            continue
        custom_id = f"{doc.source.sha256}-{version}"
        if custom_id in seen:
            continue  # the same document twice is one request
        seen.add(custom_id)
        p = prepare(doc.text, extract_facts(doc, reference_date=ref), config)
        lines.append(request_line(custom_id, request_body(p.messages, config)))
        job.documents.append(
            JobDocument(path=str(path), sha256=doc.source.sha256, custom_id=custom_id)
        )
    if not lines:
        raise InputError("no readable document to submit: " + "; ".join(job.skipped[:3]))
    return job, ("\n".join(lines) + "\n").encode("utf-8")


def _update(job: BatchJob, batch: Any) -> None:
    job.batch_id = batch.id
    job.status = batch.status
    job.output_file_id = batch.output_file_id
    job.error_file_id = batch.error_file_id
    counts = getattr(batch, "request_counts", None)
    job.request_counts = counts.model_dump() if counts is not None else None


def status(state: Path, config: Config, *, client: Any = None) -> BatchJob:
    """Ask the server how the batch is doing and remember the answer."""
    job = BatchJob.load(state)
    if not job.batch_id:
        raise InputError(
            f"{state} has no batch yet: run `summarizer batch submit` again to finish it"
        )
    client = client or openai_client(config)
    batch_id = job.batch_id
    _update(
        job, api_call(lambda: client.batches.retrieve(batch_id), config, what=f"batch {batch_id}")
    )
    job.save(state)
    return job


__all__ = ["BatchJob", "JobDocument", "openai_client", "status", "submit"]
