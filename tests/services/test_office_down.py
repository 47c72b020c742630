"""What the street office sends down takes effect at the gate: policy values, watch list, notice wording."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from app.errors import PermissionDenied
from app.services.context import Actor
from app.services.hub import office_key_file, trust_site, write_policies
from app.services.notices import notice_text, save_notice_text
from app.services.policy import load_policy, set_policy
from app.services.sync import import_bundles, import_office_key, own_fingerprint, own_public_key_file
from app.services.watchlist import add_watch_entry, list_watchlist, remove_watch_entry, watch_hits
from app.services.site_time import local_today, site_zone
from tests.helpers import open_hub


@pytest.fixture
def hub(tmp_path: Path, sessions: sessionmaker[Session], admin: Actor) -> tuple[sessionmaker[Session], Actor]:
    """A street office trusted by the compound and trusting it; its administrator."""
    office, office_admin = open_hub(tmp_path / "hub")
    with office.begin() as session:
        office_file = office_key_file(session, office_admin)
    with sessions.begin() as session:
        import_office_key(session, admin, office_file)
        (tmp_path / "site.key").write_bytes(own_public_key_file(session, admin))
        fingerprint = own_fingerprint(session, admin).fingerprint
    with office.begin() as session:
        trust_site(session, office_admin, tmp_path / "site.key", fingerprint)
    return office, office_admin


def test_a_policy_bundle_brings_values_watch_list_and_notice_wording(
        hub: tuple[sessionmaker[Session], Actor], sessions: sessionmaker[Session], admin: Actor,
        tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    hub, office = hub
    with hub.begin() as session:
        set_policy(session, office, "observation_days", "21")
        add_watch_entry(session, office, kind="region", prefix="4201", label="武汉市", valid_from="2026-01-01",
                        valid_until="", source="街道通知")
        save_notice_text(session, office, "gate_rules", "en", "Gate rules (street office)",
                         "Register at the gate.\n\n{committee}, {phone}, {date}")
        [path] = write_policies(session, office, stick)
    [received] = import_bundles(sessions, admin, [Path(path)])
    assert received.status == "imported"
    with sessions() as session:
        assert load_policy(session, admin.site_id).observation_days == 21
        entries = list_watchlist(session, admin)
        assert [(e.prefix, e.source) for e in entries] == [("4201", "街道通知")]
        today = local_today(site_zone(session, admin.site_id))
        assert watch_hits(session, admin.site_id, today, id_number="420106199001011234")
        text = notice_text(session, admin, "gate_rules", "en")
        assert (text.title, text.edited) == ("Gate rules (street office)", False)
    with sessions.begin() as session, pytest.raises(PermissionDenied):
        remove_watch_entry(session, admin, entries[0].id)
    # The compound's own wording still comes first.
    with sessions.begin() as session:
        save_notice_text(session, admin, "gate_rules", "en", "Our gate", "Hello.\n\n{committee}, {phone}, {date}")
    with sessions() as session:
        assert notice_text(session, admin, "gate_rules", "en").title == "Our gate"
    # The next dataset (a higher version) is taken too.
    with hub.begin() as session:
        [newer] = write_policies(session, office, stick)
    assert import_bundles(sessions, admin, [Path(newer)])[0].status == "imported"
