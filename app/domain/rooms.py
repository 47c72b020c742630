"""Room addresses (building, unit, room) read from the many ways people write them.

Every part is upper-cased and loses leading zeros in its digit runs, so ``03-02-0201``,
``3号2单元201室`` and ``3-2-201`` all have the key ``3-2-201``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.domain._text import nfkc
from app.errors import QT_TRANSLATE_NOOP, ValidationError

FIELD = "room"

_REQUIRED = QT_TRANSLATE_NOOP("Errors", "Enter the room, e.g. 3-2-201.")
_UNREADABLE = QT_TRANSLATE_NOOP(
    "Errors", "Write the room as building-unit-room, e.g. 3-2-201 or 3-201."
)

_DASHES = re.compile(r"[\u2010-\u2015\u2212]")
# A bare 楼 is not a building marker on purpose: "3楼" usually means the third floor.
_ROOM = re.compile(
    r"(?P<building>[A-Z0-9]{1,10})(?:号楼|栋|幢|座|号|#|-)-?"
    r"(?:(?P<unit>[A-Z0-9]{1,10})(?:单元|-)-?)?"
    r"(?P<room>[A-Z0-9]{1,10})(?:室|号)?"
)
_LEADING_ZEROS = re.compile(r"(?<!\d)0+(?=\d)")


@dataclass(frozen=True)
class RoomAddress:
    building: str
    unit: str
    room: str

    @property
    def key(self) -> str:
        return "-".join(part for part in (self.building, self.unit, self.room) if part)


def parse_room(raw: str) -> RoomAddress:
    text = _DASHES.sub("-", re.sub(r"\s+", "", nfkc(raw))).upper()
    if not text:
        raise ValidationError(FIELD, _REQUIRED)
    match = _ROOM.fullmatch(text)
    if not match:
        raise ValidationError(FIELD, _UNREADABLE)
    building, unit, room = (_LEADING_ZEROS.sub("", part or "") for part in match.groups())
    return RoomAddress(building, unit, room)


def try_parse_room(raw: str) -> RoomAddress | None:
    try:
        return parse_room(raw)
    except ValidationError:
        return None
