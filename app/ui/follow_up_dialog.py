"""Record a morning or afternoon follow-up: temperature, symptoms, seen or not."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox, QDialog, QGridLayout, QHBoxLayout, QLabel, QRadioButton,
    QVBoxLayout, QWidget,
)

from app.domain.observation import STATUS_LABELS, SYMPTOM_LABELS, FollowUpStatus, Symptom
from app.errors import GatePostError
from app.services.returnees import FollowUpView, ReturneeView, record_follow_up
from app.ui.context import UiContext
from app.ui.widgets import TemperatureEdit, error_label, save_cancel
from app.ui.i18n import qt_translate


class FollowUpDialog(QDialog):
    def __init__(self, ctx: UiContext, returnee: ReturneeView, slot: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.returnee, self.slot = ctx, returnee, slot
        self.result_view: FollowUpView | None = None
        self.setWindowTitle(self.tr("Follow-up"))
        title = QLabel(objectName="Selected")
        when = self.tr("morning") if slot == "am" else self.tr("afternoon")
        title.setText(self.tr("{name} ({room}), day {day} of {of}, {when}").format(
            name=returnee.name, room=returnee.room, day=returnee.day, of=returnee.of, when=when))
        self.statuses = {status: QRadioButton(qt_translate("FollowUpStatus", STATUS_LABELS[status]))
                         for status in FollowUpStatus}
        self.statuses[FollowUpStatus.SEEN_WELL].setChecked(True)
        status_row = QHBoxLayout()
        for button in self.statuses.values():
            status_row.addWidget(button)
        self.temperature = TemperatureEdit()
        temperature_row = QHBoxLayout()
        temperature_row.addWidget(QLabel(self.tr("Temperature")))
        temperature_row.addWidget(self.temperature)
        temperature_row.addWidget(QLabel("°C"))
        temperature_row.addStretch(1)
        self.symptoms = {symptom: QCheckBox(qt_translate("Symptom", SYMPTOM_LABELS[symptom]))
                         for symptom in Symptom}
        grid = QGridLayout()
        for i, box in enumerate(self.symptoms.values()):
            grid.addWidget(box, i // 4, i % 4)
        self.error = error_label()
        buttons = save_cancel(self, self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(status_row)
        layout.addLayout(temperature_row)
        layout.addWidget(QLabel(self.tr("Symptoms")))
        layout.addLayout(grid)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.temperature.setFocus()

    def save(self) -> None:
        status = next(s for s, button in self.statuses.items() if button.isChecked())
        symptoms = [s.value for s, box in self.symptoms.items() if box.isChecked()]
        try:
            self.result_view = self.ctx.call(record_follow_up, self.returnee.id, self.slot,
                                             self.temperature.text() or None, symptoms, status.value)
        except GatePostError as error:
            self.error.setText(error.render(qt_translate))
            return
        self.accept()
