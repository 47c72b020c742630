"""Privacy in the window: the visitor form's line, the purge on its schedule, the wipe."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from app.services.checks import CheckForm, list_checks, record_check
from app.services.lookup import find_resident
from app.ui.retention_timer import AFTER_MIDNIGHT_MS, RetentionTimer
from app.ui.visitor_dialog import VisitorDialog
from app.ui.wipe_dialog import WipeDialog
from tests.helpers import START


def _owner(qtbot) -> QWidget:
    owner = QWidget()
    qtbot.addWidget(owner)
    return owner


def test_the_visitor_form_says_what_the_data_is_for_and_for_how_long(qtbot, ctx) -> None:
    owner = _owner(qtbot)
    dialog = VisitorDialog(ctx, owner)
    text = dialog.privacy_note.text()
    assert "28 days" in text and "privacy notice" in text


def test_the_purge_runs_in_the_background_after_start_and_after_midnight(qtbot, ctx, fixed_clock) -> None:
    person = ctx.call(find_resident, "00001")
    ctx.call(record_check, CheckForm(reading="36.5", person_id=person))
    fixed_clock.advance(days=29)
    owner = _owner(qtbot)
    timer = RetentionTimer(ctx, owner)
    assert timer.until_midnight_ms() == 14 * 3600 * 1000 + AFTER_MIDNIGHT_MS  # 10:00 at the compound
    with qtbot.waitSignal(timer.purged, timeout=20_000) as done:
        timer.run_now()
    assert done.args[0].counts["resident_checks"] == 1
    assert ctx.call(list_checks, START.date()) == []
    assert timer.timer.isActive()


def test_wipe_asks_for_the_name_then_leaves_no_database(qtbot, ctx, data_dir: Path) -> None:
    owner = _owner(qtbot)
    dialog = WipeDialog(ctx, "阳光花园", owner)
    dialog.typed.setText("阳光")
    assert not dialog.wipe_button.isEnabled()
    dialog.typed.setText("阳光花园")
    assert dialog.wipe_button.isEnabled()
    dialog.wipe_button.click()
    assert dialog.wiped
    assert not [p.name for p in data_dir.iterdir() if p.name.startswith("gatepost.db")]

