"""A person's own copy of their records (PIPL art. 45), printed by a committee head, audited.

Printed in the person's language (the roster's, else Simplified Chinese), whatever the
language of the program; ID number and phone appear in full on this document only.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import clock
from app.domain.identity import ID_TYPE_LABELS, IdType
from app.domain.observation import KIND_LABELS, OUTCOME_LABELS, STATUS_LABELS, SYMPTOM_LABELS
from app.domain.observation import FollowUpStatus, ObservationKind, ObservationOutcome, Symptom
from app.domain.tags import TAG_LABELS, Tag
from app.domain.temperature import OUTCOME_LABELS as FEVER_OUTCOMES, FeverOutcome, format_temperature
from app.errors import QT_TRANSLATE_NOOP, NotFound
from app.models import (
    AuditEntry, ExitAttempt, FollowUp, Gate, Household, HouseholdOuting, Person, Returnee, Site, TemperatureCheck,
    User,
)
from app.services.context import Actor, Role, audit, authorize
from app.services.lookup import find_resident
from app.services.policy import load_policy
from app.services.site_time import site_zone
from app.translations import LANGUAGES, load_translations

_P = "Printing"
ACTIONS = {
    "person.add": QT_TRANSLATE_NOOP("AuditAction", "Added to the roster"),
    "person.update": QT_TRANSLATE_NOOP("AuditAction", "Roster entry changed"),
    "person.pass": QT_TRANSLATE_NOOP("AuditAction", "Temporary pass printed"),
    "person.report": QT_TRANSLATE_NOOP("AuditAction", "A copy of these records printed"),
    "returnee.add": QT_TRANSLATE_NOOP("AuditAction", "Observation started"),
    "returnee.extend": QT_TRANSLATE_NOOP("AuditAction", "Observation extended"),
    "returnee.end": QT_TRANSLATE_NOOP("AuditAction", "Observation ended"),
    "follow_up.record": QT_TRANSLATE_NOOP("AuditAction", "Follow-up recorded"),
    "alert.close": QT_TRANSLATE_NOOP("AuditAction", "Alert dealt with"),
    "check.recheck": QT_TRANSLATE_NOOP("AuditAction", "Second reading taken"),
    "check.outcome": QT_TRANSLATE_NOOP("AuditAction", "Outcome of a fever recorded"),
    "check.paper": QT_TRANSLATE_NOOP("AuditAction", "Check typed in from the paper register"),
    "household.outing": QT_TRANSLATE_NOOP("AuditAction", "Went out for the household"),
}
TIME = "%Y-%m-%d %H:%M"


def person_report_pdf(session: Session, actor: Actor, query: str | uuid.UUID) -> tuple[bytes, str]:
    """The PDF and its language, for the resident ``query`` finds (pass number, name, room…)."""
    authorize(session, actor, Role.HEAD)
    person_id = query if isinstance(query, uuid.UUID) else find_resident(session, actor, query)
    person = session.get(Person, person_id)
    if person is None or person.deleted or person.site_id != actor.site_id:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such resident."))
    language = person.language if person.language in LANGUAGES else "zh_CN"
    translate = load_translations(language)
    zone = site_zone(session, actor.site_id)

    def said(context: str, text: str) -> str:
        return translate(context, text, -1)

    def local(at: datetime) -> str:
        return at.astimezone(zone).strftime(TIME)

    from app.printing.person_report import Observation, PersonReport
    from app.printing.person_report import person_report_pdf as layout

    site = session.get_one(Site, actor.site_id)
    room = session.scalar(select(Household.room_key).where(Household.id == person.household_id)) or ""
    id_label = said("IdType", ID_TYPE_LABELS[IdType(person.id_type)]) if person.id_type in set(IdType) else \
        (person.id_type or "")
    tags = ", ".join(said("Tag", TAG_LABELS[Tag(t)]) if t in set(Tag) else t for t in person.tags or [])
    roster = [
        (QT_TRANSLATE_NOOP("Printing", "Name"), person.name),
        (QT_TRANSLATE_NOOP("Printing", "Room"), room),
        (QT_TRANSLATE_NOOP("Printing", "ID document"), id_label),
        (QT_TRANSLATE_NOOP("Printing", "ID number"), person.id_number or ""),
        (QT_TRANSLATE_NOOP("Printing", "Phone"), person.phone or ""),
        (QT_TRANSLATE_NOOP("Printing", "Pass no."), person.pass_no or ""),
        (QT_TRANSLATE_NOOP("Printing", "Pass valid until"), person.pass_valid_until.isoformat() if person.pass_valid_until
         else ""),
        (QT_TRANSLATE_NOOP("Printing", "Tags"), tags),
    ]
    yes, no = said(_P, QT_TRANSLATE_NOOP("Printing", "yes")), said(_P, QT_TRANSLATE_NOOP("Printing", "no"))
    checks = [[local(c.taken_at), gate or "", format_temperature(c.reading_dt), yes if c.is_fever else no,
               said("FeverOutcome", FEVER_OUTCOMES[FeverOutcome(c.outcome)]) if c.outcome in set(FeverOutcome)
               else ""]
              for c, gate in session.execute(
                  select(TemperatureCheck, Gate.name).outerjoin(Gate, TemperatureCheck.gate_id == Gate.id)
                  .where(TemperatureCheck.person_id == person_id, TemperatureCheck.deleted.is_(False))
                  .order_by(TemperatureCheck.taken_at))]
    returnees = session.scalars(select(Returnee).where(Returnee.person_id == person_id, Returnee.deleted.is_(False))
                                .order_by(Returnee.start_on)).all()
    observations, follow_up_ids = [], []
    for r in returnees:
        summary = [
            (QT_TRANSLATE_NOOP("Printing", "Came from"), r.origin_label),
            (QT_TRANSLATE_NOOP("Printing", "Arrived"), r.arrived_on.isoformat()),
            (QT_TRANSLATE_NOOP("Printing", "Kind"), said("ObservationKind", KIND_LABELS[ObservationKind(r.kind)])
             if r.kind in set(ObservationKind) else r.kind),
            (QT_TRANSLATE_NOOP("Printing", "From – until"), f"{r.start_on.isoformat()} – {r.end_on.isoformat()}"),
            (QT_TRANSLATE_NOOP("Printing", "Outcome"), said("ObservationOutcome", OUTCOME_LABELS[ObservationOutcome(r.outcome)])
             if r.outcome in set(ObservationOutcome) else ""),
        ]
        follow_ups = session.scalars(select(FollowUp).where(FollowUp.returnee_id == r.id, FollowUp.deleted.is_(False))
                                     .order_by(FollowUp.day, FollowUp.slot)).all()
        follow_up_ids += [f.id for f in follow_ups]
        observations.append(Observation(summary, [
            [f.day.isoformat(), f.slot, format_temperature(f.reading_dt) if f.reading_dt is not None else "",
             said("FollowUpStatus", STATUS_LABELS[FollowUpStatus(f.status)]) if f.status in set(FollowUpStatus) else "",
             ", ".join(said("Symptom", SYMPTOM_LABELS[Symptom(s)]) for s in f.symptoms or [] if s in set(Symptom))]
            for f in follow_ups]))
    went_out = said(_P, QT_TRANSLATE_NOOP("Printing", "Went out"))
    tried = said(_P, QT_TRANSLATE_NOOP("Printing", "Tried to leave during observation ({gate})"))
    outings = [(o.at, went_out) for o in session.scalars(select(HouseholdOuting).where(
        HouseholdOuting.person_id == person_id, HouseholdOuting.deleted.is_(False)))]
    outings += [(at, tried.format(gate=gate or "")) for at, gate in session.execute(
        select(ExitAttempt.at, Gate.name).outerjoin(Gate, ExitAttempt.gate_id == Gate.id).where(
            ExitAttempt.returnee_id.in_([r.id for r in returnees]), ExitAttempt.deleted.is_(False)))]
    about = [person_id, *(r.id for r in returnees), *follow_up_ids]
    entries = [[local(e.created_at), said("AuditAction", ACTIONS[e.action]) if e.action in ACTIONS else e.action,
                name or ""]
               for e, name in session.execute(
                   select(AuditEntry, User.display_name).outerjoin(User, User.id == AuditEntry.created_by)
                   .where(AuditEntry.entity_id.in_(about)).order_by(AuditEntry.seq))]
    report = PersonReport(
        site=site.name, committee=site.committee, printed_at=local(clock.now()), printed_by=actor.display_name,
        roster=roster, checks=checks, observations=observations,
        outings=[[local(at), what] for at, what in sorted(outings)], audit=entries,
        retention_days=load_policy(session, actor.site_id).retention_days)
    data = layout(report, language, translate)
    audit(session, "person.report", "person", person_id, language=language)
    return data, language
