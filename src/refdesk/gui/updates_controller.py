"""GUI layer: the update controller: check, download and install catalogue updates off the GUI thread.

One update at a time, as a small state machine the update dialog paints (`UpdateState`). The
size and the counts are shown before anything is downloaded. Pause stops the download and keeps
what arrived (the next run resumes it with HTTP Range, even after a restart); Cancel stops and
throws it away. Either way the installed catalogue is untouched until a whole, verified new
generation replaces it.

The window sends nothing on its own: an automatic check at start runs only when the officer
turned it on, and only when Qt can tell the connection is not metered.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from refdesk.core.cancel import CancelledError, CancelToken
from refdesk.core.errors import RefdeskError

from . import update_jobs
from .i18n import data_size

if TYPE_CHECKING:
    from refdesk.services.updates import UpdateProgress, UpdateResult

    from .main_window import MainWindow

log = logging.getLogger(__name__)

Phase = Literal[
    "idle",
    "no-sources",
    "checking",
    "available",
    "up-to-date",
    "running",
    "paused",
    "done",
    "failed",
    "cancelled",
]
KEY = "net:update"


@dataclass(frozen=True)
class UpdateState:
    phase: Phase = "idle"
    sources: tuple[str, ...] = ()
    plan: UpdateResult | None = None  # what `check` found (status "available" or "up-to-date")
    result: UpdateResult | None = None  # what the update did
    progress: UpdateProgress | None = None
    message: str = ""
    local: bool = False  # from a file or a folder: nothing to pause
    automatic: bool = False  # started by the check at start, not by the officer


def connection_is_metered() -> bool | None:
    """What Qt knows of the connection: True (metered or offline), False, or None (unknown)."""
    from PySide6.QtNetwork import QNetworkInformation

    feature = QNetworkInformation.Feature.Metered
    if QNetworkInformation.instance() is None and not QNetworkInformation.loadBackendByFeatures(feature):
        return None
    info = QNetworkInformation.instance()
    if info is None or not info.supports(feature):
        return None
    if info.reachability() == QNetworkInformation.Reachability.Disconnected:
        return True  # offline: as good as metered for a background check
    return bool(info.isMetered())


class UpdateController(QObject):
    state_changed = Signal(object)  # UpdateState
    summary_ready = Signal(object)  # UpdateSummary, after an update or when asked for
    # A new catalogue generation is in use: searches, details and the sidebar must follow.
    catalogue_updated = Signal()
    # From the worker thread (queued into the GUI thread).
    _worker_progressed = Signal(object)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._runner = window.runner
        self.state = UpdateState()
        self._token: CancelToken | None = None
        self._pausing = False
        self._last_emit = 0.0
        self._worker_progressed.connect(self._on_worker_progressed)

    # -- what the window and the dialog call ---------------------------------------------------

    def check(self, sources: Sequence[str] | None = None, *, automatic: bool = False) -> None:
        """Find out what an update would bring; downloads nothing but its small signed metadata."""
        library = self._window.library
        if self.busy or library is None:
            return
        settings = self._window.store.settings
        chosen = tuple(sources if sources is not None else settings.update_sources)
        local = sources is not None
        if not chosen:
            self._set(UpdateState("no-sources"))
            return
        token = self._token = CancelToken()
        self._set(UpdateState("checking", chosen, local=local, automatic=automatic))
        proxy = settings.update_proxy
        self._runner.submit(
            KEY, lambda: update_jobs.check(library, chosen, proxy, token), self._on_checked, self._on_failed
        )

    def check_at_start(self) -> bool:
        """The automatic check, if the officer enabled it and the connection is known not metered."""
        settings = self._window.store.settings
        if not settings.check_updates_at_start or not settings.update_sources:
            return False
        metered = connection_is_metered()
        if metered is not False:
            log.info("no automatic update check: the connection is %s", "metered" if metered else "unknown")
            return False
        self.check(automatic=True)
        return True

    def import_from(self, path: str) -> None:
        """An update from a `.zip` bundle or a repository folder (a USB stick): checked first."""
        self.check([path])

    def start(self) -> None:
        """Download and install what the last check found (or resume a paused download)."""
        library = self._window.library
        state = self.state
        if library is None or state.phase not in ("available", "paused", "failed") or not state.sources:
            return
        token = self._token = CancelToken()
        self._pausing = False
        proxy = self._window.store.settings.update_proxy
        self._set(replace(state, phase="running", message="", automatic=False))
        self._runner.submit(
            KEY,
            lambda: update_jobs.install(library, state.sources, proxy, self._worker_progressed.emit, token),
            self._on_installed,
            self._on_failed,
        )

    @Slot()
    def pause(self) -> None:
        if self.can_pause and self._token is not None:
            self._pausing = True
            self._token.cancel()

    @Slot()
    def cancel(self) -> None:
        phase = self.state.phase
        if phase in ("running", "checking") and self._token is not None:
            self._pausing = False
            self._token.cancel()
        elif phase == "paused":
            self._discard()
            self._set(replace(self.state, phase="cancelled", message=""))

    def shutdown(self) -> None:
        if self._token is not None:
            self._pausing = True  # keep what was downloaded: the next start resumes it
            self._token.cancel()

    def show_last_changes(self) -> None:
        """The "What changed" view for the update installed last (compared with the previous generation)."""
        library = self._window.library
        if library is not None:
            self._runner.submit(
                "write:summary", lambda: update_jobs.summarise(library), self.summary_ready.emit
            )

    @property
    def busy(self) -> bool:
        return self.state.phase in ("checking", "running")

    @property
    def can_pause(self) -> bool:
        progress = self.state.progress
        downloading = progress is None or progress.phase != "applying"
        return self.state.phase == "running" and not self.state.local and downloading

    # -- results, in the GUI thread ------------------------------------------------------------

    def _set(self, state: UpdateState) -> None:
        self.state = state
        self.state_changed.emit(state)

    def _on_checked(self, plan: UpdateResult) -> None:
        self._token = None
        phase: Phase = "up-to-date" if plan.status == "up-to-date" else "available"
        self._set(replace(self.state, phase=phase, plan=plan))
        if self.state.automatic and phase == "available":
            size = data_size(plan.downloaded_bytes)
            text = QCoreApplication.translate(
                "UpdatesController",
                "Version {version} of the catalogue is available ({size}): "
                "Updates ▸ Check for updates (Ctrl+U).",
            )
            self._window.status.showMessage(text.format(version=plan.to_version, size=size), 30000)

    def _on_installed(self, result: UpdateResult) -> None:
        self._token = None
        self._set(replace(self.state, phase="done", result=result, progress=None))
        if result.status != "updated":
            return
        self.catalogue_updated.emit()
        library = self._window.library
        if library is not None:
            self._runner.submit(
                "write:summary", lambda: update_jobs.summarise(library, result), self.summary_ready.emit
            )

    def _on_failed(self, error: BaseException) -> None:
        self._token = None
        if isinstance(error, CancelledError):
            if self._pausing and self.state.phase == "running":
                self._set(replace(self.state, phase="paused", message=""))
            elif self.state.phase == "checking":
                self._set(UpdateState())
            else:
                self._discard()
                self._set(replace(self.state, phase="cancelled", progress=None, message=""))
            return
        if not isinstance(error, RefdeskError):
            raise error
        log.warning("update failed: %s", error.message)
        if self.state.automatic:
            self._set(UpdateState())  # a background check that failed says nothing; the log has it
            return
        self._set(replace(self.state, phase="failed", message=error.message, progress=None))

    def _discard(self) -> None:
        library = self._window.library
        if library is not None:
            self._runner.submit("net:discard", lambda: update_jobs.discard_downloads(library), lambda _: None)

    @Slot(object)
    def _on_worker_progressed(self, progress: UpdateProgress) -> None:
        if self.state.phase != "running":
            return
        now = time.monotonic()
        previous = self.state.progress
        same_step = previous is not None and (previous.phase, previous.message) == (
            progress.phase,
            progress.message,
        )
        finished = progress.total and progress.done >= progress.total
        if same_step and now - self._last_emit < 0.1 and not finished:
            self.state = replace(self.state, progress=progress)  # painted with the next one
            return
        self._last_emit = now
        self._set(replace(self.state, progress=progress))
