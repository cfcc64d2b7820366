"""What is made on first use, so that importing stays cheap: names a package exports but
imports when asked for (PEP 562), and regular expressions compiled when first used.

    __getattr__, __dir__ = lazy_exports(__name__, _EXPORTS, globals(), __all__)
    _RARE = lazy_compile(r"…")  # a pattern most pages never ask
"""

from __future__ import annotations

from importlib import import_module

# typing.TYPE_CHECKING, spelled here: the CLI's process imports this module (through the package)
# before it pauses the garbage collector (summarizer.cli.process), and importing typing and re
# then ran ~9 collections over the objects they make (~3.5 M instructions of every start).
TYPE_CHECKING = False
if TYPE_CHECKING:
    import re
    from collections.abc import Callable, Mapping
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


# The methods of a compiled pattern a LazyPattern stands in for.
_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class LazyPattern:
    """`re.compile(pattern, flags)`, compiled at its first search, match, sub…

    Most of the rule modules' patterns are asked of a few pages only (an English page's forms,
    a rare layout's lines), and building one costs a start as much as its code is long, even
    from the CLI's kept patterns (summarizer.regexcache): of the ~760 module patterns a
    `summarizer facts` of the example release built at import, ~450 were never used. `pattern`
    is there from the start (for building other patterns); the first call of a method compiles
    and puts the compiled pattern's own methods on the instance, where every later call finds
    them (as fast as the pattern's: no `__getattr__` on the way). Not a `re.Pattern`: give it
    to no `re` function and no `isinstance` test; call its methods."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags

    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiled now, the first time)."""
        import re  # loaded by then: see TYPE_CHECKING above

        compiled = re.compile(self.pattern, self._flags)
        for name in _METHODS:
            setattr(self, name, getattr(compiled, name))
        return compiled

    def search(self, *args: Any, **kwargs: Any) -> Any:
        return self.compiled().search(*args, **kwargs)

    def match(self, *args: Any, **kwargs: Any) -> Any:
        return self.compiled().match(*args, **kwargs)

    def fullmatch(self, *args: Any, **kwargs: Any) -> Any:
        return self.compiled().fullmatch(*args, **kwargs)

    def finditer(self, *args: Any, **kwargs: Any) -> Any:
        return self.compiled().finditer(*args, **kwargs)

    def findall(self, *args: Any, **kwargs: Any) -> Any:
        return self.compiled().findall(*args, **kwargs)

    def sub(self, *args: Any, **kwargs: Any) -> Any:
        return self.compiled().sub(*args, **kwargs)

    def subn(self, *args: Any, **kwargs: Any) -> Any:
        return self.compiled().subn(*args, **kwargs)

    def split(self, *args: Any, **kwargs: Any) -> Any:
        return self.compiled().split(*args, **kwargs)

    @property
    def flags(self) -> int:
        return self.compiled().flags

    @property
    def groups(self) -> int:
        return self.compiled().groups

    @property
    def groupindex(self) -> Mapping[str, int]:
        return self.compiled().groupindex


if TYPE_CHECKING:

    def lazy_compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
        """`re.compile(pattern, flags)` for a module's pattern that most documents never ask:
        compiled at its first use (see LazyPattern). Typed as the pattern it stands in for."""

else:
    # The class itself: a start makes ~460 of them, and a function around it was one more
    # Python call each (~0.4 M instructions of a `summarizer facts` start).
    lazy_compile = LazyPattern
