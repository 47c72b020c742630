"""China's administrative divisions (GB/T 2260), from the table python-stdnum ships.

Used to name where a returnee came from (by code or name) and to suggest it from the first six
digits of a resident ID number. Names abolished long ago stay findable by code, but a search
by name prefers divisions that still exist.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from app.domain._text import nfkc
from app.errors import QT_TRANSLATE_NOOP, ValidationError

FIELD = "origin"
_ENTRY = re.compile(r'^(\s*)(\d+) (?:province|county)="([^"]+)"')
# A name may carry its years and earlier names: "南头区办事处,[1990-]南山区", "[-2010]崇文区".
_YEARS = re.compile(r"^\[(\d*)-(\d*)\]")
_SUFFIXES = ("省", "市", "自治区", "特别行政区", "地区", "自治州", "盟", "区", "县", "自治县", "旗")
_PLACEHOLDERS = ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划", "省直辖县级行政单位")
_NOT_FOUND = QT_TRANSLATE_NOOP("Errors", "No region has this code or name; check it, or use the six-digit code.")
_AMBIGUOUS = QT_TRANSLATE_NOOP("Errors", "Several regions have this name: {choices}. Use the code.")


@dataclass(frozen=True)
class Region:
    code: str
    name: str
    """The division's own name, e.g. 武昌区."""
    label: str
    """Province, city and division as people write them, e.g. 湖北省武汉市武昌区."""
    current: bool


@cache
def _table() -> dict[str, Region]:
    import stdnum

    path = Path(stdnum.__file__).parent / "cn" / "loc.dat"
    names: dict[str, tuple[str, bool]] = {}
    province = ""
    for line in path.read_text(encoding="utf-8").splitlines():
        match = _ENTRY.match(line)
        if match is None:
            continue
        indent, digits, raw = match.groups()
        if not indent:
            province = digits
            continue
        latest = raw.split(",")[-1]
        years = _YEARS.match(latest)
        name, current = latest[years.end():] if years else latest, not (years and years.group(2))
        code = province + digits
        if code not in names or current:  # a later entry that still exists wins
            names[code] = (name, current)
    table = {}
    for code, (name, current) in names.items():
        parts = [names.get(code[:2] + "0000", ("", True))[0]]
        if code[2:4] != "00":
            city = names.get(code[:4] + "00", ("", True))[0]
            if city not in _PLACEHOLDERS:
                parts.append(city)
        if code[4:] != "00":
            parts.append(name)
        label = "".join(dict.fromkeys(p for p in parts if p))
        if name not in _PLACEHOLDERS:
            table[code] = Region(code, name, label, current)
    return table


def region_by_code(code: str) -> Region | None:
    return _table().get(code)


def find_regions(text: str, limit: int = 10) -> list[Region]:
    """Divisions whose code starts with, or whose label contains, ``text``; current first."""
    query = nfkc(text)
    if not query:
        return []
    if query.isdigit():
        found = [r for code, r in _table().items() if code.startswith(query)]
    else:
        found = [r for r in _table().values() if query in r.label or r.label.endswith(query)]
    found.sort(key=lambda r: (not r.current, len(r.label), r.code))
    return found[:limit]


def parse_region(raw: str) -> Region:
    """A six-digit code, or a name that names one current division."""
    query = nfkc(raw)
    if query.isdigit() and len(query) == 6 and (region := region_by_code(query)):
        return region
    current = [r for r in find_regions(query, limit=200) if r.current] if not query.isdigit() else []
    # "武汉" means 武汉市 and "湖北" 湖北省: a whole name, or one missing only its suffix.
    named = [r for r in current
             if query in (r.name, r.label) or r.name in {query + s for s in _SUFFIXES}]
    candidates = named or current
    if len(candidates) == 1:
        return candidates[0]
    if not candidates:
        raise ValidationError(FIELD, _NOT_FOUND)
    shown = "; ".join(f"{r.code} {r.label}" for r in candidates[:4])
    raise ValidationError(FIELD, _AMBIGUOUS, choices=shown)
