"""Reading the audit trail: whether its hash chain holds, and its entries since a day.

Verifying at a gate also checks the head its key file saved at the last audited change
(``app.db.vault``), so an end cut off the log is caught too; the street office checks each
compound's chain against the heads its bundles brought (``app.services.audit_heads``).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.audit_chain import Verdict, verify_chain
from app.domain.audit_chain import Head
from app.models import AuditEntry, User
from app.services.context import Actor, Role, audit, authorize
from app.services.site_time import day_bounds, site_zone


@dataclass(frozen=True)
class AuditRow:
    number: int
    at: str
    """Local time at the compound, ISO 8601 with its offset."""
    user: str
    """The account's user name; empty for the program itself (a purge at midnight)."""
    action: str
    entity: str
    entity_id: str | None
    detail: dict[str, Any]


def saved_heads(session: Session) -> list[Head]:
    """The heads kept outside this database: an encrypted gate's key file holds the last one."""
    held = session.info.get("vault")
    head = held[0].audit_head() if held else None
    return [Head(*head)] if head else []


def verify_audit(session: Session, actor: Actor) -> Verdict:
    authorize(session, actor, Role.HEAD)
    return verify_chain(session.connection(), saved_heads(session))


def list_audit(session: Session, actor: Actor, since: date | None = None,
               entity_ids: list[uuid.UUID] | None = None) -> list[AuditRow]:
    """Entries in the order written, from the start of ``since`` (the compound's day)."""
    authorize(session, actor, Role.HEAD)
    zone = site_zone(session, actor.site_id)
    query = (select(AuditEntry, User.username).outerjoin(User, User.id == AuditEntry.created_by)
             .order_by(AuditEntry.seq))
    if since is not None:
        query = query.where(AuditEntry.created_at >= day_bounds(zone, since)[0])
    if entity_ids is not None:
        query = query.where(AuditEntry.entity_id.in_(entity_ids))
    return [AuditRow(entry.seq, entry.created_at.astimezone(zone).isoformat(timespec="seconds"),
                     username or "", entry.action, entry.entity,
                     str(entry.entity_id) if entry.entity_id else None, dict(entry.detail or {}))
            for entry, username in session.execute(query)]


def note_export(session: Session, what: str, **detail: Any) -> None:
    """A file that leaves the program with personal data in it (a report, a key file)."""
    audit(session, "export." + what, what, None, **detail)
