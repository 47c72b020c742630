"""Roster import, the day log, tables, fonts and the language switch."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from app.models import Person
from app.services.checks import CheckForm, record_check
from app.services.lookup import lookup
from app.ui.day_log_page import DayLogPage
from app.ui.fonts import families_for, register_fonts
from app.ui.gate_page import GatePage
from app.ui.i18n import load_translator, translator_function
from app.ui.main_window import MainWindow
from app.ui.residents_page import ImportDialog, ResidentsPage
from tests.helpers import ENGLISH_HEADER, count, csv_bytes, resident_id


def test_import_preview_lists_bad_rows_and_imports_the_rest(qtbot, ctx, tmp_path: Path) -> None:
    path = tmp_path / "roster.csv"
    path.write_bytes(csv_bytes([
        ENGLISH_HEADER,
        f"王五,7,1,101,13812348001,resident_id,{resident_id('19700101')},10001,",
        "赵六,7,1,102,12,resident_id,110105,10002,",
        "孙七,7,1,103,,,,10003,独居老人",
    ], encoding="gbk"))
    before = count(ctx.sessions, Person)
    dialog = ImportDialog(ctx, path)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=5000)
    lines = {dialog.problems.item(r, 0).text() for r in range(dialog.problems.rowCount())}
    assert lines == {"3"}
    problems = [dialog.problems.item(r, 2).text() for r in range(dialog.problems.rowCount())]
    assert any(p.startswith("Phone:") for p in problems)
    assert any(p.startswith("ID number:") for p in problems)
    assert not dialog.import_all.isEnabled() and dialog.import_valid.isEnabled()
    assert count(ctx.sessions, Person) == before  # the preview wrote nothing
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.import_valid.click()
    assert count(ctx.sessions, Person) == before + 2


def test_residents_table_passes_the_model_tester(qtbot, qtmodeltester, ctx) -> None:
    page = ResidentsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.model.rowCount() == 4
    qtmodeltester.check(page.model)
    ids = [page.model.row_at(r).masked_id for r in range(4)]
    assert any(i.startswith("110105********") for i in ids)


def test_day_log_filters_fevers(qtbot, ctx, fixed_clock) -> None:
    people = {h.name: h for h in ctx.call(lookup, "0000")}
    ctx.call(record_check, CheckForm(reading="36.6", person_id=people["张三"].id))
    ctx.call(record_check, CheckForm(reading="38.1", person_id=people["李喆"].id))
    page = DayLogPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.checks.rowCount() == 2
    page.fever_only.setChecked(True)
    assert page.checks.rowCount() == 1 and page.checks.row_at(0).reading == "38.1"


def test_language_switch_retranslates_open_pages(qtbot, ctx) -> None:
    page = GatePage(ctx)
    qtbot.addWidget(page)
    assert page.save_button.text() == "Save (Enter)"
    for language in ("ja", "ko", "zh_CN"):
        expected = translator_function(load_translator(language))("GatePage", "Save (Enter)")
        assert expected != "Save (Enter)"
        ctx.languages.set_language(language)
        assert page.save_button.text() == expected
        assert QApplication.font().families()[0] == families_for(language)[0]


def test_main_window_loads_other_pages_only_when_shown(qtbot, ctx) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    assert window.residents_page.model.rowCount() == 0
    window.tabs.setCurrentWidget(window.residents_page)
    assert window.residents_page.model.rowCount() == 4


def test_shipped_fonts_cover_the_three_scripts(qapp) -> None:
    register_fonts()
    families = set(QFontDatabase.families())
    assert {"GatePost Sans SC", "GatePost Sans JP", "GatePost Sans KR"} <= families
    assert families_for("ja")[0] == "GatePost Sans JP"
    assert families_for("ko")[0] == "GatePost Sans KR"


def test_printing_tab_offers_reports_only_to_the_committee(qtbot, ctx) -> None:
    import dataclasses

    from app.services.context import Role
    from app.ui.context import UiContext

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    by_key = {a.shortcut().toString(): a for a in window.actions()}
    by_key["Ctrl+6"].trigger()
    assert window.tabs.currentWidget() is window.print_page
    assert list(window.print_page.sections) == ["reports", "paper", "notices"]
    guard = UiContext(ctx.sessions, dataclasses.replace(ctx.actor, role=Role.GUARD), ctx.languages,
                      ctx.settings, ctx.data_dir)
    guard_window = MainWindow(guard)
    qtbot.addWidget(guard_window)
    assert list(guard_window.print_page.sections) == ["paper", "notices"]


def test_sync_tab_and_status_bar_counter(qtbot, ctx) -> None:
    from app.services.sync_state import count_unacknowledged

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.sync_counter is not None and window.sync_counter.status is not None)
    with ctx.sessions() as session:
        expected = count_unacknowledged(session, ctx.actor)
    assert expected > 0 and window.sync_counter.status.unacknowledged == expected
    window.sync_counter.clicked.emit()
    assert window.tabs.currentWidget() is window.sync_page
