"""What a claim check, a verification report and a usage count compute from their fields,
written once for the pydantic models (models.report) and for the plain records a cached `brief`
reads (models.result_records); and the statuses and kinds both use. Imports no pydantic."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Generic, Literal, Self, TypeVar

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


class UsageView:
    """`add`: two documents' (or attempts') usage summed; a cost only where one is known."""

    if TYPE_CHECKING:
        requests: int
        prompt_tokens: int
        completion_tokens: int
        cost_usd: float | None

    def add(self, other: Self) -> Self:
        cost = None
        if self.cost_usd is not None or other.cost_usd is not None:
            cost = (self.cost_usd or 0.0) + (other.cost_usd or 0.0)
        make: Any = type(self)  # the model or the record: both take these keywords
        summed: Self = make(
            requests=self.requests + other.requests,
            prompt_tokens=self.prompt_tokens + other.prompt_tokens,
            completion_tokens=self.completion_tokens + other.completion_tokens,
            cost_usd=cost,
        )
        return summed


__all__ = ["VERIFIED", "CheckKind", "CheckView", "ReportView", "Status", "UsageView"]
