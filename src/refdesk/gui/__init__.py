"""GUI layer: the PySide6 desktop window, the only package that imports Qt."""

from .compat import keep_none_alive

# Before anything else of Qt runs: see compat.py (PySide6 6.12 on Python 3.11).
keep_none_alive()
