"""Render the gate page in every language to PNG files (README and visual review).

Usage: python -m tools.screenshots OUT_DIR  (runs offscreen on a temporary database)
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app import clock
from app.ui.context import UiContext
from app.ui.i18n import LANGUAGES, LanguageManager
from app.ui.settings import ui_settings
from app.ui.theme import apply_theme


def _open(data_dir: Path):
    """A new database in ``data_dir`` (plain: screenshots need no key)."""
    from app.db.engine import make_session_factory, sqlite_url
    from app.db.migrate import open_database

    return make_session_factory(open_database(sqlite_url(data_dir)))


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    fixed = clock.FixedClock(datetime(2026, 3, 2, 20, 15, tzinfo=ZoneInfo("Asia/Shanghai")))
    clock.use_clock(fixed)
    os.environ["TZ"] = "Asia/Shanghai"
    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp)
        sessions = _open(data_dir)
        from app.services.demo import generate_demo_data
        from app.services.setup import init_site

        with sessions.begin() as session:
            actor = init_site(session, site_name="阳光花园", committee="阳光社区居委会",
                              admin_username="王师傅", admin_password="demo-pass",
                              gates=["东门", "西门"])
        generate_demo_data(sessions, actor, residents=400, days=3, seed=7)
        from app.services.lookup import find_resident
        from app.services.returnees import ReturneeForm, add_returnee

        with sessions.begin() as session:
            add_returnee(session, actor, ReturneeForm(
                find_resident(session, actor, "00007"), "420106", fixed.now().date() - timedelta(days=5)))
        languages = LanguageManager(app)
        from app.ui.main_window import MainWindow

        for night in (False, True):
            # One window, the language switched at run time, as a guard would switch it.
            languages.set_language(LANGUAGES[0])
            apply_theme(night)
            window = MainWindow(UiContext(sessions, actor, languages, ui_settings(data_dir), data_dir))
            window.resize(1366, 768)
            window.show()
            page = window.gate_page
            _keys(page.search, "00012")
            _keys(page.temperature, "378")
            fixed.advance(seconds=30)
            page._on_tick()
            _keys(page.search, "00007")  # under observation: the red banner names them
            for language in (*LANGUAGES[1:], LANGUAGES[0]):
                languages.set_language(language)
                app.processEvents()
                suffix = "-night" if night else ""
                window.grab().save(str(out / f"gate-{language}{suffix}.png"))
            if not night:
                page.start_over()
                page.next_kind()  # F3: Who: courier, shown large
                app.processEvents()
                window.grab().save(str(out / "gate-courier.png"))
            window.close()
            fixed.advance(minutes=5)
        _other_screens(out, sessions, actor, languages, data_dir, app)
    _observation_screen(out, languages, app)
    print(f"screenshots in {out}")


def _keys(widget, text: str) -> None:
    """Typed, then Enter: what a guard or a scanner sends."""
    QTest.keyClicks(widget, text)
    QTest.keyClick(widget, Qt.Key.Key_Return)


def _observation_screen(out: Path, languages, app) -> None:
    """Six returnees followed for six days (one rarely reached, one fever), on the Ctrl+4 page."""
    import random

    from app.services.lookup import find_resident
    from app.services.returnees import ReturneeForm, add_returnee, record_follow_up

    fixed = clock.FixedClock(datetime(2026, 3, 1, 9, 0, tzinfo=ZoneInfo("Asia/Shanghai")))
    clock.use_clock(fixed)
    rng = random.Random(2)
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp)
        sessions = _open(data_dir)
        from app.services.demo import generate_demo_data
        from app.services.setup import init_site

        with sessions.begin() as session:
            actor = init_site(session, site_name="阳光花园", committee="阳光社区居委会",
                              admin_username="李主任", admin_password="demo-pass", gates=["东门"])
        generate_demo_data(sessions, actor, residents=120, days=1, seed=5)
        with sessions.begin() as session:
            ids = [add_returnee(session, actor, ReturneeForm(
                find_resident(session, actor, f"{i * 7 + 3:05d}"), origin, fixed.now().date())).id
                for i, origin in enumerate(["武汉", "420106", "深圳", "上海", "110105", "杭州"])]
        for day in range(6):
            for slot in ("am", "pm"):
                with sessions.begin() as session:
                    for k, returnee in enumerate(ids):
                        if rng.random() < (0.3 if k == 2 else 0.9):
                            fever = k == 1 and day == 4
                            record_follow_up(session, actor, returnee, slot,
                                             "37.8" if fever else f"36.{rng.randrange(2, 8)}",
                                             ["cough"] if fever else [],
                                             "seen_unwell" if fever else "seen_well")
                fixed.advance(hours=6 if slot == "am" else 18)
        from app.ui.main_window import MainWindow

        languages.set_language("zh_CN")
        apply_theme(False)
        window = MainWindow(UiContext(sessions, actor, languages, ui_settings(data_dir), data_dir))
        window.show()
        window.tabs.setCurrentIndex(3)
        for _ in range(10):
            app.processEvents()
        window.grab().save(str(out / "observation.png"))
        window.close()
        sessions.kw["bind"].dispose()


def _other_screens(out: Path, sessions, actor, languages, data_dir: Path, app) -> None:
    """The dialogs and pages besides the gate, in Chinese, day theme."""
    from app.services.checks import open_fever_holds
    from app.ui.login_dialog import LoginDialog
    from app.ui.recheck_dialog import RecheckDialog
    from app.ui.residents_page import ImportDialog
    from app.ui.visitor_dialog import VisitorDialog

    languages.set_language("zh_CN")
    apply_theme(False)
    ctx = UiContext(sessions, actor, languages, ui_settings(data_dir), data_dir)
    visitor = VisitorDialog(ctx)
    visitor.name.setText("赵六")
    visitor.id_number.setText("110105198001010021")
    visitor.phone.setText("13900001111")
    visitor.host.setText("3号2单元201")
    visitor.temperature.setText("36.5")
    visitor._on_save()  # a wrong check digit: the form shows the error and keeps everything
    hold = next(iter(ctx.call(open_fever_holds)), None)
    shots = {"visitor-dialog": visitor, "login": LoginDialog(lambda: sessions, languages, "阳光花园")}
    if hold is not None:
        shots["recheck-dialog"] = RecheckDialog(ctx, hold)
    roster = data_dir / "roster.csv"
    roster.write_text("姓名,楼号,单元,室号,电话,证件类型,证件号码,出入证号,标签\n"
                      "王五,7,1,101,13812348001,身份证,11010519491231002X,10001,独居老人\n"
                      "赵六,7,1,102,12,身份证,110105,10002,\n"
                      "佐藤 健,7,1,103,,护照,TZ1234567,10003,外籍:日语\n", encoding="utf-8")
    shots["import-dialog"] = ImportDialog(ctx, roster)
    from app.ui.main_window import MainWindow

    window = MainWindow(ctx)
    window.show()
    window.tabs.setCurrentIndex(1)
    shots["day-log"] = window
    for name, widget in shots.items():
        widget.show()
        for _ in range(20):
            app.processEvents()
        if name == "import-dialog":
            from PySide6.QtCore import QThreadPool

            QThreadPool.globalInstance().waitForDone(5000)
            app.processEvents()
        widget.grab().save(str(out / f"{name}.png"))
        if name == "day-log":
            window.tabs.setCurrentIndex(2)
            app.processEvents()
            widget.grab().save(str(out / "residents.png"))
        widget.close()
    _printing_and_sync(out, ctx, app)


def _settle(app, until=lambda: True, rounds: int = 200) -> None:
    """Let queued work (timers, background tasks) finish, up to a bound."""
    from PySide6.QtCore import QThreadPool

    for _ in range(rounds):
        QThreadPool.globalInstance().waitForDone(50)
        app.processEvents()
        if until():
            break


def _printing_and_sync(out: Path, ctx: UiContext, app) -> None:
    """The printing tab with a notice poster, the USB sync tab, and the street office's hub."""
    from app.db.engine import make_session_factory, sqlite_url
    from app.db.migrate import open_database
    from app.services.hub import import_bundles, init_hub, office_key_file, trust_site
    from app.paths import HUB_FILE_NAME
    from app.services.sync import export_events, import_office_key, own_fingerprint, own_public_key_file
    from app.ui.context import HubContext
    from app.ui.hub_window import HubWindow
    from app.ui.main_window import MainWindow

    hub_dir = ctx.data_dir / "hub"
    hub_dir.mkdir()
    hub = make_session_factory(open_database(sqlite_url(hub_dir, HUB_FILE_NAME), hub=True))
    with hub.begin() as session:
        office_admin = init_hub(session, "东湖街道办事处", "张科长", "demo-pass")
        office = office_key_file(session, office_admin)
    with ctx.sessions.begin() as session:
        import_office_key(session, ctx.actor, office)
        (hub_dir / "site.key").write_bytes(own_public_key_file(session, ctx.actor))
        fingerprint = own_fingerprint(session, ctx.actor).fingerprint
        exported = export_events(session, ctx.actor, hub_dir)
    with hub.begin() as session:
        trust_site(session, office_admin, hub_dir / "site.key", fingerprint)
    import_bundles(hub, office_admin, [Path(exported.path)])

    window = MainWindow(ctx)
    window.resize(1280, 760)
    window.show()
    window.tabs.setCurrentIndex(5)
    printing = window.print_page
    notices = printing.sections["notices"]
    printing.tabs.setCurrentWidget(notices)
    _settle(app, lambda: notices.preview.page_count > 0)
    window.grab().save(str(out / "printing-notice.png"))
    window.tabs.setCurrentIndex(6)
    _settle(app, lambda: window.sync_counter is not None)
    window.grab().save(str(out / "sync.png"))
    window.close()
    hub_window = HubWindow(HubContext(hub, office_admin, ctx.languages))
    hub_window.resize(1100, 600)
    hub_window.show()
    _settle(app)
    hub_window.grab().save(str(out / "hub.png"))
    hub_window.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
