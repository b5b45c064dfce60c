"""Reviews: one row per Airflow Required Action, and the drafts each one asks about.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-04 06:00:00

Types are spelled out here (not imported from models) so this migration never changes after the fact.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

JSON = sa.JSON().with_variant(postgresql.JSONB(), 'postgresql')

revision: str = '0002'
down_revision: str | Sequence[str] | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('reviews',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('advisor_email', sa.String(length=320), nullable=False),
    sa.Column('assignees', JSON, nullable=False),
    sa.Column('event_kind', sa.String(length=20), nullable=False),
    sa.Column('dag_id', sa.String(length=250), nullable=False),
    sa.Column('run_id', sa.String(length=250), nullable=False),
    sa.Column('map_index', sa.Integer(), nullable=False),
    sa.Column('shared_subject', sa.Text(), nullable=False),
    sa.Column('shared_body', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('answered_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('answered_by', sa.String(length=320), nullable=True),
    sa.Column('answer', sa.String(length=20), nullable=True),
    sa.Column('recorded_from', sa.String(length=40), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.CheckConstraint("kind IN ('draft', 'storm')", name=op.f('ck_reviews_kind')),
    sa.CheckConstraint("status IN ('planned', 'answered', 'lost', 'closed')", name=op.f('ck_reviews_status')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reviews')),
    sa.UniqueConstraint('dag_id', 'run_id', 'map_index', name=op.f('uq_reviews_dag_id_run_id_map_index'))
    )
    op.create_index(op.f('ix_reviews_status'), 'reviews', ['status'], unique=False)
    op.create_table('review_drafts',
    sa.Column('review_id', sa.Integer(), nullable=False),
    sa.Column('draft_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['draft_id'], ['drafts.id'], name=op.f('fk_review_drafts_draft_id_drafts')),
    sa.ForeignKeyConstraint(['review_id'], ['reviews.id'], name=op.f('fk_review_drafts_review_id_reviews')),
    sa.PrimaryKeyConstraint('review_id', 'draft_id', name=op.f('pk_review_drafts'))
    )
    op.create_index(op.f('ix_review_drafts_draft_id'), 'review_drafts', ['draft_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_review_drafts_draft_id'), table_name='review_drafts')
    op.drop_table('review_drafts')
    op.drop_index(op.f('ix_reviews_status'), table_name='reviews')
    op.drop_table('reviews')
