"""Adding and editing one resident by hand: the import's rules, numbers on record kept unseen."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.errors import PermissionDenied, ValidationError
from app.models import AuditEntry, Household, Person
from app.services.context import Actor, Role
from app.services.residents import PersonForm, add_person, person_form, update_person
from tests.helpers import count, resident_id, wrong_check_digit

ID_ZHANG = resident_id("19491231", seq="002")
ID_NEW = resident_id("19800101", seq="123")


def _zhang(sessions: sessionmaker[Session], admin: Actor):
    with sessions.begin() as session:
        return add_person(session, admin, PersonForm(
            name="张三", building="3", unit="2", room="201", phone="13800138000",
            id_number=ID_ZHANG, pass_no="A001", tags="elderly_alone"))


def _person(sessions: sessionmaker[Session], person_id) -> Person:
    with sessions() as session:
        person = session.get_one(Person, person_id)
        session.expunge(person)
        return person


def test_the_edit_form_leaves_the_id_number_and_phone_out(sessions: sessionmaker[Session],
                                                         admin: Actor) -> None:
    view = _zhang(sessions, admin)
    with sessions.begin() as session:
        update_person(session, admin, view.id, PersonForm(name="张三", room="3-2-201", pass_no="A001",
                                                          tags="foreign:ja"))
        form = person_form(session, admin, view.id)
    assert form == PersonForm(name="张三", room="3-2-201", id_type="resident_id", pass_no="A001",
                              tags="foreign:ja")


def test_blank_id_number_and_phone_keep_what_is_on_record(sessions: sessionmaker[Session],
                                                         admin: Actor) -> None:
    view = _zhang(sessions, admin)
    with sessions.begin() as session:
        form = person_form(session, admin, view.id)
        changed = update_person(session, admin, view.id, dataclasses.replace(
            form, name="张叁", room="3-2-202", pass_no="a002", tags="dialysis"))
    person = _person(sessions, view.id)
    assert (person.phone, person.id_number, person.id_last4) == ("+8613800138000", ID_ZHANG, ID_ZHANG[-4:])
    assert (person.name, person.pass_no, person.tags) == ("张叁", "A002", ["dialysis"])
    assert (changed.room, changed.masked_phone) == ("3-2-202", "138****8000")
    with sessions() as session:
        assert session.get_one(Household, person.household_id).room_key == "3-2-202"
        assert sorted(session.scalars(select(AuditEntry.action).where(AuditEntry.entity_id == view.id))) \
            == ["person.add", "person.update"]


def test_typed_id_number_and_phone_replace_those_on_record(sessions: sessionmaker[Session],
                                                          admin: Actor) -> None:
    view = _zhang(sessions, admin)
    with sessions.begin() as session:
        update_person(session, admin, view.id, PersonForm(
            name="张三", room="3-2-201", phone="139 1234 5678", id_type="resident_id", id_number=ID_NEW))
    person = _person(sessions, view.id)
    assert (person.phone, person.id_number, person.id_last4) == ("+8613912345678", ID_NEW, ID_NEW[-4:])


@pytest.mark.parametrize(("change", "field"), [
    ({"phone": "12"}, "phone"),
    ({"id_number": wrong_check_digit(ID_NEW)}, "id_number"),
    ({"room": "three"}, "room"),
    ({"pass_no": "A#1"}, "pass_no"),
    ({"name": " "}, "name"),
    ({"id_type": "passport"}, "id_number"),  # a new type needs its number typed again
])
def test_an_edit_is_checked_as_an_import_row_and_a_refusal_writes_nothing(
        sessions: sessionmaker[Session], admin: Actor, change: dict[str, str], field: str) -> None:
    view = _zhang(sessions, admin)
    before = _person(sessions, view.id)
    form = PersonForm(name="张三", room="3-2-201", id_type="resident_id", pass_no="A001")
    with pytest.raises(ValidationError) as raised, sessions.begin() as session:
        update_person(session, admin, view.id, dataclasses.replace(form, **change))
    assert raised.value.field == field
    after = _person(sessions, view.id)
    assert (after.name, after.phone, after.id_number, after.pass_no, after.rev_counter) == \
        (before.name, before.phone, before.id_number, before.pass_no, before.rev_counter)


def test_an_edit_cannot_take_another_residents_pass_or_id(sessions: sessionmaker[Session],
                                                        admin: Actor) -> None:
    _zhang(sessions, admin)
    with sessions.begin() as session:
        li = add_person(session, admin, PersonForm(name="李四", room="3-2-202", pass_no="A002"))
    for change, field in (({"pass_no": "A001"}, "pass_no"), ({"id_number": ID_ZHANG}, "id_number")):
        with pytest.raises(ValidationError) as raised, sessions.begin() as session:
            update_person(session, admin, li.id, PersonForm(name="李四", room="3-2-202", **change))
        assert raised.value.field == field and raised.value.message.params == {"name": "张三"}
    assert _person(sessions, li.id).pass_no == "A002"


def test_a_new_resident_form_refuses_somebody_already_on_the_roster(sessions: sessionmaker[Session],
                                                                   admin: Actor) -> None:
    _zhang(sessions, admin)
    for form, field in ((PersonForm(name="张三", pass_no="a001"), "pass_no"),
                        (PersonForm(name="张三", id_number=ID_ZHANG), "id_number"),
                        (PersonForm(name="张三", room="3-2-201"), "name")):
        with pytest.raises(ValidationError) as raised, sessions.begin() as session:
            add_person(session, admin, form, new_only=True)
        assert raised.value.field == field
    assert count(sessions, Person) == 1
    with sessions() as session:
        assert session.scalars(select(Person.phone)).one() == "+8613800138000"


def test_only_the_committee_edits(sessions: sessionmaker[Session], admin: Actor) -> None:
    view = _zhang(sessions, admin)
    guard = dataclasses.replace(admin, role=Role.GUARD)
    with pytest.raises(PermissionDenied), sessions.begin() as session:
        update_person(session, guard, view.id, PersonForm(name="王五"))
    with pytest.raises(PermissionDenied), sessions.begin() as session:
        person_form(session, guard, view.id)
    assert _person(sessions, view.id).name == "张三"
