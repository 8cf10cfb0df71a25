"""Publish layer: building signed releases of a catalogue (python-tuf)."""
