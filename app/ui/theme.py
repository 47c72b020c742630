"""Day and night themes: big type, strong contrast, colours that cannot be mistaken."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

DAY = {"bg": "#f4f4f2", "fg": "#111111", "panel": "#ffffff", "line": "#9e9e9e",
       "accent": "#0b57d0", "ok": "#1b7f3b", "fever": "#c62828", "warn": "#b26a00",
       "select": "#cfe0ff"}
NIGHT = {"bg": "#0e1116", "fg": "#f2f2f2", "panel": "#1a1f27", "line": "#5b6573",
         "accent": "#8ab4f8", "ok": "#2e9d52", "fever": "#e53935", "warn": "#f0a020",
         "select": "#2b3f66"}

_STYLE = """
QWidget {{ background: {bg}; color: {fg}; font-size: 16px; }}
QLineEdit, QComboBox, QDateEdit, QSpinBox, QPlainTextEdit, QTableView, QListWidget {{
    background: {panel}; border: 2px solid {line}; border-radius: 6px; padding: 4px;
    selection-background-color: {select}; selection-color: {fg};
}}
QLineEdit:focus, QComboBox:focus, QTableView:focus, QListWidget:focus {{ border-color: {accent}; }}
QPushButton {{ background: {panel}; border: 2px solid {line}; border-radius: 6px;
    padding: 6px 14px; }}
QPushButton:focus, QPushButton:hover {{ border-color: {accent}; }}
QPushButton:default {{ border-color: {accent}; border-width: 3px; }}
QPushButton:disabled {{ color: {line}; }}
QHeaderView::section {{ background: {bg}; border: none; border-bottom: 2px solid {line};
    padding: 4px; font-weight: bold; }}
QTabBar::tab {{ padding: 8px 18px; border: 2px solid {line}; border-bottom: none;
    border-top-left-radius: 6px; border-top-right-radius: 6px; margin-right: 2px; }}
QTabBar::tab:selected {{ background: {panel}; border-color: {accent}; font-weight: bold; }}
QLabel#Hint {{ color: {line}; }}
QLineEdit#BigInput {{ font-size: 30px; padding: 8px; }}
QLineEdit#FormInput {{ font-size: 22px; padding: 6px; }}
QLineEdit#TempInput {{ font-size: 40px; padding: 6px; font-weight: bold; }}
QLabel#Selected {{ font-size: 24px; font-weight: bold; }}
QLabel#Banner {{ font-size: 32px; font-weight: bold; border-radius: 10px; padding: 16px;
    color: #ffffff; background: {line}; }}
QLabel#Banner[state="ok"] {{ background: {ok}; }}
QLabel#Banner[state="fever"] {{ background: {fever}; }}
QLabel#Banner[state="warn"] {{ background: {warn}; color: #000000; }}
QLabel#FieldError {{ color: {fever}; font-weight: bold; }}
QLineEdit[invalid="true"], QComboBox[invalid="true"] {{ border-color: {fever}; }}
"""


def stylesheet(night: bool) -> str:
    return _STYLE.format(**(NIGHT if night else DAY))


def apply_theme(night: bool) -> None:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        app.setStyleSheet(stylesheet(night))


def repolish(widget: object) -> None:
    """Re-apply the style after a dynamic property such as ``state`` changed."""
    style = widget.style()  # type: ignore[attr-defined]
    style.unpolish(widget)
    style.polish(widget)
