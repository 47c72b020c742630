"""The street office's hub: trust compounds, import their bundles, send receipts and policies back.

The hub runs without accounts: it is the office's own computer, and every action it takes is
signed with the office's key. Its database is SQLite by default, PostgreSQL by a database URL.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from app import clock
from app.errors import QT_TRANSLATE_NOOP, ValidationError
from app.models import PolicySetting, Replica, Returnee, Site, SyncBundle, SyncKey, TemperatureCheck, Visit, new_id
from app.services.context import Actor, Role
from app.services.sync import KeyView, create_site_keys, set_state, state
from app.sync import exchange
from app.sync.bundle import BundleRejected, Header, read_header
from app.sync.keys import MAX_KEY_FILE, key_file, read_key_file
from app.sync.merge import merge_rows
from app.sync.payload import DOWN_TABLES, UP_TABLES, table


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


def office_actor(session: Session) -> Actor:
    """The hub acts as its office: an administrator of the office's own site row."""
    office = exchange.own_key(session)
    return Actor(office.owner_id, "office", office.owner_name, Role.ADMIN, office.owner_id)


def init_hub(session: Session, office_name: str) -> KeyView:
    name = office_name.strip()
    if not name or len(name) > 100:
        raise ValidationError("office", QT_TRANSLATE_NOOP("Errors", "Enter the street office's name (up to 100 characters)."))
    if session.scalars(select(Replica.id)).first() is not None:
        raise ValidationError("office", QT_TRANSLATE_NOOP("Errors", "This database is already set up."))
    office_id = new_id()
    session.add(Replica(id=new_id(), site_id=office_id, counter=0, created_at=clock.now()))
    session.flush()
    session.add(Site(id=office_id, origin_site_id=office_id, name=name, committee=name))
    session.flush()
    set_state(session, "hub", True)
    return create_site_keys(session, office_id, name, role="office")


def is_hub(session: Session) -> bool:
    return bool(state(session, "hub", False))


def office_key_file(session: Session) -> bytes:
    key = exchange.own_key(session)
    return key_file(exchange.public_of(key), key.sign_secret or b"")


def trust_site(session: Session, path: Path, confirm: str | None = None) -> KeyView:
    """Trust a compound from its public key file, or from one of its bundles once the
    fingerprint read out over the phone is confirmed (``confirm``)."""
    try:
        with open(path, "rb") as file:
            data = file.read(MAX_KEY_FILE + 1)
    except OSError:
        raise ValidationError("file", QT_TRANSLATE_NOOP("Errors", "The file cannot be read.")) from None
    if data.lstrip().startswith(b"{"):
        public = read_key_file(data)
    else:
        public = exchange.sender_keys(read_header(path)[0])
        if confirm is None or _digits(confirm) != _digits(public.fingerprint):
            raise ValidationError("fingerprint", QT_TRANSLATE_NOOP(
                "Errors", "Confirm the fingerprint {fingerprint} with the compound, then give it with --fingerprint."),
                fingerprint=public.fingerprint)
    if public.role != "site":
        raise ValidationError("file", QT_TRANSLATE_NOOP("Errors", "This is not a compound's key."))
    known = session.scalars(select(SyncKey).where(SyncKey.fingerprint == public.fingerprint)).first()
    if known is None:
        exchange.add_key(session, public)
    elif known.revoked:
        raise ValidationError("file", QT_TRANSLATE_NOOP("Errors", "This key was revoked and cannot be trusted again."))
    return KeyView(public.owner_name, public.role, public.fingerprint)


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def revoke(session: Session, fingerprint: str) -> KeyView:
    key = session.scalars(select(SyncKey).where(SyncKey.fingerprint == fingerprint.strip(),
                                                SyncKey.sign_secret.is_(None))).first()
    if key is None:
        raise ValidationError("fingerprint", QT_TRANSLATE_NOOP("Errors", "No trusted key has this fingerprint."))
    key.revoked = True
    return KeyView(key.owner_name, key.role, key.fingerprint)


def import_bundles(sessions: sessionmaker[Session], paths: Iterable[Path],
                   progress: Callable[[int, int], bool] | None = None) -> list[exchange.Received | BundleRejected]:
    """Import compounds' bundles one by one; each is all-or-nothing, a failure does not stop the rest."""
    engine = sessions.kw["bind"]
    paths = list(paths)
    results: list[exchange.Received | BundleRejected] = []
    for done, path in enumerate(paths):
        if progress is not None and not progress(done, len(paths)):
            break
        try:
            results.append(exchange.receive(engine, Path(path), ("events",), _apply_events))
        except BundleRejected as error:
            results.append(error)
    return results


def _apply_events(session: Session, header: Header, inner: Path, manifest: dict[str, Any]) -> int:
    marks = manifest.get("watermarks")
    if not isinstance(marks, dict) or not all(isinstance(v, int) for v in marks.values()):
        raise BundleRejected(QT_TRANSLATE_NOOP("Errors", "The data inside the bundle is damaged or not what GatePost writes."))
    # A compound's bundle may only carry the compound's own records.
    result = merge_rows(session.connection(), inner, UP_TABLES, {uuid.UUID(header.sender_id).hex})
    acks = dict(state(session, f"acks:{header.sender_id}", {}))
    for replica_hex, counter in marks.items():
        acks[replica_hex] = max(acks.get(replica_hex, 0), counter)
    set_state(session, f"acks:{header.sender_id}", acks)
    return result.applied


def _sites(session: Session, site: str | None) -> list[SyncKey]:
    keys = list(session.scalars(select(SyncKey).where(SyncKey.role == "site", SyncKey.revoked.is_(False))
                                .order_by(SyncKey.owner_name)))
    if site is not None:
        keys = [k for k in keys if str(k.owner_id) == site or k.owner_id.hex == site or k.owner_name == site]
        if not keys:
            raise ValidationError("site", QT_TRANSLATE_NOOP("Errors", "No trusted compound is called {site}."), site=site)
    return keys


def write_receipts(session: Session, folder: Path) -> list[str]:
    """One signed receipt per compound that has sent anything, for the next trip back."""
    paths = []
    for key in _sites(session, None):
        acks = state(session, f"acks:{key.owner_id}", {})
        if acks:
            path, _ = exchange.send(session, folder, "receipt", key, {}, {"acks": acks})
            paths.append(str(path))
    return paths


def write_policies(session: Session, folder: Path, site: str | None = None) -> list[str]:
    """A policy bundle per compound: the office's lists and values, and the compound's roster."""
    office = exchange.own_key(session)
    version = int(state(session, "dataset_version", 0)) + 1
    set_state(session, "dataset_version", version)
    policies = {key: value for key, value in session.execute(
        select(PolicySetting.key, PolicySetting.value).where(PolicySetting.site_id == office.owner_id,
                                                             PolicySetting.deleted.is_(False)))}
    revoked = list(session.scalars(select(SyncKey.fingerprint).where(SyncKey.revoked.is_(True))))
    paths = []
    for key in _sites(session, site):
        rows = {name: [dict(m) for m in session.execute(_down_rows(name, key.owner_id, office.owner_id)).mappings()]
                for name in DOWN_TABLES}
        path, _ = exchange.send(session, folder, "policy", key, rows,
                                {"dataset_version": version, "policies": policies, "revoked": revoked})
        paths.append(str(path))
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


def list_sites(session: Session) -> list[SiteSummary]:
    summaries = []
    for key in _sites(session, None):
        def count(model: Any, key: SyncKey = key) -> int:
            return session.scalar(select(func.count()).select_from(model).where(
                model.site_id == key.owner_id, model.deleted.is_(False))) or 0
        sequences: dict[str, set[int]] = {}
        for replica_id, sequence in session.execute(select(SyncBundle.sender_replica_id, SyncBundle.sequence).where(
                SyncBundle.direction == "in", SyncBundle.kind == "events", SyncBundle.sender_id == key.owner_id)):
            sequences.setdefault(replica_id.hex[-4:].upper(), set()).add(sequence)
        gaps = [{"replica": code, "missing": sorted(set(range(1, max(seen) + 1)) - seen)}
                for code, seen in sorted(sequences.items()) if len(seen) < max(seen)]
        last = session.scalar(select(func.max(SyncBundle.at)).where(
            SyncBundle.direction == "in", SyncBundle.sender_id == key.owner_id))
        name = session.scalar(select(Site.name).where(Site.id == key.owner_id)) or key.owner_name
        top = max((max(seen) for seen in sequences.values()), default=0)
        summaries.append(SiteSummary(
            str(key.owner_id), name, key.fingerprint, count(TemperatureCheck), count(Visit), count(Returnee),
            top, gaps, last.isoformat() if last else None))
    return summaries
