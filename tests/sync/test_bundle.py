"""Hostile and mistaken bundles: damaged anywhere, cut short, replayed, forged, sent to the wrong
office or by an unknown or revoked key. Nothing is ever accepted, and the hub's database stays
exactly as it was (every table, and for SQLite the file's bytes)."""

from __future__ import annotations

import base64
import shutil
import sqlite3
import struct
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from app.db.engine import DB_FILE_NAME, make_session_factory, sqlite_url
from app.db.migrate import SCHEMA_HEAD, open_database
from app.models import SyncKey, TemperatureCheck
from app.services import hub as hub_service
from app.services.sync import own_fingerprint
from app.sync import merge
from app.sync.bundle import MAGIC, SIGNATURE, BundleRejected, read_header, write_bundle
from app.sync.payload import build_payload
from app.sync.tables import UP_TABLES
from tests.sync.conftest import HUBS, Gate, Hub, dump, file_bytes, schema

pytestmark = pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")


def _rejected(hub: Hub, path: Path, label: str = "") -> str:
    """The one-sentence reason a bundle was refused."""
    (result,) = hub.receive(path)
    assert isinstance(result, BundleRejected), (label or path.name, result)
    text = result.render()
    assert "\n" not in text and text.endswith(".") and "{" not in text, text
    return text


def _snapshot(hub: Hub) -> tuple:
    return dump(hub.engine), (file_bytes(hub.engine) if hub.url.startswith("sqlite") else schema(hub.engine))


def _variants(data: bytes) -> dict[str, bytes]:
    """The bundle with one byte flipped in every region, cut at many points, and lengthened."""
    (length,) = struct.unpack(">I", data[8:12])
    body, tail = 12 + length, len(data) - SIGNATURE
    flips = {f"magic@{i}": i for i in range(len(MAGIC))}
    flips |= {f"length@{i}": i for i in range(8, 12)}
    flips |= {f"header@{i}": i for i in range(12, body, 7)} | {"header@last": body - 1}
    middle = (body + tail) // 2
    flips |= {f"ciphertext@{i - body}": i for i in (body, body + 1, body + 24, middle, tail - 17, tail - 1)}
    flips |= {f"signature@{i - tail}": i for i in (tail, tail + 31, len(data) - 1)}
    variants = {}
    for label, at in flips.items():
        changed = bytearray(data)
        changed[at] ^= 0x01
        variants[f"flip {label}"] = bytes(changed)
    cuts = {0, 1, 7, 8, 11, 12, body - 1, body, body + 1, middle, tail - 1, tail, len(data) - 1}
    cuts |= set(range(0, len(data), max(1, len(data) // 40)))
    variants |= {f"cut at {n}": data[:n] for n in sorted(cuts) if n < len(data)}
    variants |= {"one byte more": data + b"\0", "signature twice": data + data[-SIGNATURE:],
                 "payload twice": data[:tail] + data[body:]}
    return variants


@pytest.mark.parametrize("kind", HUBS)
def test_no_damaged_bundle_is_accepted_and_nothing_changes(kind: str, make_gates, make_hub, tmp_path: Path) -> None:
    (gate,) = make_gates(1)
    hub = make_hub(kind, gates=[gate])
    good = gate.export(tmp_path / "stick")
    data = good.read_bytes()
    before = _snapshot(hub)
    folder = tmp_path / "bad"
    folder.mkdir()
    variants = _variants(data)
    assert len(variants) > 150
    for n, (label, changed) in enumerate(variants.items()):
        path = folder / f"{n:03d}.gpb"
        path.write_bytes(changed)
        _rejected(hub, path, label)
    assert _snapshot(hub) == before
    assert [r.status for r in hub.receive(good)] == ["imported"]


def test_replay_changes_nothing(make_gates, make_hub, tmp_path: Path) -> None:
    (gate,) = make_gates(1)
    hub = make_hub("sqlite", gates=[gate])
    bundle = gate.export(tmp_path / "stick")
    (first,) = hub.receive(bundle)
    before = _snapshot(hub)
    copy = tmp_path / "elsewhere" / "renamed.gpb"
    copy.parent.mkdir()
    shutil.copyfile(bundle, copy)
    for path in (bundle, copy, bundle):
        (again,) = hub.receive(path)
        assert (again.status, again.sequence, again.rows) == ("already", first.sequence, first.rows)
    assert _snapshot(hub) == before


def test_same_number_with_other_content_is_an_alarm(make_gates, make_hub, tmp_path: Path) -> None:
    """Two computers started from one database file, never exported from: same sender,
    same replica, same sequence number, different rows."""
    (gate,) = make_gates(1)
    hub = make_hub("sqlite", gates=[gate])
    gate.close()
    twin_folder = tmp_path / "twin"
    twin_folder.mkdir()
    shutil.copyfile(gate.folder / DB_FILE_NAME, twin_folder / DB_FILE_NAME)
    twin = Gate("twin", twin_folder, gate.actor, make_session_factory(open_database(sqlite_url(twin_folder))))
    import random

    gate.work(random.Random(1), n=1)
    twin.work(random.Random(2), n=2)
    ours, theirs = gate.export(tmp_path / "a"), twin.export(tmp_path / "b")
    assert read_header(ours)[0].sender_replica_id == read_header(theirs)[0].sender_replica_id
    assert read_header(ours)[0].sequence == read_header(theirs)[0].sequence == 1
    assert [r.status for r in hub.receive(ours)] == ["imported"]
    before = _snapshot(hub)
    alarm = _rejected(hub, theirs)
    assert alarm.startswith("ALARM")
    assert _snapshot(hub) == before
    twin.close()


def test_wrong_office_unknown_key_and_revoked_key(make_gates, make_hub, tmp_path: Path) -> None:
    (gate,) = make_gates(1)
    office = make_hub("sqlite", gates=[gate])
    other = make_hub("sqlite", office="西湖街道", gates=[])
    bundle = gate.export(tmp_path / "stick")

    # Sent to the wrong office.
    before = _snapshot(other)
    assert "addressed to someone else" in (_rejected(other, bundle))
    assert _snapshot(other) == before

    # Addressed to an office that never trusted this compound: the compound is named, its
    # fingerprint is not (it must come over the phone, not from the file being checked).
    gate.trust_office(other.office_key())
    stranger = gate.export(tmp_path / "stick")
    fingerprint = gate.call(own_fingerprint).fingerprint
    reason = _rejected(other, stranger)
    assert gate.name in reason and fingerprint not in reason and fingerprint[:9] not in reason
    assert _snapshot(other) == before

    # Revoked at the right office.
    with office.sessions.begin() as session:
        hub_service.revoke(session, office.actor, fingerprint)
    before = _snapshot(office)
    assert "revoked" in (_rejected(office, bundle))
    assert _snapshot(office) == before


def _forge(gate: Gate, hub: Hub, payload: bytes, folder: Path, sequence: int = 9) -> Path:
    """A bundle properly sealed and signed with the gate's own key, around ``payload``."""
    with gate.sessions() as session:
        me = session.scalars(select(SyncKey).where(SyncKey.sign_secret.is_not(None))).one()
    with hub.sessions() as session:
        office = session.scalars(select(SyncKey).where(SyncKey.sign_secret.is_not(None))).one()
    fields = {"bundle_id": str(uuid.uuid4()), "kind": "events", "sender_id": str(me.owner_id),
              "sender_name": me.owner_name, "sender_replica_id": str(uuid.uuid4()), "sender_key": me.fingerprint,
              "sender_sign_public": base64.b64encode(me.sign_public).decode(),
              "sender_box_public": base64.b64encode(me.box_public).decode(),
              "recipient_id": str(office.owner_id), "recipient_key": office.fingerprint, "sequence": sequence,
              "created_at": "2026-03-02T02:00:00+00:00"}
    folder.mkdir(exist_ok=True)
    path, _ = write_bundle(folder, f"forged-{uuid.uuid4().hex[:6]}", fields, payload, me.sign_secret,
                           office.box_public)
    return path


def test_signed_but_hostile_payloads_are_refused(make_gates, make_hub, tmp_path: Path) -> None:
    (gate,) = make_gates(1)
    hub = make_hub("sqlite", gates=[gate])
    manifest = {"kind": "events", "schema": SCHEMA_HEAD, "watermarks": {}}
    empty = {name: [] for name in UP_TABLES}
    wrong_counts = tmp_path / "counts.db"
    wrong_counts.write_bytes(build_payload(empty, manifest))
    with sqlite3.connect(wrong_counts) as connection:
        connection.execute("UPDATE manifest SET value = json_set(value, '$.people', 5) WHERE key = 'counts'")
    connection.close()
    older = {"format": tmp_path / "format.db", "columns": tmp_path / "columns.db"}
    older["format"].write_bytes(build_payload(empty, manifest))
    older["columns"].write_bytes(build_payload(empty, {**manifest, "schema": "0002"}))
    with sqlite3.connect(older["format"]) as connection:
        connection.execute("UPDATE manifest SET value = '1' WHERE key = 'sync_format'")
    connection.close()
    with sqlite3.connect(older["columns"]) as connection:  # as an older version's people table
        connection.execute("ALTER TABLE people DROP COLUMN pass_valid_until")
    connection.close()
    cases = {
        "not a database": (b"GatePost? no.", "damaged"),
        "a table that never travels": (build_payload({**empty, "users": []}, manifest), "damaged"),
        "counts that do not match": (wrong_counts.read_bytes(), "damaged"),
        "another schema": (build_payload(empty, {**manifest, "schema": "0001"}), "schema 0001"),
        "another schema, other columns": (older["columns"].read_bytes(), "schema 0002"),
        "another bundle format": (older["format"].read_bytes(), f"schema {SCHEMA_HEAD}/1, here"),
        "another kind": (build_payload(empty, {**manifest, "kind": "policy"}), "damaged"),
        "watermarks that are not counters": (build_payload(empty, {**manifest, "watermarks": {"a": "x"}}), "damaged"),
    }
    before = _snapshot(hub)
    for label, (payload, reason) in cases.items():
        assert reason in (_rejected(hub, _forge(gate, hub, payload, tmp_path / "forged"))), label
    assert _snapshot(hub) == before


@pytest.mark.parametrize("kind", HUBS)
@pytest.mark.parametrize("claim", ["theirs", "ours"])
def test_rows_of_another_compound_are_not_taken(claim: str, kind: str, make_gates, make_hub,
                                                tmp_path: Path) -> None:
    """A compound's bundle carries only its own records: rows of another compound are dropped,
    whether they keep that compound's origin or claim to be the sender's under the same ids."""
    from app.sync.payload import row_hash

    first, second = make_gates(2)
    hub = make_hub(kind, gates=[first, second])
    bundle = second.export(tmp_path / "stick")
    assert [r.status for r in hub.receive(bundle)] == ["imported"]
    before = _snapshot(hub)
    # The first compound re-signs the second's data, every check changed and "newer".
    inner = _opened(bundle, hub, tmp_path / "inner.db")
    with sqlite3.connect(inner) as connection:
        connection.execute("UPDATE temperature_checks SET reading_dt = 399, rev_counter = rev_counter + 1000")
        if claim == "ours":
            for name in UP_TABLES:
                connection.execute(f'UPDATE "{name}" SET origin_site_id = ?', (first.site_id.hex,))
        for name in ("temperature_checks",):
            rows = connection.execute(f'SELECT id, rev_counter FROM "{name}" ORDER BY rowid').fetchall()
            connection.execute("UPDATE manifest SET value = json_set(value, '$.' || ?, ?) WHERE key = 'hashes'",
                               (name, row_hash(rows)))
    connection.close()
    (result,) = hub.receive(_forge(first, hub, inner.read_bytes(), tmp_path / "forged"))
    # Either the foreign rows are skipped, or (ids already taken) the whole bundle is refused.
    assert getattr(result, "status", "rejected") in ("imported", "rejected")
    tables, _ = before
    after, _ = _snapshot(hub)
    # What an import always notes (the bundle, its import in the audit trail), whatever it took.
    bookkeeping = ("sync_bundles", "sync_state", "replica", "audit_log")
    assert {name: rows for name, rows in after.items() if name not in bookkeeping} \
        == {name: rows for name, rows in tables.items() if name not in bookkeeping}
    with hub.sessions() as session:
        assert 399 not in set(session.scalars(select(TemperatureCheck.reading_dt)))


def _opened(bundle: Path, hub: Hub, inner: Path) -> Path:
    """The payload of a bundle addressed to ``hub``, decrypted into the file ``inner``."""
    from app.sync.bundle import open_payload, verify

    header, data = read_header(bundle)
    with hub.sessions() as session:
        office = session.scalars(select(SyncKey).where(SyncKey.sign_secret.is_not(None))).one()
        sender = session.scalars(select(SyncKey).where(SyncKey.fingerprint == header.sender_key)).one()
    with inner.open("wb") as out:
        open_payload(verify(header, data, sender.sign_public), office.box_secret, out)
    return inner


@pytest.mark.parametrize("bulk", [False, True], ids=["row by row", "bulk load"])
@pytest.mark.parametrize("kind", HUBS)
def test_rows_that_break_the_hubs_rules_are_refused(kind: str, bulk: bool, make_gates, make_hub, tmp_path: Path,
                                                    monkeypatch) -> None:
    """Signed by a trusted compound, yet a check points at a person nobody has (or, for
    PostgreSQL's typed columns, holds no identifier at all): refused whole, and the hub goes on.
    Loaded in bulk (keys checked at the end), the hub keeps its indexes and keys too."""
    monkeypatch.setattr(merge, "BULK_MIN_ROWS", 1 if bulk else 10**9)
    (gate,) = make_gates(1)
    hub = make_hub(kind, gates=[gate])
    good = gate.export(tmp_path / "stick")
    broken = {"missing person": f"'{uuid.uuid4().hex}'"}
    if kind == "postgresql":
        broken["not an identifier"] = "'not-a-uuid'"
    before = _snapshot(hub)
    for n, (label, value) in enumerate(broken.items()):
        inner = _opened(good, hub, tmp_path / f"inner-{n}.db")
        with sqlite3.connect(inner) as connection:
            connection.execute(f"UPDATE temperature_checks SET person_id = {value} "
                               "WHERE id = (SELECT min(id) FROM temperature_checks WHERE person_id IS NOT NULL)")
        connection.close()
        forged = _forge(gate, hub, inner.read_bytes(), tmp_path / "forged", sequence=5 + n)
        assert "damaged" in _rejected(hub, forged, label)
        assert _snapshot(hub) == before, label
    (imported,) = hub.receive(good)
    assert imported.status == "imported"


@pytest.mark.parametrize("damage", ["too large", "cut short", "trailing bytes", "a piece more"])
def test_payload_is_inflated_in_pieces_and_refused_past_its_limit(damage: str, monkeypatch) -> None:
    """The payload goes to disk a piece at a time; one that would grow past the limit (a zip
    bomb), stops early or carries extra bytes is refused, and no more than the limit is written."""
    import io
    import os

    import zstandard

    from app.sync import bundle

    monkeypatch.setattr(bundle, "MAX_PAYLOAD", 100_000)
    payload = os.urandom(30_000) + bytes(60_000)  # several pieces, under the limit
    compress = zstandard.ZstdCompressor().compress
    compressed = compress(payload)

    out = io.BytesIO()
    bundle.inflate(compressed, out)
    assert out.getvalue() == payload

    damaged = {"too large": compress(payload + bytes(20_000)), "cut short": compressed[:-20],
               "trailing bytes": compressed + b"more", "a piece more": compressed + os.urandom(10_000)}[damage]
    out = io.BytesIO()
    with pytest.raises(BundleRejected):
        bundle.inflate(damaged, out)
    assert len(out.getvalue()) <= 100_000


def test_a_full_disk_while_inflating_is_a_refusal_naming_the_file(tmp_path: Path) -> None:
    import errno
    import io

    import zstandard

    from app.sync import bundle

    class FullDisk(io.BytesIO):
        name = str(tmp_path / "payload.db")

        def write(self, data) -> int:
            raise OSError(errno.ENOSPC, "No space left on device")

    packed = zstandard.ZstdCompressor().compress(b"rows" * 1000)
    with pytest.raises(BundleRejected) as refused:
        bundle.inflate(packed, FullDisk())
    assert "payload.db" in refused.value.render() and "No space left" in refused.value.render()
