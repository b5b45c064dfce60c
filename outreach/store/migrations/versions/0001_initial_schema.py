"""Initial schema: clients, feed sources and items, events, matches, drafts, decisions, deliveries.

Revision ID: 0001
Revises:
Create Date: 2026-11-28 16:01:41

Types are spelled out here (not imported from models) so this migration never changes after the fact.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

JSON = sa.JSON().with_variant(postgresql.JSONB(), 'postgresql')

# revision identifiers, used by Alembic.
revision: str = '0001'
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:  # long: one create_table per table, as Alembic generated it
    """Upgrade schema."""
    op.create_table('clients',
    sa.Column('client_id', sa.String(length=64), nullable=False),
    sa.Column('first_name', sa.String(length=200), nullable=False),
    sa.Column('middle_name', sa.String(length=200), nullable=False),
    sa.Column('last_name', sa.String(length=200), nullable=False),
    sa.Column('nickname', sa.String(length=200), nullable=False),
    sa.Column('maiden_name', sa.String(length=200), nullable=False),
    sa.Column('spouse_first_name', sa.String(length=200), nullable=False),
    sa.Column('spouse_last_name', sa.String(length=200), nullable=False),
    sa.Column('city', sa.String(length=200), nullable=False),
    sa.Column('state', sa.String(length=2), nullable=False),
    sa.Column('postal_code', sa.String(length=10), nullable=False),
    sa.Column('county_fips', sa.String(length=5), nullable=False),
    sa.Column('latitude', sa.Float(), nullable=True),
    sa.Column('longitude', sa.Float(), nullable=True),
    sa.Column('email', sa.String(length=320), nullable=False),
    sa.Column('advisor_email', sa.String(length=320), nullable=False),
    sa.Column('do_not_contact', sa.Boolean(), nullable=False),
    sa.Column('deceased_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('client_id', name=op.f('pk_clients'))
    )
    op.create_index(op.f('ix_clients_county_fips'), 'clients', ['county_fips'], unique=False)

    op.create_table('feed_sources',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('url', sa.Text(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('enabled', sa.Boolean(), nullable=False),
    sa.Column('etag', sa.Text(), nullable=True),
    sa.Column('last_modified', sa.String(length=100), nullable=True),
    sa.Column('last_fetched_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('last_status', sa.Integer(), nullable=True),
    sa.Column('last_error', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("kind IN ('obituary', 'weather', 'news')", name=op.f('ck_feed_sources_kind')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_feed_sources')),
    sa.UniqueConstraint('name', name=op.f('uq_feed_sources_name'))
    )
    op.create_table('feed_items',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.String(length=1024), nullable=False),
    sa.Column('fingerprint', sa.String(length=80), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('html', sa.Text(), nullable=False),
    sa.Column('link', sa.Text(), nullable=True),
    sa.Column('published', sa.DateTime(timezone=True), nullable=True),
    sa.Column('fetched_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('alert', JSON, nullable=True),
    sa.Column('extra', JSON, nullable=False),
    sa.CheckConstraint("kind IN ('bereavement', 'weather', 'news')", name=op.f('ck_feed_items_kind')),
    sa.ForeignKeyConstraint(['source_id'], ['feed_sources.id'], name=op.f('fk_feed_items_source_id_feed_sources')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_feed_items')),
    sa.UniqueConstraint('source_id', 'item_id', name=op.f('uq_feed_items_source_id_item_id'))
    )
    op.create_index(op.f('ix_feed_items_fingerprint'), 'feed_items', ['fingerprint'], unique=False)

    op.create_table('events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('event_key', sa.String(length=512), nullable=False),
    sa.Column('feed_item_id', sa.Integer(), nullable=True),
    sa.Column('data', JSON, nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("kind IN ('bereavement', 'weather', 'news')", name=op.f('ck_events_kind')),
    sa.ForeignKeyConstraint(['feed_item_id'], ['feed_items.id'], name=op.f('fk_events_feed_item_id_feed_items')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_events')),
    sa.UniqueConstraint('event_key', name=op.f('uq_events_event_key'))
    )
    op.create_index(op.f('ix_events_feed_item_id'), 'events', ['feed_item_id'], unique=False)

    op.create_table('matches',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.String(length=64), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=40), nullable=False),
    sa.Column('score', sa.Float(), nullable=False),
    sa.Column('evidence', sa.Text(), nullable=False),
    sa.Column('details', JSON, nullable=False),
    sa.Column('outreach_key', sa.String(length=512), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('score >= 0 AND score <= 1', name=op.f('ck_matches_score')),
    sa.ForeignKeyConstraint(['client_id'], ['clients.client_id'], name=op.f('fk_matches_client_id_clients')),
    sa.ForeignKeyConstraint(['event_id'], ['events.id'], name=op.f('fk_matches_event_id_events')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_matches')),
    sa.UniqueConstraint('client_id', 'outreach_key', name=op.f('uq_matches_client_id_outreach_key'))
    )
    op.create_index(op.f('ix_matches_event_id'), 'matches', ['event_id'], unique=False)

    op.create_table('drafts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('match_id', sa.Integer(), nullable=False),
    sa.Column('template', sa.String(length=200), nullable=False),
    sa.Column('to_email', sa.String(length=320), nullable=False),
    sa.Column('advisor_email', sa.String(length=320), nullable=False),
    sa.Column('subject', sa.Text(), nullable=False),
    sa.Column('body_text', sa.Text(), nullable=False),
    sa.Column('body_html', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("status IN ('pending_review', 'approved', 'rejected', 'snoozed', 'expired', 'sent', 'suppressed')", name=op.f('ck_drafts_status')),
    sa.ForeignKeyConstraint(['match_id'], ['matches.id'], name=op.f('fk_drafts_match_id_matches')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_drafts')),
    sa.UniqueConstraint('match_id', name=op.f('uq_drafts_match_id'))
    )
    op.create_index(op.f('ix_drafts_status'), 'drafts', ['status'], unique=False)

    op.create_table('decisions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('draft_id', sa.Integer(), nullable=False),
    sa.Column('action', sa.String(length=20), nullable=False),
    sa.Column('actor', sa.String(length=320), nullable=False),
    sa.Column('decided_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('final_subject', sa.Text(), nullable=True),
    sa.Column('final_body_text', sa.Text(), nullable=True),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('source', sa.String(length=40), nullable=False),
    sa.CheckConstraint("action IN ('approve', 'reject', 'snooze', 'expire')", name=op.f('ck_decisions_action')),
    sa.ForeignKeyConstraint(['draft_id'], ['drafts.id'], name=op.f('fk_decisions_draft_id_drafts')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_decisions'))
    )
    op.create_index(op.f('ix_decisions_draft_id'), 'decisions', ['draft_id'], unique=False)

    op.create_table('deliveries',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('draft_id', sa.Integer(), nullable=False),
    sa.Column('state', sa.String(length=20), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('provider_message_id', sa.String(length=200), nullable=True),
    sa.Column('last_error', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('sending_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('sent_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("state IN ('pending', 'sending', 'sent', 'failed', 'unknown')", name=op.f('ck_deliveries_state')),
    sa.ForeignKeyConstraint(['draft_id'], ['drafts.id'], name=op.f('fk_deliveries_draft_id_drafts')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_deliveries')),
    sa.UniqueConstraint('draft_id', name=op.f('uq_deliveries_draft_id'))
    )
    op.create_index(op.f('ix_deliveries_state'), 'deliveries', ['state'], unique=False)



def downgrade() -> None:
    """Downgrade schema."""
    op.drop_index(op.f('ix_deliveries_state'), table_name='deliveries')
    op.drop_table('deliveries')
    op.drop_index(op.f('ix_decisions_draft_id'), table_name='decisions')
    op.drop_table('decisions')
    op.drop_index(op.f('ix_drafts_status'), table_name='drafts')
    op.drop_table('drafts')
    op.drop_index(op.f('ix_matches_event_id'), table_name='matches')
    op.drop_table('matches')
    op.drop_index(op.f('ix_events_feed_item_id'), table_name='events')
    op.drop_table('events')
    op.drop_index(op.f('ix_feed_items_fingerprint'), table_name='feed_items')
    op.drop_table('feed_items')
    op.drop_table('feed_sources')
    op.drop_index(op.f('ix_clients_county_fips'), table_name='clients')
    op.drop_table('clients')
