"""The red bar over every page while the database only reads (it was found damaged), with the
restore at hand for a committee head or an administrator."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.services.backups import damage_state, watch_damage
from app.services.context import Role
from app.ui.context import UiContext

RED, WHITE = "#c62828", "#ffffff"  # the fever red of both themes: white text keeps 5:1 on it


class ReadOnlyBar(QFrame):
    """Hidden while the database is writable. ``restored`` carries what a restore did."""

    restored = Signal(object)
    _changed = Signal(object)  # from whichever thread found the damage

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="ReadOnlyBar")
        self.ctx = ctx
        self.setStyleSheet(f"QFrame#ReadOnlyBar {{ background: {RED}; border-radius: 6px; }} "
                           f"QFrame#ReadOnlyBar QLabel {{ background: {RED}; color: {WHITE}; "
                           "font-size: 20px; font-weight: bold; }")
        self.label = QLabel(wordWrap=True)
        self.restore_button = QPushButton()
        self.restore_button.clicked.connect(self.open_restore)
        self.restore_button.setVisible(ctx.actor.role >= Role.HEAD)
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.dialog = None
        self._changed.connect(self._on_changed)
        stop = ctx.run(watch_damage, self._emit_changed)
        self.destroyed.connect(lambda *_args: stop())
        ctx.languages.language_changed.connect(self.retranslate_ui)
        self.retranslate_ui()
        self._on_changed(ctx.run(damage_state))

    def above(self, content: QWidget) -> QWidget:
        """A widget holding this bar over ``content``."""
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self)
        layout.addWidget(content, 1)
        return holder

    def retranslate_ui(self, _language: str = "") -> None:
        self.label.setText(self.tr(
            "The database is damaged. GatePost only shows what it holds: nothing new can be saved until a "
            "backup is restored."))
        self.restore_button.setText(self.tr("Restore a backup…"))

    def _emit_changed(self, reason: str | None) -> None:
        try:
            self._changed.emit(reason)
        except RuntimeError:  # the window is gone
            pass

    def _on_changed(self, reason: str | None) -> None:
        self.setVisible(reason is not None)

    def open_restore(self) -> None:
        from app.ui.restore_dialog import RestoreDialog

        self.dialog = RestoreDialog(self.ctx, self.window())
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.restored.connect(self.restored)
        self.dialog.open()
