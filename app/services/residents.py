"""The residents roster: add or edit people, import a CSV from Excel, list them (masked)."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from datetime import date

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from app.domain._text import compact
from app.domain.identity import IdType, mask_id_number, parse_id_document, parse_id_type
from app.domain.names import name_keys, normalise_name
from app.domain.phone import mask_phone, parse_phone
from app.domain.rooms import RoomAddress, parse_room
from app.domain.tags import Tag, parse_tags
from app.errors import QT_TRANSLATE_NOOP, GatePostError, Message, NotFound, ValidationError
from app.models import Household, Person, new_id
from app.services import csv_input
from app.services.context import Actor, Role, audit, authorize
from app.services.site_time import local_today, site_zone

COLUMNS = ("name", "building", "unit", "room", "phone", "id_type", "id_number", "pass_no", "tags")
CHINESE_COLUMNS = dict(zip(
    ("姓名", "楼号", "单元", "室号", "电话", "证件类型", "证件号码", "出入证号", "标签"), COLUMNS,
    strict=True,
))


@dataclass(frozen=True)
class PersonForm:
    name: str
    building: str = ""
    unit: str = ""
    room: str = ""
    phone: str = ""
    id_type: str = ""
    id_number: str = ""
    pass_no: str = ""
    tags: str = ""


@dataclass(frozen=True)
class PersonView:
    id: uuid.UUID
    name: str
    room: str
    pass_no: str
    id_type: str
    masked_id: str
    masked_phone: str
    tags: list[str]
    language: str | None


@dataclass(frozen=True)
class RowProblem:
    line: int
    messages: list[Message | ValidationError]


@dataclass
class ImportReport:
    rows: int = 0
    created: int = 0
    updated: int = 0
    dry_run: bool = False
    errors: list[RowProblem] = field(default_factory=list)
    warnings: list[RowProblem] = field(default_factory=list)


@dataclass(frozen=True)
class _ValidPerson:
    name: str
    address: RoomAddress | None
    phone: str | None
    id_type: str | None
    id_number: str | None
    pass_no: str | None
    tags: list[str]
    language: str | None
    warnings: list[Message]


def _validate(form: PersonForm, today: date) -> _ValidPerson:
    """Check every field; raise an ``ExceptionGroup`` of ``ValidationError`` naming each bad one."""
    errors: list[ValidationError] = []
    warnings: list[Message] = []

    def attempt(fn, *args):
        try:
            return fn(*args)
        except ValidationError as error:
            errors.append(error)
            return None

    name = attempt(normalise_name, form.name)
    address = None
    if any((form.building.strip(), form.unit.strip(), form.room.strip())):
        joined = "-".join(p.strip() for p in (form.building, form.unit, form.room) if p.strip())
        address = attempt(parse_room, joined)
    phone = attempt(lambda raw: parse_phone(raw, required=False), form.phone)
    id_type = id_number = None
    if form.id_number.strip():
        kind = attempt(parse_id_type, form.id_type or IdType.RESIDENT_ID.value)
        document = kind and attempt(parse_id_document, kind, form.id_number, today)
        if document:
            id_type, id_number = document.type.value, document.number
            warnings.extend(document.warnings)
    pass_no = compact(form.pass_no).upper() or None
    if pass_no and not re.fullmatch(r"[A-Z0-9]{1,32}", pass_no):
        errors.append(ValidationError(
            "pass_no", QT_TRANSLATE_NOOP("Errors", "Use letters and digits only, at most 32.")
        ))
    parsed_tags = attempt(parse_tags, form.tags)
    if errors:
        raise ExceptionGroup("invalid person", errors)
    tags, language = parsed_tags
    return _ValidPerson(name, address, phone, id_type, id_number, pass_no, tags, language, warnings)


def person_view(person: Person, room_key: str) -> PersonView:
    return PersonView(
        person.id, person.name, room_key, person.pass_no or "", person.id_type or "",
        mask_id_number(person.id_number or ""), mask_phone(person.phone), list(person.tags),
        person.language,
    )


class _Roster:
    """The site's households and people, held in memory for an import or an addition.

    Rows are matched by pass number and by ID number; when the two point at different people,
    or a pass number now names somebody else, the row is refused rather than re-keying a
    person (whose check history would follow the pass to a stranger).
    """

    def __init__(self, session: Session, site_id: uuid.UUID) -> None:
        self.session, self.site_id = session, site_id
        self.households = {
            h.room_key: h
            for h in session.scalars(select(Household).where(Household.site_id == site_id))
        }
        people = list(session.scalars(
            select(Person).where(Person.site_id == site_id, Person.deleted.is_(False))))
        self.by_pass = {p.pass_no: p for p in people if p.pass_no}
        self.by_id = {p.id_number: p for p in people if p.id_number}
        self.by_name = {(p.name, p.household_id): p for p in people}

    def household(self, address: RoomAddress) -> Household:
        found = self.households.get(address.key)
        if found is None:
            found = Household(id=new_id(), site_id=self.site_id, building=address.building,
                              unit=address.unit, room=address.room, room_key=address.key)
            self.session.add(found)
            self.households[address.key] = found
        return found

    def match(self, valid: _ValidPerson) -> Person | None:
        """The person this row describes, or None for a new one; raises on a conflict."""
        by_pass = self.by_pass.get(valid.pass_no) if valid.pass_no else None
        by_id = self.by_id.get(valid.id_number) if valid.id_number else None
        if by_pass is not None and by_id is not None and by_pass is not by_id:
            raise ValidationError("pass_no", QT_TRANSLATE_NOOP(
                "Errors", "This pass number and this ID number belong to two different residents."))
        if by_pass is not None and by_id is None and (
            (valid.id_number and by_pass.id_number) or by_pass.name != valid.name
        ):
            raise ValidationError("pass_no", QT_TRANSLATE_NOOP(
                "Errors", "This pass number belongs to another resident ({name})."),
                name=by_pass.name)
        if by_pass or by_id:
            return by_pass or by_id
        household = self.households.get(valid.address.key) if valid.address else None
        if valid.address is not None and household is None:
            return None  # a new room: nobody can live there yet
        return self.by_name.get((valid.name, household.id if household else None))

    def check_free(self, person: Person, valid: _ValidPerson) -> None:
        """Refuse a pass or ID number that already names somebody other than ``person``."""
        other = self.by_pass.get(valid.pass_no) if valid.pass_no else None
        if other is not None and other is not person:
            raise ValidationError("pass_no", QT_TRANSLATE_NOOP(
                "Errors", "This pass number belongs to another resident ({name})."), name=other.name)
        other = self.by_id.get(valid.id_number) if valid.id_number else None
        if other is not None and other is not person:
            raise ValidationError("id_number", QT_TRANSLATE_NOOP(
                "Errors", "This ID number belongs to another resident ({name})."), name=other.name)

    def save(self, valid: _ValidPerson, columns: set[str]) -> tuple[Person, bool]:
        """Create or update; an update changes only the ``columns`` the file has."""
        person = self.match(valid)
        created = person is None
        if person is None:
            person = Person(id=new_id(), site_id=self.site_id)
            self.session.add(person)
            columns = set(COLUMNS)
        self.write(person, valid, columns)
        return person, created

    def write(self, person: Person, valid: _ValidPerson, columns: set[str]) -> None:
        initials, pinyin = name_keys(valid.name)
        person.name, person.name_initials, person.name_pinyin = valid.name, initials, pinyin
        if columns & {"building", "unit", "room"}:
            person.household_id = self.household(valid.address).id if valid.address else None
        if "phone" in columns:
            person.phone = valid.phone
        if "pass_no" in columns:
            self.by_pass.pop(person.pass_no, None)
            person.pass_no = valid.pass_no
        if "id_number" in columns:
            self.by_id.pop(person.id_number, None)
            person.id_type, person.id_number = valid.id_type, valid.id_number
            person.id_last4 = valid.id_number[-4:] if valid.id_number else None
        if "tags" in columns:
            person.tags, person.language = valid.tags, valid.language
        for index, key in ((self.by_pass, person.pass_no), (self.by_id, person.id_number)):
            if key:
                index[key] = person
        self.by_name[(person.name, person.household_id)] = person


def _validate_form(session: Session, actor: Actor, form: PersonForm) -> _ValidPerson:
    """The form checked as an import row is; the first bad field raised alone."""
    try:
        return _validate(form, local_today(site_zone(session, actor.site_id)))
    except ExceptionGroup as group:
        raise group.exceptions[0] from None


def add_person(session: Session, actor: Actor, form: PersonForm, *, new_only: bool = False) -> PersonView:
    """Add a resident, or update the one the form matches as an import row would.

    With ``new_only`` (a form meant for a new resident) a match is refused instead, so a
    resident typed twice is not overwritten with the blanks of the second form.
    """
    authorize(session, actor, Role.HEAD)
    valid = _validate_form(session, actor, form)
    roster = _Roster(session, actor.site_id)
    if new_only and (known := roster.match(valid)) is not None:
        field_name = ("pass_no" if valid.pass_no and known.pass_no == valid.pass_no
                      else "id_number" if valid.id_number and known.id_number == valid.id_number
                      else "name")
        raise ValidationError(field_name, QT_TRANSLATE_NOOP(
            "Errors", "{name} is already on the roster; edit their row instead."), name=known.name)
    person, created = roster.save(valid, set(COLUMNS))
    session.flush()
    audit(session, "person.add" if created else "person.update", "person", person.id)
    return person_view(person, valid.address.key if valid.address else "")


def _own_person(session: Session, actor: Actor, person_id: uuid.UUID) -> Person:
    person = session.get(Person, person_id)
    if person is None or person.site_id != actor.site_id or person.deleted:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This resident is no longer on the roster."))
    return person


def person_form(session: Session, actor: Actor, person_id: uuid.UUID) -> PersonForm:
    """A resident's details to edit, without the ID number or phone: those stay on record unseen.

    The address is all in ``room`` (building-unit-room), as one field reads it.
    """
    authorize(session, actor, Role.HEAD)
    person = _own_person(session, actor, person_id)
    household = session.get(Household, person.household_id) if person.household_id else None
    tags = [f"{t}:{person.language}" if t == Tag.FOREIGN and person.language else t for t in person.tags]
    return PersonForm(name=person.name, room=household.room_key if household else "",
                      id_type=person.id_type or "", pass_no=person.pass_no or "", tags=";".join(tags))


def update_person(session: Session, actor: Actor, person_id: uuid.UUID, form: PersonForm) -> PersonView:
    """Change one resident; a blank ID number or phone keeps the one on record."""
    authorize(session, actor, Role.HEAD)
    person = _own_person(session, actor, person_id)
    valid = _validate_form(session, actor, form)
    columns = set(COLUMNS)
    if valid.phone is None:
        columns.discard("phone")
    if valid.id_number is None:
        if person.id_type and form.id_type.strip() and parse_id_type(form.id_type).value != person.id_type:
            raise ValidationError("id_number", QT_TRANSLATE_NOOP(
                "Errors", "Type the ID number again to change the ID type."))
        columns.discard("id_number")
    roster = _Roster(session, actor.site_id)
    roster.check_free(person, valid)
    roster.write(person, valid, columns)
    session.flush()
    audit(session, "person.update", "person", person.id)
    return person_view(person, valid.address.key if valid.address else "")


class ImportCancelled(GatePostError):
    """The user stopped an import; its transaction is rolled back."""


def import_residents(session: Session, actor: Actor, data: bytes, *, dry_run: bool = False,
                     skip_invalid: bool = False,
                     progress: Callable[[int, int], bool] | None = None) -> ImportReport:
    """Import a roster CSV. With errors, nothing is written unless ``skip_invalid``.

    ``progress(done, total)`` is called as rows are written; returning False cancels, and
    the caller's transaction is rolled back by the ``ImportCancelled`` raised.
    """
    authorize(session, actor, Role.HEAD)
    report = ImportReport(dry_run=dry_run)
    today = local_today(site_zone(session, actor.site_id))
    roster = _Roster(session, actor.site_id)
    valid_rows: list[tuple[_ValidPerson, set[str]]] = []
    first_line: dict[tuple[str, str], int] = {}
    for line, row in csv_input.read_rows(data, COLUMNS, CHINESE_COLUMNS, required=("name",)):
        report.rows += 1
        if row.pop(csv_input.EXTRA_CELLS, None):
            report.errors.append(RowProblem(line, [ValidationError("file", QT_TRANSLATE_NOOP(
                "Errors", "This line has more cells than the first line; is a comma not in quotes?"
            ))]))
            continue
        try:
            valid = _validate(PersonForm(**row), today)
            roster.match(valid)
        except ExceptionGroup as group:
            report.errors.append(RowProblem(line, list(group.exceptions)))
            continue
        except ValidationError as conflict:
            report.errors.append(RowProblem(line, [conflict]))
            continue
        repeated = [
            ValidationError(name, QT_TRANSLATE_NOOP("Errors", "Also on line {line}."),
                            line=first_line[(name, value)])
            for name, value in (("pass_no", valid.pass_no), ("id_number", valid.id_number))
            if value and first_line.setdefault((name, value), line) != line
        ]
        if repeated:
            report.errors.append(RowProblem(line, repeated))
            continue
        if valid.warnings:
            report.warnings.append(RowProblem(line, list(valid.warnings)))
        valid_rows.append((valid, set(row)))
    if dry_run or (report.errors and not skip_invalid):
        return report
    for done, (valid, columns) in enumerate(valid_rows, 1):
        _person, created = roster.save(valid, columns)
        if created:
            report.created += 1
        else:
            report.updated += 1
        if done % 200 == 0 and progress is not None and progress(done, len(valid_rows)) is False:
            raise ImportCancelled(QT_TRANSLATE_NOOP("Errors", "Import cancelled; nothing was imported."))
    session.flush()
    audit(session, "residents.import", "person", None, created=report.created,
          updated=report.updated, skipped=len(report.errors))
    return report


def _natural(column: ColumnElement[str]) -> tuple[ColumnElement[Any], ...]:
    """Sort keys for natural order of numbers kept as text: 2 before 10, 201 before 1001."""
    return func.length(column), column


def list_residents(session: Session, actor: Actor, *, offset: int = 0,
                   limit: int | None = None) -> list[PersonView]:
    authorize(session, actor, Role.GUARD)
    query = (
        select(Person, Household.room_key)
        .outerjoin(Household, Person.household_id == Household.id)
        .where(Person.site_id == actor.site_id, Person.deleted.is_(False))
        .order_by(*_natural(Household.building), *_natural(Household.unit),
                  *_natural(Household.room), Person.name)
        .offset(offset).limit(limit)
    )
    return [person_view(person, room or "") for person, room in session.execute(query)]


def count_residents(session: Session, actor: Actor) -> int:
    authorize(session, actor, Role.GUARD)
    return session.scalar(
        select(func.count()).select_from(Person)
        .where(Person.site_id == actor.site_id, Person.deleted.is_(False))
    ) or 0
