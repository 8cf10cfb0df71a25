"""Core layer: the errors every layer raises, each with a stable code and an actionable message."""

from __future__ import annotations


class RefdeskError(Exception):
    """A failure a person can act on. `code` is a stable slug for scripts (spec/cli.md)."""

    code = "error"
    exit_status = 1

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code


class UsageError(RefdeskError):
    code = "usage"
    exit_status = 2


class NotFoundError(RefdeskError):
    code = "not-found"


class SourceError(RefdeskError):
    """A catalogue source folder that does not follow spec/catalogue-source.md."""

    code = "invalid-source"

    def __init__(self, message: str, problems: list | None = None) -> None:
        super().__init__(message)
        self.problems = problems or []


class CorruptDataError(RefdeskError):
    """A database or index on disk that cannot be read."""

    code = "corrupt-data"


class VerificationError(RefdeskError):
    """An update or bundle that failed verification; nothing was applied."""

    code = "verification-failed"
    exit_status = 3


class IncompatibleDataError(RefdeskError):
    """Data written by a newer version of the app."""

    code = "incompatible-data"
