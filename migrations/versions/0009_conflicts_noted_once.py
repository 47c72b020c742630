"""each sync conflict noted once, by a unique index

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-24
"""

from __future__ import annotations

from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index('ix_sync_conflicts_row_id', table_name='sync_conflicts')
    op.create_index('ix_sync_conflicts_once', 'sync_conflicts',
                    ['row_id', 'table_name', 'field', 'kept_revision', 'lost_revision'], unique=True)


def downgrade() -> None:
    op.drop_index('ix_sync_conflicts_once', table_name='sync_conflicts')
    op.create_index('ix_sync_conflicts_row_id', 'sync_conflicts', ['row_id'], unique=False)
