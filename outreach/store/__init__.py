"""The outreach store: SQLAlchemy models, Alembic migrations and one-purpose repository modules."""
