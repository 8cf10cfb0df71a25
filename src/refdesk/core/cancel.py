"""Core layer: a cancel token that long jobs check between phases (the window's Cancel button)."""

from __future__ import annotations

import threading

from .errors import RefdeskError
from .i18n import translate


class CancelledError(RefdeskError):
    """The user cancelled the job; whatever it had built was thrown away."""

    code = "cancelled"


class CancelToken:
    """Set from any thread; checked by the job at safe points, never in the middle of a write."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        if self._event.is_set():
            raise CancelledError(translate("Errors", "Cancelled; nothing was changed."))
