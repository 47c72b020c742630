"""sync keys, ledger, conflicts, base revisions

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('visits', schema=None) as batch_op:
        batch_op.create_index('ix_visits_pass_no', ['pass_no'], unique=False, sqlite_where=sa.text('pass_no IS NOT NULL'), postgresql_where=sa.text('pass_no IS NOT NULL'))

    op.create_table('sync_bundles',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('direction', sa.String(length=4), nullable=False),
    sa.Column('kind', sa.String(length=8), nullable=False),
    sa.Column('sender_id', sa.Uuid(), nullable=False),
    sa.Column('sender_replica_id', sa.Uuid(), nullable=False),
    sa.Column('recipient_id', sa.Uuid(), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('payload_sha256', sa.String(length=64), nullable=False),
    sa.Column('rows', sa.Integer(), nullable=False),
    sa.Column('max_counter', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('file_name', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_bundles'))
    )
    with op.batch_alter_table('sync_bundles', schema=None) as batch_op:
        batch_op.create_index('ix_sync_bundles_sender_sequence', ['sender_id', 'kind', 'sequence'], unique=False)

    op.create_table('sync_conflicts',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('table_name', sa.String(length=64), nullable=False),
    sa.Column('row_id', sa.Uuid(), nullable=False),
    sa.Column('field', sa.String(length=64), nullable=False),
    sa.Column('kept', sa.JSON(), nullable=False),
    sa.Column('lost', sa.JSON(), nullable=False),
    sa.Column('kept_revision', sa.String(length=64), nullable=False),
    sa.Column('lost_revision', sa.String(length=64), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('reviewed', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_conflicts'))
    )
    with op.batch_alter_table('sync_conflicts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_conflicts_row_id'), ['row_id'], unique=False)

    op.create_table('sync_keys',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('owner_id', sa.Uuid(), nullable=False),
    sa.Column('owner_name', sa.String(length=100), nullable=False),
    sa.Column('role', sa.String(length=8), nullable=False),
    sa.Column('sign_public', sa.LargeBinary(length=32), nullable=False),
    sa.Column('box_public', sa.LargeBinary(length=32), nullable=False),
    sa.Column('sign_secret', sa.LargeBinary(length=32), nullable=True),
    sa.Column('box_secret', sa.LargeBinary(length=32), nullable=True),
    sa.Column('fingerprint', sa.String(length=32), nullable=False),
    sa.Column('revoked', sa.Boolean(), nullable=False),
    sa.Column('added_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_keys')),
    sa.UniqueConstraint('fingerprint', name=op.f('uq_sync_keys_fingerprint'))
    )
    with op.batch_alter_table('sync_keys', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_keys_owner_id'), ['owner_id'], unique=False)

    op.create_table('sync_state',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_sync_state'))
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.add_column(sa.Column('base_replica_id', sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column('base_counter', sa.Integer(), nullable=True))

    with op.batch_alter_table('exit_attempts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('base_replica_id', sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column('base_counter', sa.Integer(), nullable=True))

    with op.batch_alter_table('follow_ups', schema=None) as batch_op:
        batch_op.add_column(sa.Column('base_replica_id', sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column('base_counter', sa.Integer(), nullable=True))

    with op.batch_alter_table('gates', schema=None) as batch_op:
        batch_op.add_column(sa.Column('base_replica_id', sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column('base_counter', sa.Integer(), nullable=True))

    with op.batch_alter_table('household_outings', schema=None) as batch_op:
        batch_op.add_column(sa.Column('base_replica_id', sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column('base_counter', sa.Integer(), nullable=True))

    with op.batch_alter_table('households', schema=None) as batch_op:
        batch_op.add_column(sa.Column('base_replica_id', sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column('base_counter', sa.Integer(), nullable=True))

    with op.batch_alter_table('notice_texts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('base_replica_id', sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column('base_counter', sa.Integer(), nullable=True))

    with op.batch_alter_table('observation_alerts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('base_replica_id', sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column('base_counter', sa.Integer(), nullable=True))

    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.add_column(sa.Column('base_replica_id', sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column('base_counter', sa.Integer(), nullable=True))

    with op.batch_alter_table('policy_settings', schema=None) as batch_op:
        batch_op.add_column(sa.Column('base_replica_id', sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column('base_counter', sa.Integer(), nullable=True))

    with op.batch_alter_table('register_sheets', schema=None) as batch_op:
        batch_op.add_column(sa.Column('base_replica_id', sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column('base_counter', sa.Integer(), nullable=True))

    with op.batch_alter_table('returnees', schema=None) as batch_op:
        batch_op.add_column(sa.Column('base_replica_id', sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column('base_counter', sa.Integer(), nullable=True))

    with op.batch_alter_table('sites', schema=None) as batch_op:
        batch_op.add_column(sa.Column('base_replica_id', sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column('base_counter', sa.Integer(), nullable=True))

    with op.batch_alter_table('temperature_checks', schema=None) as batch_op:
        batch_op.add_column(sa.Column('base_replica_id', sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column('base_counter', sa.Integer(), nullable=True))

    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.add_column(sa.Column('base_replica_id', sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column('base_counter', sa.Integer(), nullable=True))

    with op.batch_alter_table('visits', schema=None) as batch_op:
        batch_op.add_column(sa.Column('base_replica_id', sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column('base_counter', sa.Integer(), nullable=True))

    with op.batch_alter_table('watch_entries', schema=None) as batch_op:
        batch_op.add_column(sa.Column('base_replica_id', sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column('base_counter', sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('visits', schema=None) as batch_op:
        batch_op.drop_index('ix_visits_pass_no', sqlite_where=sa.text('pass_no IS NOT NULL'), postgresql_where=sa.text('pass_no IS NOT NULL'))

    with op.batch_alter_table('watch_entries', schema=None) as batch_op:
        batch_op.drop_column('base_counter')
        batch_op.drop_column('base_replica_id')

    with op.batch_alter_table('visits', schema=None) as batch_op:
        batch_op.drop_column('base_counter')
        batch_op.drop_column('base_replica_id')

    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.drop_column('base_counter')
        batch_op.drop_column('base_replica_id')

    with op.batch_alter_table('temperature_checks', schema=None) as batch_op:
        batch_op.drop_column('base_counter')
        batch_op.drop_column('base_replica_id')

    with op.batch_alter_table('sites', schema=None) as batch_op:
        batch_op.drop_column('base_counter')
        batch_op.drop_column('base_replica_id')

    with op.batch_alter_table('returnees', schema=None) as batch_op:
        batch_op.drop_column('base_counter')
        batch_op.drop_column('base_replica_id')

    with op.batch_alter_table('register_sheets', schema=None) as batch_op:
        batch_op.drop_column('base_counter')
        batch_op.drop_column('base_replica_id')

    with op.batch_alter_table('policy_settings', schema=None) as batch_op:
        batch_op.drop_column('base_counter')
        batch_op.drop_column('base_replica_id')

    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.drop_column('base_counter')
        batch_op.drop_column('base_replica_id')

    with op.batch_alter_table('observation_alerts', schema=None) as batch_op:
        batch_op.drop_column('base_counter')
        batch_op.drop_column('base_replica_id')

    with op.batch_alter_table('notice_texts', schema=None) as batch_op:
        batch_op.drop_column('base_counter')
        batch_op.drop_column('base_replica_id')

    with op.batch_alter_table('households', schema=None) as batch_op:
        batch_op.drop_column('base_counter')
        batch_op.drop_column('base_replica_id')

    with op.batch_alter_table('household_outings', schema=None) as batch_op:
        batch_op.drop_column('base_counter')
        batch_op.drop_column('base_replica_id')

    with op.batch_alter_table('gates', schema=None) as batch_op:
        batch_op.drop_column('base_counter')
        batch_op.drop_column('base_replica_id')

    with op.batch_alter_table('follow_ups', schema=None) as batch_op:
        batch_op.drop_column('base_counter')
        batch_op.drop_column('base_replica_id')

    with op.batch_alter_table('exit_attempts', schema=None) as batch_op:
        batch_op.drop_column('base_counter')
        batch_op.drop_column('base_replica_id')

    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_column('base_counter')
        batch_op.drop_column('base_replica_id')

    op.drop_table('sync_state')
    with op.batch_alter_table('sync_keys', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_keys_owner_id'))

    op.drop_table('sync_keys')
    with op.batch_alter_table('sync_conflicts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_conflicts_row_id'))

    op.drop_table('sync_conflicts')
    with op.batch_alter_table('sync_bundles', schema=None) as batch_op:
        batch_op.drop_index('ix_sync_bundles_sender_sequence')

    op.drop_table('sync_bundles')
