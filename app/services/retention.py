"""Retention: what is past the policy's ``retention_days`` is deleted, and its day totals kept.

Deleted past the period: visits and every temperature check (visitors', residents', anyone's),
household outings, and observations (with their follow-ups, alerts and attempted exits) counted
from the end of the observation. The roster stays. A purged day keeps its figures as counts
without names (``DayTotal``), which reports add to what is still on file.

The work goes in small transactions (``BATCH`` rows), so a check saved at the gate meanwhile
waits for one of them at most; all checks of one person (or visit) on one day go in the same
batch, which keeps "people checked" exact when the batches' counts are added up. Records are
deleted outright (``secure_delete`` overwrites them in the file, ``reclaim`` gives the freed
pages back); the street office learns of the purge from one ``PurgeRecord`` and deletes the same
records (``app.services.hub_retention``), instead of a tombstone per row.
"""

from __future__ import annotations

import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, Engine, and_, delete, func, or_, select
from sqlalchemy.orm import Session, sessionmaker

from app import clock
from app.db.replica import current_replica
from app.db.stamping import current_revision
from app.models import (
    DayTotal, ExitAttempt, FollowUp, Gate, HouseholdOuting, ObservationAlert, Person, PurgeRecord, Returnee,
    SyncConflict, TemperatureCheck, Visit,
)
from app.services.context import Actor, Role, audit, authorize
from app.services.policy import load_policy
from app.services.site_time import day_bounds, local_today, site_zone
from app.services.sync_state import own_replicas

BATCH = 400
"""Rows deleted per transaction: some 30 ms holding the database, the longest a check saved
meanwhile waits (the purge pauses as long between two batches)."""
PAUSE_S = 0.03
OBSERVATION_BATCH = 200
RECLAIM_PAGES = 256
"""Free pages given back to the file system per step (2 MB)."""
KINDS = ("visits", "visitor_checks", "resident_checks", "other_checks", "returnees", "follow_ups",
         "observation_alerts", "exit_attempts", "household_outings")
"""What a purge counts, in this order. Watch-list hits are visits that matched the list: they go
with the visits."""
_TOTALS = uuid.UUID("6f1c0e52-2f4b-4d35-9a7e-4f9d2c1b7a10")
T = TypeVar("T")
Run = Callable[[Callable[[Session], T]], T]
Progress = Callable[[int, int], bool]


@dataclass(frozen=True)
class PurgeReport:
    kept_from: date
    """The first day whose records are kept: today minus ``retention_days``."""
    counts: dict[str, int]
    dry_run: bool

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def day_total_id(replica_id: uuid.UUID, day: date) -> uuid.UUID:
    """The same id at the gate and at the street office for one computer's purged day."""
    return uuid.uuid5(_TOTALS, f"{replica_id.hex}:{day.isoformat()}")


def first_kept_day(zone: ZoneInfo, retention_days: int) -> date:
    return local_today(zone) - timedelta(days=retention_days)


# --- what would go --------------------------------------------------------------------------------


def _ended_before(site_id: uuid.UUID, first_kept: date) -> list[Any]:
    """Observations whose end (the outcome's day, else the planned last day) is before ``first_kept``."""
    return [Returnee.site_id == site_id, func.coalesce(Returnee.outcome_on, Returnee.end_on) < first_kept]


def count_expired(session: Session, site_id: uuid.UUID, cutoff: datetime, first_kept: date,
                  replicas: list[uuid.UUID] | None = None) -> dict[str, int]:
    """What a purge at ``cutoff`` (events) and ``first_kept`` (observations) would delete."""
    tc = TemperatureCheck
    mine = (lambda model: [model.rev_replica_id.in_(replicas)]) if replicas is not None else (lambda model: [])
    visits_gone = select(Visit.id).where(Visit.site_id == site_id, Visit.time_in < cutoff, *mine(Visit))
    by_kind = dict(session.execute(
        select(tc.subject_kind, func.count()).where(or_(
            and_(tc.site_id == site_id, tc.taken_at < cutoff, *mine(tc)), tc.visit_id.in_(visits_gone)),
            tc.deleted.is_(False))
        .group_by(tc.subject_kind)).all())
    visits_gone = visits_gone.where(Visit.deleted.is_(False))
    returnees = select(Returnee.id).where(*_ended_before(site_id, first_kept), Returnee.deleted.is_(False))
    outings = select(func.count()).select_from(HouseholdOuting).join(
        Person, HouseholdOuting.person_id == Person.id).where(
        Person.site_id == site_id, HouseholdOuting.at < cutoff, HouseholdOuting.deleted.is_(False),
        *mine(HouseholdOuting))
    return {
        "visits": session.scalar(select(func.count()).select_from(visits_gone.subquery())) or 0,
        "visitor_checks": by_kind.get("visitor", 0),
        "resident_checks": by_kind.get("resident", 0),
        "other_checks": sum(n for k, n in by_kind.items() if k not in ("visitor", "resident")),
        "returnees": session.scalar(select(func.count()).select_from(returnees.subquery())) or 0,
        "follow_ups": _count_children(session, FollowUp, returnees),
        "observation_alerts": _count_children(session, ObservationAlert, returnees),
        "exit_attempts": _count_children(session, ExitAttempt, returnees),
        "household_outings": session.scalar(outings) or 0,
    }


def _count_children(session: Session, model: Any, returnees: Any) -> int:
    return session.scalar(select(func.count()).select_from(model).where(
        model.returnee_id.in_(returnees), model.deleted.is_(False))) or 0


# --- deleting -------------------------------------------------------------------------------------


class _Totals:
    """Day totals of the rows one batch deletes, added to the stored ``DayTotal`` rows."""

    def __init__(self, zone: ZoneInfo, gates: dict[Any, str]) -> None:
        self.zone, self.gates = zone, gates
        self.days: dict[tuple[uuid.UUID, date], dict[str, Any]] = {}

    def _day(self, replica_id: uuid.UUID, at: datetime) -> dict[str, Any]:
        local = at.astimezone(self.zone)
        key = (replica_id, local.date())
        day = self.days.setdefault(key, {"checks": 0, "fevers": 0, "people": set(), "admitted": 0, "refused": 0,
                                         "by_hour": {}})
        return day

    def check(self, replica_id: uuid.UUID, row: Any) -> None:
        if row.deleted or row.recheck_of_id is not None:
            return  # reports count first readings still on file
        day = self._day(replica_id, row.taken_at)
        day["checks"] += 1
        day["fevers"] += int(row.is_fever)
        day["people"].add(row.visit_id or row.person_id or row.id)
        gate = self.gates.get(row.gate_id, "–")
        hours = day["by_hour"].setdefault(gate, [0] * 24)
        hours[row.taken_at.astimezone(self.zone).hour] += 1

    def visit(self, replica_id: uuid.UUID, row: Any) -> None:
        if not row.deleted:
            self._day(replica_id, row.time_in)["admitted" if row.admitted else "refused"] += 1

    def store(self, session: Session, site_id: uuid.UUID) -> None:
        for (replica_id, day), counted in self.days.items():
            total = session.get(DayTotal, day_total_id(replica_id, day))
            if total is None:
                total = DayTotal(id=day_total_id(replica_id, day), site_id=site_id, replica_id=replica_id, day=day,
                                 checks=0, people=0, fevers=0, admitted=0, refused=0, by_hour={})
                session.add(total)
            total.checks += counted["checks"]
            total.fevers += counted["fevers"]
            total.people += len(counted["people"])
            total.admitted += counted["admitted"]
            total.refused += counted["refused"]
            hours = {gate: list(values) for gate, values in (total.by_hour or {}).items()}
            for gate, values in counted["by_hour"].items():
                hours[gate] = [a + b for a, b in zip(hours.get(gate, [0] * 24), values, strict=True)]
            total.by_hour = hours


_CHECK_COLUMNS = (TemperatureCheck.id, TemperatureCheck.person_id, TemperatureCheck.visit_id,
                  TemperatureCheck.gate_id, TemperatureCheck.taken_at, TemperatureCheck.is_fever,
                  TemperatureCheck.recheck_of_id, TemperatureCheck.deleted, TemperatureCheck.subject_kind,
                  TemperatureCheck.rev_replica_id)


def _batches(groups: Iterable[list[Any]], size: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for group in groups:
        if batch and len(batch) + len(group) > size:
            yield batch
            batch = []
        batch.extend(group)
    if batch:
        yield batch


@dataclass
class _Purge:
    """One purge of one compound's records, run batch by batch through ``run``."""

    run: Run
    site_id: uuid.UUID
    zone: ZoneInfo
    cutoff: datetime
    first_kept: date
    replicas: list[uuid.UUID] | None
    """Only the records these computers wrote (the street office applying a compound's purge)."""
    totals_for: uuid.UUID | None | bool
    """The computer whose day totals the counts go to; True: each row's own computer; None: none."""
    batch: int = BATCH
    progress: Progress | None = None
    counts: Counter[str] | None = None

    def __post_init__(self) -> None:
        self.counts = Counter()
        self.gate_names: dict[Any, str] = {}

    def _owner(self, row: Any) -> uuid.UUID:
        return row.rev_replica_id if self.totals_for is True else self.totals_for  # type: ignore[return-value]

    def events(self) -> None:
        """Visits, checks and outings, day by day from the oldest."""
        oldest = self.run(self._oldest)
        if oldest is None:
            return
        day = oldest.astimezone(self.zone).date()
        days = (self.first_kept - day).days
        for done in range(days):
            if self.progress is not None and self.progress(done, days) is False:
                break
            self._day(day + timedelta(days=done))

    def _oldest(self, session: Session) -> datetime | None:
        replica = self._replica_condition
        found = [session.scalar(select(func.min(TemperatureCheck.taken_at)).where(
                     TemperatureCheck.site_id == self.site_id, TemperatureCheck.taken_at < self.cutoff,
                     *replica(TemperatureCheck))),
                 session.scalar(select(func.min(Visit.time_in)).where(
                     Visit.site_id == self.site_id, Visit.time_in < self.cutoff, *replica(Visit))),
                 session.scalar(select(func.min(HouseholdOuting.at)).join(
                     Person, HouseholdOuting.person_id == Person.id).where(
                     Person.site_id == self.site_id, HouseholdOuting.at < self.cutoff, *replica(HouseholdOuting)))]
        found = [f for f in found if f is not None]
        return min(found) if found else None

    def _replica_condition(self, model: Any) -> list[Any]:
        return [] if self.replicas is None else [model.rev_replica_id.in_(self.replicas)]

    def _day(self, day: date) -> None:
        """One day's events: read first, without the write lock (the gate saves meanwhile), then
        deleted batch by batch, each batch's day totals written in its own transaction."""
        start, end = day_bounds(self.zone, day)
        end = min(end, self.cutoff)
        tc = TemperatureCheck

        def plan(session: Session) -> tuple[list[Any], list[Any], list[uuid.UUID], list[uuid.UUID]]:
            visits = session.execute(select(Visit.id, Visit.time_in, Visit.admitted, Visit.deleted,
                                            Visit.rev_replica_id).where(
                Visit.site_id == self.site_id, Visit.time_in >= start, Visit.time_in < end,
                *self._replica_condition(Visit))).all()
            of_day = and_(tc.site_id == self.site_id, tc.taken_at >= start, tc.taken_at < end,
                          *self._replica_condition(tc))
            checks = session.execute(select(*_CHECK_COLUMNS).where(
                or_(of_day, tc.visit_id.in_([v.id for v in visits])) if visits else of_day)).all()
            holds = [c.id for c in checks if c.recheck_of_id is None and c.is_fever]
            known = {c.id for c in checks}
            # A second reading taken after midnight goes with the first (it points at it).
            later = [c for c in session.execute(select(*_CHECK_COLUMNS).where(tc.recheck_of_id.in_(holds))).all()
                     if c.id not in known] if holds else []
            outings = session.scalars(select(HouseholdOuting.id).join(
                Person, HouseholdOuting.person_id == Person.id).where(
                Person.site_id == self.site_id, HouseholdOuting.at >= start, HouseholdOuting.at < end,
                *self._replica_condition(HouseholdOuting))).all()
            gates = list(session.execute(select(Gate.id, Gate.name)).all())
            return [*checks, *later], list(visits), list(outings), gates

        checks, visits, outings, gates = self.run(plan)
        self.gate_names = dict(gates)
        # A batch holds whole groups: a person's checks of the day, or a visit and its checks, so
        # "people checked" adds up exactly over the batches.
        groups: dict[Any, list[Any]] = {visit.id: [visit] for visit in visits}
        by_id = {c.id: c for c in checks}
        for check in checks:
            first = by_id.get(check.recheck_of_id, check)
            groups.setdefault(first.visit_id or first.person_id or first.id, []).append(check)
        for batch in _batches(groups.values(), self.batch):
            self.run(lambda session, batch=batch: self._delete_events(session, batch))
        for start_at in range(0, len(outings), self.batch):
            chunk = outings[start_at:start_at + self.batch]
            self.run(lambda session, chunk=chunk: self._delete_outings(session, chunk))

    def _delete_events(self, session: Session, rows: list[Any]) -> None:
        checks = [r for r in rows if hasattr(r, "taken_at")]
        visits = [r for r in rows if not hasattr(r, "taken_at")]
        current_revision(session)  # the write lock from here: the statements below, and the commit
        if self.totals_for is not None:
            totals = _Totals(self.zone, self.gate_names)
            for row in checks:
                totals.check(self._owner(row), row)
            for row in visits:
                totals.visit(self._owner(row), row)
            totals.store(session, self.site_id)
        for row in checks:  # tombstones of erased records go too, uncounted
            if not row.deleted:
                self.counts[{"visitor": "visitor_checks", "resident": "resident_checks"}.get(
                    row.subject_kind, "other_checks")] += 1
        self.counts["visits"] += sum(not row.deleted for row in visits)
        check_ids, visit_ids = [r.id for r in checks], [r.id for r in visits]
        session.execute(delete(TemperatureCheck).where(TemperatureCheck.recheck_of_id.in_(check_ids),
                                                       TemperatureCheck.id.not_in(check_ids)))
        session.execute(delete(TemperatureCheck).where(TemperatureCheck.id.in_(check_ids)))
        if visit_ids:
            session.execute(delete(TemperatureCheck).where(TemperatureCheck.visit_id.in_(visit_ids)))
            session.execute(delete(Visit).where(Visit.id.in_(visit_ids)))
        session.execute(delete(SyncConflict).where(SyncConflict.row_id.in_(check_ids + visit_ids)))

    def _delete_outings(self, session: Session, ids: list[uuid.UUID]) -> None:
        self.counts["household_outings"] += session.scalar(select(func.count()).select_from(HouseholdOuting).where(
            HouseholdOuting.id.in_(ids), HouseholdOuting.deleted.is_(False))) or 0
        session.execute(delete(HouseholdOuting).where(HouseholdOuting.id.in_(ids)))

    def observations(self) -> None:
        """Observations that ended before the first kept day, with everything hanging on them."""
        ids = self.run(lambda session: list(session.scalars(select(Returnee.id).where(
            *_ended_before(self.site_id, self.first_kept)))))
        for start_at in range(0, len(ids), OBSERVATION_BATCH):
            chunk = ids[start_at:start_at + OBSERVATION_BATCH]
            self.run(lambda session, chunk=chunk: self._delete_observations(session, chunk))

    def _delete_observations(self, session: Session, ids: list[uuid.UUID]) -> None:
        for model, kind in ((FollowUp, "follow_ups"), (ObservationAlert, "observation_alerts"),
                            (ExitAttempt, "exit_attempts"), (Returnee, "returnees")):
            key = model.id if model is Returnee else model.returnee_id
            self.counts[kind] += session.scalar(select(func.count()).select_from(model).where(
                key.in_(ids), model.deleted.is_(False))) or 0
            session.execute(delete(model).where(key.in_(ids)))
        session.execute(delete(SyncConflict).where(SyncConflict.row_id.in_(ids)))


# --- at the gate ----------------------------------------------------------------------------------


def purge_expired(sessions: sessionmaker[Session], actor: Actor | None = None, *, dry_run: bool = False,
                  progress: Progress | None = None, convert: bool = False, batch: int = BATCH) -> PurgeReport:
    """Delete what is past this compound's ``retention_days``; ``actor`` None: the program's own
    purge (at start-up and at midnight), which needs no role. A ``dry_run`` only counts.
    ``convert``: a file from before incremental vacuuming is rewritten once (``reclaim_space``)."""
    with sessions.begin() as session:
        if actor is not None:
            authorize(session, actor, Role.HEAD)
        site_id = actor.site_id if actor is not None else current_replica(session).site_id
        zone = site_zone(session, site_id)
        first_kept = first_kept_day(zone, load_policy(session, site_id).retention_days)
        cutoff = day_bounds(zone, first_kept)[0]
        expected = count_expired(session, site_id, cutoff, first_kept)
        replica_id = current_replica(session).id
        replicas = own_replicas(session)
        erased = {} if dry_run else cascade_erasures(session, site_id)
    if dry_run:
        return PurgeReport(first_kept, expected, dry_run=True)
    if not sum(expected.values()) and not erased and actor is None:
        return PurgeReport(first_kept, expected, dry_run=False)  # nothing due: nothing written

    with _purging(sessions.kw["bind"]) as connection:
        def run(work: Callable[[Session], T]) -> T:
            started = time.monotonic()
            with sessions(bind=connection) as session, session.begin():
                if actor is not None:
                    session.info["actor_id"] = actor.user_id
                result = work(session)
            _checkpoint(connection)
            # A check saved meanwhile waits for the database: SQLite lets it try again every
            # 25 ms at first, so a pause at least that long between batches lets it through.
            time.sleep(max(PAUSE_S, time.monotonic() - started))
            return result

        purge = _Purge(run, site_id, zone, cutoff, first_kept, None, replica_id, batch=batch, progress=progress)
        purge.events()
        purge.observations()
        counts = {kind: purge.counts[kind] + erased.get(kind, 0) for kind in KINDS}

        def finish(session: Session) -> None:
            if sum(counts.values()):
                session.add(PurgeRecord(site_id=site_id, events_before=cutoff, observations_before=first_kept,
                                        replicas=[r.hex for r in replicas], at=clock.now()))
            audit(session, "data.purge", "site", site_id, kept_from=first_kept.isoformat(), **counts)

        run(finish)
    if sum(counts.values()):
        reclaim_space(sessions.kw["bind"], convert=convert)
    return PurgeReport(first_kept, counts, dry_run=False)


PURGE_CACHE_KIB = 256 * 1024
"""The purge's own page cache: the indexes it deletes from stay in memory from batch to batch."""


@contextmanager
def _purging(engine: Engine) -> Iterator[Connection]:
    """One connection for the whole purge, with a large cache, that folds the log into the file
    after each batch itself: left to the default, the next check saved at the gate would pay for
    folding in what the purge wrote."""
    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:
            connection.exec_driver_sql(f"PRAGMA cache_size=-{PURGE_CACHE_KIB}")
            connection.exec_driver_sql("PRAGMA wal_autocheckpoint=0")
            # A batch lost to a power cut is purged again the next time; in the log it is whole or
            # absent, with its day totals, so the wait for the disk at each commit is not needed.
            connection.exec_driver_sql("PRAGMA synchronous=NORMAL")
            connection.commit()
        try:
            yield connection
        finally:
            if connection.in_transaction():
                connection.rollback()
            if sqlite:
                from app.db.engine import CACHE_KIB

                connection.exec_driver_sql(f"PRAGMA cache_size=-{CACHE_KIB}")
                connection.exec_driver_sql("PRAGMA wal_autocheckpoint=1000")
                connection.exec_driver_sql("PRAGMA synchronous=FULL")
                connection.commit()


def _checkpoint(connection: Connection) -> None:
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)")
        connection.commit()


def cascade_erasures(session: Session, site_id: uuid.UUID) -> dict[str, int]:
    """Records still hanging on people erased elsewhere (their tombstone came with a bundle):
    deleted here too."""
    erased = select(Person.id).where(Person.site_id == site_id, Person.deleted.is_(True))
    checks = list(session.scalars(select(TemperatureCheck.id).where(
        TemperatureCheck.person_id.in_(erased), TemperatureCheck.deleted.is_(False))))
    # Tombstones stay (an erasure's own travel to the office); what is still live goes.
    returnees = list(session.scalars(select(Returnee.id).where(
        Returnee.person_id.in_(erased), Returnee.deleted.is_(False))))
    outings = list(session.scalars(select(HouseholdOuting.id).where(
        HouseholdOuting.person_id.in_(erased), HouseholdOuting.deleted.is_(False))))
    counts: Counter[str] = Counter()
    if not checks and not returnees and not outings:
        return {}
    counts["resident_checks"] += session.execute(delete(TemperatureCheck).where(
        TemperatureCheck.recheck_of_id.in_(checks), TemperatureCheck.id.not_in(checks))).rowcount or 0
    counts["resident_checks"] += session.execute(
        delete(TemperatureCheck).where(TemperatureCheck.id.in_(checks))).rowcount or 0
    for model, kind in ((FollowUp, "follow_ups"), (ObservationAlert, "observation_alerts"),
                        (ExitAttempt, "exit_attempts")):
        counts[kind] += session.execute(delete(model).where(model.returnee_id.in_(returnees))).rowcount or 0
    counts["returnees"] += session.execute(delete(Returnee).where(Returnee.id.in_(returnees))).rowcount or 0
    counts["household_outings"] += session.execute(
        delete(HouseholdOuting).where(HouseholdOuting.id.in_(outings))).rowcount or 0
    return dict(counts)


def reclaim_space(engine: Engine, convert: bool = False) -> None:
    """Give the pages the purge freed back to the file system, and fold the write-ahead log (which
    still holds the pages as they were) into the file. ``secure_delete`` already overwrote the
    deleted bytes. A file made before incremental vacuuming keeps its (zeroed) free pages for
    reuse, unless ``convert``: then one ``VACUUM`` rewrites it, which holds the gate up for as
    long as it takes, so only a purge someone asked for does it."""
    if engine.dialect.name != "sqlite":
        return
    with engine.connect() as connection:
        incremental = connection.exec_driver_sql("PRAGMA auto_vacuum").scalar() == 2
        if not incremental and convert:
            connection.exec_driver_sql("PRAGMA auto_vacuum = INCREMENTAL")
            connection.exec_driver_sql("VACUUM")
            incremental = True
        raw = connection.connection.driver_connection
        while incremental and connection.exec_driver_sql("PRAGMA freelist_count").scalar():
            raw.execute(f"PRAGMA incremental_vacuum({RECLAIM_PAGES})").fetchall()  # a page per step
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()



def retention_days(session: Session, actor: Actor) -> int:
    """How long this compound keeps visits and checks, for the visitor form's privacy line."""
    authorize(session, actor, Role.GUARD)
    return load_policy(session, actor.site_id).retention_days


def purge_on_schedule(sessions: sessionmaker[Session], actor: Actor) -> PurgeReport:
    """The program's own purge (at start-up, at midnight), whoever is signed in: no role asked,
    no rewrite of the file (``reclaim_space``)."""
    del actor
    return purge_expired(sessions, None)
