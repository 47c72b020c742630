"""SQLAlchemy models; importing this package registers every table on ``Base.metadata``."""

from app.models.audit import AuditEntry
from app.models.base import Base, Synced, new_id
from app.models.check import TemperatureCheck
from app.models.printing import NoticeText, RegisterSheet
from app.models.privacy import DayTotal, PurgeRecord
from app.models.resident import Household, Person
from app.models.returnee import ExitAttempt, FollowUp, HouseholdOuting, ObservationAlert, Returnee
from app.models.site import Gate, PolicySetting, Replica, Site
from app.models.sync import SyncBundle, SyncConflict, SyncKey, SyncState
from app.models.user import User
from app.models.visit import Visit
from app.models.watch import WatchEntry

from sqlalchemy import Index as _Index

# What a replica changed since a watermark: how sync counts and exports (rev_replica_id, rev_counter).
for _table in Base.metadata.sorted_tables:
    if {"rev_replica_id", "rev_counter"} <= set(_table.c.keys()):
        _Index(f"ix_{_table.name}_revision", _table.c.rev_replica_id, _table.c.rev_counter)

__all__ = [
    "AuditEntry", "Base", "DayTotal", "PurgeRecord", "ExitAttempt", "FollowUp", "Gate", "Household", "HouseholdOuting", "NoticeText", "ObservationAlert",
    "Person", "PolicySetting", "RegisterSheet", "Replica", "Returnee", "Site", "SyncBundle", "SyncConflict", "SyncKey", "SyncState", "Synced", "TemperatureCheck",
    "User", "Visit", "WatchEntry", "new_id",
]
