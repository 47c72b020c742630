"""Lookup as you type at the gate, over a small roster and one visitor."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy.orm import Session, sessionmaker

from app.models import Person, Site
from app.services.context import Actor
from app.services.lookup import LookupHit, lookup
from app.services.residents import import_residents
from app.services.visitors import VisitorForm, register_visitor
from tests.helpers import ENGLISH_HEADER, csv_bytes, resident_id, resident_id_ending_x

ID_ZHANG = resident_id_ending_x("19850512")
ID_LI = resident_id("19700101", seq="042")
ID_VISITOR = resident_id("19900307", region="310104", seq="456")
PHONES = ["13800138000", "13900139000", "13700137000"]
ROSTER = [
    # Ten pass numbers that start with the exact one below, listed before it.
    *(f"陈{n},8,1,{100 + n},,,,101{n}," for n in range(10)),
    f"张三,3,2,201,{PHONES[0]},resident_id,{ID_ZHANG},101,",
    f"张珊珊,3,2,202,{PHONES[1]},,,A002,",
    f"李四,5,1,101,{PHONES[2]},resident_id,{ID_LI},A003,独居老人",
    "𠮷田 翔太,5,1,102,,passport,TR1234567,A004,外籍:日语",
    "김민준,5,1,103,,,,A005,外籍:韩语",
]
SECRETS = [ID_ZHANG, ID_LI, ID_VISITOR, "TR1234567", *PHONES, "13600136000"]


@pytest.fixture
def roster(sessions: sessionmaker[Session], admin: Actor) -> sessionmaker[Session]:
    with sessions.begin() as session:
        report = import_residents(session, admin, csv_bytes([ENGLISH_HEADER, *ROSTER]))
        assert (report.created, report.errors) == (len(ROSTER), [])
        register_visitor(session, admin, VisitorForm(
            name="王五", id_type="resident_id", id_number=ID_VISITOR, phone="13600136000",
            host="3-2-201", purpose="visit", temperature="36.5", plate="京A12345"))
    return sessions


def _find(sessions: sessionmaker[Session], actor: Actor, text: str, limit: int = 8) -> list[LookupHit]:
    with sessions() as session:
        return lookup(session, actor, text, limit)


def _names(hits: list[LookupHit]) -> set[str]:
    return {hit.name for hit in hits}


def test_lookup_branches(roster: sessionmaker[Session], admin: Actor) -> None:
    cases = {
        "A00": {"张珊珊", "李四", "𠮷田 翔太", "김민준"},   # pass number prefix
        "a003": {"李四"},
        "张": {"张三", "张珊珊"},                          # Chinese name prefix
        "张三": {"张三"},
        "zs": {"张三", "张珊珊"},                          # pinyin initials (张珊珊 = zss)
        "zss": {"张珊珊"},
        "zhangs": {"张三", "张珊珊"},                      # full pinyin prefix
        "zhangsan": {"张三"},
        "ZhangSan": {"张三"},
        "jitian": {"𠮷田 翔太"},                           # 𠮷 is read as ji
        "𠮷": {"𠮷田 翔太"},
        "김": {"김민준"},
        "3-2-201": {"张三"},                               # room, in both spellings
        "3号2单元201": {"张三"},
        "3-2-202室": {"张珊珊"},
        ID_ZHANG[-4:]: {"张三"},                           # ID tail, ending in X
        ID_ZHANG[-4:].lower(): {"张三"},
        ID_LI[-4:]: {"李四"},
        ID_VISITOR[-4:]: {"王五"},
        "京A": {"王五"},                                   # plate prefix of a visitor
        "京a123": {"王五"},
        "沪": set(),
        "nobody": set(),
        "   ": set(),
    }
    for text, expected in cases.items():
        assert _names(_find(roster, admin, text)) == expected, text
    assert ID_ZHANG.endswith("X")
    [plate_hit] = _find(roster, admin, "京A")
    assert (plate_hit.kind, plate_hit.plate, plate_hit.room, plate_hit.inside) == (
        "visitor", "京A12345", "3-2-201", True)
    [room_hit] = _find(roster, admin, "3号2单元201")
    assert (room_hit.kind, room_hit.pass_no, room_hit.room) == ("resident", "101", "3-2-201")
    [tagged] = _find(roster, admin, "李四")
    assert tagged.tags == ("elderly_alone",)


def test_exact_pass_number_is_ranked_first(roster: sessionmaker[Session], admin: Actor) -> None:
    hits = _find(roster, admin, "101")
    assert len(hits) == 8
    assert (hits[0].pass_no, hits[0].name) == ("101", "张三")
    assert all(hit.pass_no.startswith("101") for hit in hits)
    assert [h.pass_no for h in _find(roster, admin, "1015", limit=3)] == ["1015"]


def test_no_personal_number_in_any_hit(roster: sessionmaker[Session], admin: Actor) -> None:
    queries = ["A0", "101", "张", "zs", "3-2-201", ID_ZHANG[-4:], ID_LI[-4:], ID_VISITOR[-4:],
               "京A", "王", "ww", "TR", ID_ZHANG, ID_LI]
    seen = 0
    for text in queries:
        for hit in _find(roster, admin, text):
            seen += 1
            for field in dataclasses.fields(hit):
                shown = str(getattr(hit, field.name))
                for secret in SECRETS:
                    assert secret not in shown, (text, field.name)
                for number in (ID_ZHANG, ID_LI, ID_VISITOR):
                    assert number[6:14] not in shown, (text, field.name)  # the birth date
            assert hit.masked_id == "" or hit.masked_id.count("*") >= 5
    assert seen > 15


def test_lookup_stays_within_the_actor_site(roster: sessionmaker[Session], admin: Actor) -> None:
    """A hub database holds many compounds; a guard must only find their own."""
    with roster.begin() as session:
        other = Site(name="别的小区", committee="别的居委会")
        session.add(other)
        session.flush()
        session.add(Person(site_id=other.id, name="张三丰", name_initials="zsf",
                           name_pinyin="zhangsanfeng", pass_no="1019X"))
    assert _names(_find(roster, admin, "张三")) == {"张三"}
    assert _names(_find(roster, admin, "zsf")) == set()
    assert "1019X" not in {h.pass_no for h in _find(roster, admin, "1019")}
