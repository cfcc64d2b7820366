"""Official English names of Korean public bodies: lookup, renames, rule-derived places and branches,
names a document gives itself, and English-name checks.

The public surface is re-exported here; `from summarizer.glossary import Entry, load_glossary` keeps
working as before the package was split. The names are imported on first use (PEP 562): a run
that only looks names up (a cached `brief`) does not build the resolution and document-name
models it never uses. Type checkers see the real imports.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from summarizer.lazy import lazy_exports

if TYPE_CHECKING:
    from summarizer.glossary.branches import BRANCH_SUFFIXES, render_branch
    from summarizer.glossary.document import DocumentName, name_in_document, names_given_in
    from summarizer.glossary.load import load_glossary
    from summarizer.glossary.model import Confidence, EnglishCheck, Entry, Rename
    from summarizer.glossary.resolve import Resolution, resolve
    from summarizer.glossary.store import Glossary

_MODULES = {
    "summarizer.glossary.branches": ("BRANCH_SUFFIXES", "render_branch"),
    "summarizer.glossary.document": ("DocumentName", "name_in_document", "names_given_in"),
    "summarizer.glossary.load": ("load_glossary",),
    "summarizer.glossary.model": ("Confidence", "EnglishCheck", "Entry", "Rename"),
    "summarizer.glossary.resolve": ("Resolution", "resolve"),
    "summarizer.glossary.store": ("Glossary",),
}
_EXPORTS = {name: module for module, names in _MODULES.items() for name in names}


def lookup_name(query: str, *, on: str | None = None, text: str | None = None) -> Resolution:
    """`resolve` against the bundled glossary."""
    from summarizer.glossary.load import load_glossary
    from summarizer.glossary.resolve import resolve

    return resolve(load_glossary(), query, on=on, text=text)


__all__ = [
    "BRANCH_SUFFIXES",
    "Confidence",
    "DocumentName",
    "EnglishCheck",
    "Entry",
    "Glossary",
    "Rename",
    "Resolution",
    "load_glossary",
    "lookup_name",
    "name_in_document",
    "names_given_in",
    "render_branch",
    "resolve",
]

__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS, globals(), __all__)
