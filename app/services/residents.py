"""The residents roster: add people, import a CSV from Excel, list them (masked)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.identity import IdType, mask_id_number, parse_id_document, parse_id_type
from app.domain.names import name_keys, normalise_name
from app.domain.phone import mask_phone, parse_phone
from app.domain.rooms import RoomAddress, parse_room
from app.domain.tags import parse_tags
from app.errors import QT_TRANSLATE_NOOP, Message, ValidationError
from app.models import Household, Person
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

    @property
    def imported(self) -> bool:
        return not self.dry_run and not self.errors


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
    pass_no = form.pass_no.strip().upper() or None
    if pass_no and (len(pass_no) > 32 or not pass_no.isalnum()):
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
    """Households and people of a site, looked up by the keys an import matches on."""

    def __init__(self, session: Session, site_id: uuid.UUID) -> None:
        self.session, self.site_id = session, site_id
        self.households = {
            h.room_key: h
            for h in session.scalars(select(Household).where(Household.site_id == site_id))
        }

    def household(self, address: RoomAddress) -> Household:
        found = self.households.get(address.key)
        if found is None:
            found = Household(site_id=self.site_id, building=address.building,
                              unit=address.unit, room=address.room, room_key=address.key)
            self.session.add(found)
            self.session.flush()
            self.households[address.key] = found
        return found

    def existing(self, valid: _ValidPerson, household_id: uuid.UUID | None) -> Person | None:
        query = select(Person).where(Person.site_id == self.site_id, Person.deleted.is_(False))
        if valid.pass_no:
            return self.session.scalars(query.where(Person.pass_no == valid.pass_no)).first()
        if valid.id_number:
            return self.session.scalars(query.where(Person.id_number == valid.id_number)).first()
        return self.session.scalars(
            query.where(Person.name == valid.name, Person.household_id == household_id)
        ).first()

    def save(self, valid: _ValidPerson) -> tuple[Person, bool]:
        household = self.household(valid.address) if valid.address else None
        household_id = household.id if household else None
        person = self.existing(valid, household_id)
        created = person is None
        if person is None:
            person = Person(site_id=self.site_id)
            self.session.add(person)
        initials, pinyin = name_keys(valid.name)
        person.name, person.name_initials, person.name_pinyin = valid.name, initials, pinyin
        person.household_id = household_id
        person.phone, person.pass_no = valid.phone, valid.pass_no
        person.id_type, person.id_number = valid.id_type, valid.id_number
        person.id_last4 = valid.id_number[-4:] if valid.id_number else None
        person.tags, person.language = valid.tags, valid.language
        return person, created


def add_person(session: Session, actor: Actor, form: PersonForm) -> PersonView:
    authorize(session, actor, Role.HEAD)
    try:
        valid = _validate(form, local_today(site_zone(session, actor.site_id)))
    except ExceptionGroup as group:
        raise group.exceptions[0] from None
    person, created = _Roster(session, actor.site_id).save(valid)
    session.flush()
    audit(session, "person.add" if created else "person.update", "person", person.id)
    return person_view(person, valid.address.key if valid.address else "")


def import_residents(session: Session, actor: Actor, data: bytes, *, dry_run: bool = False,
                     skip_invalid: bool = False) -> ImportReport:
    """Import a roster CSV. With errors, nothing is written unless ``skip_invalid``."""
    authorize(session, actor, Role.HEAD)
    report = ImportReport(dry_run=dry_run)
    today = local_today(site_zone(session, actor.site_id))
    valid_rows: list[tuple[int, _ValidPerson]] = []
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
        except ExceptionGroup as group:
            report.errors.append(RowProblem(line, list(group.exceptions)))
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
        valid_rows.append((line, valid))
    if dry_run or (report.errors and not skip_invalid):
        return report
    roster = _Roster(session, actor.site_id)
    for _line, valid in valid_rows:
        _person, created = roster.save(valid)
        if created:
            report.created += 1
        else:
            report.updated += 1
        if (report.created + report.updated) % 500 == 0:
            session.flush()
    session.flush()
    audit(session, "residents.import", "person", None, created=report.created,
          updated=report.updated, skipped=len(report.errors))
    return report


def list_residents(session: Session, actor: Actor, *, offset: int = 0,
                   limit: int | None = None) -> list[PersonView]:
    authorize(session, actor, Role.GUARD)
    query = (
        select(Person, Household.room_key)
        .outerjoin(Household, Person.household_id == Household.id)
        .where(Person.site_id == actor.site_id, Person.deleted.is_(False))
        .order_by(Household.building, Household.unit, Household.room, Person.name)
        .offset(offset).limit(limit)
    )
    return [person_view(person, room or "") for person, room in session.execute(query)]


def count_residents(session: Session, actor: Actor) -> int:
    authorize(session, actor, Role.GUARD)
    return session.scalar(
        select(func.count()).select_from(Person)
        .where(Person.site_id == actor.site_id, Person.deleted.is_(False))
    ) or 0
