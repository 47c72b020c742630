"""The gate desk: find a person, take a temperature, save, all from the keyboard.

Scan or type a pass number (or name, pinyin initials, room, ID tail, plate) and press Enter;
type the reading (``366`` becomes ``36.6``) and press Enter. A fever fills the banner in red
and opens a hold that waits for the second reading.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPushButton, QVBoxLayout, QWidget,
)

from app import clock
from app.domain.identity import is_resident_id
from app.domain.temperature import METHOD_LABELS, Method
from app.errors import GatePostError, ValidationError
from app.services.checks import CheckForm, CheckView, open_fever_holds, record_check
from app.services.lookup import LookupHit, lookup, residents_named_exactly
from app.services.outings import OutingStatus, outing_status, record_outing
from app.services.returnees import record_exit_attempt
from app.services.setup import list_gates
from app.services.visitors import count_visitors_inside, sign_out_visitor
from app.ui.context import UiContext
from app.ui.holds_list import HoldsList
from app.ui.i18n import qt_translate
from app.ui.kind_picker import KindPicker
from app.ui.lookup_list import LookupList, hit_text
from app.ui.recent_checks import RecentChecks
from app.ui.verdict_banner import VerdictBanner
from app.ui.widgets import TemperatureEdit

LOOKUP_DELAY_MS = 60


class GatePage(QWidget):
    check_recorded = Signal(object)
    visitor_registered = Signal(object)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.selected: LookupHit | None = None
        self._outing: OutingStatus | None = None
        self._inside = 0
        self._build()
        self._lookup_timer = QTimer(self, singleShot=True, interval=LOOKUP_DELAY_MS)
        self._lookup_timer.timeout.connect(self._on_lookup_due)
        self._tick = QTimer(self, interval=1000)
        self._tick.timeout.connect(self._on_tick)
        self._tick.start()
        self.retranslate_ui()
        ctx.languages.language_changed.connect(self.retranslate_ui)
        self.refresh()

    # --- layout ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.gate_label = QLabel()
        self.gate_combo = QComboBox()
        for gate in self.ctx.call(list_gates):
            self.gate_combo.addItem(gate.name, gate.id)
        saved = self.ctx.settings.value("gate")
        if saved and self.gate_combo.findText(str(saved)) >= 0:
            self.gate_combo.setCurrentIndex(self.gate_combo.findText(str(saved)))
        self.gate_combo.currentTextChanged.connect(lambda name: self.ctx.settings.setValue("gate", name))
        self.kind_label = QLabel()
        self.kind_combo = KindPicker()
        self.kind_combo.currentIndexChanged.connect(self._on_kind_changed)
        self.clock_label = QLabel()
        top = QHBoxLayout()
        for widget in (self.gate_label, self.gate_combo, self.kind_label, self.kind_combo):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.clock_label)

        self.search = QLineEdit(objectName="BigInput")
        self.search.setClearButtonEnabled(True)
        self.search.textEdited.connect(self._on_search_edited)
        self.search.returnPressed.connect(self._on_search_entered)
        self.suggestions = LookupList(self.search)
        self.suggestions.chosen.connect(self._choose)
        self.suggestions.hide()
        self.selected_label = QLabel(objectName="Selected")
        self.selected_label.setWordWrap(True)

        self.temp_label = QLabel()
        self.temperature = TemperatureEdit()
        self.temperature.setFixedWidth(180)
        self.temperature.returnPressed.connect(self.save)
        self.unit_label = QLabel("°C")
        self.method_combo = QComboBox()
        for method in Method:
            self.method_combo.addItem("", method.value)
        self.save_button = QPushButton()
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        entry = QHBoxLayout()
        for widget in (self.temp_label, self.temperature, self.unit_label, self.method_combo,
                       self.save_button):
            entry.addWidget(widget)
        entry.addStretch(1)
        self.field_error = QLabel(objectName="FieldError")
        self.field_error.setWordWrap(True)

        self.banner = VerdictBanner(self.ctx.local)

        self.holds_label = QLabel()
        self.holds = HoldsList(self.ctx.local)
        self.holds.itemActivated.connect(lambda item: self.open_recheck(item.data(Qt.ItemDataRole.UserRole)))
        self.recent_label = QLabel()
        recent = RecentChecks(self.ctx, self)
        self.recent_model, self.recent = recent.model, recent.view

        self.visitor_button = QPushButton()
        self.visitor_button.clicked.connect(self.open_visitor_dialog)
        self.recheck_button = QPushButton()
        self.recheck_button.clicked.connect(lambda: self.open_recheck(None))
        self.inside_button = QPushButton()
        self.inside_button.clicked.connect(self.open_inside_dialog)
        for button in (self.visitor_button, self.recheck_button, self.inside_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        actions = QHBoxLayout()
        for button in (self.visitor_button, self.recheck_button, self.inside_button):
            actions.addWidget(button)
        actions.addStretch(1)

        # Entry and verdict on the left, what is waiting and what just happened on the right:
        # both stay in view on a 1366 x 768 laptop.
        left = QVBoxLayout()
        left.addWidget(self.selected_label)
        left.addLayout(entry)
        left.addWidget(self.field_error)
        left.addWidget(self.banner)
        left.addLayout(actions)
        left.addStretch(1)
        right = QVBoxLayout()
        for widget in (self.holds_label, self.holds, self.recent_label):
            right.addWidget(widget)
        right.addWidget(self.recent, 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.search)
        layout.addWidget(self.suggestions)
        layout.addLayout(columns, 1)

        for key, slot in (("F2", self.open_visitor_dialog), ("F4", lambda: self.open_recheck(None)),
                          ("F5", self.open_inside_dialog), ("F6", self.record_going_out),
                          ("F3", self.next_kind), ("Escape", self.start_over)):
            QShortcut(QKeySequence(key), self, activated=slot)

    # --- behaviour -----------------------------------------------------------------------------

    def retranslate_ui(self, _language: str = "") -> None:
        self.gate_label.setText(self.tr("Gate"))
        self.kind_label.setText(self.tr("Who (F3)"))
        self.kind_combo.retranslate_ui()
        for i in range(self.method_combo.count()):
            method = Method(self.method_combo.itemData(i))
            self.method_combo.setItemText(i, qt_translate("Method", METHOD_LABELS[method]))
        self._on_kind_changed()
        self.temp_label.setText(self.tr("Temperature"))
        self.save_button.setText(self.tr("Save (Enter)"))
        self.visitor_button.setText(self.tr("Register visitor (F2)"))
        self.recheck_button.setText(self.tr("Second reading (F4)"))
        self.holds_label.setText(self.tr("Waiting for a second reading"))
        self.recent_label.setText(self.tr("Recent checks"))
        self.recent_model.retranslate()
        self.banner.retranslate_ui()
        self._show_selected()
        self.holds.retranslate_ui()
        self._render_inside_count()

    def _on_kind_changed(self) -> None:
        if self.kind_combo.is_resident():
            self.search.setPlaceholderText(self.tr("Pass number, name, pinyin initials, room or plate"))
        else:
            self.search.setPlaceholderText(self.tr(
                "Who is it? (company, name; optional). Esc returns to residents."))
            self.suggestions.hide()

    def next_kind(self) -> None:
        """F3: the next kind of person (resident, courier, staff, unknown), round again."""
        self.kind_combo.next()
        self.focus_entry()

    def refresh(self) -> None:
        self.recent_model.reload()
        self.holds.show_holds(self.ctx.call(open_fever_holds))
        waiting = bool(self.holds.holds)
        for widget in (self.holds, self.holds_label):
            widget.setVisible(waiting)
        self.recheck_button.setEnabled(waiting)
        self._inside = self.ctx.call(count_visitors_inside)
        self._render_inside_count()

    def focus_entry(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _on_search_edited(self, _text: str) -> None:
        # Whoever was chosen before is no longer the one being typed, and the verdict shown
        # was about them: the banner goes neutral until the new person is found.
        if self.selected is not None:
            self.selected = None
            self._show_selected()
        self.banner.clear()
        self._lookup_timer.start()

    def _on_lookup_due(self) -> None:
        if not self.kind_combo.is_resident():
            return
        self.suggestions.show_hits(self.ctx.call(lookup, self.search.text()))

    def _offer_sign_out(self, hit: LookupHit) -> None:
        answer = QMessageBox.question(self, self.tr("Visitor leaving"), self.tr(
            "{name} (visiting {room}) is leaving: sign out now?").format(name=hit.name, room=hit.room))
        if answer == QMessageBox.StandardButton.Yes:
            self.ctx.call(sign_out_visitor, hit.id)
            self.search.clear()
            self.refresh()

    def _on_search_entered(self) -> None:
        text = self.search.text()
        if not self.kind_combo.is_resident():
            # A pass, ID or name of a resident is that resident, whatever the picker says.
            residents = self.ctx.call(residents_named_exactly, text) if text.strip() else []
            if not residents:
                self.temperature.setFocus()
                return
            self.kind_combo.reset()
            self._lookup_timer.stop()
            self.suggestions.show_hits(residents)
        elif self._lookup_timer.isActive():
            self._lookup_timer.stop()
            self._on_lookup_due()
        count = self.suggestions.count()
        if count == 0 and is_resident_id(text.strip().upper()):
            self.open_visitor_dialog(id_number=text.strip().upper())  # a new visitor's ID card
        elif count == 0:
            self._show_field_error(self.tr("Nobody matches. Check the pass number or name."))
        elif self.suggestions.is_certain(text):
            self._choose(self.suggestions.current_hit())
        else:
            # Several people (a room, an ID tail): the guard picks; Enter does not guess.
            self.suggestions.setFocus()
            self.field_error.setText(self.tr(
                "{n} people match: choose with ↑ ↓ and Enter.").format(n=count))

    def _choose(self, hit: LookupHit) -> None:
        self.suggestions.hide()
        if hit.kind == "visitor":
            if hit.inside and hit.pass_no and hit.pass_no == self.search.text().strip().upper():
                self._offer_sign_out(hit)  # the visitor's own pass, scanned on the way out
            else:
                self.open_visitor_dialog(previous_visit=hit.id)
            return
        self.selected = hit
        self.search.setText(hit.name)
        self.field_error.clear()
        self.banner.clear()
        gate = self.gate_combo.currentData()

        def at_gate(session, actor):  # one transaction for both questions
            observation = record_exit_attempt(session, actor, hit.id, gate)
            return observation, None if observation else outing_status(session, actor, hit.id)

        observation, self._outing = self.ctx.call(at_gate)
        self._show_selected()
        if observation is not None:
            self.banner.observation(hit.name, observation)
        self.temperature.setFocus()
        self.temperature.selectAll()

    def _show_selected(self) -> None:
        if self.selected is None:
            self._outing = None
            self.selected_label.setText("")
            return
        text = hit_text(self.selected)
        if self._outing is not None:
            text += "\n" + (self.tr("Household may send one person out today (F6 records it).")
                            if self._outing.allowed else self.tr(
                                "Household turn used on {last} by {name}; next turn {next}.").format(
                                last=self._outing.last_on, name=self._outing.last_by,
                                next=self._outing.next_on))
        self.selected_label.setText(text)

    def record_going_out(self) -> None:
        """F6: a household member goes out under the outing rule."""
        if self.selected is None or self.selected.kind != "resident":
            return
        try:
            self._outing = self.ctx.call(record_outing, self.selected.id, self.gate_combo.currentData())
        except GatePostError as error:
            refusal = error
            self.banner.refusal(self.selected.name, lambda: refusal.render(qt_translate))
            return
        self.banner.outing(self.selected.name, self._outing.next_on)
        self._show_selected()

    def _show_field_error(self, text: str) -> None:
        self.field_error.setText(text)
        self.banner.clear()  # no verdict stands beside an error

    def reset_entry(self) -> None:
        """Ready for the next person: a resident, unless the guard says otherwise again."""
        self.selected = None
        self.search.clear()
        self.temperature.clear()
        self.suggestions.hide()
        self.field_error.clear()
        self.kind_combo.reset()
        self._show_selected()
        self.search.setFocus()

    def start_over(self) -> None:
        """Esc: nobody is being checked, so no verdict is shown either."""
        self.reset_entry()
        self.banner.clear()

    def save(self) -> None:
        resident = self.kind_combo.is_resident()
        if resident and self.selected is None:
            self._show_field_error(self.tr("Find the person first: scan the pass or type a name."))
            self.search.setFocus()
            return
        form = CheckForm(
            reading=self.temperature.text(), subject_kind=self.kind_combo.kind().value,
            person_id=self.selected.id if resident and self.selected else None,
            subject_label="" if resident else self.search.text(),
            method=self.method_combo.currentData(), gate_id=self.gate_combo.currentData(),
        )
        try:
            check = self.ctx.call(record_check, form)
        except ValidationError as error:
            self._show_field_error(error.render(qt_translate))
            self.temperature.setFocus()
            self.temperature.selectAll()
            return
        except GatePostError as error:
            self._show_field_error(error.render(qt_translate))
            return
        self.banner.check(check)
        self.check_recorded.emit(check)
        self.reset_entry()
        self.refresh()

    def _on_tick(self) -> None:
        self.clock_label.setText(self.ctx.local(clock.now()))
        if self.holds.holds:
            self.holds.retranslate_ui()

    def _render_inside_count(self) -> None:
        self.inside_button.setText(self.tr("Visitors inside: {n} (F5)").format(n=self._inside))

    # --- dialogs -------------------------------------------------------------------------------

    def open_visitor_dialog(self, previous_visit: Any = None, id_number: str = "") -> None:
        from app.ui.visitor_dialog import VisitorDialog

        dialog = VisitorDialog(self.ctx, self, gate_id=self.gate_combo.currentData(),
                               previous_visit=previous_visit, id_number=id_number)
        if dialog.exec() and dialog.visit is not None:
            self.banner.visit(dialog.visit)
            self.visitor_registered.emit(dialog.visit)
        self.reset_entry()
        self.refresh()

    def open_recheck(self, hold: CheckView | None) -> None:
        from app.ui.recheck_dialog import RecheckDialog

        if hold is None:
            if not self.holds.count():
                return
            hold = self.holds.item(0).data(Qt.ItemDataRole.UserRole)
        dialog = RecheckDialog(self.ctx, hold, self)
        dialog.exec()
        if dialog.result_check is not None:
            self.banner.recheck(dialog.result_check, dialog.outcome_text)
        self.refresh()
        self.focus_entry()

    def open_inside_dialog(self) -> None:
        from app.ui.inside_dialog import InsideDialog

        InsideDialog(self.ctx, self).exec()
        self.refresh()
        self.focus_entry()
