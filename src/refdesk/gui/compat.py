"""GUI layer: a guard against a PySide6 bug that would otherwise crash the window on Python 3.11.

PySide6 6.12 returns `None` from every void method, and from every method that yields a null
pointer or an invalid QVariant, without taking a reference to it. On Python 3.12 and later None
is immortal and nothing happens; on 3.11 each such call lowers None's reference count by one,
and after some tens of thousands of calls (a few seconds of scrolling: every `painter.save()`
in a delegate is one) the interpreter aborts with "none_dealloc: deallocating None".

`keep_none_alive()` checks whether the installed PySide6 has the bug and, if it does, gives
None, True and False a reference count no session can exhaust, which is what Python 3.12
does for every build.
"""

from __future__ import annotations

import ctypes
import gc
import logging
import sys

log = logging.getLogger(__name__)

# Added to None's reference count: 2**40 leaked references is about 35 years of
# non-stop painting at the rate measured here (1,000 per second).
BALLAST = 1 << 40
_PROBES = 200


def none_leaks() -> bool:
    """True when calling a void Qt method loses a reference to None."""
    from PySide6.QtCore import QObject

    probe = QObject()
    enabled = gc.isenabled()
    gc.disable()
    try:
        before = sys.getrefcount(None)
        for _ in range(_PROBES):
            probe.setObjectName("probe")
        lost = before - sys.getrefcount(None)
    finally:
        if enabled:
            gc.enable()
    return lost >= _PROBES // 2


def keep_none_alive() -> bool:
    """Apply the guard where it is needed; True when it was applied."""
    if sys.version_info >= (3, 12) or hasattr(sys, "getobjects"):
        return False  # None is immortal there / a debug build lays objects out differently
    if not none_leaks():
        return False
    # The same builds drop references to True and False too, from bool results of Python
    # overrides (event filters): seen as "bool_dealloc: deallocating True or False" at exit.
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += BALLAST
    log.info("PySide6 drops references to None and bools on this Python; they were made immortal")
    return True
