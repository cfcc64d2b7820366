"""Official English names of Korean public bodies: lookup, renames, rule-derived places and branches,
names a document gives itself, and English-name checks.

The public surface is re-exported here; `from summarizer.glossary import Entry, load_glossary` keeps
working as before the package was split.
"""

from __future__ import annotations

from summarizer.glossary.branches import BRANCH_SUFFIXES, render_branch
from summarizer.glossary.document import DocumentName, name_in_document, names_given_in
from summarizer.glossary.load import load_glossary
from summarizer.glossary.model import Confidence, EnglishCheck, Entry, Rename
from summarizer.glossary.resolve import Resolution, resolve
from summarizer.glossary.store import Glossary


def lookup_name(query: str, *, on: str | None = None, text: str | None = None) -> Resolution:
    """`resolve` against the bundled glossary."""
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
