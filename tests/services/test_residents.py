"""Roster import from CSV as Excel writes it in China, and the masked view of a resident."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.errors import ValidationError
from app.models import AuditEntry, Household, Person
from app.services import csv_input
from app.services.context import Actor
from app.services.residents import (
    COLUMNS, ImportReport, PersonForm, add_person, count_residents, import_residents,
    list_residents,
)
from tests.helpers import (
    CHINESE_HEADER, ENGLISH_HEADER, count, csv_bytes, resident_id, resident_id_ending_x,
    wrong_check_digit,
)

ID_ZHANG = resident_id_ending_x("19850512")
ID_WANG = resident_id("19420101", seq="007")
# Names and IDs GBK can encode: 喆 and 堃 are in GBK, not in GB2312.
GBK_ROWS = [
    f"张三,3,2,201,13800138000,身份证,{ID_ZHANG},A001,",
    f"王喆,3,2,202,13900139000,身份证,{ID_WANG},A002,独居老人",
    "李堃,5,1,101,,,,A003,",
    "佐藤 健,5,1,102,,passport,TR1234567,A004,独居老人;外籍:日语",
]
GBK_NAMES = ["张三", "王喆", "李堃", "佐藤 健"]


def _import(sessions: sessionmaker[Session], actor: Actor, data: bytes, **options: bool) -> ImportReport:
    with sessions.begin() as session:
        return import_residents(session, actor, data, **options)


def _names(sessions: sessionmaker[Session], actor: Actor) -> list[str]:
    with sessions() as session:
        return sorted(p.name for p in list_residents(session, actor))


def _counts(sessions: sessionmaker[Session]) -> tuple[int, int, int]:
    return count(sessions, Person), count(sessions, Household), count(sessions, AuditEntry)


def _problems(report: ImportReport) -> set[tuple[int, str]]:
    return {(p.line, m.field) for p in report.errors for m in p.messages}


def test_english_and_chinese_headers_import_the_same(sessions: sessionmaker[Session],
                                                    admin: Actor) -> None:
    english = _import(sessions, admin, csv_bytes([ENGLISH_HEADER, *GBK_ROWS]))
    assert (english.rows, english.created, english.updated, english.errors) == (4, 4, 0, [])
    with sessions() as session:
        english_people = list_residents(session, admin)
    chinese = _import(sessions, admin, csv_bytes([CHINESE_HEADER, *GBK_ROWS]))
    assert (chinese.created, chinese.updated, chinese.errors) == (0, 4, [])
    with sessions() as session:
        assert list_residents(session, admin) == english_people
    assert [p.room for p in english_people] == ["3-2-201", "3-2-202", "5-1-101", "5-1-102"]
    assert sorted(p.name for p in english_people) == sorted(GBK_NAMES)


def test_utf8_bom_and_gbk_files_give_the_same_names(sessions: sessionmaker[Session],
                                                   admin: Actor) -> None:
    assert "喆".encode("gbk") and "堃".encode("gbk")
    for encoding in ("utf-8", "utf-8-sig", "gbk"):
        data = csv_bytes([CHINESE_HEADER, *GBK_ROWS], encoding)
        if encoding == "gbk":
            with pytest.raises(UnicodeDecodeError):
                data.decode("utf-8")
        report = _import(sessions, admin, data)
        assert report.errors == [], encoding
        assert report.created + report.updated == 4
        assert _names(sessions, admin) == sorted(GBK_NAMES), encoding
    assert count(sessions, Person) == 4


def test_rare_and_foreign_names_survive(sessions: sessionmaker[Session], admin: Actor) -> None:
    names = ["王喆", "李堃", "𠮷田 翔太", "佐藤 健", "김민준", "José García"]
    rows = [f"{name},7,1,{100 + i},,,,F{i},外籍:日语" if i in (2, 3) else f"{name},7,1,{100 + i},,,,F{i},"
            for i, name in enumerate(names)]
    report = _import(sessions, admin, csv_bytes([ENGLISH_HEADER, *rows]))
    assert (report.created, report.errors) == (6, [])
    assert _names(sessions, admin) == sorted(names)
    with sessions() as session:
        yoshida = session.scalars(select(Person).where(Person.pass_no == "F2")).one()
    assert (yoshida.name, yoshida.language, yoshida.tags) == ("𠮷田 翔太", "ja", ["foreign"])


def test_every_bad_row_is_reported_with_its_line_and_field(sessions: sessionmaker[Session],
                                                         admin: Actor) -> None:
    future = resident_id("20990101")
    bad_check = wrong_check_digit(resident_id("19700101", seq="321"))
    lines = [
        ENGLISH_HEADER + ",备注",                                                   # 1
        f"张三,3,2,201,13800138000,,{ID_ZHANG},A001,,",                              # 2
        '王喆,3,2,202,,,,A002,,"两行的\n备注"',                                     # 3-4
        "李四,3,2,203,12345,,,A003,,",                                              # 5
        f"王五,3,2,204,,,{bad_check},A004,,",                                       # 6
        '"赵\n六",3,2,205,,,,A005,VIP,',                                            # 7-8
        f"钱七,3,2,206,1380013,,{future},A006,,",                                   # 9
        "",                                                                         # 10
        ",3,2,207,,,,A007,,",                                                       # 11
        "孙八,3,2,208,,,,A008,,",                                                   # 12
    ]
    before = _counts(sessions)
    report = _import(sessions, admin, csv_bytes(lines))
    assert _problems(report) == {(5, "phone"), (6, "id_number"), (7, "tags"), (9, "phone"),
                                 (9, "id_number"), (11, "name")}
    assert [p.line for p in report.errors] == [5, 6, 7, 9, 11]
    assert report.rows == 8
    assert _counts(sessions) == before
    for problem in report.errors:
        for message in problem.messages:
            text = message.render()
            assert bad_check not in text and future not in text and "1380013" not in text

    with_skip = _import(sessions, admin, csv_bytes(lines), skip_invalid=True)
    assert (with_skip.created, len(with_skip.errors)) == (3, 5)
    assert _names(sessions, admin) == sorted(["张三", "王喆", "孙八"])
    with sessions() as session:
        audit = session.scalars(select(AuditEntry).where(AuditEntry.action == "residents.import")).one()
    assert audit.detail == {"created": 3, "updated": 0, "skipped": 5}


def test_dry_run_writes_nothing(sessions: sessionmaker[Session], admin: Actor) -> None:
    before = _counts(sessions)
    report = _import(sessions, admin, csv_bytes([ENGLISH_HEADER, *GBK_ROWS]), dry_run=True)
    assert (report.rows, report.created, report.updated, report.errors) == (4, 0, 0, [])
    assert report.dry_run
    assert _counts(sessions) == before


def test_reimport_updates_by_pass_number(sessions: sessionmaker[Session], admin: Actor) -> None:
    _import(sessions, admin, csv_bytes([ENGLISH_HEADER, *GBK_ROWS]))
    people, households, _ = _counts(sessions)
    changed = [GBK_ROWS[0].replace("13800138000", "13612345678"), *GBK_ROWS[1:]]
    report = _import(sessions, admin, csv_bytes([ENGLISH_HEADER, *changed]))
    assert (report.created, report.updated) == (0, 4)
    assert _counts(sessions)[:2] == (people, households)
    with sessions() as session:
        zhang = session.scalars(select(Person).where(Person.pass_no == "A001")).one()
    assert zhang.phone == "+8613612345678"


def test_same_pass_number_twice_names_the_first_line(sessions: sessionmaker[Session],
                                                    admin: Actor) -> None:
    lines = [ENGLISH_HEADER, GBK_ROWS[0], GBK_ROWS[2], GBK_ROWS[1].replace("A002", "a001")]
    before = _counts(sessions)
    report = _import(sessions, admin, csv_bytes(lines))
    assert _problems(report) == {(4, "pass_no")}
    [message] = report.errors[0].messages
    assert message.render() == "Pass number: Also on line 2."
    assert _counts(sessions) == before


def test_same_id_number_twice_is_an_error(sessions: sessionmaker[Session], admin: Actor) -> None:
    lines = [ENGLISH_HEADER, GBK_ROWS[0], GBK_ROWS[0].replace("A001", "A009").replace("张三", "张叁")]
    report = _import(sessions, admin, csv_bytes(lines))
    assert _problems(report) == {(3, "id_number")}
    assert "line 2" in report.errors[0].messages[0].render()


def test_hostile_files_are_refused_whole(sessions: sessionmaker[Session], admin: Actor) -> None:
    files = {
        "empty": b"",
        "bom only": b"\xef\xbb\xbf",
        "NUL bytes": b"name\r\n\xe5\xbc\xa0\x00\x00\r\n",
        "over 20 MB": b"name\n" + b"a" * (csv_input.MAX_BYTES + 1),
        "undecodable": b"name\r\n\xff\xfe\xfd\xfc\r\n",
        "no name column": "楼号,室号\r\n3,201\r\n".encode(),
        "field over the csv limit": ENGLISH_HEADER.encode() + b'\r\n"' + b"x" * 200_000 + b'"\r\n',
    }
    before = _counts(sessions)
    for case, data in files.items():
        with pytest.raises(ValidationError) as raised, sessions.begin() as session:
            import_residents(session, admin, data)
        assert raised.value.field == "file", case
    assert _counts(sessions) == before


def test_missing_name_column_is_named() -> None:
    with pytest.raises(ValidationError) as raised:
        list(csv_input.read_rows(b"building,room\n3,201\n", COLUMNS, {}, required=("name",)))
    assert raised.value.message.params == {"columns": "name"}


def test_row_with_more_cells_than_the_header_is_reported(sessions: sessionmaker[Session],
                                                        admin: Actor) -> None:
    lines = [ENGLISH_HEADER, GBK_ROWS[0],
             "王喆,3,2,202,,,,A002,独居老人,外籍",   # an unquoted comma split the tags
             GBK_ROWS[2] + ",,,"]                    # empty trailing cells are harmless
    report = _import(sessions, admin, csv_bytes(lines), skip_invalid=True)
    assert _problems(report) == {(3, "file")}
    assert _names(sessions, admin) == sorted(["张三", "李堃"])


def test_huge_fields_are_truncated_not_fatal(sessions: sessionmaker[Session], admin: Actor) -> None:
    data = csv_bytes([ENGLISH_HEADER, "张" * 5000 + ",3,2,201,,,,A001,", f"李四,3,2,202,,,,{'9' * 5000},"])
    [(_, first), (_, second)] = csv_input.read_rows(data, COLUMNS, {}, required=("name",))
    assert len(first["name"]) == len(second["pass_no"]) == csv_input.MAX_FIELD
    report = _import(sessions, admin, data)
    assert _problems(report) == {(2, "name"), (3, "pass_no")}
    assert count(sessions, Person) == 0


def test_tags_with_chinese_aliases_and_language(sessions: sessionmaker[Session], admin: Actor) -> None:
    lines = [CHINESE_HEADER, "佐藤 健,5,1,102,,,,A004,独居老人;外籍:日语",
             "김민준,5,1,103,,,,A005,外籍：韩语",
             "王大爷,5,1,104,,,,A006,独居；透析"]
    assert _import(sessions, admin, csv_bytes(lines)).errors == []
    with sessions() as session:
        views = {p.pass_no: (p.tags, p.language) for p in list_residents(session, admin)}
    assert views == {"A004": (["elderly_alone", "foreign"], "ja"),
                     "A005": (["foreign"], "ko"),
                     "A006": (["elderly_alone", "dialysis"], None)}


def test_unknown_region_only_warns(sessions: sessionmaker[Session], admin: Actor) -> None:
    odd_region = resident_id("19800101", region="999999")
    report = _import(sessions, admin, csv_bytes([ENGLISH_HEADER, f"张三,3,2,201,,,{odd_region},A001,"]))
    assert (report.created, report.errors) == (1, [])
    assert [w.line for w in report.warnings] == [2]
    assert "999999" in report.warnings[0].messages[0].render()


def test_person_view_masks_id_and_phone(sessions: sessionmaker[Session], admin: Actor) -> None:
    with sessions.begin() as session:
        view = add_person(session, admin, PersonForm(
            name="张三", building="3", unit="2", room="201", phone="138 0013 8000",
            id_number=ID_ZHANG, pass_no="a001"))
    assert ID_ZHANG.endswith("X")
    assert view.masked_id == f"{ID_ZHANG[:6]}********{ID_ZHANG[-4:]}"
    assert view.masked_id.startswith("110105") and view.masked_id.endswith("X")
    assert ID_ZHANG[6:14] not in view.masked_id
    assert view.masked_phone == "138****8000"
    assert (view.room, view.pass_no, view.id_type) == ("3-2-201", "A001", "resident_id")
    with sessions() as session:
        [listed] = list_residents(session, admin)
        assert count_residents(session, admin) == 1
    assert listed == view
    assert ID_ZHANG not in repr(listed) and "13800138000" not in repr(listed)


def test_add_person_rejects_a_bad_id_and_writes_nothing(sessions: sessionmaker[Session],
                                                       admin: Actor) -> None:
    before = _counts(sessions)
    with pytest.raises(ValidationError) as raised, sessions.begin() as session:
        add_person(session, admin, PersonForm(name="张三", building="3", unit="2", room="201",
                                              id_number=wrong_check_digit(ID_ZHANG)))
    assert raised.value.field == "id_number"
    assert _counts(sessions) == before
