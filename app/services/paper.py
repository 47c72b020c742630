"""The paper fallback: numbered register pages, typing their entries in later, the handover sheet.

A fever written on paper is typed in with its second reading or what was done, and is closed at
once: by the time it is typed in the person has long left the gate, so no live hold may wait
for a second reading there. A normal second reading clears it; otherwise the outcome written on
the paper is required.
"""

from __future__ import annotations

import math
import re
import uuid
from dataclasses import replace
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import clock
from app.domain._text import nfkc
from app.domain.observation import BLOCKS_EXIT, alert_reason_label
from app.domain.temperature import FeverOutcome, format_temperature, is_fever, parse_temperature
from app.errors import QT_TRANSLATE_NOOP, Translate, ValidationError
from app.db.replica import copy_code
from app.models import RegisterSheet, TemperatureCheck, Visit
from app.printing import paper as printing
from app.printing.paper import Handover, RegisterRun, Section, entry_ref
from app.services.checks import (
    SUBJECT_LABELS, CheckForm, CheckView, SubjectKind, gate_of, get_check, open_fever_holds, record_check,
)
from app.services.setup import site_name
from app.services.context import Actor, Role, audit, authorize
from app.services.policy import load_policy
from app.services.returnees import list_returnees, open_alerts
from app.services.site_time import site_zone
from app.services.sync_state import sync_line
from app.services.visitors import VisitorForm, VisitView, register_visitor, visitors_inside

ROWS_PER_PAGE = 18
MAX_PAGES = 500
OBSERVING_LISTED = 40
_REF = re.compile(r"([0-9A-F]{4})-(\d{4,6})-(\d{2})")


def register_pdf(session: Session, actor: Actor, pages: int, language: str, translate: Translate) -> bytes:
    """Issue the next ``pages`` register pages of this computer and print them."""
    authorize(session, actor, Role.GUARD)
    if not 1 <= pages <= MAX_PAGES:
        raise ValidationError("pages", QT_TRANSLATE_NOOP("Errors", "Enter a number of pages from 1 to {n}."), n=MAX_PAGES)
    code = copy_code(session)
    last = session.scalar(select(func.max(RegisterSheet.first_page + RegisterSheet.page_count - 1)).where(
        RegisterSheet.site_id == actor.site_id, RegisterSheet.copy_code == code))
    now = clock.now()
    sheet = RegisterSheet(site_id=actor.site_id, copy_code=code, first_page=(last or 0) + 1,
                          page_count=pages, rows_per_page=ROWS_PER_PAGE, printed_at=now)
    session.add(sheet)
    session.flush()
    audit(session, "register.print", "register_sheet", sheet.id, first_page=sheet.first_page, pages=pages)
    policy = load_policy(session, actor.site_id)
    run = RegisterRun(
        site=site_name(session, actor.site_id), copy_code=code, first_page=sheet.first_page,
        page_count=pages, rows_per_page=ROWS_PER_PAGE,
        threshold=format_temperature(policy.fever_threshold_dt),
        recheck_minutes=math.ceil(policy.recheck_delay_s / 60),
        printed_at=now.astimezone(site_zone(session, actor.site_id)), printed_by=actor.display_name)
    return printing.register_pdf(run, language, translate)


# --- typing paper entries in --------------------------------------------------------------------


def _sheet_of(session: Session, site_id: uuid.UUID, code: str, page: int) -> RegisterSheet | None:
    return session.scalars(select(RegisterSheet).where(
        RegisterSheet.site_id == site_id, RegisterSheet.copy_code == code,
        RegisterSheet.first_page <= page, RegisterSheet.first_page + RegisterSheet.page_count > page,
        RegisterSheet.deleted.is_(False))).first()


def _typed_in(session: Session, ref: str) -> bool:
    return any(session.scalar(select(model.id).where(model.paper_ref == ref, model.deleted.is_(False)))
               for model in (TemperatureCheck, Visit))


def _check_entry(session: Session, actor: Actor, raw_ref: str, taken_at: datetime) -> str:
    """The entry number, normalised, once it is a line of a page printed here and not used yet."""
    match = _REF.fullmatch(nfkc(raw_ref).upper())
    if match is None:
        raise ValidationError("paper_ref", QT_TRANSLATE_NOOP("Errors", "Type the number printed on the line, like 3F2A-0007-05."))
    code, page, row = match.group(1), int(match.group(2)), int(match.group(3))
    ref = entry_ref(code, page, row)
    sheet = _sheet_of(session, actor.site_id, code, page)
    if sheet is None:
        raise ValidationError("paper_ref", QT_TRANSLATE_NOOP("Errors", "Register page {page} was never printed here."),
                              page=entry_ref(code, page))
    if not 1 <= row <= sheet.rows_per_page:
        raise ValidationError("paper_ref", QT_TRANSLATE_NOOP("Errors", "A register page has lines 1 to {n}."),
                              n=sheet.rows_per_page)
    if _typed_in(session, ref):
        raise ValidationError("paper_ref", QT_TRANSLATE_NOOP("Errors", "Entry {ref} was typed in already."), ref=ref)
    if taken_at > clock.now():
        raise ValidationError("taken_at", QT_TRANSLATE_NOOP("Errors", "This time is in the future."))
    if taken_at < sheet.printed_at:
        zone = site_zone(session, actor.site_id)
        raise ValidationError("taken_at", QT_TRANSLATE_NOOP("Errors", "The page was printed at {time}; this time is earlier."),
                              time=sheet.printed_at.astimezone(zone).strftime("%Y-%m-%d %H:%M"))
    return ref


def _outcome(raw: str) -> FeverOutcome | None:
    if not raw:
        return None
    try:
        return FeverOutcome(raw)
    except ValueError:
        raise ValidationError("outcome", QT_TRANSLATE_NOOP("Errors", "Choose one of: {choices}."),
                              choices=", ".join(o.value for o in FeverOutcome)) from None


def record_paper_check(session: Session, actor: Actor, ref: str, taken_at: datetime, form: CheckForm, *,
                       second_reading: str = "", outcome: str = "") -> CheckView:
    """A temperature check written on register line ``ref`` at ``taken_at``.

    For a fever, ``second_reading`` and ``outcome`` are what the paper says; for a normal first
    reading they are ignored.
    """
    authorize(session, actor, Role.GUARD)
    ref = _check_entry(session, actor, ref, taken_at)
    policy = load_policy(session, actor.site_id)
    fever = is_fever(parse_temperature(form.reading), policy.fever_threshold_dt)
    try:
        second = parse_temperature(second_reading) if fever and second_reading.strip() else None
    except ValidationError as error:
        raise ValidationError("second_reading", error.message.text, **error.message.params) from None
    chosen = _outcome(outcome) if fever else None
    cleared = second is not None and not is_fever(second, policy.fever_threshold_dt)
    if fever and not cleared and chosen in (None, FeverOutcome.CLEARED):
        raise ValidationError("outcome", QT_TRANSLATE_NOOP(
            "Errors", "A fever on paper needs a normal second reading, or what was done: "
                      "refused, fever clinic or reported."))
    view = record_check(session, actor, replace(form, taken_at=taken_at, paper_ref=ref))
    if fever:
        hold = session.get_one(TemperatureCheck, view.id)
        if second is not None:
            session.add(TemperatureCheck(
                site_id=hold.site_id, gate_id=hold.gate_id, subject_kind=hold.subject_kind,
                person_id=hold.person_id, visit_id=hold.visit_id, subject_label=hold.subject_label,
                # The paper has no time for it: the earliest the protocol allows.
                taken_at=min(taken_at + timedelta(seconds=policy.recheck_delay_s), clock.now()),
                reading_dt=second, method=hold.method, threshold_dt=hold.threshold_dt,
                is_fever=not cleared, recheck_of_id=hold.id, paper_ref=ref))
        hold.outcome = FeverOutcome.CLEARED.value if cleared else chosen.value
        session.flush()
    audit(session, "check.paper", "temperature_check", view.id, ref=ref)
    return get_check(session, actor, view.id)


def record_paper_visit(session: Session, actor: Actor, ref: str, taken_at: datetime,
                       form: VisitorForm) -> VisitView:
    """A visitor written on register line ``ref`` at ``taken_at``, registered as at the gate."""
    authorize(session, actor, Role.GUARD)
    ref = _check_entry(session, actor, ref, taken_at)
    view = register_visitor(session, actor, replace(form, taken_at=taken_at, paper_ref=ref))
    audit(session, "visit.paper", "visit", view.id, ref=ref)
    return view


def following_ref(ref: str, rows_per_page: int = ROWS_PER_PAGE) -> str:
    """The line after ``ref``: the next row, or the first row of the next page."""
    match = _REF.fullmatch(ref)
    if match is None:
        return ""
    code, page, row = match.group(1), int(match.group(2)), int(match.group(3))
    return entry_ref(code, page + 1, 1) if row >= rows_per_page else entry_ref(code, page, row + 1)


def next_paper_ref(session: Session, actor: Actor) -> str:
    """The line after the entry typed in last, or the first line of this computer's latest pages."""
    authorize(session, actor, Role.GUARD)
    latest = []
    for model in (TemperatureCheck, Visit):
        found = session.execute(
            select(model.paper_ref, model.created_at)
            .where(model.paper_ref.is_not(None), model.site_id == actor.site_id)
            .order_by(model.created_at.desc(), model.paper_ref.desc()).limit(1)).first()
        if found:
            latest.append((found[1], found[0]))
    if latest:
        ref = max(latest)[1]
        match = _REF.fullmatch(ref)
        sheet = _sheet_of(session, actor.site_id, match.group(1), int(match.group(2))) if match else None
        return following_ref(ref, sheet.rows_per_page if sheet else ROWS_PER_PAGE)
    sheet = session.scalars(select(RegisterSheet).where(
        RegisterSheet.site_id == actor.site_id, RegisterSheet.copy_code == copy_code(session),
        RegisterSheet.deleted.is_(False)).order_by(RegisterSheet.first_page.desc())).first()
    return entry_ref(sheet.copy_code, sheet.first_page, 1) if sheet else ""


# --- shift handover ---------------------------------------------------------------------------


def handover_pdf(session: Session, actor: Actor, language: str, translate: Translate,
                 gate: str | None = None) -> bytes:
    """The shift handover sheet; ``gate`` defaults to this computer's gate."""
    authorize(session, actor, Role.GUARD)
    zone = site_zone(session, actor.site_id)
    now = clock.now()
    today = now.astimezone(zone).date()

    def local(when: datetime) -> str:
        at = when.astimezone(zone)
        return at.strftime("%H:%M") if at.date() == today else at.strftime("%m-%d %H:%M")

    visitors = [[v.name, v.host, local(v.time_in), v.masked_phone, v.pass_no]
                for v in visitors_inside(session, actor)]
    holds = [[local(h.taken_at),
              h.subject_name or translate("SubjectKind", SUBJECT_LABELS[SubjectKind(h.subject_kind)], -1),
              h.room, h.reading, str(int((now - h.taken_at).total_seconds() // 60))]
             for h in open_fever_holds(session, actor)]
    alerts = [[local(a.raised_at), a.name, a.room,
               translate("AlertReason", alert_reason_label(a.reason), -1)]
              for a in open_alerts(session, actor)]
    kept_in = [r for r in list_returnees(session, actor, "observing")
               if r.kind in BLOCKS_EXIT and r.start_on <= today]
    day_of = translate("Printing", QT_TRANSLATE_NOOP("Printing", "day {day} of {of}"), -1)
    observing = [[r.name, r.room, day_of.format(day=r.day, of=r.of), r.end_on.isoformat()]
                 for r in kept_in[:OBSERVING_LISTED]]
    note = translate("Printing", QT_TRANSLATE_NOOP(
        "Printing", "People under observation who may not leave: {n}."), -1).format(n=len(kept_in))
    if len(kept_in) > OBSERVING_LISTED:
        note += " " + translate("Printing", QT_TRANSLATE_NOOP("Printing", "The first {shown} are listed."), -1).format(
            shown=OBSERVING_LISTED)
    sections = (
        Section(QT_TRANSLATE_NOOP("Printing", "Visitors still inside"),
                [QT_TRANSLATE_NOOP("Printing", "Name"), QT_TRANSLATE_NOOP("Printing", "Visiting"), QT_TRANSLATE_NOOP("Printing", "In at"),
                 QT_TRANSLATE_NOOP("Printing", "Phone"), QT_TRANSLATE_NOOP("Printing", "Pass no.")], [38, 28, 24, 34, 56], visitors),
        Section(QT_TRANSLATE_NOOP("Printing", "Open fever holds"),
                [QT_TRANSLATE_NOOP("Printing", "Time"), QT_TRANSLATE_NOOP("Printing", "Who"), QT_TRANSLATE_NOOP("Printing", "Room"), QT_TRANSLATE_NOOP("Printing", "°C"),
                 QT_TRANSLATE_NOOP("Printing", "Waiting (min)")], [24, 58, 34, 22, 42], holds),
        Section(QT_TRANSLATE_NOOP("Printing", "Open observation alerts"),
                [QT_TRANSLATE_NOOP("Printing", "Raised at"), QT_TRANSLATE_NOOP("Printing", "Who"), QT_TRANSLATE_NOOP("Printing", "Room"),
                 QT_TRANSLATE_NOOP("Printing", "Reason")], [24, 58, 34, 64], alerts),
        Section(QT_TRANSLATE_NOOP("Printing", "Under observation: may not leave"),
                [QT_TRANSLATE_NOOP("Printing", "Name"), QT_TRANSLATE_NOOP("Printing", "Room"), QT_TRANSLATE_NOOP("Printing", "Day"),
                 QT_TRANSLATE_NOOP("Printing", "Until")], [58, 34, 48, 40], observing, note=note),
    )
    gate_name = gate or gate_of(session, None)[1] or ""
    audit(session, "handover.print", "report", None, visitors=len(visitors), holds=len(holds))
    sheet = Handover(site=site_name(session, actor.site_id), gate=gate_name, at=now.astimezone(zone),
                     outgoing=actor.display_name, sections=sections,
                     sync_line=sync_line(session, actor.site_id, translate))
    return printing.handover_pdf(sheet, language, translate)
