"""Where a compound's sync stands, read without the crypto: what the office has acknowledged,
what is still to send, the status bar's counter and the line printed on reports. Kept apart from
``app.services.sync`` so neither a report nor the gate's window loads the bundle code for them."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from app import clock
from app.errors import QT_TRANSLATE_NOOP, Translate
from app.db.replica import current_replica
from app.models import SyncBundle, SyncKey, SyncState
from app.services.context import Actor, Role, authorize
from app.services.policy import load_policy
from app.sync.tables import UP_TABLES, table


@dataclass(frozen=True)
class KeyView:
    owner: str
    role: str
    fingerprint: str


@dataclass(frozen=True)
class SyncStatus:
    unacknowledged: int
    last_receipt: str | None
    days_since_receipt: int | None
    warn: bool
    office: KeyView | None


def state(session: Session, key: str, default: Any = None) -> Any:
    row = session.get(SyncState, key)
    return default if row is None else row.value


def set_state(session: Session, key: str, value: Any) -> None:
    row = session.get(SyncState, key)
    if row is None:
        session.add(SyncState(key=key, value=value))
    else:
        row.value = value


def watermarks(session: Session) -> dict[str, int]:
    return dict(state(session, "acked", {}))


def own_replicas(session: Session) -> list[uuid.UUID]:
    """This database's replica id, and the ids it had before a restore gave it a new one."""
    current = current_replica(session).id
    return [current, *(uuid.UUID(r) for r in state(session, "earlier_replicas", []) if r != current.hex)]


def count_unacknowledged(session: Session, actor: Actor) -> int:
    authorize(session, actor, Role.GUARD)
    return _count_unacknowledged(session)


def _count_unacknowledged(session: Session) -> int:
    acked = watermarks(session)
    replicas = own_replicas(session)
    counts = []
    for name in UP_TABLES:
        t = table(name)
        # Counted on the (rev_replica_id, rev_counter) index alone: this replica never changes
        # rows of another origin (the office's are read-only here), so the origin is not read.
        counts.append(select(func.count()).select_from(t).where(or_(
            *[and_(t.c.rev_replica_id == r, t.c.rev_counter > acked.get(r.hex, 0)) for r in replicas]))
            .scalar_subquery())
    return session.scalar(select(sum(counts[1:], counts[0]))) or 0  # one statement, one round of compiling


def sync_status(session: Session, actor: Actor) -> SyncStatus:
    authorize(session, actor, Role.GUARD)
    office = session.scalars(select(SyncKey).where(SyncKey.role == "office", SyncKey.revoked.is_(False))).first()
    last = state(session, "last_receipt_at")
    days = None if last is None else (clock.now() - datetime.fromisoformat(last)).days
    limit = load_policy(session, actor.site_id).receipt_warn_days
    unacknowledged = count_unacknowledged(session, actor)
    warn = unacknowledged > 0 and (days is None or days >= limit)
    return SyncStatus(unacknowledged, last, days, warn,
                      KeyView(office.owner_name, office.role, office.fingerprint) if office else None)


def sync_line(session: Session, site_id: uuid.UUID, translate: Translate) -> str:
    """One printed line on the way to the street office: last export, what is not acknowledged."""
    from app.services.site_time import site_zone

    zone = site_zone(session, site_id)
    pending = _count_unacknowledged(session)
    last = session.execute(select(SyncBundle.at, SyncBundle.sequence).where(
        SyncBundle.direction == "out", SyncBundle.kind == "events").order_by(SyncBundle.at.desc()).limit(1)).first()
    receipt = state(session, "last_receipt_at")
    parts = [translate("Printing", QT_TRANSLATE_NOOP("Printing", "Last export: {when}, bundle {number}."), -1)
             .format(when=f"{last.at.astimezone(zone):%Y-%m-%d %H:%M}", number=last.sequence) if last else
             translate("Printing", QT_TRANSLATE_NOOP("Printing", "Nothing exported yet."), -1),
             translate("Printing", QT_TRANSLATE_NOOP(
                 "Printing", "Records not yet acknowledged by the street office: {n}."), -1).format(n=f"{pending:,}"),
             translate("Printing", QT_TRANSLATE_NOOP("Printing", "Last receipt: {when}."), -1).format(
                 when=f"{datetime.fromisoformat(receipt).astimezone(zone):%Y-%m-%d}") if receipt else
             translate("Printing", QT_TRANSLATE_NOOP("Printing", "No receipt yet."), -1)]
    return " ".join(parts)
