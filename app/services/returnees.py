"""Returnees under observation: records, twice-daily follow-ups, alerts, the worklist, release.

Only a committee head (or admin) opens, extends or ends an observation; guards and workers
record follow-ups, act on alerts and see who may not leave.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any
from datetime import date, datetime, timedelta

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from app import clock
from app.domain.observation import (
    BLOCKS_EXIT, FollowUpStatus, ObservationKind, ObservationOutcome, Slot, Symptom, Transport, check_days,
    observation_day, parse_choice, planned_end,
)
from app.db.sql_functions import days_since_epoch
from app.domain._text import one_line
from app.domain.regions import parse_region
from app.domain.temperature import format_temperature, is_fever, parse_temperature
from app.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from app.models import ExitAttempt, FollowUp, Household, ObservationAlert, Person, Returnee
from app.services.context import Actor, Role, audit, authorize
from app.services.policy import load_policy
from app.services.site_time import day_bounds, local_today, site_zone

MISSED_SLOTS_ALERT = 2
"""Slots in a row without seeing the person before the worklist raises it."""


@dataclass(frozen=True)
class ReturneeForm:
    person_id: uuid.UUID
    origin: str
    arrived_on: date
    kind: str = ObservationKind.HOME.value
    days: int | None = None
    start_on: date | None = None
    transport: str = Transport.OTHER.value
    transport_no: str = ""
    worker: str = ""
    doctor: str = ""
    police: str = ""
    support_needed: str = ""


@dataclass(frozen=True)
class ReturneeView:
    id: uuid.UUID
    person_id: uuid.UUID
    name: str
    room: str
    origin_code: str
    origin: str
    arrived_on: date
    kind: str
    start_on: date
    end_on: date
    day: int
    of: int
    outcome: str | None
    worker: str
    doctor: str
    police: str
    support_needed: str


@dataclass(frozen=True)
class FollowUpView:
    returnee_id: uuid.UUID
    day: date
    slot: str
    reading: str
    symptoms: list[str]
    status: str
    alert_raised: bool


@dataclass(frozen=True, slots=True)
class WorklistRow:
    """What the worklist shows of one person; ``get_returnee`` has the whole record."""

    returnee_id: uuid.UUID
    name: str
    room: str
    origin: str
    day: int
    of: int
    slot: str
    done: FollowUpView | None
    missed_in_a_row: int
    """Slots before this one, back to the last time the person was seen, with nobody seeing them."""

    @property
    def overdue(self) -> bool:
        return self.missed_in_a_row >= MISSED_SLOTS_ALERT

    @property
    def due_for_release(self) -> bool:
        return self.day > self.of


@dataclass(frozen=True)
class AlertView:
    id: uuid.UUID
    returnee_id: uuid.UUID
    name: str
    room: str
    reason: str
    raised_at: datetime
    action: str | None


@dataclass(frozen=True)
class Grid:
    """Days x slots of one observation: ``cells[(day, slot)]`` is a follow-up or missing."""

    returnee: ReturneeView
    days: list[date]
    cells: dict[tuple[date, str], FollowUpView] = field(default_factory=dict)


def current_slot(now: datetime) -> Slot:
    return Slot.AM if now.hour < 12 else Slot.PM


_VIEW_COLUMNS = (
    Returnee.id, Returnee.person_id, Person.name, Household.room_key, Returnee.origin_code,
    Returnee.origin_label, Returnee.arrived_on, Returnee.kind, Returnee.start_on, Returnee.end_on,
    Returnee.outcome, Returnee.worker, Returnee.doctor, Returnee.police, Returnee.support_needed,
)


_WORKLIST_COLUMNS = (
    Returnee.id, Person.name, Household.room_key, Returnee.origin_label, Returnee.start_on,
    Returnee.end_on, Returnee.last_seen_slot,
)


def _rows(session: Session, site_id: uuid.UUID, columns: tuple[Any, ...], *conditions: Any,
          order: tuple[Any, ...] = ()) -> list[Any]:
    """Plain columns at Core level (no ORM loading): a worklist reads thousands at a time."""
    return session.connection().execute(
        select(*columns)
        .join(Person, Returnee.person_id == Person.id)
        .outerjoin(Household, Person.household_id == Household.id)
        .where(Returnee.site_id == site_id, Returnee.deleted.is_(False), *conditions)
        .order_by(*order)
    ).all()


def _views(session: Session, site_id: uuid.UUID, today: date, *conditions: Any,
           order: tuple[Any, ...] = ()) -> list[ReturneeView]:
    return [_view(*row, today=today)
            for row in _rows(session, site_id, _VIEW_COLUMNS, *conditions, order=order)]


def _view(id_: uuid.UUID, person_id: uuid.UUID, name: str, room: str | None, origin_code: str,
          origin: str, arrived_on: date, kind: str, start_on: date, end_on: date,
          outcome: str | None, worker: str, doctor: str, police: str, support: str, *,
          today: date) -> ReturneeView:
    """``day`` counts on past ``of`` until the observation is ended: "day 15 of 14"."""
    end = min(today, end_on) if outcome else today
    return ReturneeView(id_, person_id, name, room or "", origin_code, origin, arrived_on, kind,
                        start_on, end_on, observation_day(start_on, end), (end_on - start_on).days + 1,
                        outcome, worker, doctor, police, support)


def _today(session: Session, actor: Actor) -> date:
    return local_today(site_zone(session, actor.site_id))


def get_returnee(session: Session, actor: Actor, returnee_id: uuid.UUID) -> ReturneeView:
    authorize(session, actor, Role.GUARD)
    found = _views(session, actor.site_id, _today(session, actor), Returnee.id == returnee_id)
    if not found:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such returnee record."))
    return found[0]


def _own_returnee(session: Session, actor: Actor, returnee_id: uuid.UUID) -> Returnee:
    """A running observation of the actor's compound, or NotFound."""
    returnee = session.get(Returnee, returnee_id)
    if (returnee is None or returnee.deleted or returnee.outcome is not None
            or returnee.site_id != actor.site_id):
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "No running observation with this id."))
    return returnee


def _running(session: Session, person_id: uuid.UUID) -> Returnee | None:
    return session.scalars(select(Returnee).where(
        Returnee.person_id == person_id, Returnee.outcome.is_(None), Returnee.deleted.is_(False)
    )).first()


def add_returnee(session: Session, actor: Actor, form: ReturneeForm) -> ReturneeView:
    authorize(session, actor, Role.HEAD)
    today = _today(session, actor)
    person = session.get(Person, form.person_id)
    if person is None or person.deleted:
        raise ValidationError("person", QT_TRANSLATE_NOOP("Errors", "This resident is not in the roster."))
    if _running(session, person.id) is not None:
        raise ValidationError("person", QT_TRANSLATE_NOOP(
            "Errors", "This person is already under observation; extend it instead."))
    origin = parse_region(form.origin)
    if form.arrived_on > today:
        raise ValidationError("date", QT_TRANSLATE_NOOP("Errors", "The arrival date is in the future."))
    kind = parse_choice(ObservationKind, form.kind, "kind")
    transport = parse_choice(Transport, form.transport, "transport")
    days = check_days(form.days or load_policy(session, actor.site_id).observation_days)
    start = form.start_on or form.arrived_on
    returnee = Returnee(
        site_id=actor.site_id, person_id=person.id, origin_code=origin.code,
        origin_label=origin.label, arrived_on=form.arrived_on, transport=transport.value,
        transport_no=one_line(form.transport_no, 32), kind=kind.value, start_on=start,
        end_on=planned_end(start, days), worker=one_line(form.worker, 64),
        doctor=one_line(form.doctor, 64), police=one_line(form.police, 64),
        support_needed=one_line(form.support_needed, 500),
    )
    session.add(returnee)
    session.flush()
    audit(session, "returnee.add", "returnee", returnee.id, days=days)
    return get_returnee(session, actor, returnee.id)


def list_returnees(session: Session, actor: Actor, status: str = "observing") -> list[ReturneeView]:
    """``observing`` (running, started), ``all``, or ``ended``; by end date."""
    authorize(session, actor, Role.GUARD)
    conditions = {"observing": (Returnee.outcome.is_(None),),
                  "ended": (Returnee.outcome.is_not(None),)}.get(status, ())
    return _views(session, actor.site_id, _today(session, actor), *conditions,
                  order=(Returnee.end_on, Returnee.start_on))


@dataclass(frozen=True)
class ObservationDay:
    day: int
    of: int


def observation_day_of(start_on: date, end_on: date, today: date) -> ObservationDay | None:
    """"Day 6 of 14" for an observation that has started; past its end, "day 15 of 14" says
    the person is due for release and still waits for the committee to release them."""
    if start_on > today:
        return None
    return ObservationDay(observation_day(start_on, today), (end_on - start_on).days + 1)


def _keeping_in(session: Session, person_id: uuid.UUID,
                today: date) -> tuple[Returnee, ObservationDay] | None:
    """The observation that keeps this person in today, and which day of it this is."""
    running = _running(session, person_id)
    if running is None or running.kind not in BLOCKS_EXIT:
        return None
    day = observation_day_of(running.start_on, running.end_on, today)
    return (running, day) if day else None


def observation_of(session: Session, person_id: uuid.UUID, today: date) -> ObservationDay | None:
    """What the gate must show about a person who may not leave: day X of N."""
    found = _keeping_in(session, person_id, today)
    return found[1] if found else None


def record_follow_up(session: Session, actor: Actor, returnee_id: uuid.UUID, slot: str,
                     reading: str | None, symptoms: list[str], status: str) -> FollowUpView:
    """Record (or correct) this slot's follow-up; unwell, feverish or symptomatic raises an alert."""
    authorize(session, actor, Role.GUARD)
    returnee = _own_returnee(session, actor, returnee_id)
    chosen_slot = parse_choice(Slot, slot, "slot")
    chosen_status = parse_choice(FollowUpStatus, status, "status")
    chosen_symptoms = [parse_choice(Symptom, s, "symptoms").value for s in symptoms]
    reading_dt = parse_temperature(reading) if reading else None
    if chosen_status is not FollowUpStatus.NOT_REACHED and reading_dt is None:
        raise ValidationError("temperature", QT_TRANSLATE_NOOP(
            "Errors", "Enter the temperature of a person who was seen."))
    now = clock.now().astimezone(site_zone(session, actor.site_id))
    today = now.date()
    if not returnee.start_on <= today <= returnee.end_on:
        raise ValidationError("date", QT_TRANSLATE_NOOP(
            "Errors", "Today is outside this observation's days."))
    if chosen_slot is Slot.PM and current_slot(now) is Slot.AM:
        raise ValidationError("slot", QT_TRANSLATE_NOOP(
            "Errors", "The afternoon follow-up can be recorded from noon."))
    follow_up = session.scalars(select(FollowUp).where(
        FollowUp.returnee_id == returnee.id, FollowUp.day == today, FollowUp.slot == chosen_slot.value
    )).first() or FollowUp(returnee_id=returnee.id, day=today, slot=chosen_slot.value)
    follow_up.reading_dt, follow_up.symptoms = reading_dt, chosen_symptoms
    follow_up.status, follow_up.taken_at = chosen_status.value, clock.now()
    session.add(follow_up)
    threshold = load_policy(session, actor.site_id).fever_threshold_dt
    fever = reading_dt is not None and is_fever(reading_dt, threshold)
    reason = "fever" if fever else "unwell" if (
        chosen_status is FollowUpStatus.SEEN_UNWELL or chosen_symptoms) else None
    detail = {"day": today.isoformat(), "slot": chosen_slot.value}
    already = any(a.detail.get("day") == detail["day"] and a.detail.get("slot") == detail["slot"]
                  for a in session.scalars(select(ObservationAlert).where(
                      ObservationAlert.returnee_id == returnee.id, ObservationAlert.closed_at.is_(None))))
    raise_alert = reason is not None and not already  # a corrected slot keeps its one alert
    if raise_alert:
        session.add(ObservationAlert(returnee_id=returnee.id, reason=reason, raised_at=clock.now(),
                                     detail={**detail, "symptoms": chosen_symptoms}))
    session.flush()
    refresh_last_seen(session, returnee)
    audit(session, "follow_up.record", "follow_up", follow_up.id, status=chosen_status.value)
    return _follow_up_view(follow_up, alert_raised=raise_alert)


def _follow_up_view(f: FollowUp, alert_raised: bool = False) -> FollowUpView:
    return FollowUpView(f.returnee_id, f.day, f.slot,
                        format_temperature(f.reading_dt) if f.reading_dt is not None else "",
                        list(f.symptoms), f.status, alert_raised)


def worklist(session: Session, actor: Actor) -> list[WorklistRow]:
    """Everyone under observation today, for the current slot: done, due, not seen for a
    while (which raises a "missed" alert once), or past their end and due for release."""
    authorize(session, actor, Role.GUARD)
    zone = site_zone(session, actor.site_id)
    now = clock.now().astimezone(zone)
    today, slot = now.date(), current_slot(now)
    observing = (Returnee.outcome.is_(None), Returnee.start_on <= today)
    running = _rows(session, actor.site_id, _WORKLIST_COLUMNS, *observing)
    done = {f.returnee_id: f for f in session.scalars(
        select(FollowUp).join(Returnee, FollowUp.returnee_id == Returnee.id)
        .where(Returnee.site_id == actor.site_id, *observing,
               FollowUp.day == today, FollowUp.slot == slot.value))}
    rows = []
    for returnee_id, name, room, origin, start_on, end_on, seen in running:
        current = done.get(returnee_id)
        rows.append(WorklistRow(
            returnee_id, name, room or "", origin, observation_day(start_on, today),
            (end_on - start_on).days + 1, slot.value, _follow_up_view(current) if current else None,
            _missed_since(seen, start_on, today, slot)))
    _raise_missed_alerts(session, actor, [r for r in rows if r.overdue and not r.due_for_release])
    rows.sort(key=lambda row: (row.done is not None, -row.missed_in_a_row, row.room))
    return rows


def _raise_missed_alerts(session: Session, actor: Actor, overdue: list[WorklistRow]) -> None:
    if not overdue:
        return
    open_missed = set(session.scalars(
        select(ObservationAlert.returnee_id).join(Returnee, ObservationAlert.returnee_id == Returnee.id)
        .where(Returnee.site_id == actor.site_id, ObservationAlert.reason == "missed",
               ObservationAlert.closed_at.is_(None))))
    for row in overdue:
        if row.returnee_id not in open_missed:
            session.add(ObservationAlert(returnee_id=row.returnee_id, reason="missed",
                                         raised_at=clock.now(), detail={"slots": row.missed_in_a_row}))
    session.flush()


def refresh_last_seen(session: Session, returnee: Returnee) -> None:
    """Recompute ``last_seen_slot`` from the follow-ups (also after sync brings some in)."""
    returnee.last_seen_slot = session.scalar(select(func.max(
        days_since_epoch(FollowUp.day) * 2 + case((FollowUp.slot == Slot.PM.value, 1), else_=0)
    )).where(FollowUp.returnee_id == returnee.id,
             FollowUp.status != FollowUpStatus.NOT_REACHED.value))
    session.flush()


def _slot_number(day: date, slot: str) -> int:
    """The same numbering of slots as the SQL in ``worklist``."""
    return (day - _EPOCH).days * 2 + (slot == Slot.PM.value)


_EPOCH = date(1970, 1, 1)


def _missed_since(last_seen: int | None, start: date, today: date, slot: Slot) -> int:
    """Slots before the current one since the person was last seen (or since the start)."""
    current = _slot_number(today, slot.value)
    if last_seen is None:
        return current - _slot_number(start, Slot.AM.value)
    return max(0, current - last_seen - 1)


def grid(session: Session, actor: Actor, returnee_id: uuid.UUID) -> Grid:
    view = get_returnee(session, actor, returnee_id)
    days = [view.start_on + timedelta(days=i) for i in range(view.of)]
    cells = {
        (f.day, f.slot): _follow_up_view(f)
        for f in session.scalars(select(FollowUp).where(FollowUp.returnee_id == returnee_id))
    }
    return Grid(view, days, cells)


def open_alerts(session: Session, actor: Actor) -> list[AlertView]:
    authorize(session, actor, Role.GUARD)
    rows = session.execute(
        select(ObservationAlert, Person.name, Household.room_key)
        .join(Returnee, ObservationAlert.returnee_id == Returnee.id)
        .join(Person, Returnee.person_id == Person.id)
        .outerjoin(Household, Person.household_id == Household.id)
        .where(Returnee.site_id == actor.site_id, ObservationAlert.closed_at.is_(None))
        .order_by(ObservationAlert.raised_at)
    )
    return [AlertView(a.id, a.returnee_id, name, room or "", a.reason, a.raised_at, a.action)
            for a, name, room in rows]


def close_alert(session: Session, actor: Actor, alert_id: uuid.UUID, action: str) -> None:
    """Record what was done; the alert stays open until then."""
    authorize(session, actor, Role.GUARD)
    alert = session.get(ObservationAlert, alert_id)
    owner = session.get(Returnee, alert.returnee_id) if alert else None
    if alert is None or alert.closed_at is not None or owner is None or owner.site_id != actor.site_id:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such open alert."))
    text = one_line(action, 500)
    if not text:
        raise ValidationError("action", QT_TRANSLATE_NOOP("Errors", "Say what was done."))
    alert.action, alert.closed_at = text, clock.now()
    session.flush()
    audit(session, "alert.close", "observation_alert", alert.id)


def end_observation(session: Session, actor: Actor, returnee_id: uuid.UUID,
                    outcome: str = ObservationOutcome.RELEASED.value) -> ReturneeView:
    authorize(session, actor, Role.HEAD)
    returnee = _own_returnee(session, actor, returnee_id)
    returnee.outcome = parse_choice(ObservationOutcome, outcome, "outcome").value
    returnee.outcome_on = _today(session, actor)
    session.flush()
    audit(session, "returnee.end", "returnee", returnee.id, outcome=returnee.outcome)
    return get_returnee(session, actor, returnee.id)


def extend_observation(session: Session, actor: Actor, returnee_id: uuid.UUID, days: int) -> ReturneeView:
    authorize(session, actor, Role.HEAD)
    returnee = _own_returnee(session, actor, returnee_id)
    total = (returnee.end_on - returnee.start_on).days + 1 + check_days(days)
    returnee.end_on = planned_end(returnee.start_on, check_days(total))
    session.flush()
    audit(session, "returnee.extend", "returnee", returnee.id, days=days)
    return get_returnee(session, actor, returnee.id)


EXIT_ATTEMPT_REPEAT = timedelta(minutes=10)
"""Looking the same person up again at the same gate within this time is the same attempt."""


def record_exit_attempt(session: Session, actor: Actor, person_id: uuid.UUID,
                        gate_id: uuid.UUID | None) -> ObservationDay | None:
    """A person at the gate: if they may not leave, log the attempt and say which day."""
    authorize(session, actor, Role.GUARD)
    now = clock.now()
    found = _keeping_in(session, person_id, now.astimezone(site_zone(session, actor.site_id)).date())
    if found is None:
        return None
    running, observation = found
    recent = session.scalar(select(ExitAttempt.id).where(
        ExitAttempt.returnee_id == running.id, ExitAttempt.gate_id.is_not_distinct_from(gate_id),
        ExitAttempt.at > now - EXIT_ATTEMPT_REPEAT))
    if recent is None:
        session.add(ExitAttempt(returnee_id=running.id, gate_id=gate_id, at=now))
        session.flush()
    return observation


def exit_attempts_on(session: Session, actor: Actor, day: date) -> int:
    authorize(session, actor, Role.HEAD)
    start, end = day_bounds(site_zone(session, actor.site_id), day)
    return session.scalar(
        select(func.count()).select_from(ExitAttempt)
        .join(Returnee, ExitAttempt.returnee_id == Returnee.id)
        .where(Returnee.site_id == actor.site_id, ExitAttempt.at >= start, ExitAttempt.at < end)
    ) or 0
