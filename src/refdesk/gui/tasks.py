"""GUI layer: the task runner. Work runs on worker threads; results come back as signals.

Each kind of work has a *key* ("search", "resource", ...). Submitting under a key bumps that
key's generation: a task whose generation is no longer the newest is skipped before it starts,
and its result is dropped if it finishes anyway, so the newest request always wins and a slow,
stale answer never overwrites a fresh one.

The key's prefix picks the pool: "search" has one thread of its own; "write:..." keys share one
single-threaded pool, so every write to user.sqlite (and every Whoosh write) runs in the order it
was asked for and never beside another; "net:..." keys (update checks and downloads, which may
run for minutes) have their own thread; everything else shares a small general pool. Writes are
never dropped at shutdown: the window waits for them, so a note typed just before closing is kept.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ClassVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, SignalInstance, Slot

log = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


@dataclass
class _Pending:
    on_done: Done
    on_error: Failed | None


class _Task(QRunnable):
    def __init__(self, runner: TaskRunner, key: str, generation: int, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._runner, self._key, self._generation, self._fn = runner, key, generation, fn

    def run(self) -> None:
        runner = self._runner
        if runner.is_stale(self._key, self._generation, closing_ok=is_write(self._key)):
            runner.task_skipped.emit(self._key, self._generation)
            return
        try:
            result = self._fn()
        except BaseException as exc:  # handed to the GUI thread, which decides what the user sees
            self._emit(runner.task_failed, exc)
        else:
            self._emit(runner.task_finished, result)

    def _emit(self, signal: SignalInstance, value: object) -> None:
        try:
            signal.emit(self._key, self._generation, value)
        except RuntimeError:  # the runner went away while this ran (the app is closing)
            log.debug("%s finished after the runner was deleted", self._key)


def is_write(key: str) -> bool:
    return key.startswith("write:")


def pool_name(key: str) -> str:
    """Which pool runs the work submitted under `key`."""
    if key == "search":
        return "search"
    if is_write(key):
        return "write"
    if key.startswith("net:"):
        return "network"
    return "general"


class TaskRunner(QObject):
    """Lives in the GUI thread; its signals carry results from workers back to it."""

    task_finished = Signal(str, int, object)
    task_failed = Signal(str, int, object)
    task_skipped = Signal(str, int)
    progressed = Signal(str, str)  # key, message
    # True while any task is queued or running (for a busy indicator).
    busy_changed = Signal(bool)

    POOL_THREADS: ClassVar[dict[str, int]] = {"search": 1, "general": 2, "write": 1, "network": 1}

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pools: dict[str, QThreadPool] = {}
        for name, threads in self.POOL_THREADS.items():
            pool = QThreadPool(self)
            pool.setMaxThreadCount(threads)
            self._pools[name] = pool
        self._lock = threading.Lock()
        self._latest: dict[str, int] = {}
        self._pending: dict[tuple[str, int], _Pending] = {}
        self._closed = False
        self._was_busy = False
        self.task_finished.connect(self._on_task_finished)
        self.task_failed.connect(self._on_task_failed)
        self.task_skipped.connect(self._on_task_skipped)

    # -- submitting ------------------------------------------------------------------------

    def submit(self, key: str, fn: Callable[[], Any], on_done: Done, on_error: Failed | None = None) -> int:
        """Run `fn()` on a worker; call `on_done(result)` in the GUI thread unless superseded."""
        if self._closed:
            return -1
        with self._lock:
            generation = self._latest.get(key, 0) + 1
            self._latest[key] = generation
        stale = [k for k in self._pending if k[0] == key]
        for pending_key in stale:
            del self._pending[pending_key]  # superseded; their results will be dropped
        self._pending[(key, generation)] = _Pending(on_done, on_error)
        self._pools[pool_name(key)].start(_Task(self, key, generation, fn))
        self._report_busy()
        return generation

    def report(self, key: str, message: str) -> None:
        """Callable from a worker: a line of progress for the GUI thread."""
        self.progressed.emit(key, message)

    def is_stale(self, key: str, generation: int, *, closing_ok: bool = False) -> bool:
        with self._lock:
            return (self._closed and not closing_ok) or self._latest.get(key) != generation

    def cancel(self, key: str) -> None:
        """Forget the pending work under `key`; it is skipped or its result dropped."""
        with self._lock:
            self._latest[key] = self._latest.get(key, 0) + 1
        for pending_key in [k for k in self._pending if k[0] == key]:
            del self._pending[pending_key]
        self._report_busy()

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def shutdown(self, timeout_ms: int = 10_000) -> None:
        """Drop queued work, finish the queued writes, wait for what is running (at exit and at
        the end of tests)."""
        with self._lock:
            self._closed = True
        self._pending.clear()
        for name, pool in self._pools.items():
            if name != "write":
                pool.clear()
        for pool in self._pools.values():
            pool.waitForDone(timeout_ms)

    def wait(self, timeout_ms: int = 10_000) -> bool:
        done = True
        for pool in self._pools.values():
            done = pool.waitForDone(timeout_ms) and done
        return done

    # -- results, in the GUI thread ----------------------------------------------------------

    @Slot(str, int, object)
    def _on_task_finished(self, key: str, generation: int, result: object) -> None:
        pending = self._pending.pop((key, generation), None)
        self._report_busy()
        if pending is None:
            log.debug("dropped a stale %s result (generation %d)", key, generation)
            return
        pending.on_done(result)

    @Slot(str, int, object)
    def _on_task_failed(self, key: str, generation: int, error: object) -> None:
        pending = self._pending.pop((key, generation), None)
        self._report_busy()
        if pending is None:
            return
        assert isinstance(error, BaseException)
        if pending.on_error is None:
            raise error  # reaches sys.excepthook: the error dialog
        pending.on_error(error)

    @Slot(str, int)
    def _on_task_skipped(self, key: str, generation: int) -> None:
        self._pending.pop((key, generation), None)
        self._report_busy()

    def _report_busy(self) -> None:
        busy = bool(self._pending)
        if busy != self._was_busy:
            self._was_busy = busy
            self.busy_changed.emit(busy)
