"""The room shown with a temperature check: the resident's own, or the room a visitor visits."""

from __future__ import annotations

import dataclasses
from datetime import date

from sqlalchemy.orm import Session, sessionmaker

from app.services.checks import CheckForm, SubjectKind, list_checks, recent_checks, record_check
from app.services.context import Actor
from app.services.residents import PersonForm, add_person
from app.services.visitors import VisitorForm, register_visitor
from tests.helpers import resident_id

VISITOR = VisitorForm(name="李四", id_type="resident_id", id_number=resident_id("19900307", seq="456"),
                      phone="13800138000", host="3号2单元201", purpose="visit", temperature="36.5")


def test_a_visitor_check_shows_the_room_visited(sessions: sessionmaker[Session], admin: Actor) -> None:
    with sessions.begin() as session:
        add_person(session, admin, PersonForm(name="张三", building="3", unit="2", room="201"))
        register_visitor(session, admin, VISITOR)  # a household on the roster
        register_visitor(session, admin, dataclasses.replace(VISITOR, host="9-9-909"))  # one not
    with sessions() as session:
        recent = recent_checks(session, admin)
        logged = list_checks(session, admin, date(2026, 3, 2))
    for checks in (recent, logged):
        assert {c.subject_kind for c in checks} == {SubjectKind.VISITOR.value}
        assert sorted(c.room for c in checks) == ["3-2-201", "9-9-909"]


def test_a_check_recorded_for_a_visit_carries_its_room(sessions: sessionmaker[Session],
                                                        admin: Actor) -> None:
    with sessions.begin() as session:
        visit = register_visitor(session, admin, VISITOR)
        view = record_check(session, admin, CheckForm(reading="36.4", subject_kind="visitor",
                                                      visit_id=visit.id))
    assert (view.subject_name, view.room) == ("李四", "3-2-201")
