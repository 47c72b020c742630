"""The privacy notice in one line, for forms that collect personal data (the visitor form)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from app.services.retention import retention_days
from app.ui.context import UiContext


class PrivacyNoteLabel(QLabel):
    """What the data is for, how long it is kept, and where the full notice is posted."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="Hint")
        self.setWordWrap(True)
        self.days = ctx.call(retention_days)
        ctx.languages.language_changed.connect(self.retranslate_ui)
        self.retranslate_ui()

    def retranslate_ui(self, _language: str = "") -> None:
        self.setText(self.tr(
            "Used only for epidemic control and deleted after {days} days; the full privacy notice is "
            "posted at the gate. Visitors may ask the committee for a copy or a deletion.").format(days=self.days))
