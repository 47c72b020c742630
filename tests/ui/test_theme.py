"""The day and night themes measured: WCAG contrast of the palette and the theme's colours, and
what the widgets really draw (hint, disabled and placeholder text; check and radio indicators)."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QApplication, QCheckBox, QLabel, QLineEdit, QPushButton, QRadioButton, QStyle, QStyleOptionButton,
    QWidget,
)

from app.ui.theme import BANNER_TEXT, apply_theme, colours

R, G = QPalette.ColorRole, QPalette.ColorGroup
TEXT_ON = [(R.WindowText, R.Window), (R.Text, R.Base), (R.Text, R.AlternateBase), (R.ButtonText, R.Button),
           (R.HighlightedText, R.Highlight), (R.ToolTipText, R.ToolTipBase), (R.PlaceholderText, R.Base),
           (R.Link, R.Base), (R.Link, R.Window), (R.LinkVisited, R.Base), (R.BrightText, R.Dark)]
THEMES = pytest.mark.parametrize("night", [False, True], ids=["day", "night"])


def contrast(a: QColor | str, b: QColor | str) -> float:
    """WCAG 2 contrast ratio, from relative luminance."""
    def luminance(colour: QColor | str) -> float:
        c = QColor(colour)
        channels = [v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4
                    for v in (c.redF(), c.greenF(), c.blueF())]
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]

    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@THEMES
def test_every_palette_role_is_legible_on_its_background(theme: None, night: bool) -> None:
    apply_theme(night)
    palette = QApplication.palette()
    c = colours(night)
    assert palette.color(R.Window) == QColor(c["bg"]) and palette.color(R.Base) == QColor(c["panel"])
    low = [(group.name, text.name, back.name, round(contrast(palette.color(group, text), palette.color(group, back)), 2))
           for group in (G.Active, G.Inactive, G.Disabled) for text, back in TEXT_ON
           if contrast(palette.color(group, text), palette.color(group, back)) < 4.5]
    assert low == []
    assert palette.color(G.Disabled, R.Text) == QColor(c["muted"])  # disabled text is dimmed, still legible
    for back in (R.Window, R.Base, R.Button):
        assert contrast(palette.color(R.Accent), palette.color(back)) >= 3


@THEMES
def test_theme_colours_meet_wcag(night: bool) -> None:
    c = colours(night)
    texts = {"fg": ("bg", "panel", "alt", "select"), "muted": ("bg", "panel", "alt"), "error": ("bg", "panel")}
    controls = ("line", "accent", "fever")  # borders, indicators, focus, an invalid field's border
    low = [(text, back, round(contrast(c[text], c[back]), 2)) for text, backs in texts.items()
           for back in backs if contrast(c[text], c[back]) < 4.5]
    low += [(control, back, round(contrast(c[control], c[back]), 2)) for control in controls
            for back in ("bg", "panel") if contrast(c[control], c[back]) < 3]
    low += [(BANNER_TEXT, back, round(contrast(BANNER_TEXT, c[back]), 2)) for back in ("ok", "fever", "line")
            if contrast(BANNER_TEXT, c[back]) < 4.5]
    if contrast("#000000", c["warn"]) < 4.5:
        low.append(("#000000", "warn", round(contrast("#000000", c["warn"]), 2)))
    assert low == []


def _pixels(image: QImage) -> Counter[str]:
    return Counter(image.pixelColor(x, y).name() for x in range(image.width()) for y in range(image.height()))


def _text_contrast(widget: QWidget) -> float:
    """The drawn text's contrast: its strongest pixel against the commonest (the background),
    inside the frame so that a border does not count."""
    pixels = _pixels(widget.grab(widget.rect().adjusted(5, 5, -5, -5)).toImage())
    background = pixels.most_common(1)[0][0]
    return max(contrast(p, background) for p in pixels)


@THEMES
def test_hint_disabled_and_placeholder_text_are_drawn_legibly(qtbot, theme: None, night: bool) -> None:
    apply_theme(night)
    hint = QLabel("Scan the pass, then type the reading")
    hint.setObjectName("Hint")
    disabled = QPushButton("Second reading (F4)")
    disabled.setEnabled(False)
    placeholder = QLineEdit()
    placeholder.setPlaceholderText("Pass number, name or room")
    error = QLabel("Check the ID number")
    error.setObjectName("FieldError")
    drawn = {}
    for widget in (hint, disabled, placeholder, error):
        qtbot.addWidget(widget)
        widget.show()
        drawn[widget.text() or widget.placeholderText()] = round(_text_contrast(widget), 2)
    assert {text: ratio for text, ratio in drawn.items() if ratio < 4.5} == {}


def _indicator(widget: QCheckBox | QRadioButton) -> tuple[list[str], str]:
    """The indicator's pixels and its centre's colour, as drawn."""
    option = QStyleOptionButton()
    widget.initStyleOption(option)
    element = (QStyle.SubElement.SE_CheckBoxIndicator if isinstance(widget, QCheckBox)
               else QStyle.SubElement.SE_RadioButtonIndicator)
    rect = widget.style().subElementRect(element, option, widget)
    image = widget.grab().toImage()
    pixels = [image.pixelColor(x, y).name() for x in range(rect.left(), rect.right() + 1)
              for y in range(rect.top(), rect.bottom() + 1)]
    return pixels, image.pixelColor(rect.center()).name()


@pytest.mark.parametrize("kind", [QCheckBox, QRadioButton])
def test_night_indicators_stand_out_and_show_when_checked(qtbot, theme: None, kind: type) -> None:
    apply_theme(True)
    bg = colours(True)["bg"]
    widget = kind("Issue a temporary pass")
    qtbot.addWidget(widget)
    widget.show()
    assert widget.grab().toImage().pixelColor(widget.width() - 1, 0) == QColor(bg)
    empty, empty_centre = _indicator(widget)
    outline = [p for p in empty if contrast(p, bg) >= 3]
    assert len(outline) >= 3 * widget.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, widget)
    widget.setChecked(True)
    _, checked_centre = _indicator(widget)
    assert contrast(checked_centre, bg) >= 3 and contrast(checked_centre, empty_centre) >= 3
    assert QColor(checked_centre) == QColor(colours(True)["accent"])


@THEMES
def test_a_fever_in_a_list_is_legible_in_the_theme_in_use(theme: None, night: bool) -> None:
    from PySide6.QtCore import Qt

    from app.ui.table_model import Column, ListTableModel

    apply_theme(night)
    model = ListTableModel([Column(lambda: "°C", str, highlight=lambda row: row > 373)])
    model.show([366, 380])
    red = model.data(model.index(1, 0), Qt.ItemDataRole.ForegroundRole)
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ForegroundRole) is None
    for background in ("panel", "alt", "bg"):
        assert contrast(red, colours(night)[background]) >= 4.5
