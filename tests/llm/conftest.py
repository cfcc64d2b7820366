"""Fixtures of the model-layer tests, built on the fake endpoint in fakes.py."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx2
import pytest
from fakes import URL, FakeEndpoint, Reply

from summarizer.config import Config


@pytest.fixture
def config() -> Config:
    """A config pointing at the fake endpoint, with no cache or log."""
    return Config(base_url=URL, mode="tools", use_cache=False, use_log=False)


@pytest.fixture
def sleeps() -> list[float]:
    """Waits the transport layer asked for (recorded, never slept)."""
    return []


@pytest.fixture
def fake(config: Config, sleeps: list[float]) -> Callable[..., tuple[Any, FakeEndpoint]]:
    """`fake(replies, config=…)` -> (instructor client over the fake endpoint, the endpoint)."""
    from summarizer.llm import build_client

    def make(replies: list[Reply], cfg: Config | None = None) -> tuple[Any, FakeEndpoint]:
        endpoint = FakeEndpoint(replies)
        http = httpx2.Client(transport=httpx2.MockTransport(endpoint))
        return build_client(cfg or config, http_client=http, sleep=sleeps.append), endpoint

    return make


@pytest.fixture
def afake(config: Config, sleeps: list[float]) -> Callable[..., tuple[Any, FakeEndpoint]]:
    """The async twin of `fake`."""
    from summarizer.llm import build_async_client

    def make(replies: list[Reply], cfg: Config | None = None) -> tuple[Any, FakeEndpoint]:
        endpoint = FakeEndpoint(replies)
        http = httpx2.AsyncClient(transport=httpx2.MockTransport(endpoint))

        async def no_sleep(seconds: float) -> None:
            sleeps.append(seconds)

        return build_async_client(cfg or config, http_client=http, sleep=no_sleep), endpoint

    return make
