"""Services layer: the facade (`Library`) that the command line and the window call."""

from .library import Library

__all__ = ["Library"]
