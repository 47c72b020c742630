"""Type in temperature checks written on the paper register, one line after another.

The entry number comes pre-filled with the line after the last one typed; Enter saves and
moves on. An error names the field, and everything typed stays for correcting.
"""

from __future__ import annotations

import re
from datetime import datetime, time

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout,
    QWidget,
)

from app.domain.temperature import METHOD_LABELS, OUTCOME_LABELS, FeverOutcome, Method
from app.errors import FIELD_LABELS, QT_TRANSLATE_NOOP, GatePostError, ValidationError
from app.services.checks import SUBJECT_LABELS, CheckForm, CheckView, SubjectKind
from app.services.lookup import find_resident, resident_hit
from app.services.paper import next_paper_ref, record_paper_check
from app.services.site_time import local_today
from app.ui.context import UiContext
from app.ui.i18n import qt_translate
from app.ui.theme import repolish
from app.ui.widgets import TemperatureEdit, error_label, show_refusal

_TIME = re.compile(r"([01]?\d|2[0-3])[:：.]?([0-5]\d)")
KINDS = (SubjectKind.RESIDENT, SubjectKind.COURIER, SubjectKind.STAFF, SubjectKind.UNKNOWN)


def parse_clock(text: str) -> time:
    """``9:30``, ``0930`` or ``930`` as a time of day."""
    match = _TIME.fullmatch(text.strip())
    if match is None:
        raise ValidationError("taken_at", QT_TRANSLATE_NOOP("Errors", "Type the time as HH:MM, like 09:30."))
    return time(int(match.group(1)), int(match.group(2)))


class PaperEntryDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.saved: list[CheckView] = []
        self.setWindowTitle(self.tr("Type in paper entries"))
        self.setMinimumWidth(660)
        self.ref = QLineEdit(objectName="FormInput")
        self.ref.setPlaceholderText("3F2A-0007-05")
        today = local_today(ctx.zone)
        self.date = QDateEdit(QDate(today.year, today.month, today.day))
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setCalendarPopup(True)
        self.clock = QLineEdit(objectName="FormInput")
        self.clock.setPlaceholderText(self.tr("HH:MM"))
        self.kind = QComboBox()
        for kind in KINDS:
            self.kind.addItem(qt_translate("SubjectKind", SUBJECT_LABELS[kind]), kind.value)
        self.who = QLineEdit(objectName="FormInput")
        self.who.setPlaceholderText(self.tr("pass number, name, pinyin initials or room"))
        self.who.editingFinished.connect(self._on_who_finished)
        self.found = QLabel(objectName="Hint")
        self.temperature = TemperatureEdit()
        self.method = QComboBox()
        for method in Method:
            self.method.addItem(qt_translate("Method", METHOD_LABELS[method]), method.value)
        self.second = TemperatureEdit()
        for edit in (self.temperature, self.second):
            edit.setFixedWidth(170)
        self.outcome = QComboBox()
        self.outcome.addItem(self.tr("(as the second reading says)"), "")
        for outcome in (FeverOutcome.REFUSED, FeverOutcome.FEVER_CLINIC, FeverOutcome.RESIDENT_REPORTED):
            self.outcome.addItem(qt_translate("FeverOutcome", OUTCOME_LABELS[outcome]), outcome.value)
        self.save_button = QPushButton(self.tr("Save and next (Enter)"))
        self.save_button.setDefault(True)  # Enter in any field saves
        self.save_button.clicked.connect(self.save)
        close = QPushButton(self.tr("Close"))
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        self.error = error_label()
        self.status = QLabel()
        self.status.setWordWrap(True)

        self.fields: dict[str, QWidget] = {
            "paper_ref": self.ref, "taken_at": self.clock, "person": self.who,
            "temperature": self.temperature, "method": self.method,
            "second_reading": self.second, "outcome": self.outcome,
        }
        when = QHBoxLayout()
        when.addWidget(self.date)
        when.addWidget(self.clock, 1)
        who = QHBoxLayout()
        who.addWidget(self.kind)
        who.addWidget(self.who, 1)
        reading = QHBoxLayout()
        reading.addWidget(self.temperature)
        reading.addWidget(QLabel("°C"))
        reading.addWidget(self.method)
        reading.addStretch(1)
        second = QHBoxLayout()
        second.addWidget(self.second)
        second.addStretch(1)
        form = QFormLayout()
        for field, row in (("paper_ref", self.ref), ("taken_at", when), ("person", who), (None, self.found),
                           ("temperature", reading), ("second_reading", second),
                           ("outcome", self.outcome)):
            form.addRow(qt_translate("Fields", FIELD_LABELS[field]) if field else "", row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button, 1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.ref.setText(ctx.call(next_paper_ref))
        (self.clock if self.ref.text() else self.ref).setFocus()

    def _on_who_finished(self) -> None:
        """Show whom the text finds, so a wrong match is seen before saving."""
        if self.kind.currentData() != SubjectKind.RESIDENT.value or not self.who.text().strip():
            self.found.clear()
            return
        try:
            hit = self.ctx.call(resident_hit, self.who.text())
        except GatePostError as error:
            self.found.setText(error.render(qt_translate))
            return
        self.found.setText(f"{hit.name}  {hit.room}")

    def _form(self) -> tuple[datetime, CheckForm]:
        day = self.date.date().toPython()
        taken_at = datetime.combine(day, parse_clock(self.clock.text()), self.ctx.zone)
        kind = self.kind.currentData()
        if kind == SubjectKind.RESIDENT.value:
            return taken_at, CheckForm(reading=self.temperature.text(), method=self.method.currentData(),
                                       person_id=self.ctx.call(find_resident, self.who.text()))
        return taken_at, CheckForm(reading=self.temperature.text(), method=self.method.currentData(),
                                   subject_kind=kind, subject_label=self.who.text())

    def save(self) -> None:
        try:
            taken_at, form = self._form()
            view = self.ctx.call(record_paper_check, self.ref.text(), taken_at, form,
                                 second_reading=self.second.text(), outcome=self.outcome.currentData())
        except GatePostError as error:
            show_refusal(error, self.error, self.fields)
            return
        self.saved.append(view)
        for widget in self.fields.values():  # nothing is wrong any more
            widget.setProperty("invalid", False)
            repolish(widget)
        self.error.clear()
        self.status.setText(self.tr("Saved {ref}: {who}, {reading} °C").format(
            ref=self.ref.text().strip().upper(), who=view.subject_name or self.kind.currentText(),
            reading=view.reading))
        for widget in (self.who, self.temperature, self.second):
            widget.clear()
        self.found.clear()
        self.outcome.setCurrentIndex(0)
        self.ref.setText(self.ctx.call(next_paper_ref))
        self.clock.setFocus()
        self.clock.selectAll()
