"""drop rev_counter indexes, superseded by the revision index

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23
"""

from __future__ import annotations

from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_log_rev_counter'))

    with op.batch_alter_table('exit_attempts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_exit_attempts_rev_counter'))

    with op.batch_alter_table('follow_ups', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_follow_ups_rev_counter'))

    with op.batch_alter_table('gates', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_gates_rev_counter'))

    with op.batch_alter_table('household_outings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_household_outings_rev_counter'))

    with op.batch_alter_table('households', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_households_rev_counter'))

    with op.batch_alter_table('notice_texts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_notice_texts_rev_counter'))

    with op.batch_alter_table('observation_alerts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_observation_alerts_rev_counter'))

    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_people_rev_counter'))

    with op.batch_alter_table('policy_settings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_policy_settings_rev_counter'))

    with op.batch_alter_table('register_sheets', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_register_sheets_rev_counter'))

    with op.batch_alter_table('returnees', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_returnees_rev_counter'))

    with op.batch_alter_table('sites', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sites_rev_counter'))

    with op.batch_alter_table('temperature_checks', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_temperature_checks_rev_counter'))

    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_users_rev_counter'))

    with op.batch_alter_table('visits', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_visits_rev_counter'))

    with op.batch_alter_table('watch_entries', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_watch_entries_rev_counter'))


def downgrade() -> None:
    with op.batch_alter_table('watch_entries', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_watch_entries_rev_counter'), ['rev_counter'], unique=False)

    with op.batch_alter_table('visits', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_visits_rev_counter'), ['rev_counter'], unique=False)

    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_users_rev_counter'), ['rev_counter'], unique=False)

    with op.batch_alter_table('temperature_checks', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_temperature_checks_rev_counter'), ['rev_counter'], unique=False)

    with op.batch_alter_table('sites', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sites_rev_counter'), ['rev_counter'], unique=False)

    with op.batch_alter_table('returnees', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_returnees_rev_counter'), ['rev_counter'], unique=False)

    with op.batch_alter_table('register_sheets', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_register_sheets_rev_counter'), ['rev_counter'], unique=False)

    with op.batch_alter_table('policy_settings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_policy_settings_rev_counter'), ['rev_counter'], unique=False)

    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_people_rev_counter'), ['rev_counter'], unique=False)

    with op.batch_alter_table('observation_alerts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_observation_alerts_rev_counter'), ['rev_counter'], unique=False)

    with op.batch_alter_table('notice_texts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_notice_texts_rev_counter'), ['rev_counter'], unique=False)

    with op.batch_alter_table('households', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_households_rev_counter'), ['rev_counter'], unique=False)

    with op.batch_alter_table('household_outings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_household_outings_rev_counter'), ['rev_counter'], unique=False)

    with op.batch_alter_table('gates', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_gates_rev_counter'), ['rev_counter'], unique=False)

    with op.batch_alter_table('follow_ups', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_follow_ups_rev_counter'), ['rev_counter'], unique=False)

    with op.batch_alter_table('exit_attempts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_exit_attempts_rev_counter'), ['rev_counter'], unique=False)

    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_log_rev_counter'), ['rev_counter'], unique=False)
