"""Channels: e-mail, card or call per draft (proposed), per approval (chosen) and per delivery (used);
the ledger's card (PDF, print batch) and call (outcome) fields (the clients' address line and phone came
with 0003).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-10 09:00:00

Types and value lists are spelled out here (not imported from models) so this migration never changes after
the fact. batch_alter_table: SQLite cannot alter a CHECK constraint in place, so it copies the table there.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0004'
down_revision: str | Sequence[str] | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OLD_STATES = "state IN ('pending', 'sending', 'sent', 'failed', 'unknown')"
NEW_STATES = ("state IN ('pending', 'sending', 'sent', 'failed', 'unknown', 'rendered', 'printed', "
              "'call_open', 'called')")
CHANNELS = "channel IN ('email', 'card', 'call')"
OUTCOMES = "call_outcome IS NULL OR call_outcome IN ('reached', 'voicemail', 'no_answer', 'wrong_number')"


def upgrade() -> None:
    with op.batch_alter_table('drafts') as batch:
        batch.add_column(sa.Column('channel', sa.String(length=10), nullable=False, server_default='email'))
        batch.create_check_constraint(op.f('ck_drafts_channel'), CHANNELS)
    with op.batch_alter_table('decisions') as batch:
        batch.add_column(sa.Column('channel', sa.String(length=10), nullable=True))
        batch.create_check_constraint(op.f('ck_decisions_channel'), f"channel IS NULL OR {CHANNELS}")
    with op.batch_alter_table('deliveries') as batch:
        batch.add_column(sa.Column('channel', sa.String(length=10), nullable=False, server_default='email'))
        batch.add_column(sa.Column('artifact_path', sa.Text(), nullable=True))
        batch.add_column(sa.Column('artifact_sha256', sa.String(length=64), nullable=True))
        batch.add_column(sa.Column('print_batch', sa.Text(), nullable=True))
        batch.add_column(sa.Column('printed_at', sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column('call_outcome', sa.String(length=20), nullable=True))
        batch.add_column(sa.Column('outcome_by', sa.String(length=320), nullable=True))
        batch.add_column(sa.Column('outcome_at', sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column('outcome_note', sa.Text(), nullable=True))
        batch.drop_constraint(op.f('ck_deliveries_state'), type_='check')
        batch.create_check_constraint(op.f('ck_deliveries_state'), NEW_STATES)
        batch.create_check_constraint(op.f('ck_deliveries_channel'), CHANNELS)
        batch.create_check_constraint(op.f('ck_deliveries_call_outcome'), OUTCOMES)


def downgrade() -> None:
    with op.batch_alter_table('deliveries') as batch:
        batch.drop_constraint(op.f('ck_deliveries_call_outcome'), type_='check')
        batch.drop_constraint(op.f('ck_deliveries_channel'), type_='check')
        batch.drop_constraint(op.f('ck_deliveries_state'), type_='check')
        batch.create_check_constraint(op.f('ck_deliveries_state'), OLD_STATES)
        for column in ('outcome_note', 'outcome_at', 'outcome_by', 'call_outcome', 'printed_at', 'print_batch',
                       'artifact_sha256', 'artifact_path', 'channel'):
            batch.drop_column(column)
    with op.batch_alter_table('decisions') as batch:
        batch.drop_constraint(op.f('ck_decisions_channel'), type_='check')
        batch.drop_column('channel')
    with op.batch_alter_table('drafts') as batch:
        batch.drop_constraint(op.f('ck_drafts_channel'), type_='check')
        batch.drop_column('channel')
