"""Register a visitor: identity, host, purpose, temperature and the decision.

On a bad field the dialog names it, marks it and keeps everything typed. A returning visitor
(chosen from the lookup) comes pre-filled; their ID number and phone stay on record unseen.
Enter moves to the next field that still needs input and saves once none does; a watch-list
match shows while the form is open, before the guard admits.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QRadioButton, QSpinBox, QVBoxLayout, QWidget,
)

from app.domain.identity import ID_TYPE_LABELS, IdType, is_resident_id
from app.domain.temperature import METHOD_LABELS, Method
from app.errors import FIELD_LABELS, GatePostError
from app.services.visitors import (
    PURPOSE_LABELS, Purpose, VisitorForm, VisitView, previous_visit_form, register_visitor,
    visitor_watch_matches,
)
from app.ui.context import UiContext
from app.ui.widgets import TemperatureEdit, error_label, save_cancel, show_refusal
from app.ui.i18n import qt_translate
from app.ui.theme import repolish


class VisitorDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None, *,
                 gate_id: uuid.UUID | None = None, previous_visit: uuid.UUID | None = None,
                 id_number: str = "") -> None:
        super().__init__(parent)
        self.ctx, self.gate_id = ctx, gate_id
        self.visit: VisitView | None = None
        self.copy_identity_from: uuid.UUID | None = None
        self.setWindowTitle(self.tr("Register a visitor"))
        self.setMinimumWidth(620)

        self.name = QLineEdit()
        self.id_type = QComboBox()
        for kind in IdType:
            self.id_type.addItem(qt_translate("IdType", ID_TYPE_LABELS[kind]), kind.value)
        self.id_number = QLineEdit()
        self.phone = QLineEdit()
        self.phone.setInputMethodHints(self.phone.inputMethodHints())
        self.host = QLineEdit()
        self.host.setPlaceholderText(self.tr("e.g. 3-2-201"))
        self.purpose = QComboBox()
        for purpose in Purpose:
            self.purpose.addItem(qt_translate("Purpose", PURPOSE_LABELS[purpose]), purpose.value)
        self.plate = QLineEdit()
        self.plate.setPlaceholderText(self.tr("e.g. 京A12345 (optional)"))
        self.companions = QSpinBox()
        self.companions.setRange(0, 20)
        self.origin = QLineEdit()
        self.origin.setPlaceholderText(self.tr("cities or districts visited in the last 14 days"))
        self.temperature = TemperatureEdit()
        self.method = QComboBox()
        for method in Method:
            self.method.addItem(qt_translate("Method", METHOD_LABELS[method]), method.value)
        self.admit = QRadioButton(self.tr("Admit"))
        self.refuse = QRadioButton(self.tr("Refuse"))
        self.admit.setChecked(True)
        self.refusal_reason = QLineEdit()
        self.refusal_reason.setPlaceholderText(self.tr("reason for refusal"))
        self.refusal_reason.setEnabled(False)
        self.refuse.toggled.connect(self.refusal_reason.setEnabled)
        self.issue_pass = QCheckBox(self.tr("Issue a temporary pass"))
        self.identity_note = QLabel(objectName="Hint")
        self.identity_note.setWordWrap(True)
        self.identity_note.hide()
        self.watch_warning = QLabel(objectName="Banner")
        self.watch_warning.setProperty("state", "warn")
        self.watch_warning.setWordWrap(True)
        self.watch_warning.hide()

        temperature_row = QHBoxLayout()
        temperature_row.addWidget(self.temperature)
        temperature_row.addWidget(QLabel("°C"))
        temperature_row.addWidget(self.method)
        temperature_row.addStretch(1)
        decision_row = QHBoxLayout()
        decision_row.addWidget(self.admit)
        decision_row.addWidget(self.refuse)
        decision_row.addWidget(self.refusal_reason, 1)

        self.fields: dict[str, QWidget] = {
            "name": self.name, "id_type": self.id_type, "id_number": self.id_number,
            "phone": self.phone, "host": self.host, "purpose": self.purpose,
            "plate": self.plate, "companions": self.companions, "origin": self.origin,
            "temperature": self.temperature, "decision": self.admit,
            "refusal_reason": self.refusal_reason,
        }
        form = QFormLayout()
        rows: list[tuple[str, object]] = [
            ("name", self.name), ("id_type", self.id_type), ("id_number", self.id_number),
            ("phone", self.phone), ("host", self.host), ("purpose", self.purpose),
            ("plate", self.plate), ("companions", self.companions), ("origin", self.origin),
            ("temperature", temperature_row), ("decision", decision_row),
        ]
        for field, widget in rows:
            form.addRow(qt_translate("Fields", FIELD_LABELS[field]), widget)
        self.error = error_label()
        buttons = save_cancel(self, self._on_save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.identity_note)
        layout.addLayout(form)
        layout.addWidget(self.watch_warning)
        layout.addWidget(self.issue_pass)
        from app.ui.privacy_note import PrivacyNoteLabel

        self.privacy_note = PrivacyNoteLabel(ctx)
        layout.addWidget(self.privacy_note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        if previous_visit is not None:
            self._prefill(self.ctx.call(previous_visit_form, previous_visit))
        self.id_number.setText(id_number)
        for field in (self.id_number, self.plate, self.origin):
            field.editingFinished.connect(self._on_field_done)
        for widget in self.fields.values():
            widget.installEventFilter(self)
        self._on_field_done()
        self._next_needed().setFocus()

    def _needed(self) -> list[QWidget]:
        """The fields that still need input, in the order of the form."""
        returning = self.copy_identity_from is not None
        empty = [
            (self.name, True), (self.id_number, not returning), (self.phone, not returning),
            (self.host, True), (self.temperature, True),
            (self.refusal_reason, self.refuse.isChecked()),
        ]
        return [widget for widget, required in empty if required and not widget.text().strip()]

    def _next_needed(self) -> QWidget:
        needed = self._needed()
        return needed[0] if needed else self.temperature

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self._on_field_done()
            needed = self._needed()
            if needed and needed[0] is not watched:
                needed[0].setFocus()
            else:
                self._on_save()
            return True
        return super().eventFilter(watched, event)

    def _on_field_done(self) -> None:
        # A scanned mainland ID card is a resident ID: no need to pick the type.
        if is_resident_id(self.id_number.text().strip().upper()):
            self.id_type.setCurrentIndex(self.id_type.findData(IdType.RESIDENT_ID.value))
        matches = self.ctx.call(visitor_watch_matches, self.form())
        self.watch_warning.setText(self.tr(
            "Watch list: {regions}. Follow the key-region rules before admitting.").format(
            regions=", ".join(matches)))
        self.watch_warning.setVisible(bool(matches))
        repolish(self.watch_warning)

    def _prefill(self, form: VisitorForm) -> None:
        self.copy_identity_from = form.copy_identity_from
        self.name.setText(form.name)
        self.id_type.setCurrentIndex(max(0, self.id_type.findData(form.id_type)))
        self.host.setText(form.host)
        self.purpose.setCurrentIndex(max(0, self.purpose.findData(form.purpose)))
        self.plate.setText(form.plate)
        self.companions.setValue(int(form.companions or 0))
        self.origin.setText(form.origin)
        self.identity_note.setText(self.tr(
            "Returning visitor: the ID number and phone on record are used unless you type new ones."))
        self.identity_note.show()
        self.id_number.setPlaceholderText(self.tr("(on record)"))
        self.phone.setPlaceholderText(self.tr("(on record)"))

    def form(self) -> VisitorForm:
        return VisitorForm(
            name=self.name.text(), id_type=self.id_type.currentData(),
            id_number=self.id_number.text(), phone=self.phone.text(), host=self.host.text(),
            purpose=self.purpose.currentData(), temperature=self.temperature.text(),
            plate=self.plate.text(), companions=str(self.companions.value()),
            origin=self.origin.text(), method=self.method.currentData(),
            admitted=self.admit.isChecked(), refusal_reason=self.refusal_reason.text(),
            issue_pass=self.issue_pass.isChecked(), gate_id=self.gate_id,
            copy_identity_from=self.copy_identity_from,
        )

    def _on_save(self) -> None:
        try:
            self.visit = self.ctx.call(register_visitor, self.form())
        except GatePostError as error:
            show_refusal(error, self.error, self.fields)
            return
        self.accept()
