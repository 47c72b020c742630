"""Re-imports update the right person, only in the columns the file has, or are refused."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.models import Person
from app.services.context import Actor
from app.services.residents import ImportCancelled, import_residents
from tests.helpers import ENGLISH_HEADER, count, csv_bytes, resident_id

ZHANG = resident_id("19900307", seq="123")


def _import(sessions: sessionmaker[Session], actor: Actor, lines: list[str], **kw: object):
    with sessions.begin() as session:
        return import_residents(session, actor, csv_bytes(lines), **kw)


def _people(sessions: sessionmaker[Session]) -> dict[str, Person]:
    with sessions() as session:
        return {p.name: p for p in session.scalars(select(Person))}


@pytest.fixture
def zhang(sessions: sessionmaker[Session], admin: Actor) -> None:
    report = _import(sessions, admin, [ENGLISH_HEADER,
                                       f"张三,3,2,201,13812348000,resident_id,{ZHANG},00123,elderly_alone"])
    assert report.created == 1


def test_a_pass_number_now_on_someone_else_is_refused(sessions, admin, zhang) -> None:
    report = _import(sessions, admin, [ENGLISH_HEADER, "李四,3,2,202,,,,00123,"])
    assert [(p.line, p.messages[0].field) for p in report.errors] == [(2, "pass_no")]
    assert "张三" in report.errors[0].messages[0].render()
    assert set(_people(sessions)) == {"张三"}


def test_pass_and_id_of_two_people_are_refused(sessions, admin, zhang) -> None:
    other = resident_id("19850101", seq="456")
    _import(sessions, admin, [ENGLISH_HEADER, f"王五,3,2,203,,resident_id,{other},00200,"])
    report = _import(sessions, admin, [ENGLISH_HEADER, f"王五,3,2,203,,resident_id,{other},00123,"])
    assert report.errors and report.created == report.updated == 0


def test_a_new_pass_number_follows_the_id_number(sessions, admin, zhang) -> None:
    report = _import(sessions, admin, [ENGLISH_HEADER, f"张三,3,2,201,,resident_id,{ZHANG},00999,"])
    assert (report.created, report.updated, report.errors) == (0, 1, [])
    assert _people(sessions)["张三"].pass_no == "00999" and count(sessions, Person) == 1


def test_a_partial_file_changes_only_its_columns(sessions, admin, zhang) -> None:
    report = _import(sessions, admin, ["name,pass_no,tags", "张三,00123,dialysis"])
    assert report.updated == 1
    zhang = _people(sessions)["张三"]
    assert zhang.tags == ["dialysis"]
    assert zhang.id_number == ZHANG and zhang.phone == "+8613812348000"
    assert zhang.household_id is not None


def test_full_width_pass_numbers_are_normalised(sessions, admin) -> None:
    _import(sessions, admin, [ENGLISH_HEADER, "李四,5,1,101,,,,００４５６,"])
    assert _people(sessions)["李四"].pass_no == "00456"


def test_cancelling_rolls_the_import_back(sessions, admin) -> None:
    lines = [ENGLISH_HEADER] + [f"居民{i},9,1,{100 + i},,,,{20000 + i}," for i in range(450)]
    with pytest.raises(ImportCancelled), sessions.begin() as session:
        import_residents(session, admin, csv_bytes(lines), progress=lambda done, total: done < 400)
    assert count(sessions, Person) == 0


def test_the_roster_lists_rooms_in_natural_order(sessions, admin) -> None:
    from app.services.residents import list_residents

    _import(sessions, admin, [ENGLISH_HEADER, "甲,10,1,101,,,,,", "乙,2,1,1001,,,,,", "丙,2,1,201,,,,,",
                              "丁,2,1,101,,,,,"])
    with sessions() as session:
        rooms = [p.room for p in list_residents(session, admin)]
    assert rooms == ["2-1-101", "2-1-201", "2-1-1001", "10-1-101"]
