"""QR codes as vector drawings: sharp at any printer resolution, with no bitmap to embed.

Each row's runs of dark modules become one rectangle; modules stay square and a four-module
quiet zone surrounds the code, which is what a cheap gate scanner needs to lock on.
"""

from __future__ import annotations

import segno
from reportlab.graphics.shapes import Drawing, Rect
from reportlab.lib import colors

from app.printing.fonts import SC, register_font

QUIET_ZONE = 4


def dark_runs(matrix: tuple[bytearray, ...] | list[bytearray]) -> list[tuple[int, int, int]]:
    """``(row, first column, length)`` of every horizontal run of dark modules."""
    runs = []
    for r, row in enumerate(matrix):
        c, width = 0, len(row)
        while c < width:
            if row[c]:
                start = c
                while c < width and row[c]:
                    c += 1
                runs.append((r, start, c - start))
            else:
                c += 1
    return runs


def qr_drawing(text: str, size: float, *, error: str = "m") -> Drawing:
    """A ``size`` x ``size`` point square holding ``text`` as a QR code, quiet zone included."""
    code = segno.make(text, error=error, micro=False)
    matrix = code.matrix
    modules = len(matrix) + 2 * QUIET_ZONE
    unit = size / modules
    register_font(SC)
    # Without a font of its own a drawing switches the page to Helvetica, which is not embedded.
    drawing = Drawing(size, size, initialFontName=SC)
    drawing.add(Rect(0, 0, size, size, fillColor=colors.white, strokeColor=None))
    for r, c, length in dark_runs(matrix):
        # reportlab's y axis points up; the matrix's first row is the top of the code.
        y = size - (QUIET_ZONE + r + 1) * unit
        drawing.add(Rect((QUIET_ZONE + c) * unit, y, length * unit, unit,
                         fillColor=colors.black, strokeColor=None, strokeWidth=0))
    return drawing
