"""Store layer: SQLAlchemy 2 over SQLite, for the catalogue database and the user database."""
