"""The second reading of a fever hold, and what was done when the fever stays."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget,
)

from app import clock
from app.domain.temperature import OUTCOME_LABELS, FeverOutcome, recheck_wait
from app.errors import GatePostError
from app.services.checks import CheckView, close_fever_hold, latest_recheck, record_recheck
from app.ui.context import UiContext
from app.ui.widgets import TemperatureEdit
from app.ui.i18n import qt_translate

HAND_OUTCOMES = (FeverOutcome.REFUSED, FeverOutcome.FEVER_CLINIC, FeverOutcome.RESIDENT_REPORTED)


class RecheckDialog(QDialog):
    def __init__(self, ctx: UiContext, hold: CheckView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.hold = ctx, hold
        self.result_check: CheckView | None = None
        self.outcome: FeverOutcome | None = None
        self.setWindowTitle(self.tr("Second reading"))
        self.summary = QLabel(objectName="Selected")
        self.summary.setWordWrap(True)
        self.summary.setText(self.tr("{who}: first reading {reading} °C at {time}").format(
            who=hold.subject_name, reading=hold.reading,
            time=ctx.local(hold.taken_at)))
        self.countdown = QLabel()
        self.temperature = TemperatureEdit()
        self.temperature.returnPressed.connect(self._on_save)
        self.save_button = QPushButton(self.tr("Save second reading"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self._on_save)
        self.error = QLabel(objectName="FieldError")
        self.error.setWordWrap(True)
        self.outcome_label = QLabel(self.tr(
            "If the second reading is still a fever, record what was done:"))
        outcomes = QHBoxLayout()
        self.outcome_buttons: list[QPushButton] = []
        for outcome in HAND_OUTCOMES:
            button = QPushButton(qt_translate("FeverOutcome", OUTCOME_LABELS[outcome]))
            button.setAutoDefault(False)
            button.setEnabled(False)  # they wait for a second reading that is still a fever
            button.clicked.connect(lambda _checked=False, o=outcome: self._on_outcome(o))
            outcomes.addWidget(button)
            self.outcome_buttons.append(button)
        entry = QHBoxLayout()
        entry.addWidget(QLabel(self.tr("Temperature")))
        entry.addWidget(self.temperature)
        entry.addWidget(QLabel("°C"))
        entry.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.countdown)
        layout.addLayout(entry)
        layout.addWidget(self.error)
        layout.addWidget(self.outcome_label)
        layout.addLayout(outcomes)
        self._timer = QTimer(self, interval=1000)
        self._timer.timeout.connect(self._on_tick)
        self._timer.start()
        self._on_tick()
        self.temperature.setFocus()
        earlier = ctx.call(latest_recheck, hold.id)
        if earlier is not None and earlier.is_fever:  # reopened after a second fever reading
            self._still_fever(earlier)

    def _on_tick(self) -> None:
        wait = recheck_wait(self.hold.recheck_due_at, clock.now())
        if wait:
            self.countdown.setText(self.tr("Wait {wait} before the second reading.").format(wait=wait))
        else:
            self.countdown.setText(self.tr("Take the second reading now."))

    def _on_save(self) -> None:
        try:
            check = self.ctx.call(record_recheck, self.hold.id, self.temperature.text())
        except GatePostError as error:
            self.error.setText(error.render(qt_translate))
            self.temperature.selectAll()
            return
        self.result_check = check
        if not check.is_fever:
            self.accept()
            return
        self._still_fever(check)

    def _still_fever(self, check: CheckView) -> None:
        self.error.setText(self.tr("Still {reading} °C. Choose what was done.").format(
            reading=check.reading))
        self.save_button.setEnabled(False)
        for button in self.outcome_buttons:
            button.setEnabled(True)
        self.outcome_buttons[0].setFocus()

    def _on_outcome(self, outcome: FeverOutcome) -> None:
        try:
            self.result_check = self.ctx.call(close_fever_hold, self.hold.id, outcome.value)
        except GatePostError as error:
            self.error.setText(error.render(qt_translate))
            return
        self.outcome = outcome
        self.accept()

    def outcome_text(self) -> str:
        return qt_translate("FeverOutcome", OUTCOME_LABELS[self.outcome]) if self.outcome else ""
