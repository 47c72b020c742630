"""privacy: the audit log as a hash chain, day totals, purge records

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from app.db.audit_chain import relink

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('day_totals',
    sa.Column('site_id', sa.Uuid(), nullable=False),
    sa.Column('replica_id', sa.Uuid(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('checks', sa.Integer(), nullable=False),
    sa.Column('people', sa.Integer(), nullable=False),
    sa.Column('fevers', sa.Integer(), nullable=False),
    sa.Column('admitted', sa.Integer(), nullable=False),
    sa.Column('refused', sa.Integer(), nullable=False),
    sa.Column('by_hour', sa.JSON(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('origin_site_id', sa.Uuid(), nullable=False),
    sa.Column('rev_replica_id', sa.Uuid(), nullable=False),
    sa.Column('rev_counter', sa.Integer(), nullable=False),
    sa.Column('base_replica_id', sa.Uuid(), nullable=True),
    sa.Column('base_counter', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['site_id'], ['sites.id'], name=op.f('fk_day_totals_site_id_sites')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_day_totals'))
    )
    with op.batch_alter_table('day_totals', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_day_totals_origin_site_id'), ['origin_site_id'], unique=False)
        batch_op.create_index('ix_day_totals_revision', ['rev_replica_id', 'rev_counter'], unique=False)
        batch_op.create_index('ix_day_totals_site_day', ['site_id', 'day'], unique=False)

    op.create_table('purge_records',
    sa.Column('site_id', sa.Uuid(), nullable=False),
    sa.Column('events_before', sa.DateTime(), nullable=False),
    sa.Column('observations_before', sa.Date(), nullable=False),
    sa.Column('replicas', sa.JSON(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('origin_site_id', sa.Uuid(), nullable=False),
    sa.Column('rev_replica_id', sa.Uuid(), nullable=False),
    sa.Column('rev_counter', sa.Integer(), nullable=False),
    sa.Column('base_replica_id', sa.Uuid(), nullable=True),
    sa.Column('base_counter', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['site_id'], ['sites.id'], name=op.f('fk_purge_records_site_id_sites')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_purge_records'))
    )
    with op.batch_alter_table('purge_records', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_purge_records_origin_site_id'), ['origin_site_id'], unique=False)
        batch_op.create_index('ix_purge_records_revision', ['rev_replica_id', 'rev_counter'], unique=False)
        batch_op.create_index(batch_op.f('ix_purge_records_site_id'), ['site_id'], unique=False)

    # The entries already written are chained in the order they were written, then the
    # columns become required.
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.add_column(sa.Column('seq', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('prev_hash', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('row_hash', sa.String(length=64), nullable=True))
    relink(op.get_bind())
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.alter_column('seq', existing_type=sa.Integer(), nullable=False)
        batch_op.alter_column('prev_hash', existing_type=sa.String(length=64), nullable=False)
        batch_op.alter_column('row_hash', existing_type=sa.String(length=64), nullable=False)
        batch_op.create_unique_constraint(batch_op.f('uq_audit_log_seq'), ['seq'])


def downgrade() -> None:
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('uq_audit_log_seq'), type_='unique')
        batch_op.drop_column('row_hash')
        batch_op.drop_column('prev_hash')
        batch_op.drop_column('seq')

    with op.batch_alter_table('purge_records', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_purge_records_site_id'))
        batch_op.drop_index('ix_purge_records_revision')
        batch_op.drop_index(batch_op.f('ix_purge_records_origin_site_id'))

    op.drop_table('purge_records')
    with op.batch_alter_table('day_totals', schema=None) as batch_op:
        batch_op.drop_index('ix_day_totals_site_day')
        batch_op.drop_index('ix_day_totals_revision')
        batch_op.drop_index(batch_op.f('ix_day_totals_origin_site_id'))

    op.drop_table('day_totals')
