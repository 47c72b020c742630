"""Pieces the gate's sync page and the street office's hub window share: big buttons, the result
banner, the yes/no question, and the fingerprint shown large enough to read out over the phone."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from app.errors import QT_TRANSLATE_NOOP, ValidationError
from app.services.sync_state import KeyView
from app.ui.theme import repolish

Confirm = Callable[[QWidget, str, str], bool]
"""Asks a yes/no question (parent, title, text); tests give one that answers at once."""
STYLE = """
QPushButton#BigButton { font-size: 24px; font-weight: bold; padding: 14px 28px; min-height: 48px; }
QLabel#DriveName { font-size: 24px; font-weight: bold; }
QLabel#Fingerprint { font-size: 40px; font-weight: bold; letter-spacing: 2px; }
QLabel#Banner { font-size: 24px; padding: 12px; }
QLabel#Banner[state="info"] { background: #0b57d0; color: #ffffff; }
QGroupBox { border: 2px solid #9e9e9e; border-radius: 8px; padding: 8px; }
"""


def ask_yes_no(parent: QWidget, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def big_button(slot: Callable[[], None]) -> QPushButton:
    button = QPushButton(objectName="BigButton")
    button.clicked.connect(slot)
    return button


def banner(state: str = "info") -> QLabel:
    label = QLabel(objectName="Banner")
    label.setWordWrap(True)
    label.setProperty("state", state)
    return label


def set_banner(label: QLabel, text: str, state: str) -> None:
    label.setText(text)
    label.setProperty("state", state)
    repolish(label)
    label.setVisible(bool(text))


def cannot_write(folder: Path, error: OSError) -> ValidationError:
    return ValidationError("folder", QT_TRANSLATE_NOOP("Errors", "Cannot write {path}: {reason}"),
                           path=str(folder), reason=error.strerror or "")


class KeyDialog(QDialog):
    """A key's fingerprint in big digits, with who it belongs to."""

    def __init__(self, key: KeyView, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(STYLE)
        self.setWindowTitle(title)
        self.fingerprint = QLabel(key.fingerprint, objectName="Fingerprint", alignment=Qt.AlignmentFlag.AlignCenter)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(16)
        layout.addWidget(QLabel(text, wordWrap=True))
        layout.addWidget(self.fingerprint)
        layout.addWidget(buttons)
