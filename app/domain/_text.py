"""Shared text clean-up for the domain parsers (NFKC, separators)."""

from __future__ import annotations

import re
import unicodedata

# Hyphen-like characters people type or paste between digit groups.
_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015\u2212\u00b7\u2022\u2027\u30fb]+")


def nfkc(raw: str | None) -> str:
    return unicodedata.normalize("NFKC", raw or "").strip()


def one_line(raw: str | None, limit: int) -> str:
    """Free text as one line: runs of white space (newlines too) become one space."""
    return " ".join((raw or "").split())[:limit]


def compact(raw: str | None) -> str:
    """NFKC, upper-case, without spaces, hyphens and middle dots."""
    return _SEPARATORS.sub("", nfkc(raw)).upper()
