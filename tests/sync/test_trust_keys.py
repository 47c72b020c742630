"""Trusting a compound's key at the street office: only with the fingerprint read out over the
phone, and never a second key for a compound already trusted unless it replaces the first. The
attack this stops: a key file claiming a trusted compound's id, to receive that compound's roster
in the next policy bundle."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from app.errors import ValidationError
from app.models import AuditEntry, SyncKey
from app.services import hub as hub_service
from app.sync.bundle import BundleRejected, open_payload, read_header, verify
from app.sync.keys import KeyPair, key_file, new_key_pair
from tests.sync.conftest import HUBS, Gate, Hub
from tests.sync.test_cli_sync import hub_cli, ok, refused


def _fake_key(gate: Gate, folder: Path) -> tuple[Path, KeyPair]:
    """A self-signed key file that claims ``gate``'s compound: its id and name, someone else's keys."""
    pair = new_key_pair(gate.site_id, gate.name, "site")
    path = folder / "fake-site-key.json"
    path.write_bytes(key_file(pair.public, pair.sign_secret))
    return path, pair


def _keys(hub: Hub, gate: Gate) -> dict[str, bool]:
    """The compound's keys at the hub: fingerprint -> revoked."""
    with hub.sessions() as session:
        return dict(session.execute(select(SyncKey.fingerprint, SyncKey.revoked)
                                    .where(SyncKey.owner_id == gate.site_id)).all())


def _opens(hub: Hub, bundle: Path, box_secret: bytes) -> bool:
    """Whether the holder of ``box_secret`` can read the policy bundle (its whole roster)."""
    header, framing = read_header(bundle)
    with hub.sessions() as session:
        office = session.scalars(select(SyncKey).where(SyncKey.sign_secret.is_not(None))).one()
    try:
        open_payload(verify(header, framing, office.sign_public), box_secret, io.BytesIO())
    except BundleRejected:
        return False
    return True


def _policy(where: list[str], folder: Path) -> Path:
    folder.mkdir()
    (path,) = ok(*hub_cli(where, "policy", "--to", str(folder)))["paths"]
    return Path(path)


@pytest.mark.parametrize("kind", HUBS)
def test_a_fake_key_for_a_trusted_compound_never_receives_its_roster(kind: str, make_gates, make_hub,
                                                                      tmp_path: Path) -> None:
    (gate,) = make_gates(1)
    hub = make_hub(kind, encrypted=True)
    gate.trust_office(hub.office_key())
    where = ["--db-url", hub.url]
    real_file, real = gate.key_file(), gate.fingerprint()
    with gate.sessions() as session:
        real_box = session.scalars(select(SyncKey.box_secret).where(SyncKey.sign_secret.is_not(None))).one()

    # The real key: not without the fingerprint read over the phone, and the refusal gives it away nowhere.
    for given in ([], ["--fingerprint", "1234 5678 9012 3456 7890"], ["--fingerprint", ""]):
        reason = refused(*hub_cli(where, "trust-site", str(real_file), *given))
        assert real.replace(" ", "")[:6] not in reason.replace(" ", "") and "Show my key" in reason
    assert _keys(hub, gate) == {}
    assert ok(*hub_cli(where, "trust-site", str(real_file), "--fingerprint", real))["fingerprint"] == real

    # The fake: refused without its fingerprint, and refused with it as a second key for the compound.
    fake_file, fake = _fake_key(gate, tmp_path)
    assert fake.public.fingerprint != real
    reason = refused(*hub_cli(where, "trust-site", str(fake_file)))
    assert fake.public.fingerprint.replace(" ", "")[:6] not in reason.replace(" ", "")
    reason = refused(*hub_cli(where, "trust-site", str(fake_file), "--fingerprint", fake.public.fingerprint))
    assert "already has another trusted key" in reason and "--replace" in reason
    assert _keys(hub, gate) == {real: False}

    # So the next policy bundle is sealed for the real compound alone.
    first = _policy(where, tmp_path / "policy-1")
    assert read_header(first)[0].recipient_key == real
    assert _opens(hub, first, real_box) and not _opens(hub, first, fake.box_secret)
    assert [r.status for r in gate.receive(first)] == ["imported"]

    # A compound that really has new keys: --replace with the new key's fingerprint revokes the old key.
    assert refused(*hub_cli(where, "trust-site", str(fake_file), "--replace"))  # still only with the fingerprint
    assert _keys(hub, gate) == {real: False}
    replaced = ok(*hub_cli(where, "trust-site", str(fake_file), "--fingerprint", fake.public.fingerprint,
                           "--replace"))
    assert replaced["fingerprint"] == fake.public.fingerprint
    assert _keys(hub, gate) == {real: True, fake.public.fingerprint: False}
    with hub.sessions() as session:
        audited = sorted((e.detail for e in session.scalars(select(AuditEntry).where(
            AuditEntry.action == "sync.trust_site"))), key=lambda detail: len(detail["revoked"]))
    site = str(gate.site_id)
    assert audited == [{"site": site, "fingerprint": real, "revoked": []},
                       {"site": site, "fingerprint": fake.public.fingerprint, "revoked": [real]}]
    second = _policy(where, tmp_path / "policy-2")
    header = read_header(second)[0]
    assert header.recipient_key == fake.public.fingerprint
    assert _opens(hub, second, fake.box_secret) and not _opens(hub, second, real_box)
    assert real in json.dumps(_revoked_list(hub, second, fake.box_secret))
    # And a bundle signed with the old key is refused from now on.
    (result,) = hub.receive(gate.export(tmp_path / "stick"))
    assert isinstance(result, BundleRejected) and "revoked" in result.render()


def _revoked_list(hub: Hub, bundle: Path, box_secret: bytes) -> list[str]:
    """The revoked fingerprints the policy bundle tells its compound about."""
    import sqlite3

    inner = bundle.with_suffix(".db")
    header, framing = read_header(bundle)
    with hub.sessions() as session:
        office = session.scalars(select(SyncKey).where(SyncKey.sign_secret.is_not(None))).one()
    with inner.open("wb") as out:
        open_payload(verify(header, framing, office.sign_public), box_secret, out)
    with sqlite3.connect(inner) as connection:
        (value,) = connection.execute("SELECT value FROM manifest WHERE key = 'revoked'").fetchone()
    connection.close()
    return json.loads(value)


def test_the_fingerprint_is_checked_however_it_is_typed(make_gates, make_hub) -> None:
    """Spaces, dashes, no gaps, full-width digits from a Chinese input method: the same 20 digits."""
    (gate,) = make_gates(1)
    hub = make_hub("sqlite")
    real_file, real = gate.key_file(), gate.fingerprint()
    full_width = real.translate({ord(d): chr(0xFF10 + int(d)) for d in "0123456789"}).replace(" ", "－")
    with hub.sessions.begin() as session:
        key = hub_service.trust_site(session, hub.actor, real_file, full_width)
    assert key.fingerprint == real
    with hub.sessions.begin() as session:  # again: already trusted, nothing changes
        hub_service.trust_site(session, hub.actor, real_file, real.replace(" ", ""))
    assert _keys(hub, gate) == {real: False}
    with hub.sessions() as session:
        assert len(session.scalars(select(AuditEntry).where(AuditEntry.action == "sync.trust_site")).all()) == 1


def test_a_key_claiming_the_office_itself_or_revoked_before_is_refused(make_gates, make_hub,
                                                                        tmp_path: Path) -> None:
    (gate,) = make_gates(1)
    hub = make_hub("sqlite", gates=[gate])
    with hub.sessions() as session:
        office = session.scalars(select(SyncKey).where(SyncKey.sign_secret.is_not(None))).one()
    pair = new_key_pair(office.owner_id, "东湖街道", "site")
    claims_office = tmp_path / "office-as-site.json"
    claims_office.write_bytes(key_file(pair.public, pair.sign_secret))
    with pytest.raises(ValidationError, match="not a compound's key"), hub.sessions.begin() as session:
        hub_service.trust_site(session, hub.actor, claims_office, pair.public.fingerprint)

    real = gate.fingerprint()
    with hub.sessions.begin() as session:
        hub_service.revoke(session, hub.actor, real)
    with pytest.raises(ValidationError, match="revoked"), hub.sessions.begin() as session:
        hub_service.trust_site(session, hub.actor, gate.key_file(), real, replace=True)
    with hub.sessions() as session:
        (entry,) = session.scalars(select(AuditEntry).where(AuditEntry.action == "sync.revoke"))
        assert entry.detail == {"site": str(gate.site_id), "fingerprint": real}


def test_a_bundle_whose_header_its_claimed_key_did_not_sign_cannot_make_a_compound_trusted(
        make_gates, make_hub, tmp_path: Path) -> None:
    (gate,) = make_gates(1)
    hub = make_hub("sqlite")
    gate.trust_office(hub.office_key())
    bundle = gate.export(tmp_path / "stick")
    data = bytearray(bundle.read_bytes())
    data[-1] ^= 0x01  # the signature over the header
    forged = tmp_path / "forged.gpb"
    forged.write_bytes(bytes(data))
    with pytest.raises(BundleRejected, match="signature"), hub.sessions.begin() as session:
        hub_service.trust_site(session, hub.actor, forged, gate.fingerprint())
    assert _keys(hub, gate) == {}
