"""Notices in four languages: edit a template's text in each language, watch the poster change,
print it. A committee head edits; a guard can only read and print.

Text typed and not yet saved is kept per template and language as a draft, so switching
language or template loses nothing, and the live preview prints the drafts.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QMessageBox,
    QPlainTextEdit, QPushButton, QTabBar, QVBoxLayout, QWidget,
)

from app.errors import GatePostError, ValidationError
from app.services.context import Role
from app.services.notices import (
    LANGUAGE_NAMES, LANGUAGES, LAYOUTS, QR_LIMIT, SIZES, TITLE_LIMIT, check_notice_text, notice_pdf,
    notice_templates, notice_text, reset_notice_text, save_notice_text,
)
from app.ui.context import UiContext
from app.ui.fonts import families_for
from app.ui.i18n import qt_translate
from app.ui.lazy_page import LazyPage
from app.ui.pdf_preview import BUTTON_HEIGHT, PdfPreviewWidget
from app.ui.widgets import error_label

PREVIEW_DELAY_MS = 400  # after the last keystroke; one render takes well under 0.3 s
PRINT_FIELDS = ("languages", "size", "layout", "qr")
BODY_LINES = 8  # shown at least, in whatever font the language gets


def _say(label: QLabel, text: str) -> None:
    """An error label takes room only while it has something to say."""
    label.setText(text)
    label.setVisible(bool(text))


class _BodyEdit(QPlainTextEdit):
    """A text box never squeezed below ``BODY_LINES`` lines."""

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        margins = self.contentsMargins()
        text = BODY_LINES * self.fontMetrics().lineSpacing() + 2 * self.document().documentMargin()
        frame = 2 * self.frameWidth() + margins.top() + margins.bottom()
        return QSize(hint.width(), max(hint.height(), round(text) + frame))


class NoticePage(LazyPage):
    preview_updated = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.can_edit = ctx.actor.role >= Role.HEAD
        self._drafts: dict[tuple[str, str], tuple[str, str]] = {}
        self._edited = False
        self._loading = False

        self.template = QComboBox()
        self.edit_language = QTabBar()
        for code in LANGUAGES:
            self.edit_language.addTab(LANGUAGE_NAMES[code])
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(TITLE_LIMIT)
        self.body_edit = _BodyEdit()
        self.body_edit.setTabChangesFocus(True)
        self.status = QLabel(objectName="Hint")
        self.note = QLabel(objectName="Hint")
        self.note.setWordWrap(True)
        self.note.setVisible(not self.can_edit)
        self.placeholders = QLabel(objectName="Hint")
        self.placeholders.setWordWrap(True)
        self.error = error_label()
        self.error.hide()
        self.save_button, self.reset_button = QPushButton(), QPushButton()
        for button in (self.save_button, self.reset_button):
            button.setMinimumHeight(BUTTON_HEIGHT)
            button.setVisible(self.can_edit)
        self.save_button.clicked.connect(self.save)
        self.reset_button.clicked.connect(self.reset_to_default)
        self.title_edit.setReadOnly(not self.can_edit)
        self.body_edit.setReadOnly(not self.can_edit)

        self.print_box = QGroupBox()
        self.print_languages = {code: QCheckBox(LANGUAGE_NAMES[code]) for code in LANGUAGES}
        self.size = QComboBox()
        for size in SIZES:
            self.size.addItem(size, size)
        self.layout_choice = QComboBox()
        for layout in LAYOUTS:
            self.layout_choice.addItem("", layout)
        self.qr = QLineEdit()
        self.qr.setMaxLength(QR_LIMIT)
        self.print_error = error_label()
        self.print_error.hide()
        self.size_label, self.layout_label, self.qr_label = QLabel(), QLabel(), QLabel()
        self.template_label = QLabel()
        self.preview = PdfPreviewWidget(self, ctx.languages)

        self._timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.update_preview)
        self.template.currentIndexChanged.connect(self._load_editor)
        self.edit_language.currentChanged.connect(self._load_editor)
        self.title_edit.textChanged.connect(self._on_text_changed)
        self.body_edit.textChanged.connect(self._on_text_changed)
        for box in self.print_languages.values():
            box.setChecked(True)
            box.toggled.connect(self._timer.start)
        self.size.currentIndexChanged.connect(self._timer.start)
        self.layout_choice.currentIndexChanged.connect(self._timer.start)
        self.qr.textChanged.connect(self._timer.start)
        self._build_layout()
        ctx.languages.language_changed.connect(self.retranslate_ui)
        self.retranslate_ui()

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.template_label)
        top.addWidget(self.template, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.save_button)
        languages = QHBoxLayout()
        for box in self.print_languages.values():
            languages.addWidget(box)
        languages.addStretch(1)
        # The print options sit over the preview, not under the editor: both columns then fit
        # a 768-pixel-high screen with room for eight lines of text.
        options = QGridLayout(self.print_box)
        options.addLayout(languages, 0, 0, 1, 4)
        options.addWidget(self.size_label, 1, 0)
        options.addWidget(self.size, 1, 1)
        options.addWidget(self.layout_label, 1, 2)
        options.addWidget(self.layout_choice, 1, 3)
        options.addWidget(self.qr_label, 2, 0)
        options.addWidget(self.qr, 2, 1, 1, 3)
        options.addWidget(self.print_error, 3, 0, 1, 4)
        options.setColumnStretch(3, 1)
        editor = QVBoxLayout()
        editor.addLayout(top)
        editor.addWidget(self.edit_language)
        editor.addWidget(self.title_edit)
        editor.addWidget(self.body_edit, 1)
        editor.addWidget(self.error)  # right under the text it is about
        editor.addWidget(self.placeholders)
        editor.addWidget(self.note)
        editor.addLayout(buttons)
        side = QWidget()
        side.setLayout(editor)
        side.setMinimumWidth(420)
        side.setMaximumWidth(620)
        printing = QVBoxLayout()
        printing.addWidget(self.print_box)
        printing.addWidget(self.preview, 1)
        layout = QHBoxLayout(self)
        layout.addWidget(side)
        layout.addLayout(printing, 1)

    # --- what is being edited --------------------------------------------------------------------

    @property
    def current_template(self) -> str:
        return self.template.currentData() or ""

    @property
    def current_language(self) -> str:
        return LANGUAGES[max(0, self.edit_language.currentIndex())]

    def printed_languages(self) -> list[str]:
        return [code for code, box in self.print_languages.items() if box.isChecked()]

    def reload(self) -> None:
        """The template titles (in the UI's language), the editor's text, then the preview."""
        chosen = self.current_template
        self.template.blockSignals(True)
        self.template.clear()
        for template in self.ctx.call(notice_templates, self._ui_language()):
            self.template.addItem(template.title, template.name)
        self.template.setCurrentIndex(max(0, self.template.findData(chosen)))
        self.template.blockSignals(False)
        self._load_editor()
        self.update_preview()

    def _ui_language(self) -> str:
        language = self.ctx.languages.language
        return language if language in LANGUAGES else LANGUAGES[0]

    def _load_editor(self) -> None:
        if not self.current_template:
            return
        key = (self.current_template, self.current_language)
        if key in self._drafts:
            title, body = self._drafts[key]
        else:
            text = self.ctx.call(notice_text, *key)
            title, body, self._edited = text.title, text.body, text.edited
        font = QFont(self.body_edit.font())
        font.setFamilies(families_for(self.current_language))  # Japanese forms for Japanese
        self._loading = True
        try:
            for widget in (self.title_edit, self.body_edit):
                widget.setFont(font)
            self.title_edit.setText(title)
            self.body_edit.setPlainText(body)
        finally:
            self._loading = False
        _say(self.error, "")
        self._show_status()
        if key in self._drafts:
            self._timer.start()  # say at once whether the draft is acceptable

    def _on_text_changed(self) -> None:
        if self._loading:
            return
        self._drafts[(self.current_template, self.current_language)] = (
            self.title_edit.text(), self.body_edit.toPlainText())
        self._show_status()
        self._timer.start()

    def _show_status(self) -> None:
        drafted = (self.current_template, self.current_language) in self._drafts
        if drafted:
            self.status.setText(self.tr("Changed, not saved yet"))
        elif self._edited:
            self.status.setText(self.tr("This compound's own text"))
        else:
            self.status.setText(self.tr("The standard text"))
        self.reset_button.setEnabled(drafted or self._edited)
        self.save_button.setEnabled(drafted)

    # --- preview ---------------------------------------------------------------------------------

    def update_preview(self) -> None:
        """Render the poster now (about 50 ms, so on the GUI thread); an error leaves the last one."""
        self._timer.stop()
        template = self.current_template
        if not template:
            return
        drafts = {}
        for (draft_template, language), (title, body) in self._drafts.items():
            if draft_template != template:
                continue
            try:
                drafts[language] = check_notice_text(title, body)
            except ValidationError as error:
                self._show_error(error, language)
                return
        try:
            data = self.ctx.call(
                notice_pdf, template, self.printed_languages(), size=self.size.currentData(),
                layout=self.layout_choice.currentData(), qr=self.qr.text(), drafts=drafts,
                translate=qt_translate)
        except GatePostError as error:
            self._show_error(error, None)
            return
        _say(self.error, "")
        _say(self.print_error, "")
        self.preview.set_pdf(data, f"notice-{template.replace('_', '-')}.pdf")
        self.preview_updated.emit()

    def _show_error(self, error: GatePostError, language: str | None) -> None:
        text = error.render(qt_translate)
        if isinstance(error, ValidationError) and error.field in PRINT_FIELDS:
            _say(self.print_error, text)
            _say(self.error, "")
            return
        if language is not None and language != self.current_language:
            text = self.tr("{language}: {problem}").format(language=LANGUAGE_NAMES[language], problem=text)
        _say(self.error, text)
        _say(self.print_error, "")

    # --- save and reset --------------------------------------------------------------------------

    def save(self) -> bool:
        """Keep the text on show for this compound; on an error, say why and keep what was typed."""
        return self._change(save_notice_text, self.title_edit.text(), self.body_edit.toPlainText())

    def reset_to_default(self) -> bool:
        answer = QMessageBox.question(self, self.tr("Reset to the standard text"), self.tr(
            "Replace this notice's {language} text with the standard text? "
            "The compound's own wording is removed.").format(language=LANGUAGE_NAMES[self.current_language]))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return self._change(reset_notice_text)

    def _change(self, service, *args: object) -> bool:
        """Save or reset the notice on show; on an error, say why and keep the draft."""
        key = (self.current_template, self.current_language)
        try:
            self.ctx.call(service, *key, *args)
        except GatePostError as error:
            self._show_error(error, None)
            return False
        self._drafts.pop(key, None)
        self.reload()
        return True

    # --- language --------------------------------------------------------------------------------

    def retranslate_ui(self, _language: str = "") -> None:
        self.template_label.setText(self.tr("Notice"))
        self.title_edit.setPlaceholderText(self.tr("Title"))
        self.body_edit.setPlaceholderText(self.tr("Text of the notice"))
        self.placeholders.setText(self.tr(
            "A line starting with “- ” is a bullet point; a blank line starts a new paragraph. "
            "{committee}, {phone} and {date} are filled in when printing."))
        self.note.setText(self.tr("Only a committee head can change the texts. You can print them."))
        self.save_button.setText(self.tr("Save"))
        self.reset_button.setText(self.tr("Reset to standard text…"))
        self.print_box.setTitle(self.tr("Print"))
        self.size_label.setText(self.tr("Paper"))
        self.layout_label.setText(self.tr("Layout"))
        self.layout_choice.setItemText(0, self.tr("One poster with every language"))
        self.layout_choice.setItemText(1, self.tr("One page per language"))
        self.qr_label.setText(self.tr("QR code"))
        self.qr.setPlaceholderText(self.tr("a phone number or a link (optional)"))
        self._show_status()
        if self._loaded:
            self.reload()  # the template titles are in the UI's language
