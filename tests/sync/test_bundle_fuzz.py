"""Ten thousand mutants of a real bundle, and signed payloads holding values of the wrong form: each
is refused with a reason, none stops the files after it, and the hub is left as it was.

The mutants come from a fixed seed, so a failure is reproduced by running the test again.
"""

from __future__ import annotations

import base64
import json
import random
import sqlite3
import struct
import uuid
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from app.models import SyncBundle, SyncKey
from app.sync.bundle import MAGIC, BundleRejected, open_payload, read_header, verify, write_bundle
from app.sync.payload import row_hash
from tests.cli_process import gatepost
from tests.sync.conftest import Gate, Hub, dump

MUTANTS = 10_000
SEED = 15
BATCH = 500
HOSTILE: list[Any] = [
    None, True, False, 0, -1, 1, 2, 2**31, 2**63, 2**70, -(2**70), 1.5, 1e308, "", " ", "x", "garbage", "0" * 64,
    "ｘ" * 300, "\u0000", "\ud800", "1" * 5000, [], [1], ["a"], {}, {"a": 1}, {"fingerprint": None},
    "0000 0000 0000 0000 0000", str(uuid.uuid4()), str(uuid.uuid4()).upper(), "{" + str(uuid.uuid4()) + "}",
    uuid.uuid4().hex, "2026-13-45T99:99:99", "AAAA", base64.b64encode(b"\0" * 31).decode(),
    base64.b64encode(b"\0" * 32).decode(), "events", "receipt", "policy", "events ",
]
RAW_HEADERS = [b"", b"null", b"[]", b"[" * 5000 + b"]" * 5000, b'{"format": 2', b"1e999999", b"NaN",
               b'{"format": 2, "format": 2}', b"\xff\xfe", "{\"kind\": \"événement\"}".encode()]


def _split(data: bytes) -> tuple[dict[str, Any], bytes]:
    (length,) = struct.unpack(">I", data[8:12])
    return json.loads(data[12:12 + length]), data[12 + length:]


def _framed(head: bytes, rest: bytes) -> bytes:
    return MAGIC + struct.pack(">I", len(head)) + head + rest


def mutants(good: bytes, rng: random.Random, count: int):
    """``count`` files that differ from ``good``."""
    made = 0
    for mutant in _mutations(good, rng):
        if mutant != good:  # two flips of one bit, a field set to its own value
            made += 1
            yield mutant
            if made == count:
                return


def _mutations(good: bytes, rng: random.Random):
    """Header fields of another type or value, missing or added; flipped, cut or added bytes;
    headers that are not the JSON object GatePost writes."""
    header, rest = _split(good)
    names = sorted(header)
    while True:
        roll = rng.random()
        if roll < 0.55:
            fields = dict(header)
            for _field in range(rng.choice((1, 1, 1, 2, 3))):
                name = rng.choice(names)
                action = rng.random()
                if action < 0.85:
                    fields[name] = rng.choice(HOSTILE)
                elif action < 0.93:
                    fields.pop(name, None)
                else:
                    fields[name + rng.choice(("", "_x", "2"))] = rng.choice(HOSTILE)
            yield _framed(json.dumps(fields, ensure_ascii=rng.random() < 0.5).encode("utf-8", "surrogatepass"), rest)
        elif roll < 0.75:
            data = bytearray(good)
            end = 12 + struct.unpack(">I", good[8:12])[0]
            for _flip in range(rng.randint(1, 3)):
                data[rng.randrange(0, end if rng.random() < 0.8 else len(data))] ^= 1 << rng.randrange(8)
            yield bytes(data)
        elif roll < 0.85:
            yield good[:rng.randrange(0, len(good))]
        elif roll < 0.93:
            data = bytearray(good)
            data[8:12] = struct.pack(">I", rng.choice((0, 1, 2**31, 2**32 - 1, len(good), rng.randrange(2**16))))
            yield bytes(data) + bytes(rng.randrange(256) for _ in range(rng.randrange(4)))
        else:
            yield _framed(rng.choice(RAW_HEADERS), rest)


def test_ten_thousand_mutants_are_refused_and_change_nothing(make_gates, make_hub, tmp_path: Path) -> None:
    (gate,) = make_gates(1)
    hub = make_hub("sqlite", gates=[gate])
    good_path = gate.export(tmp_path / "stick")
    good = good_path.read_bytes()
    before = dump(hub.engine)
    folder = tmp_path / "mutants"
    folder.mkdir()
    rng = random.Random(SEED)
    produced = mutants(good, rng, MUTANTS)
    refused = 0
    for _batch in range(MUTANTS // BATCH):
        paths = []
        for n, data in zip(range(BATCH), produced, strict=False):
            path = folder / f"{n}.gpb"
            path.write_bytes(data)
            paths.append(path)
        results = hub.receive(*paths)
        assert len(results) == len(paths)
        for path, result in zip(paths, results, strict=True):
            assert isinstance(result, BundleRejected), (path.read_bytes()[:300], result)
            text = result.render()
            assert "\n" not in text and "{" not in text and "unexpected" not in text, text
            refused += 1
    assert refused == MUTANTS
    assert dump(hub.engine) == before
    (imported,) = hub.receive(good_path)
    assert imported.status == "imported"


# --- signed by a trusted compound, yet holding values of the wrong form ----------------------------


def _opened(bundle: Path, hub: Hub, inner: Path) -> Path:
    header, framing = read_header(bundle)
    with hub.sessions() as session:
        office = session.scalars(select(SyncKey).where(SyncKey.sign_secret.is_not(None))).one()
        sender = session.scalars(select(SyncKey).where(SyncKey.fingerprint == header.sender_key)).one()
    with inner.open("wb") as out:
        open_payload(verify(header, framing, sender.sign_public), office.box_secret, out)
    return inner


def _signed(gate: Gate, hub: Hub, payload: bytes, folder: Path, sequence: int) -> Path:
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
    return write_bundle(folder, f"signed-{sequence}", fields, payload, me.sign_secret, office.box_public)[0]


DAMAGE = {
    "an identifier that is no uuid": "UPDATE temperature_checks SET rev_replica_id = 'garbage' WHERE rowid = 1",
    "a text that is not UTF-8": "UPDATE people SET name = CAST(X'e4bd' AS TEXT) WHERE rowid = 1",
    "a flag that is neither yes nor no": "UPDATE people SET deleted = 7 WHERE rowid = 1",
    "a day that does not exist": "UPDATE returnees SET arrived_on = '2026-02-30' WHERE rowid = 1",
    "a time that is no time": "UPDATE temperature_checks SET created_at = 'yesterday' WHERE rowid = 1",
    "a reading beyond its column": "UPDATE temperature_checks SET reading_dt = 100000 WHERE rowid = 1",
    "a list that is not JSON": "UPDATE people SET tags = '[oops' WHERE rowid = 1",
    "a text where a number goes": "UPDATE temperature_checks SET threshold_dt = 'warm' WHERE rowid = 1",
    "a counter in the manifest that is no number":
        "INSERT INTO manifest (key, value) VALUES ('max_counter', '{\"a\": 1}')",
    "watermarks beyond any counter": "UPDATE manifest SET value = json_object("
                                     "(SELECT rev_replica_id FROM people LIMIT 1), 1e30) WHERE key = 'watermarks'",
}


def test_signed_payloads_with_values_of_the_wrong_form_are_refused(make_gates, make_hub, tmp_path: Path) -> None:
    (gate,) = make_gates(1)
    hub = make_hub("sqlite", gates=[gate])
    good = gate.export(tmp_path / "stick")
    before = dump(hub.engine)
    for n, (label, statement) in enumerate(DAMAGE.items()):
        inner = _opened(good, hub, tmp_path / f"inner-{n}.db")
        with sqlite3.connect(inner) as connection:
            connection.execute(statement)
            assert connection.total_changes, label
            for name in ("temperature_checks", "people"):  # the hashes still agree: only values changed
                rows = connection.execute(f'SELECT id, rev_counter FROM "{name}" ORDER BY rowid').fetchall()
                connection.execute("UPDATE manifest SET value = json_set(value, '$.' || ?, ?) WHERE key = 'hashes'",
                                   (name, row_hash(rows)))
        connection.close()
        (result,) = hub.receive(_signed(gate, hub, inner.read_bytes(), tmp_path / "signed", 20 + n))
        assert isinstance(result, BundleRejected) and "damaged" in result.render(), (label, result)
        assert dump(hub.engine) == before, label
    assert len(hub.sites()) == 1  # every site row reads back
    (imported,) = hub.receive(good)
    assert imported.status == "imported"


def test_a_refused_file_does_not_stop_the_next(make_gates, make_hub, tmp_path: Path) -> None:
    """``gatepost hub import BAD GOOD``, BAD with a header field of the wrong type: GOOD is
    imported, and the exit code says a file was refused."""
    (gate,) = make_gates(1)
    hub = make_hub("sqlite", gates=[gate], encrypted=True)
    good = gate.export(tmp_path / "stick")
    header, rest = _split(good.read_bytes())
    bad = tmp_path / "stick" / "bad.gpb"
    bad.write_bytes(_framed(json.dumps({**header, "sender_key": {"a": 1}}).encode(), rest))
    folder = Path(hub.url.removeprefix("sqlite:///")).parent
    hub.close()
    done = gatepost(folder, "hub", "import", str(bad), str(good))
    assert done.returncode == 1, done.stderr
    assert done.stderr.splitlines() == [f"{bad}: The bundle is damaged (its header cannot be read)."]
    assert str(good) in done.stdout and "imported" in done.stdout
    with hub.sessions() as session:
        assert session.scalar(select(func.count()).select_from(SyncBundle).where(SyncBundle.direction == "in")) == 1
