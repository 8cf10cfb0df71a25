"""RefDesk: an offline reference desk for identifying and referring victims of trafficking."""

__version__ = "0.1.0"
