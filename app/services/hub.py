"""The street office's hub: trust compounds, import their bundles, send receipts and policies back.

Every action it takes is signed with the office's key. Trusting and revoking keys take
``(session, actor)`` and are audited like the gate's services; until the hub has accounts, the
actor is the office itself (``office_actor``). Its database is SQLite by default, PostgreSQL by
a database URL.
"""

from __future__ import annotations

import unicodedata
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from app import clock
from app.db.replica import code_of
from app.errors import QT_TRANSLATE_NOOP, Translate, ValidationError
from app.models import PolicySetting, Replica, Returnee, Site, SyncBundle, SyncKey, TemperatureCheck, Visit, new_id
from app.services.context import Actor, Role, audit, authorize
from app.services.site_time import site_zone
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


def import_bundles(sessions: sessionmaker[Session], paths: Iterable[Path],
                   progress: Callable[[int, int], bool] | None = None) -> list[exchange.Received | BundleRejected]:
    """Import compounds' bundles one by one; each is all-or-nothing, a failure does not stop the rest."""
    return exchange.receive_each(sessions.kw["bind"], paths, ("events",), _apply_events, progress)


def _apply_events(session: Session, header: Header, inner: Path, manifest: dict[str, Any]) -> int:
    marks = manifest.get("watermarks")
    if not isinstance(marks, dict) or not all(isinstance(v, int) for v in marks.values()):
        raise damaged()
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
    for key in _sites(session, None):
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


# --- for the hub window (added with the GUI) ------------------------------------------------------


def untrusted_sender(session: Session, path: Path) -> KeyView | None:
    """The compound a bundle claims to come from, when its key is not known here yet: the hub
    offers to trust it once the fingerprint read out by the compound matches."""
    try:
        public = exchange.sender_keys(read_header(path)[0])
    except BundleRejected:
        return None
    if session.scalars(select(SyncKey.id).where(SyncKey.fingerprint == public.fingerprint)).first() is not None:
        return None
    return KeyView(public.owner_name, public.role, public.fingerprint)


def daily_report(session: Session, site: str | None, day: date, language: str, translate: Translate) -> bytes:
    """A compound's daily report as the compound prints it, or (``site`` None) the street's total,
    from what its bundles brought."""
    # Imported here: the CLI's import and receipt commands need no reportlab.
    from app.printing.figures import Header as ReportHeader
    from app.printing.report import daily_report_pdf
    from app.services.reports import daily_figures

    office = exchange.own_key(session)
    office_zone = site_zone(session, office.owner_id)
    keys = _sites(session, site)
    named = []
    for key in keys:
        known = session.get(Site, key.owner_id)  # None until its first bundle arrives
        zone = site_zone(session, key.owner_id) if known is not None else office_zone
        named.append((known.name if known else key.owner_name, daily_figures(session, key.owner_id, day, zone=zone)))
    now = clock.now().astimezone(office_zone)
    if site is None:
        header = ReportHeader(office.owner_name, translate(
            "Printing", QT_TRANSLATE_NOOP("Printing", "all compounds ({n})"), -1).format(n=len(named)),
            now, office.owner_name, "")
        return daily_report_pdf(header, _street_total(named, day), language, translate)
    last = session.scalar(select(func.max(SyncBundle.at)).where(
        SyncBundle.direction == "in", SyncBundle.sender_id == keys[0].owner_id))
    if last is None:
        line = translate("Printing", QT_TRANSLATE_NOOP("Printing", "No bundle imported yet"), -1)
    else:
        line = translate("Printing", QT_TRANSLATE_NOOP("Printing", "As of the last bundle, imported {at}"), -1).format(
            at=last.astimezone(office_zone).strftime("%Y-%m-%d %H:%M"))
    known = session.get(Site, keys[0].owner_id)
    name, figures = named[0]
    header = ReportHeader(name, known.committee if known else name, now, office.owner_name, line)
    return daily_report_pdf(header, figures, language, translate)


def _street_total(named: list[tuple[str, Any]], day: date) -> Any:
    """The compounds' daily figures added up; listed people carry their compound's name."""
    from app.printing.figures import Capped, DailyFigures, DayCount
    from app.services.reports import CAP

    def located(field: str, attr: str) -> Capped:
        rows = [replace(r, **{attr: f"{name} {getattr(r, attr)}".strip()})
                for name, f in named for r in getattr(f, field).rows]
        return Capped(tuple(rows[:CAP]), sum(getattr(f, field).total for _n, f in named))

    def total(field: str) -> int:
        return sum(getattr(f, field) for _n, f in named)

    refusals: dict[str, int] = {}
    for _n, f in named:
        for reason, n in f.refusals:
            refusals[reason] = refusals.get(reason, 0) + n
    trends = [f.trend for _n, f in named if f.trend]
    trend = tuple(DayCount(days[0].day, *(sum(getattr(d, c) for d in days) for c in (
        "checks", "fevers", "admitted", "refused", "exits", "new_returnees"))) for days in zip(*trends, strict=False))
    return DailyFigures(
        day=day, is_today=any(f.is_today for _n, f in named),
        by_hour=tuple((name, tuple(map(sum, zip(*(v for _g, v in f.by_hour), strict=True))) if f.by_hour
                       else (0,) * 24) for name, f in named),
        checks=total("checks"), people=total("people"), fevers=total("fevers"), open_holds=total("open_holds"),
        fever_rows=located("fever_rows", "room"), admitted=total("admitted"), refused=total("refused"),
        refusals=tuple(sorted(refusals.items(), key=lambda item: -item[1])), inside=located("inside", "host"),
        watch_hits=located("watch_hits", "host"), observing=total("observing"), new_today=total("new_today"),
        ending_tomorrow=total("ending_tomorrow"), missed_slots=total("missed_slots"),
        missed=located("missed", "room"), alerts_raised=total("alerts_raised"), alerts_closed=total("alerts_closed"),
        alerts_open=total("alerts_open"), alerts=located("alerts", "room"), exits=located("exits", "room"),
        trend=trend)
