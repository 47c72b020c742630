"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_log',
    sa.Column('action', sa.String(length=48), nullable=False),
    sa.Column('entity', sa.String(length=32), nullable=False),
    sa.Column('entity_id', sa.Uuid(), nullable=True),
    sa.Column('detail', sa.JSON(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('origin_site_id', sa.Uuid(), nullable=False),
    sa.Column('rev_replica_id', sa.Uuid(), nullable=False),
    sa.Column('rev_counter', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_log'))
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_log_origin_site_id'), ['origin_site_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_log_rev_counter'), ['rev_counter'], unique=False)

    op.create_table('replica',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('site_id', sa.Uuid(), nullable=False),
    sa.Column('counter', sa.Integer(), nullable=False),
    sa.Column('default_gate_id', sa.Uuid(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_replica'))
    )
    op.create_table('sites',
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('committee', sa.String(length=100), nullable=False),
    sa.Column('timezone', sa.String(length=64), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('origin_site_id', sa.Uuid(), nullable=False),
    sa.Column('rev_replica_id', sa.Uuid(), nullable=False),
    sa.Column('rev_counter', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sites'))
    )
    with op.batch_alter_table('sites', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sites_origin_site_id'), ['origin_site_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_sites_rev_counter'), ['rev_counter'], unique=False)

    op.create_table('gates',
    sa.Column('site_id', sa.Uuid(), nullable=False),
    sa.Column('name', sa.String(length=50), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('origin_site_id', sa.Uuid(), nullable=False),
    sa.Column('rev_replica_id', sa.Uuid(), nullable=False),
    sa.Column('rev_counter', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['site_id'], ['sites.id'], name=op.f('fk_gates_site_id_sites')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_gates')),
    sa.UniqueConstraint('site_id', 'name', name=op.f('uq_gates_site_id'))
    )
    with op.batch_alter_table('gates', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_gates_origin_site_id'), ['origin_site_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_gates_rev_counter'), ['rev_counter'], unique=False)

    op.create_table('households',
    sa.Column('site_id', sa.Uuid(), nullable=False),
    sa.Column('building', sa.String(length=16), nullable=False),
    sa.Column('unit', sa.String(length=16), nullable=False),
    sa.Column('room', sa.String(length=16), nullable=False),
    sa.Column('room_key', sa.String(length=50), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('origin_site_id', sa.Uuid(), nullable=False),
    sa.Column('rev_replica_id', sa.Uuid(), nullable=False),
    sa.Column('rev_counter', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['site_id'], ['sites.id'], name=op.f('fk_households_site_id_sites')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_households')),
    sa.UniqueConstraint('site_id', 'room_key', name=op.f('uq_households_site_id'))
    )
    with op.batch_alter_table('households', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_households_origin_site_id'), ['origin_site_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_households_rev_counter'), ['rev_counter'], unique=False)

    op.create_table('policy_settings',
    sa.Column('site_id', sa.Uuid(), nullable=False),
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.JSON(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('origin_site_id', sa.Uuid(), nullable=False),
    sa.Column('rev_replica_id', sa.Uuid(), nullable=False),
    sa.Column('rev_counter', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['site_id'], ['sites.id'], name=op.f('fk_policy_settings_site_id_sites')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_policy_settings')),
    sa.UniqueConstraint('site_id', 'key', name=op.f('uq_policy_settings_site_id'))
    )
    with op.batch_alter_table('policy_settings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_policy_settings_origin_site_id'), ['origin_site_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_policy_settings_rev_counter'), ['rev_counter'], unique=False)

    op.create_table('users',
    sa.Column('site_id', sa.Uuid(), nullable=False),
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('display_name', sa.String(length=64), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('password_hash', sa.String(length=200), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('origin_site_id', sa.Uuid(), nullable=False),
    sa.Column('rev_replica_id', sa.Uuid(), nullable=False),
    sa.Column('rev_counter', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['site_id'], ['sites.id'], name=op.f('fk_users_site_id_sites')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_users')),
    sa.UniqueConstraint('site_id', 'username', name=op.f('uq_users_site_id'))
    )
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_users_origin_site_id'), ['origin_site_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_users_rev_counter'), ['rev_counter'], unique=False)

    op.create_table('people',
    sa.Column('site_id', sa.Uuid(), nullable=False),
    sa.Column('household_id', sa.Uuid(), nullable=True),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('name_initials', sa.String(length=64), nullable=False),
    sa.Column('name_pinyin', sa.String(length=200), nullable=False),
    sa.Column('phone', sa.String(length=32), nullable=True),
    sa.Column('id_type', sa.String(length=32), nullable=True),
    sa.Column('id_number', sa.String(length=32), nullable=True),
    sa.Column('id_last4', sa.String(length=4), nullable=True),
    sa.Column('pass_no', sa.String(length=32), nullable=True),
    sa.Column('tags', sa.JSON(), nullable=False),
    sa.Column('language', sa.String(length=8), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('origin_site_id', sa.Uuid(), nullable=False),
    sa.Column('rev_replica_id', sa.Uuid(), nullable=False),
    sa.Column('rev_counter', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['household_id'], ['households.id'], name=op.f('fk_people_household_id_households')),
    sa.ForeignKeyConstraint(['site_id'], ['sites.id'], name=op.f('fk_people_site_id_sites')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_people'))
    )
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_people_household_id'), ['household_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_people_id_last4'), ['id_last4'], unique=False)
        batch_op.create_index(batch_op.f('ix_people_id_number'), ['id_number'], unique=False)
        batch_op.create_index(batch_op.f('ix_people_name'), ['name'], unique=False)
        batch_op.create_index(batch_op.f('ix_people_name_initials'), ['name_initials'], unique=False)
        batch_op.create_index(batch_op.f('ix_people_name_pinyin'), ['name_pinyin'], unique=False)
        batch_op.create_index(batch_op.f('ix_people_origin_site_id'), ['origin_site_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_people_pass_no'), ['pass_no'], unique=False)
        batch_op.create_index(batch_op.f('ix_people_rev_counter'), ['rev_counter'], unique=False)

    op.create_table('visits',
    sa.Column('site_id', sa.Uuid(), nullable=False),
    sa.Column('gate_id', sa.Uuid(), nullable=True),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('name_initials', sa.String(length=64), nullable=False),
    sa.Column('id_type', sa.String(length=32), nullable=False),
    sa.Column('id_number', sa.String(length=32), nullable=False),
    sa.Column('id_last4', sa.String(length=4), nullable=False),
    sa.Column('phone', sa.String(length=32), nullable=False),
    sa.Column('host_household_id', sa.Uuid(), nullable=True),
    sa.Column('host_room', sa.String(length=50), nullable=False),
    sa.Column('purpose', sa.String(length=16), nullable=False),
    sa.Column('plate', sa.String(length=16), nullable=True),
    sa.Column('companions', sa.SmallInteger(), nullable=False),
    sa.Column('origin', sa.String(length=200), nullable=False),
    sa.Column('reading_dt', sa.SmallInteger(), nullable=False),
    sa.Column('threshold_dt', sa.SmallInteger(), nullable=False),
    sa.Column('admitted', sa.Boolean(), nullable=False),
    sa.Column('refusal_reason', sa.String(length=200), nullable=True),
    sa.Column('time_in', sa.DateTime(), nullable=False),
    sa.Column('time_out', sa.DateTime(), nullable=True),
    sa.Column('pass_no', sa.String(length=32), nullable=True),
    sa.Column('pass_valid_until', sa.DateTime(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('origin_site_id', sa.Uuid(), nullable=False),
    sa.Column('rev_replica_id', sa.Uuid(), nullable=False),
    sa.Column('rev_counter', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['gate_id'], ['gates.id'], name=op.f('fk_visits_gate_id_gates')),
    sa.ForeignKeyConstraint(['host_household_id'], ['households.id'], name=op.f('fk_visits_host_household_id_households')),
    sa.ForeignKeyConstraint(['site_id'], ['sites.id'], name=op.f('fk_visits_site_id_sites')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_visits'))
    )
    with op.batch_alter_table('visits', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_visits_id_last4'), ['id_last4'], unique=False)
        batch_op.create_index(batch_op.f('ix_visits_name'), ['name'], unique=False)
        batch_op.create_index(batch_op.f('ix_visits_name_initials'), ['name_initials'], unique=False)
        batch_op.create_index(batch_op.f('ix_visits_origin_site_id'), ['origin_site_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_visits_plate'), ['plate'], unique=False)
        batch_op.create_index(batch_op.f('ix_visits_rev_counter'), ['rev_counter'], unique=False)
        batch_op.create_index(batch_op.f('ix_visits_time_in'), ['time_in'], unique=False)
        batch_op.create_index(batch_op.f('ix_visits_time_out'), ['time_out'], unique=False)

    op.create_table('temperature_checks',
    sa.Column('site_id', sa.Uuid(), nullable=False),
    sa.Column('gate_id', sa.Uuid(), nullable=True),
    sa.Column('subject_kind', sa.String(length=16), nullable=False),
    sa.Column('person_id', sa.Uuid(), nullable=True),
    sa.Column('visit_id', sa.Uuid(), nullable=True),
    sa.Column('subject_label', sa.String(length=64), nullable=True),
    sa.Column('taken_at', sa.DateTime(), nullable=False),
    sa.Column('reading_dt', sa.SmallInteger(), nullable=False),
    sa.Column('method', sa.String(length=16), nullable=False),
    sa.Column('threshold_dt', sa.SmallInteger(), nullable=False),
    sa.Column('is_fever', sa.Boolean(), nullable=False),
    sa.Column('recheck_of_id', sa.Uuid(), nullable=True),
    sa.Column('outcome', sa.String(length=24), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('origin_site_id', sa.Uuid(), nullable=False),
    sa.Column('rev_replica_id', sa.Uuid(), nullable=False),
    sa.Column('rev_counter', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['gate_id'], ['gates.id'], name=op.f('fk_temperature_checks_gate_id_gates')),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_temperature_checks_person_id_people')),
    sa.ForeignKeyConstraint(['recheck_of_id'], ['temperature_checks.id'], name=op.f('fk_temperature_checks_recheck_of_id_temperature_checks')),
    sa.ForeignKeyConstraint(['site_id'], ['sites.id'], name=op.f('fk_temperature_checks_site_id_sites')),
    sa.ForeignKeyConstraint(['visit_id'], ['visits.id'], name=op.f('fk_temperature_checks_visit_id_visits')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_temperature_checks'))
    )
    with op.batch_alter_table('temperature_checks', schema=None) as batch_op:
        batch_op.create_index('ix_temperature_checks_open_holds', ['taken_at'], unique=False, sqlite_where=sa.text('is_fever IS 1 AND recheck_of_id IS NULL AND outcome IS NULL'), postgresql_where=sa.text('is_fever IS true AND recheck_of_id IS NULL AND outcome IS NULL'))
        batch_op.create_index(batch_op.f('ix_temperature_checks_origin_site_id'), ['origin_site_id'], unique=False)
        batch_op.create_index('ix_temperature_checks_person_taken', ['person_id', 'taken_at'], unique=False)
        batch_op.create_index('ix_temperature_checks_recheck_of_id', ['recheck_of_id'], unique=False, sqlite_where=sa.text('recheck_of_id IS NOT NULL'), postgresql_where=sa.text('recheck_of_id IS NOT NULL'))
        batch_op.create_index(batch_op.f('ix_temperature_checks_rev_counter'), ['rev_counter'], unique=False)
        batch_op.create_index(batch_op.f('ix_temperature_checks_taken_at'), ['taken_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_temperature_checks_visit_id'), ['visit_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('temperature_checks', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_temperature_checks_visit_id'))
        batch_op.drop_index(batch_op.f('ix_temperature_checks_taken_at'))
        batch_op.drop_index(batch_op.f('ix_temperature_checks_rev_counter'))
        batch_op.drop_index('ix_temperature_checks_recheck_of_id', sqlite_where=sa.text('recheck_of_id IS NOT NULL'), postgresql_where=sa.text('recheck_of_id IS NOT NULL'))
        batch_op.drop_index('ix_temperature_checks_person_taken')
        batch_op.drop_index(batch_op.f('ix_temperature_checks_origin_site_id'))
        batch_op.drop_index('ix_temperature_checks_open_holds', sqlite_where=sa.text('is_fever IS 1 AND recheck_of_id IS NULL AND outcome IS NULL'), postgresql_where=sa.text('is_fever IS true AND recheck_of_id IS NULL AND outcome IS NULL'))

    op.drop_table('temperature_checks')
    with op.batch_alter_table('visits', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_visits_time_out'))
        batch_op.drop_index(batch_op.f('ix_visits_time_in'))
        batch_op.drop_index(batch_op.f('ix_visits_rev_counter'))
        batch_op.drop_index(batch_op.f('ix_visits_plate'))
        batch_op.drop_index(batch_op.f('ix_visits_origin_site_id'))
        batch_op.drop_index(batch_op.f('ix_visits_name_initials'))
        batch_op.drop_index(batch_op.f('ix_visits_name'))
        batch_op.drop_index(batch_op.f('ix_visits_id_last4'))

    op.drop_table('visits')
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_people_rev_counter'))
        batch_op.drop_index(batch_op.f('ix_people_pass_no'))
        batch_op.drop_index(batch_op.f('ix_people_origin_site_id'))
        batch_op.drop_index(batch_op.f('ix_people_name_pinyin'))
        batch_op.drop_index(batch_op.f('ix_people_name_initials'))
        batch_op.drop_index(batch_op.f('ix_people_name'))
        batch_op.drop_index(batch_op.f('ix_people_id_number'))
        batch_op.drop_index(batch_op.f('ix_people_id_last4'))
        batch_op.drop_index(batch_op.f('ix_people_household_id'))

    op.drop_table('people')
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_users_rev_counter'))
        batch_op.drop_index(batch_op.f('ix_users_origin_site_id'))

    op.drop_table('users')
    with op.batch_alter_table('policy_settings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_policy_settings_rev_counter'))
        batch_op.drop_index(batch_op.f('ix_policy_settings_origin_site_id'))

    op.drop_table('policy_settings')
    with op.batch_alter_table('households', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_households_rev_counter'))
        batch_op.drop_index(batch_op.f('ix_households_origin_site_id'))

    op.drop_table('households')
    with op.batch_alter_table('gates', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_gates_rev_counter'))
        batch_op.drop_index(batch_op.f('ix_gates_origin_site_id'))

    op.drop_table('gates')
    with op.batch_alter_table('sites', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sites_rev_counter'))
        batch_op.drop_index(batch_op.f('ix_sites_origin_site_id'))

    op.drop_table('sites')
    op.drop_table('replica')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_log_rev_counter'))
        batch_op.drop_index(batch_op.f('ix_audit_log_origin_site_id'))

    op.drop_table('audit_log')
