"""The default cache directory: platformdirs' answer, without importing it on Linux."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from summarizer import cachedir


@pytest.mark.parametrize(
    "env",
    [
        {"XDG_CACHE_HOME": "/var/tmp/xdg", "HOME": "/home/u"},
        {"XDG_CACHE_HOME": "/var/tmp/xdg/", "HOME": "/home/u"},
        {"XDG_CACHE_HOME": "relative/xdg", "HOME": "/home/u"},
        {"XDG_CACHE_HOME": "", "HOME": "/home/u/"},
        {"HOME": "/home/u"},
        {"HOME": ""},
        {"HOME": "relative"},
        {},
    ],
)
@pytest.mark.parametrize("kind", ["cache", "data"])
def test_the_default_is_platformdirs_answer(
    kind: str, env: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import platformdirs

    ours, theirs = {
        "cache": (cachedir.default_cache_dir, platformdirs.user_cache_dir),
        "data": (cachedir.default_data_dir, platformdirs.user_data_dir),
    }[kind]
    env = {k.replace("CACHE", kind.upper()): v for k, v in env.items()}
    for name in ("XDG_CACHE_HOME", "XDG_DATA_HOME", "HOME", "ANDROID_DATA", "ANDROID_ROOT"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    try:
        expected = Path(theirs("summarizer"))
    except RuntimeError:  # platformdirs finds no home: neither may we, and it says so
        with pytest.raises(RuntimeError):
            ours()
        return
    assert ours() == expected


@pytest.mark.skipif(sys.platform != "linux", reason="the rules kept without platformdirs")
def test_linux_needs_no_platformdirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ANDROID_DATA", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    assert cachedir._linux_dir("cache") == str(tmp_path / ".cache" / "summarizer")
    assert cachedir._linux_dir("data") == str(tmp_path / ".local" / "share" / "summarizer")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cachedir._linux_dir("cache") == str(tmp_path / "xdg" / "summarizer")
    monkeypatch.delenv("SUMMARIZER_CACHE_DIR", raising=False)
    assert cachedir.cache_dir_from_env() == str(tmp_path / "xdg" / "summarizer")
