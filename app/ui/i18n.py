"""Languages: Qt Linguist translators, switched at run time with one signal.

Widgets connect to ``LanguageManager.language_changed`` and re-translate themselves in
``retranslate_ui()``. The CLI reads the same files without Qt (``app.translations``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Signal
from PySide6.QtWidgets import QApplication, QComboBox

from app.errors import Translate
from app.paths import resources_dir

from app.translations import DEFAULT_LANGUAGE, LANGUAGES, language_from_environment  # noqa: F401
LANGUAGE_NAMES = {"zh_CN": "简体中文", "en": "English", "ja": "日本語", "ko": "한국어"}


def load_translator(language: str) -> QTranslator | None:
    translator = QTranslator()
    if translator.load(str(resources_dir() / "i18n" / f"gatepost_{language}.qm")):
        return translator
    return None


def translator_function(translator: QTranslator | None) -> Translate:
    def translate(context: str, text: str, n: int = -1) -> str:
        if translator is None:
            return text
        return translator.translate(context, text, None, n) or text

    return translate


def qt_translate(context: str, text: str, n: int = -1) -> str:
    """Translate through the application's installed translators."""
    return QCoreApplication.translate(context, text, None, n)


def tag_text(tags: list[str] | tuple[str, ...], language: str | None = None, sep: str = ", ") -> str:
    """A resident's tags (and a foreign resident's language) as the reader's words."""
    from app.domain.tags import TAG_LABELS, Tag

    known = {t.value for t in Tag}
    labels = [qt_translate("Tag", TAG_LABELS[Tag(t)]) for t in tags if t in known]
    if language:
        labels.append(LANGUAGE_NAMES.get(language, language))
    return sep.join(labels)


class LanguageManager(QObject):
    """Installs GatePost's and Qt's own translators for one language at a time."""

    language_changed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.language = ""
        self._installed: list[QTranslator] = []

    def set_language(self, language: str) -> None:
        if language not in LANGUAGES:
            language = DEFAULT_LANGUAGE
        if language == self.language:
            return
        for translator in self._installed:
            QCoreApplication.removeTranslator(translator)
        self._installed = []
        own = load_translator(language)
        qt_own = QTranslator()
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_own.load(QLocale(language), "qtbase", "_", qt_dir):
            self._installed.append(qt_own)
        if own is not None:
            self._installed.append(own)
        for translator in self._installed:
            QCoreApplication.installTranslator(translator)
        QLocale.setDefault(QLocale(language))
        self.language = language
        from app.ui.fonts import apply_language_font

        apply_language_font(language)
        _fit_combos_to_new_words()
        self.language_changed.emit(language)


def _fit_combos_to_new_words() -> None:
    """Drop-downs size to their words once by default: let them follow each new language."""
    for widget in QApplication.allWidgets():
        if isinstance(widget, QComboBox):
            widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
