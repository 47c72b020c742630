"""The observation page: worklist, follow-up and returnee dialogs, alerts, the grid."""

from __future__ import annotations

from datetime import timedelta


from app.domain.observation import FollowUpStatus, Symptom
from app.services.lookup import find_resident
from app.services.returnees import ReturneeForm, add_returnee, get_returnee, open_alerts
from app.ui.follow_up_dialog import FollowUpDialog
from app.ui.observation_page import ObservationPage
from app.ui.returnee_dialog import ReturneeDialog


def test_worklist_follow_up_alert_and_grid(qtbot, ctx, fixed_clock) -> None:
    zhang = ctx.call(find_resident, "00001")
    ctx.call(add_returnee, ReturneeForm(zhang, "武汉", fixed_clock.now().date() - timedelta(days=2)))
    page = ObservationPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.model.rowCount() == 1
    row = page.model.row_at(0)
    assert (row.day, row.of, row.slot) == (3, 14, "am")
    assert page.model.data(page.model.index(0, 4)) == "Not seen for 4 slots"

    dialog = FollowUpDialog(ctx, ctx.call(get_returnee, row.returnee_id), row.slot, page)
    qtbot.addWidget(dialog)
    dialog.statuses[FollowUpStatus.SEEN_UNWELL].setChecked(True)
    dialog.symptoms[Symptom.COUGH].setChecked(True)
    dialog.save()
    assert "Temperature" in dialog.error.text() and dialog.result_view is None  # seen: reading needed
    dialog.temperature.setText("37.9")
    dialog.save()
    assert dialog.result_view is not None and dialog.result_view.alert_raised

    page.reload()
    assert page.model.row_at(0).done is not None
    reasons = sorted(page.alerts.item(i).text().split(": ")[-1] for i in range(page.alerts.count()))
    assert reasons == ["Fever", "Not seen for several slots"]
    assert "1" in page.summary.text()
    assert page.grid.columnCount() == 14 and page.grid.item(0, 2).text() == "37.9"
    assert page.grid.item(0, 0).text() == ""  # days 1 and 2 were never followed up
    assert sorted(a.reason for a in ctx.call(open_alerts)) == ["fever", "missed"]


def test_returnee_dialog_leaves_where_from_empty_and_saves(qtbot, ctx) -> None:
    from PySide6.QtCore import Qt

    dialog = ReturneeDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.person.setFocus()
    qtbot.keyClicks(dialog.person, "00001")  # 张三's ID number was issued in 110105: not travel
    qtbot.keyClick(dialog.person, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.origin and dialog.origin.text() == ""
    dialog.origin.setText("朝阳区")
    dialog.save()
    assert dialog.returnee is None and "110105" in dialog.error.text()  # two 朝阳区: use the code
    dialog.origin.setText("110105")
    dialog.save()
    assert dialog.returnee is not None and dialog.returnee.origin_code == "110105"


def test_main_window_has_the_observation_tab(qtbot, ctx) -> None:
    from app.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentIndex(3)
    assert window.tabs.currentWidget() is window.observation_page
    assert window.observation_page.model.rowCount() == 0
    assert any(a.shortcut().toString() == "Ctrl+4" for a in window.actions())
