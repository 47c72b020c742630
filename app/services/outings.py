"""The optional household outing rule: one member of a household out every N days.

Off unless the ``household_outing_days`` policy is set (by the street office or an admin).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import clock
from app.errors import QT_TRANSLATE_NOOP, ValidationError
from app.models import HouseholdOuting, Person
from app.services.context import Actor, Role, audit, authorize
from app.services.policy import load_policy
from app.services.returnees import observation_of
from app.services.site_time import site_zone


@dataclass(frozen=True)
class OutingStatus:
    allowed: bool
    every_days: int
    last_on: date | None
    last_by: str
    next_on: date


def _household(session: Session, person_id: uuid.UUID) -> uuid.UUID | None:
    return session.scalar(select(Person.household_id).where(Person.id == person_id))


def outing_status(session: Session, actor: Actor, person_id: uuid.UUID) -> OutingStatus | None:
    """Whether this person's household may send someone out today; None when the rule is off."""
    authorize(session, actor, Role.GUARD)
    every = load_policy(session, actor.site_id).household_outing_days
    household = _household(session, person_id)
    if every <= 0 or household is None:
        return None
    zone = site_zone(session, actor.site_id)
    today = clock.now().astimezone(zone).date()
    if observation_of(session, person_id, today) is not None:
        return None  # under observation: the gate's banner says why they may not go out
    last = session.execute(
        select(HouseholdOuting.at, Person.name)
        .join(Person, HouseholdOuting.person_id == Person.id)
        .where(HouseholdOuting.household_id == household, HouseholdOuting.deleted.is_(False))
        .order_by(HouseholdOuting.at.desc()).limit(1)
    ).first()
    if last is None:
        return OutingStatus(True, every, None, "", today)
    last_on = last.at.astimezone(zone).date()
    next_on = last_on + timedelta(days=every)
    return OutingStatus(today >= next_on, every, last_on, last.name, max(next_on, today))


def record_outing(session: Session, actor: Actor, person_id: uuid.UUID,
                  gate_id: uuid.UUID | None) -> OutingStatus:
    """Let a household member out under the rule, or refuse with the day of the next turn."""
    status = outing_status(session, actor, person_id)
    if status is None:
        raise ValidationError("person", QT_TRANSLATE_NOOP(
            "Errors", "No outing to record: the rule is off, the resident has no household, or is under observation."))
    if not status.allowed:
        raise ValidationError("person", QT_TRANSLATE_NOOP(
            "Errors", "This household's turn was used on {last} by {name}; the next turn is {next}."),
            last=status.last_on.isoformat(), name=status.last_by, next=status.next_on.isoformat())
    outing = HouseholdOuting(household_id=_household(session, person_id), person_id=person_id,
                             gate_id=gate_id, at=clock.now())
    session.add(outing)
    session.flush()
    audit(session, "household.outing", "household_outing", outing.id)
    return outing_status(session, actor, person_id)
