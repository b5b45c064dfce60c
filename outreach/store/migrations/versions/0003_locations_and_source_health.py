"""Client locations (second homes, businesses, rentals), the roster's phone and street address, and the
health of each feed source (last success, last new item, failures in a row, expected interval).

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-04 08:40:00

Types are spelled out here (not imported from models) so this migration never changes after the fact.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0003'
down_revision: str | Sequence[str] | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Server defaults stay: rows written without these columns (a bulk COPY, an older writer) get them too.
    with op.batch_alter_table('clients') as batch:
        batch.add_column(sa.Column('phone', sa.String(length=40), nullable=False, server_default=''))
        batch.add_column(sa.Column('address_line', sa.String(length=200), nullable=False, server_default=''))

    op.create_table('client_locations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.String(length=64), nullable=False),
    sa.Column('label', sa.String(length=200), nullable=False),
    sa.Column('address_line', sa.String(length=200), nullable=False),
    sa.Column('city', sa.String(length=200), nullable=False),
    sa.Column('state', sa.String(length=2), nullable=False),
    sa.Column('postal_code', sa.String(length=10), nullable=False),
    sa.Column('county_fips', sa.String(length=5), nullable=False),
    sa.Column('latitude', sa.Float(), nullable=True),
    sa.Column('longitude', sa.Float(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['clients.client_id'], name=op.f('fk_client_locations_client_id_clients')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_client_locations')),
    sqlite_autoincrement=True,
    )
    op.create_index(op.f('ix_client_locations_client_id'), 'client_locations', ['client_id'], unique=False)
    op.create_index(op.f('ix_client_locations_county_fips'), 'client_locations', ['county_fips'], unique=False)

    with op.batch_alter_table('feed_sources') as batch:
        batch.add_column(sa.Column('last_success_at', sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column('last_new_item_at', sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column('consecutive_failures', sa.Integer(), nullable=False, server_default='0'))
        batch.add_column(sa.Column('expected_interval_hours', sa.Float(), nullable=True))
    # Sources that worked before this revision: their last fetch without an error was a success.
    op.execute("UPDATE feed_sources SET last_success_at = last_fetched_at "
               "WHERE last_error IS NULL AND last_fetched_at IS NOT NULL")
    op.execute("UPDATE feed_sources SET last_new_item_at = (SELECT max(fetched_at) FROM feed_items "
               "WHERE feed_items.source_id = feed_sources.id)")


def downgrade() -> None:
    with op.batch_alter_table('feed_sources') as batch:
        batch.drop_column('expected_interval_hours')
        batch.drop_column('consecutive_failures')
        batch.drop_column('last_new_item_at')
        batch.drop_column('last_success_at')
    op.drop_index(op.f('ix_client_locations_county_fips'), table_name='client_locations')
    op.drop_index(op.f('ix_client_locations_client_id'), table_name='client_locations')
    op.drop_table('client_locations')
    with op.batch_alter_table('clients') as batch:
        batch.drop_column('address_line')
        batch.drop_column('phone')
