"""Temporary passes: for an admitted visitor still inside, or a resident without a card."""

from __future__ import annotations

import uuid
from datetime import datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import clock
from app.db.replica import copy_code
from app.db.sql_functions import starts_with
from app.domain.identity import mask_id_number
from app.errors import QT_TRANSLATE_NOOP, NotFound, Translate, ValidationError
from app.models import Household, Person, Visit
from app.printing.passes import PassCard, passes_pdf
from app.services.setup import site_name
from app.services.context import Actor, Role, audit, authorize
from app.services.lookup import find_resident
from app.services.policy import load_policy
from app.services.site_time import site_zone
from app.services.visitors import PURPOSE_LABELS, Purpose, _next_pass_no

RESIDENT_PASS_PREFIX = "L"


def visit_pass_pdf(session: Session, actor: Actor, visit_id: uuid.UUID, language: str,
                   translate: Translate) -> bytes:
    """The visit's temporary pass; one is issued now if the visitor, inside, has none yet."""
    authorize(session, actor, Role.GUARD)
    visit = session.get(Visit, visit_id)
    if visit is None or visit.deleted or visit.site_id != actor.site_id:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such visit."))
    if not visit.admitted:
        raise ValidationError("visit", QT_TRANSLATE_NOOP(
            "Errors", "This visitor was refused entry; no pass can be printed."))
    if visit.time_out is not None:
        raise ValidationError("visit", QT_TRANSLATE_NOOP(
            "Errors", "This visitor has signed out; no pass can be printed."))
    zone = site_zone(session, actor.site_id)
    now = clock.now()
    if not visit.pass_no:
        visit.pass_no = _next_pass_no(session, now.astimezone(zone).date())
        visit.pass_valid_until = now + timedelta(
            hours=load_policy(session, actor.site_id).visitor_pass_hours)
        session.flush()
        audit(session, "visit.pass", "visit", visit.id)
    room = session.scalar(select(Household.room_key).where(Household.id == visit.host_household_id)) \
        if visit.host_household_id else None
    try:
        purpose = translate("Purpose", PURPOSE_LABELS[Purpose(visit.purpose)], -1)
    except ValueError:  # a purpose from a newer version: print it as stored
        purpose = visit.purpose
    card = PassCard(
        pass_no=visit.pass_no, holder=visit.name, masked_id=mask_id_number(visit.id_number),
        room=room or visit.host_room, is_visitor=True, purpose=purpose,
        valid_until=visit.pass_valid_until.astimezone(zone), issued_by=actor.display_name,
        issued_at=now.astimezone(zone), site=site_name(session, actor.site_id),
    )
    return passes_pdf([card], language, translate)


def _next_resident_pass_no(session: Session) -> str:
    """``L3F2A0007``: this computer's copy and a count, so gates never issue the same number.

    Letters and digits only, like the roster's card numbers, so the gate's lookup finds it when
    a scanner types it; no date in it, as the pass lasts weeks and guards type it by hand.
    """
    prefix = f"{RESIDENT_PASS_PREFIX}{copy_code(session)}"
    issued = session.scalar(
        select(func.count()).select_from(Person).where(starts_with(Person.pass_no, prefix))
    ) or 0
    while True:  # a roster might already hold a number of this shape
        issued += 1
        candidate = f"{prefix}{issued:04d}"
        if session.scalar(select(Person.id).where(Person.pass_no == candidate)) is None:
            return candidate


def person_pass_pdf(session: Session, actor: Actor, query: str | uuid.UUID, language: str,
                    translate: Translate) -> bytes:
    """A temporary pass for the one resident ``query`` finds (as the gate's lookup does), or
    for the resident with that id (the roster page's selection).

    A resident with no pass number gets one; the pass is valid for the policy's
    ``temporary_pass_days``, and printing it again renews it with the same number. A resident
    who holds a card from the roster gets a replacement with the card's number, and the card
    stays permanent.
    """
    authorize(session, actor, Role.GUARD)
    person_id = query if isinstance(query, uuid.UUID) else find_resident(session, actor, query)
    person = session.get(Person, person_id)
    if person is None or person.deleted or person.site_id != actor.site_id:
        raise ValidationError("person", QT_TRANSLATE_NOOP("Errors", "This resident is not in the roster."))
    zone = site_zone(session, actor.site_id)
    now = clock.now()
    today = now.astimezone(zone).date()
    until = today + timedelta(days=load_policy(session, actor.site_id).temporary_pass_days)
    allocated = not person.pass_no
    if allocated:
        person.pass_no = _next_resident_pass_no(session)
    if allocated or person.pass_valid_until is not None:
        person.pass_valid_until = until
    session.flush()
    audit(session, "person.pass", "person", person.id, allocated=allocated, until=until.isoformat())
    room = session.scalar(select(Household.room_key).where(Household.id == person.household_id)) \
        if person.household_id else None
    card = PassCard(
        pass_no=person.pass_no, holder=person.name, masked_id=mask_id_number(person.id_number or ""),
        room=room or "", is_visitor=False, purpose="",
        valid_until=datetime.combine(until, time(23, 59), zone), issued_by=actor.display_name,
        issued_at=now.astimezone(zone), site=site_name(session, actor.site_id),
    )
    return passes_pdf([card], language, translate)
