"""Writing and receiving bundles against this database: keys, sequence numbers, the ledger.

``receive`` runs every check before anything is written, in the order that costs least, and
then hands one transaction to the caller's ``apply``; any failure leaves the database as it was.
"""

from __future__ import annotations

import base64
import logging
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, func, select
from sqlalchemy.exc import DataError, IntegrityError
from sqlalchemy.orm import Session

from app import clock
from app.db.engine import CACHE_KIB
from app.db.health import FOREIGN, refuse_writes
from app.db.migrate import SCHEMA_HEAD
from app.db.replica import current_replica
from app.errors import QT_TRANSLATE_NOOP, GatePostError, ValidationError, explain_failure
from app.models import SyncBundle, SyncKey
from app.sync.bundle import PARTIAL, SUFFIX, BundleRejected, Header, damaged, read_header, verify, write_bundle
from app.sync.bundle import open_payload as decrypt
from app.sync.keys import KeyPair, PublicKeys, fingerprint
from app.sync.merge import detach
from app.sync.payload import RowCopy, build_payload, opened_payload


IMPORT_CACHE_KIB = 256 * 1024


@dataclass(frozen=True)
class Received:
    """What ``receive`` reports for one file."""

    path: str
    status: str  # "imported" or "already"
    kind: str
    sender: str
    sequence: int
    rows: int


def add_key(session: Session, public: PublicKeys, pair: KeyPair | None = None) -> SyncKey:
    key = SyncKey(owner_id=public.owner_id, owner_name=public.owner_name, role=public.role,
                  sign_public=public.sign_public, box_public=public.box_public,
                  sign_secret=pair.sign_secret if pair else None, box_secret=pair.box_secret if pair else None,
                  fingerprint=public.fingerprint, revoked=False, added_at=clock.now())
    session.add(key)
    session.flush()
    return key


def own_key(session: Session) -> SyncKey:
    key = session.scalars(select(SyncKey).where(SyncKey.sign_secret.is_not(None), SyncKey.revoked.is_(False))
                          .order_by(SyncKey.added_at.desc())).first()
    if key is None:
        raise ValidationError("keys", QT_TRANSLATE_NOOP("Errors", "This computer has no sync keys yet."))
    return key


def public_of(key: SyncKey) -> PublicKeys:
    return PublicKeys(key.owner_id, key.owner_name, key.role, key.sign_public, key.box_public)


def next_sequence(session: Session, kind: str, sender_id: uuid.UUID) -> int:
    top = session.scalar(select(func.max(SyncBundle.sequence)).where(
        SyncBundle.direction == "out", SyncBundle.kind == kind, SyncBundle.sender_id == sender_id))
    return (top or 0) + 1


def send(session: Session, folder: Path, kind: str, recipient: SyncKey, rows: dict[str, list[Any]] | RowCopy,
         manifest: dict[str, Any], *, max_counter: int = 0) -> tuple[Path, Header]:
    """Write one bundle to ``folder`` and record it in the ledger."""
    me, here = own_key(session), current_replica(session)
    sequence = next_sequence(session, kind, me.owner_id)
    bundle_id = uuid.uuid4()
    if kind == "events":  # the audit log's head, for the office to keep (``app.services.audit_heads``)
        from app.db.audit_chain import head_for_bundle

        manifest = {**manifest, "audit": head_for_bundle(session.connection())}
    payload = build_payload(rows, {**manifest, "kind": kind, "schema": SCHEMA_HEAD})
    fields = {"bundle_id": str(bundle_id), "kind": kind, "sender_id": str(me.owner_id),
              "sender_name": me.owner_name, "sender_replica_id": str(here.id), "sender_key": me.fingerprint,
              "sender_sign_public": _b64(me.sign_public), "sender_box_public": _b64(me.box_public),
              "recipient_id": str(recipient.owner_id), "recipient_key": recipient.fingerprint,
              "sequence": sequence, "created_at": clock.now().isoformat()}
    name = f"gatepost-{kind}-{me.owner_id.hex[-8:]}-{here.id.hex[-4:]}-{sequence:05d}"
    for left in folder.glob(f"{name[:-5]}*{SUFFIX}{PARTIAL}"):  # what a killed export of ours left on the drive
        left.unlink(missing_ok=True)
    committed: list[SyncBundle] = []

    def commit_number(header: Header) -> None:
        """The ledger row, committed before the file takes its name (see ``_commit_alone``)."""
        row = SyncBundle(id=bundle_id, direction="out", kind=kind, sender_id=me.owner_id,
                         sender_replica_id=here.id, recipient_id=recipient.owner_id, sequence=sequence,
                         payload_sha256=header.payload_sha256,
                         rows=rows.total if isinstance(rows, RowCopy) else sum(map(len, rows.values())),
                         max_counter=max_counter, at=clock.now(), file_name=f"{name}{SUFFIX}")
        if _commit_alone(session, row):
            committed.append(row)
        else:
            session.add(row)

    try:
        path, header = write_bundle(folder, name, fields, payload, me.sign_secret or b"", recipient.box_public,
                                    before_rename=commit_number)
    except OSError as error:  # the file never took its name: the number may be used again
        if committed:
            _forget(session, committed[0].id)
        raise ValidationError("folder", QT_TRANSLATE_NOOP("Errors", "Cannot write {path}: {reason}"),
                              path=str(folder), reason=error.strerror or "") from None
    return path, header


def _commit_alone(session: Session, row: SyncBundle) -> bool:
    """Commit a sent bundle's ledger row in a transaction of its own, so its number is never used
    again even if the caller's transaction is undone (a killed export would otherwise leave bundle
    N on the drive and make another N, which the office takes for a forgery). Not possible when
    the caller has already written to SQLite (one writer at a time): the row then rides with the
    caller's transaction. True if committed here."""
    connection = session.connection()
    if connection.dialect.name == "sqlite" and connection.connection.driver_connection.in_transaction:  # type: ignore[union-attr]
        return False
    with Session(session.get_bind()) as own, own.begin():
        own.add(row)
    return True


def _forget(session: Session, bundle_id: uuid.UUID) -> None:
    with Session(session.get_bind()) as own, own.begin():
        row = own.get(SyncBundle, bundle_id)
        if row is not None:
            own.delete(row)


Apply = Callable[[Session, Header, Path, dict[str, Any]], int]


def receive(engine: Engine, path: Path, kinds: Iterable[str], apply: Apply) -> Received:
    """Check one bundle file completely, then apply it in one transaction."""
    refuse_writes(engine)
    header, framing = read_header(path)
    with Session(engine) as session:
        me = own_key(session)
        if header.recipient_id != str(me.owner_id) or header.recipient_key != me.fingerprint:
            raise BundleRejected(QT_TRANSLATE_NOOP("Errors", "This bundle is addressed to someone else."))
        if header.kind not in kinds:
            raise BundleRejected(QT_TRANSLATE_NOOP("Errors", "This kind of bundle is not imported here."))
        signer = _signer(session, header)
        sealed = verify(header, framing, signer.sign_public)
        seen = _seen(session, header)
        if seen is not None:
            return Received(str(path), "already", header.kind, header.sender_name, header.sequence, seen.rows)
        box_secret = me.box_secret or b""
    with opened_payload(lambda out: decrypt(sealed, box_secret, out), _allowed(header.kind)) as opened:
        inner, manifest = opened.path, opened.manifest
        if manifest.get("kind") != header.kind:
            raise damaged()
        with engine.connect() as connection:
            sqlite = connection.dialect.name == "sqlite"
            if sqlite:  # a million rows update every index: keep the indexes in memory meanwhile
                connection.exec_driver_sql(f"PRAGMA cache_size=-{IMPORT_CACHE_KIB}")
                connection.commit()  # else the session below would join, and never commit, this transaction
            connection.info[FOREIGN] = True  # the payload's damage is not this database's
            try:
                with Session(bind=connection) as session, session.begin():
                    try:
                        rows = apply(session, header, inner, manifest)
                    except Exception:
                        if not opened.well_formed():  # a value of the wrong form is what failed
                            raise damaged() from None
                        raise
                    if not opened.well_formed():  # checked beside the merge: undone before it commits
                        raise damaged()
                    session.add(SyncBundle(
                        id=uuid.UUID(header.bundle_id), direction="in", kind=header.kind,
                        sender_id=uuid.UUID(header.sender_id), sender_replica_id=uuid.UUID(header.sender_replica_id),
                        recipient_id=uuid.UUID(header.recipient_id), sequence=header.sequence,
                        payload_sha256=header.payload_sha256, rows=rows,
                        max_counter=int(manifest.get("max_counter", 0)), at=clock.now(), file_name=path.name))
            except (IntegrityError, DataError):
                # Rows that break this database's rules (a record they point to is missing, a value
                # of the wrong kind): the transaction is undone and the file refused like any other.
                raise damaged() from None
            finally:
                connection.info.pop(FOREIGN, None)
                if connection.in_transaction():
                    connection.rollback()
                detach(connection)
                if sqlite:
                    connection.exec_driver_sql(f"PRAGMA cache_size=-{CACHE_KIB}")
                connection.commit()
    return Received(str(path), "imported", header.kind, header.sender_name, header.sequence, rows)


def receive_each(engine: Engine, paths: Iterable[Path], kinds: Iterable[str], apply: Apply,
                 progress: Callable[[int, int], bool] | None = None) -> list[Received | BundleRejected]:
    """``receive`` file by file: a refused file (its reason in the list) does not stop the rest,
    whatever made it fail; ``progress(done, total)`` returning False does, leaving the list short."""
    paths, kinds = list(paths), tuple(kinds)
    results: list[Received | BundleRejected] = []
    for done, path in enumerate(paths):
        if progress is not None and not progress(done, len(paths)):
            break
        try:
            results.append(receive(engine, Path(path), kinds, apply))
        except BundleRejected as error:
            results.append(error)
        except Exception as error:
            results.append(_refusal(error))
    return results


UNEXPECTED = QT_TRANSLATE_NOOP(
    "Errors", "The file could not be imported because of an unexpected error; nothing of it was saved. "
              "The details are in the log.")


def _refusal(error: Exception) -> BundleRejected:
    """Any other failure of one file as its refusal: the database's (busy, full, damaged) in its
    own words, anything else logged."""
    explained = error if isinstance(error, GatePostError) else explain_failure(error)
    if explained is not None:
        params = {key: value for key, value in explained.message.params.items() if key != "n"}
        return BundleRejected(explained.message.text, n=explained.message.n, **params)
    from app.log import describe_failure

    logging.getLogger("gatepost.sync").error("unexpected error importing a bundle\n%s", describe_failure(error))
    return BundleRejected(UNEXPECTED)


def _allowed(kind: str) -> tuple[str, ...]:
    from app.sync.tables import DOWN_TABLES, UP_TABLES

    return {"events": UP_TABLES, "policy": DOWN_TABLES}.get(kind, ())


def _signer(session: Session, header: Header) -> SyncKey:
    key = session.scalars(select(SyncKey).where(SyncKey.fingerprint == header.sender_key)).first()
    if key is None or str(key.owner_id) != header.sender_id:
        # Not the fingerprint: it must come over the phone, not from the file being checked.
        raise BundleRejected(QT_TRANSLATE_NOOP(
            "Errors", "The sender {name} is not trusted here; confirm its key's fingerprint with them by phone first."),
            name=header.sender_name[:100])
    if key.revoked:
        raise BundleRejected(QT_TRANSLATE_NOOP("Errors", "The sender's key has been revoked."))
    return key


def _seen(session: Session, header: Header) -> SyncBundle | None:
    """The earlier import of this bundle, if any; a different bundle under the same number is an alarm."""
    earlier = session.scalars(select(SyncBundle).where(
        SyncBundle.direction == "in", SyncBundle.sender_id == uuid.UUID(header.sender_id),
        SyncBundle.sender_replica_id == uuid.UUID(header.sender_replica_id),
        SyncBundle.kind == header.kind, SyncBundle.sequence == header.sequence)).first()
    same_id = session.get(SyncBundle, uuid.UUID(header.bundle_id))
    if earlier is None and same_id is None:
        return None
    if earlier is not None and same_id is earlier and earlier.payload_sha256 == header.payload_sha256:
        return earlier
    raise BundleRejected(QT_TRANSLATE_NOOP(
        "Errors", "ALARM: a different bundle with the same sender and number was imported before; "
                  "it may be forged or the sender's database was restored. Call the sender."))


def sender_keys(header: Header) -> PublicKeys:
    """The public keys a bundle's header claims, for trusting a new site once its fingerprint is confirmed."""
    public = PublicKeys(uuid.UUID(header.sender_id), header.sender_name[:100], "site",
                        base64.b64decode(header.sender_sign_public), base64.b64decode(header.sender_box_public))
    if fingerprint(public.sign_public, public.box_public) != header.sender_key:
        raise BundleRejected(QT_TRANSLATE_NOOP("Errors", "The bundle's header is inconsistent."))
    return public


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()
