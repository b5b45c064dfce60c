"""Obituaries the matcher could not read: ``feed_items.unread_reason`` (why), and who looked at one and when
(``unread_seen_by``, ``unread_seen_at``). Unacknowledged ones make their source unhealthy
(outreach.source_health), so an unreadable obituary is never silently dropped.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-04 22:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0007'
down_revision: str | Sequence[str] | None = '0006'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('feed_items') as batch:
        batch.add_column(sa.Column('unread_reason', sa.Text(), nullable=True))
        batch.add_column(sa.Column('unread_seen_at', sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column('unread_seen_by', sa.String(length=200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('feed_items') as batch:
        batch.drop_column('unread_seen_by')
        batch.drop_column('unread_seen_at')
        batch.drop_column('unread_reason')
