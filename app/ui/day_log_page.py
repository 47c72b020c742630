"""The day's register: checks and visitors of any date, with filters."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QHeaderView, QLabel,
    QTabWidget, QVBoxLayout, QWidget,
)

from app.domain.temperature import METHOD_LABELS, OUTCOME_LABELS, FeverOutcome, Method
from app.services.checks import SUBJECT_LABELS, SubjectKind, list_checks
from app.services.setup import list_gates
from app.services.site_time import local_today
from app.services.visitors import list_visits
from app.ui.context import UiContext
from app.ui.i18n import qt_translate
from app.ui.inside_dialog import visit_columns
from app.ui.lazy_page import LazyPage
from app.ui.table_model import Column, PagedTableModel
from app.ui.widgets import table_view


class DayLogPage(LazyPage):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._today = local_today(ctx.zone)
        self.date = QDateEdit(QDate(self._today.year, self._today.month, self._today.day))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.gate = QComboBox()
        self.gate.addItem("", None)
        for gate in ctx.call(list_gates):
            self.gate.addItem(gate.name, gate.name)
        self.kind = QComboBox()
        self.kind.addItem("", None)
        for kind in SubjectKind:
            self.kind.addItem("", kind.value)
        self.fever_only = QCheckBox()
        self.inside_only = QCheckBox()
        self.date_label, self.gate_label, self.kind_label = QLabel(), QLabel(), QLabel()
        for widget in (self.date, self.gate, self.kind):
            signal = widget.dateChanged if isinstance(widget, QDateEdit) else widget.currentIndexChanged
            signal.connect(self.refresh)
        self.fever_only.toggled.connect(self.refresh)
        self.inside_only.toggled.connect(self.refresh)

        self.checks = PagedTableModel([
            Column(lambda: self.tr("Time"), lambda c: ctx.local(c.taken_at, "%H:%M:%S")),
            Column(lambda: self.tr("Who"), lambda c: c.subject_name),
            Column(lambda: self.tr("Kind"), lambda c: qt_translate("SubjectKind", SUBJECT_LABELS[SubjectKind(c.subject_kind)])),
            Column(lambda: self.tr("Room"), lambda c: c.room),
            Column(lambda: self.tr("°C"), lambda c: c.reading, align_right=True, highlight=lambda c: c.is_fever),
            Column(lambda: self.tr("Method"), lambda c: qt_translate("Method", METHOD_LABELS[Method(c.method)])),
            Column(lambda: self.tr("Gate"), lambda c: c.gate),
            Column(lambda: self.tr("Outcome"), self._outcome),
        ], self._fetch_checks, self)
        self.visits = PagedTableModel(visit_columns(ctx), self._fetch_visits, self)
        self.tabs = QTabWidget()
        # Columns as wide as their text, the last one taking the rest: outcomes are long.
        fit = QHeaderView.ResizeMode.ResizeToContents
        self.tabs.addTab(table_view(self.checks, fit, stretch_last=True), "")
        self.tabs.addTab(table_view(self.visits, fit, stretch_last=True), "")

        filters = QHBoxLayout()
        for widget in (self.date_label, self.date, self.gate_label, self.gate, self.kind_label,
                       self.kind, self.fever_only, self.inside_only):
            filters.addWidget(widget)
        filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.tabs, 1)
        ctx.languages.language_changed.connect(self.retranslate_ui)
        self.retranslate_ui()

    def _outcome(self, check: object) -> str:
        outcome = getattr(check, "outcome", None)
        if outcome:
            return qt_translate("FeverOutcome", OUTCOME_LABELS[FeverOutcome(outcome)])
        if getattr(check, "recheck_due_at", None):
            return self.tr("waiting for second reading")
        if getattr(check, "recheck_of_id", None):
            return self.tr("second reading")
        return ""

    def retranslate_ui(self, _language: str = "") -> None:
        self.date_label.setText(self.tr("Date"))
        self.gate_label.setText(self.tr("Gate"))
        self.kind_label.setText(self.tr("Who"))
        self.gate.setItemText(0, self.tr("All gates"))
        self.kind.setItemText(0, self.tr("Everyone"))
        for i in range(1, self.kind.count()):
            kind = SubjectKind(self.kind.itemData(i))
            self.kind.setItemText(i, qt_translate("SubjectKind", SUBJECT_LABELS[kind]))
        self.fever_only.setText(self.tr("Fevers only"))
        self.inside_only.setText(self.tr("Visitors still inside only"))
        self.tabs.setTabText(0, self.tr("Temperature checks"))
        self.tabs.setTabText(1, self.tr("Visitors"))
        self.checks.retranslate()
        self.visits.retranslate()

    def _day(self):
        return self.date.date().toPython()

    def _fetch_checks(self, offset: int, limit: int) -> list:
        return self.ctx.call(list_checks, self._day(), gate=self.gate.currentData(),
                             kind=self.kind.currentData(), fever_only=self.fever_only.isChecked(),
                             offset=offset, limit=limit)

    def _fetch_visits(self, offset: int, limit: int) -> list:
        return self.ctx.call(list_visits, self._day(), inside_only=self.inside_only.isChecked(),
                             offset=offset, limit=limit)

    def reload(self) -> None:
        today = local_today(self.ctx.zone)
        if today != self._today:  # past midnight: a page left on "today" moves on with it
            if self._day() == self._today:
                self.date.blockSignals(True)
                self.date.setDate(QDate(today.year, today.month, today.day))
                self.date.blockSignals(False)
            self._today = today
        self.checks.reload()
        self.visits.reload()
