"""Core layer: domain types, errors and vocabularies. Standard library only."""
