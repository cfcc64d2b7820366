"""SHA-256 of a document's bytes without loading OpenSSL for a small one.

`import hashlib` loads OpenSSL's library and lists its digests: ~2 ms and ~11 M instructions,
more than hashing a press release takes. CPython's own SHA-256 module (`_sha256`, `_sha2` from
3.12) gives the same digest and loads in a tenth of that, but hashes ~6x slower: it serves
inputs under `SMALL` bytes while hashlib is not loaded yet; larger ones, and every input once
something else has loaded hashlib, go to hashlib.
"""

from __future__ import annotations

import sys

SMALL = 256 * 1024  # below, the slower hash costs less than loading OpenSSL


def sha256_hex(data: bytes) -> str:
    """The hexadecimal SHA-256 of `data` (what `hashlib.sha256(data).hexdigest()` returns)."""
    if len(data) < SMALL and "hashlib" not in sys.modules:
        try:
            from _sha256 import sha256  # type: ignore[import-not-found,unused-ignore]
        except ImportError:
            try:
                from _sha2 import sha256  # type: ignore[import-not-found,no-redef,unused-ignore]
            except ImportError:
                from hashlib import sha256
        return str(sha256(data).hexdigest())
    import hashlib

    return hashlib.sha256(data).hexdigest()


__all__ = ["sha256_hex"]
