"""USB sync at a compound: keys, export to the street office, receipts and policy bundles back."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Boolean, func, select
from sqlalchemy.orm import Session, sessionmaker

from app import clock
from app.db.engine import key_of, sqlite_path
from app.db.replica import current_replica, record_published
from app.errors import QT_TRANSLATE_NOOP, GatePostError, ValidationError
from app.models import PolicySetting, Replica, Site, SyncBundle, SyncConflict, SyncKey
from app.services.context import Actor, Role, audit, authorize
from app.services.policy import POLICY_RANGES
from app.services.sync_state import (
    KeyView, own_replicas, set_state, state, watermarks,
)
from app.sync import exchange
from app.sync.bundle import BundleRejected, Header, damaged, read_header
from app.sync.keys import key_file, new_key_pair, read_key_file
from app.sync.merge import merge_rows
from app.sync.payload import RowCopy
from app.sync.tables import DOWN_TABLES, UP_TABLES, table


@dataclass(frozen=True)
class Exported:
    path: str
    sequence: int
    rows: int


@dataclass(frozen=True)
class BundleView:
    at: datetime
    direction: str
    kind: str
    sequence: int
    rows: int
    file_name: str
    acknowledged: bool


def create_site_keys(session: Session, site_id: uuid.UUID, name: str, role: str = "site") -> KeyView:
    """This database's own signing and encryption keys, made once at set-up."""
    pair = new_key_pair(site_id, name, role)
    exchange.add_key(session, pair.public, pair)
    return KeyView(name, role, pair.public.fingerprint)


def _site_key(session: Session, actor: Actor) -> SyncKey:
    """This compound's own key, made now for a database set up before sync existed."""
    if session.scalars(select(SyncKey.id).where(SyncKey.sign_secret.is_not(None))).first() is None:
        site = session.get_one(Site, actor.site_id)
        create_site_keys(session, site.id, site.name)
    return exchange.own_key(session)


def own_public_key_file(session: Session, actor: Actor) -> bytes:
    authorize(session, actor, Role.GUARD)
    key = _site_key(session, actor)
    audit(session, "keys.export", "sync_key", key.id, fingerprint=key.fingerprint)
    return key_file(exchange.public_of(key), key.sign_secret or b"")


def own_fingerprint(session: Session, actor: Actor) -> KeyView:
    authorize(session, actor, Role.GUARD)
    key = _site_key(session, actor)
    return KeyView(key.owner_name, key.role, key.fingerprint)


def import_office_key(session: Session, actor: Actor, data: bytes) -> KeyView:
    """Trust the street office's public keys (read the fingerprint out over the phone)."""
    authorize(session, actor, Role.ADMIN)
    public = read_key_file(data)
    if public.role != "office":
        raise ValidationError("file", QT_TRANSLATE_NOOP("Errors", "This is a compound's key, not the street office's."))
    for old in session.scalars(select(SyncKey).where(SyncKey.role == "office", SyncKey.revoked.is_(False))):
        if old.fingerprint != public.fingerprint:
            old.revoked = True  # a new office key replaces the old one
    if session.scalars(select(SyncKey).where(SyncKey.fingerprint == public.fingerprint)).first() is None:
        exchange.add_key(session, public)
    audit(session, "sync.office_key", "sync_key", None, fingerprint=public.fingerprint)
    return KeyView(public.owner_name, public.role, public.fingerprint)


def office_key(session: Session) -> SyncKey:
    key = session.scalars(select(SyncKey).where(SyncKey.role == "office", SyncKey.revoked.is_(False))).first()
    if key is None:
        raise ValidationError("keys", QT_TRANSLATE_NOOP(
            "Errors", "The street office's key has not been imported yet (keys import-office)."))
    return key


def _unacknowledged(session: Session, site_id: uuid.UUID, replicas: list[uuid.UUID]) -> RowCopy:
    """This site's rows changed by ``replicas`` (this database's) above the acknowledged watermarks,
    copied by SQL from the database file (identifiers are stored as 32 hex digits in SQLite)."""
    acked = watermarks(session)
    condition = "origin_site_id = ? AND (" + " OR ".join(
        "(rev_replica_id = ? AND rev_counter > ?)" for _ in replicas) + ")"
    parameters = [site_id.hex, *[value for r in replicas for value in (r.hex, acked.get(r.hex, 0))]]
    source = sqlite_path(session.get_bind())
    if source is None:
        raise GatePostError(QT_TRANSLATE_NOOP("Errors", "Only a compound's own database can export."))
    return RowCopy(source, {name: (condition, parameters) for name in UP_TABLES}, key_of(session.get_bind()))


def export_events(session: Session, actor: Actor, folder: Path) -> Exported:
    """Write everything the office has not acknowledged to ``folder`` as one bundle."""
    authorize(session, actor, Role.GUARD)
    recipient = office_key(session)
    _site_key(session, actor)
    if not folder.is_dir():
        raise ValidationError("folder", QT_TRANSLATE_NOOP("Errors", "The folder {path} does not exist."),
                              path=str(folder))
    # The counters first: every row at or below them is committed and selected below.
    replicas = own_replicas(session)  # the current one first
    tops = {r.hex: _top_counter(session, r, current=r == replicas[0]) for r in replicas}
    rows = _unacknowledged(session, actor.site_id, replicas)
    path, header = exchange.send(session, folder, "events", recipient, rows, {"watermarks": tops},
                                 max_counter=max(tops.values()))
    primary = rows.selected
    audit(session, "sync.export", "bundle", uuid.UUID(header.bundle_id), rows=primary, sequence=header.sequence)
    session.flush()
    replica_id, counter = session.execute(select(Replica.id, Replica.counter)).one()
    record_published(session.get_bind(), replica_id, counter)
    return Exported(str(path), header.sequence, primary)


def _top_counter(session: Session, replica_id: uuid.UUID, current: bool) -> int:
    if current:
        # As committed: the rows are copied from the file, which cannot see this session's own
        # unfinished writes, so the watermark must not cover them either.
        with session.get_bind().connect() as committed:
            return committed.execute(select(Replica.counter)).scalar_one()
    return max((session.scalar(select(func.max(table(n).c.rev_counter)).where(
        table(n).c.rev_replica_id == replica_id)) or 0 for n in UP_TABLES), default=0)


def import_bundles(sessions: sessionmaker[Session], actor: Actor,
                   paths: Iterable[Path]) -> list[exchange.Received | BundleRejected]:
    """Import receipts and policy bundles from the office, one by one; each is all-or-nothing, and
    a refused file (its reason in the list) does not stop the rest."""
    with sessions() as session:
        authorize(session, actor, Role.GUARD)
    return exchange.receive_each(sessions.kw["bind"], paths, ("receipt", "policy"), _apply_down)


def _apply_down(session: Session, header: Header, inner: Path, manifest: dict[str, Any]) -> int:
    if header.kind == "receipt":
        return _apply_receipt(session, manifest)
    return _apply_policy(session, header, inner, manifest)


def _apply_receipt(session: Session, manifest: dict[str, Any]) -> int:
    acks = manifest.get("acks")
    if not isinstance(acks, dict) or not all(isinstance(v, int) for v in acks.values()):
        raise damaged()
    acked = watermarks(session)
    mine = {r.hex for r in own_replicas(session)}
    moved = 0
    for replica_hex, counter in acks.items():
        if replica_hex in mine and counter > acked.get(replica_hex, 0):
            acked[replica_hex] = counter
            moved += 1
    set_state(session, "acked", acked)
    set_state(session, "last_receipt_at", clock.now().isoformat())
    return moved


def _apply_policy(session: Session, header: Header, inner: Path, manifest: dict[str, Any]) -> int:
    version = manifest.get("dataset_version")
    if not isinstance(version, int) or version <= state(session, "dataset_version", 0):
        raise BundleRejected(QT_TRANSLATE_NOOP(
            "Errors", "This policy bundle is older than the one already in use; nothing was changed."))
    site_id = current_replica(session).site_id
    result = merge_rows(session.connection(), inner, DOWN_TABLES, {header.sender_id.replace("-", ""), site_id.hex})
    policies = manifest.get("policies", {})
    if not isinstance(policies, dict):
        raise damaged()
    for key, value in policies.items():
        low, high = POLICY_RANGES.get(key, (1, 0))
        if isinstance(value, int) and low <= value <= high:
            _set_policy_value(session, site_id, key, value)
    for fingerprint in manifest.get("revoked", []):
        key = session.scalars(select(SyncKey).where(SyncKey.fingerprint == str(fingerprint),
                                                     SyncKey.sign_secret.is_(None))).first()
        if key is not None:
            key.revoked = True
    set_state(session, "dataset_version", version)
    return result.applied


def _set_policy_value(session: Session, site_id: uuid.UUID, key: str, value: int) -> None:
    row = session.scalars(select(PolicySetting).where(PolicySetting.site_id == site_id,
                                                      PolicySetting.key == key)).first()
    if row is None:
        session.add(PolicySetting(site_id=site_id, key=key, value=value))
    elif row.value != value or row.deleted:
        row.value, row.deleted = value, False


def bundle_history(session: Session, actor: Actor, limit: int = 100) -> list[BundleView]:
    authorize(session, actor, Role.GUARD)
    acked = watermarks(session)
    rows = session.scalars(select(SyncBundle).order_by(SyncBundle.at.desc()).limit(limit))
    return [BundleView(b.at, b.direction, b.kind, b.sequence, b.rows, b.file_name,
                       b.direction == "out" and acked.get(b.sender_replica_id.hex, 0) >= b.max_counter)
            for b in rows]


# --- small read-only helpers for the sync page (added with the GUI) ---------------------------------


def read_key_view(data: bytes) -> KeyView:
    """Who a public key file belongs to and its fingerprint, to read out before trusting it."""
    public = read_key_file(data)
    return KeyView(public.owner_name, public.role, public.fingerprint)


def addressed_here(session: Session, actor: Actor, path: Path) -> bool:
    """Whether a bundle file is for this compound: the office puts every compound's receipts on
    one drive. A file that cannot be read counts as ours, so its import says what is wrong."""
    authorize(session, actor, Role.GUARD)
    try:
        header = read_header(path)[0]
    except BundleRejected:
        return True
    return header.recipient_id == str(_site_key(session, actor).owner_id)


@dataclass(frozen=True)
class ConflictView:
    id: uuid.UUID
    at: datetime
    table_name: str
    row_id: uuid.UUID
    field: str
    kept: str
    lost: str


def list_conflicts(session: Session, actor: Actor) -> list[ConflictView]:
    """Fields two computers changed at once, not yet reviewed: the value kept and the one that lost."""
    authorize(session, actor, Role.HEAD)
    rows = session.scalars(select(SyncConflict).where(SyncConflict.reviewed.is_(False))
                           .order_by(SyncConflict.at.desc()))
    return [ConflictView(c.id, c.at, c.table_name, c.row_id, c.field, _shown(c.table_name, c.field, c.kept),
                         _shown(c.table_name, c.field, c.lost)) for c in rows]


def _shown(table_name: str, field: str, value: Any) -> str:
    """A value as the committee may see it: personal numbers masked, readings in degrees, yes/no as ✓/✗."""
    from app.domain.identity import mask_id_number
    from app.domain.phone import mask_phone
    from app.domain.temperature import format_temperature

    text = "" if value is None else str(value)
    if field == "id_number":
        return mask_id_number(text)
    if field == "phone":
        return mask_phone(text)
    column = table(table_name).c.get(field) if table_name in UP_TABLES else None  # the office's tables too
    if column is not None and isinstance(column.type, Boolean) and text in ("0", "1", "True", "False"):
        return "✓" if text in ("1", "True") else "✗"
    if field.endswith("_dt") and text.lstrip("-").isdigit():
        return f"{format_temperature(int(text))} °C"
    return text


def mark_conflicts_reviewed(session: Session, actor: Actor, ids: Iterable[uuid.UUID]) -> int:
    authorize(session, actor, Role.HEAD)
    marked = 0
    for conflict in session.scalars(select(SyncConflict).where(SyncConflict.id.in_(list(ids)))):
        conflict.reviewed, marked = True, marked + 1
    audit(session, "sync.conflicts_reviewed", "sync_conflict", None, count=marked)
    return marked
