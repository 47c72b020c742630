"""The committee's reports: a day's, a week's or a month's figures, counted by the database.

Every figure is a SQL aggregate (GROUP BY over local-time buckets), never a loop over rows in
Python, so a month of a busy compound stays quick. The figure functions take a site id rather
than an actor, so the street office's hub can run the same figures per compound.
"""

from __future__ import annotations

import threading

import uuid
from collections.abc import Callable
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, Integer, and_, bindparam, case, func, literal, or_, select
from sqlalchemy.orm import Session, aliased

from app import clock
from app.domain.identity import IdType
from app.domain.observation import FollowUpStatus, observation_day
from app.domain.phone import mask_phone
from app.domain.temperature import FeverOutcome
from app.errors import QT_TRANSLATE_NOOP, GatePostError, Translate, ValidationError
from app.models import (
    ExitAttempt, FollowUp, Gate, Household, ObservationAlert, Person, Returnee, Site, TemperatureCheck, Visit,
    WatchEntry,
)
from app.printing.figures import (
    AlertRow, Capped, DailyFigures, DayCount, FeverRow, Header, InsideRow, PeriodFigures, PersonRow,
    ReturneeRow, WatchHitRow,
)
from app.printing.report import daily_report_pdf, period_report_pdf
from app.services.checks import SUBJECT_LABELS, SubjectKind
from app.services.context import Actor, Role, audit, authorize
from app.services.day_totals import stored_days
from app.services.site_time import day_bounds, local_today, site_zone
from app.services.visitors import _origin_codes
from app.printing.fonts import register_fonts
from app.services.sync_state import sync_line
from app.services.watchlist import in_force_here

CAP = 30
"""Rows printed of a long list; the page says how many more there are."""
KINDS = ("daily", "weekly", "monthly")
TREND_DAYS = 14
Progress = Callable[[int, int], bool]


class ReportCancelled(GatePostError):
    """The user cancelled a report while it was being made; nothing was printed."""


def period_of(kind: str, day: date) -> tuple[date, date]:
    """The first and last day of the report holding ``day``: the day, its Monday-Sunday week,
    or its calendar month."""
    if kind == "daily":
        return day, day
    if kind == "weekly":
        first = day - timedelta(days=day.weekday())
        return first, first + timedelta(days=6)
    if kind == "monthly":
        first = day.replace(day=1)
        following = (first + timedelta(days=32)).replace(day=1)
        return first, following - timedelta(days=1)
    raise ValidationError("kind", QT_TRANSLATE_NOOP("Errors", "Choose one of: {choices}."),
                          choices=", ".join(KINDS))


def report_pdf(session: Session, actor: Actor, kind: str, day: date, language: str,
               translate: Translate, progress: Progress | None = None) -> bytes:
    """A report as PDF bytes. ``progress(done, total)`` is told between stages; when it returns
    False the report stops with ``ReportCancelled`` (nothing is written, so nothing to undo)."""
    authorize(session, actor, Role.HEAD)
    first, last = period_of(kind, day)
    stages = 4

    def step(done: int) -> None:
        if progress is not None and progress(done, stages) is False:
            raise ReportCancelled(QT_TRANSLATE_NOOP("Errors", "Report cancelled; nothing was printed."))

    zone = site_zone(session, actor.site_id)
    if first > local_today(zone):
        raise ValidationError("date", QT_TRANSLATE_NOOP(
            "Errors", "That day is still to come; choose today or an earlier day."))
    audit(session, "report.print", "report", None, kind=kind, day=day.isoformat())
    step(0)
    # The language's font is parsed (Python, 0.1 s) while SQLite counts (C, without the GIL).
    fonts = threading.Thread(target=register_fonts, args=(language,), daemon=True)
    fonts.start()
    try:  # joined whatever happens: fonts are never registered by two threads at once
        site = session.get(Site, actor.site_id)
        header = Header(site.name if site else "", site.committee if site else "",
                        clock.now().astimezone(zone), actor.display_name,
                        sync_line(session, actor.site_id, translate))
        if kind == "daily":
            figures = daily_figures(session, actor.site_id, day, zone=zone, step=step)
        else:
            figures_ = period_figures(session, actor.site_id, kind, first, last, zone=zone, step=step)
        step(3)
    finally:
        fonts.join()
    data = (daily_report_pdf(header, figures, language, translate) if kind == "daily"
            else period_report_pdf(header, figures_, language, translate))
    step(4)
    return data


# --- counting in local-time buckets ---------------------------------------------------------------


def _bucket(column: ColumnElement[datetime], edges: list[datetime], lo: int = 0,
            hi: int | None = None) -> ColumnElement[int]:
    """The index i with ``edges[i] <= column < edges[i + 1]``, as a CASE that halves the range
    at each step (five comparisons for a month). Exact in any time zone: the edges are local
    midnights or hours converted to UTC."""
    hi = len(edges) - 1 if hi is None else hi
    if hi - lo <= 1:
        return _int(lo)
    mid = (lo + hi) // 2
    # Inline values (ours, not the user's): SQLite compares row values with literals faster
    # than with bound parameters, a third of a trend's time.
    edge = bindparam(None, edges[mid], type_=column.type, literal_execute=True)
    return case((column < edge, _bucket(column, edges, lo, mid)), else_=_bucket(column, edges, mid, hi))


def _day_edges(zone: ZoneInfo, first: date, last: date) -> list[datetime]:
    days = (last - first).days + 1
    return [day_bounds(zone, first + timedelta(days=i))[0] for i in range(days)] + [day_bounds(zone, last)[1]]


def _int(value: int) -> ColumnElement[int]:
    return literal(value, Integer, literal_execute=True)


def _one_if(condition: ColumnElement[bool]) -> ColumnElement[int]:
    return case((condition, _int(1)), else_=_int(0))


def _count_if(condition: ColumnElement[bool]) -> ColumnElement[int]:
    return func.coalesce(func.sum(_one_if(condition)), _int(0))


def _checks_in(site_id: uuid.UUID, start: datetime, end: datetime) -> tuple[ColumnElement[bool], ...]:
    """First readings (a recheck is part of the check it follows) in ``[start, end)``."""
    return (TemperatureCheck.site_id == site_id, TemperatureCheck.deleted.is_(False),
            TemperatureCheck.recheck_of_id.is_(None), TemperatureCheck.taken_at >= start,
            TemperatureCheck.taken_at < end)


def _per_day(session: Session, edges: list[datetime], column: ColumnElement[datetime],
             aggregates: list[ColumnElement[int]], *conditions: ColumnElement[bool],
             joins: tuple = ()) -> dict[int, tuple[int, ...]]:
    """``aggregates`` per bucket of ``column``, for the rows in the edges' range."""
    inner = select(_bucket(column, edges).label("bucket"), *aggregates).select_from(column.class_)
    for target, on in joins:
        inner = inner.join(target, on)
    inner = inner.where(column >= edges[0], column < edges[-1], *conditions).subquery()
    totals = [func.sum(c) for c in list(inner.c)[1:]]
    rows = session.connection().execute(select(inner.c.bucket, *totals).group_by(inner.c.bucket))
    return {bucket: tuple(int(v or 0) for v in values) for bucket, *values in rows}


def day_counts(session: Session, site_id: uuid.UUID, first: date, last: date,
               zone: ZoneInfo) -> tuple[DayCount, ...]:
    """Checks, fevers, visitors admitted and refused, attempted exits, new returnees per day."""
    edges = _day_edges(zone, first, last)
    tc, visit, attempt = TemperatureCheck, Visit, ExitAttempt
    checks = _per_day(session, edges, tc.taken_at, [_int(1).label("n"), _one_if(tc.is_fever).label("fever")],
                      tc.site_id == site_id, tc.deleted.is_(False), tc.recheck_of_id.is_(None))
    visits = _per_day(session, edges, visit.time_in, [_one_if(visit.admitted).label("in"),
                                                      _one_if(~visit.admitted).label("out")],
                      visit.site_id == site_id, visit.deleted.is_(False))
    exits = _per_day(session, edges, attempt.at, [_int(1).label("n")],
                     Returnee.site_id == site_id, attempt.deleted.is_(False),
                     joins=((Returnee, attempt.returnee_id == Returnee.id),))
    started = dict(session.connection().execute(
        select(Returnee.start_on, func.count()).where(
            Returnee.site_id == site_id, Returnee.deleted.is_(False), Returnee.start_on >= first,
            Returnee.start_on <= last).group_by(Returnee.start_on)).all())
    stored = stored_days(session, site_id, first, last)  # purged days keep their counts
    out = []
    for i in range(len(edges) - 1):
        day = first + timedelta(days=i)
        n, fevers = checks.get(i, (0, 0))
        admitted, refused = visits.get(i, (0, 0))
        kept = stored.get(day)
        if kept is not None:
            n, fevers, admitted, refused = (n + kept.checks, fevers + kept.fevers, admitted + kept.admitted,
                                            refused + kept.refused)
        out.append(DayCount(day, n, fevers, admitted, refused, exits.get(i, (0,))[0], started.get(day, 0)))
    return tuple(out)


# --- the lists ----------------------------------------------------------------------------------


def _not_cleared() -> ColumnElement[bool]:
    return or_(TemperatureCheck.outcome.is_(None), TemperatureCheck.outcome != FeverOutcome.CLEARED.value)


def _fevers(session: Session, site_id: uuid.UUID, start: datetime, end: datetime, zone: ZoneInfo,
            total: int, *conditions: ColumnElement[bool]) -> Capped[FeverRow]:
    """Fevers (first readings) with the latest second reading and the outcome, first ``CAP``."""
    hold, second = TemperatureCheck, aliased(TemperatureCheck)
    latest = (select(second.reading_dt).where(second.recheck_of_id == hold.id, second.deleted.is_(False))
              .order_by(second.taken_at.desc()).limit(1).scalar_subquery())
    rows = session.connection().execute(
        select(hold.taken_at, hold.subject_kind, Person.name, Household.room_key, Visit.name, Visit.host_room,
               hold.subject_label, Gate.name, hold.reading_dt, latest, hold.outcome)
        .outerjoin(Person, hold.person_id == Person.id)
        .outerjoin(Household, Person.household_id == Household.id)
        .outerjoin(Visit, hold.visit_id == Visit.id).outerjoin(Gate, hold.gate_id == Gate.id)
        .where(*_checks_in(site_id, start, end), hold.is_fever.is_(True), *conditions)
        .order_by(hold.taken_at).limit(CAP))
    out = []
    for at, kind, person, room, visitor, host, label, gate, first, again, outcome in rows:
        kind_label = "" if kind == SubjectKind.RESIDENT.value else SUBJECT_LABELS.get(
            kind, SUBJECT_LABELS[SubjectKind.UNKNOWN])
        out.append(FeverRow(at.astimezone(zone), person or visitor or label or "", kind_label,
                            room or host or "", gate or "", first, again, outcome))
    return Capped(tuple(out), total)


def _inside(session: Session, site_id: uuid.UUID, end: datetime, zone: ZoneInfo) -> Capped[InsideRow]:
    """Visitors admitted before ``end`` and not signed out by then."""
    inside = (Visit.site_id == site_id, Visit.deleted.is_(False), Visit.admitted.is_(True),
              Visit.time_in < end, or_(Visit.time_out.is_(None), Visit.time_out >= end))
    total = session.connection().scalar(select(func.count()).select_from(Visit).where(*inside)) or 0
    rows = session.connection().execute(select(Visit.name, Visit.host_room, Visit.time_in, Visit.phone)
                           .where(*inside).order_by(Visit.time_in).limit(CAP))
    return Capped(tuple(InsideRow(name, host, at.astimezone(zone), mask_phone(phone))
                        for name, host, at, phone in rows), total)


def _watch_hits(session: Session, site_id: uuid.UUID, day: date, start: datetime, end: datetime,
                zone: ZoneInfo) -> Capped[WatchHitRow]:
    """Visits of the day that the watch list in force flagged, as ``watch_hits`` does at the gate:
    by the ID number's region, the plate, or a region the visitor declared coming from."""
    in_force = (in_force_here(site_id), WatchEntry.deleted.is_(False), WatchEntry.valid_from <= day,
                or_(WatchEntry.valid_until.is_(None), WatchEntry.valid_until >= day))
    of_day = (Visit.site_id == site_id, Visit.deleted.is_(False), Visit.time_in >= start, Visit.time_in < end)

    def prefix_of(column: ColumnElement[str]) -> ColumnElement[str]:
        return func.substr(column, 1, func.length(WatchEntry.prefix))

    matched = session.connection().execute(
        select(Visit.id, Visit.time_in, Visit.name, Visit.host_room, Visit.admitted,
               func.coalesce(func.nullif(WatchEntry.label, ""), WatchEntry.prefix))
        .join(WatchEntry, or_(
            and_(WatchEntry.kind == "region", Visit.id_type == IdType.RESIDENT_ID.value,
                 prefix_of(Visit.id_number) == WatchEntry.prefix),
            and_(WatchEntry.kind == "plate", prefix_of(Visit.plate) == WatchEntry.prefix)))
        .where(*of_day, *in_force)).all()
    # A declared origin is free text: only the few visits that declared one are parsed here.
    regions = session.connection().execute(select(WatchEntry.prefix, func.coalesce(
        func.nullif(WatchEntry.label, ""), WatchEntry.prefix)).where(WatchEntry.kind == "region", *in_force)).all()
    if regions:
        for visit in session.connection().execute(select(Visit.id, Visit.time_in, Visit.name, Visit.host_room,
                                            Visit.admitted, Visit.origin).where(*of_day, Visit.origin != "")):
            codes = _origin_codes(visit.origin)
            matched += [(*visit[:5], label) for prefix, label in regions
                        if any(code.startswith(prefix) for code in codes)]
    hits: dict[uuid.UUID, tuple] = {}
    for visit_id, at, name, host, admitted, label in sorted(matched, key=lambda r: r[1]):
        known = hits.get(visit_id)
        labels = (*known[4], label) if known else (label,)
        hits[visit_id] = (at, name, host, admitted, tuple(dict.fromkeys(labels)))
    rows = [WatchHitRow(at.astimezone(zone), name, host, ", ".join(labels), admitted)
            for at, name, host, admitted, labels in hits.values()]
    return Capped(tuple(rows[:CAP]), len(rows))


def _running_on(site_id: uuid.UUID, day: date) -> tuple[ColumnElement[bool], ...]:
    """Observations started by ``day`` and not ended before its close."""
    return (Returnee.site_id == site_id, Returnee.deleted.is_(False), Returnee.start_on <= day,
            or_(Returnee.outcome_on.is_(None), Returnee.outcome_on > day))


def _missed(session: Session, site_id: uuid.UUID, day: date, slots_due: int) -> tuple[int, Capped[PersonRow]]:
    """Follow-up slots of the day in which nobody saw a person under observation."""
    seen = func.count(FollowUp.id)
    per_person = (
        select(Person.name, Household.room_key.label("room"), Returnee.start_on, Returnee.end_on,
               (literal(slots_due, Integer) - seen).label("missed"))
        .join(Person, Returnee.person_id == Person.id)
        .outerjoin(Household, Person.household_id == Household.id)
        .outerjoin(FollowUp, and_(FollowUp.returnee_id == Returnee.id, FollowUp.day == day,
                                  FollowUp.deleted.is_(False),
                                  FollowUp.status != FollowUpStatus.NOT_REACHED.value))
        .where(*_running_on(site_id, day), Returnee.end_on >= day)
        .group_by(Returnee.id, Person.name, Household.room_key, Returnee.start_on, Returnee.end_on)
        .having(seen < slots_due)).subquery()
    people, slots = session.connection().execute(
        select(func.count(), func.coalesce(func.sum(per_person.c.missed), 0))).one()
    rows = session.connection().execute(select(per_person).order_by(per_person.c.missed.desc(), per_person.c.room)
                           .limit(CAP))
    return int(slots), Capped(tuple(PersonRow(name, room or "", observation_day(start, day),
                                              (end - start).days + 1, missed)
                                    for name, room, start, end, missed in rows), people)


def _alerts(session: Session, site_id: uuid.UUID, start: datetime, end: datetime,
            zone: ZoneInfo) -> tuple[int, int, int, Capped[AlertRow]]:
    """Alerts raised on the day or open during it: raised, closed that day, open at its end."""
    a = ObservationAlert
    relevant = (Returnee.site_id == site_id, a.deleted.is_(False), a.raised_at < end,
                or_(a.raised_at >= start, a.closed_at.is_(None), a.closed_at >= start))
    raised, closed, still_open, total = session.connection().execute(
        select(_count_if(a.raised_at >= start), _count_if(and_(a.closed_at >= start, a.closed_at < end)),
               _count_if(or_(a.closed_at.is_(None), a.closed_at >= end)), func.count())
        .join(Returnee, a.returnee_id == Returnee.id).where(*relevant)).one()
    rows = session.connection().execute(
        select(a.raised_at, Person.name, Household.room_key, a.reason, a.action, a.closed_at)
        .join(Returnee, a.returnee_id == Returnee.id).join(Person, Returnee.person_id == Person.id)
        .outerjoin(Household, Person.household_id == Household.id)
        .where(*relevant).order_by(a.raised_at).limit(CAP))
    return int(raised), int(closed), int(still_open), Capped(tuple(
        AlertRow(at.astimezone(zone), name, room or "", reason, action,
                 closed_at is not None and closed_at < end)
        for at, name, room, reason, action, closed_at in rows), int(total))


def _exits(session: Session, site_id: uuid.UUID, start: datetime, end: datetime,
           zone: ZoneInfo) -> Capped[PersonRow]:
    of_day = (Returnee.site_id == site_id, ExitAttempt.deleted.is_(False), ExitAttempt.at >= start,
              ExitAttempt.at < end)
    total = session.connection().scalar(select(func.count()).select_from(ExitAttempt)
                           .join(Returnee, ExitAttempt.returnee_id == Returnee.id).where(*of_day)) or 0
    rows = session.connection().execute(
        select(ExitAttempt.at, Person.name, Household.room_key, Gate.name, Returnee.start_on, Returnee.end_on)
        .join(Returnee, ExitAttempt.returnee_id == Returnee.id).join(Person, Returnee.person_id == Person.id)
        .outerjoin(Household, Person.household_id == Household.id)
        .outerjoin(Gate, ExitAttempt.gate_id == Gate.id).where(*of_day).order_by(ExitAttempt.at).limit(CAP))
    return Capped(tuple(
        PersonRow(name, room or "", observation_day(s, at.astimezone(zone).date()), (e - s).days + 1,
                  at=at.astimezone(zone), gate=gate or "")
        for at, name, room, gate, s, e in rows), total)


# --- the figures ----------------------------------------------------------------------------------


def daily_figures(session: Session, site_id: uuid.UUID, day: date, *, zone: ZoneInfo | None = None,
                  step: Callable[[int], None] = lambda _done: None) -> DailyFigures:
    zone = zone or site_zone(session, site_id)
    start, end = day_bounds(zone, day)
    now = clock.now().astimezone(zone)
    today = now.date()
    hours = int((end - start).total_seconds() // 3600)  # 23 or 25 on a daylight-saving day
    edges = [start + timedelta(hours=h) for h in range(hours)] + [end]
    inner = (select(TemperatureCheck.gate_id, _bucket(TemperatureCheck.taken_at, edges).label("bucket"))
             .where(*_checks_in(site_id, start, end)).subquery())
    counts = session.connection().execute(select(Gate.name, inner.c.bucket, func.count())
                             .select_from(inner).outerjoin(Gate, inner.c.gate_id == Gate.id)
                             .group_by(Gate.name, inner.c.bucket).order_by(Gate.name)).all()
    gates = session.connection().scalars(select(Gate.name).where(Gate.site_id == site_id, Gate.deleted.is_(False))
                            .order_by(Gate.name))
    by_hour: dict[str, list[int]] = {name: [0] * 24 for name in gates}
    for gate, bucket, n in counts:
        hour = edges[bucket].astimezone(zone).hour
        by_hour.setdefault(gate or "–", [0] * 24)[hour] += n
    checks, people, fevers, open_holds = session.connection().execute(select(
        func.count(),
        func.count(func.distinct(func.coalesce(TemperatureCheck.person_id, TemperatureCheck.visit_id,
                                               TemperatureCheck.id))),
        _count_if(TemperatureCheck.is_fever.is_(True)),
        _count_if(and_(TemperatureCheck.is_fever.is_(True), TemperatureCheck.outcome.is_(None))),
    ).where(*_checks_in(site_id, start, end))).one()
    fever_rows = _fevers(session, site_id, start, end, zone, fevers)
    step(1)
    of_day = (Visit.site_id == site_id, Visit.deleted.is_(False), Visit.time_in >= start, Visit.time_in < end)
    admitted, refused = session.connection().execute(select(_count_if(Visit.admitted.is_(True)),
                                               _count_if(Visit.admitted.is_(False))).where(*of_day)).one()
    refusals = session.connection().execute(select(Visit.refusal_reason, func.count()).where(*of_day, Visit.admitted.is_(False))
                               .group_by(Visit.refusal_reason).order_by(func.count().desc())).all()
    inside = _inside(session, site_id, end, zone)
    hits = _watch_hits(session, site_id, day, start, end, zone)
    step(2)
    tomorrow = day + timedelta(days=1)
    observing, new_today, ending = session.connection().execute(select(
        _count_if(Returnee.start_on <= day), _count_if(Returnee.start_on == day),
        _count_if(Returnee.end_on == tomorrow)).where(*_running_on(site_id, day))).one()
    slots_due = 2 if day < today else 0 if day > today else 1 if now.hour < 12 else 2
    missed_slots, missed = _missed(session, site_id, day, slots_due)
    raised, closed, still_open, alerts = _alerts(session, site_id, start, end, zone)
    exits = _exits(session, site_id, start, end, zone)
    trend = day_counts(session, site_id, day - timedelta(days=TREND_DAYS - 1), day, zone)
    kept = stored_days(session, site_id, day, day).get(day)
    if kept is not None:  # a purged day: its counts, without the people
        checks, people, fevers = checks + kept.checks, people + kept.people, fevers + kept.fevers
        admitted, refused = admitted + kept.admitted, refused + kept.refused
        for gate, hours in kept.by_hour.items():
            by_hour[gate] = [a + b for a, b in zip(by_hour.get(gate, [0] * 24), hours, strict=True)]
    return DailyFigures(
        day=day, is_today=day == today, by_hour=tuple((g, tuple(v)) for g, v in by_hour.items()),
        checks=checks, people=people, fevers=int(fevers), open_holds=int(open_holds), fever_rows=fever_rows,
        admitted=int(admitted), refused=int(refused), refusals=tuple((r or "", n) for r, n in refusals),
        inside=inside, watch_hits=hits, observing=int(observing), new_today=int(new_today),
        ending_tomorrow=int(ending), missed_slots=missed_slots, missed=missed, alerts_raised=raised,
        alerts_closed=closed, alerts_open=still_open, alerts=alerts, exits=exits, trend=trend)


def period_figures(session: Session, site_id: uuid.UUID, kind: str, first: date, period_last: date, *,
                   zone: ZoneInfo | None = None, step: Callable[[int], None] = lambda _done: None) -> PeriodFigures:
    """A week's or month's figures; a period that runs on stops at today."""
    zone = zone or site_zone(session, site_id)
    last = max(first, min(period_last, local_today(zone)))
    start, end = day_bounds(zone, first)[0], day_bounds(zone, last)[1]
    days = day_counts(session, site_id, first, last, zone)
    step(1)
    # Over a month most fevers clear on the second reading: those are counted, the rest listed.
    fever_outcomes = session.connection().execute(
        select(TemperatureCheck.outcome, func.count())
        .where(*_checks_in(site_id, start, end), TemperatureCheck.is_fever.is_(True))
        .group_by(TemperatureCheck.outcome).order_by(func.count().desc())).all()
    fevers = _fevers(session, site_id, start, end, zone,
                     sum(n for outcome, n in fever_outcomes if outcome != FeverOutcome.CLEARED.value),
                     _not_cleared())
    step(2)

    def in_period(column: ColumnElement[date]) -> ColumnElement[bool]:
        return and_(column >= first, column <= last)

    of_site = (Returnee.site_id == site_id, Returnee.deleted.is_(False))
    outcomes = session.connection().execute(select(Returnee.outcome, func.count()).where(
        *of_site, in_period(Returnee.outcome_on)).group_by(Returnee.outcome).order_by(Returnee.outcome)).all()
    touched = (*of_site, or_(in_period(Returnee.start_on), in_period(Returnee.outcome_on)))
    total = session.connection().scalar(select(func.count()).select_from(Returnee).where(*touched)) or 0
    rows = session.connection().execute(
        select(Person.name, Household.room_key, Returnee.origin_label, Returnee.start_on, Returnee.end_on,
               Returnee.outcome, Returnee.outcome_on)
        .join(Person, Returnee.person_id == Person.id).outerjoin(Household, Person.household_id == Household.id)
        .where(*touched).order_by(Returnee.start_on, Person.name).limit(CAP))
    return PeriodFigures(
        kind=kind, first=first, last=last, period_last=period_last, days=days, fever_rows=fevers,
        fever_outcomes=tuple((o, n) for o, n in fever_outcomes),
        started=sum(d.new_returnees for d in days), ended=sum(n for _o, n in outcomes),
        outcomes=tuple((o, n) for o, n in outcomes),
        returnees=Capped(tuple(ReturneeRow(name, room or "", origin, s, e, outcome, on)
                               for name, room, origin, s, e, outcome, on in rows), total))
