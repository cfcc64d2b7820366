"""Every option in one keyword-only object, read from flags, then the environment, then defaults."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any, Literal, get_args

from summarizer.cachedir import default_cache_dir as _default_cache_dir
from summarizer.cachedir import default_data_dir
from summarizer.cachedir import env_value as _env
from summarizer.errors import ConfigError

Mode = Literal["auto", "tools", "json_schema", "md_json"]
MODES: tuple[str, ...] = get_args(Mode)
DEFAULT_MODEL = "gpt-4o-mini"
OPENAI_URL = "https://api.openai.com/v1"

# USD per 1M tokens (prompt, completion), OpenAI list prices; SUMMARIZER_PRICES overrides or adds.
DEFAULT_PRICES: Mapping[str, tuple[float, float]] = MappingProxyType(
    {
        "gpt-4o-mini": (0.15, 0.60),
        "gpt-4o": (2.50, 10.00),
        "gpt-4.1": (2.00, 8.00),
        "gpt-4.1-mini": (0.40, 1.60),
        "gpt-4.1-nano": (0.10, 0.40),
    }
)


def _default_log_db() -> Path:
    return default_data_dir() / "logs.db"


@dataclass(frozen=True, kw_only=True)
class Config:
    """All options of a run: the model endpoint, retries, limits, cache and log locations, prices."""

    model: str = DEFAULT_MODEL
    base_url: str | None = None
    api_key: str | None = field(default=None, repr=False)
    mode: Mode = "auto"  # tool calls on OpenAI; for other servers, what a one-time probe finds
    timeout: float = 60.0
    retry_read_timeouts: bool = False  # a read timeout is a slow generation: re-sending restarts it
    max_reasks: int = 2
    transport_retries: int = 4
    max_tokens: int = 4096
    temperature: float = 0.0
    concurrency: int = 4
    cache_dir: Path = field(default_factory=_default_cache_dir)
    log_db: Path = field(default_factory=_default_log_db)
    use_cache: bool = True
    use_log: bool = True
    offline: bool = False
    prices: Mapping[str, tuple[float, float]] = field(
        default_factory=lambda: DEFAULT_PRICES, repr=False
    )

    def __post_init__(self) -> None:
        _check(
            bool(self.model and self.model.strip()),
            "the model name is empty: set SUMMARIZER_MODEL or pass --model",
        )
        _check(self.mode in MODES, f"mode {self.mode!r} is unknown: use one of {', '.join(MODES)}")
        _check(
            self.base_url is None or self.base_url.startswith(("http://", "https://")),
            f"base URL {self.base_url!r} is not an http(s) URL: give e.g. http://localhost:8000/v1",
        )
        _check(self.timeout > 0, f"timeout {self.timeout} must be a positive number of seconds")
        _check(
            0 <= self.max_reasks <= 10, f"max re-asks {self.max_reasks} must be between 0 and 10"
        )
        _check(
            0 <= self.transport_retries <= 20,
            f"transport retries {self.transport_retries} must be between 0 and 20",
        )
        _check(self.max_tokens >= 1, f"max tokens {self.max_tokens} must be at least 1")
        _check(
            0 <= self.temperature <= 2, f"temperature {self.temperature} must be between 0 and 2"
        )
        _check(self.concurrency >= 1, f"concurrency {self.concurrency} must be at least 1")
        # Paths may arrive as strings from flags or callers; keep the type honest.
        object.__setattr__(self, "cache_dir", Path(self.cache_dir))
        object.__setattr__(self, "log_db", Path(self.log_db))
        object.__setattr__(self, "prices", MappingProxyType(dict(self.prices)))

    @classmethod
    def from_env(cls, **overrides: Any) -> Config:
        """Defaults, then SUMMARIZER_* / OPENAI_* variables, then `overrides` (None means unset)."""
        unknown = set(overrides) - {f.name for f in dataclasses.fields(cls)}
        if unknown:
            raise ConfigError(
                f"unknown option(s) {', '.join(sorted(unknown))}: see `summarizer summarize --help`"
            )
        values = _from_environment()
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)

    def replace(self, **overrides: Any) -> Config:
        """A copy with the given options changed (None means keep)."""
        unknown = set(overrides) - {f.name for f in dataclasses.fields(self)}
        if unknown:
            raise ConfigError(
                f"unknown option(s) {', '.join(sorted(unknown))}: see `summarizer summarize --help`"
            )
        return dataclasses.replace(self, **{k: v for k, v in overrides.items() if v is not None})

    def has_model(self) -> bool:
        """True when a model endpoint is configured: an API key, or a base URL (a local server)."""
        return bool(self.api_key or self.base_url)

    @property
    def endpoint(self) -> str:
        """The base URL requests go to, for messages."""
        return self.base_url or OPENAI_URL

    def price(self, model: str | None = None) -> tuple[float, float] | None:
        """(USD per 1M prompt tokens, per 1M completion tokens) for `model`, or None if unknown."""
        name = model or self.model
        if name in self.prices:
            return self.prices[name]
        # Dated snapshots ("gpt-4o-mini-2024-07-18") cost what their family costs: longest prefix wins.
        prefixes = [p for p in self.prices if name.startswith(p + "-")]
        return self.prices[max(prefixes, key=len)] if prefixes else None

    def cost_usd(
        self, prompt_tokens: int, completion_tokens: int, model: str | None = None
    ) -> float | None:
        """Estimated cost of the tokens, or None when the model has no known price."""
        price = self.price(model)
        if price is None:
            return None
        return round((prompt_tokens * price[0] + completion_tokens * price[1]) / 1_000_000, 6)


def resolve_config(
    config: Config | None = None, *, offline: bool = False, **overrides: Any
) -> Config:
    """`config` (or one from the environment) with `overrides` applied; None values are ignored.

    Here rather than in `summarizer.api` (which re-exports it): the CLI's commands make their
    config without loading the API's request log and pipeline."""
    if config is not None and not isinstance(config, Config):
        raise TypeError(
            f"config is a summarizer.Config (Config.from_env(...)), not {type(config).__name__}"
        )
    base = config.replace(**overrides) if config is not None else Config.from_env(**overrides)
    return base.replace(offline=True) if offline else base


def _check(ok: bool, message: str) -> None:
    if not ok:
        raise ConfigError(message)


def _number(name: str, kind: type[int] | type[float]) -> int | float | None:
    raw = _env(name)
    if raw is None:
        return None
    try:
        return kind(raw)
    except ValueError:
        noun = "a whole number" if kind is int else "a number"
        raise ConfigError(f"{name}={raw!r} is not {noun}: fix or unset it") from None


def _from_environment() -> dict[str, Any]:
    # The SUMMARIZER_* names win over OPENAI_*: they are the more specific choice.
    values: dict[str, Any] = {
        "model": _env("SUMMARIZER_MODEL"),
        "base_url": _env("SUMMARIZER_BASE_URL", "OPENAI_BASE_URL"),
        "api_key": _env("SUMMARIZER_API_KEY", "OPENAI_API_KEY"),
        "mode": _env("SUMMARIZER_MODE"),
        "cache_dir": _env("SUMMARIZER_CACHE_DIR"),
        "log_db": _env("SUMMARIZER_LOG_DB"),
        "timeout": _number("SUMMARIZER_TIMEOUT", float),
        "max_reasks": _number("SUMMARIZER_MAX_REASKS", int),
        "max_tokens": _number("SUMMARIZER_MAX_TOKENS", int),
        "concurrency": _number("SUMMARIZER_CONCURRENCY", int),
        "retry_read_timeouts": _flag("SUMMARIZER_RETRY_READ_TIMEOUTS"),
    }
    prices_file = _env("SUMMARIZER_PRICES")
    if prices_file:
        values["prices"] = {**DEFAULT_PRICES, **load_prices(Path(prices_file))}
    return {k: v for k, v in values.items() if v is not None}


def _flag(name: str) -> bool | None:
    raw = _env(name)
    if raw is None:
        return None
    if raw.strip().lower() in ("1", "true", "yes", "on"):
        return True
    if raw.strip().lower() in ("0", "false", "no", "off", ""):
        return False
    raise ConfigError(f"{name}={raw!r} is not a yes/no value: use 1 or 0")


def load_prices(path: Path) -> dict[str, tuple[float, float]]:
    """Read a price table: {"model": [prompt, completion]} or {"model": {"prompt": …, "completion": …}}."""
    hint = 'fix SUMMARIZER_PRICES: expected {"model": [usd_per_1M_prompt, usd_per_1M_completion]}'
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"cannot read price file {path} ({exc.strerror}): {hint}") from None
    except ValueError as exc:
        raise ConfigError(f"price file {path} is not valid JSON ({exc}): {hint}") from None
    if not isinstance(data, dict):
        raise ConfigError(f"price file {path} is not a JSON object: {hint}")
    table: dict[str, tuple[float, float]] = {}
    for model, entry in data.items():
        pair = [entry.get("prompt"), entry.get("completion")] if isinstance(entry, dict) else entry
        if (
            not isinstance(pair, list | tuple)
            or len(pair) != 2
            or not all(
                isinstance(x, int | float) and not isinstance(x, bool) and x >= 0 for x in pair
            )
        ):
            raise ConfigError(
                f"price of {model!r} in {path} is not two non-negative numbers: {hint}"
            )
        table[str(model)] = (float(pair[0]), float(pair[1]))
    return table


__all__ = ["DEFAULT_PRICES", "MODES", "Config", "Mode", "load_prices", "resolve_config"]
