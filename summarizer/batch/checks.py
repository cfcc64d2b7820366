"""The grounding check of a batch: each answer verified in a worker process, off the event loop."""

from __future__ import annotations

from summarizer.batch.pool import ExtractPool
from summarizer.models import FactsResult
from summarizer.pipeline import GroundingCheck


class PooledCheck(GroundingCheck):
    """The grounding check with each answer verified in a worker process before instructor
    validates it (llm.precheck): the validator on the event loop then finds the report ready.
    An answer that does not parse, or a pool that is not ready, is verified in place."""

    def __init__(self, text: str, facts: FactsResult, pool: ExtractPool) -> None:
        super().__init__(text, facts)
        self.pool = pool

    async def precheck(self, answer: str) -> None:
        """Verify the candidate in `answer` (its JSON text) in a worker, for the validator."""
        verdict = await self.pool.verify(answer, self.text, self.facts)
        if verdict is not None:
            self.verified_elsewhere(*verdict)


__all__ = ["PooledCheck"]
