"""Day and night themes: big type, strong contrast, colours that cannot be mistaken.

Each theme is a style sheet and a matching palette, so what Qt draws natively (combo popups,
tooltips, placeholder text) is as legible as what the style sheet draws. Text colours keep
4.5:1 against the backgrounds they sit on, borders and indicators 3:1 (WCAG; tests/ui/test_theme.py).
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

# bg/panel/alt: backgrounds (window, fields, alternate rows); fg: text; muted: hints and
# disabled text; line: borders, indicators and the idle banner; accent: focus, checked, links;
# select: selected rows; ok/fever/warn: banners; error: text saying what is wrong.
DAY = {"bg": "#f4f4f2", "fg": "#111111", "panel": "#ffffff", "alt": "#eceff3", "muted": "#5f6368",
       "line": "#737373", "accent": "#0b57d0", "ok": "#1b7f3b", "fever": "#c62828",
       "warn": "#b26a00", "error": "#c62828", "select": "#cfe0ff"}
NIGHT = {"bg": "#0e1116", "fg": "#f2f2f2", "panel": "#1a1f27", "alt": "#232a35", "muted": "#9aa3af",
         "line": "#6b7685", "accent": "#8ab4f8", "ok": "#1e7e3e", "fever": "#d32f2f",
         "warn": "#f0a020", "error": "#ffb4ab", "select": "#2b3f66"}
BANNER_TEXT = "#ffffff"  # on ok, fever and line; warn takes black

_STYLE = """
QWidget {{ background: {bg}; color: {fg}; font-size: 16px; }}
QWidget:disabled {{ color: {muted}; }}
QLineEdit, QComboBox, QDateEdit, QSpinBox, QPlainTextEdit, QTableView, QListWidget {{
    background: {panel}; border: 2px solid {line}; border-radius: 6px; padding: 4px;
    selection-background-color: {select}; selection-color: {fg}; placeholder-text-color: {muted};
}}
QLineEdit:focus, QComboBox:focus, QTableView:focus, QListWidget:focus {{ border-color: {accent}; }}
QComboBox QAbstractItemView {{ background: {panel}; selection-background-color: {select};
    selection-color: {fg}; }}
QPushButton {{ background: {panel}; border: 2px solid {line}; border-radius: 6px;
    padding: 6px 14px; }}
QPushButton:focus, QPushButton:hover {{ border-color: {accent}; }}
QPushButton:default {{ border-color: {accent}; border-width: 3px; }}
QCheckBox, QRadioButton {{ spacing: 8px; }}
QCheckBox::indicator, QRadioButton::indicator {{ width: 18px; height: 18px;
    background: {panel}; border: 2px solid {line}; }}
QCheckBox::indicator {{ border-radius: 4px; }}
QRadioButton::indicator {{ border-radius: 11px; }}
QCheckBox::indicator:hover, QRadioButton::indicator:hover,
QCheckBox:focus::indicator, QRadioButton:focus::indicator {{ border-color: {accent}; }}
QCheckBox::indicator:checked {{ background: {accent}; border-color: {accent}; }}
QRadioButton::indicator:checked {{ border-color: {accent}; background: qradialgradient(
    cx: 0.5, cy: 0.5, radius: 0.5, fx: 0.5, fy: 0.5,
    stop: 0 {accent}, stop: 0.55 {accent}, stop: 0.6 {panel}, stop: 1 {panel}); }}
QCheckBox::indicator:disabled, QRadioButton::indicator:disabled {{ border-color: {muted}; }}
QCheckBox::indicator:checked:disabled {{ background: {muted}; }}
QToolTip {{ background: {panel}; color: {fg}; border: 1px solid {line}; padding: 4px; }}
QHeaderView::section {{ background: {bg}; border: none; border-bottom: 2px solid {line};
    padding: 4px; font-weight: bold; }}
QTabBar::tab {{ padding: 8px 18px; border: 2px solid {line}; border-bottom: none;
    border-top-left-radius: 6px; border-top-right-radius: 6px; margin-right: 2px; }}
QTabBar::tab:selected {{ background: {panel}; border-color: {accent}; font-weight: bold; }}
QLabel#Hint {{ color: {muted}; }}
QLineEdit#BigInput {{ font-size: 30px; padding: 8px; }}
QLineEdit#FormInput {{ font-size: 22px; padding: 6px; }}
QLineEdit#TempInput {{ font-size: 40px; padding: 6px; font-weight: bold; }}
QLabel#Selected {{ font-size: 24px; font-weight: bold; }}
QLabel#Banner {{ font-size: 32px; font-weight: bold; border-radius: 10px; padding: 16px;
    color: {banner_text}; background: {line}; }}
QLabel#Banner[state="ok"] {{ background: {ok}; }}
QLabel#Banner[state="fever"] {{ background: {fever}; }}
QLabel#Banner[state="warn"] {{ background: {warn}; color: #000000; }}
QComboBox#KindPicker[other="true"] {{ font-size: 28px; font-weight: bold; background: {warn};
    color: #000000; border-color: #000000; }}
QLabel#FieldError {{ color: {error}; font-weight: bold; }}
QLineEdit[invalid="true"], QComboBox[invalid="true"] {{ border-color: {fever}; }}
"""

_ROLES = {  # palette role: theme colour, in every colour group
    QPalette.ColorRole.Window: "bg", QPalette.ColorRole.WindowText: "fg",
    QPalette.ColorRole.Base: "panel", QPalette.ColorRole.AlternateBase: "alt",
    QPalette.ColorRole.Text: "fg", QPalette.ColorRole.Button: "panel",
    QPalette.ColorRole.ButtonText: "fg", QPalette.ColorRole.Highlight: "select",
    QPalette.ColorRole.HighlightedText: "fg", QPalette.ColorRole.ToolTipBase: "panel",
    QPalette.ColorRole.ToolTipText: "fg", QPalette.ColorRole.PlaceholderText: "muted",
    QPalette.ColorRole.Link: "accent", QPalette.ColorRole.LinkVisited: "accent",
    QPalette.ColorRole.Accent: "accent", QPalette.ColorRole.Dark: "line",
}
_DISABLED = (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText)


def colours(night: bool) -> dict[str, str]:
    return NIGHT if night else DAY


def stylesheet(night: bool) -> str:
    return _STYLE.format(banner_text=BANNER_TEXT, **colours(night))


def palette(night: bool) -> QPalette:
    c = colours(night)
    result = QPalette(QColor(c["panel"]), QColor(c["bg"]))  # button, window: shades derive from them
    for role, key in _ROLES.items():
        result.setColor(role, QColor(c[key]))
    result.setColor(QPalette.ColorRole.BrightText, QColor(BANNER_TEXT))  # drawn on Dark, as on a banner
    for role in _DISABLED:
        result.setColor(QPalette.ColorGroup.Disabled, role, QColor(c["muted"]))
    return result


def apply_theme(night: bool) -> None:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        app.setPalette(palette(night))
        app.setStyleSheet(stylesheet(night))


def alarm_text() -> QColor:
    """Red text for a fever or a refusal in a list, legible in the theme in use."""
    app = QApplication.instance()
    night = isinstance(app, QApplication) and \
        app.palette().color(QPalette.ColorRole.Window) == QColor(NIGHT["bg"])
    return QColor(colours(night)["error"])


def repolish(widget: object) -> None:
    """Re-apply the style after a dynamic property such as ``state`` changed."""
    style = widget.style()  # type: ignore[attr-defined]
    style.unpolish(widget)
    style.polish(widget)
