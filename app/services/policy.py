"""Policy values (thresholds, delays, durations): defaults here, overrides in the database."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, fields, replace

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from app.models import PolicySetting


@dataclass(frozen=True)
class Policy:
    fever_threshold_dt: int = 373
    recheck_delay_s: int = 180
    observation_days: int = 14
    visitor_pass_hours: int = 12


_SETTINGS = select(PolicySetting.key, PolicySetting.value).where(
    PolicySetting.site_id == bindparam("site_id"), PolicySetting.deleted.is_(False)
)


def load_policy(session: Session, site_id: uuid.UUID) -> Policy:
    rows = session.execute(_SETTINGS, {"site_id": site_id})
    known = {f.name for f in fields(Policy)}
    return replace(Policy(), **{key: value for key, value in rows if key in known})
