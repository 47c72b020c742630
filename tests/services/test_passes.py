"""Temporary passes: the card's text, masking, numbering, validity, and ten cards to a sheet."""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
import segno
from reportlab.graphics.shapes import Rect
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.clock import FixedClock
from app.errors import ValidationError, untranslated
from app.models import AuditEntry, Person, Visit
from app.printing.passes import PassCard, passes_pdf
from app.printing.qr import QUIET_ZONE, dark_runs, qr_drawing
from app.services.context import Actor
from app.services.passes import person_pass_pdf, visit_pass_pdf
from app.services.policy import set_policy
from app.services.residents import PersonForm, add_person
from app.services.visitors import VisitorForm, VisitView, register_visitor, sign_out_visitor
from tests.helpers import SHANGHAI, resident_id

VISITOR_ID = resident_id("19900307", region="310104", seq="456")
RESIDENT_ID = resident_id("19700101", region="110105", seq="321")
FORM = VisitorForm(name="李四", id_type="resident_id", id_number=VISITOR_ID, phone="13800138000",
                   host="3-2-201", purpose="repair", temperature="36.5")


def poppler(tool: str, path: Path, *args: str) -> str:
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} (poppler-utils) is not installed")
    return subprocess.run([tool, *args, str(path)] if tool != "pdftotext" else [tool, *args, str(path), "-"],
                          capture_output=True, text=True, check=True).stdout


def pdf_text(tmp_path: Path, data: bytes) -> str:
    path = tmp_path / "out.pdf"
    path.write_bytes(data)
    return poppler("pdftotext", path, "-layout")


def pages(tmp_path: Path, data: bytes) -> int:
    path = tmp_path / "pages.pdf"
    path.write_bytes(data)
    return int(re.search(r"^Pages:\s+(\d+)", poppler("pdfinfo", path), re.MULTILINE).group(1))


def assert_fonts_embedded(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "fonts.pdf"
    path.write_bytes(data)
    rows = poppler("pdffonts", path).splitlines()[2:]
    assert rows, "no fonts at all"
    for row in rows:
        assert row.split()[0].split("+")[-1].startswith("GatePostSans"), row
        assert " yes yes yes " in row, row  # embedded, subset, with a Unicode map


def _visit(sessions: sessionmaker[Session], actor: Actor, **changes: object) -> VisitView:
    with sessions.begin() as session:
        return register_visitor(session, actor, dataclasses.replace(FORM, **changes))


def _resident(sessions: sessionmaker[Session], actor: Actor, name: str, room: str, **form: str) -> None:
    building, unit, number = room.split("-")
    with sessions.begin() as session:
        add_person(session, actor, PersonForm(name=name, building=building, unit=unit, room=number, **form))


def test_visit_pass_issued_now_and_printed_masked(sessions: sessionmaker[Session], admin: Actor,
                                                   fixed_clock: FixedClock, tmp_path: Path) -> None:
    visit = _visit(sessions, admin)
    fixed_clock.advance(minutes=20)
    with sessions.begin() as session:
        data = visit_pass_pdf(session, admin, visit.id, "en", untranslated)
    with sessions() as session:
        stored = session.get(Visit, visit.id)
        pass_no, until = stored.pass_no, stored.pass_valid_until
    assert re.fullmatch(r"T20260302-[0-9A-F]{4}-001", pass_no)
    assert until == fixed_clock.now() + timedelta(hours=12)  # from when it is issued
    text = pdf_text(tmp_path, data)
    assert pass_no in text
    assert "310104********" + VISITOR_ID[-4:] in text and VISITOR_ID not in text
    assert "13800138000" not in text
    assert "3-2-201" in text and "李四" in text and "Repair or maintenance" in text
    assert until.astimezone(SHANGHAI).strftime("%Y-%m-%d %H:%M") == "2026-03-02 22:20"
    assert "2026-03-02 22:20" in text and "Temporary pass" in text and "阳光花园" in text
    assert_fonts_embedded(tmp_path, data)

    with sessions.begin() as session:  # printed again: the same pass
        visit_pass_pdf(session, admin, visit.id, "en", untranslated)
    with sessions() as session:
        assert session.get(Visit, visit.id).pass_no == pass_no


def test_visit_pass_keeps_an_existing_number(sessions: sessionmaker[Session], admin: Actor,
                                             tmp_path: Path) -> None:
    visit = _visit(sessions, admin, issue_pass=True)
    with sessions.begin() as session:
        text = pdf_text(tmp_path, visit_pass_pdf(session, admin, visit.id, "zh_CN", untranslated))
    assert visit.pass_no in text


def test_no_pass_for_a_refused_or_departed_visitor(sessions: sessionmaker[Session], admin: Actor) -> None:
    refused = _visit(sessions, admin, admitted=False, refusal_reason="没有预约")
    left = _visit(sessions, admin, name="王五")
    with sessions.begin() as session:
        sign_out_visitor(session, admin, left.id)
    for visit_id in (refused.id, left.id):
        with sessions.begin() as session, pytest.raises(ValidationError) as raised:
            visit_pass_pdf(session, admin, visit_id, "en", untranslated)
        assert raised.value.field == "visit"
    with sessions() as session:
        assert session.scalars(select(Visit.pass_no).where(Visit.pass_no.is_not(None))).all() == []


def test_person_pass_allocates_then_reuses_its_number(sessions: sessionmaker[Session], admin: Actor,
                                                      fixed_clock: FixedClock, tmp_path: Path) -> None:
    _resident(sessions, admin, "赵六", "7-1-301", id_type="resident_id", id_number=RESIDENT_ID)
    with sessions.begin() as session:
        data = person_pass_pdf(session, admin, "赵六", "en", untranslated)
    with sessions() as session:
        person = session.scalars(select(Person).where(Person.name == "赵六")).one()
        first_no, until = person.pass_no, person.pass_valid_until
        audited = session.scalars(select(AuditEntry.action).where(AuditEntry.entity_id == person.id)).all()
    assert re.fullmatch(r"L[0-9A-F]{4}0001", first_no)
    assert until == date(2026, 4, 1)  # 2 March + 30 days, the default
    assert "person.pass" in audited
    text = pdf_text(tmp_path, data)
    assert first_no in text and "7-1-301" in text and "2026-04-01" in text
    assert RESIDENT_ID[:6] + "********" + RESIDENT_ID[-4:] in text and RESIDENT_ID not in text

    with sessions.begin() as session:
        set_policy(session, admin, "temporary_pass_days", "7")
    fixed_clock.advance(days=3)
    with sessions.begin() as session:  # found by its new number, as a scanner would type it
        person_pass_pdf(session, admin, first_no, "en", untranslated)
    with sessions() as session:
        person = session.scalars(select(Person).where(Person.name == "赵六")).one()
    assert (person.pass_no, person.pass_valid_until) == (first_no, date(2026, 3, 12))


def test_person_pass_numbers_count_up(sessions: sessionmaker[Session], admin: Actor) -> None:
    _resident(sessions, admin, "甲", "1-1-101")
    _resident(sessions, admin, "乙", "1-1-102")
    with sessions.begin() as session:
        person_pass_pdf(session, admin, "1-1-101", "en", untranslated)
        person_pass_pdf(session, admin, "1-1-102", "en", untranslated)
    with sessions() as session:
        numbers = sorted(session.scalars(select(Person.pass_no)).all())
    assert [n[-4:] for n in numbers] == ["0001", "0002"] and numbers[0][:5] == numbers[1][:5]


def test_card_holder_keeps_the_card_number(sessions: sessionmaker[Session], admin: Actor,
                                           tmp_path: Path) -> None:
    _resident(sessions, admin, "张三", "3-2-201", pass_no="A001")
    with sessions.begin() as session:
        text = pdf_text(tmp_path, person_pass_pdf(session, admin, "A001", "en", untranslated))
    with sessions() as session:
        person = session.scalars(select(Person)).one()
    assert (person.pass_no, person.pass_valid_until) == ("A001", None)  # the card stays permanent
    assert "A001" in text


def test_person_query_must_name_exactly_one(sessions: sessionmaker[Session], admin: Actor) -> None:
    _resident(sessions, admin, "王一", "2-1-101")
    _resident(sessions, admin, "王二", "2-1-102")
    for query in ("王", "nobody"):
        with sessions.begin() as session, pytest.raises(ValidationError) as raised:
            person_pass_pdf(session, admin, query, "en", untranslated)
        assert raised.value.field == "person"
    with sessions() as session:
        assert session.scalars(select(Person.pass_no).where(Person.pass_no.is_not(None))).all() == []


def _card(n: int) -> PassCard:
    at = datetime(2026, 3, 2, 10, 0, tzinfo=SHANGHAI)
    return PassCard(f"T20260302-3F2A-{n:03d}", "佐藤 健", "TZ*****67", "5-1-101", True, "Delivery",
                    at + timedelta(hours=12), "Guard", at, "阳光花园")


def test_ten_cards_to_a_sheet(tmp_path: Path) -> None:
    ten = passes_pdf([_card(n) for n in range(1, 11)], "ja", untranslated)
    eleven = passes_pdf([_card(n) for n in range(1, 12)], "ja", untranslated)
    assert (pages(tmp_path, ten), pages(tmp_path, eleven)) == (1, 2)
    text = pdf_text(tmp_path, eleven)
    assert all(f"T20260302-3F2A-{n:03d}" in text for n in range(1, 12))
    assert_fonts_embedded(tmp_path, eleven)


def test_qr_draws_segno_matrix_with_square_modules() -> None:
    text = "T20260302-3F2A-007"
    matrix = segno.make(text, error="m", micro=False).matrix
    size = 72.0
    drawing = qr_drawing(text, size)
    dark = [s for s in drawing.contents if isinstance(s, Rect) and s.fillColor.rgb() == (0, 0, 0)]
    unit = size / (len(matrix) + 2 * QUIET_ZONE)
    assert all(abs(r.height - unit) < 1e-9 for r in dark)  # one module high: runs are horizontal
    # Each rectangle maps back to exactly the dark modules of the matrix.
    drawn = set()
    for r in dark:
        row = round((size - r.y) / unit) - QUIET_ZONE - 1
        first = round(r.x / unit) - QUIET_ZONE
        drawn |= {(row, first + i) for i in range(round(r.width / unit))}
    expected = {(y, x) for y, line in enumerate(matrix) for x, v in enumerate(line) if v}
    assert drawn == expected
    assert len(dark) == len(dark_runs(matrix)) < len(expected)  # merged runs
