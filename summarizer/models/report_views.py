"""What a claim check and a verification report compute from their fields, written once for the
pydantic models (models.report) and for the plain records a cached `brief` reads
(models.result_records); and the statuses and kinds both use. Imports no pydantic."""

from __future__ import annotations

from typing import TYPE_CHECKING, Generic, Literal, TypeVar

# `unchecked`: no check can judge the field (free translation, a department name): shown as such,
# never with the look of a verified claim, and counted apart.
Status = Literal["exact", "normalised", "fuzzy", "unsupported", "unverified", "unchecked"]
CheckKind = Literal[
    "date", "time", "phone", "quote", "speaker", "commitment", "party", "name_en", "embargo",
    "place", "mode", "signatory", "contact", "alias", "english", "title", "org", "glossary",
    "text", "person", "title_ko",
]  # fmt: skip
VERIFIED: tuple[Status, ...] = ("exact", "normalised", "fuzzy")


class CheckView:
    """`ok`: the source supports the claim as written or nearly so."""

    if TYPE_CHECKING:
        status: Status

    @property
    def ok(self) -> bool:
        return self.status in VERIFIED


C = TypeVar("C", bound=CheckView)


class ReportView(Generic[C]):
    """The checks by status, and whether nothing is contradicted."""

    if TYPE_CHECKING:
        checks: list[C]

    @property
    def unsupported(self) -> list[C]:
        return [c for c in self.checks if c.status == "unsupported"]

    @property
    def unchecked(self) -> list[C]:
        return [c for c in self.checks if c.status == "unchecked"]

    @property
    def verified(self) -> bool:
        return not self.unsupported

    def counts(self) -> dict[str, int]:
        """How many claims have each status (`unchecked` included)."""
        out: dict[str, int] = {}
        for c in self.checks:
            out[c.status] = out.get(c.status, 0) + 1
        return out


__all__ = ["VERIFIED", "CheckKind", "CheckView", "ReportView", "Status"]
