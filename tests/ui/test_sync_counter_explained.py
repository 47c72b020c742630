"""The status bar's unacknowledged counter explains itself: by its tooltip and when clicked."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.ui.main_window import MainWindow

MEANING = ("Records saved on this computer that the street office has not yet acknowledged. They are "
           "carried on every USB export until the office's receipt comes back on the drive; then they "
           "are no longer counted. Everything recorded here counts, even the compound and its gates "
           "written at setup.")


def _window(qtbot, ctx) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.sync_counter is not None and window.sync_counter.status is not None)
    return window


def test_the_tooltip_says_what_the_number_means(qtbot, ctx) -> None:
    counter = _window(qtbot, ctx).sync_counter
    assert counter.text().endswith(" unacknowledged")
    tooltip = counter.toolTip()
    assert MEANING in tooltip
    assert "No receipt from the street office yet." in tooltip


def test_a_click_explains_it_on_the_usb_sync_tab(qtbot, ctx) -> None:
    window = _window(qtbot, ctx)
    counter = window.sync_counter
    n = counter.status.unacknowledged
    assert counter.explanation is None
    qtbot.mouseClick(counter, Qt.MouseButton.LeftButton)
    box = counter.explanation
    assert box is not None and box.isVisible() and box.windowTitle() == "Unacknowledged records"
    assert box.text() == MEANING
    assert box.informativeText() == f"{n} record(s) not yet acknowledged. No receipt from the street office yet."
    assert window.tabs.currentWidget() is window.sync_page
