"""Logging to a file in the data folder, with personal numbers masked on the way out."""

from __future__ import annotations

import logging
import os
import re
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from logging.handlers import RotatingFileHandler
from pathlib import Path

LOG_FILE_NAME = "gatepost.log"

_B = r"(?<![0-9A-Za-z])"  # no letter or digit just before
_E = r"(?![0-9A-Za-z])"  # nor just after
_HEX = "[0-9A-Fa-f]"

# Left alone although they hold long runs of digits: record ids, digests, timestamps, key
# fingerprints and decimal fractions name no one.
_KEEP = "|".join((
    rf"{_B}{_HEX}{{8}}-{_HEX}{{4}}-{_HEX}{{4}}-{_HEX}{{4}}-{_HEX}{{12}}{_E}",  # a UUID
    rf"{_B}(?=[0-9]*[A-Fa-f]){_HEX}{{16,}}{_E}",  # a hex id or digest (no document is hex)
    rf"{_B}\d{{8}}T\d{{6}}(?:Z|[+-]\d{{4}})?{_E}",  # a compact timestamp, as in backups' names
    rf"{_B}\d{{4}}(?: \d{{4}}){{4}}{_E}",  # a key fingerprint
    r"(?<![\d.])\d{1,5}\.\d{1,9}(?!\d)",  # a fraction: 0.254321 s, 10:00:00.123456
))
# An 18-character ID number (mainland, residence permits, new foreign permanent residence ID):
# the region and the last four stay, as on a printed form.
_ID = rf"{_B}(?P<id_head>\d{{6}})\d{{8}}(?P<id_tail>\d{{3}}[\dXx]){_E}"
# A mainland mobile, with or without +86 and spaces or dashes: the operator and the last four stay.
_MOBILE = r"(?<![\d+])(?:(?:\+|00)?86[ -]?)?(?P<mobile_head>1[3-9]\d)[ -]?\d{4}[ -]?(?P<mobile_tail>\d{4})(?!\d)"
_LANDLINE = "|".join((
    r"(?<![\w+])(?:\(0\d{2,3}\)|0\d{2,3})[ -]?\d{3,4}[ -]?\d{4}(?!\d)",  # 010-12345678, (0755) 1234 5678
    r"(?<![\w+])(?:\+|00)\d[\d ()-]{5,18}\d(?!\d)",  # +86 10 1234 5678, +852 2345 6789
))
# Passports (E12345678, EA1234567), permits (H1234567890, C12345678, L12345678), Taiwan's
# A123456789, Hong Kong's A123456(7), the older foreign permanent residence ID (USA…).
_DOCUMENT = rf"{_B}[A-Za-z]{{1,3}}\d{{6,}}[0-9A-Za-z]?(?:\([0-9A-Za-z]\))?{_E}"
_DIGITS = r"(?<!\d)\d{6,}(?:\(\d\))?(?!\d)"  # any other run of six or more digits
_PATTERN = re.compile(
    f"(?P<keep>{_KEEP})|(?P<id>{_ID})|(?P<mobile>{_MOBILE})|(?P<landline>{_LANDLINE})"
    f"|(?P<document>{_DOCUMENT})|(?P<digits>{_DIGITS})"
)
_ALNUM = re.compile(r"[A-Za-z\d]")


def _mask(match: re.Match[str]) -> str:
    kind = match.lastgroup
    if kind == "keep":
        return match.group()
    if kind == "id":
        return f"{match['id_head']}********{match['id_tail']}"
    if kind == "mobile":
        return f"{match['mobile_head']}****{match['mobile_tail']}"
    return _ALNUM.sub("*", match.group())  # keeps the separators: 010-********


def mask_text(text: str) -> str:
    """``text`` with ID, document, mobile and landline numbers, and other long numbers, masked."""
    return _PATTERN.sub(_mask, text)


class MaskingFilter(logging.Filter):
    """Defence in depth: the code never logs personal numbers, and this catches a slip."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = mask_text(record.getMessage())
        record.args = None
        if record.exc_info and record.exc_info[1] is not None:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
            record.exc_info = None
        if record.exc_text:
            record.exc_text = mask_text(record.exc_text)
        if record.stack_info:
            record.stack_info = mask_text(record.stack_info)
        return True


class _LogFileHandler(RotatingFileHandler):
    def _open(self):
        """The file is its owner's only, like everything else in the data folder."""
        stream = open(self.baseFilename, self.mode, encoding=self.encoding, errors=self.errors,  # noqa: SIM115
                      opener=lambda path, flags: os.open(path, flags, 0o600))
        if os.name == "posix":
            os.chmod(self.baseFilename, 0o600)  # a log written by an older version
        return stream

    def handleError(self, record: logging.LogRecord) -> None:
        """A full disk must not turn into a second error on the terminal."""


def file_handler(data_dir: Path) -> RotatingFileHandler:
    """The masked, rotating log file of ``data_dir``; the file is created on the first entry."""
    handler = _LogFileHandler(data_dir / LOG_FILE_NAME, maxBytes=2_000_000, backupCount=3,
                              encoding="utf-8", delay=True)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(MaskingFilter())
    return handler


def configure(data_dir: Path, level: int = logging.INFO) -> Path:
    handler = file_handler(data_dir)
    root = logging.getLogger()
    root.setLevel(level)
    root.addHandler(handler)
    return Path(handler.baseFilename)


@contextmanager
def logging_to(data_dir: Path, level: int = logging.INFO) -> Iterator[Path]:
    """Log to ``data_dir``'s file while the block runs (one command of the CLI)."""
    handler = file_handler(data_dir)
    root = logging.getLogger()
    previous = root.level
    root.setLevel(level)
    root.addHandler(handler)
    try:
        yield Path(handler.baseFilename)
    finally:
        root.removeHandler(handler)
        root.setLevel(previous)
        handler.close()


def describe_failure(error: BaseException) -> str:
    """Where ``error`` happened and what kind it was, without its messages.

    A message can quote what was being saved (a name, an address), which no mask recognises;
    the frames, the exception types, SQLite's error name and the SQL statement (its values are
    parameters, which the engines hide) are what a maintainer needs.
    """
    parts: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        lines = ["Traceback (most recent call last):\n",
                 *traceback.format_tb(current.__traceback__), _kind(current) + "\n"]
        parts.insert(0, "".join(lines))
        cause = current.__cause__ or (None if current.__suppress_context__ else current.__context__)
        if cause is not None:
            parts.insert(0, "\nThe above exception led to the following one:\n\n")
        current = cause
    return mask_text("".join(parts).rstrip("\n"))


def _kind(error: BaseException) -> str:
    kind = type(error)
    text = f"{kind.__module__}.{kind.__qualname__}"
    original = getattr(error, "orig", None)  # SQLAlchemy wraps the driver's error
    name = getattr(original, "sqlite_errorname", None) or getattr(error, "sqlite_errorname", None)
    if name:
        text += f" [{name}]"
    statement = getattr(error, "statement", None)
    if isinstance(statement, str):
        text += f"\n  SQL: {' '.join(statement.split())[:500]}"
    return text
