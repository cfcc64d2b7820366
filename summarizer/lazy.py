"""Names a package exports but imports on first use (PEP 562), so importing the package stays cheap.

__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS, globals(), __all__)
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from importlib import import_module
from typing import Any


def lazy_exports(
    package: str, exports: Mapping[str, str], namespace: dict[str, Any], names: list[str]
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """The package's `__getattr__` (imports `exports[name]`'s module, keeps the value in the
    package's `namespace`) and `__dir__` (its `names`)."""

    def __getattr__(name: str) -> Any:
        if name in exports:
            value = getattr(import_module(exports[name]), name)
            namespace[name] = value
            return value
        raise AttributeError(f"module {package!r} has no attribute {name!r}")

    def __dir__() -> list[str]:
        return sorted(names)

    return __getattr__, __dir__
