"""Lookup as you type at the gate: pass number, name, pinyin initials, room, ID tail, plate.

Every branch is an indexed prefix or equality match, so a keystroke stays cheap on a roster of
tens of thousands and hundreds of thousands of visits.
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, Row, or_, select
from sqlalchemy.orm import Session

from app.db.sql_functions import starts_with
from app.domain.identity import is_resident_id, mask_id_number
from app.domain.plates import PROVINCES
from app.domain.rooms import try_parse_room
from app.models import Household, Person, Visit
from app.errors import QT_TRANSLATE_NOOP, ValidationError
from app.services.context import Actor, Role, authorize

MAX_QUERY = 40
TEMPORARY_PASS = re.compile(r"T\d{8}-[0-9A-F]{4}-\d{3,}")
MIN_VISITOR_QUERY = 2
VISIT_CANDIDATES = 24


@dataclass(frozen=True)
class LookupHit:
    kind: str  # "resident" or "visitor"
    id: uuid.UUID
    name: str
    room: str
    pass_no: str
    masked_id: str
    tags: tuple[str, ...]
    plate: str = ""
    last_seen: datetime | None = None
    inside: bool = False



def _normalise(raw: str) -> str:
    return unicodedata.normalize("NFKC", raw).strip()[:MAX_QUERY]


def _is_id_tail(upper: str) -> bool:
    return len(upper) == 4 and (upper.isdigit() or (upper[:3].isdigit() and upper[3] == "X"))


def _whole_id(column_last4, column_number, upper: str) -> ColumnElement[bool]:
    """A whole resident ID, found through the indexed last four digits."""
    return (column_last4 == upper[-4:]) & (column_number == upper)


def _residents(session: Session, actor: Actor, condition: ColumnElement[bool], limit: int,
               in_a_room: bool = False) -> list[LookupHit]:
    # Plain columns rather than ORM objects: a keystroke builds a few dozen rows at most.
    query = (
        select(Person.id, Person.name, Household.room_key, Person.pass_no, Person.id_number,
               Person.tags)
        .select_from(Person)
        .join(Household, Person.household_id == Household.id, isouter=not in_a_room)
        .where(condition, Person.site_id == actor.site_id, Person.deleted.is_(False))
        .limit(limit)
    )
    return [LookupHit("resident", person_id, name, room_key or "", pass_no or "",
                      mask_id_number(id_number or ""), tuple(tags))
            for person_id, name, room_key, pass_no, id_number, tags in session.execute(query)]


def lookup(session: Session, actor: Actor, raw: str, limit: int = 8) -> list[LookupHit]:
    authorize(session, actor, Role.GUARD)
    text = _normalise(raw)
    if not text:
        return []
    upper, lower = text.upper(), text.lower()
    people: list[ColumnElement[bool]] = []
    visits: list[ColumnElement[bool]] = []
    if TEMPORARY_PASS.fullmatch(upper):
        visits.append(Visit.pass_no == upper)  # a visitor's printed pass, scanned
    if is_resident_id(upper):  # an ID card scanned or typed whole
        people.append(_whole_id(Person.id_last4, Person.id_number, upper))
        visits.append(_whole_id(Visit.id_last4, Visit.id_number, upper))
    if upper.isalnum() and upper.isascii():
        # The exact pass number first, so a page of longer numbers cannot crowd it out.
        people += [Person.pass_no == upper, starts_with(Person.pass_no, upper)]
    if lower.isascii() and lower.isalpha():
        people += [starts_with(Person.name_initials, lower), starts_with(Person.name_pinyin, lower)]
        visits.append(starts_with(Visit.name_initials, lower))
    if _is_id_tail(upper):
        people.append(Person.id_last4 == upper)
        visits.append(Visit.id_last4 == upper)
    if not text.isascii():
        people.append(starts_with(Person.name, text))
        visits.append(starts_with(Visit.name, text))
    if upper[0] in PROVINCES:
        visits.append(starts_with(Visit.plate, upper.replace(" ", "").replace("·", "")))
    room = try_parse_room(text)
    if room is not None:
        people.append((Household.site_id == actor.site_id) & (Household.room_key == room.key))
    hits: dict[uuid.UUID, LookupHit] = {}
    for condition in people:
        for hit in _residents(session, actor, condition, limit, in_a_room=room is not None):
            hits.setdefault(hit.id, hit)
    # Visits come in index order (an SQL sort would read every match); the latest visit of
    # each visitor among them stands for that visitor.
    visit_columns = (Visit.id, Visit.name, Visit.host_room, Visit.pass_no, Visit.id_number,
                     Visit.id_last4, Visit.plate, Visit.time_in, Visit.admitted, Visit.time_out)
    latest: dict[tuple[str, str], Row] = {}
    for condition in visits if len(text) >= MIN_VISITOR_QUERY else []:
        query = select(*visit_columns).where(
            condition, Visit.site_id == actor.site_id, Visit.deleted.is_(False)
        ).limit(VISIT_CANDIDATES)
        for visit in session.execute(query):
            key = (visit.name, visit.id_last4)
            if key not in latest or latest[key].time_in < visit.time_in:
                latest[key] = visit
    for visit in sorted(latest.values(), key=lambda v: v.time_in, reverse=True):
        hits.setdefault(visit.id, LookupHit(
            "visitor", visit.id, visit.name, visit.host_room, visit.pass_no or "",
            mask_id_number(visit.id_number), (), visit.plate or "", visit.time_in,
            visit.admitted and visit.time_out is None,
        ))
    exact = [h for h in hits.values() if h.pass_no == upper]
    rest = [h for h in hits.values() if h.pass_no != upper]
    return (exact + rest)[:limit]


def residents_named_exactly(session: Session, actor: Actor, raw: str, limit: int = 8) -> list[LookupHit]:
    """Residents whose pass number, whole ID, ID tail or whole name is exactly this text.

    At the gate such a text is a resident's, whatever kind of person the guard had picked: a
    scanned pass must never be saved as a courier called "00005".
    """
    authorize(session, actor, Role.GUARD)
    text = _normalise(raw)
    if not text:
        return []
    upper = text.upper()
    conditions = [Person.pass_no == upper, Person.name == text]
    if _is_id_tail(upper):
        conditions.append(Person.id_last4 == upper)
    if is_resident_id(upper):
        conditions.append(_whole_id(Person.id_last4, Person.id_number, upper))
    return _residents(session, actor, or_(*conditions), limit)


def find_resident(session: Session, actor: Actor, query: str) -> uuid.UUID:
    """The one resident a query names (an exact pass number wins), as a scanner needs."""
    return resident_hit(session, actor, query).id


def resident_hit(session: Session, actor: Actor, query: str) -> LookupHit:
    """``find_resident``'s resident as the lookup shows it (name, room)."""
    hits = [h for h in lookup(session, actor, query, limit=20) if h.kind == "resident"]
    exact = [h for h in hits if h.pass_no and h.pass_no == query.strip().upper()]
    if len(exact) == 1:
        return exact[0]
    if len(hits) == 1:
        return hits[0]
    if not hits:
        raise ValidationError("person", QT_TRANSLATE_NOOP("Errors", "No resident matches."))
    raise ValidationError(
        "person", QT_TRANSLATE_NOOP("Errors", "Residents matching: {n}; be more specific."),
        n=len(hits),
    )
