"""The watch list of key regions and plate prefixes: import, list, and matching at the gate.

Usually sent down by the street office; a committee head can also keep it by hand or from a
CSV (``kind,prefix,label,valid_from,valid_until,source`` or 类型,前缀,名称,生效日期,失效日期,来源).
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session

from app.domain._text import compact, nfkc, one_line
from app.domain.plates import PROVINCES
from app.domain.regions import find_regions
from app.errors import QT_TRANSLATE_NOOP, NotFound, PermissionDenied, ValidationError
from app.models import SyncKey, WatchEntry
from app.services import csv_input
from app.services.context import Actor, Role, audit, authorize
from app.services.site_time import local_today, site_zone

COLUMNS = ("kind", "prefix", "label", "valid_from", "valid_until", "source")
CHINESE_COLUMNS = dict(zip(("类型", "前缀", "名称", "生效日期", "失效日期", "来源"), COLUMNS, strict=True))
KIND_ALIASES = {"region": "region", "地区": "region", "区域": "region",
                "plate": "plate", "车牌": "plate", "车牌前缀": "plate"}


@dataclass(frozen=True)
class WatchView:
    id: uuid.UUID
    kind: str
    prefix: str
    label: str
    valid_from: date
    valid_until: date | None
    source: str


@dataclass
class WatchImportReport:
    rows: int = 0
    added: int = 0
    updated: int = 0
    dry_run: bool = False
    errors: list[tuple[int, ValidationError]] = field(default_factory=list)


@dataclass(frozen=True)
class _Entry:
    kind: str
    prefix: str
    label: str
    valid_from: date
    valid_until: date | None
    source: str


def _date(raw: str, field_name: str, default: date | None) -> date | None:
    text = nfkc(raw).replace("/", "-").replace(".", "-")
    if not text:
        return default
    match = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text)
    if match:
        try:
            return date(*map(int, match.groups()))
        except ValueError:
            pass
    raise ValidationError(field_name, QT_TRANSLATE_NOOP("Errors", "Write the date as 2026-03-01."))


def _validate(row: dict[str, str], today: date) -> _Entry:
    kind = KIND_ALIASES.get(nfkc(row.get("kind", "")).lower())
    if kind is None:
        raise ValidationError("kind", QT_TRANSLATE_NOOP("Errors", "Choose one of: {choices}."),
                              choices="region, plate")
    prefix = compact(row.get("prefix", ""))
    label = one_line(row.get("label"), 100)
    if kind == "region":
        # 2, 4 or 6 digits: province, city, county, the levels an ID number's prefix has.
        regions = find_regions(prefix, limit=1) if re.fullmatch(r"\d{2}(?:\d{2}){0,2}", prefix) else []
        if not regions:
            raise ValidationError("prefix", QT_TRANSLATE_NOOP(
                "Errors", "A region is 2 to 6 digits of a division code, e.g. 42 or 420100."))
        label = label or (regions[0].label if len(prefix) == 6 else label)
    elif not re.fullmatch(rf"[{PROVINCES}][A-HJ-NP-Z]?", prefix):
        raise ValidationError("prefix", QT_TRANSLATE_NOOP(
            "Errors", "A plate prefix is a province character and maybe a letter, e.g. 鄂 or 鄂A."))
    valid_from = _date(row.get("valid_from", ""), "valid_from", today)
    valid_until = _date(row.get("valid_until", ""), "valid_until", None)
    if valid_until is not None and valid_until < valid_from:
        raise ValidationError("valid_until", QT_TRANSLATE_NOOP("Errors", "Ends before it starts."))
    return _Entry(kind, prefix, label, valid_from, valid_until, one_line(row.get("source"), 100))


def _save(session: Session, site_id: uuid.UUID, entry: _Entry) -> bool:
    """Insert or update by (kind, prefix); True when added."""
    found = session.scalars(select(WatchEntry).where(
        WatchEntry.site_id == site_id, WatchEntry.kind == entry.kind,
        WatchEntry.prefix == entry.prefix, WatchEntry.deleted.is_(False))).first()
    row = found or WatchEntry(site_id=site_id, kind=entry.kind, prefix=entry.prefix)
    row.label, row.source = entry.label, entry.source
    row.valid_from, row.valid_until = entry.valid_from, entry.valid_until
    session.add(row)
    return found is None


def import_watchlist(session: Session, actor: Actor, data: bytes, *,
                     dry_run: bool = False) -> WatchImportReport:
    """All or nothing: with any bad row, nothing is written and every bad row is reported."""
    authorize(session, actor, Role.HEAD)
    today = local_today(site_zone(session, actor.site_id))
    report = WatchImportReport(dry_run=dry_run)
    entries = []
    for line, row in csv_input.read_rows(data, COLUMNS, CHINESE_COLUMNS, required=("kind", "prefix")):
        report.rows += 1
        try:
            entries.append(_validate(row, today))
        except ValidationError as error:
            report.errors.append((line, error))
    if dry_run or report.errors:
        return report
    for entry in entries:
        if _save(session, actor.site_id, entry):
            report.added += 1
        else:
            report.updated += 1
        session.flush()
    audit(session, "watchlist.import", "watch_entry", None, added=report.added, updated=report.updated)
    return report


def add_watch_entry(session: Session, actor: Actor, **row: str) -> WatchView:
    """Add or update one entry by hand: kind, prefix, label, valid_from, valid_until, source."""
    authorize(session, actor, Role.HEAD)
    entry = _validate(row, local_today(site_zone(session, actor.site_id)))
    _save(session, actor.site_id, entry)
    session.flush()
    audit(session, "watchlist.add", "watch_entry", None, kind=entry.kind, prefix=entry.prefix)
    return next(w for w in list_watchlist(session, actor)
                if (w.kind, w.prefix) == (entry.kind, entry.prefix))


def remove_watch_entry(session: Session, actor: Actor, entry_id: uuid.UUID) -> None:
    authorize(session, actor, Role.HEAD)
    entry = session.get(WatchEntry, entry_id)
    if entry is None or entry.deleted:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such watch-list entry."))
    if entry.site_id != actor.site_id:
        raise PermissionDenied(QT_TRANSLATE_NOOP(
            "Errors", "This entry comes from the street office; only the office can remove it."))
    entry.deleted = True  # a tombstone, so the removal can travel to other copies
    session.flush()
    audit(session, "watchlist.remove", "watch_entry", entry.id)


def list_watchlist(session: Session, actor: Actor, *, active_only: bool = False) -> list[WatchView]:
    authorize(session, actor, Role.GUARD)
    query = select(WatchEntry).where(in_force_here(actor.site_id), WatchEntry.deleted.is_(False))
    if active_only:
        query = query.where(*_active(local_today(site_zone(session, actor.site_id))))
    rows = session.scalars(query.order_by(WatchEntry.kind, WatchEntry.prefix))
    return [WatchView(w.id, w.kind, w.prefix, w.label, w.valid_from, w.valid_until, w.source) for w in rows]


def in_force_here(site_id: uuid.UUID) -> ColumnElement[bool]:
    """The compound's own entries and those the street office sent down."""
    offices = select(SyncKey.owner_id).where(SyncKey.role == "office")
    return or_(WatchEntry.site_id == site_id, WatchEntry.site_id.in_(offices))


def _active(today: date) -> tuple:
    return (WatchEntry.valid_from <= today,
            or_(WatchEntry.valid_until.is_(None), WatchEntry.valid_until >= today))


def watch_hits(session: Session, site_id: uuid.UUID, today: date, *, id_number: str = "",
               plate: str = "", origin_codes: tuple[str, ...] = ()) -> list[WatchView]:
    """Entries in force today matching an ID number's region, a plate, or declared regions."""
    regions = {code for code in (id_number[:6], *origin_codes) if code and code.isdigit()}
    wanted = [code[:n] for code in regions for n in (2, 4, 6)]
    conditions = []
    if wanted:
        conditions.append((WatchEntry.kind == "region") & WatchEntry.prefix.in_(wanted))
    if plate:
        conditions.append((WatchEntry.kind == "plate") & WatchEntry.prefix.in_([plate[:1], plate[:2]]))
    if not conditions:
        return []
    rows = session.scalars(select(WatchEntry).where(
        in_force_here(site_id), WatchEntry.deleted.is_(False), or_(*conditions), *_active(today)))
    return [WatchView(w.id, w.kind, w.prefix, w.label, w.valid_from, w.valid_until, w.source) for w in rows]
