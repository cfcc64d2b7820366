"""Parameter types whose bad values are usage errors (exit 2) with a line saying what to give."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import click


class IsoDate(click.ParamType):
    """YYYY-MM-DD, kept as the string the API takes; anything else is a usage error (exit 2)."""

    name = "YYYY-MM-DD"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        if isinstance(value, date):
            return value.isoformat()
        try:
            return date.fromisoformat(str(value)).isoformat()
        except ValueError:
            self.fail(
                f"{value!r} is not a date: give it as YYYY-MM-DD, e.g. 2024-07-17", param, ctx
            )


class IsoMoment(click.ParamType):
    """YYYY-MM-DDTHH:MM (naive means Korea time) as a datetime; anything else exits 2."""

    name = "YYYY-MM-DDTHH:MM"

    def convert(
        self, value: Any, param: click.Parameter | None, ctx: click.Context | None
    ) -> datetime:
        if isinstance(value, datetime):
            return value
        try:
            return datetime.fromisoformat(str(value))
        except ValueError:
            self.fail(f"{value!r} is not an ISO date-time: give e.g. 2025-03-12T09:00", param, ctx)


class HttpUrl(click.ParamType):
    """An http(s) base URL; anything else is a usage error (exit 2)."""

    name = "URL"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        text = str(value).strip()
        if not text.lower().startswith(("http://", "https://")):
            self.fail(
                f"{value!r} is not an http(s) URL: give e.g. http://localhost:8000/v1", param, ctx
            )
        return text


__all__ = ["HttpUrl", "IsoDate", "IsoMoment"]
