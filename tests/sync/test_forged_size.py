"""A forged bundle of a gigabyte is refused without being read into memory: the signature over the
header is checked before the ciphertext is touched, and the ciphertext is hashed a piece at a time.
Measured as the peak resident size of a separate process doing the import."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import struct
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from nacl.signing import SigningKey
from sqlalchemy import select

from app.models import SyncKey
from app.sync.bundle import FORMAT, MAGIC, SIGNATURE
from tests.sync.conftest import Gate, Hub

resource = pytest.importorskip("resource")  # POSIX: the child's peak resident size
ROOT = Path(__file__).resolve().parents[2]
GIB = 1024**3
LIMIT_KIB = 100 * 1024


def _sparse_bundle(path: Path, gate: Gate, hub: Hub, signature: bytes | None) -> Path:
    """A bundle from ``gate`` to ``hub`` claiming a 1 GiB ciphertext of zeros (a sparse file, so
    it costs no disk) whose SHA-256 in the header is some other one. Signed with the gate's real
    key unless ``signature`` is given."""
    with gate.sessions() as session:
        me = session.scalars(select(SyncKey).where(SyncKey.sign_secret.is_not(None))).one()
    with hub.sessions() as session:
        office = session.scalars(select(SyncKey).where(SyncKey.sign_secret.is_not(None))).one()
    header = {"format": FORMAT, "bundle_id": str(uuid.uuid4()), "kind": "events", "sender_id": str(me.owner_id),
              "sender_name": me.owner_name, "sender_replica_id": str(uuid.uuid4()), "sender_key": me.fingerprint,
              "sender_sign_public": base64.b64encode(me.sign_public).decode(),
              "sender_box_public": base64.b64encode(me.box_public).decode(),
              "recipient_id": str(office.owner_id), "recipient_key": office.fingerprint, "sequence": 1,
              "created_at": "2026-03-02T02:00:00+00:00",
              "payload_sha256": hashlib.sha256(b"the real ciphertext").hexdigest(), "payload_size": GIB}
    head = json.dumps(header, sort_keys=True).encode()
    signed = MAGIC + struct.pack(">I", len(head)) + head
    with path.open("wb") as out:
        out.write(signed)
        out.truncate(len(signed) + GIB)
        out.seek(len(signed) + GIB)
        out.write(signature or SigningKey(me.sign_secret).sign(signed).signature)
    assert path.stat().st_size == len(signed) + GIB + SIGNATURE
    return path


IMPORT = """
import json, sys
from pathlib import Path
from app.db.engine import make_session_factory
from app.db.migrate import open_database
from app.models import User
from app.services.auth import actor_for
from app.services.hub import import_bundles

sessions = make_session_factory(open_database(sys.argv[1], hub=True))
with sessions() as session:  # the office's administrator, without the sign-in's 64 MiB of Argon2id
    actor = actor_for(session.query(User).filter(User.role == "admin").one(), office=True)
results = import_bundles(sessions, actor, [Path(p) for p in sys.argv[2:]])
print(json.dumps([r.render() for r in results]))
"""


MEASURE = """
import os, subprocess, sys
child = subprocess.Popen(sys.argv[1:])
_pid, status, usage = os.wait4(child.pid, 0)
print(os.waitstatus_to_exitcode(status), usage.ru_maxrss)
"""
"""Runs a command and prints its exit code and peak resident size. A child's peak counts the memory
of the process it was started from (until its exec), so the import is started from this small
process, not from the test run itself."""


def _import_in_child(hub: Hub, *paths: Path) -> tuple[list[str], int]:
    """The hub's import of ``paths`` in a process of its own: the reasons, and its peak resident KiB."""
    result = subprocess.run([sys.executable, "-c", MEASURE, sys.executable, "-c", IMPORT, hub.url, *map(str, paths)],
                            cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True, text=True,
                            timeout=300)
    *reasons, measured = result.stdout.strip().splitlines()
    code, peak = map(int, measured.split())
    assert result.returncode == 0 and code == 0, result.stderr
    return json.loads("".join(reasons)), peak  # KiB on Linux


def test_a_forged_gigabyte_bundle_is_refused_in_bounded_memory(make_gates, make_hub, tmp_path: Path) -> None:
    (gate,) = make_gates(1)
    hub = make_hub("sqlite", gates=[gate])
    digest_wrong = _sparse_bundle(tmp_path / "digest-wrong.gpb", gate, hub, None)
    signature_wrong = _sparse_bundle(tmp_path / "signature-wrong.gpb", gate, hub, os.urandom(SIGNATURE))
    reasons, peak_kib = _import_in_child(hub, digest_wrong, signature_wrong)
    assert reasons == ["The bundle's contents do not match its header.",
                       "The bundle's signature does not match its sender: it was changed or forged."]
    assert peak_kib < LIMIT_KIB, f"peak resident size {peak_kib / 1024:.0f} MiB"
    # And the hub goes on: the compound's real bundle imports.
    assert [r.status for r in hub.receive(gate.export(tmp_path / "stick"))] == ["imported"]
