"""The private keys never leave the database: a key file holds the public halves and a signature,
and a bundle carries public keys in its header and nothing else of them."""

from __future__ import annotations

import base64
import json
from pathlib import Path

from nacl.bindings import crypto_sign_seed_keypair
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.models import SyncKey
from tests.sync.conftest import Hub
from tests.sync.test_cli_sync import hub_cli, ok


def _secrets(sessions: sessionmaker[Session]) -> tuple[bytes, bytes, bytes]:
    """This database's signing seed, its libsodium form (seed and public half) and encryption secret."""
    with sessions() as session:
        key = session.scalars(select(SyncKey).where(SyncKey.sign_secret.is_not(None))).one()
    _public, full = crypto_sign_seed_keypair(key.sign_secret)  # what libsodium signs with: seed + public
    return key.sign_secret, full, key.box_secret


def _spellings(secret: bytes) -> list[bytes]:
    """The ways a secret could sit in a file: raw, base64 (either alphabet), hex, and in halves."""
    forms = [secret, base64.b64encode(secret), base64.urlsafe_b64encode(secret), secret.hex().encode(),
             secret.hex().upper().encode()]
    return forms + [secret[:16], secret[16:32], secret[:16].hex().encode(), base64.b64encode(secret[:15])]


def _holds_no_secret(data: bytes, secrets: tuple[bytes, ...]) -> None:
    for secret in secrets:
        for form in _spellings(secret):
            assert form not in data, f"a secret key ({len(secret)} bytes) in a written file"


def test_exported_key_files_hold_public_keys_only(make_gates, make_hub, tmp_path: Path) -> None:
    (gate,) = make_gates(1)
    hub: Hub = make_hub("sqlite", encrypted=True)
    office_file = tmp_path / "office.json"
    assert ok(*hub_cli(["--db-url", hub.url], "keys", "export", "--out", str(office_file)))["path"] == str(office_file)
    gate.trust_office(office_file.read_bytes())
    site_file = gate.key_file()

    for path, sessions in ((site_file, gate.sessions), (office_file, hub.sessions)):
        data = path.read_bytes()
        _holds_no_secret(data, _secrets(sessions))
        assert set(json.loads(data)) == {"format", "owner_id", "owner_name", "role", "sign_public", "box_public",
                                         "self_signature"}


def test_bundles_carry_no_secret_key(make_gates, make_hub, tmp_path: Path) -> None:
    (gate,) = make_gates(1)
    hub = make_hub("sqlite", gates=[gate])
    bundle = gate.export(tmp_path / "stick")
    assert [r.status for r in hub.receive(bundle)] == ["imported"]
    policies = hub.policies(tmp_path / "down")
    _holds_no_secret(bundle.read_bytes(), _secrets(gate.sessions) + _secrets(hub.sessions))
    for policy in policies:
        _holds_no_secret(policy.read_bytes(), _secrets(gate.sessions) + _secrets(hub.sessions))
