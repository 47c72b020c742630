"""Policy values (thresholds, delays, durations): defaults here, overrides in the database."""

from __future__ import annotations

import re

import uuid
from dataclasses import dataclass, fields, replace

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from app.errors import QT_TRANSLATE_NOOP, ValidationError
from app.models import PolicySetting
from app.services.context import Actor, Role, audit, authorize


@dataclass(frozen=True)
class Policy:
    fever_threshold_dt: int = 373
    recheck_delay_s: int = 180
    observation_days: int = 14
    visitor_pass_hours: int = 12
    household_outing_days: int = 0
    """One member of a household may go out every N days; 0 turns the rule off."""
    temporary_pass_days: int = 30
    """How long a resident's printed temporary pass is valid."""
    receipt_warn_days: int = 3
    """Warn when the street office has not acknowledged an export for this many days."""
    idle_lock_minutes: int = 5
    """The gate's window locks after this many minutes with no key or mouse input."""
    retention_days: int = 28
    """Visits, checks and ended observations are deleted this many days after their day."""
    hub_retention_days: int = 90
    """The street office's own period for the compounds' records it holds (its own value)."""


_SETTINGS = select(PolicySetting.key, PolicySetting.value).where(
    PolicySetting.site_id == bindparam("site_id"), PolicySetting.deleted.is_(False)
)


POLICY_RANGES = {
    "fever_threshold_dt": (370, 400),
    "recheck_delay_s": (0, 1800),
    "observation_days": (1, 60),
    "visitor_pass_hours": (1, 72),
    "household_outing_days": (0, 30),
    "temporary_pass_days": (1, 365),
    "receipt_warn_days": (1, 60),
    "idle_lock_minutes": (1, 60),
    "retention_days": (7, 365),
    "hub_retention_days": (7, 365),
}


def load_policy(session: Session, site_id: uuid.UUID) -> Policy:
    rows = session.execute(_SETTINGS, {"site_id": site_id})
    known = {f.name for f in fields(Policy)}
    return replace(Policy(), **{key: value for key, value in rows if key in known})


def set_policy(session: Session, actor: Actor, key: str, raw: str) -> Policy:
    """Set one policy value (an administrator's; later the street office sends these)."""
    authorize(session, actor, Role.ADMIN)
    if key not in POLICY_RANGES:
        raise ValidationError("policy", QT_TRANSLATE_NOOP("Errors", "Choose one of: {choices}."),
                              choices=", ".join(sorted(POLICY_RANGES)))
    low, high = POLICY_RANGES[key]
    if not re.fullmatch(r"[0-9]{1,6}", raw.strip()) or not low <= int(raw) <= high:
        raise ValidationError("policy", QT_TRANSLATE_NOOP("Errors", "Enter a whole number from {low} to {high}."),
                              low=low, high=high)
    row = session.scalars(select(PolicySetting).where(
        PolicySetting.site_id == actor.site_id, PolicySetting.key == key)).first()
    row = row or PolicySetting(site_id=actor.site_id, key=key)
    row.value, row.deleted = int(raw), False
    session.add(row)
    session.flush()
    audit(session, "policy.set", "policy_setting", row.id, key=key, value=int(raw))
    return load_policy(session, actor.site_id)
