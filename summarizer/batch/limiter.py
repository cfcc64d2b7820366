"""An AIMD concurrency limiter: halve on rate limits, grow back by one slot per round of successes."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable


class AIMDLimiter:
    """At most `limit` tasks at once; `congested()` halves it and pauses new starts for Retry-After.

    Decreases are debounced (`cooldown` seconds): one burst of 429s from many in-flight
    requests is one congestion signal, not one halving per request.
    """

    def __init__(
        self,
        maximum: int,
        *,
        minimum: int = 1,
        cooldown: float = 1.0,
        clock: Callable[[], float] | None = None,
    ) -> None:
        self.maximum = max(1, maximum)
        self.minimum = max(1, min(minimum, self.maximum))
        self.limit = float(self.maximum)
        self.cooldown = cooldown
        self.active = 0
        self.lowest = self.limit
        self.decreases = 0
        self._clock = clock
        self._last_decrease = float("-inf")
        self._pause_until = 0.0
        self._cond: asyncio.Condition | None = None

    def _now(self) -> float:
        return self._clock() if self._clock else asyncio.get_running_loop().time()

    @property
    def _condition(self) -> asyncio.Condition:
        if self._cond is None:
            self._cond = asyncio.Condition()
        return self._cond

    async def acquire(self) -> None:
        """Wait for a free slot and for any Retry-After pause to pass."""
        async with self._condition:
            while True:
                wait = self._pause_until - self._now()
                if wait > 0:
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(self._condition.wait(), timeout=wait)
                    continue
                if self.active < int(self.limit):
                    self.active += 1
                    return
                await self._condition.wait()

    async def release(self, *, ok: bool = True) -> None:
        """Free a slot; a success grows the limit by 1/limit (one slot per full round)."""
        async with self._condition:
            self.active -= 1
            if ok and self.limit < self.maximum:
                self.limit = min(self.maximum, self.limit + 1.0 / self.limit)
            self._condition.notify_all()

    def congested(self, retry_after: float | None = None) -> None:
        """A 429 (or overload) was seen: halve the limit, and hold new starts for `retry_after`."""
        now = self._now()
        if retry_after:
            self._pause_until = max(self._pause_until, now + retry_after)
        if now - self._last_decrease >= self.cooldown:
            self._last_decrease = now
            self.limit = max(float(self.minimum), self.limit / 2)
            self.lowest = min(self.lowest, self.limit)
            self.decreases += 1

    async def sleep(self, seconds: float) -> None:
        """The transport layer's retry sleep (429, 5xx, timeouts: an overloaded server): back off."""
        self.congested(seconds)
        await asyncio.sleep(seconds)


def rate_limit_of(exc: BaseException) -> tuple[bool, float | None]:
    """Whether an error (or its cause) is an HTTP 429, and the Retry-After it carried."""
    seen: BaseException | None = exc
    for _ in range(5):
        if seen is None:
            break
        body = getattr(seen, "body", None)
        code = (body.get("error") or body).get("code") if isinstance(body, dict) else None
        if code == "insufficient_quota" or getattr(seen, "code", None) == "insufficient_quota":
            return False, None  # an empty account: waiting does not help
        if getattr(seen, "status_code", None) == 429:
            wait = getattr(seen, "retry_after", None)
            headers = getattr(getattr(seen, "response", None), "headers", None)
            if wait is None and headers is not None:
                try:
                    wait = float(headers.get("retry-after") or "nan")
                except ValueError:
                    wait = None
                wait = None if wait != wait else wait
            return True, wait
        seen = seen.__cause__ or seen.__context__
    return False, None


__all__ = ["AIMDLimiter", "rate_limit_of"]
