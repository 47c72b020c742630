"""The sync identity every row carries, the replica's change counter, and the SQLite pragmas."""

from __future__ import annotations

import sqlite3
import uuid
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from app.clock import FixedClock
from app.db.engine import BUSY_TIMEOUT_MS, make_engine, sqlite_url
from app.models import (
    AuditEntry, Base, Gate, Household, Person, Replica, Site, Synced, TemperatureCheck, User,
)
from app.services.auth import actor_for, add_user
from app.services.checks import CheckForm, close_fever_hold, record_check
from app.services.context import Actor, Role
from app.services.residents import PersonForm, add_person
from tests.helpers import resident_id

SYNCED_MODELS = [m.class_ for m in Base.registry.mappers if issubclass(m.class_, Synced)]


def _all_synced_rows(session: Session) -> list[Synced]:
    return [row for model in SYNCED_MODELS for row in session.scalars(select(model))]


def _counter(sessions: sessionmaker[Session]) -> int:
    with sessions() as session:
        return session.scalars(select(Replica.counter)).one()


def _person(name: str, pass_no: str, phone: str = "13800138000") -> PersonForm:
    return PersonForm(name=name, building="3", unit="2", room="201", phone=phone,
                      id_number=resident_id(seq=pass_no[-3:]), pass_no=pass_no)


def test_every_synced_row_carries_its_identity(sessions: sessionmaker[Session], admin: Actor) -> None:
    with sessions.begin() as session:
        person = add_person(session, admin, _person("张三", "A001"))
        record_check(session, admin, CheckForm(reading="36.6", person_id=person.id))
    with sessions() as session:
        replica = session.scalars(select(Replica)).one()
        rows = _all_synced_rows(session)
    kinds = {type(row).__name__ for row in rows}
    assert {"Site", "Gate", "User", "AuditEntry", "Household", "Person", "TemperatureCheck"} <= kinds
    for row in rows:
        assert row.id.version == 7, row
        assert row.origin_site_id == admin.site_id
        assert row.rev_replica_id == replica.id
        assert row.created_by == admin.user_id
        assert row.updated_by == admin.user_id
        assert row.created_at == row.updated_at
        assert row.deleted is False
    assert replica.id.version == 7
    assert len({row.id for row in rows}) == len(rows)


def test_counter_goes_up_once_per_write_transaction(sessions: sessionmaker[Session],
                                                   admin: Actor) -> None:
    after_init = _counter(sessions)
    with sessions() as session:
        assert {row.rev_counter for row in _all_synced_rows(session)} == {after_init}

    with sessions.begin() as session:
        first = add_person(session, admin, _person("张三", "A001"))
        second = add_person(session, admin, _person("李四", "A002"))
    assert _counter(sessions) == after_init + 1

    with sessions.begin() as session:
        third = add_person(session, admin, _person("王五", "A003"))
    assert _counter(sessions) == after_init + 2

    with sessions.begin() as session:  # reading only: no bump
        session.scalars(select(Person)).all()
    assert _counter(sessions) == after_init + 2

    with sessions() as session:
        people = {p.id: p.rev_counter for p in session.scalars(select(Person))}
        households = session.scalars(select(Household.rev_counter)).all()
    assert people == {first.id: after_init + 1, second.id: after_init + 1, third.id: after_init + 2}
    assert households == [after_init + 1]


def test_rolled_back_transaction_leaves_no_trace(sessions: sessionmaker[Session], admin: Actor) -> None:
    """A rolled-back transaction's counter is undone with its rows, so the next transaction may
    issue the same number: no committed row ever carried it. What must hold is that every
    committed (replica, counter) pair belongs to one transaction and the counter is never
    behind the rows."""
    before = _counter(sessions)
    session = sessions()
    session.begin()
    add_person(session, admin, _person("张三", "A001"))
    session.flush()
    session.rollback()
    assert _counter(sessions) == before

    # The same session object again: it must not reuse the revision of the rolled-back work.
    with session.begin():
        kept = add_person(session, admin, _person("李四", "A002"))
    with session.begin():
        later = add_person(session, admin, _person("王五", "A003"))
    session.close()

    assert _counter(sessions) == before + 2
    with sessions() as check:
        people = {p.id: p.rev_counter for p in check.scalars(select(Person))}
        highest = max(row.rev_counter for row in _all_synced_rows(check))
    assert people == {kept.id: before + 1, later.id: before + 2}
    assert highest == before + 2


def test_failed_service_call_rolls_back_the_counter(sessions: sessionmaker[Session],
                                                    admin: Actor) -> None:
    before = _counter(sessions)
    with pytest.raises(IntegrityError), sessions.begin() as session:
        add_person(session, admin, _person("张三", "A001"))
        session.add(Gate(site_id=uuid.uuid4(), name="不存在的小区的门"))
        session.flush()
    assert _counter(sessions) == before
    with sessions() as session:
        assert session.scalars(select(Person)).all() == []


def test_update_moves_revision_but_keeps_creation(sessions: sessionmaker[Session], admin: Actor,
                                                 fixed_clock: FixedClock) -> None:
    created_at = fixed_clock.now()
    with sessions.begin() as session:
        view = add_person(session, admin, _person("张三", "A001"))
    first = _counter(sessions)
    fixed_clock.advance(hours=1)
    with sessions.begin() as session:
        again = add_person(session, admin, _person("张三", "A001", phone="13912345678"))
    assert again.id == view.id
    with sessions() as session:
        person = session.get_one(Person, view.id)
        household = session.scalars(select(Household)).one()
    assert person.created_at == created_at
    assert person.updated_at == created_at + timedelta(hours=1)
    assert person.rev_counter == first + 1 == _counter(sessions)
    assert person.phone == "+8613912345678"
    # The household did not change, so it keeps its revision.
    assert (household.rev_counter, household.updated_at) == (first, created_at)


def test_pragmas_on_a_new_connection(sessions: sessionmaker[Session], admin: Actor,
                                    data_dir: Path) -> None:
    engine = make_engine(sqlite_url(data_dir))
    with engine.connect() as connection:
        pragmas = {name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()
                   for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")}
    engine.dispose()
    assert pragmas == {"journal_mode": "wal", "synchronous": 2, "foreign_keys": 1,
                       "busy_timeout": BUSY_TIMEOUT_MS}
    assert BUSY_TIMEOUT_MS > 0
    # WAL is a property of the file: a plain sqlite3 connection sees it too.
    plain = sqlite3.connect(data_dir / "gatepost.db")
    try:
        assert plain.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    finally:
        plain.close()


def test_foreign_keys_are_enforced(sessions: sessionmaker[Session], admin: Actor) -> None:
    with pytest.raises(IntegrityError), sessions.begin() as session:
        session.add(Gate(site_id=uuid.uuid4(), name="北门"))
    with sessions() as session:
        assert session.scalars(select(Site.id)).all() == [admin.site_id]
        assert len(session.scalars(select(Gate)).all()) == 2


def test_rows_are_stamped_with_the_acting_user(sessions: sessionmaker[Session], admin: Actor,
                                              fixed_clock: FixedClock) -> None:
    with sessions.begin() as session:
        add_user(session, admin, "guard1", "门卫", Role.GUARD, "guard-pw")
        guard = actor_for(session.scalars(select(User).where(User.username == "guard1")).one())
        person = add_person(session, admin, _person("张三", "A001"))
    with sessions.begin() as session:
        hold = record_check(session, guard, CheckForm(reading="37.8", person_id=person.id))
    fixed_clock.advance(minutes=5)
    with sessions.begin() as session:
        close_fever_hold(session, admin, hold.id, "fever_clinic")
    with sessions() as session:
        check = session.get_one(TemperatureCheck, hold.id)
        outcome_audit = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "check.outcome")).one()
    assert (check.created_by, check.updated_by) == (guard.user_id, admin.user_id)
    assert check.updated_at == check.created_at + timedelta(minutes=5)
    assert outcome_audit.created_by == admin.user_id
    assert outcome_audit.detail == {"outcome": "fever_clinic"}
