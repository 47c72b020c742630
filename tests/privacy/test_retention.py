"""The retention purge on real files: the boundary day, what stays (the roster, a day's counts),
what goes (visits, checks, ended observations), and the bytes gone from the encrypted file."""

from __future__ import annotations

import ctypes
import ctypes.util
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from app import clock
from app.db.engine import PAGE_SIZE, make_session_factory, sqlite_url
from app.db.migrate import open_database
from app.models import DayTotal, PurgeRecord, Returnee, TemperatureCheck, Visit
from app.paths import DB_FILE_NAME
from app.services.audit_log import list_audit
from app.services.checks import CheckForm, list_checks, record_check
from app.services.context import Actor
from app.services.lookup import find_resident
from app.services.policy import set_policy
from app.services.reports import daily_figures
from app.services.residents import import_residents, list_residents
from app.services.retention import purge_expired
from app.services.returnees import ReturneeForm, add_returnee, end_observation
from app.services.visitors import VisitorForm, list_visits, register_visitor
from tests.helpers import ENGLISH_HEADER, START, build_initialised_database, csv_bytes, gate_key, resident_id

DAY = START.date()
VISITOR = "欧阳娜娜"
VISITOR_ID = resident_id("19900307", region="310104", seq="456")


def _call(sessions: sessionmaker[Session], actor: Actor, fn, *args, **kw):
    with sessions.begin() as session:
        return fn(session, actor, *args, **kw)


def _traffic(sessions: sessionmaker[Session], actor: Actor) -> dict[str, object]:
    """Two residents, a visitor, a courier and an observation that ends the next day, on ``DAY``."""
    _call(sessions, actor, import_residents, csv_bytes([
        ENGLISH_HEADER, f"张三,3,2,201,13812348000,resident_id,{resident_id(seq='011')},00001,",
        "李四,3,2,202,,,,00002,"]))
    zhang = _call(sessions, actor, find_resident, "00001")
    _call(sessions, actor, record_check, CheckForm(reading="36.5", person_id=zhang))
    _call(sessions, actor, record_check, CheckForm(reading="36.4", person_id=zhang))
    _call(sessions, actor, record_check, CheckForm(reading="36.6", subject_kind="courier", subject_label="快递"))
    _call(sessions, actor, register_visitor, VisitorForm(
        name=VISITOR, id_type="resident_id", id_number=VISITOR_ID, phone="13912345678", host="3-2-201",
        purpose="visit", temperature="36.5"))
    li = _call(sessions, actor, find_resident, "00002")
    returnee = _call(sessions, actor, add_returnee, ReturneeForm(li, "420106", DAY - timedelta(days=13)))
    clock.use_clock(clock.FixedClock(START + timedelta(days=1)))
    _call(sessions, actor, end_observation, returnee.id, "released")
    clock.use_clock(clock.FixedClock(START))
    return {"zhang": zhang, "li": li}


def _at(days: float) -> None:
    clock.use_clock(clock.FixedClock(START + timedelta(days=days)))


def _rows(sessions: sessionmaker[Session], model: type) -> int:
    with sessions() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_the_purge_keeps_the_boundary_day_and_deletes_the_day_before(
        sessions: sessionmaker[Session], admin: Actor, fixed_clock: clock.FixedClock) -> None:
    _traffic(sessions, admin)
    with sessions() as session:
        before = daily_figures(session, admin.site_id, DAY)
    assert (before.checks, before.people, before.admitted) == (4, 3, 1)

    _at(28)  # the visit's day is the oldest one kept
    kept = purge_expired(sessions, admin)
    assert kept.kept_from == DAY and kept.total == 0
    assert (_rows(sessions, Visit), _rows(sessions, TemperatureCheck)) == (1, 4)

    _at(29)
    dry = purge_expired(sessions, admin, dry_run=True)
    assert dry.counts == {"visits": 1, "visitor_checks": 1, "resident_checks": 2, "other_checks": 1,
                          "returnees": 0, "follow_ups": 0, "observation_alerts": 0, "exit_attempts": 0,
                          "household_outings": 0}
    assert _rows(sessions, Visit) == 1  # a dry run counts, and deletes nothing
    done = purge_expired(sessions, admin)
    assert done.counts == dry.counts and not done.dry_run
    with sessions() as session:
        assert list_visits(session, admin, DAY) == [] and list_checks(session, admin, DAY) == []
        assert [p.name for p in list_residents(session, admin)] == ["张三", "李四"]  # the roster stays
        after = daily_figures(session, admin.site_id, DAY)
        assert session.scalar(select(Returnee.outcome)) == "released"  # ended the day after: one more day
        assert [r.action for r in list_audit(session, admin, DAY + timedelta(days=29))][-1] == "data.purge"
        record = session.scalars(select(PurgeRecord)).one()
    # The day keeps its counts, without anybody's name.
    assert (after.checks, after.people, after.fevers, after.admitted, after.refused) == (4, 3, 0, 1, 0)
    assert after.fever_rows.rows == () and after.inside.rows == ()
    assert sum(sum(hours) for _gate, hours in after.by_hour) == 4
    assert record.observations_before == DAY + timedelta(days=1)

    _at(30)
    assert purge_expired(sessions, admin).counts["returnees"] == 1
    assert _rows(sessions, Returnee) == 0
    assert _rows(sessions, DayTotal) == 1


def test_a_purge_that_stops_half_way_keeps_the_counts_exact(
        sessions: sessionmaker[Session], admin: Actor, fixed_clock: clock.FixedClock) -> None:
    """Batches of two rows: a person's checks of a day stay together, so people are not counted twice."""
    _traffic(sessions, admin)
    _at(29)
    purge_expired(sessions, admin, batch=2)
    with sessions() as session:
        after = daily_figures(session, admin.site_id, DAY)
    assert (after.checks, after.people, after.admitted) == (4, 3, 1)


def test_the_office_can_shorten_the_period_within_its_range(
        sessions: sessionmaker[Session], admin: Actor, fixed_clock: clock.FixedClock) -> None:
    _traffic(sessions, admin)
    from app.errors import ValidationError

    for wrong in ("6", "366"):
        with pytest.raises(ValidationError):
            _call(sessions, admin, set_policy, "retention_days", wrong)
    _call(sessions, admin, set_policy, "retention_days", "7")
    _at(8)
    assert purge_expired(sessions, None).counts["visits"] == 1  # the program's own purge: no role needed


# --- the bytes ---------------------------------------------------------------------------------------


def _aes_cbc_decrypt(key: bytes, iv: bytes, data: bytes) -> bytes:
    """AES-256-CBC without padding, through the system's libcrypto (which SQLCipher uses too)."""
    crypto = ctypes.CDLL(ctypes.util.find_library("crypto") or "libcrypto.so.3")
    crypto.EVP_CIPHER_CTX_new.restype = ctypes.c_void_p
    crypto.EVP_aes_256_cbc.restype = ctypes.c_void_p
    context = crypto.EVP_CIPHER_CTX_new()
    out, length = ctypes.create_string_buffer(len(data) + 32), ctypes.c_int(0)
    try:
        assert crypto.EVP_DecryptInit_ex(ctypes.c_void_p(context), ctypes.c_void_p(crypto.EVP_aes_256_cbc()), None,
                                         key, iv) == 1
        crypto.EVP_CIPHER_CTX_set_padding(ctypes.c_void_p(context), 0)
        assert crypto.EVP_DecryptUpdate(ctypes.c_void_p(context), out, ctypes.byref(length), data, len(data)) == 1
        return out.raw[:length.value]
    finally:
        crypto.EVP_CIPHER_CTX_free(ctypes.c_void_p(context))


RESERVE = 80  # SQLCipher 4: a 16-byte IV and a 64-byte HMAC at the end of every page


def decrypted_pages(path: Path, key: bytes) -> bytes:
    """Every page of an SQLCipher file decrypted, free pages and all (what ``sqlcipher_export``
    would leave out). Page 1 starts with the salt, then SQLite's header from byte 16."""
    data = path.read_bytes()
    pages = []
    for start in range(0, len(data) - PAGE_SIZE + 1, PAGE_SIZE):
        page = data[start:start + PAGE_SIZE]
        first = 16 if start == 0 else 0
        iv = page[PAGE_SIZE - RESERVE:PAGE_SIZE - RESERVE + 16]
        pages.append(_aes_cbc_decrypt(key, iv, page[first:PAGE_SIZE - RESERVE]))
    assert pages[0][:2] == PAGE_SIZE.to_bytes(2, "big"), "the pages did not decrypt"
    return b"".join(pages)


def test_the_purged_bytes_are_gone_from_the_encrypted_file(tmp_path: Path) -> None:
    """Read below SQLite: every page of the file decrypted with the key, the name searched for."""
    folder = tmp_path / "gate"
    folder.mkdir()
    actor = build_initialised_database(folder, encrypted=True)
    key = gate_key(folder)
    previous = clock.use_clock(clock.FixedClock(START))
    engine = open_database(sqlite_url(folder), key=key)
    try:
        sessions = make_session_factory(engine)
        _traffic(sessions, actor)
        wanted = [VISITOR.encode(), VISITOR_ID.encode()]
        engine.dispose()
        assert all(w in decrypted_pages(folder / DB_FILE_NAME, key) for w in wanted)  # the search finds it

        _at(29)
        assert purge_expired(sessions, actor).counts["visits"] == 1
        engine.dispose()
        assert not (folder / f"{DB_FILE_NAME}-wal").exists() or (folder / f"{DB_FILE_NAME}-wal").stat().st_size == 0
        pages = decrypted_pages(folder / DB_FILE_NAME, key)
        assert not any(w in pages for w in wanted)
        with engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA freelist_count").scalar() == 0  # freed pages given back
            assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    finally:
        engine.dispose()
        clock.use_clock(previous)

