"""Reading CSV files as Excel writes them in China, treating every file as hostile.

UTF-8 with or without BOM, or GBK/GB18030; a size and row limit; every problem reported with
the file's line number so the user can find it.
"""

from __future__ import annotations

import csv
import io
import os
import unicodedata
from collections.abc import Iterator, Mapping, Sequence

from app.errors import QT_TRANSLATE_NOOP, ValidationError

MAX_BYTES = 20 * 1024 * 1024
MAX_ROWS = 100_000
MAX_FIELD = 500
EXTRA_CELLS = "_extra_cells"
"""Key present in a row that has text in more cells than the first line names."""


def read_file(path: str | os.PathLike[str]) -> bytes:
    """The file's bytes, reading no more than one byte past the size limit."""
    try:
        with open(path, "rb") as handle:
            return handle.read(MAX_BYTES + 1)
    except OSError:
        raise ValidationError("file", QT_TRANSLATE_NOOP("Errors", "The file cannot be read.")) from None


def decode(data: bytes) -> str:
    if len(data) > MAX_BYTES:
        raise ValidationError(
            "file", QT_TRANSLATE_NOOP("Errors", "The file is larger than {mb} MB."),
            mb=MAX_BYTES // (1024 * 1024),
        )
    if b"\x00" in data:
        raise ValidationError(
            "file", QT_TRANSLATE_NOOP("Errors", "This is not a text file; save it as CSV.")
        )
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ValidationError(
        "file",
        QT_TRANSLATE_NOOP("Errors", "The file is neither UTF-8 nor GBK; save it as CSV (UTF-8)."),
    )


def _header_key(cell: str) -> str:
    return unicodedata.normalize("NFKC", cell).strip().lower().replace(" ", "_")


def read_rows(data: bytes, columns: Sequence[str], aliases: Mapping[str, str],
              required: Sequence[str]) -> Iterator[tuple[int, dict[str, str]]]:
    """Yield ``(line where the row starts, {column: text})``; unknown columns are ignored, and a
    row with text in more cells than the header has also the key ``EXTRA_CELLS``."""
    reader = csv.reader(io.StringIO(decode(data), newline=""))
    try:
        header = next(reader)
    except StopIteration:
        raise ValidationError("file", QT_TRANSLATE_NOOP("Errors", "The file is empty.")) from None
    except csv.Error:
        header = []
    names = [aliases.get(cell.strip(), _header_key(cell)) for cell in header]
    missing = [c for c in required if c not in names]
    if missing:
        raise ValidationError(
            "file",
            QT_TRANSLATE_NOOP("Errors", "The first line must name the columns; missing: {columns}."),
            columns=", ".join(missing),
        )
    positions = {name: i for i, name in reversed(list(enumerate(names))) if name in columns}
    rows = 0
    while True:
        # A quoted cell may span lines; a row is reported at the line where it starts.
        first_line = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error:
            raise ValidationError(
                "file", QT_TRANSLATE_NOOP("Errors", "Line {line} is not valid CSV."),
                line=reader.line_num,
            ) from None
        if not any(cell.strip() for cell in cells):
            continue
        rows += 1
        if rows > MAX_ROWS:
            raise ValidationError(
                "file", QT_TRANSLATE_NOOP("Errors", "The file has more than {n} rows."), n=MAX_ROWS
            )
        row = {
            name: (cells[i] if i < len(cells) else "")[:MAX_FIELD] for name, i in positions.items()
        }
        # Text beyond the last column usually means an unquoted comma shifted the row.
        if any(cell.strip() for cell in cells[len(header):]):
            row[EXTRA_CELLS] = "yes"
        yield first_line, row
