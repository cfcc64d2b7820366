"""Getting the bytes: a path or stdin, with the checks that give one-line errors."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

from summarizer.errors import InputError

if TYPE_CHECKING:
    from pathlib import Path

DEFAULT_MAX_BYTES = 20 * 1024 * 1024


def max_bytes() -> int:
    """The size limit: SUMMARIZER_MAX_BYTES or 20 MiB (press releases are a few KiB)."""
    raw = os.environ.get("SUMMARIZER_MAX_BYTES")
    if raw is None or not raw.strip():
        return DEFAULT_MAX_BYTES
    if not raw.strip().isdigit():  # `20M` was ignored without a word: the default applied
        from summarizer.errors import ConfigError

        raise ConfigError(
            f"SUMMARIZER_MAX_BYTES={raw!r} is not a number of bytes: give e.g. 41943040 "
            "(40 MiB), or unset it for 20 MiB"
        )
    return int(raw)


def size_text(n: int) -> str:
    """`22.9 MiB`, `20 MiB`, `1.6 KiB`, `10 bytes`: a size readable at any scale."""
    if n >= 1_048_576:
        return f"{n / 1_048_576:.1f}".removesuffix(".0") + " MiB"
    return f"{n / 1024:.1f}".removesuffix(".0") + " KiB" if n >= 1024 else f"{n} bytes"


def load_bytes(source: str | Path) -> tuple[bytes, str]:
    """Read `source` (a path, an http(s) address, or `-` for stdin): its bytes and a display name."""
    if not isinstance(source, str | os.PathLike):
        raise TypeError(
            "a document is a path, an http(s) address, '-' (stdin) or bytes, "
            f"not {type(source).__name__}"
        )
    if isinstance(source, str) and not source.strip():
        raise InputError(
            "an empty path: give a file, an http(s) address, - for stdin, or the document's bytes"
        )
    limit = max_bytes()
    if isinstance(source, str) and "://" in source:  # only then maybe an address: a path
        from summarizer.reading.fetch import fetch, is_url  # never loads the fetcher

        if is_url(source):
            return fetch(source, limit=limit), source
    if str(source) == "-":
        data = sys.stdin.buffer.read(limit + 1)
        name = "<stdin>"
    else:
        path = as_path_text(source)
        if not os.path.exists(path):
            raise InputError(f"{path}: no such file; check the path (use - to read stdin)")
        if os.path.isdir(path):
            raise InputError(
                f"{path}: is a directory; give a file (brief and batch commands take folders)"
            )
        try:
            size = os.stat(path).st_size
            if size > limit:
                raise InputError(_too_large(path, size, limit))
            with open(path, "rb") as f:
                data = f.read()
        except PermissionError:
            raise InputError(f"{path}: permission denied; check the file's permissions") from None
        except OSError as exc:
            raise InputError(
                f"{path}: cannot be read ({exc.strerror or exc}); check the path"
            ) from None
        name = path
    if len(data) > limit:
        raise InputError(_too_large(name, len(data), limit))
    return data, name


def as_path_text(source: str | Path) -> str:
    """`str(Path(source))` (the name a document is shown by), without loading pathlib on POSIX
    (~15 M instructions, a twentieth of `summarizer facts`): empty and `.` parts dropped, one
    leading `/` or exactly two kept."""
    if os.name != "posix" or not isinstance(source, str):
        from pathlib import Path

        return str(Path(source))
    root = ""
    if source.startswith("/"):
        root = "//" if source.startswith("//") and not source.startswith("///") else "/"
    return root + "/".join(p for p in source.split("/") if p and p != ".") or "."


def _too_large(name: object, size: int, limit: int) -> str:
    return (
        f"{name}: {size_text(size)} is larger than the {size_text(limit)} limit; "
        "split the file or raise SUMMARIZER_MAX_BYTES"
    )
