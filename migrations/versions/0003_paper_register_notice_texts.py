"""paper register, notice texts, temporary passes

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('notice_texts',
    sa.Column('site_id', sa.Uuid(), nullable=False),
    sa.Column('template', sa.String(length=32), nullable=False),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('origin_site_id', sa.Uuid(), nullable=False),
    sa.Column('rev_replica_id', sa.Uuid(), nullable=False),
    sa.Column('rev_counter', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['site_id'], ['sites.id'], name=op.f('fk_notice_texts_site_id_sites')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_notice_texts'))
    )
    with op.batch_alter_table('notice_texts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_notice_texts_origin_site_id'), ['origin_site_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_notice_texts_rev_counter'), ['rev_counter'], unique=False)
        batch_op.create_index('ix_notice_texts_site_template', ['site_id', 'template', 'language'], unique=False)

    op.create_table('register_sheets',
    sa.Column('site_id', sa.Uuid(), nullable=False),
    sa.Column('copy_code', sa.String(length=8), nullable=False),
    sa.Column('first_page', sa.Integer(), nullable=False),
    sa.Column('page_count', sa.Integer(), nullable=False),
    sa.Column('rows_per_page', sa.Integer(), nullable=False),
    sa.Column('printed_at', sa.DateTime(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('origin_site_id', sa.Uuid(), nullable=False),
    sa.Column('rev_replica_id', sa.Uuid(), nullable=False),
    sa.Column('rev_counter', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['site_id'], ['sites.id'], name=op.f('fk_register_sheets_site_id_sites')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_register_sheets'))
    )
    with op.batch_alter_table('register_sheets', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_register_sheets_origin_site_id'), ['origin_site_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_register_sheets_rev_counter'), ['rev_counter'], unique=False)

    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.add_column(sa.Column('pass_valid_until', sa.Date(), nullable=True))

    with op.batch_alter_table('temperature_checks', schema=None) as batch_op:
        batch_op.add_column(sa.Column('paper_ref', sa.String(length=20), nullable=True))
        batch_op.create_index('ix_temperature_checks_paper_ref', ['paper_ref'], unique=False, sqlite_where=sa.text('paper_ref IS NOT NULL'), postgresql_where=sa.text('paper_ref IS NOT NULL'))

    with op.batch_alter_table('visits', schema=None) as batch_op:
        batch_op.add_column(sa.Column('paper_ref', sa.String(length=20), nullable=True))
        batch_op.create_index('ix_visits_paper_ref', ['paper_ref'], unique=False, sqlite_where=sa.text('paper_ref IS NOT NULL'), postgresql_where=sa.text('paper_ref IS NOT NULL'))


def downgrade() -> None:
    with op.batch_alter_table('visits', schema=None) as batch_op:
        batch_op.drop_index('ix_visits_paper_ref', sqlite_where=sa.text('paper_ref IS NOT NULL'), postgresql_where=sa.text('paper_ref IS NOT NULL'))
        batch_op.drop_column('paper_ref')

    with op.batch_alter_table('temperature_checks', schema=None) as batch_op:
        batch_op.drop_index('ix_temperature_checks_paper_ref', sqlite_where=sa.text('paper_ref IS NOT NULL'), postgresql_where=sa.text('paper_ref IS NOT NULL'))
        batch_op.drop_column('paper_ref')

    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.drop_column('pass_valid_until')

    with op.batch_alter_table('register_sheets', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_register_sheets_rev_counter'))
        batch_op.drop_index(batch_op.f('ix_register_sheets_origin_site_id'))

    op.drop_table('register_sheets')
    with op.batch_alter_table('notice_texts', schema=None) as batch_op:
        batch_op.drop_index('ix_notice_texts_site_template')
        batch_op.drop_index(batch_op.f('ix_notice_texts_rev_counter'))
        batch_op.drop_index(batch_op.f('ix_notice_texts_origin_site_id'))

    op.drop_table('notice_texts')
