"""the visit_id index of checks holds only visitors' checks

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index('ix_temperature_checks_visit_id', table_name='temperature_checks')
    visitors_only = sa.text('visit_id IS NOT NULL')
    op.create_index('ix_temperature_checks_visit_id', 'temperature_checks', ['visit_id'], unique=False,
                    sqlite_where=visitors_only, postgresql_where=visitors_only)


def downgrade() -> None:
    op.drop_index('ix_temperature_checks_visit_id', table_name='temperature_checks')
    op.create_index('ix_temperature_checks_visit_id', 'temperature_checks', ['visit_id'], unique=False)
