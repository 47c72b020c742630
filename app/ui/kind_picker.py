"""Who is being checked: resident, courier, staff or someone else (F3 moves on).

Anything but a resident is the exception: the picker then shows large and in amber, and goes
back to resident after every save and on Esc (``reset``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWidget

from app.services.checks import SUBJECT_LABELS, SubjectKind
from app.ui.i18n import qt_translate
from app.ui.theme import repolish

KINDS = (SubjectKind.RESIDENT, SubjectKind.COURIER, SubjectKind.STAFF, SubjectKind.UNKNOWN)


class KindPicker(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="KindPicker")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard stays in the entry field
        for kind in KINDS:
            self.addItem("", kind.value)
        self.currentIndexChanged.connect(self._on_changed)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        for i, kind in enumerate(KINDS):
            self.setItemText(i, qt_translate("SubjectKind", SUBJECT_LABELS[kind]))

    def kind(self) -> SubjectKind:
        return SubjectKind(self.currentData())

    def is_resident(self) -> bool:
        return self.kind() is SubjectKind.RESIDENT

    def choose(self, kind: SubjectKind) -> None:
        self.setCurrentIndex(KINDS.index(kind))

    def next(self) -> None:
        self.setCurrentIndex((self.currentIndex() + 1) % self.count())

    def reset(self) -> None:
        self.choose(SubjectKind.RESIDENT)

    def _on_changed(self) -> None:
        self.setProperty("other", not self.is_resident())
        repolish(self)
