"""Sync layer: catalogue generations on disk and (later) verified updates from publishers."""
