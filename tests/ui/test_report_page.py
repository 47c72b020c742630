"""The report page: a daily report of a demo day made in the background and previewed."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QDate

from app.errors import QT_TRANSLATE_NOOP
from app.services.context import Role
from app.services.demo import generate_demo_data
from app.services.reports import ReportCancelled
from app.ui.context import UiContext
from app.ui.report_page import ReportPage


def test_a_daily_report_is_made_and_previewed(qtbot, ctx, tmp_path) -> None:
    generate_demo_data(ctx.sessions, ctx.actor, residents=60, days=3, seed=2)
    page = ReportPage(ctx)
    qtbot.addWidget(page)
    page.resize(1000, 800)
    page.show()
    assert page.date.date() == QDate(2026, 3, 2)  # today at the compound, by the fixed clock
    assert page.language.currentData() == "en" and page.kind.currentData() == "daily"
    assert page.make_button.text() == "Make report"

    page.make_button.click()
    assert not page.make_button.isEnabled()
    qtbot.waitUntil(lambda: page.preview.page_count > 0, timeout=20_000)
    assert page.preview.count_label.text().startswith(f"{page.preview.page_count} page")
    assert page.preview.page_count <= 2
    assert page.preview.suggested_name == "daily-2026-03-02.pdf"
    assert page.preview.pdf_bytes.startswith(b"%PDF") and page.make_button.isEnabled()

    page.kind.setCurrentIndex(page.kind.findData("monthly"))
    page.language.setCurrentIndex(page.language.findData("ja"))
    page.make_button.click()
    qtbot.waitUntil(lambda: page.preview.suggested_name == "monthly-2026-03-02.pdf", timeout=20_000)
    assert page.preview.page_count >= 1
    page.grab().save(str(tmp_path / "report-page.png"))
    page.preview.clear()  # closes the PDF document now, not at interpreter exit


def test_cancelling_says_so_and_a_guard_cannot_make_reports(qtbot, ctx) -> None:
    page = ReportPage(ctx)
    qtbot.addWidget(page)
    page._on_error(ReportCancelled(QT_TRANSLATE_NOOP("Errors", "Report cancelled; nothing was printed.")))
    assert page.status.text() == "Cancelled; nothing was printed." and page.make_button.isEnabled()

    guard = ReportPage(UiContext(ctx.sessions, replace(ctx.actor, role=Role.GUARD), ctx.languages,
                                 ctx.settings, ctx.data_dir))
    qtbot.addWidget(guard)
    assert not guard.make_button.isEnabled() and "committee head" in guard.status.text()
