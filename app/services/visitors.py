"""Visitor registration at the gate, signing visitors out, and who is still inside."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from enum import StrEnum

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from app import clock
from app.db.replica import copy_code
from app.db.sql_functions import starts_with
from app.domain._text import compact, one_line
from app.domain.identity import (
    IdType, is_resident_id, mask_id_number, parse_id_document, parse_id_type,
)
from app.domain.names import name_keys, normalise_name
from app.domain.phone import mask_phone, parse_phone
from app.domain.plates import parse_plate
from app.domain.regions import parse_region
from app.domain.rooms import parse_room
from app.domain.temperature import (
    FeverOutcome, format_temperature, is_fever, parse_method, parse_temperature,
)
from app.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from app.models import Household, TemperatureCheck, Visit
from app.services.checks import SubjectKind, gate_of
from app.services.context import Actor, Role, audit, authorize
from app.services.policy import load_policy
from app.services.watchlist import watch_hits
from app.services.site_time import day_bounds, local_today, site_zone

MAX_COMPANIONS = 20


class Purpose(StrEnum):
    VISIT = "visit"
    DELIVERY = "delivery"
    REPAIR = "repair"
    OFFICIAL = "official"
    MEDICAL = "medical"


PURPOSE_LABELS = {
    Purpose.VISIT: QT_TRANSLATE_NOOP("Purpose", "Visiting a household"),
    Purpose.DELIVERY: QT_TRANSLATE_NOOP("Purpose", "Delivery"),
    Purpose.REPAIR: QT_TRANSLATE_NOOP("Purpose", "Repair or maintenance"),
    Purpose.OFFICIAL: QT_TRANSLATE_NOOP("Purpose", "Official business"),
    Purpose.MEDICAL: QT_TRANSLATE_NOOP("Purpose", "Medical care"),
}


@dataclass(frozen=True)
class VisitorForm:
    name: str
    id_type: str
    id_number: str
    phone: str
    host: str
    purpose: str
    temperature: str
    plate: str = ""
    companions: str = "0"
    origin: str = ""
    method: str = "forehead"
    admitted: bool = True
    refusal_reason: str = ""
    issue_pass: bool = False
    gate_id: uuid.UUID | None = None
    copy_identity_from: uuid.UUID | None = None
    """A previous visit whose ID document and phone stand in for blank fields, so a returning
    visitor's numbers never have to be shown to fill the form again."""
    taken_at: datetime | None = None
    """Set only for an entry typed in from the paper register: when it was written there."""
    paper_ref: str | None = None


@dataclass(frozen=True)
class VisitView:
    id: uuid.UUID
    name: str
    id_type: str
    masked_id: str
    masked_phone: str
    host: str
    host_known: bool
    purpose: str
    plate: str
    companions: int
    origin: str
    reading: str
    is_fever: bool
    admitted: bool
    refusal_reason: str
    time_in: datetime
    time_out: datetime | None
    pass_no: str
    pass_valid_until: datetime | None
    inside: bool
    watch: tuple[str, ...] = ()
    """Watch-list entries the visitor matched at registration (ID region, plate, origin)."""


def _view(visit: Visit, room_key: str | None) -> VisitView:
    return VisitView(
        id=visit.id, name=visit.name, id_type=visit.id_type,
        masked_id=mask_id_number(visit.id_number), masked_phone=mask_phone(visit.phone),
        host=room_key or visit.host_room, host_known=room_key is not None, purpose=visit.purpose,
        plate=visit.plate or "", companions=visit.companions, origin=visit.origin,
        reading=format_temperature(visit.reading_dt),
        is_fever=is_fever(visit.reading_dt, visit.threshold_dt), admitted=visit.admitted,
        refusal_reason=visit.refusal_reason or "", time_in=visit.time_in, time_out=visit.time_out,
        pass_no=visit.pass_no or "", pass_valid_until=visit.pass_valid_until,
        inside=visit.admitted and visit.time_out is None,
    )


def _query() -> Select:
    return select(Visit, Household.room_key).outerjoin(
        Household, Visit.host_household_id == Household.id
    )


def _views(session: Session, query: Select) -> list[VisitView]:
    return [_view(visit, room) for visit, room in session.execute(query)]


def _companions(raw: str) -> int:
    text = (raw or "0").strip()
    if not text.isdigit() or int(text) > MAX_COMPANIONS:
        raise ValidationError(
            "companions",
            QT_TRANSLATE_NOOP("Errors", "Enter a number from 0 to {n}."), n=MAX_COMPANIONS,
        )
    return int(text)


def _purpose(raw: str) -> Purpose:
    try:
        return Purpose(raw)
    except ValueError:
        raise ValidationError(
            "purpose", QT_TRANSLATE_NOOP("Errors", "Choose one of: {choices}."),
            choices=", ".join(p.value for p in Purpose),
        ) from None


def register_visitor(session: Session, actor: Actor, form: VisitorForm) -> VisitView:
    """Validate the whole form (the first bad field is reported), then record visit and check."""
    authorize(session, actor, Role.GUARD)
    zone = site_zone(session, actor.site_id)
    name = normalise_name(form.name)
    id_type, id_number, phone_text = form.id_type, form.id_number, form.phone
    previous = session.get(Visit, form.copy_identity_from) if form.copy_identity_from else None
    if previous is not None:
        if not id_number.strip():
            id_type, id_number = previous.id_type, previous.id_number
        phone_text = phone_text.strip() or previous.phone
    document = parse_id_document(parse_id_type(id_type), id_number, local_today(zone))
    phone = parse_phone(phone_text, required=True)
    try:
        host = parse_room(form.host)
    except ValidationError as error:  # the form calls this field "host"
        raise ValidationError("host", error.message.text, **error.message.params) from None
    purpose = _purpose(form.purpose)
    plate = parse_plate(form.plate, required=False)
    companions = _companions(form.companions)
    origin = one_line(form.origin, 200)
    reading = parse_temperature(form.temperature)
    method = parse_method(form.method)
    policy = load_policy(session, actor.site_id)
    fever = is_fever(reading, policy.fever_threshold_dt)
    reason = one_line(form.refusal_reason, 200)
    if form.admitted and fever:
        raise ValidationError(
            "decision",
            QT_TRANSLATE_NOOP("Errors", "A visitor with a fever cannot be admitted; refuse and record why."),
        )
    if not form.admitted and not reason:
        raise ValidationError(
            "refusal_reason", QT_TRANSLATE_NOOP("Errors", "Say why the visitor is refused.")
        )
    household_id = session.scalars(
        select(Household.id).where(Household.site_id == actor.site_id,
                                   Household.room_key == host.key, Household.deleted.is_(False))
    ).first()
    now = form.taken_at or clock.now()
    gate_id, _gate_name = gate_of(session, form.gate_id)
    visit = Visit(
        site_id=actor.site_id, gate_id=gate_id, name=name, name_initials=name_keys(name)[0],
        id_type=document.type.value, id_number=document.number, id_last4=document.last4,
        phone=phone, host_household_id=household_id, host_room=host.key, purpose=purpose.value,
        plate=plate, companions=companions, origin=origin, reading_dt=reading,
        threshold_dt=policy.fever_threshold_dt,
        admitted=form.admitted, refusal_reason=None if form.admitted else reason, time_in=now,
        paper_ref=form.paper_ref,
    )
    if form.issue_pass and form.admitted:
        visit.pass_no = _next_pass_no(session, now.astimezone(zone).date())
        visit.pass_valid_until = now + timedelta(hours=policy.visitor_pass_hours)
    session.add(visit)
    session.flush()
    session.add(TemperatureCheck(
        site_id=actor.site_id, gate_id=gate_id, subject_kind=SubjectKind.VISITOR.value,
        visit_id=visit.id, taken_at=now, reading_dt=reading, method=method.value,
        threshold_dt=policy.fever_threshold_dt, is_fever=fever, paper_ref=form.paper_ref,
        # A refused visitor with a fever has left: no hold waits for a second reading.
        outcome=FeverOutcome.REFUSED.value if fever else None,
    ))
    session.flush()
    audit(session, "visit.register", "visit", visit.id, admitted=form.admitted, purpose=purpose.value)
    from_id = document.number if document.type is IdType.RESIDENT_ID else ""
    watch = _watch_labels(session, actor.site_id, now.astimezone(zone).date(), from_id, plate, origin)
    return replace(get_visit(session, actor, visit.id), watch=watch)


def visitor_watch_matches(session: Session, actor: Actor, form: VisitorForm) -> tuple[str, ...]:
    """The watch-list entries a form being filled in already matches, for the guard to see
    before admitting; a field that cannot be read yet is passed over."""
    authorize(session, actor, Role.GUARD)
    id_number = compact(form.id_number)
    if not id_number and form.copy_identity_from is not None:
        id_number = session.scalar(select(Visit.id_number).where(
            Visit.id == form.copy_identity_from)) or ""
    try:
        plate = parse_plate(form.plate, required=False) or ""
    except ValidationError:
        plate = ""
    today = local_today(site_zone(session, actor.site_id))
    return _watch_labels(session, actor.site_id, today,
                         id_number if is_resident_id(id_number) else "", plate, form.origin)


def _watch_labels(session: Session, site_id: uuid.UUID, day: date, id_number: str,
                  plate: str | None, origin: str) -> tuple[str, ...]:
    hits = watch_hits(session, site_id, day, id_number=id_number, plate=plate or "",
                      origin_codes=_origin_codes(origin))
    return tuple(dict.fromkeys(w.label or w.prefix for w in hits))


def _origin_codes(origin: str) -> tuple[str, ...]:
    """Division codes of the places a visitor declared, where they can be told."""
    codes = []
    for part in re.split(r"[,，、;；\s]+", origin):
        try:
            codes.append(parse_region(part).code)
        except ValidationError:
            continue
    return tuple(codes)


def _next_pass_no(session: Session, day: date) -> str:
    """``T20260302-3F2A-007``: the day, this computer's copy, a count; unique across gates."""
    prefix = f"T{day:%Y%m%d}-{copy_code(session)}-"
    issued = session.scalar(
        select(func.count()).select_from(Visit).where(starts_with(Visit.pass_no, prefix))
    ) or 0
    return f"{prefix}{issued + 1:03d}"



def previous_visit_form(session: Session, actor: Actor, visit_id: uuid.UUID) -> VisitorForm:
    """A form pre-filled from an earlier visit, without its ID number or phone."""
    authorize(session, actor, Role.GUARD)
    visit = session.get(Visit, visit_id)
    if visit is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such visit."))
    return VisitorForm(
        name=visit.name, id_type=visit.id_type, id_number="", phone="", host=visit.host_room,
        purpose=visit.purpose, temperature="", plate=visit.plate or "",
        companions=str(visit.companions), origin=visit.origin, copy_identity_from=visit.id,
    )


def get_visit(session: Session, actor: Actor, visit_id: uuid.UUID) -> VisitView:
    authorize(session, actor, Role.GUARD)
    found = _views(session, _query().where(Visit.id == visit_id))
    if not found:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such visit."))
    return found[0]


def sign_out_visitor(session: Session, actor: Actor, visit_id: uuid.UUID) -> VisitView:
    authorize(session, actor, Role.GUARD)
    visit = session.get(Visit, visit_id)
    if visit is None or visit.deleted:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such visit."))
    if not visit.admitted or visit.time_out is not None:
        raise ValidationError("visit", QT_TRANSLATE_NOOP("Errors", "This visitor is not inside."))
    visit.time_out = clock.now()
    session.flush()
    audit(session, "visit.out", "visit", visit.id)
    return get_visit(session, actor, visit.id)


def visitors_inside(session: Session, actor: Actor) -> list[VisitView]:
    authorize(session, actor, Role.GUARD)
    query = _query().where(
        Visit.site_id == actor.site_id, Visit.admitted.is_(True), Visit.time_out.is_(None),
        Visit.deleted.is_(False),
    ).order_by(Visit.time_in)
    return _views(session, query)


def count_visitors_inside(session: Session, actor: Actor) -> int:
    authorize(session, actor, Role.GUARD)
    return session.scalar(
        select(func.count()).select_from(Visit).where(
            Visit.site_id == actor.site_id, Visit.admitted.is_(True), Visit.time_out.is_(None),
            Visit.deleted.is_(False),
        )
    ) or 0


def list_visits(session: Session, actor: Actor, day: date, *, inside_only: bool = False,
                offset: int = 0, limit: int | None = None) -> list[VisitView]:
    authorize(session, actor, Role.GUARD)
    start, end = day_bounds(site_zone(session, actor.site_id), day)
    query = _query().where(
        Visit.site_id == actor.site_id, Visit.time_in >= start, Visit.time_in < end,
        Visit.deleted.is_(False),
    )
    if inside_only:
        query = query.where(Visit.admitted.is_(True), Visit.time_out.is_(None))
    query = query.order_by(Visit.time_in.desc()).offset(offset).limit(limit)
    return _views(session, query)
