"""The project's exceptions: one base class, a few kinds, messages that say what to do next."""

from __future__ import annotations


class SummarizerError(Exception):
    """Base class of every error this package raises on purpose."""

    exit_code = 1


class InputError(SummarizerError):
    """The document cannot be read: missing, empty, binary, undecodable or too large."""


class ConfigError(SummarizerError):
    """The configuration is incomplete or contradictory (no model, bad mode, bad value)."""


class ModelError(SummarizerError):
    """The model endpoint failed or its answers never became a valid briefing."""

    # What the failed call spent (a models.Usage: every request sent, answered or not), when a
    # call got that far; `--usage` and a batch's totals count it.
    usage: object | None = None


class VerificationFailed(SummarizerError):
    """Raised only under strict mode: the briefing holds claims the source does not support."""

    exit_code = 3


class StorageWarning(UserWarning):
    """A cache or log that cannot be used: the run goes on without it (results are kept)."""
