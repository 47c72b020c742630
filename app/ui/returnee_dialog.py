"""Put a resident under observation: who, from where, since when, for how long, who looks after."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QDialog, QFormLayout, QLineEdit, QSpinBox,
    QVBoxLayout, QWidget,
)

from app.domain.observation import KIND_LABELS, ObservationKind
from app.errors import FIELD_LABELS, GatePostError
from app.services.lookup import find_resident
from app.services.policy import load_policy
from app.services.returnees import ReturneeForm, ReturneeView, add_returnee
from app.services.site_time import local_today
from app.ui.context import UiContext
from app.ui.i18n import qt_translate
from app.ui.widgets import error_label, save_cancel


class ReturneeDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.returnee: ReturneeView | None = None
        self.setWindowTitle(self.tr("Put a resident under observation"))
        self.setMinimumWidth(560)
        today = local_today(ctx.zone)
        self.person = QLineEdit()
        self.person.setPlaceholderText(self.tr("pass number, name or room"))
        self.origin = QLineEdit()
        self.origin.setPlaceholderText(self.tr("city or district, or its six-digit code"))
        self.arrived = QDateEdit(QDate(today.year, today.month, today.day))
        self.arrived.setCalendarPopup(True)
        self.arrived.setDisplayFormat("yyyy-MM-dd")
        self.kind = QComboBox()
        for kind in ObservationKind:
            self.kind.addItem(qt_translate("ObservationKind", KIND_LABELS[kind]), kind.value)
        self.days = QSpinBox()
        self.days.setRange(1, 60)
        self.days.setValue(ctx.call(lambda session, actor: load_policy(session, actor.site_id)).observation_days)
        self.worker, self.doctor, self.police = QLineEdit(), QLineEdit(), QLineEdit()
        self.support = QLineEdit()
        self.support.setPlaceholderText(self.tr("supplies, medicine, dialysis…"))
        form = QFormLayout()
        for label, widget in (
            (qt_translate("Fields", FIELD_LABELS["person"]), self.person),
            (qt_translate("Fields", FIELD_LABELS["origin"]), self.origin),
            (self.tr("Arrived on"), self.arrived),
            (qt_translate("Fields", FIELD_LABELS["kind"]), self.kind),
            (qt_translate("Fields", FIELD_LABELS["days"]), self.days),
            (self.tr("Community worker"), self.worker),
            (self.tr("Doctor"), self.doctor),
            (self.tr("Police officer"), self.police),
            (self.tr("Support needed"), self.support),
        ):
            form.addRow(label, widget)
        self.error = error_label()
        buttons = save_cancel(self, self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def save(self) -> None:
        def work(session, actor):
            form = ReturneeForm(
                person_id=find_resident(session, actor, self.person.text()), origin=self.origin.text(),
                arrived_on=self.arrived.date().toPython(), kind=self.kind.currentData(),
                days=self.days.value(), worker=self.worker.text(), doctor=self.doctor.text(),
                police=self.police.text(), support_needed=self.support.text())
            return add_returnee(session, actor, form)

        try:
            self.returnee = self.ctx.call(work)
        except GatePostError as error:
            self.error.setText(error.render(qt_translate))
            return
        self.accept()
