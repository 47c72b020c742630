"""The street office's hub window over a real hub database and real compound databases."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from app.db.engine import make_session_factory, sqlite_url
from app.db.migrate import open_database
from app.errors import untranslated
from app.models import Returnee, TemperatureCheck, Visit
from app.services import hub, sync
from app.services.demo import generate_demo_data
from app.services.site_time import day_bounds
from app.ui.hub_window import HubWindow
from app.ui.theme import alarm_text
from app.ui.usb_watcher import UsbWatcher
from app.services.hub_report import daily_report
from app.ui.context import HubContext
from tests.helpers import build_initialised_database
from tests.ui.test_sync_page import FakeDrives, connect, open_office


def count(sessions: sessionmaker[Session], model, site_id) -> int:
    with sessions() as session:
        return session.scalar(select(func.count()).select_from(model).where(
            model.site_id == site_id, model.deleted.is_(False))) or 0


@pytest.fixture
def office(tmp_path: Path, languages) -> HubContext:
    office = open_office(tmp_path / "hub", languages)
    yield office
    assert QThreadPool.globalInstance().waitForDone(60_000)  # the window's work, before the file goes
    office.sessions.kw["bind"].dispose()


class Window:
    def __init__(self, qtbot, office, languages) -> None:
        self.drives = FakeDrives()
        self.questions: list[str] = []
        self.answer = True
        self.typed: list[str] = []
        """The fingerprints the office types in, as the compound reads them out; none left: cancelled."""
        self.window = HubWindow(office, watcher=UsbWatcher(roots=self.drives), confirm=self.confirm,
                                ask_fingerprint=self.ask_fingerprint)
        qtbot.addWidget(self.window)
        self.window.show()

    def confirm(self, _parent, _title, text) -> bool:
        self.questions.append(text)
        return self.answer

    def ask_fingerprint(self, _parent, _title, text) -> str | None:
        self.questions.append(text)
        return self.typed.pop(0) if self.typed else None


def cells(window: HubWindow, row: int) -> list[str]:
    return [window.model.index(row, c).data() for c in range(window.model.columnCount())]


def wait_idle(qtbot, window: HubWindow) -> None:
    qtbot.waitUntil(lambda: window.task is None, timeout=30_000)


def test_a_folder_with_a_good_and_a_damaged_bundle(qtbot, qtmodeltester, ctx, office, languages, tmp_path) -> None:
    generate_demo_data(ctx.sessions, ctx.actor, residents=30, days=2, seed=4)
    connect(ctx.sessions, ctx.actor, office, tmp_path)
    drive = tmp_path / "usb"
    (drive / "GatePost").mkdir(parents=True)
    with ctx.sessions.begin() as session:
        good = Path(sync.export_events(session, ctx.actor, drive / "GatePost").path)
    data = bytearray(good.read_bytes())
    data[-10] ^= 0xFF  # inside the signature
    (drive / "GatePost" / "damaged-copy.gpb").write_bytes(bytes(data))

    w = Window(qtbot, office, languages)
    window = w.window
    assert window.model.rowCount() == 2 and cells(window, 0)[1:4] == ["0", "0", "0"]  # trusted, nothing yet
    assert not window.import_drive_button.isEnabled() and window.drive_label.text() == "Insert the USB drive"
    w.drives.drives.append((str(drive), "KINGSTON"))
    window.watcher.poll()
    assert window.drive_label.text() == "USB drive: KINGSTON"
    window.import_drive_button.click()
    wait_idle(qtbot, window)

    site = ctx.actor.site_id
    expected = [str(count(ctx.sessions, m, site)) for m in (TemperatureCheck, Visit, Returnee)]
    assert int(expected[0]) > 0
    assert cells(window, 0)[:5] == ["阳光花园", *expected, "1"]
    assert cells(window, 1)[0] == "Total (1 compound(s))" and cells(window, 1)[1:4] == expected
    lines = [window.results.item(i).text() for i in range(window.results.count())]
    assert len(lines) == 2
    assert any(line.startswith("damaged-copy.gpb: rejected: ") for line in lines)
    assert any(line.startswith(f"{good.name}: imported from 阳光花园, bundle number 1") for line in lines)
    assert window.result_banner.property("state") == "fever" and not w.questions  # the sender is known
    assert cells(window, 0)[5] == "" and window.model.index(0, 5).data(Qt.ItemDataRole.ForegroundRole) is None

    # Bundle 2 is lost on the way, bundle 3 arrives: number 2 is shown missing, in the warning colour.
    with ctx.sessions.begin() as session:
        sync.export_events(session, ctx.actor, tmp_path)
    with ctx.sessions.begin() as session:
        third = Path(sync.export_events(session, ctx.actor, tmp_path).path)
    window.import_paths([third])
    wait_idle(qtbot, window)
    assert cells(window, 0)[4:6] == ["3", "2"] and cells(window, 1)[5] == "1 missing"
    assert window.model.index(0, 5).data(Qt.ItemDataRole.ForegroundRole).color() == alarm_text()
    qtmodeltester.check(window.model)

    # The street's daily report counts today's checks the gate recorded (one compound: total = compound).
    if shutil.which("pdftotext"):
        start, end = day_bounds(ctx.zone, date(2026, 3, 2))
        with ctx.sessions() as session:
            today = session.scalar(select(func.count()).select_from(TemperatureCheck).where(
                TemperatureCheck.site_id == site, TemperatureCheck.deleted.is_(False),
                TemperatureCheck.taken_at >= start, TemperatureCheck.taken_at < end))
        assert today > 0
        for which in (None, str(site)):
            (tmp_path / "r.pdf").write_bytes(office.call(daily_report, which, date(2026, 3, 2), "en", untranslated))
            text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "r.pdf"), "-"], capture_output=True,
                                  text=True).stdout
            assert f"Checks: {today:,} " in text

    # Receipts go to the drive's GatePost folder; the hub's own files are not imported back.
    window.write_to(window.default_output() / "GatePost", receipts=True)
    wait_idle(qtbot, window)
    assert len(list((drive / "GatePost").glob("gatepost-receipt-*.gpb"))) == 1
    assert window.result_banner.text() == "1 file(s) written and checked."
    window.write_to(drive / "GatePost", receipts=False)
    wait_idle(qtbot, window)
    assert len(list((drive / "GatePost").glob("gatepost-policy-*.gpb"))) == 1
    window.import_drive_button.click()
    wait_idle(qtbot, window)
    assert window.results.count() == 2 and "already imported before" in window.results.item(1).text() + \
        window.results.item(0).text()


def test_an_unknown_compound_is_trusted_from_its_bundle_after_the_phone_call(qtbot, office, languages,
                                                                               tmp_path) -> None:
    folder = tmp_path / "gate"
    folder.mkdir()
    actor = build_initialised_database(folder)
    gate = make_session_factory(open_database(sqlite_url(folder)))
    office_file = office.call(hub.office_key_file)
    with gate.begin() as session:
        sync.import_office_key(session, actor, office_file)  # the hub has not trusted this compound
        bundle = Path(sync.export_events(session, actor, tmp_path).path)
        fingerprint = sync.own_fingerprint(session, actor).fingerprint

    w = Window(qtbot, office, languages)
    window = w.window
    window.import_paths([bundle])
    wait_idle(qtbot, window)
    # The fingerprint is asked for, never shown: it must come from the compound.
    assert len(w.questions) == 1 and fingerprint not in w.questions[0] and "阳光花园" in w.questions[0]
    assert "is not trusted here" in window.results.item(0).text()
    assert window.model.rowCount() == 1  # cancelled: still only the total row

    w.typed = [fingerprint]
    window.import_paths([bundle])
    qtbot.waitUntil(lambda: window.model.rowCount() == 2 and window.task is None, timeout=30_000)
    qtbot.waitUntil(lambda: window.results.count() == 1 and "imported from" in window.results.item(0).text(),
                    timeout=30_000)
    assert cells(window, 0)[0] == "阳光花园" and cells(window, 0)[4] == "1"
    assert cells(window, 0)[1] == str(count(gate, TemperatureCheck, actor.site_id))
    gate.kw["bind"].dispose()


def test_trusting_from_a_key_file_asks_first_and_reports_are_made(qtbot, ctx, office, languages, tmp_path) -> None:
    key_file = tmp_path / "site.key"
    with ctx.sessions.begin() as session:
        key_file.write_bytes(sync.own_public_key_file(session, ctx.actor))
        fingerprint = sync.own_fingerprint(session, ctx.actor).fingerprint
    w = Window(qtbot, office, languages)
    window = w.window
    assert window.trust_file(key_file) is False and window.model.rowCount() == 1  # cancelled
    w.typed = [fingerprint]
    assert window.trust_file(key_file) is True and window.model.rowCount() == 2
    assert window.result_banner.text() == "阳光花园 is trusted now."
    window.write_to(tmp_path / "no-such-folder", receipts=True)
    wait_idle(qtbot, window)
    assert window.result_banner.text().endswith("no-such-folder does not exist.")
    assert window.result_banner.property("state") == "fever"

    dialog = window.open_report()
    assert [dialog.site.itemText(i) for i in range(dialog.site.count())] == ["All compounds (total)", "阳光花园"]
    dialog.make_button.click()
    qtbot.waitUntil(lambda: dialog.preview.page_count > 0, timeout=30_000)
    out = tmp_path / "street.pdf"
    out.write_bytes(dialog.preview.pdf_bytes)
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True).stdout
        assert "all compounds (1)" in text and "东湖街道" in text
    dialog.site.setCurrentIndex(1)
    dialog.make_button.click()
    qtbot.waitUntil(lambda: dialog.preview.suggested_name.startswith(f"daily-{ctx.actor.site_id}"), timeout=30_000)
    dialog.close()
