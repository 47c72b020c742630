"""Trusting a compound in the hub window: the fingerprint is typed in as the compound reads it out,
never shown; a wrong one is refused; a second key for a compound is taken only once the
replacement is confirmed, and then the old key is revoked."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from sqlalchemy import select

from app.models import SyncKey
from app.services import sync
from app.sync.keys import key_file, new_key_pair
from app.ui.hub_window import HubWindow
from app.ui.usb_watcher import UsbWatcher
from app.ui.context import HubContext
from tests.ui.test_sync_page import FakeDrives, open_office


@pytest.fixture
def office(tmp_path: Path, languages) -> HubContext:
    office = open_office(tmp_path / "hub", languages)
    yield office
    assert QThreadPool.globalInstance().waitForDone(60_000)
    office.sessions.kw["bind"].dispose()


class Clerk:
    """The office clerk at the hub window: types what the compound reads out, answers yes or no."""

    def __init__(self, qtbot, office, languages) -> None:
        self.typed: list[str] = []
        self.answers: list[bool] = []
        self.asked: list[str] = []
        self.confirmed: list[str] = []
        self.window = HubWindow(office, watcher=UsbWatcher(roots=FakeDrives()), confirm=self.confirm,
                                ask_fingerprint=self.ask_fingerprint)
        qtbot.addWidget(self.window)

    def ask_fingerprint(self, _parent, _title, text) -> str | None:
        self.asked.append(text)
        return self.typed.pop(0) if self.typed else None

    def confirm(self, _parent, _title, text) -> bool:
        self.confirmed.append(text)
        return self.answers.pop(0)


def keys_of(office: HubContext, site_id) -> dict[str, bool]:
    with office.sessions() as session:
        return dict(session.execute(select(SyncKey.fingerprint, SyncKey.revoked)
                                    .where(SyncKey.owner_id == site_id)).all())


def test_a_wrong_fingerprint_is_refused_and_a_new_key_needs_confirming(qtbot, ctx, office, languages,
                                                                        tmp_path: Path) -> None:
    site = ctx.actor.site_id
    real_file = tmp_path / "site.key"
    with ctx.sessions.begin() as session:
        real_file.write_bytes(sync.own_public_key_file(session, ctx.actor))
        real = sync.own_fingerprint(session, ctx.actor).fingerprint
    clerk = Clerk(qtbot, office, languages)
    window = clerk.window

    clerk.typed = ["1234 5678 9012 3456 7890"]
    assert window.trust_file(real_file) is False
    assert "does not match" in window.result_banner.text() and window.result_banner.property("state") == "fever"
    assert "阳光花园" in clerk.asked[0] and "Show my key" in clerk.asked[0]
    shown = [clerk.asked[0], window.result_banner.text()]
    assert not any(real.replace(" ", "")[:6] in text.replace(" ", "") for text in shown)
    assert keys_of(office, site) == {} and window.model.rowCount() == 1

    clerk.typed = [real]
    assert window.trust_file(real_file) is True and keys_of(office, site) == {real: False}
    assert not clerk.confirmed  # a first key: nothing to replace

    # A key file claiming the same compound: even with its own fingerprint, only once confirmed.
    fake = new_key_pair(site, "阳光花园", "site")
    fake_file = tmp_path / "new.key"
    fake_file.write_bytes(key_file(fake.public, fake.sign_secret))
    clerk.typed, clerk.answers = [fake.public.fingerprint], [False]
    assert window.trust_file(fake_file) is False
    assert len(clerk.confirmed) == 1 and "阳光花园 is already trusted with another key" in clerk.confirmed[0]
    assert window.result_banner.text() == "Nothing changed: 阳光花园 keeps its trusted key."
    assert keys_of(office, site) == {real: False}

    clerk.typed, clerk.answers = [fake.public.fingerprint], [True]
    assert window.trust_file(fake_file) is True
    assert keys_of(office, site) == {real: True, fake.public.fingerprint: False}
    assert window.result_banner.text() == "阳光花园 is trusted now." and window.model.rowCount() == 2
