"""The watch list: hostile CSV, validity dates, and what it matches at the gate."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session, sessionmaker

from app.models import WatchEntry
from app.services.context import Actor
from app.services.watchlist import import_watchlist, list_watchlist, watch_hits
from tests.helpers import count, csv_bytes, resident_id


def _import(sessions: sessionmaker[Session], actor: Actor, lines: list[str], **kw: object):
    with sessions.begin() as session:
        return import_watchlist(session, actor, csv_bytes(lines, kw.pop("encoding", "utf-8")), **kw)


def test_import_then_match_by_id_region_plate_and_origin(sessions, admin) -> None:
    report = _import(sessions, admin, [
        "类型,前缀,名称,生效日期,失效日期,来源",
        "地区,4201,武汉,2026-02-01,,街道办",
        "车牌,鄂A,,2026/02/01,2026-02-28,街道办",
        "region,11,,2026-03-01,,",
    ], encoding="gbk")
    assert (report.added, report.errors) == (3, [])
    site = admin.site_id
    today = date(2026, 3, 2)
    with sessions() as session:
        by_id = watch_hits(session, site, today, id_number=resident_id(region="420106"))
        by_plate = watch_hits(session, site, today, plate="鄂A12345")
        by_origin = watch_hits(session, site, today, origin_codes=("110105",))
        nothing = watch_hits(session, site, today, id_number=resident_id(region="310104"), plate="沪A12345")
    assert [w.prefix for w in by_id] == ["4201"]
    assert by_plate == []  # that entry ended on 28 February
    assert [w.prefix for w in by_origin] == ["11"] and nothing == []
    again = _import(sessions, admin, ["kind,prefix,label", "region,4201,武汉市全域"])
    assert (again.added, again.updated) == (0, 1) and count(sessions, WatchEntry) == 3


def test_bad_rows_are_all_reported_and_nothing_is_written(sessions, admin) -> None:
    report = _import(sessions, admin, [
        "kind,prefix,valid_from,valid_until",
        "region,4201,2026-02-01,",
        "region,9999,,",
        "plate,A鄂,,",
        "zone,11,,",
        "region,42,2026-13-01,",
        "region,42,2026-03-05,2026-03-01",
    ])
    assert [(line, e.field) for line, e in report.errors] == [
        (3, "prefix"), (4, "prefix"), (5, "kind"), (6, "valid_from"), (7, "valid_until")]
    assert count(sessions, WatchEntry) == 0
    with sessions() as session:
        assert list_watchlist(session, admin) == []


def test_a_visitor_from_a_key_region_is_flagged(sessions, admin) -> None:
    from app.services.visitors import VisitorForm, register_visitor

    _import(sessions, admin, ["kind,prefix,label,valid_from", "region,4201,武汉市,2026-02-01",
                              "plate,鄂A,鄂A车牌,2026-02-01", "region,31,上海市,2026-02-01"])

    def register(**changes: str):
        form = dict(name="赵六", id_type="resident_id", id_number=resident_id(region="110105"),
                    phone="13900001111", host="3-2-201", purpose="visit", temperature="36.5")
        with sessions.begin() as session:
            return register_visitor(session, admin, VisitorForm(**{**form, **changes}))

    assert register().watch == ()
    assert register(id_number=resident_id(region="420106")).watch == ("武汉市",)
    assert register(plate="鄂A12345").watch == ("鄂A车牌",)
    assert register(origin="上海 北京").watch == ("上海市",)


def test_only_mainland_ids_say_where_they_were_issued(sessions, admin) -> None:
    from app.services.visitors import VisitorForm, register_visitor

    report = _import(sessions, admin, ["kind,prefix", "region,4201", "region,421", "region,42010"])
    assert [(line, e.field) for line, e in report.errors] == [(3, "prefix"), (4, "prefix")]
    _import(sessions, admin, ["kind,prefix", "region,4201"])
    with sessions.begin() as session:
        visit = register_visitor(session, admin, VisitorForm(
            name="John Smith", id_type="passport", id_number="420199887", phone="13900001111",
            host="3-2-201", purpose="visit", temperature="36.5"))
    assert visit.watch == ()
