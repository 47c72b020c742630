"""Person names: a light clean-up that keeps rare characters, and pinyin keys for search."""

from __future__ import annotations

import re
import unicodedata

from app.errors import QT_TRANSLATE_NOOP, ValidationError

FIELD = "name"
MAX_NAME_LENGTH = 64

_REQUIRED = QT_TRANSLATE_NOOP("Errors", "Enter the name.")
_TOO_LONG = QT_TRANSLATE_NOOP("Errors", "Names can have at most {max} characters.")
_CONTROL = QT_TRANSLATE_NOOP(
    "Errors", "The name contains invisible control characters; type it again."
)

# Characters pypinyin does not know, mostly surname variants outside the BMP.
_EXTRA_PINYIN = str.maketrans({"𠮷": " ji "})
_ASCII_WORD = re.compile(r"[a-z]+")


def normalise_name(raw: str) -> str:
    # NFC, not NFKC: compatibility folding would turn some rare name characters into others.
    name = " ".join(unicodedata.normalize("NFC", raw or "").split())
    if not name:
        raise ValidationError(FIELD, _REQUIRED)
    # Cf covers the bidi overrides that would reorder a line of the gate's list.
    if any(unicodedata.category(char) in ("Cc", "Cf", "Cs") for char in name):
        raise ValidationError(FIELD, _CONTROL)
    if len(name) > MAX_NAME_LENGTH:
        raise ValidationError(FIELD, _TOO_LONG, max=MAX_NAME_LENGTH)
    return name


def name_keys(name: str) -> tuple[str, str]:
    """``(initials, full_pinyin)`` in lower-case ASCII; ``("", "")`` when nothing is readable."""
    from pypinyin import lazy_pinyin  # slow to import; keep it off the start-up path

    spelled = name.translate(_EXTRA_PINYIN)
    words = [
        word
        for syllable in lazy_pinyin(spelled, errors=_latin_words)
        for word in _ASCII_WORD.findall(syllable)
    ]
    return "".join(word[0] for word in words), "".join(words)


def _latin_words(text: str) -> str:
    """Text pypinyin cannot read, folded to lower-case ASCII where it is Latin (José -> jose)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()
