"""Visitor registration, who is still inside, signing out, and temporary passes."""

from __future__ import annotations

import re

import dataclasses
import uuid
from datetime import timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.clock import FixedClock
from app.errors import NotFound, ValidationError
from app.models import Household, TemperatureCheck, Visit
from app.services.context import Actor
from app.services.residents import PersonForm, add_person
from app.services.visitors import (
    VisitorForm, VisitView, get_visit, list_visits, previous_visit_form, register_visitor,
    sign_out_visitor, visitors_inside,
)
from tests.helpers import count, resident_id, wrong_check_digit

VISITOR_ID = resident_id("19900307", region="310104", seq="456")
PHONE = "13800138000"
FORM = VisitorForm(name="李四", id_type="resident_id", id_number=VISITOR_ID, phone=PHONE,
                   host="3-2-201", purpose="visit", temperature="36.5")


def _register(sessions: sessionmaker[Session], actor: Actor, **changes: object) -> VisitView:
    with sessions.begin() as session:
        return register_visitor(session, actor, dataclasses.replace(FORM, **changes))


def _inside(sessions: sessionmaker[Session], actor: Actor) -> list[uuid.UUID]:
    with sessions() as session:
        return [v.id for v in visitors_inside(session, actor)]


def _nothing_written(sessions: sessionmaker[Session]) -> bool:
    return count(sessions, Visit) == 0 and count(sessions, TemperatureCheck) == 0


def test_register_a_visitor(sessions: sessionmaker[Session], admin: Actor,
                            fixed_clock: FixedClock) -> None:
    view = _register(sessions, admin, plate="京a 12345", companions="2", origin="  武汉  洪山区 ")
    assert (view.name, view.id_type, view.purpose, view.plate) == ("李四", "resident_id", "visit", "京A12345")
    assert (view.companions, view.origin, view.reading, view.is_fever) == (2, "武汉 洪山区", "36.5", False)
    assert (view.admitted, view.inside, view.time_out) == (True, True, None)
    assert view.time_in == fixed_clock.now()
    assert (view.host, view.host_known) == ("3-2-201", False)
    assert (view.pass_no, view.pass_valid_until) == ("", None)
    with sessions() as session:
        check = session.scalars(select(TemperatureCheck)).one()
    assert (check.visit_id, check.subject_kind) == (view.id, "visitor")
    assert (check.reading_dt, check.is_fever) == (365, False)
    assert check.taken_at == view.time_in


def test_new_energy_plate_and_bad_plates(sessions: sessionmaker[Session], admin: Actor) -> None:
    assert _register(sessions, admin, plate="粤BD12345").plate == "粤BD12345"
    for plate in ("京I12345", "XA12345", "沪B1234"):
        with pytest.raises(ValidationError) as raised:
            _register(sessions, admin, plate=plate)
        assert raised.value.field == "plate", plate
    assert count(sessions, Visit) == 1


def test_inside_list_and_signing_out(sessions: sessionmaker[Session], admin: Actor,
                                     fixed_clock: FixedClock) -> None:
    first = _register(sessions, admin)
    fixed_clock.advance(minutes=5)
    second = _register(sessions, admin, name="王五")
    assert _inside(sessions, admin) == [first.id, second.id]

    fixed_clock.advance(minutes=30)
    with sessions.begin() as session:
        out = sign_out_visitor(session, admin, first.id)
    assert (out.time_out, out.inside) == (fixed_clock.now(), False)
    assert _inside(sessions, admin) == [second.id]

    fixed_clock.advance(minutes=1)
    with pytest.raises(ValidationError) as raised, sessions.begin() as session:
        sign_out_visitor(session, admin, first.id)
    assert raised.value.field == "visit"
    with sessions() as session:
        assert get_visit(session, admin, first.id).time_out == out.time_out
    with pytest.raises(NotFound), sessions.begin() as session:
        sign_out_visitor(session, admin, uuid.uuid4())
    with sessions() as session:
        assert [v.id for v in list_visits(session, admin, out.time_in.date())] == [second.id, first.id]
        inside = list_visits(session, admin, out.time_in.date(), inside_only=True)
    assert [v.id for v in inside] == [second.id]


def test_fever_visitor_cannot_be_admitted(sessions: sessionmaker[Session], admin: Actor) -> None:
    with pytest.raises(ValidationError) as raised:
        _register(sessions, admin, temperature="37.3")
    assert raised.value.field == "decision"
    assert _nothing_written(sessions)

    refused = _register(sessions, admin, temperature="37.3", admitted=False,
                        refusal_reason="  体温 异常 ", issue_pass=True)
    assert (refused.admitted, refused.is_fever, refused.refusal_reason) == (False, True, "体温 异常")
    assert (refused.inside, refused.pass_no) == (False, "")
    assert _inside(sessions, admin) == []
    with pytest.raises(ValidationError), sessions.begin() as session:
        sign_out_visitor(session, admin, refused.id)


def test_refusal_needs_a_reason(sessions: sessionmaker[Session], admin: Actor) -> None:
    with pytest.raises(ValidationError) as raised:
        _register(sessions, admin, admitted=False, refusal_reason="   ")
    assert raised.value.field == "refusal_reason"
    assert _nothing_written(sessions)


def test_bad_identity_is_rejected_and_nothing_written(sessions: sessionmaker[Session],
                                                     admin: Actor) -> None:
    bad_check = wrong_check_digit(VISITOR_ID)
    future = resident_id("20990101")
    for number in (bad_check, future, VISITOR_ID[:-1], ""):
        with pytest.raises(ValidationError) as raised:
            _register(sessions, admin, id_number=number)
        assert raised.value.field == "id_number", number
        if number:
            assert number not in raised.value.render() and number not in str(raised.value)
    for phone in ("12345", "1380013800a", ""):
        with pytest.raises(ValidationError) as raised:
            _register(sessions, admin, phone=phone)
        assert raised.value.field == "phone", phone
    for changes, field in [({"id_type": "驾照"}, "id_type"), ({"host": "三栋"}, "host"),
                           ({"purpose": "party"}, "purpose"), ({"companions": "-1"}, "companions"),
                           ({"name": " "}, "name"), ({"temperature": "365"}, "temperature")]:
        with pytest.raises(ValidationError) as raised:
            _register(sessions, admin, **changes)
        assert raised.value.field == field
    assert _nothing_written(sessions)


def test_passport_visitor(sessions: sessionmaker[Session], admin: Actor) -> None:
    view = _register(sessions, admin, name="김민준", id_type="护照", id_number="m12345678",
                     phone="+82 10-1234-5678")
    assert (view.name, view.id_type, view.masked_id) == ("김민준", "passport", "M1*****78")
    assert view.masked_phone.startswith("+82 ") and "1234" not in view.masked_phone


def test_host_room_spellings_link_to_the_same_household(sessions: sessionmaker[Session],
                                                       admin: Actor) -> None:
    with sessions.begin() as session:
        add_person(session, admin, PersonForm(name="张三", building="3", unit="2", room="201"))
        household_id = session.scalars(select(Household.id)).one()
    plain = _register(sessions, admin, host="3-2-201")
    chinese = _register(sessions, admin, host="3号2单元201")
    padded = _register(sessions, admin, host="03－02－0201室")
    unknown = _register(sessions, admin, host="9-9-909")
    for view in (plain, chinese, padded):
        assert (view.host, view.host_known) == ("3-2-201", True)
    assert (unknown.host, unknown.host_known) == ("9-9-909", False)
    with sessions() as session:
        links = dict(session.execute(select(Visit.id, Visit.host_household_id)).all())
    assert links == {plain.id: household_id, chinese.id: household_id, padded.id: household_id,
                     unknown.id: None}


def test_temporary_pass_numbers(sessions: sessionmaker[Session], admin: Actor,
                                fixed_clock: FixedClock) -> None:
    first = _register(sessions, admin, issue_pass=True)
    _register(sessions, admin, name="没有通行证")
    fixed_clock.advance(minutes=10)
    second = _register(sessions, admin, name="王五", issue_pass=True)
    # Day, this copy's code (so two gate laptops never issue the same number), count.
    prefix = first.pass_no[:-3]
    assert re.fullmatch(r"T20260302-[0-9A-F]{4}-", prefix)
    assert (first.pass_no, second.pass_no) == (prefix + "001", prefix + "002")
    assert first.pass_valid_until == first.time_in + timedelta(hours=12)
    assert second.pass_valid_until == fixed_clock.now() + timedelta(hours=12)
    fixed_clock.advance(hours=13, minutes=50)  # 00:00 local on 3 March, still 2 March in UTC
    next_day = _register(sessions, admin, name="赵六", issue_pass=True)
    assert next_day.time_in.date().isoformat() == "2026-03-02"
    assert next_day.pass_no == prefix.replace("20260302", "20260303") + "001"


def test_visit_view_masks_id_and_phone(sessions: sessionmaker[Session], admin: Actor) -> None:
    view = _register(sessions, admin)
    assert view.masked_id == "310104********" + VISITOR_ID[-4:]
    assert view.masked_phone == "138****8000"
    shown = repr(view)
    assert VISITOR_ID not in shown and VISITOR_ID[6:14] not in shown and PHONE not in shown


def test_returning_visitor_reuses_numbers_without_showing_them(sessions: sessionmaker[Session],
                                                              admin: Actor) -> None:
    first = _register(sessions, admin, plate="京A12345")
    with sessions() as session:
        form = previous_visit_form(session, admin, first.id)
    assert (form.id_number, form.phone, form.name, form.plate) == ("", "", "李四", "京A12345")
    with sessions.begin() as session:
        again = register_visitor(session, admin, dataclasses.replace(form, temperature="36.4"))
    assert (again.masked_id, again.masked_phone) == (first.masked_id, first.masked_phone)
    with sessions() as session:
        numbers = session.execute(select(Visit.id_number, Visit.phone)).all()
    assert set(numbers) == {(VISITOR_ID, "+8613800138000")}
