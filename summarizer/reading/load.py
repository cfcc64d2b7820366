"""Getting the bytes: a path or stdin, with the checks that give one-line errors."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from summarizer.errors import InputError
from summarizer.reading.fetch import fetch, is_url

DEFAULT_MAX_BYTES = 20 * 1024 * 1024


def max_bytes() -> int:
    """The size limit: SUMMARIZER_MAX_BYTES or 20 MiB (press releases are a few KiB)."""
    raw = os.environ.get("SUMMARIZER_MAX_BYTES")
    if raw and raw.isdigit():
        return int(raw)
    return DEFAULT_MAX_BYTES


def load_bytes(source: str | Path) -> tuple[bytes, str]:
    """Read `source` (a path, an http(s) address, or `-` for stdin): its bytes and a display name."""
    limit = max_bytes()
    if is_url(source):
        return fetch(str(source), limit=limit), str(source)
    if str(source) == "-":
        data = sys.stdin.buffer.read(limit + 1)
        name = "<stdin>"
    else:
        path = Path(source)
        if not path.exists():
            raise InputError(f"{path}: no such file; check the path (use - to read stdin)")
        if path.is_dir():
            raise InputError(
                f"{path}: is a directory; give a file (brief and batch commands take folders)"
            )
        try:
            size = path.stat().st_size
            if size > limit:
                raise InputError(_too_large(path, size, limit))
            data = path.read_bytes()
        except PermissionError:
            raise InputError(f"{path}: permission denied; check the file's permissions") from None
        except OSError as exc:
            raise InputError(
                f"{path}: cannot be read ({exc.strerror or exc}); check the path"
            ) from None
        name = str(path)
    if len(data) > limit:
        raise InputError(_too_large(name, len(data), limit))
    return data, name


def _too_large(name: object, size: int, limit: int) -> str:
    return (
        f"{name}: {size / 1_048_576:.1f} MiB is larger than the {limit / 1_048_576:.0f} MiB limit; "
        "split the file or raise SUMMARIZER_MAX_BYTES"
    )
