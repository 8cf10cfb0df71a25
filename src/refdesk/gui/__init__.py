"""GUI layer: the PySide6 desktop window, the only package that imports Qt."""
