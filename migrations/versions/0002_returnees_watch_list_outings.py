"""returnees, follow-ups, alerts, exit attempts, watch list, household outings

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('watch_entries',
    sa.Column('site_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.String(length=8), nullable=False),
    sa.Column('prefix', sa.String(length=16), nullable=False),
    sa.Column('label', sa.String(length=100), nullable=False),
    sa.Column('valid_from', sa.Date(), nullable=False),
    sa.Column('valid_until', sa.Date(), nullable=True),
    sa.Column('source', sa.String(length=100), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('origin_site_id', sa.Uuid(), nullable=False),
    sa.Column('rev_replica_id', sa.Uuid(), nullable=False),
    sa.Column('rev_counter', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['site_id'], ['sites.id'], name=op.f('fk_watch_entries_site_id_sites')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_watch_entries'))
    )
    with op.batch_alter_table('watch_entries', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_watch_entries_origin_site_id'), ['origin_site_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_watch_entries_prefix'), ['prefix'], unique=False)
        batch_op.create_index(batch_op.f('ix_watch_entries_rev_counter'), ['rev_counter'], unique=False)

    op.create_table('household_outings',
    sa.Column('household_id', sa.Uuid(), nullable=False),
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('gate_id', sa.Uuid(), nullable=True),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('origin_site_id', sa.Uuid(), nullable=False),
    sa.Column('rev_replica_id', sa.Uuid(), nullable=False),
    sa.Column('rev_counter', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['gate_id'], ['gates.id'], name=op.f('fk_household_outings_gate_id_gates')),
    sa.ForeignKeyConstraint(['household_id'], ['households.id'], name=op.f('fk_household_outings_household_id_households')),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_household_outings_person_id_people')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_household_outings'))
    )
    with op.batch_alter_table('household_outings', schema=None) as batch_op:
        batch_op.create_index('ix_household_outings_household_at', ['household_id', 'at'], unique=False)
        batch_op.create_index(batch_op.f('ix_household_outings_origin_site_id'), ['origin_site_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_household_outings_rev_counter'), ['rev_counter'], unique=False)

    op.create_table('returnees',
    sa.Column('site_id', sa.Uuid(), nullable=False),
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('origin_code', sa.String(length=6), nullable=False),
    sa.Column('origin_label', sa.String(length=100), nullable=False),
    sa.Column('arrived_on', sa.Date(), nullable=False),
    sa.Column('transport', sa.String(length=16), nullable=False),
    sa.Column('transport_no', sa.String(length=32), nullable=False),
    sa.Column('kind', sa.String(length=24), nullable=False),
    sa.Column('start_on', sa.Date(), nullable=False),
    sa.Column('end_on', sa.Date(), nullable=False),
    sa.Column('worker', sa.String(length=64), nullable=False),
    sa.Column('doctor', sa.String(length=64), nullable=False),
    sa.Column('police', sa.String(length=64), nullable=False),
    sa.Column('support_needed', sa.String(length=500), nullable=False),
    sa.Column('outcome', sa.String(length=16), nullable=True),
    sa.Column('outcome_on', sa.Date(), nullable=True),
    sa.Column('last_seen_slot', sa.Integer(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('origin_site_id', sa.Uuid(), nullable=False),
    sa.Column('rev_replica_id', sa.Uuid(), nullable=False),
    sa.Column('rev_counter', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_returnees_person_id_people')),
    sa.ForeignKeyConstraint(['site_id'], ['sites.id'], name=op.f('fk_returnees_site_id_sites')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_returnees'))
    )
    with op.batch_alter_table('returnees', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_returnees_origin_site_id'), ['origin_site_id'], unique=False)
        batch_op.create_index('ix_returnees_person_outcome', ['person_id', 'outcome'], unique=False)
        batch_op.create_index(batch_op.f('ix_returnees_rev_counter'), ['rev_counter'], unique=False)

    op.create_table('exit_attempts',
    sa.Column('returnee_id', sa.Uuid(), nullable=False),
    sa.Column('gate_id', sa.Uuid(), nullable=True),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('origin_site_id', sa.Uuid(), nullable=False),
    sa.Column('rev_replica_id', sa.Uuid(), nullable=False),
    sa.Column('rev_counter', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['gate_id'], ['gates.id'], name=op.f('fk_exit_attempts_gate_id_gates')),
    sa.ForeignKeyConstraint(['returnee_id'], ['returnees.id'], name=op.f('fk_exit_attempts_returnee_id_returnees')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_exit_attempts'))
    )
    with op.batch_alter_table('exit_attempts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_exit_attempts_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_exit_attempts_origin_site_id'), ['origin_site_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_exit_attempts_returnee_id'), ['returnee_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_exit_attempts_rev_counter'), ['rev_counter'], unique=False)

    op.create_table('follow_ups',
    sa.Column('returnee_id', sa.Uuid(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('slot', sa.String(length=2), nullable=False),
    sa.Column('reading_dt', sa.SmallInteger(), nullable=True),
    sa.Column('symptoms', sa.JSON(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('taken_at', sa.DateTime(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('origin_site_id', sa.Uuid(), nullable=False),
    sa.Column('rev_replica_id', sa.Uuid(), nullable=False),
    sa.Column('rev_counter', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['returnee_id'], ['returnees.id'], name=op.f('fk_follow_ups_returnee_id_returnees')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_follow_ups')),
    sa.UniqueConstraint('returnee_id', 'day', 'slot', name=op.f('uq_follow_ups_returnee_id'))
    )
    with op.batch_alter_table('follow_ups', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_follow_ups_origin_site_id'), ['origin_site_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_follow_ups_rev_counter'), ['rev_counter'], unique=False)
        batch_op.create_index('ix_follow_ups_seen', ['returnee_id', 'status', 'day', 'slot'], unique=False)

    op.create_table('observation_alerts',
    sa.Column('returnee_id', sa.Uuid(), nullable=False),
    sa.Column('reason', sa.String(length=16), nullable=False),
    sa.Column('raised_at', sa.DateTime(), nullable=False),
    sa.Column('detail', sa.JSON(), nullable=False),
    sa.Column('action', sa.String(length=500), nullable=True),
    sa.Column('closed_at', sa.DateTime(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('origin_site_id', sa.Uuid(), nullable=False),
    sa.Column('rev_replica_id', sa.Uuid(), nullable=False),
    sa.Column('rev_counter', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['returnee_id'], ['returnees.id'], name=op.f('fk_observation_alerts_returnee_id_returnees')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_observation_alerts'))
    )
    with op.batch_alter_table('observation_alerts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_observation_alerts_origin_site_id'), ['origin_site_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_observation_alerts_returnee_id'), ['returnee_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_observation_alerts_rev_counter'), ['rev_counter'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('observation_alerts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_observation_alerts_rev_counter'))
        batch_op.drop_index(batch_op.f('ix_observation_alerts_returnee_id'))
        batch_op.drop_index(batch_op.f('ix_observation_alerts_origin_site_id'))

    op.drop_table('observation_alerts')
    with op.batch_alter_table('follow_ups', schema=None) as batch_op:
        batch_op.drop_index('ix_follow_ups_seen')
        batch_op.drop_index(batch_op.f('ix_follow_ups_rev_counter'))
        batch_op.drop_index(batch_op.f('ix_follow_ups_origin_site_id'))

    op.drop_table('follow_ups')
    with op.batch_alter_table('exit_attempts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_exit_attempts_rev_counter'))
        batch_op.drop_index(batch_op.f('ix_exit_attempts_returnee_id'))
        batch_op.drop_index(batch_op.f('ix_exit_attempts_origin_site_id'))
        batch_op.drop_index(batch_op.f('ix_exit_attempts_at'))

    op.drop_table('exit_attempts')
    with op.batch_alter_table('returnees', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_returnees_rev_counter'))
        batch_op.drop_index('ix_returnees_person_outcome')
        batch_op.drop_index(batch_op.f('ix_returnees_origin_site_id'))

    op.drop_table('returnees')
    with op.batch_alter_table('household_outings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_household_outings_rev_counter'))
        batch_op.drop_index(batch_op.f('ix_household_outings_origin_site_id'))
        batch_op.drop_index('ix_household_outings_household_at')

    op.drop_table('household_outings')
    with op.batch_alter_table('watch_entries', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_watch_entries_rev_counter'))
        batch_op.drop_index(batch_op.f('ix_watch_entries_prefix'))
        batch_op.drop_index(batch_op.f('ix_watch_entries_origin_site_id'))

    op.drop_table('watch_entries')
