"""The targeted re-ask: only contradictions the evidence is sure of, each with what the source says.

Notes on checks are written for the people reading the report ("does not occur in the source;
the only date there is 2025-10-14"); the instruction to the model follows them in prompts/reask.j2.
"""

from __future__ import annotations

from summarizer.models import ClaimCheck, VerificationReport

# Keep the re-ask short: the model needs the fields to fix, not the whole history.
MAX_REASK_LINES = 12
HEAD = "Some fields contradict the source document. Fix only these, keep the rest:"


def reask_needed(check: ClaimCheck) -> bool:
    """A hard violation: the check is sure the claim contradicts the source."""
    return check.hard and not check.ok


def _where(check: ClaimCheck, text: str | None) -> str:
    span = check.span
    if span is None:
        return ""
    line = text.count("\n", 0, span.start) + 1 if text is not None else None
    shown = " ".join(span.text.split())
    shown = shown if len(shown) <= 50 else shown[:47] + "..."
    return f" [source{f' line {line}' if line else ''}: “{shown}”]"


def _quoted(claim: str) -> str:
    return repr(claim if len(claim) <= 60 else claim[:57] + "...")


def reask_feedback(report: VerificationReport, text: str | None = None) -> str | None:
    """A short instruction naming each sure contradiction and what the source says; None if none."""
    hard = [c for c in report.checks if reask_needed(c)]
    if not hard:
        return None
    lines = []
    for c in hard:
        note = (c.note or "is not supported by the source").rstrip(".")
        where = "" if "(line " in note else _where(c, text)
        lines.append(f"- {c.field}: {_quoted(c.claim)} {note}.{where}")
    more = len(lines) - MAX_REASK_LINES
    lines = lines[:MAX_REASK_LINES] + ([f"- … and {more} more like these."] if more > 0 else [])
    return "\n".join([HEAD, *lines])


__all__ = ["MAX_REASK_LINES", "reask_feedback", "reask_needed"]
