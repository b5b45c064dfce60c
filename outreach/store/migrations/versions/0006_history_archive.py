"""Contact history, cooldown and the compliance archive: drafts ``held`` by a cooldown with their ``hold_reason``;
the e-mail request body exactly as sent (``deliveries.request_body``); ``archive_days``, append-only (triggers
refuse UPDATE and DELETE on PostgreSQL and SQLite).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04 16:30:00

Value lists and trigger bodies are spelled out here (not imported) so this migration never changes after the fact.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0006'
down_revision: str | Sequence[str] | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OLD_STATUSES = ("status IN ('pending_review', 'approved', 'rejected', 'snoozed', 'expired', 'sent', "
                "'suppressed')")
NEW_STATUSES = ("status IN ('pending_review', 'approved', 'rejected', 'snoozed', 'expired', 'sent', "
                "'suppressed', 'held')")
REFUSAL = "archive_days is append-only: an archived day is never changed or removed"

PG_FUNCTION = f"""
CREATE FUNCTION outreach_archive_days_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION '{REFUSAL}';
END;
$$ LANGUAGE plpgsql
"""
PG_TRIGGER = """
CREATE TRIGGER archive_days_append_only BEFORE UPDATE OR DELETE ON archive_days
FOR EACH ROW EXECUTE FUNCTION outreach_archive_days_append_only()
"""
PG_TRUNCATE = """
CREATE TRIGGER archive_days_no_truncate BEFORE TRUNCATE ON archive_days
FOR EACH STATEMENT EXECUTE FUNCTION outreach_archive_days_append_only()
"""
SQLITE_TRIGGERS = [
    f"CREATE TRIGGER archive_days_no_update BEFORE UPDATE ON archive_days BEGIN SELECT RAISE(ABORT, '{REFUSAL}'); END",
    f"CREATE TRIGGER archive_days_no_delete BEFORE DELETE ON archive_days BEGIN SELECT RAISE(ABORT, '{REFUSAL}'); END",
]


def upgrade() -> None:
    with op.batch_alter_table('drafts') as batch:
        batch.add_column(sa.Column('hold_reason', sa.Text(), nullable=True))
        batch.drop_constraint(op.f('ck_drafts_status'), type_='check')
        batch.create_check_constraint(op.f('ck_drafts_status'), NEW_STATUSES)
    with op.batch_alter_table('deliveries') as batch:
        batch.add_column(sa.Column('request_body', sa.Text(), nullable=True))
    op.create_table(
        'archive_days',
        sa.Column('day', sa.Date(), nullable=False),
        sa.Column('manifest_sha256', sa.String(length=64), nullable=False),
        sa.Column('messages', sa.Integer(), nullable=False),
        sa.Column('exported_at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('day', name=op.f('pk_archive_days')),
    )
    if op.get_bind().dialect.name == 'postgresql':
        op.execute(PG_FUNCTION)
        op.execute(PG_TRIGGER)
        op.execute(PG_TRUNCATE)
    else:
        for statement in SQLITE_TRIGGERS:
            op.execute(statement)


def downgrade() -> None:
    op.drop_table('archive_days')  # its triggers go with it
    if op.get_bind().dialect.name == 'postgresql':
        op.execute("DROP FUNCTION IF EXISTS outreach_archive_days_append_only()")
    with op.batch_alter_table('deliveries') as batch:
        batch.drop_column('request_body')
    op.execute("UPDATE drafts SET status = 'suppressed' WHERE status = 'held'")
    with op.batch_alter_table('drafts') as batch:
        batch.drop_constraint(op.f('ck_drafts_status'), type_='check')
        batch.create_check_constraint(op.f('ck_drafts_status'), OLD_STATUSES)
        batch.drop_column('hold_reason')
