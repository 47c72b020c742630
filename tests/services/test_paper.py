"""The paper register: page numbering, typing entries in by number, and the handover sheet."""

from __future__ import annotations

import dataclasses
import re
import uuid
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.clock import FixedClock
from app.errors import ValidationError, untranslated
from app.models import RegisterSheet, TemperatureCheck, Visit
from app.services.checks import CheckForm, open_fever_holds, record_check
from app.services.context import Actor
from app.services.paper import (
    copy_code, following_ref, handover_pdf, next_paper_ref, record_paper_check, record_paper_visit,
    register_pdf,
)
from app.services.residents import PersonForm, add_person
from app.services.returnees import ReturneeForm, add_returnee, record_follow_up
from app.services.visitors import VisitorForm, register_visitor
from tests.helpers import SHANGHAI, resident_id
from tests.services.test_passes import assert_fonts_embedded, pages, pdf_text

VISITOR_ID = resident_id("19900307", region="310104", seq="456")


def _print(sessions: sessionmaker[Session], actor: Actor, count: int) -> bytes:
    with sessions.begin() as session:
        return register_pdf(session, actor, count, "en", untranslated)


def _code(sessions: sessionmaker[Session]) -> str:
    with sessions() as session:
        return copy_code(session)


@pytest.fixture
def person_id(sessions: sessionmaker[Session], admin: Actor) -> uuid.UUID:
    with sessions.begin() as session:
        return add_person(session, admin, PersonForm(name="张三", building="3", unit="2", room="201",
                                                     pass_no="A001")).id


def test_register_pages_continue_across_prints(sessions: sessionmaker[Session], admin: Actor,
                                               tmp_path: Path) -> None:
    first, second = _print(sessions, admin, 3), _print(sessions, admin, 2)
    code = _code(sessions)
    assert re.fullmatch(r"[0-9A-F]{4}", code)
    with sessions() as session:
        runs = session.execute(select(RegisterSheet.copy_code, RegisterSheet.first_page,
                                      RegisterSheet.page_count).order_by(RegisterSheet.first_page)).all()
    assert runs == [(code, 1, 3), (code, 4, 2)]
    assert (pages(tmp_path, first), pages(tmp_path, second)) == (3, 2)
    text = pdf_text(tmp_path, second)
    assert f"{code}-0004" in text and f"{code}-0005" in text and f"{code}-0003" not in text
    assert f"{code}-0004-01" in text and f"{code}-0005-18" in text and f"{code}-0005-19" not in text
    assert "37.3 °C" in text and "3 minutes" in text  # the policy's threshold and delay
    assert_fonts_embedded(tmp_path, first)
    with sessions.begin() as session, pytest.raises(ValidationError) as raised:
        register_pdf(session, admin, 0, "en", untranslated)
    assert raised.value.field == "pages"


def _paper_check(sessions: sessionmaker[Session], actor: Actor, ref: str, minutes_ago: int,
                 reading: str, person: uuid.UUID, **extra: str):
    from app import clock

    with sessions.begin() as session:
        return record_paper_check(session, actor, ref, clock.now() - timedelta(minutes=minutes_ago),
                                  CheckForm(reading=reading, person_id=person), **extra)


def test_record_paper_check_stores_ref_and_time(sessions: sessionmaker[Session], admin: Actor,
                                                fixed_clock: FixedClock, person_id: uuid.UUID) -> None:
    _print(sessions, admin, 2)
    code = _code(sessions)
    fixed_clock.advance(hours=3)
    view = _paper_check(sessions, admin, f"{code.lower()}-0002-05", 90, "36.4", person_id)
    assert view.taken_at == fixed_clock.now() - timedelta(minutes=90)
    assert (view.subject_name, view.reading, view.is_fever) == ("张三", "36.4", False)
    with sessions() as session:
        stored = session.get(TemperatureCheck, view.id)
        assert (stored.paper_ref, stored.taken_at) == (f"{code}-0002-05", view.taken_at)
        assert next_paper_ref(session, admin) == f"{code}-0002-06"

    def refused(ref: str, minutes_ago: int = 10) -> ValidationError:
        with pytest.raises(ValidationError) as raised:
            _paper_check(sessions, admin, ref, minutes_ago, "36.5", person_id)
        return raised.value

    duplicate = refused(f"{code}-0002-05")
    assert duplicate.field == "paper_ref"
    assert duplicate.render() == f"Paper entry number: Entry {code}-0002-05 was typed in already."
    assert refused(f"{code}-0003-01").field == "paper_ref"  # page 3 was never printed
    other = "0000" if code != "0000" else "1111"
    assert refused(f"{other}-0001-01").field == "paper_ref"  # not a copy of this compound
    assert refused(f"{code}-0001-19").field == "paper_ref"  # past the last line
    assert refused("0002-05").field == "paper_ref"
    assert refused(f"{code}-0001-01", minutes_ago=-5).field == "taken_at"  # in the future
    assert refused(f"{code}-0001-01", minutes_ago=200).field == "taken_at"  # before it was printed
    with sessions() as session:
        assert session.scalars(select(TemperatureCheck.paper_ref)).all() == [f"{code}-0002-05"]


def test_a_paper_fever_opens_no_hold(sessions: sessionmaker[Session], admin: Actor,
                                     fixed_clock: FixedClock, person_id: uuid.UUID) -> None:
    _print(sessions, admin, 1)
    code = _code(sessions)
    fixed_clock.advance(hours=1)
    with pytest.raises(ValidationError) as raised:  # a fever needs what the paper says next
        _paper_check(sessions, admin, f"{code}-0001-01", 30, "38.0", person_id)
    assert raised.value.field == "outcome"
    cleared = _paper_check(sessions, admin, f"{code}-0001-01", 30, "38.0", person_id, second_reading="36.9")
    kept = _paper_check(sessions, admin, f"{code}-0001-02", 20, "38.1", person_id, second_reading="38.2",
                        outcome="fever_clinic")
    refused = _paper_check(sessions, admin, f"{code}-0001-03", 10, "37.5", person_id, outcome="refused")
    assert (cleared.outcome, kept.outcome, refused.outcome) == ("cleared", "fever_clinic", "refused")
    with sessions() as session:
        assert open_fever_holds(session, admin) == []
        rechecks = session.execute(select(TemperatureCheck.recheck_of_id, TemperatureCheck.reading_dt,
                                          TemperatureCheck.paper_ref)
                                   .where(TemperatureCheck.recheck_of_id.is_not(None))).all()
    assert sorted(rechecks, key=lambda r: r[1]) == [(cleared.id, 369, f"{code}-0001-01"),
                                                     (kept.id, 382, f"{code}-0001-02")]


def test_record_paper_visit(sessions: sessionmaker[Session], admin: Actor, fixed_clock: FixedClock) -> None:
    _print(sessions, admin, 1)
    code = _code(sessions)
    fixed_clock.advance(minutes=45)
    form = VisitorForm(name="李四", id_type="resident_id", id_number=VISITOR_ID, phone="13800138000",
                       host="3-2-201", purpose="visit", temperature="36.5")
    written = fixed_clock.now() - timedelta(minutes=15)
    with sessions.begin() as session:
        view = record_paper_visit(session, admin, f"{code}-0001-18", written, form)
    assert view.time_in == written
    with sessions() as session:
        assert session.get(Visit, view.id).paper_ref == f"{code}-0001-18"
        check = session.scalars(select(TemperatureCheck)).one()
        assert (check.paper_ref, check.taken_at) == (f"{code}-0001-18", written)
        assert next_paper_ref(session, admin) == f"{code}-0002-01"  # the next page
    with sessions.begin() as session, pytest.raises(ValidationError) as raised:
        record_paper_visit(session, admin, f"{code}-0001-18", written, dataclasses.replace(form, name="王五"))
    assert raised.value.field == "paper_ref"


def test_following_ref() -> None:
    assert following_ref("3F2A-0007-05") == "3F2A-0007-06"
    assert following_ref("3F2A-0007-18") == "3F2A-0008-01"
    assert following_ref("nonsense") == ""


def test_handover_lists_who_is_inside_and_what_is_open(sessions: sessionmaker[Session], admin: Actor,
                                                       fixed_clock: FixedClock, person_id: uuid.UUID,
                                                       tmp_path: Path) -> None:
    empty = pdf_text(tmp_path, _handover(sessions, admin))
    assert empty.count("None") == 4 and "Nothing exported yet." in empty

    with sessions.begin() as session:
        visit = register_visitor(session, admin, VisitorForm(
            name="李四", id_type="resident_id", id_number=VISITOR_ID, phone="13800138000", host="3-2-201",
            purpose="visit", temperature="36.5", issue_pass=True))
        hold = record_check(session, admin, CheckForm(reading="38.4", person_id=person_id))
        returnee = add_returnee(session, admin, ReturneeForm(person_id=person_id, origin="420100",
                                                             arrived_on=date(2026, 3, 1)))
    fixed_clock.advance(minutes=7)
    with sessions.begin() as session:
        record_follow_up(session, admin, returnee.id, "am", "37.9", [], "seen_unwell")
    data = _handover(sessions, admin)
    text = pdf_text(tmp_path, data)
    assert "李四" in text and "3-2-201" in text and "138****8000" in text and visit.pass_no in text
    assert "13800138000" not in text and VISITOR_ID[-8:] not in text
    assert hold.taken_at.astimezone(SHANGHAI).strftime("%H:%M") in text
    assert re.search(r"张三\s+3-2-201\s+38\.4\s+7\b", text)  # who, room, reading, minutes waiting
    assert "Fever" in text  # the follow-up's alert
    assert "People under observation who may not leave: 1." in text and "day 2 of 14" in text
    assert "Admin" in text or admin.display_name in text
    assert text.count("None") == 0
    assert_fonts_embedded(tmp_path, data)


def _handover(sessions: sessionmaker[Session], actor: Actor) -> bytes:
    with sessions() as session:
        return handover_pdf(session, actor, "en", untranslated)
