"""What the reader imports must be there: a missing package is an error naming it, never less text."""

from __future__ import annotations

import builtins
import importlib.metadata
import re
import tomllib
from pathlib import Path

import pytest

from summarizer.errors import ConfigError
from summarizer.reading.html import html_to_text

ROOT = Path(__file__).resolve().parents[2]


def test_a_missing_html_dependency_is_an_error_naming_it(monkeypatch: pytest.MonkeyPatch) -> None:
    real_import = builtins.__import__

    def without_cleaner(name, *args, **kwargs):  # type: ignore[no-untyped-def]
        if name == "trafilatura":
            raise ImportError("lxml.html.clean module is now a separate project lxml_html_clean")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", without_cleaner)
    with pytest.raises(ConfigError, match="lxml_html_clean"):
        html_to_text("<html><body><p>가람부는 협약을 맺었다.</p></body></html>")


# `_sha2` is the standard library's SHA-2 module from Python 3.12 (`_sha256` before).
STDLIB_OR_OURS = {"summarizer", "__future__", "_sha2"}


def _imported_packages() -> set[str]:
    """Top-level packages of every absolute import statement (parsed, so prose is never read)."""
    import ast
    import sys

    found: set[str] = set()
    for path in (ROOT / "summarizer").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                top = name.split(".")[0]
                if top not in sys.stdlib_module_names and top not in STDLIB_OR_OURS:
                    found.add(top)
    return found


def _declared() -> set[str]:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    names = set()
    for requirement in data["project"]["dependencies"]:
        names.add(re.split(r"[<>=!~\[; ]", requirement, maxsplit=1)[0].lower().replace("_", "-"))
    return names


def test_every_imported_package_is_declared() -> None:
    declared = _declared()
    # Imported module -> the installed distributions that provide it (hwpx -> python-hwpx).
    providers = importlib.metadata.packages_distributions()
    missing = []
    for module in sorted(_imported_packages()):
        dists = {d.lower().replace("_", "-") for d in providers.get(module, [module])}
        if not dists & declared:
            missing.append(f"{module} (distribution {', '.join(sorted(dists))})")
    assert not missing, f"imported but not in [project.dependencies]: {missing}"


def test_trafilatura_imports_with_the_declared_cleaner() -> None:
    # The extra that stock pip leaves out: lxml_html_clean must be installed in its own right.
    assert importlib.metadata.version("lxml_html_clean")
    import trafilatura  # noqa: F401


def test_the_shown_name_of_a_path_is_pathlibs() -> None:
    import random
    from pathlib import Path

    from summarizer.reading.load import as_path_text

    cases = ["", ".", "./", "/", "//", "///", "a", "a/", "./a", "a/./b", "a//b", "a/../b", "//a/b"]
    cases += ["///a//./b/", ".hidden", "a/.", "보도자료/./2025.txt", "~/x", " a /b "]
    rng = random.Random(7)
    cases += ["".join(rng.choice("/.a~") for _ in range(rng.randrange(12))) for _ in range(500)]
    for case in cases:
        assert as_path_text(case) == str(Path(case)), case
    assert as_path_text(Path("a//b")) == "a/b"
