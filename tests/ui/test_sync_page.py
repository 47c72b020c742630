"""The gate's sync page over a real gate database and a real hub, with a fake USB drive folder."""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from app.db.engine import make_session_factory, sqlite_url
from app.db.migrate import open_database
from app.services import hub, sync, sync_state
from app.services.context import Actor, Role
from app.sync.tables import UP_TABLES, table
from app.ui.context import HubContext, UiContext
from app.ui import sync_counter
from app.ui.sync_counter import SyncCounterLabel
from app.ui.sync_page import SyncPage
from app.ui.usb_watcher import UsbWatcher, removable_volumes
from tests.helpers import build_initialised_database, open_hub


def open_office(folder: Path, languages, encrypted: bool = False) -> HubContext:
    """A new street office, its administrator signed in (as the hub window has them)."""
    return HubContext(*open_hub(folder, encrypted=encrypted), languages)


def connect(gate: sessionmaker[Session], actor: Actor, office: HubContext, folder: Path) -> None:
    """Keys both ways, as the office and the compound do on their first day."""
    office_file = office.call(hub.office_key_file)
    with gate.begin() as session:
        sync.import_office_key(session, actor, office_file)
        (folder / f"{actor.site_id}.key").write_bytes(sync.own_public_key_file(session, actor))
        fingerprint = sync.own_fingerprint(session, actor).fingerprint
    office.call(hub.trust_site, folder / f"{actor.site_id}.key", fingerprint)


def records_made_here(sessions: sessionmaker[Session], site_id) -> int:
    """Independently of the service: every synced row this compound created (none is acknowledged yet)."""
    with sessions() as session:
        return sum(session.scalar(select(func.count()).select_from(table(name))
                                  .where(table(name).c.origin_site_id == site_id)) or 0 for name in UP_TABLES)


class FakeDrives:
    """What the USB watcher sees: folders in tmp_path standing for plugged-in drives."""

    def __init__(self) -> None:
        self.drives: list[tuple[str, str]] = []

    def __call__(self) -> list[tuple[str, str]]:
        return list(self.drives)


@pytest.fixture
def drives() -> FakeDrives:
    return FakeDrives()


@pytest.fixture
def page(qtbot, ctx: UiContext, drives: FakeDrives) -> SyncPage:
    watcher = UsbWatcher(roots=drives)
    page = SyncPage(ctx, watcher=watcher, confirm=lambda *_args: True)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    return page


def test_the_watcher_reports_a_drive_plugged_in_and_pulled_out(qtbot, tmp_path, drives) -> None:
    watcher = UsbWatcher(roots=drives)
    watcher.poll()
    assert watcher.current() is None
    drives.drives.append((str(tmp_path), "KINGSTON"))
    with qtbot.waitSignal(watcher.drive_inserted) as inserted:
        watcher.poll()
    assert inserted.args == [str(tmp_path), "KINGSTON"] and watcher.current() == (str(tmp_path), "KINGSTON")
    with qtbot.assertNotEmitted(watcher.drive_inserted):
        watcher.poll()  # still there: no second signal
    drives.drives.clear()
    with qtbot.waitSignal(watcher.drive_removed) as removed:
        watcher.poll()
    assert removed.args == [str(tmp_path)] and watcher.current() is None
    assert all(root != "/" for root, _name in removable_volumes())  # the real list never offers the system disk


def test_export_to_the_drive_then_the_receipt_acknowledges_everything(qtbot, qtmodeltester, ctx, page, drives,
                                                                      tmp_path) -> None:
    office = open_office(tmp_path / "hub", ctx.languages)
    connect(ctx.sessions, ctx.actor, office, tmp_path)
    page.reload()
    counts: list[int] = []
    page.unacknowledged_changed.connect(counts.append)
    counter = SyncCounterLabel(ctx)
    qtbot.addWidget(counter)
    counter.follow(page)

    expected = records_made_here(ctx.sessions, ctx.actor.site_id)
    assert expected > 0
    assert page.status_banner.text().startswith(f"{expected} record(s) not yet acknowledged, no receipt")
    assert page.status_banner.property("state") == "warn"  # nothing ever acknowledged
    assert "东湖街道" in page.office_label.text()
    assert page.drive_label.text() == "Insert the USB drive" and not page.export_button.isEnabled()

    drive = tmp_path / "usb"
    drive.mkdir()
    drives.drives.append((str(drive), "KINGSTON"))
    page.watcher.poll()
    assert page.drive_label.text() == "USB drive: KINGSTON" and page.export_button.isEnabled()
    page.export_button.click()
    qtbot.waitUntil(lambda: "You can remove the drive now." in page.result_banner.text(), timeout=20_000)
    assert page.result_banner.text() == "Written and checked. You can remove the drive now."
    written = list((drive / "GatePost").glob("gatepost-events-*.gpb"))
    assert len(written) == 1 and not list((drive / "GatePost").glob("*.partial"))
    assert counts[-1] == expected and counter.text() == f"⇪ {expected} unacknowledged"
    assert counter.property("warn") is True
    assert page.model.rowCount() == 1
    assert [page.model.index(0, c).data() for c in range(1, 6)] == ["sent", "records", "1", str(expected), "not yet"]

    # At the office: import, then a receipt and a policy bundle for this compound and one for another.
    other_folder = tmp_path / "other"
    other_folder.mkdir()
    other_actor = build_initialised_database(other_folder)
    other = make_session_factory(open_database(sqlite_url(other_folder)))
    connect(other, other_actor, office, tmp_path)
    with other.begin() as session:
        other_file = Path(sync.export_events(session, other_actor, tmp_path).path)
    results = office.run(hub.import_bundles, [written[0], other_file])
    assert [r.status for r in results] == ["imported", "imported"]
    assert len(office.call(hub.write_receipts, drive / "GatePost")) == 2
    office.call(hub.write_policies, drive / "GatePost", site=str(ctx.actor.site_id))

    with qtbot.waitSignal(page.bundles_imported, timeout=20_000):
        page.import_button.click()
    qtbot.waitUntil(lambda: page.task is None and page.result_banner.property("state") == "ok", timeout=20_000)
    assert page.result_banner.text() == "Done. You can remove the drive now."
    details = page.result_details.text().splitlines()
    assert any("receipt imported" in line for line in details)
    assert any("policy and lists imported" in line for line in details)
    assert details[-1] == "1 file(s) for other compounds left on the drive."
    assert counts[-1] == 0 and counter.text() == "⇪ 0 unacknowledged" and counter.property("warn") is False
    assert page.status_banner.property("state") == "ok"
    assert page.status_banner.text() == "0 record(s) not yet acknowledged, last receipt today"
    sent = [r for r in range(page.model.rowCount()) if page.model.index(r, 1).data() == "sent"]
    assert [page.model.index(r, 5).data() for r in sent] == ["yes"]

    # The same drive again: everything was imported before, nothing is wrong.
    page.import_button.click()
    qtbot.waitUntil(lambda: page.task is None and page.result_banner.property("state") == "ok", timeout=20_000)
    assert all("already imported before" in line for line in page.result_details.text().splitlines()[:-1])
    qtmodeltester.check(page.model)  # last: a tester attached earlier would see the view fetch during a reset
    other.kw["bind"].dispose()
    office.sessions.kw["bind"].dispose()


def test_the_counter_counts_off_the_gui_thread_one_count_at_a_time(qtbot, ctx, page, monkeypatch) -> None:
    """A gate that never had a receipt counts every row it holds: the window must not stop meanwhile.
    A count still running when the page reports a newer status does not overwrite it."""
    counts: list[threading.Thread] = []
    go_on = threading.Event()

    def held_count(session, actor):
        counts.append(threading.current_thread())
        assert go_on.wait(10)
        return sync_state.sync_status(session, actor)

    monkeypatch.setattr(sync_counter, "sync_status", held_count)
    counter = SyncCounterLabel(ctx)
    qtbot.addWidget(counter)
    counter.follow(page)
    counter.refresh()
    qtbot.waitUntil(lambda: len(counts) == 1)
    counter.refresh()  # while the first count runs: no second one
    go_on.set()
    qtbot.waitUntil(lambda: counter.status is not None)
    assert QThreadPool.globalInstance().waitForDone(10_000)
    assert len(counts) == 1 and counts[0] is not threading.main_thread()
    expected = records_made_here(ctx.sessions, ctx.actor.site_id)
    assert counter.status.unacknowledged == expected and counter.text() == f"⇪ {expected} unacknowledged"

    go_on.clear()
    counter.refresh()  # the next tick counts again
    qtbot.waitUntil(lambda: len(counts) == 2)
    newer = replace(counter.status, unacknowledged=0)
    page.status_changed.emit(newer)  # a receipt was imported meanwhile
    go_on.set()
    qtbot.waitUntil(lambda: not counter._counting.running)
    assert counter.status is newer and counter.text() == "⇪ 0 unacknowledged"


def test_a_damaged_file_on_the_drive_is_reported_and_changes_nothing(qtbot, ctx, page, drives, tmp_path) -> None:
    drive = tmp_path / "usb"
    (drive / "GatePost").mkdir(parents=True)
    (drive / "GatePost" / "gatepost-receipt-0-0-00001.gpb").write_bytes(b"GPB1 not really a bundle")
    drives.drives.append((str(drive), "USB"))
    page.watcher.poll()
    before = ctx.call(sync_state.sync_status)
    page.import_button.click()
    qtbot.waitUntil(lambda: page.task is None and page.result_banner.property("state") == "fever", timeout=20_000)
    assert page.result_banner.text() == "1 file(s) could not be imported; nothing was changed by them."
    assert page.result_details.text().startswith("gatepost-receipt-0-0-00001.gpb: ")
    assert ctx.call(sync_state.sync_status) == before

    (drive / "GatePost" / "gatepost-receipt-0-0-00001.gpb").unlink()
    page.import_button.click()
    assert page.result_banner.text() == "There is nothing from the street office on this drive."
    page._on_imported([], total=2, others=0, from_drive=True)  # what a cancel before the first file leaves
    assert page.result_banner.text() == "Stopped: 0 of 2 files were looked at."


def test_the_office_key_is_trusted_only_after_the_fingerprint_is_confirmed(qtbot, ctx, tmp_path, drives) -> None:
    office = open_office(tmp_path / "hub", ctx.languages)
    key_file = tmp_path / "office.key"
    key_file.write_bytes(office.call(hub.office_key_file))
    fingerprint = sync.read_key_view(key_file.read_bytes()).fingerprint
    answers: list[bool] = [False]
    questions: list[str] = []

    def confirm(_parent, _title, text) -> bool:
        questions.append(text)
        return answers[0]

    page = SyncPage(ctx, watcher=UsbWatcher(roots=drives), confirm=confirm)
    qtbot.addWidget(page)
    page.show()
    assert page.office_label.text().startswith("The street office's key has not been imported yet.")
    assert page.office_key_button.isVisible() and not page.export_folder_button.isEnabled()

    assert page.import_office_key_file(key_file) is None
    assert fingerprint in questions[0] and ctx.call(sync_state.sync_status).office is None  # said no: nothing imported
    answers[0] = True
    assert page.import_office_key_file(key_file).fingerprint == fingerprint
    assert fingerprint in page.office_label.text() and page.export_folder_button.isEnabled()

    site_key = tmp_path / "site.key"
    page.save_my_key(site_key)
    mine = sync.read_key_view(site_key.read_bytes())
    assert mine.role == "site" and mine.fingerprint == ctx.call(sync.own_fingerprint).fingerprint
    questions.clear()
    page.import_office_key_file(site_key)
    assert not questions and page.result_banner.text().endswith("This is a compound's key, not the street office's.")

    dialog = page.show_my_key()
    assert mine.fingerprint in [label.text() for label in dialog.findChildren(type(page.office_label))]
    dialog.close()
    office.sessions.kw["bind"].dispose()


def test_a_guard_sees_no_key_import_and_the_page_follows_the_language(qtbot, ctx, drives) -> None:
    guard = UiContext(ctx.sessions, replace(ctx.actor, role=Role.GUARD), ctx.languages, ctx.settings, ctx.data_dir)
    page = SyncPage(guard, watcher=UsbWatcher(roots=drives))
    qtbot.addWidget(page)
    page.show()
    assert not page.office_key_button.isVisible() and "An administrator imports it." in page.office_label.text()
    ctx.languages.set_language("zh_CN")
    assert page.export_button.text()  # translations come later; the page re-translated without failing
    ctx.languages.set_language("en")
    assert page.export_button.text() == "Export to drive"
