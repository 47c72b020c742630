"""Temperature checks and the fever recheck protocol.

A reading at or above the policy threshold opens a *fever hold*: the person waits, a second
reading is taken no sooner than the policy delay and points back at the first. A normal second
reading clears the hold; otherwise the guard records what was done (refused, sent to the fever
clinic, reported) with ``close_fever_hold``.
"""

from __future__ import annotations

import uuid
from zoneinfo import ZoneInfo
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from enum import StrEnum

from sqlalchemy import Select, bindparam, func, select
from sqlalchemy.orm import Session

from app import clock
from app.domain.observation import BLOCKS_EXIT
from app.domain.temperature import (
    FeverOutcome, format_temperature, is_fever, parse_method, parse_temperature, recheck_wait,
)
from app.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from app.models import Gate, Household, Person, Replica, Returnee, Site, TemperatureCheck, Visit
from app.models.check import is_open_hold
from app.services.context import Actor, Role, audit, authorize
from app.services.policy import load_policy
from app.services.returnees import ObservationDay, observation_day_of
from app.services.site_time import day_bounds, site_zone


class SubjectKind(StrEnum):
    RESIDENT = "resident"
    VISITOR = "visitor"
    COURIER = "courier"
    STAFF = "staff"
    UNKNOWN = "unknown"


SUBJECT_LABELS = {
    SubjectKind.RESIDENT: QT_TRANSLATE_NOOP("SubjectKind", "Resident"),
    SubjectKind.VISITOR: QT_TRANSLATE_NOOP("SubjectKind", "Visitor"),
    SubjectKind.COURIER: QT_TRANSLATE_NOOP("SubjectKind", "Courier"),
    SubjectKind.STAFF: QT_TRANSLATE_NOOP("SubjectKind", "Staff"),
    SubjectKind.UNKNOWN: QT_TRANSLATE_NOOP("SubjectKind", "Other"),
}


@dataclass(frozen=True)
class CheckForm:
    reading: str
    subject_kind: str = SubjectKind.RESIDENT.value
    person_id: uuid.UUID | None = None
    visit_id: uuid.UUID | None = None
    subject_label: str = ""
    method: str = "forehead"
    gate_id: uuid.UUID | None = None
    taken_at: datetime | None = None
    """Set only for an entry typed in from the paper register: when it was written there."""
    paper_ref: str | None = None


@dataclass(frozen=True)
class CheckView:
    id: uuid.UUID
    taken_at: datetime
    subject_kind: str
    subject_name: str
    room: str
    person_id: uuid.UUID | None
    reading: str
    reading_dt: int
    method: str
    gate: str
    is_fever: bool
    recheck_of_id: uuid.UUID | None
    outcome: str | None
    recheck_due_at: datetime | None
    """For an open fever hold: when the second reading may be taken."""
    observation: ObservationDay | None = None
    """Set when the person is under observation: day X of N, and may not leave."""


# The gate's hot path runs these on every reading: built once, with bound parameters.
_PERSON_AT_GATE = (  # name, room, the compound's zone and any running observation
    select(Person.name, Household.room_key, Site.timezone, Returnee.start_on, Returnee.end_on)
    .join(Site, Person.site_id == Site.id)
    .outerjoin(Household, Person.household_id == Household.id)
    .outerjoin(Returnee, (Returnee.person_id == Person.id) & Returnee.outcome.is_(None)
               & Returnee.deleted.is_(False) & Returnee.kind.in_(BLOCKS_EXIT))
    .where(Person.id == bindparam("person_id"), Person.deleted.is_(False))
)
_DEFAULT_GATE = select(Gate.id, Gate.name).join(Replica, Replica.default_gate_id == Gate.id)
_GATE = select(Gate.id, Gate.name).where(Gate.id == bindparam("gate_id"))


def _view_query() -> Select:
    # The room is the resident's own, or for a visitor the room of the household visited.
    return (
        select(TemperatureCheck, Person.name, Visit.name,
               func.coalesce(Household.room_key, Visit.host_room), Gate.name)
        .outerjoin(Person, TemperatureCheck.person_id == Person.id)
        .outerjoin(Household, Person.household_id == Household.id)
        .outerjoin(Visit, TemperatureCheck.visit_id == Visit.id)
        .outerjoin(Gate, TemperatureCheck.gate_id == Gate.id)
    )


def _view(check: TemperatureCheck, person_name: str | None, visitor_name: str | None,
          room: str | None, gate: str | None, recheck_delay_s: int) -> CheckView:
    open_hold = check.is_fever and check.recheck_of_id is None and check.outcome is None
    return CheckView(
        id=check.id, taken_at=check.taken_at, subject_kind=check.subject_kind,
        subject_name=person_name or visitor_name or check.subject_label or "",
        room=room or "", person_id=check.person_id,
        reading=format_temperature(check.reading_dt), reading_dt=check.reading_dt,
        method=check.method, gate=gate or "", is_fever=check.is_fever,
        recheck_of_id=check.recheck_of_id, outcome=check.outcome,
        recheck_due_at=check.taken_at + timedelta(seconds=recheck_delay_s) if open_hold else None,
    )


def _views(session: Session, site_id: uuid.UUID, query: Select) -> list[CheckView]:
    delay = load_policy(session, site_id).recheck_delay_s
    return [_view(*row, delay) for row in session.execute(query)]


def get_check(session: Session, actor: Actor, check_id: uuid.UUID) -> CheckView:
    authorize(session, actor, Role.GUARD)
    found = _views(session, actor.site_id, _view_query().where(TemperatureCheck.id == check_id))
    if not found:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such temperature check."))
    return found[0]


def latest_recheck(session: Session, actor: Actor, hold_id: uuid.UUID) -> CheckView | None:
    """The last second reading taken for a fever hold, if any."""
    authorize(session, actor, Role.GUARD)
    found = _views(session, actor.site_id, _view_query().where(
        TemperatureCheck.recheck_of_id == hold_id, TemperatureCheck.deleted.is_(False),
    ).order_by(TemperatureCheck.taken_at.desc()).limit(1))
    return found[0] if found else None


def gate_id_by_name(session: Session, site_id: uuid.UUID, name: str) -> uuid.UUID:
    gate = session.scalars(
        select(Gate.id).where(Gate.site_id == site_id, Gate.name == name.strip(),
                              Gate.deleted.is_(False))
    ).first()
    if gate is None:
        raise ValidationError("gate", QT_TRANSLATE_NOOP("Errors", "There is no gate of that name."))
    return gate


def _subject_kind(raw: str) -> SubjectKind:
    try:
        return SubjectKind(raw)
    except ValueError:
        raise ValidationError("person", QT_TRANSLATE_NOOP("Errors", "Choose who is checked.")) from None


def record_check(session: Session, actor: Actor, form: CheckForm) -> CheckView:
    authorize(session, actor, Role.GUARD)
    reading = parse_temperature(form.reading)
    method = parse_method(form.method)
    kind = _subject_kind(form.subject_kind)
    if kind is SubjectKind.RESIDENT and form.person_id is None:
        raise ValidationError("person", QT_TRANSLATE_NOOP("Errors", "Find the resident first."))
    # This is the gate's hot path: every read below is one indexed row, and the view is built
    # from what is at hand rather than read back.
    person_name = room = visitor_name = observation = None
    now = clock.now()
    if form.person_id is not None:
        found = session.execute(_PERSON_AT_GATE, {"person_id": form.person_id}).first()
        if found is None:
            raise ValidationError(
                "person", QT_TRANSLATE_NOOP("Errors", "This resident is not in the roster."))
        person_name, room, zone, start_on, end_on = found
        if start_on is not None:
            observation = observation_day_of(start_on, end_on, now.astimezone(ZoneInfo(zone)).date())
    if form.visit_id is not None:
        visitor_name, host_room = session.execute(
            select(Visit.name, Visit.host_room).where(Visit.id == form.visit_id)).first() or (None, None)
        room = room or host_room
    gate_id, gate_name = gate_of(session, form.gate_id)
    policy = load_policy(session, actor.site_id)
    check = TemperatureCheck(
        site_id=actor.site_id, gate_id=gate_id, subject_kind=kind.value,
        person_id=form.person_id, visit_id=form.visit_id,
        subject_label=form.subject_label.strip()[:64] or None, taken_at=form.taken_at or now,
        reading_dt=reading, method=method.value, threshold_dt=policy.fever_threshold_dt,
        is_fever=is_fever(reading, policy.fever_threshold_dt), paper_ref=form.paper_ref,
    )
    session.add(check)
    session.flush()
    view = _view(check, person_name, visitor_name, room, gate_name, policy.recheck_delay_s)
    return replace(view, observation=observation)


def gate_of(session: Session, gate_id: uuid.UUID | None) -> tuple[uuid.UUID | None, str | None]:
    """The gate chosen, or this computer's default gate, with its name."""
    if gate_id is None:
        found = session.execute(_DEFAULT_GATE).first()
    else:
        found = session.execute(_GATE, {"gate_id": gate_id}).first()
    return (found[0], found[1]) if found else (gate_id, None)


def _open_hold(session: Session, hold_id: uuid.UUID) -> TemperatureCheck:
    hold = session.get(TemperatureCheck, hold_id)
    if hold is None or not hold.is_fever or hold.recheck_of_id is not None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such fever hold."))
    if hold.outcome is not None:
        raise ValidationError("outcome", QT_TRANSLATE_NOOP("Errors", "This fever hold is already closed."))
    return hold


def record_recheck(session: Session, actor: Actor, hold_id: uuid.UUID, reading_text: str,
                   method: str | None = None) -> CheckView:
    """The second reading of a fever hold; a normal one clears the hold."""
    authorize(session, actor, Role.GUARD)
    hold = _open_hold(session, hold_id)
    reading = parse_temperature(reading_text)
    policy = load_policy(session, actor.site_id)
    now = clock.now()
    wait = recheck_wait(hold.taken_at + timedelta(seconds=policy.recheck_delay_s), now)
    if wait:
        raise ValidationError(
            "temperature", QT_TRANSLATE_NOOP("Errors", "Wait {wait} before the second reading."),
            wait=wait,
        )
    recheck = TemperatureCheck(
        site_id=actor.site_id, gate_id=hold.gate_id, subject_kind=hold.subject_kind,
        person_id=hold.person_id, visit_id=hold.visit_id, subject_label=hold.subject_label,
        taken_at=now, reading_dt=reading, method=parse_method(method or hold.method).value,
        threshold_dt=policy.fever_threshold_dt,
        is_fever=is_fever(reading, policy.fever_threshold_dt), recheck_of_id=hold.id,
    )
    session.add(recheck)
    if not recheck.is_fever:
        hold.outcome = FeverOutcome.CLEARED.value
    session.flush()
    audit(session, "check.recheck", "temperature_check", hold.id, fever=recheck.is_fever)
    return get_check(session, actor, recheck.id)


def close_fever_hold(session: Session, actor: Actor, hold_id: uuid.UUID, outcome: str) -> CheckView:
    """Record what was done about a fever that a recheck did not clear."""
    authorize(session, actor, Role.GUARD)
    hold = _open_hold(session, hold_id)
    try:
        chosen = FeverOutcome(outcome)
    except ValueError:
        chosen = None
    if chosen is None or chosen is FeverOutcome.CLEARED:
        raise ValidationError(
            "outcome",
            QT_TRANSLATE_NOOP("Errors", "Choose refused, fever clinic or reported; only a normal second reading clears."),
        )
    hold.outcome = chosen.value
    session.flush()
    audit(session, "check.outcome", "temperature_check", hold.id, outcome=chosen.value)
    return get_check(session, actor, hold.id)


def open_fever_holds(session: Session, actor: Actor, within_hours: int = 12) -> list[CheckView]:
    """Fevers still waiting for a second reading or an outcome, from the last shifts."""
    authorize(session, actor, Role.GUARD)
    since = clock.now() - timedelta(hours=within_hours)
    query = _view_query().where(
        is_open_hold(), TemperatureCheck.site_id == actor.site_id,
        TemperatureCheck.deleted.is_(False), TemperatureCheck.taken_at >= since,
    ).order_by(TemperatureCheck.taken_at)
    return _views(session, actor.site_id, query)


def list_checks(session: Session, actor: Actor, day: date, *, gate: str | None = None,
                kind: str | None = None, fever_only: bool = False,
                offset: int = 0, limit: int | None = None) -> list[CheckView]:
    """A local day's checks, newest first."""
    authorize(session, actor, Role.GUARD)
    start, end = day_bounds(site_zone(session, actor.site_id), day)
    query = _view_query().where(
        TemperatureCheck.site_id == actor.site_id,
        TemperatureCheck.taken_at >= start, TemperatureCheck.taken_at < end,
        TemperatureCheck.deleted.is_(False),
    )
    if gate:
        query = query.where(Gate.name == gate)
    if kind:
        query = query.where(TemperatureCheck.subject_kind == kind)
    if fever_only:
        query = query.where(TemperatureCheck.is_fever.is_(True))
    query = query.order_by(TemperatureCheck.taken_at.desc()).offset(offset).limit(limit)
    return _views(session, actor.site_id, query)


def recent_checks(session: Session, actor: Actor, limit: int = 20) -> list[CheckView]:
    authorize(session, actor, Role.GUARD)
    query = _view_query().where(TemperatureCheck.site_id == actor.site_id,
                                TemperatureCheck.deleted.is_(False))
    return _views(session, actor.site_id, query.order_by(TemperatureCheck.taken_at.desc()).limit(limit))
