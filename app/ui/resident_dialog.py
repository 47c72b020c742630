"""Add one resident, or edit one from the roster, with the rules the roster import uses.

When editing, the ID number and phone on record are never shown: the fields stay empty with the
masked number as a placeholder, and what is on record is kept unless a new value is typed.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QFormLayout, QGridLayout, QLabel, QLineEdit, QVBoxLayout, QWidget,
)

from app.domain.identity import ID_TYPE_LABELS, IdType
from app.domain.tags import TAG_LABELS, Tag, parse_tags
from app.errors import FIELD_LABELS, GatePostError
from app.services.residents import PersonForm, PersonView, add_person, person_form, update_person
from app.ui.context import UiContext
from app.ui.i18n import LANGUAGE_NAMES, qt_translate
from app.ui.widgets import error_label, save_cancel, show_refusal


class ResidentDialog(QDialog):
    def __init__(self, ctx: UiContext, person: PersonView | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.person = ctx, person
        self.saved: PersonView | None = None
        self.setWindowTitle(self.tr("Add a resident") if person is None else self.tr("Edit a resident"))
        self.setMinimumWidth(560)

        self.name = QLineEdit()
        self.room = QLineEdit()
        self.room.setPlaceholderText(self.tr("building-unit-room, e.g. 3-2-201"))
        self.phone = QLineEdit()
        self.id_type = QComboBox()
        for kind in IdType:
            self.id_type.addItem(qt_translate("IdType", ID_TYPE_LABELS[kind]), kind.value)
        self.id_number = QLineEdit()
        self.pass_no = QLineEdit()
        self.tags = QWidget()
        self.tag_boxes = {tag: QCheckBox(qt_translate("Tag", TAG_LABELS[tag])) for tag in Tag}
        self.language = QComboBox()
        self.language.addItem(self.tr("language not known"), "")
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setEnabled(False)
        self.tag_boxes[Tag.FOREIGN].toggled.connect(self.language.setEnabled)
        grid = QGridLayout(self.tags)
        grid.setContentsMargins(0, 0, 0, 0)
        for i, tag in enumerate((Tag.ELDERLY_ALONE, Tag.DIALYSIS, Tag.CHEMOTHERAPY)):
            grid.addWidget(self.tag_boxes[tag], 0, i)
        grid.addWidget(self.tag_boxes[Tag.FOREIGN], 1, 0)
        grid.addWidget(self.language, 1, 1, 1, 2)
        self.on_record = QLabel(objectName="Hint")
        self.on_record.setWordWrap(True)
        self.on_record.hide()

        self.fields: dict[str, QWidget] = {
            "name": self.name, "room": self.room, "phone": self.phone, "id_type": self.id_type,
            "id_number": self.id_number, "pass_no": self.pass_no, "tags": self.tags,
        }
        form = QFormLayout()
        for field, widget in self.fields.items():
            form.addRow(qt_translate("Fields", FIELD_LABELS[field]), widget)
        self.error = error_label()
        buttons = save_cancel(self, self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.on_record)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        if person is not None:
            self._prefill(person, self.ctx.call(person_form, person.id))
        self.name.setFocus()

    def _prefill(self, person: PersonView, form: PersonForm) -> None:
        self.name.setText(form.name)
        self.room.setText(form.room)
        self.pass_no.setText(form.pass_no)
        if form.id_type:
            self.id_type.setCurrentIndex(max(0, self.id_type.findData(form.id_type)))
        tags, language = parse_tags(form.tags)
        for tag, box in self.tag_boxes.items():
            box.setChecked(tag.value in tags)
        self.language.setCurrentIndex(max(0, self.language.findData(language or "")))
        self.id_number.setPlaceholderText(person.masked_id)
        self.phone.setPlaceholderText(person.masked_phone)
        if person.masked_id or person.masked_phone:
            self.on_record.setText(self.tr(
                "The ID number and phone on record are kept unless you type new ones."))
            self.on_record.show()

    def form(self) -> PersonForm:
        tags = [tag.value for tag, box in self.tag_boxes.items() if box.isChecked()]
        if Tag.FOREIGN.value in tags and self.language.currentData():
            tags[tags.index(Tag.FOREIGN.value)] = f"{Tag.FOREIGN.value}:{self.language.currentData()}"
        # The address stays one field, building-unit-room, read as the import reads it.
        return PersonForm(
            name=self.name.text(), room=self.room.text(), phone=self.phone.text(),
            id_type=self.id_type.currentData(), id_number=self.id_number.text(),
            pass_no=self.pass_no.text(), tags=";".join(tags))

    def save(self) -> None:
        """Save; on a refusal say why, mark the field and keep everything typed."""
        try:
            if self.person is None:
                self.saved = self.ctx.call(add_person, self.form(), new_only=True)
            else:
                self.saved = self.ctx.call(update_person, self.person.id, self.form())
        except GatePostError as error:
            show_refusal(error, self.error, self.fields)
            return
        self.accept()
