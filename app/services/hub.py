"""The street office's hub: trust compounds, import their bundles, send receipts and policies back.

Every bundle it writes is signed with the office's key. Its accounts are the gate's (``app.services
.auth``: the same password and lockout rules), with the roles of ``OFFICE_ROLES``; every service
takes the signed-in ``(session, actor)``, checks the role and writes the audit trail. Its database
is an encrypted SQLite file by default, PostgreSQL by a database URL (``app.services.opening``).
"""

from __future__ import annotations

import unicodedata
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from app import clock
from app.db.replica import code_of
from app.errors import QT_TRANSLATE_NOOP, SetupRequired, ValidationError
from app.models import (
    PolicySetting, Replica, Returnee, Site, SyncBundle, SyncKey, TemperatureCheck, User, Visit, new_id,
)
from app.services.auth import actor_for, first_admin, sign_in
from app.services.context import Actor, Role, audit, authorize
from app.services.sync import create_site_keys
from app.services.sync_state import KeyView, set_state, state
from app.sync import exchange
from app.sync.bundle import BundleRejected, Header, damaged, read_header, verify_signature
from app.sync.keys import MAX_KEY_FILE, PublicKeys, key_file, read_key_file
from app.sync.merge import merge_rows
from app.sync.tables import DOWN_TABLES, UP_TABLES, table


@dataclass(frozen=True)
class SiteSummary:
    id: str
    name: str
    fingerprint: str
    checks: int
    visits: int
    returnees: int
    last_sequence: int
    gaps: list[dict[str, Any]]
    """Per sending computer (its replica code), the bundle numbers never received."""
    last_import: str | None


NOT_A_HUB = QT_TRANSLATE_NOOP(
    "Errors", "This is not a street office database; run gatepost hub init first.")
NO_ACCOUNTS = QT_TRANSLATE_NOOP(
    "Errors", "This street office has no accounts yet: give it its administrator with "
              "gatepost hub init --office NAME --admin NAME.")
SET_UP_ALREADY = QT_TRANSLATE_NOOP("Errors", "This database is already set up.")


def _office_name(raw: str) -> str:
    name = raw.strip()
    if not name or len(name) > 100:
        raise ValidationError("office", QT_TRANSLATE_NOOP("Errors", "Enter the street office's name (up to 100 characters)."))
    return name


def has_accounts(session: Session) -> bool:
    return session.scalars(select(User.id).where(User.deleted.is_(False))).first() is not None


def init_hub(session: Session, office_name: str, admin_username: str, admin_password: str) -> Actor:
    """Set up a street office and its administrator; returns them, signed in.

    A hub set up before the office had accounts keeps its office and keys and gets its
    administrator here (its name must be the office's)."""
    name = _office_name(office_name)
    if is_hub(session):
        office = exchange.own_key(session)
        if has_accounts(session):
            raise ValidationError("office", SET_UP_ALREADY)
        if office.owner_name != name:
            raise ValidationError("office", QT_TRANSLATE_NOOP(
                "Errors", "This hub belongs to the street office {name}; give that name."), name=office.owner_name)
        admin = first_admin(session, office.owner_id, admin_username, admin_password)
        session.info["actor_id"] = admin.id
        session.add(admin)
        session.flush()
        audit(session, "hub.first_admin", "user", admin.id)
        return actor_for(admin, office=True)
    if session.scalars(select(Replica.id)).first() is not None:
        raise ValidationError("office", SET_UP_ALREADY)
    admin = first_admin(session, None, admin_username, admin_password)  # before anything is written
    office_id = new_id()
    session.add(Replica(id=new_id(), site_id=office_id, counter=0, created_at=clock.now()))
    session.flush()
    session.info["actor_id"] = admin.id
    session.add(Site(id=office_id, origin_site_id=office_id, name=name, committee=name))
    session.flush()
    admin.site_id = office_id
    session.add(admin)
    set_state(session, "hub", True)
    create_site_keys(session, office_id, name, role="office")
    audit(session, "hub.init", "site", office_id)
    return actor_for(admin, office=True)


def is_hub(session: Session) -> bool:
    return bool(state(session, "hub", False))


def sign_in_office(session: Session, username: str, password: str) -> Actor:
    """An office account, signed in by ``app.services.auth.sign_in`` (its lockout, its audit)."""
    if not is_hub(session):
        raise SetupRequired(NOT_A_HUB)
    if not has_accounts(session):
        raise SetupRequired(NO_ACCOUNTS)
    return replace(sign_in(session, username, password), office=True)


def office_key(session: Session, actor: Actor) -> KeyView:
    """The office's name and the fingerprint compounds check when they trust its key."""
    authorize(session, actor, Role.HEAD)
    key = exchange.own_key(session)
    return KeyView(key.owner_name, key.role, key.fingerprint)


def office_key_file(session: Session, actor: Actor) -> bytes:
    authorize(session, actor, Role.HEAD)
    key = exchange.own_key(session)
    return key_file(exchange.public_of(key), key.sign_secret or b"")


class KeyAlreadyTrusted(ValidationError):
    """The compound already has another trusted key: refused unless the replacement is confirmed."""

    def __init__(self, current: KeyView) -> None:
        super().__init__("file", QT_TRANSLATE_NOOP(
            "Errors", "{name} already has another trusted key. Only if the compound has new keys, trust this "
                      "one with --replace: the old key is then revoked."), name=current.owner)
        self.current = current


def trust_site(session: Session, actor: Actor, path: Path, fingerprint: str | None, *,
               replace: bool = False) -> KeyView:
    """Trust a compound from its public key file, or from one of its bundles, once ``fingerprint``
    (read out by the compound over the phone) matches the key in the file.

    A compound already trusted under another key is refused (``KeyAlreadyTrusted``) unless
    ``replace``: its old keys are then revoked in the same transaction, so a key file that merely
    claims a compound's id never receives that compound's roster."""
    authorize(session, actor, Role.ADMIN)
    public = _claimed_keys(path)
    if public.role != "site" or public.owner_id == exchange.own_key(session).owner_id:
        raise ValidationError("file", QT_TRANSLATE_NOOP("Errors", "This is not a compound's key."))
    # Neither message shows the file's fingerprint: copied from the screen, it would prove nothing.
    if not fingerprint or not _digits(fingerprint):
        raise ValidationError("fingerprint", QT_TRANSLATE_NOOP(
            "Errors", "Give the fingerprint the compound reads out to you over the phone (--fingerprint); "
                      "they find it at the gate under USB sync → Show my key."))
    if _digits(fingerprint) != _digits(public.fingerprint):
        raise ValidationError("fingerprint", QT_TRANSLATE_NOOP(
            "Errors", "The fingerprint does not match the key in this file. Ask the compound to read it out "
                      "again (USB sync → Show my key); if it still differs, do not trust this file."))
    known = session.scalars(select(SyncKey).where(SyncKey.fingerprint == public.fingerprint)).first()
    if known is not None:
        if known.revoked:
            raise ValidationError("file", QT_TRANSLATE_NOOP("Errors", "This key was revoked and cannot be trusted again."))
        if known.owner_id != public.owner_id:
            raise ValidationError("file", QT_TRANSLATE_NOOP("Errors", "This key is already trusted for another compound."))
        return KeyView(known.owner_name, known.role, known.fingerprint)  # trusted already: nothing to do
    current = list(session.scalars(select(SyncKey).where(SyncKey.owner_id == public.owner_id,
                                                         SyncKey.revoked.is_(False)).order_by(SyncKey.added_at)))
    if current and not replace:
        raise KeyAlreadyTrusted(KeyView(current[-1].owner_name, current[-1].role, current[-1].fingerprint))
    for old in current:
        old.revoked = True
    key = exchange.add_key(session, public)
    audit(session, "sync.trust_site", "sync_key", key.id, site=str(public.owner_id), fingerprint=key.fingerprint,
          revoked=[old.fingerprint for old in current])
    return KeyView(public.owner_name, public.role, public.fingerprint)


def _claimed_keys(path: Path) -> PublicKeys:
    """The public keys a key file or a bundle's header claims, each proven held by a signature."""
    try:
        with open(path, "rb") as file:
            data = file.read(MAX_KEY_FILE + 1)
    except OSError:
        raise ValidationError("file", QT_TRANSLATE_NOOP("Errors", "The file cannot be read.")) from None
    if data.lstrip().startswith(b"{"):
        return read_key_file(data)
    header, framing = read_header(path)
    public = exchange.sender_keys(header)
    verify_signature(framing, public.sign_public)
    return public


def _digits(text: str) -> str:
    """The digits of a typed fingerprint, full-width ones (a Chinese input method's) as ASCII."""
    return "".join(str(unicodedata.decimal(ch)) for ch in text if ch.isdecimal())


def revoke(session: Session, actor: Actor, fingerprint: str) -> KeyView:
    authorize(session, actor, Role.ADMIN)
    key = session.scalars(select(SyncKey).where(SyncKey.fingerprint == fingerprint.strip(),
                                                SyncKey.sign_secret.is_(None))).first()
    if key is None:
        raise ValidationError("fingerprint", QT_TRANSLATE_NOOP("Errors", "No trusted key has this fingerprint."))
    if not key.revoked:
        key.revoked = True
        audit(session, "sync.revoke", "sync_key", key.id, site=str(key.owner_id), fingerprint=key.fingerprint)
    return KeyView(key.owner_name, key.role, key.fingerprint)


def import_bundles(sessions: sessionmaker[Session], actor: Actor, paths: Iterable[Path],
                   progress: Callable[[int, int], bool] | None = None) -> list[exchange.Received | BundleRejected]:
    """Import compounds' bundles one by one; each is all-or-nothing, a failure does not stop the rest."""
    with sessions() as session:
        authorize(session, actor, Role.HEAD)

    def apply(session: Session, header: Header, inner: Path, manifest: dict[str, Any]) -> int:
        session.info["actor_id"] = actor.user_id
        applied = _apply_events(session, header, inner, manifest)
        audit(session, "hub.import", "sync_bundle", uuid.UUID(header.bundle_id), site=header.sender_id,
              sequence=header.sequence, rows=applied)
        return applied

    return exchange.receive_each(sessions.kw["bind"], paths, ("events",), apply, progress)


def _apply_events(session: Session, header: Header, inner: Path, manifest: dict[str, Any]) -> int:
    marks = manifest.get("watermarks")
    if not isinstance(marks, dict) or not all(isinstance(v, int) for v in marks.values()):
        raise damaged()
    # A compound's bundle may only carry the compound's own records.
    result = merge_rows(session.connection(), inner, UP_TABLES, {uuid.UUID(header.sender_id).hex})
    from app.services.hub_retention import after_import  # the audit head, erasures, purges

    after_import(session, header, manifest)
    acks = dict(state(session, f"acks:{header.sender_id}", {}))
    for replica_hex, counter in marks.items():
        acks[replica_hex] = max(acks.get(replica_hex, 0), counter)
    set_state(session, f"acks:{header.sender_id}", acks)
    return result.applied


def trusted_sites(session: Session, site: str | None) -> list[SyncKey]:
    keys = list(session.scalars(select(SyncKey).where(SyncKey.role == "site", SyncKey.revoked.is_(False))
                                .order_by(SyncKey.owner_name)))
    if site is not None:
        keys = [k for k in keys if str(k.owner_id) == site or k.owner_id.hex == site or k.owner_name == site]
        if not keys:
            raise ValidationError("site", QT_TRANSLATE_NOOP("Errors", "No trusted compound is called {site}."), site=site)
    return keys


def write_receipts(session: Session, actor: Actor, folder: Path) -> list[str]:
    """One signed receipt per compound that has sent anything, for the next trip back."""
    authorize(session, actor, Role.HEAD)
    paths = []
    for key in trusted_sites(session, None):
        acks = state(session, f"acks:{key.owner_id}", {})
        if acks:
            path, _ = exchange.send(session, folder, "receipt", key, {}, {"acks": acks})
            paths.append(str(path))
    if paths:
        audit(session, "hub.receipts", "site", actor.site_id, count=len(paths))
    return paths


def write_policies(session: Session, actor: Actor, folder: Path, site: str | None = None) -> list[str]:
    """A policy bundle per compound: the office's lists and values, and the compound's roster."""
    authorize(session, actor, Role.HEAD)
    office = exchange.own_key(session)
    version = int(state(session, "dataset_version", 0)) + 1
    set_state(session, "dataset_version", version)
    policies = {key: value for key, value in session.execute(
        select(PolicySetting.key, PolicySetting.value).where(PolicySetting.site_id == office.owner_id,
                                                             PolicySetting.deleted.is_(False)))}
    revoked = list(session.scalars(select(SyncKey.fingerprint).where(SyncKey.revoked.is_(True))))
    paths = []
    for key in trusted_sites(session, site):
        rows = {name: [dict(m) for m in session.execute(_down_rows(name, key.owner_id, office.owner_id)).mappings()]
                for name in DOWN_TABLES}
        path, _ = exchange.send(session, folder, "policy", key, rows,
                                {"dataset_version": version, "policies": policies, "revoked": revoked})
        paths.append(str(path))
    audit(session, "hub.policies", "site", actor.site_id, count=len(paths), version=version)
    return paths


def _down_rows(name: str, site_id: uuid.UUID, office_id: uuid.UUID):
    t = table(name)
    if name == "sites":
        return select(t).where(t.c.id.in_([site_id, office_id]))
    if name in ("watch_entries", "notice_texts"):
        return select(t).where(t.c.origin_site_id == office_id)
    if "site_id" in t.c:
        return select(t).where(t.c.site_id == site_id)
    parent = {"follow_ups": "returnee_id", "observation_alerts": "returnee_id"}[name]
    returnees = table("returnees")
    return select(t).where(t.c[parent].in_(select(returnees.c.id).where(returnees.c.site_id == site_id)))


def list_sites(session: Session, actor: Actor) -> list[SiteSummary]:
    authorize(session, actor, Role.HEAD)
    # One pass over each table for every compound, not one per compound: the window shows this
    # after every import, and a street office holds millions of checks.
    counts = {model: dict(session.execute(select(model.site_id, func.count()).where(
        model.deleted.is_(False)).group_by(model.site_id)).all())
        for model in (TemperatureCheck, Visit, Returnee)}
    names = dict(session.execute(select(Site.id, Site.name)).all())
    sequences_of: dict[uuid.UUID, dict[str, set[int]]] = {}
    last_of: dict[uuid.UUID, datetime] = {}
    for sender, kind, replica_id, sequence, at in session.execute(select(
            SyncBundle.sender_id, SyncBundle.kind, SyncBundle.sender_replica_id, SyncBundle.sequence, SyncBundle.at)
            .where(SyncBundle.direction == "in")):
        last_of[sender] = max(last_of.get(sender, at), at)
        if kind == "events":
            sequences_of.setdefault(sender, {}).setdefault(code_of(replica_id), set()).add(sequence)
    summaries = []
    for key in trusted_sites(session, None):
        sequences = sequences_of.get(key.owner_id, {})
        gaps = [{"replica": code, "missing": sorted(set(range(1, max(seen) + 1)) - seen)}
                for code, seen in sorted(sequences.items()) if len(seen) < max(seen)]
        last = last_of.get(key.owner_id)
        name = names.get(key.owner_id) or key.owner_name
        top = max((max(seen) for seen in sequences.values()), default=0)
        summaries.append(SiteSummary(
            str(key.owner_id), name, key.fingerprint,
            *(counts[model].get(key.owner_id, 0) for model in (TemperatureCheck, Visit, Returnee)),
            top, gaps, last.isoformat() if last else None))
    return summaries


def untrusted_sender(session: Session, actor: Actor, path: Path) -> KeyView | None:
    """The compound a bundle claims to come from, when its key is not known here yet: the hub
    offers to trust it once the fingerprint read out by the compound matches."""
    authorize(session, actor, Role.HEAD)
    try:
        public = exchange.sender_keys(read_header(path)[0])
    except BundleRejected:
        return None
    if session.scalars(select(SyncKey.id).where(SyncKey.fingerprint == public.fingerprint)).first() is not None:
        return None
    return KeyView(public.owner_name, public.role, public.fingerprint)
