"""a covering index for counting a day's checks, in place of the taken_at index

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-24
"""

from __future__ import annotations

from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index('ix_temperature_checks_taken_at', table_name='temperature_checks')
    op.create_index('ix_temperature_checks_day', 'temperature_checks',
                    ['taken_at', 'site_id', 'deleted', 'recheck_of_id', 'is_fever', 'gate_id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_temperature_checks_day', table_name='temperature_checks')
    op.create_index('ix_temperature_checks_taken_at', 'temperature_checks', ['taken_at'], unique=False)
