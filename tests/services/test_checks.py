"""Temperature checks, the fever hold and its recheck, and the local day of a check."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest
from sqlalchemy.orm import Session, sessionmaker

from app.clock import FixedClock
from app.errors import NotFound, ValidationError
from app.models import PolicySetting, Site, TemperatureCheck
from app.services.checks import (
    CheckForm, CheckView, close_fever_hold, gate_id_by_name, get_check, list_checks,
    open_fever_holds, recent_checks, record_check, record_recheck,
)
from app.services.context import Actor
from app.services.residents import PersonForm, add_person
from tests.helpers import count

TODAY = date(2026, 3, 2)  # the fixed clock's local day


@pytest.fixture
def person_id(sessions: sessionmaker[Session], admin: Actor) -> uuid.UUID:
    with sessions.begin() as session:
        return add_person(session, admin, PersonForm(name="张三", building="3", unit="2",
                                                     room="201", pass_no="A001")).id


def _check(sessions: sessionmaker[Session], actor: Actor, reading: str,
           person: uuid.UUID | None, **form: object) -> CheckView:
    with sessions.begin() as session:
        return record_check(session, actor, CheckForm(reading=reading, person_id=person, **form))


def _recheck(sessions: sessionmaker[Session], actor: Actor, hold: uuid.UUID, reading: str) -> CheckView:
    with sessions.begin() as session:
        return record_recheck(session, actor, hold, reading)


def _holds(sessions: sessionmaker[Session], actor: Actor) -> list[uuid.UUID]:
    with sessions() as session:
        return [c.id for c in open_fever_holds(session, actor)]


def test_normal_reading(sessions: sessionmaker[Session], admin: Actor, person_id: uuid.UUID,
                        fixed_clock: FixedClock) -> None:
    view = _check(sessions, admin, "36.6", person_id, method="额温")
    assert (view.reading, view.reading_dt, view.is_fever) == ("36.6", 366, False)
    assert (view.subject_name, view.room, view.person_id) == ("张三", "3-2-201", person_id)
    assert (view.method, view.gate, view.taken_at) == ("forehead", "东门", fixed_clock.now())
    assert view.recheck_due_at is None and view.outcome is None
    assert _holds(sessions, admin) == []


def test_fever_threshold_is_inclusive(sessions: sessionmaker[Session], admin: Actor,
                                     person_id: uuid.UUID) -> None:
    assert _check(sessions, admin, "37.2", person_id).is_fever is False
    assert _check(sessions, admin, "37.3", person_id).is_fever is True
    assert _check(sessions, admin, "37.3℃", person_id).reading_dt == 373


def test_threshold_comes_from_policy(sessions: sessionmaker[Session], admin: Actor,
                                    person_id: uuid.UUID) -> None:
    with sessions.begin() as session:
        session.add(PolicySetting(site_id=admin.site_id, key="fever_threshold_dt", value=375))
    assert _check(sessions, admin, "37.4", person_id).is_fever is False
    assert _check(sessions, admin, "37.5", person_id).is_fever is True


def test_implausible_readings_are_rejected(sessions: sessionmaker[Session], admin: Actor,
                                          person_id: uuid.UUID) -> None:
    for reading, params in [("3.65", {"suggestion": "36.5"}), ("365", {"suggestion": "36.5"}),
                            ("45.0", {"low": "34.0", "high": "42.5"}), ("abc", {}), ("", {}),
                            ("36.55", {}), ("-36.6", {})]:
        with pytest.raises(ValidationError) as raised:
            _check(sessions, admin, reading, person_id)
        assert (raised.value.field, raised.value.message.params) == ("temperature", params), reading
    assert count(sessions, TemperatureCheck) == 0


def test_resident_check_needs_a_known_person(sessions: sessionmaker[Session], admin: Actor) -> None:
    for person in (None, uuid.uuid4()):
        with pytest.raises(ValidationError) as raised:
            _check(sessions, admin, "36.6", person)
        assert raised.value.field == "person"
    courier = _check(sessions, admin, "36.4", None, subject_kind="courier", subject_label="顺丰 小王")
    assert (courier.subject_kind, courier.subject_name) == ("courier", "顺丰 小王")
    assert count(sessions, TemperatureCheck) == 1


def test_fever_hold_cleared_by_a_normal_recheck(sessions: sessionmaker[Session], admin: Actor,
                                               person_id: uuid.UUID, fixed_clock: FixedClock) -> None:
    hold = _check(sessions, admin, "37.6", person_id)
    assert hold.recheck_due_at == hold.taken_at + timedelta(seconds=180)
    assert _holds(sessions, admin) == [hold.id]

    for advance, wait in ((0, "3:00"), (100, "1:20"), (79.5, "0:01")):
        fixed_clock.advance(seconds=advance)
        with pytest.raises(ValidationError) as raised:
            _recheck(sessions, admin, hold.id, "36.5")
        assert raised.value.field == "temperature"
        assert raised.value.message.params == {"wait": wait}
    assert count(sessions, TemperatureCheck) == 1

    fixed_clock.advance(seconds=0.5)
    recheck = _recheck(sessions, admin, hold.id, "36.5")
    assert (recheck.recheck_of_id, recheck.is_fever, recheck.person_id) == (hold.id, False, person_id)
    assert recheck.taken_at == hold.taken_at + timedelta(seconds=180)
    assert recheck.recheck_due_at is None
    with sessions() as session:
        cleared = get_check(session, admin, hold.id)
    assert (cleared.outcome, cleared.recheck_due_at) == ("cleared", None)
    assert _holds(sessions, admin) == []
    with pytest.raises(ValidationError) as raised:
        _recheck(sessions, admin, hold.id, "36.5")
    assert raised.value.field == "outcome"


def test_fever_on_recheck_stays_open_until_closed(sessions: sessionmaker[Session], admin: Actor,
                                                 person_id: uuid.UUID, fixed_clock: FixedClock) -> None:
    hold = _check(sessions, admin, "38.0", person_id)
    fixed_clock.advance(seconds=180)
    recheck = _recheck(sessions, admin, hold.id, "37.9")
    assert recheck.is_fever and recheck.recheck_of_id == hold.id
    assert _holds(sessions, admin) == [hold.id]

    with pytest.raises(ValidationError) as raised, sessions.begin() as session:
        close_fever_hold(session, admin, hold.id, "cleared")
    assert raised.value.field == "outcome"
    with pytest.raises(ValidationError), sessions.begin() as session:
        close_fever_hold(session, admin, hold.id, "went home")
    assert _holds(sessions, admin) == [hold.id]

    with sessions.begin() as session:
        closed = close_fever_hold(session, admin, hold.id, "fever_clinic")
    assert closed.outcome == "fever_clinic"
    assert _holds(sessions, admin) == []
    with pytest.raises(ValidationError), sessions.begin() as session:
        close_fever_hold(session, admin, hold.id, "refused")


def test_only_an_open_first_fever_reading_is_a_hold(sessions: sessionmaker[Session], admin: Actor,
                                                   person_id: uuid.UUID, fixed_clock: FixedClock) -> None:
    normal = _check(sessions, admin, "36.6", person_id)
    hold = _check(sessions, admin, "37.5", person_id)
    fixed_clock.advance(seconds=180)
    recheck = _recheck(sessions, admin, hold.id, "37.5")
    for not_a_hold in (normal.id, recheck.id, uuid.uuid4()):
        with pytest.raises(NotFound), sessions.begin() as session:
            record_recheck(session, admin, not_a_hold, "36.6")
        with pytest.raises(NotFound), sessions.begin() as session:
            close_fever_hold(session, admin, not_a_hold, "refused")


def test_recheck_delay_comes_from_policy(sessions: sessionmaker[Session], admin: Actor,
                                        person_id: uuid.UUID, fixed_clock: FixedClock) -> None:
    with sessions.begin() as session:
        session.add(PolicySetting(site_id=admin.site_id, key="recheck_delay_s", value=60))
    hold = _check(sessions, admin, "37.5", person_id)
    assert hold.recheck_due_at == hold.taken_at + timedelta(seconds=60)
    fixed_clock.advance(seconds=60)
    assert _recheck(sessions, admin, hold.id, "36.9").is_fever is False


def test_list_checks_uses_the_local_day(sessions: sessionmaker[Session], admin: Actor,
                                       person_id: uuid.UUID, fixed_clock: FixedClock) -> None:
    fixed_clock.advance(hours=13, minutes=30)            # 23:30 local on 2 March = 15:30 UTC
    late = _check(sessions, admin, "36.6", person_id)
    fixed_clock.advance(hours=1)                         # 00:30 local on 3 March = 16:30 UTC on 2 March
    after_midnight = _check(sessions, admin, "36.7", person_id)
    fixed_clock.advance(hours=7)                         # 07:30 local on 3 March = 23:30 UTC on 2 March
    morning = _check(sessions, admin, "36.8", person_id)
    assert late.taken_at.hour == 15 and late.taken_at.date() == TODAY
    assert morning.taken_at.date() == TODAY              # still 2 March in UTC

    with sessions() as session:
        on_day = [c.id for c in list_checks(session, admin, TODAY)]
        next_day = [c.id for c in list_checks(session, admin, TODAY + timedelta(days=1))]
        day_before = list_checks(session, admin, TODAY - timedelta(days=1))
    assert on_day == [late.id]
    assert next_day == [morning.id, after_midnight.id]   # newest first
    assert day_before == []


def test_gate_chosen_by_name(sessions: sessionmaker[Session], admin: Actor,
                             person_id: uuid.UUID) -> None:
    with sessions() as session:
        west = gate_id_by_name(session, admin.site_id, " 西门 ")
        with pytest.raises(ValidationError) as raised:
            gate_id_by_name(session, admin.site_id, "南门")
    assert raised.value.field == "gate"
    at_west = _check(sessions, admin, "36.6", person_id, gate_id=west)
    at_default = _check(sessions, admin, "36.6", person_id)
    assert (at_west.gate, at_default.gate) == ("西门", "东门")
    with sessions() as session:
        assert [c.id for c in list_checks(session, admin, TODAY, gate="西门")] == [at_west.id]
        assert len(list_checks(session, admin, TODAY, fever_only=True)) == 0


def test_lists_stay_within_the_actor_site(sessions: sessionmaker[Session], admin: Actor,
                                         person_id: uuid.UUID, fixed_clock: FixedClock) -> None:
    """A hub database holds many compounds; a guard must only see their own checks."""
    own = _check(sessions, admin, "37.5", person_id)
    with sessions.begin() as session:
        other = Site(name="别的小区", committee="别的居委会")
        session.add(other)
        session.flush()
        session.add(TemperatureCheck(
            site_id=other.id, subject_kind="courier", subject_label="别处", taken_at=fixed_clock.now(),
            reading_dt=380, method="forehead", threshold_dt=373, is_fever=True))
    assert _holds(sessions, admin) == [own.id]
    with sessions() as session:
        assert [c.id for c in list_checks(session, admin, TODAY)] == [own.id]
        assert [c.id for c in recent_checks(session, admin)] == [own.id]
