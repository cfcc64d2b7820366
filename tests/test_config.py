"""Config: defaults < environment < explicit values; validation errors say what to do."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from summarizer.config import DEFAULT_PRICES, Config
from summarizer.errors import ConfigError


@pytest.fixture(autouse=True)
def no_price_file(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SUMMARIZER_PRICES", raising=False)


def test_defaults(tmp_path: Path) -> None:
    c = Config.from_env()
    assert (c.model, c.mode, c.timeout, c.max_reasks, c.transport_retries) == (
        "gpt-4o-mini",
        "auto",
        60.0,
        2,
        4,
    )
    assert (c.max_tokens, c.temperature, c.concurrency, c.use_cache, c.use_log) == (
        4096,
        0.0,
        4,
        True,
        True,
    )
    assert c.base_url is None and c.api_key is None and not c.has_model()
    assert c.cache_dir == tmp_path / "cache"  # the autouse fixture's SUMMARIZER_CACHE_DIR
    assert c.endpoint == "https://api.openai.com/v1"


def test_platform_dirs_when_env_is_unset(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SUMMARIZER_CACHE_DIR")
    monkeypatch.delenv("SUMMARIZER_LOG_DB")
    c = Config()
    assert "summarizer" in str(c.cache_dir) and c.log_db.name == "logs.db"


def test_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SUMMARIZER_MODEL", "qwen2.5")
    monkeypatch.setenv("OPENAI_BASE_URL", "http://localhost:8000/v1")
    monkeypatch.setenv("SUMMARIZER_MODE", "md_json")
    monkeypatch.setenv("SUMMARIZER_TIMEOUT", "12.5")
    c = Config.from_env()
    assert (c.model, c.base_url, c.mode, c.timeout) == (
        "qwen2.5",
        "http://localhost:8000/v1",
        "md_json",
        12.5,
    )
    assert c.has_model()  # a local server needs no key


def test_summarizer_variables_win_over_openai_ones(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-openai")
    monkeypatch.setenv("SUMMARIZER_API_KEY", "sk-summarizer")
    monkeypatch.setenv("OPENAI_BASE_URL", "http://a/v1")
    monkeypatch.setenv("SUMMARIZER_BASE_URL", "http://b/v1")
    c = Config.from_env()
    assert (c.api_key, c.base_url) == ("sk-summarizer", "http://b/v1")


def test_flags_win_over_environment_and_none_means_unset(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SUMMARIZER_MODEL", "from-env")
    monkeypatch.setenv("OPENAI_API_KEY", "sk-env")
    c = Config.from_env(model="from-flag", base_url=None, max_reasks=0)
    assert (c.model, c.api_key, c.max_reasks) == ("from-flag", "sk-env", 0)


def test_empty_variable_counts_as_unset(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SUMMARIZER_MODEL", "")
    monkeypatch.setenv("OPENAI_API_KEY", "  ")
    c = Config.from_env()
    assert c.model == "gpt-4o-mini" and not c.has_model()


def test_api_key_is_not_in_repr() -> None:
    assert "sk-secret" not in repr(Config(api_key="sk-secret"))


def test_replace_keeps_the_rest() -> None:
    c = Config(model="a", api_key="k").replace(timeout=5, model=None)
    assert (c.model, c.api_key, c.timeout) == ("a", "k", 5)


@pytest.mark.parametrize(
    ("kwargs", "pattern"),
    [
        ({"mode": "xml"}, r"mode 'xml' is unknown: use one of auto, tools, json_schema, md_json"),
        (
            {"base_url": "localhost:8000"},
            r"not an http\(s\) URL: give e.g. http://localhost:8000/v1",
        ),
        ({"timeout": 0}, r"timeout 0 must be a positive"),
        ({"max_reasks": -1}, r"max re-asks -1"),
        ({"max_tokens": 0}, r"max tokens 0"),
        ({"temperature": 3}, r"temperature 3"),
        ({"concurrency": 0}, r"concurrency 0"),
        ({"model": " "}, r"model name is empty: set SUMMARIZER_MODEL or pass --model"),
    ],
)
def test_invalid_values(kwargs: dict[str, object], pattern: str) -> None:
    with pytest.raises(ConfigError, match=pattern):
        Config(**kwargs)  # type: ignore[arg-type]


def test_bad_number_in_environment_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SUMMARIZER_MAX_TOKENS", "lots")
    with pytest.raises(
        ConfigError, match=r"SUMMARIZER_MAX_TOKENS='lots' is not a whole number: fix or unset it"
    ):
        Config.from_env()


def test_unknown_override_is_rejected() -> None:
    with pytest.raises(ConfigError, match="unknown option"):
        Config.from_env(modle="x")


def test_prices_and_cost() -> None:
    c = Config(model="gpt-4o-mini-2024-07-18")
    assert c.price() == DEFAULT_PRICES["gpt-4o-mini"]  # a dated snapshot costs its family's price
    assert c.price("gpt-4o-2024-08-06") == DEFAULT_PRICES["gpt-4o"]
    assert c.cost_usd(1_000_000, 1_000_000) == pytest.approx(0.75)
    assert Config(model="llama3").cost_usd(10, 10) is None


def test_price_file_overrides_and_adds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "prices.json"
    path.write_text(json.dumps({"gpt-4o-mini": [1, 2], "local": {"prompt": 0, "completion": 0}}))
    monkeypatch.setenv("SUMMARIZER_PRICES", str(path))
    c = Config.from_env()
    assert c.prices["gpt-4o-mini"] == (1.0, 2.0) and c.prices["local"] == (0.0, 0.0)
    assert c.prices["gpt-4o"] == DEFAULT_PRICES["gpt-4o"]


@pytest.mark.parametrize(
    "content", ["{not json", "[1, 2]", '{"m": [1]}', '{"m": ["a", "b"]}', '{"m": [-1, 1]}']
)
def test_bad_price_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: str) -> None:
    path = tmp_path / "prices.json"
    path.write_text(content)
    monkeypatch.setenv("SUMMARIZER_PRICES", str(path))
    with pytest.raises(ConfigError, match="SUMMARIZER_PRICES"):
        Config.from_env()


def test_missing_price_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SUMMARIZER_PRICES", str(tmp_path / "nope.json"))
    with pytest.raises(ConfigError, match="cannot read price file"):
        Config.from_env()
