"""Erasure on request (PIPL art. 47): a resident, or a visitor, and every record about them.

Each record becomes a tombstone with its personal fields blanked: the tombstone travels to the
street office like any deletion and wins over every other version there (``app.sync.merge``),
which then deletes what other computers of the compound sent about the person
(``app.services.retention.cascade_erasures``). What remains is the audit entry: who erased whom
(by record id), when, why, and how many records; no name or number.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, or_, select, update
from sqlalchemy.orm import Session

from app import clock
from app.db.stamping import current_revision
from app.domain._text import one_line
from app.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from app.models import (
    ExitAttempt, FollowUp, HouseholdOuting, ObservationAlert, Person, Returnee, SyncConflict, TemperatureCheck,
    Visit,
)
from app.services.context import Actor, Role, audit, authorize
from app.services.lookup import find_resident

REASON_LIMIT = 200
BLANK: dict[str, dict[str, Any]] = {
    "people": {"name": "", "name_initials": "", "name_pinyin": "", "household_id": None, "phone": None,
               "id_type": None, "id_number": None, "id_last4": None, "pass_no": None, "pass_valid_until": None,
               "tags": [], "language": None},
    "visits": {"name": "", "name_initials": "", "id_type": "", "id_number": "", "id_last4": "", "phone": "",
               "host_household_id": None, "host_room": "", "plate": None, "companions": 0, "origin": "",
               "reading_dt": 0, "refusal_reason": None, "pass_no": None, "pass_valid_until": None,
               "paper_ref": None, "time_out": None},
    "temperature_checks": {"person_id": None, "subject_label": None, "reading_dt": 0, "is_fever": False,
                           "outcome": None, "paper_ref": None, "method": ""},
    "returnees": {"origin_code": "", "origin_label": "", "transport": "", "transport_no": "", "worker": "",
                  "doctor": "", "police": "", "support_needed": "", "last_seen_slot": None},
    "follow_ups": {"reading_dt": None, "symptoms": [], "status": ""},
    "observation_alerts": {"detail": {}, "action": None},
    "exit_attempts": {},
    "household_outings": {},
}
"""What a tombstone keeps of each record: its id and links, never who or how they were."""


@dataclass(frozen=True)
class ErasureView:
    subject: str
    """``person`` or ``visitor``."""
    id: uuid.UUID
    counts: dict[str, int]


def _reason(raw: str) -> str:
    reason = one_line(raw, REASON_LIMIT)
    if not reason:
        raise ValidationError("reason", QT_TRANSLATE_NOOP(
            "Errors", "Say why the records are erased (for example: the person's request of 2 March)."))
    return reason


def tombstone(session: Session, model: Any, ids: Iterable[uuid.UUID], actor_id: uuid.UUID | None) -> int:
    """Mark the rows deleted with their personal fields blanked, as one new version each."""
    ids = list(ids)
    if not ids:
        return 0
    rev = current_revision(session)
    t = model.__table__
    values = {"deleted": True, "base_replica_id": t.c.rev_replica_id, "base_counter": t.c.rev_counter,
              "rev_replica_id": rev.replica_id, "rev_counter": rev.counter, "updated_at": clock.now(),
              "updated_by": actor_id, **BLANK[t.name]}
    done = 0
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        done += session.execute(update(t).where(t.c.id.in_(chunk)).values(values)).rowcount or 0
        # A conflict noted earlier keeps both versions' values: those go as well.
        session.execute(delete(SyncConflict).where(SyncConflict.row_id.in_(chunk)))
    return done


def _ids(session: Session, query: Any) -> list[uuid.UUID]:
    return list(session.scalars(query))


def _checks_and_rechecks(session: Session, condition: Any) -> list[uuid.UUID]:
    checks = _ids(session, select(TemperatureCheck.id).where(condition))
    rechecks = _ids(session, select(TemperatureCheck.id).where(TemperatureCheck.recheck_of_id.in_(checks)))
    return list(dict.fromkeys(checks + rechecks))


def erase_person(session: Session, actor: Actor, query: str | uuid.UUID, reason: str) -> ErasureView:
    """A resident (found as the gate finds one: pass number, name, room…) and all their records."""
    authorize(session, actor, Role.HEAD)
    why = _reason(reason)
    person_id = query if isinstance(query, uuid.UUID) else find_resident(session, actor, query)
    person = session.get(Person, person_id)
    if person is None or person.deleted or person.site_id != actor.site_id:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such resident."))
    session.flush()
    checks = _checks_and_rechecks(
        session, (TemperatureCheck.person_id == person_id) & TemperatureCheck.deleted.is_(False))
    returnees = _ids(session, select(Returnee.id).where(Returnee.person_id == person_id))
    children = {model: _ids(session, select(model.id).where(model.returnee_id.in_(returnees)))
                for model in (FollowUp, ObservationAlert, ExitAttempt)}
    outings = _ids(session, select(HouseholdOuting.id).where(HouseholdOuting.person_id == person_id))
    counts = {
        "checks": tombstone(session, TemperatureCheck, checks, actor.user_id),
        "follow_ups": tombstone(session, FollowUp, children[FollowUp], actor.user_id),
        "observation_alerts": tombstone(session, ObservationAlert, children[ObservationAlert], actor.user_id),
        "exit_attempts": tombstone(session, ExitAttempt, children[ExitAttempt], actor.user_id),
        "returnees": tombstone(session, Returnee, returnees, actor.user_id),
        "household_outings": tombstone(session, HouseholdOuting, outings, actor.user_id),
    }
    tombstone(session, Person, [person_id], actor.user_id)
    session.expire_all()  # the objects loaded before show the tombstones from now on
    audit(session, "person.erase", "person", person_id, reason=why, **counts)
    return ErasureView("person", person_id, counts)


def erase_visitor(session: Session, actor: Actor, visit_id: uuid.UUID, reason: str) -> ErasureView:
    """A visitor: every visit under the same ID document (or just this one, without a number),
    and the checks taken at those visits."""
    authorize(session, actor, Role.HEAD)
    why = _reason(reason)
    visit = session.get(Visit, visit_id)
    if visit is None or visit.deleted or visit.site_id != actor.site_id:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such visit."))
    same = Visit.id == visit_id
    if visit.id_number:
        same = or_(same, (Visit.id_type == visit.id_type) & (Visit.id_number == visit.id_number))
    visits = _ids(session, select(Visit.id).where(Visit.site_id == actor.site_id, Visit.deleted.is_(False), same))
    checks = _checks_and_rechecks(session, TemperatureCheck.visit_id.in_(visits))
    counts = {"visits": len(visits), "checks": tombstone(session, TemperatureCheck, checks, actor.user_id)}
    tombstone(session, Visit, visits, actor.user_id)
    session.expire_all()
    audit(session, "visitor.erase", "visit", visit_id, reason=why, **counts)
    return ErasureView("visitor", visit_id, counts)
