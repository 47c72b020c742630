"""Retention and erasure at the street office, applied to what the compounds send.

After each compound's bundle is merged (``app.services.hub``): records still hanging on people the
compound erased are deleted, and the compound's purges (``PurgeRecord``) are applied to the same
records here. The office's own ``hub_retention_days`` (``purge_office``: ``gatepost hub purge``)
deletes what is older still, keeping day totals like a gate does (``app.services.retention``).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import PurgeRecord, Site
from app.services.context import Actor, Role, audit, authorize
from app.services.policy import load_policy
from app.services.retention import KINDS, PurgeReport, _Purge, cascade_erasures, count_expired, first_kept_day
from app.services.site_time import day_bounds, site_zone

T = TypeVar("T")


def _in(session: Session) -> Callable[[Callable[[Session], T]], T]:
    """Every step in the caller's one transaction: the import is all or nothing."""
    return lambda work: work(session)


def apply_compound_purges(session: Session, site_id: uuid.UUID) -> dict[str, int]:
    """Delete what the compound's computers purged: per computer, its events before its latest
    purge's time; the compound's observations that ended before the latest purge's day."""
    records = session.execute(select(PurgeRecord.events_before, PurgeRecord.observations_before, PurgeRecord.replicas)
                              .where(PurgeRecord.site_id == site_id, PurgeRecord.deleted.is_(False))).all()
    if not records:
        return {}
    zone = site_zone(session, site_id)
    before: dict[str, datetime] = {}
    observations = max(record.observations_before for record in records)
    for events_before, _observations, replicas in records:
        for replica in replicas or []:
            before[replica] = max(before.get(replica, events_before), events_before)
    counts: dict[str, int] = dict.fromkeys(KINDS, 0)
    for replica, cutoff in before.items():
        purge = _Purge(_in(session), site_id, zone, cutoff, cutoff.astimezone(zone).date(),
                       [uuid.UUID(replica)], None)
        purge.events()
        for kind, n in purge.counts.items():
            counts[kind] += n
    purge = _Purge(_in(session), site_id, zone, day_bounds(zone, observations)[0], observations, None, None)
    purge.observations()
    for kind, n in purge.counts.items():
        counts[kind] += n
    return counts


def apply_office_retention(session: Session, site_id: uuid.UUID, office_id: uuid.UUID,
                           dry_run: bool = False) -> PurgeReport:
    """The office's own period (``hub_retention_days``) over one compound's records."""
    zone = site_zone(session, site_id)
    first_kept = first_kept_day(zone, load_policy(session, office_id).hub_retention_days)
    cutoff = day_bounds(zone, first_kept)[0]
    if dry_run:
        return PurgeReport(first_kept, count_expired(session, site_id, cutoff, first_kept), dry_run=True)
    purge = _Purge(_in(session), site_id, zone, cutoff, first_kept, None, True)
    purge.events()
    purge.observations()
    return PurgeReport(first_kept, {kind: purge.counts[kind] for kind in KINDS}, dry_run=False)


def after_import(session: Session, header: Any, manifest: dict[str, Any]) -> None:
    """What the compound's bundle asks of the office once merged: its audit head kept
    (``app.services.audit_heads``), its erasures and its purges applied. (The office's own
    period runs on its own schedule: ``purge_office``.)"""
    from app.services.audit_heads import record_head

    site_id = uuid.UUID(header.sender_id)
    record_head(session, site_id, uuid.UUID(header.sender_replica_id), header.sequence, manifest.get("audit"))
    if session.get(Site, site_id) is None:
        return
    cascade_erasures(session, site_id)
    apply_compound_purges(session, site_id)


def purge_office(session: Session, actor: Actor, site_ids: list[uuid.UUID], *,
                 dry_run: bool = False) -> dict[str, PurgeReport]:
    """``hub purge``: the office's retention over every compound it holds records of."""
    authorize(session, actor, Role.HEAD)
    reports = {}
    for site_id in site_ids:
        if session.get(Site, site_id) is not None:
            reports[str(site_id)] = apply_office_retention(session, site_id, actor.site_id, dry_run)
    if not dry_run:
        totals = {kind: sum(r.counts[kind] for r in reports.values()) for kind in KINDS}
        audit(session, "data.purge", "site", actor.site_id, compounds=len(reports), **totals)
    return reports

