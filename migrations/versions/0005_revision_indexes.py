"""revision index on every synced table

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23
"""

from __future__ import annotations

from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index('ix_audit_log_revision', ['rev_replica_id', 'rev_counter'], unique=False)

    with op.batch_alter_table('exit_attempts', schema=None) as batch_op:
        batch_op.create_index('ix_exit_attempts_revision', ['rev_replica_id', 'rev_counter'], unique=False)

    with op.batch_alter_table('follow_ups', schema=None) as batch_op:
        batch_op.create_index('ix_follow_ups_revision', ['rev_replica_id', 'rev_counter'], unique=False)

    with op.batch_alter_table('gates', schema=None) as batch_op:
        batch_op.create_index('ix_gates_revision', ['rev_replica_id', 'rev_counter'], unique=False)

    with op.batch_alter_table('household_outings', schema=None) as batch_op:
        batch_op.create_index('ix_household_outings_revision', ['rev_replica_id', 'rev_counter'], unique=False)

    with op.batch_alter_table('households', schema=None) as batch_op:
        batch_op.create_index('ix_households_revision', ['rev_replica_id', 'rev_counter'], unique=False)

    with op.batch_alter_table('notice_texts', schema=None) as batch_op:
        batch_op.create_index('ix_notice_texts_revision', ['rev_replica_id', 'rev_counter'], unique=False)

    with op.batch_alter_table('observation_alerts', schema=None) as batch_op:
        batch_op.create_index('ix_observation_alerts_revision', ['rev_replica_id', 'rev_counter'], unique=False)

    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.create_index('ix_people_revision', ['rev_replica_id', 'rev_counter'], unique=False)

    with op.batch_alter_table('policy_settings', schema=None) as batch_op:
        batch_op.create_index('ix_policy_settings_revision', ['rev_replica_id', 'rev_counter'], unique=False)

    with op.batch_alter_table('register_sheets', schema=None) as batch_op:
        batch_op.create_index('ix_register_sheets_revision', ['rev_replica_id', 'rev_counter'], unique=False)

    with op.batch_alter_table('returnees', schema=None) as batch_op:
        batch_op.create_index('ix_returnees_revision', ['rev_replica_id', 'rev_counter'], unique=False)

    with op.batch_alter_table('sites', schema=None) as batch_op:
        batch_op.create_index('ix_sites_revision', ['rev_replica_id', 'rev_counter'], unique=False)

    with op.batch_alter_table('temperature_checks', schema=None) as batch_op:
        batch_op.create_index('ix_temperature_checks_revision', ['rev_replica_id', 'rev_counter'], unique=False)

    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.create_index('ix_users_revision', ['rev_replica_id', 'rev_counter'], unique=False)

    with op.batch_alter_table('visits', schema=None) as batch_op:
        batch_op.create_index('ix_visits_revision', ['rev_replica_id', 'rev_counter'], unique=False)

    with op.batch_alter_table('watch_entries', schema=None) as batch_op:
        batch_op.create_index('ix_watch_entries_revision', ['rev_replica_id', 'rev_counter'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('watch_entries', schema=None) as batch_op:
        batch_op.drop_index('ix_watch_entries_revision')

    with op.batch_alter_table('visits', schema=None) as batch_op:
        batch_op.drop_index('ix_visits_revision')

    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.drop_index('ix_users_revision')

    with op.batch_alter_table('temperature_checks', schema=None) as batch_op:
        batch_op.drop_index('ix_temperature_checks_revision')

    with op.batch_alter_table('sites', schema=None) as batch_op:
        batch_op.drop_index('ix_sites_revision')

    with op.batch_alter_table('returnees', schema=None) as batch_op:
        batch_op.drop_index('ix_returnees_revision')

    with op.batch_alter_table('register_sheets', schema=None) as batch_op:
        batch_op.drop_index('ix_register_sheets_revision')

    with op.batch_alter_table('policy_settings', schema=None) as batch_op:
        batch_op.drop_index('ix_policy_settings_revision')

    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.drop_index('ix_people_revision')

    with op.batch_alter_table('observation_alerts', schema=None) as batch_op:
        batch_op.drop_index('ix_observation_alerts_revision')

    with op.batch_alter_table('notice_texts', schema=None) as batch_op:
        batch_op.drop_index('ix_notice_texts_revision')

    with op.batch_alter_table('households', schema=None) as batch_op:
        batch_op.drop_index('ix_households_revision')

    with op.batch_alter_table('household_outings', schema=None) as batch_op:
        batch_op.drop_index('ix_household_outings_revision')

    with op.batch_alter_table('gates', schema=None) as batch_op:
        batch_op.drop_index('ix_gates_revision')

    with op.batch_alter_table('follow_ups', schema=None) as batch_op:
        batch_op.drop_index('ix_follow_ups_revision')

    with op.batch_alter_table('exit_attempts', schema=None) as batch_op:
        batch_op.drop_index('ix_exit_attempts_revision')

    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_log_revision')
