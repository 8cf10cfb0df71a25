"""The guard against PySide6 6.12 dropping references to None on Python 3.11 (see gui/compat.py)."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject

import refdesk.gui  # noqa: F401  (importing the GUI applies the guard)

pytestmark = pytest.mark.gui


def test_a_long_session_of_void_calls_cannot_free_none() -> None:
    probe = QObject()
    for _ in range(200_000):  # more than None's own count in a fresh interpreter
        probe.setObjectName("probe")
        probe.parent()  # a null pointer comes back as None too
    assert sys.getrefcount(None) > 1_000_000


def test_bools_are_protected_too_where_none_needed_it() -> None:
    from refdesk.gui.compat import BALLAST

    if sys.version_info >= (3, 12) or sys.getrefcount(None) < BALLAST // 2:
        pytest.skip("the guard is not needed with this Python and PySide6")
    assert sys.getrefcount(True) > BALLAST // 2
    assert sys.getrefcount(False) > BALLAST // 2
