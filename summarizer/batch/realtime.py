"""The real pipeline as a batch runs it: cache hits by hash, extraction in worker processes,
one shared client whose transport retries report overload to the limiter."""

from __future__ import annotations

import asyncio
from datetime import date
from typing import TYPE_CHECKING, Any

from summarizer.batch.limiter import AIMDLimiter
from summarizer.batch.pool import ExtractPool, prepare_bytes
from summarizer.config import Config
from summarizer.models import Document, SummaryResult

if TYPE_CHECKING:
    from summarizer.pipeline import Prepared


class RealtimePipeline:
    """`lookup` a finished result by the bytes' hash, `prepare` a document (in a worker process
    when there is a pool), then `call` the model for it. Also a plain SummarizeFn (`__call__`)."""

    def __init__(
        self,
        config: Config,
        limiter: AIMDLimiter,
        reference_date: date | str | None = None,
        *,
        workers: int = 0,
    ) -> None:
        from summarizer.batch.stores import QueuedCache, QueuedLog
        from summarizer.pipeline import given_reference

        self.config, self.limiter = config, limiter
        self.reference_date = reference_date
        self.reference = given_reference(reference_date)  # a bad date fails the batch at once
        self.offline = config.offline or not config.has_model()
        # Written by a thread each, in groups: the event loop never waits for a SQLite write.
        self.cache = QueuedCache(config.cache_dir) if config.use_cache else None
        self.log = QueuedLog(config.log_db) if config.use_log else None
        self.pool = ExtractPool(workers) if workers > 0 else None
        self.client: Any = None
        self._resolved: Config | None = None
        self._resolving = asyncio.Lock()
        self._version: str | None = None

    def _shared_client(self) -> Any:
        # Built at the first request only: a cached or offline batch never imports openai.
        if self.client is None:
            from summarizer.llm import build_async_client

            self.client = build_async_client(
                self._resolved or self.config, sleep=self.limiter.sleep
            )
        return self.client

    async def __call__(self, doc: Document, cfg: Config) -> SummaryResult:
        from summarizer.pipeline import asummarize_document

        return await asummarize_document(
            doc,
            cfg,
            reference_date=self.reference_date,
            cache=self.cache,
            log=self.log,
            make_client=self._shared_client,
        )

    def lookup(self, sha256: str) -> SummaryResult | None:
        """The cached result for a document with these bytes: no reading, no extraction."""
        if self.offline or self.cache is None:
            return None
        from summarizer.pipeline import cached_result

        return cached_result(self.key(sha256), self.cache)

    def key(self, sha256: str) -> str:
        """The cache key of a document's result (the prompt version is fixed for the batch)."""
        from summarizer.pipeline import result_key

        return result_key(sha256, self.config, self.reference, version=self.version)

    @property
    def version(self) -> str:
        """The prompt version, looked up once per batch (each look-up stats every template)."""
        if self._version is None:
            from summarizer.prompting import prompt_version

            self._version = prompt_version()
        return self._version

    async def _mode(self) -> Config:
        """The config with `--mode auto` resolved, probing the endpoint once per batch."""
        async with self._resolving:
            if self._resolved is None:
                from summarizer.llm import resolve_mode

                self._resolved = await asyncio.to_thread(resolve_mode, self.config)
        return self._resolved

    async def prepare(self, data: bytes, name: str) -> tuple[str, SummaryResult | Prepared]:
        """The document's text, and its offline result or everything its model call needs."""
        resolved = None if self.offline else await self._mode()
        mode = resolved.mode if resolved is not None else None
        if self.pool is not None:
            text, facts, messages = await self.pool.prepare(data, name, mode, self.reference)
        else:
            text, facts, messages = await asyncio.to_thread(
                prepare_bytes, data, name, mode, self.reference
            )
        if resolved is None or messages is None:
            from summarizer.pipeline import offline_result

            return text, offline_result(facts)
        from summarizer.pipeline import Prepared

        key = self.key(facts.source.sha256)
        return text, Prepared(text, facts, self.version, key, messages, resolved)

    async def call(self, prepared: Prepared) -> SummaryResult:
        """Ask the model, verify, and keep a verified result in the cache."""
        from summarizer.batch.checks import PooledCheck
        from summarizer.pipeline import asummarize_prepared

        return await asummarize_prepared(
            prepared,
            self.config,
            cache=self.cache,
            log=self.log,
            make_client=self._shared_client,
            check=PooledCheck(prepared.text, prepared.facts, self.pool) if self.pool else None,
        )

    async def aclose(self) -> None:
        """Stop the workers and close the HTTP connections while the event loop still runs."""
        if self.pool is not None:
            self.pool.close(wait=True)
        for store in (self.cache, self.log):
            if store is not None:
                store.close()  # everything stored before the batch reports
        inner = getattr(self.client, "client", None)
        if inner is not None and hasattr(inner, "close"):
            await inner.close()


__all__ = ["RealtimePipeline"]
