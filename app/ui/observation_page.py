"""People under observation: today's follow-up worklist, open alerts, and each person's grid."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QInputDialog, QLabel, QListWidget,
    QListWidgetItem, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from app.domain.observation import (
    OUTCOME_LABELS, STATUS_LABELS, FollowUpStatus, ObservationOutcome, alert_reason_label,
)
from app.errors import GatePostError
from app.services.context import Role
from app.services.returnees import (
    WorklistRow, close_alert, end_observation, exit_attempts_on, extend_observation, get_returnee, grid,
    open_alerts, worklist,
)
from app.services.site_time import local_today
from app.ui.context import UiContext
from app.ui.i18n import qt_translate
from app.ui.lazy_page import LazyPage
from app.ui.widgets import table_view
from app.ui.table_model import Column, ListTableModel

STATUS_COLOURS = {FollowUpStatus.SEEN_WELL: "#2e9d52", FollowUpStatus.SEEN_UNWELL: "#e53935",
                  FollowUpStatus.NOT_REACHED: "#f0a020"}


class ObservationPage(LazyPage):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._alerts: list = []
        self.summary = QLabel(objectName="Selected")
        self.model = ListTableModel([
            Column(lambda: self.tr("Room"), lambda r: r.room),
            Column(lambda: self.tr("Name"), lambda r: r.name),
            Column(lambda: self.tr("Day"), lambda r: self.tr("{day} of {of}").format(
                day=r.day, of=r.of)),
            Column(lambda: self.tr("From"), lambda r: r.origin),
            Column(lambda: self.tr("This slot"), self._slot_text, highlight=lambda r: r.overdue),
        ], self)
        self.table = table_view(self.model)
        self.table.activated.connect(lambda _index: self.record_follow_up())
        self.table.selectionModel().currentRowChanged.connect(lambda _now, _before: self._show_grid())
        self.follow_up_button, self.add_button = QPushButton(), QPushButton()
        self.extend_button, self.release_button = QPushButton(), QPushButton()
        self.follow_up_button.clicked.connect(self.record_follow_up)
        self.add_button.clicked.connect(self.add_returnee)
        self.extend_button.clicked.connect(self.extend)
        self.release_button.clicked.connect(self.release)
        for button in (self.add_button, self.extend_button, self.release_button):
            button.setEnabled(ctx.actor.role >= Role.HEAD)
        self.alerts_label = QLabel()
        self.alerts = QListWidget()
        self.alerts.setMaximumHeight(110)
        self.alerts.itemActivated.connect(self._on_alert_activated)
        self.grid = QTableWidget(2, 0)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.grid.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.grid.setFixedHeight(120)
        buttons = QHBoxLayout()
        for button in (self.follow_up_button, self.add_button, self.extend_button, self.release_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.error = QLabel(objectName="FieldError")
        self.error.setWordWrap(True)
        self.hint = QLabel(objectName="Hint", wordWrap=True)
        self.hint.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.grid)
        layout.addWidget(self.alerts_label)
        layout.addWidget(self.alerts)
        ctx.languages.language_changed.connect(self.retranslate_ui)
        self.retranslate_ui()

    def retranslate_ui(self, _language: str = "") -> None:
        self.follow_up_button.setText(self.tr("Record follow-up (Enter)"))
        self.add_button.setText(self.tr("Add returnee…"))
        self.extend_button.setText(self.tr("Extend…"))
        self.release_button.setText(self.tr("Release"))
        self.alerts_label.setText(self.tr("Alerts waiting for an action (Enter to record it)"))
        self.hint.setText(self.tr(
            "Nobody is under observation. A committee head puts a returning resident under observation "
            "here ({add}), finding them by pass number, name or room. Returnees recorded on another "
            "computer of the compound arrive with the street office's bundle (USB sync tab, Ctrl+7)."
        ).format(add=self.add_button.text()))
        self.grid.setVerticalHeaderLabels([self.tr("Morning"), self.tr("Afternoon")])
        self.model.retranslate()
        if self._loaded:
            self._show_summary()

    def _slot_text(self, row: WorklistRow) -> str:
        if row.due_for_release:
            return self.tr("Due for release")
        if row.done is not None:
            return qt_translate("FollowUpStatus", STATUS_LABELS[FollowUpStatus(row.done.status)])
        if row.overdue:
            return self.tr("Not seen for {n} slots").format(n=row.missed_in_a_row)
        return self.tr("Due")

    def reload(self) -> None:
        self.model.show(self.ctx.call(worklist))
        self.hint.setVisible(not self.model.rows)
        self._alerts = self.ctx.call(open_alerts)
        self.alerts.clear()
        for alert in self._alerts:
            item = QListWidgetItem(self.tr("{time}  {name} ({room}): {reason}").format(
                time=self.ctx.local(alert.raised_at), name=alert.name, room=alert.room,
                reason=qt_translate("AlertReason", alert_reason_label(alert.reason))))
            item.setData(Qt.ItemDataRole.UserRole, alert)
            self.alerts.addItem(item)
        self._show_summary()
        if self.model.rows:
            self.table.selectRow(0)

    def _show_summary(self) -> None:
        due = sum(1 for r in self.model.rows if r.done is None)
        exits = self.ctx.call(exit_attempts_on, local_today(self.ctx.zone)) \
            if self.ctx.actor.role >= Role.HEAD else 0
        self.summary.setText(self.tr(
            "Under observation: {n}. Still to follow up this slot: {due}. Attempted exits today: {exits}."
        ).format(n=len(self.model.rows), due=due, exits=exits))

    def _selected(self) -> WorklistRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _show_grid(self) -> None:
        row = self._selected()
        if row is None:
            self.grid.setColumnCount(0)
            return
        sheet = self.ctx.call(grid, row.returnee_id)
        self.grid.setColumnCount(len(sheet.days))
        self.grid.setHorizontalHeaderLabels([f"{d:%m-%d}" for d in sheet.days])
        for column, day in enumerate(sheet.days):
            for line, slot in enumerate(("am", "pm")):
                cell = sheet.cells.get((day, slot))
                item = QTableWidgetItem(cell.reading if cell else "")
                if cell is not None:
                    item.setBackground(QColor(STATUS_COLOURS[FollowUpStatus(cell.status)]))
                self.grid.setItem(line, column, item)

    def record_follow_up(self) -> None:
        from app.ui.follow_up_dialog import FollowUpDialog

        row = self._selected()
        if row is None:
            return
        returnee = self.ctx.call(get_returnee, row.returnee_id)
        if FollowUpDialog(self.ctx, returnee, row.slot, self).exec():
            self.reload()

    def add_returnee(self) -> None:
        from app.ui.returnee_dialog import ReturneeDialog

        if ReturneeDialog(self.ctx, self).exec():
            self.reload()

    def _run(self, service: Callable[..., object], *args: object) -> bool:
        """Call a service; show a refusal on the page rather than through the crash hook."""
        try:
            self.ctx.call(service, *args)
        except GatePostError as error:
            self.error.setText(error.render(qt_translate))
            return False
        self.error.clear()
        self.reload()
        return True

    def extend(self) -> None:
        row = self._selected()
        if row is None:
            return
        days, ok = QInputDialog.getInt(self, self.tr("Extend observation"), self.tr("More days:"), 7, 1, 30)
        if ok:
            self._run(extend_observation, row.returnee_id, days)

    def release(self) -> None:
        """End the observation, with the outcome chosen (released, transferred, ...)."""
        row = self._selected()
        if row is None:
            return
        labels = [qt_translate("ObservationOutcome", OUTCOME_LABELS[o]) for o in ObservationOutcome]
        question = self.tr("End the observation of {name} (day {day} of {of})?").format(
            name=row.name, day=row.day, of=row.of)
        chosen, ok = QInputDialog.getItem(self, self.tr("End observation"), question, labels, 0, False)
        if ok:
            self._run(end_observation, row.returnee_id, list(ObservationOutcome)[labels.index(chosen)].value)

    def _on_alert_activated(self, item: QListWidgetItem) -> None:
        alert = item.data(Qt.ItemDataRole.UserRole)
        action, ok = QInputDialog.getText(self, self.tr("Action taken"), self.tr("What was done?"))
        if ok and action.strip():
            self._run(close_alert, alert.id, action)
