"""Catalogue layer: the source format (spec/catalogue-source.md), validation and text extraction."""
