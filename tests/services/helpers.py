"""Helpers shared by the service and CLI tests: valid ID numbers, roster files, row counts."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker
from stdnum.cn import ric

ENGLISH_HEADER = "name,building,unit,room,phone,id_type,id_number,pass_no,tags"
CHINESE_HEADER = "姓名,楼号,单元,室号,电话,证件类型,证件号码,出入证号,标签"


def resident_id(born: str = "19800101", region: str = "110105", seq: str = "123") -> str:
    """A resident ID number with a correct check digit (``calc_check_digit`` skips the last)."""
    body = f"{region}{born}{seq}"
    return body + ric.calc_check_digit(body + "0")


def resident_id_ending_x(born: str = "19800101", region: str = "110105") -> str:
    for n in range(1000):
        number = resident_id(born, region, f"{n:03d}")
        if number.endswith("X"):
            return number
    raise AssertionError("no sequence gives the check digit X")


def wrong_check_digit(number: str) -> str:
    digit = "0" if number[-1] != "0" else "1"
    return number[:-1] + digit


def count(sessions: sessionmaker[Session], model: type) -> int:
    with sessions() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def csv_bytes(lines: list[str], encoding: str = "utf-8") -> bytes:
    return ("\r\n".join(lines) + "\r\n").encode(encoding)
