"""The second reading of a fever hold, and what was done when the fever stays."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget,
)

from app import clock
from app.domain.temperature import OUTCOME_LABELS, FeverOutcome
from app.errors import GatePostError
from app.services.checks import CheckView, close_fever_hold, record_recheck
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
        self.outcome_label = QLabel(self.tr("If the fever stays, record what was done:"))
        outcomes = QHBoxLayout()
        for outcome in HAND_OUTCOMES:
            button = QPushButton(qt_translate("FeverOutcome", OUTCOME_LABELS[outcome]))
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, o=outcome: self._on_outcome(o))
            outcomes.addWidget(button)
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

    def _on_tick(self) -> None:
        remaining = int((self.hold.recheck_due_at - clock.now()).total_seconds()) \
            if self.hold.recheck_due_at else 0
        if remaining > 0:
            self.countdown.setText(self.tr("Wait {m}:{s:02d} before the second reading.").format(
                m=remaining // 60, s=remaining % 60))
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
        self.error.setText(self.tr("Still {reading} °C. Choose what was done.").format(
            reading=check.reading))
        self.save_button.setEnabled(False)

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
