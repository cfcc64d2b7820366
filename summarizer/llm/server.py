"""Know the server: which structured-output mode an endpoint supports, and its context size.

`--mode auto` asks the endpoint once and remembers the answer per base URL (in memory, and in
`servers.json` in the cache folder for a day): llama.cpp's `/props`, Ollama's `/api/version`
and vLLM's `/v1/models` (`owned_by: vllm`, `max_model_len`) identify the common local servers.
OpenAI itself gets tool calls without a probe; every other server gets `json_schema`, which
llama.cpp, Ollama, vLLM and LM Studio all turn into a grammar, while forced tool calls are
ignored by some of them (llama.cpp accepts only the string form of `tool_choice`).
"""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.request
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from summarizer.config import Config

PROBE_TIMEOUT = 3.0
REMEMBER_SECONDS = 24 * 3600
_OPENAI_HOSTS = ("api.openai.com",)
_AZURE_SUFFIXES = (".openai.azure.com", ".cognitiveservices.azure.com")


@dataclass(frozen=True)
class ServerInfo:
    """What the probe learnt about one endpoint."""

    kind: str  # openai, llama.cpp, ollama, vllm, unknown
    mode: str  # the structured-output mode to use there
    context: int | None = None  # tokens of context per request, when the server says
    probed_at: float = 0.0


_MEMORY: dict[str, ServerInfo] = {}
_UNREACHABLE = object()  # no answer at all (refused, DNS, timeout)


def is_openai(base_url: str | None) -> bool:
    host = (urlsplit(base_url).hostname or "") if base_url else "api.openai.com"
    return host in _OPENAI_HOSTS or host.endswith(_AZURE_SUFFIXES)


def server_info(base_url: str | None, *, api_key: str | None, cache_dir: Path | None) -> ServerInfo:
    """The endpoint's kind, mode and context size, probed at most once a day per base URL."""
    if is_openai(base_url):
        return ServerInfo("openai", "tools")
    assert base_url is not None
    key = base_url.rstrip("/")
    known = _MEMORY.get(key) or _remembered(key, cache_dir)
    if known is None:
        known = probe(key, api_key=api_key)
        if known.probed_at:  # a server that did not answer at all is asked again next time
            _remember(key, known, cache_dir)
    _MEMORY[key] = known
    return known


def probe(
    base_url: str, *, api_key: str | None = None, timeout: float = PROBE_TIMEOUT
) -> ServerInfo:
    """Ask the server what it is: at most three small GET requests, none of them generating."""
    now = time.time()
    props = _get_json(_sibling(base_url, "props"), api_key, timeout)
    if isinstance(props, dict) and ("default_generation_settings" in props or "n_ctx" in props):
        settings = props.get("default_generation_settings") or {}
        n_ctx = settings.get("n_ctx") if isinstance(settings, dict) else None
        n_ctx = n_ctx or props.get("n_ctx")
        return ServerInfo("llama.cpp", "json_schema", _int(n_ctx), now)
    version = _get_json(_root(base_url) + "/api/version", api_key, timeout)
    if isinstance(version, dict) and "version" in version:
        return ServerInfo("ollama", "json_schema", None, now)
    models = _get_json(base_url + "/models", api_key, timeout)
    data = models.get("data") if isinstance(models, dict) else None
    if isinstance(data, list) and data and isinstance(data[0], dict):
        first = data[0]
        if first.get("owned_by") == "vllm" or "max_model_len" in first:
            return ServerInfo("vllm", "json_schema", _int(first.get("max_model_len")), now)
        meta = first.get("meta")
        if isinstance(meta, dict) and "n_ctx_train" in meta:  # llama.cpp without /props
            return ServerInfo("llama.cpp", "json_schema", None, now)
    answered = any(x is not _UNREACHABLE for x in (props, version, models))
    return ServerInfo("unknown", "json_schema", None, now if answered else 0.0)


def resolve_mode(config: Config) -> Config:
    """`config` with `--mode auto` replaced by the mode the endpoint supports."""
    if config.mode != "auto":
        return config
    info = server_info(
        config.base_url,
        api_key=config.api_key,
        cache_dir=config.cache_dir if config.use_cache else None,
    )
    return config.replace(mode=info.mode)


def _sibling(base_url: str, path: str) -> str:
    """llama.cpp serves /props beside /v1, not under it."""
    trimmed = base_url.rstrip("/")
    if trimmed.endswith("/v1"):
        trimmed = trimmed[: -len("/v1")]
    return f"{trimmed}/{path}"


def _root(base_url: str) -> str:
    parts = urlsplit(base_url)
    return f"{parts.scheme}://{parts.netloc}"


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and value > 0 else None


def _get_json(url: str, api_key: str | None, timeout: float) -> Any:
    request = urllib.request.Request(url, headers={"Accept": "application/json"})
    if api_key:
        request.add_header("Authorization", f"Bearer {api_key}")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return json.loads(response.read(1 << 20).decode("utf-8", "replace"))
    except urllib.error.HTTPError:
        return None  # the server answered: not this route
    except (urllib.error.URLError, OSError):
        return _UNREACHABLE
    except Exception:  # a probe that fails says nothing about the server: fall through
        return None


def _store(cache_dir: Path | None) -> Path | None:
    return cache_dir / "servers.json" if cache_dir is not None else None


def _remembered(key: str, cache_dir: Path | None) -> ServerInfo | None:
    path = _store(cache_dir)
    try:
        entry = json.loads(path.read_text(encoding="utf-8")).get(key) if path else None
        info = ServerInfo(**entry) if isinstance(entry, dict) else None
    except (OSError, ValueError, TypeError):
        return None
    if info is None or time.time() - info.probed_at > REMEMBER_SECONDS:
        return None
    return info


def _remember(key: str, info: ServerInfo, cache_dir: Path | None) -> None:
    path = _store(cache_dir)
    if path is None:
        return
    try:
        known = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
        if not isinstance(known, dict):
            known = {}
        known[key] = asdict(info)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(known, indent=1), encoding="utf-8")
        tmp.replace(path)
    except (OSError, ValueError):
        pass  # remembering is an optimisation: the next run probes again


def forget() -> None:
    """Drop what this process remembers (tests)."""
    _MEMORY.clear()


__all__ = ["ServerInfo", "forget", "is_openai", "probe", "resolve_mode", "server_info"]
