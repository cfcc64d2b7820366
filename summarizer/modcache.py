"""The package's own bytecode, kept in one file between CLI runs.

Importing a module costs more than running its code: finding it (the path finder tries each
suffix in the package's folder), then finding, opening, reading and checking its `.pyc`
(~130 k instructions a module, in Python's import code) before the code is unmarshalled. A
`summarizer facts` imports ~100 of the package's modules once its command starts: ~13 M
instructions of finding and reading, more than the document work of a short page. While
installed (`install`, by the CLI), a finder placed first on `sys.meta_path` serves each of
the package's modules that the last run of the same command kept: the module's code, as
compiling its source gives it, with the size and modification time (in ns) its source had. The
source is checked as the `.pyc` check does (one `stat`): when either differs, or the module
is not kept, the usual import finds it, and `save` keeps it for the next run. The spec is the
one the usual import gives (same origin, loader class, package folder), so `__file__`,
resources and tracebacks are unchanged. An unreadable, stale or foreign file is ignored.
Nothing is written when PYTHONDONTWRITEBYTECODE is set.
"""

from __future__ import annotations

import marshal
import os
import sys
from importlib.machinery import ModuleSpec, SourceFileLoader
from types import CodeType, ModuleType
from typing import TYPE_CHECKING, Any

from summarizer.kept import read_file, write_file

if TYPE_CHECKING:
    from collections.abc import Sequence
    from pathlib import Path

PACKAGE = __name__.partition(".")[0]
MAX_MODULES = 1000  # a bound on the file (a command loads ~60-300 modules); past it, start over

# Module name -> (source path, its mtime in ns, its size, package?, marshalled code (a view of
# the kept file's part, read as the module is imported), the path of its `.pyc` as the usual
# import names it: `__cached__`, and the folder it is imported from: both computed once, when
# kept: `os.path.dirname` twice at each import cost ~7,000 instructions a module).
_Entry = tuple[str, int, int, bool, "bytes | memoryview", "str | None", str]
_kept: dict[str, _Entry] = {}
_served: set[str] = set()  # the modules this process took from `_kept`


def _file_name(directory: str | Path, name: str) -> str:
    tag = f"{sys.implementation.cache_tag}-{sys.hexversion:x}-o{sys.flags.optimize}"
    return os.path.join(directory, f"modules-{name + '-' if name else ''}{tag}.marshal")


class _Loader(SourceFileLoader):
    """The usual loader of a source file, whose code comes from the kept file."""

    def __init__(self, fullname: str, path: str, code: bytes | memoryview) -> None:
        super().__init__(fullname, path)
        self._kept_code: bytes | memoryview | None = code

    def create_module(self, spec: ModuleSpec) -> ModuleType:
        """The module as the usual import makes it, its `__file__` and `__cached__` (and a
        package's `__path__`) set already: the import system sets each only after asking the
        new module for it, and each miss raised and formatted an AttributeError (~10,000
        instructions; ~3 M over the ~100 modules of a `summarizer facts`)."""
        module = ModuleType(spec.name)
        found = vars(module)
        found["__file__"] = spec.origin
        if spec.cached is not None:
            found["__cached__"] = spec.cached
        if spec.submodule_search_locations is not None:
            found["__path__"] = spec.submodule_search_locations
        return module

    def get_code(self, fullname: str) -> CodeType | None:
        data, self._kept_code = self._kept_code, None
        if data is not None and fullname == self.name:
            try:
                code = marshal.loads(data)
            except Exception:  # a damaged entry: the source's code
                code = None
            if isinstance(code, CodeType):
                return code
        return super().get_code(fullname)


class _Finder:
    """First on `sys.meta_path` while installed: a kept module of the package, unchanged since."""

    @staticmethod
    def find_spec(
        fullname: str, path: Sequence[str] | None = None, target: Any = None
    ) -> ModuleSpec | None:
        entry = _kept.get(fullname)
        if entry is None or not path:
            return None
        origin, mtime, size, is_package, code, cached, folder = entry
        # The file the usual import would find: in the package folder being imported from
        # (another checkout's kept module is not this one's).
        if folder != path[0]:
            return None
        try:
            st = os.stat(origin)
        except OSError:
            return None
        if st.st_mtime_ns != mtime or st.st_size != size:
            return None
        spec = ModuleSpec(
            fullname, _Loader(fullname, origin, code), origin=origin, is_package=is_package
        )
        if is_package:
            spec.submodule_search_locations = [os.path.dirname(origin)]
        spec.has_location = True
        spec.cached = cached
        _served.add(fullname)
        return spec

    @staticmethod
    def invalidate_caches() -> None:
        pass


def install(directory: str | Path, name: str = "") -> int:
    """Read the modules kept under `directory` (for `name`) and put the finder first on
    `sys.meta_path`; how many were read."""
    read = 0
    data = read_file(_file_name(directory, name))  # None when missing: the usual import
    modules = data.get("modules") if data is not None else None
    if isinstance(modules, dict) and all(  # of this format
        type(e) is tuple and len(e) == 7 and type(e[4]) is int for e in modules.values()
    ):
        parts = data["parts"]  # type: ignore[index]
        if all(0 <= e[4] < len(parts) for e in modules.values()):
            # Each module's code: a view of the file's part, unmarshalled when imported.
            _kept.update({k: (*e[:4], parts[e[4]], *e[5:]) for k, e in modules.items()})
            read = len(modules)
    if _Finder not in sys.meta_path:
        sys.meta_path.insert(0, _Finder)
    return read


def uninstall() -> None:
    if _Finder in sys.meta_path:
        sys.meta_path.remove(_Finder)


def _entry(fullname: str, module: Any) -> _Entry | None:
    """What to keep of a module the usual import loaded from its source file (None: nothing,
    or what is kept already)."""
    spec = getattr(module, "__spec__", None)
    origin = getattr(spec, "origin", None)
    if spec is None or type(spec.loader) is not SourceFileLoader or not origin:
        return None
    try:
        st = os.stat(origin)
        kept = _kept.get(fullname)
        if kept is not None and kept[:3] == (origin, st.st_mtime_ns, st.st_size):
            return None
        with open(origin, "rb") as f:
            source = f.read()
        code = compile(source, origin, "exec", dont_inherit=True)
    except Exception:
        return None
    is_package = spec.submodule_search_locations is not None
    folder = os.path.dirname(os.path.dirname(origin) if is_package else origin)
    return origin, st.st_mtime_ns, st.st_size, is_package, marshal.dumps(code), spec.cached, folder


def save(directory: str | Path, name: str = "") -> int:
    """Keep the package's modules this process imported the usual way; how many new."""
    if sys.dont_write_bytecode:
        return 0
    new = {}
    for fullname, module in list(sys.modules.items()):
        if fullname.startswith(PACKAGE + ".") and fullname not in _served:
            entry = _entry(fullname, module)
            if entry is not None:
                new[fullname] = entry
    if not new:
        return 0
    try:
        modules = {**_kept, **new} if len(_kept) + len(new) <= MAX_MODULES else new
        # Each module's code is a part of the file, the entry its index.
        codes = [entry[4] for entry in modules.values()]
        entries = {k: (*e[:4], i, *e[5:]) for i, (k, e) in enumerate(modules.items())}
        write_file(_file_name(directory, name), {"modules": entries}, codes)
        _kept.update(new)
    except Exception:  # a cache that cannot be written is only slower
        return 0
    return len(new)


__all__ = ["install", "save", "uninstall"]
