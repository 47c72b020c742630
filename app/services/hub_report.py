"""The street office's daily report: one compound's as the compound prints it, or the street's total."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import clock
from app.errors import QT_TRANSLATE_NOOP, Translate
from app.models import Site, SyncBundle
from app.services.context import Actor, Role, authorize
from app.services.hub import trusted_sites
from app.services.site_time import site_zone
from app.sync import exchange


def daily_report(session: Session, actor: Actor, site: str | None, day: date, language: str,
                 translate: Translate) -> bytes:
    """A compound's daily report as the compound prints it, or (``site`` None) the street's total,
    from what its bundles brought."""
    authorize(session, actor, Role.HEAD)
    # Imported here: the CLI's import and receipt commands need no reportlab.
    from app.printing.figures import Header as ReportHeader
    from app.printing.report import daily_report_pdf
    from app.services.reports import daily_figures

    office = exchange.own_key(session)
    office_zone = site_zone(session, office.owner_id)
    keys = trusted_sites(session, site)
    named = []
    for key in keys:
        known = session.get(Site, key.owner_id)  # None until its first bundle arrives
        zone = site_zone(session, key.owner_id) if known is not None else office_zone
        named.append((known.name if known else key.owner_name, daily_figures(session, key.owner_id, day, zone=zone)))
    now = clock.now().astimezone(office_zone)
    if site is None:
        header = ReportHeader(office.owner_name, translate(
            "Printing", QT_TRANSLATE_NOOP("Printing", "all compounds ({n})"), -1).format(n=len(named)),
            now, office.owner_name, "")
        return daily_report_pdf(header, _street_total(named, day), language, translate)
    last = session.scalar(select(func.max(SyncBundle.at)).where(
        SyncBundle.direction == "in", SyncBundle.sender_id == keys[0].owner_id))
    if last is None:
        line = translate("Printing", QT_TRANSLATE_NOOP("Printing", "No bundle imported yet"), -1)
    else:
        line = translate("Printing", QT_TRANSLATE_NOOP("Printing", "As of the last bundle, imported {at}"), -1).format(
            at=last.astimezone(office_zone).strftime("%Y-%m-%d %H:%M"))
    known = session.get(Site, keys[0].owner_id)
    name, figures = named[0]
    header = ReportHeader(name, known.committee if known else name, now, office.owner_name, line)
    return daily_report_pdf(header, figures, language, translate)


def _street_total(named: list[tuple[str, Any]], day: date) -> Any:
    """The compounds' daily figures added up; listed people carry their compound's name."""
    from app.printing.figures import Capped, DailyFigures, DayCount
    from app.services.reports import CAP

    def located(field: str, attr: str) -> Capped:
        rows = [replace(r, **{attr: f"{name} {getattr(r, attr)}".strip()})
                for name, f in named for r in getattr(f, field).rows]
        return Capped(tuple(rows[:CAP]), sum(getattr(f, field).total for _n, f in named))

    def total(field: str) -> int:
        return sum(getattr(f, field) for _n, f in named)

    refusals: dict[str, int] = {}
    for _n, f in named:
        for reason, n in f.refusals:
            refusals[reason] = refusals.get(reason, 0) + n
    trends = [f.trend for _n, f in named if f.trend]
    trend = tuple(DayCount(days[0].day, *(sum(getattr(d, c) for d in days) for c in (
        "checks", "fevers", "admitted", "refused", "exits", "new_returnees"))) for days in zip(*trends, strict=False))
    return DailyFigures(
        day=day, is_today=any(f.is_today for _n, f in named),
        by_hour=tuple((name, tuple(map(sum, zip(*(v for _g, v in f.by_hour), strict=True))) if f.by_hour
                       else (0,) * 24) for name, f in named),
        checks=total("checks"), people=total("people"), fevers=total("fevers"), open_holds=total("open_holds"),
        fever_rows=located("fever_rows", "room"), admitted=total("admitted"), refused=total("refused"),
        refusals=tuple(sorted(refusals.items(), key=lambda item: -item[1])), inside=located("inside", "host"),
        watch_hits=located("watch_hits", "host"), observing=total("observing"), new_today=total("new_today"),
        ending_tomorrow=total("ending_tomorrow"), missed_slots=total("missed_slots"),
        missed=located("missed", "room"), alerts_raised=total("alerts_raised"), alerts_closed=total("alerts_closed"),
        alerts_open=total("alerts_open"), alerts=located("alerts", "room"), exits=located("exits", "room"),
        trend=trend)
