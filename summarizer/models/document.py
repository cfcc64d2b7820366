"""A decoded document: the text every offset indexes, and where it came from."""

from __future__ import annotations

from pydantic import BaseModel, Field

from summarizer.models.defaults import empty_list
from summarizer.models.facts import Region, SourceInfo


class Document(BaseModel):
    """The text the user gave (or the text extracted from HTML/PDF/HWPX) plus reading notes."""

    text: str
    source: SourceInfo
    regions: list[Region] = Field(default_factory=empty_list)  # noise and duplicates, never deleted
    warnings: list[str] = Field(default_factory=empty_list)
