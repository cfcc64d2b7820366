"""Every field of the briefing leaves with a status: a claim no check judged is `unchecked`."""

from __future__ import annotations

from summarizer.models import Briefing, ClaimCheck

# Values that claim nothing: an unknown mode, an empty string, null.
_NO_CLAIM = (None, "", "unknown")


def _leaves(value: object, path: str = "") -> list[tuple[str, str]]:
    if isinstance(value, dict):
        return [x for k, v in value.items() for x in _leaves(v, f"{path}.{k}" if path else k)]
    if isinstance(value, list):
        return [x for i, v in enumerate(value) for x in _leaves(v, f"{path}[{i}]")]
    return [] if value in _NO_CLAIM else [(path, str(value))]


def _covered(leaf: str, fields: set[str]) -> bool:
    """A check on the leaf, on a part of it, or on the list it belongs to (`parties[0]`)."""
    if leaf in fields:
        return True
    return any(f.startswith(leaf + ".") or f.startswith(leaf + "[") or leaf.startswith(f + "[")
               for f in fields)  # fmt: skip


def unchecked_rest(briefing: Briefing, checks: list[ClaimCheck]) -> list[ClaimCheck]:
    """An `unchecked` mark for every claimed field that no check judged."""
    fields = {c.field for c in checks}
    note = "no check can judge this field: shown as unchecked, not as verified"
    return [
        ClaimCheck(field=leaf, kind="text", claim=value, status="unchecked", note=note)
        for leaf, value in _leaves(briefing.model_dump())
        if not _covered(leaf, fields)
    ]


__all__ = ["unchecked_rest"]
