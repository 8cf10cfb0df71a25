"""Config layer: where the app keeps its data, its settings, and locale-aware names."""
