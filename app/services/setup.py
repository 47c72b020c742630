"""First run: create the compound, its gates, the administrator and this replica."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import clock
from app.errors import QT_TRANSLATE_NOOP, ValidationError
from app.models import Gate, Replica, Site, new_id
from app.services.auth import actor_for, first_admin
from app.services.context import Actor, audit


@dataclass(frozen=True)
class SiteView:
    id: uuid.UUID
    name: str
    committee: str
    timezone: str
    gates: list[str]


def _required_text(field_name: str, raw: str, limit: int) -> str:
    value = " ".join(raw.split())
    if not value or len(value) > limit:
        raise ValidationError(
            field_name,
            QT_TRANSLATE_NOOP("Errors", "Enter 1 to {limit} characters."),
            limit=limit,
        )
    return value


def is_initialised(session: Session) -> bool:
    return session.scalars(select(Replica.id)).first() is not None


def local_site(session: Session) -> SiteView | None:
    """The compound this database belongs to, or None before the setup."""
    site_id = session.scalars(select(Replica.site_id)).first()
    return site_view(session, site_id) if site_id else None


def init_site(session: Session, *, site_name: str, committee: str, admin_username: str,
              admin_password: str, gates: list[str], timezone: str = "Asia/Shanghai") -> Actor:
    """Create everything a new compound needs; returns the administrator, signed in."""
    if is_initialised(session):
        raise ValidationError(
            "site", QT_TRANSLATE_NOOP("Errors", "This database already has a compound.")
        )
    site_id = new_id()
    site = Site(id=site_id, origin_site_id=site_id,
                name=_required_text("site", site_name, 100),
                committee=_required_text("committee", committee, 100), timezone=timezone)
    gate_names = [_required_text("gate", g, 50) for g in gates]
    if not gate_names:
        raise ValidationError("gate", QT_TRANSLATE_NOOP("Errors", "Enter at least one gate."))
    if len(set(gate_names)) != len(gate_names):
        raise ValidationError("gate", QT_TRANSLATE_NOOP("Errors", "Gate names must differ."))
    admin = first_admin(session, site_id, admin_username, admin_password)
    gate_rows = [Gate(id=new_id(), site_id=site_id, name=name) for name in gate_names]
    # The replica row first: every later flush stamps its rows from it.
    session.add(Replica(id=new_id(), site_id=site_id, counter=0,
                        default_gate_id=gate_rows[0].id, created_at=clock.now()))
    session.flush()
    session.info["actor_id"] = admin.id
    session.add(site)
    session.flush()
    session.add_all([admin, *gate_rows])
    session.flush()
    from app.services.sync import create_site_keys

    create_site_keys(session, site_id, site.name)
    audit(session, "site.init", "site", site_id, gates=len(gate_rows))
    return actor_for(admin)


@dataclass(frozen=True)
class GateView:
    id: uuid.UUID
    name: str


def list_gates(session: Session, actor: Actor) -> list[GateView]:
    rows = session.execute(
        select(Gate.id, Gate.name)
        .where(Gate.site_id == actor.site_id, Gate.active.is_(True), Gate.deleted.is_(False))
        .order_by(Gate.created_at, Gate.name)
    )
    return [GateView(*row) for row in rows]


def site_name(session: Session, site_id: uuid.UUID) -> str:
    return session.scalars(select(Site.name).where(Site.id == site_id)).one()


def site_view(session: Session, site_id: uuid.UUID) -> SiteView:
    site = session.get_one(Site, site_id)
    gates = session.scalars(
        select(Gate.name).where(Gate.site_id == site_id, Gate.deleted.is_(False)).order_by(Gate.name)
    )
    return SiteView(site.id, site.name, site.committee, site.timezone, list(gates))
