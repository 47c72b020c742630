"""Switching language at run time re-words and re-lays out everything, the verdict included."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox

from app.ui.main_window import MainWindow

ORDER = ("zh_CN", "en", "ja", "ko", "zh_CN")


def elided_combos(window: MainWindow) -> list[str]:
    """Visible drop-downs whose current text does not fit the space it is drawn in."""
    cut = []
    for combo in window.findChildren(QComboBox):
        if not combo.isVisible() or not combo.currentText():
            continue
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        field = combo.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo)
        if combo.fontMetrics().horizontalAdvance(combo.currentText()) > field.width():
            cut.append(combo.currentText())
    return cut


def test_no_drop_down_is_cut_after_a_switch(qtbot, ctx, languages) -> None:
    languages.set_language("zh_CN")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    for language in ORDER:
        languages.set_language(language)
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            qtbot.waitUntil(lambda: window.tabs.currentWidget().isVisible())
            assert elided_combos(window) == [], (language, index)


def test_the_verdict_follows_the_language(qtbot, ctx, languages) -> None:
    from app.ui.gate_page import GatePage

    page = GatePage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.focus_entry()
    qtbot.keyClicks(page.search, "00002")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    qtbot.keyClicks(page.temperature, "366")
    qtbot.keyClick(page.temperature, Qt.Key.Key_Return)
    assert page.banner.text() == "36.6 °C: 李喆 may enter."
    languages.set_language("zh_CN")
    assert page.banner.property("state") == "ok"
    assert "李喆" in page.banner.text() and "may enter" not in page.banner.text()
