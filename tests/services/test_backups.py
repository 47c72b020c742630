"""Backups: a manual one needs a head or an admin, is audited and owner-only; automatic ones are
pruned to the newest fourteen, and a manual one is never pruned."""

from __future__ import annotations

import dataclasses
import os
import sqlite3
import stat
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.clock import FixedClock
from app.db.migrate import AUTOMATIC_KEPT, backup_sqlite
from app.errors import PermissionDenied
from app.models import AuditEntry
from app.services.backups import back_up_database
from app.services.context import Actor, Role

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _audited(sessions: sessionmaker[Session]) -> list[tuple[str, dict]]:
    with sessions() as session:
        return [(e.action, e.detail) for e in session.scalars(
            select(AuditEntry).where(AuditEntry.action == "database.backup"))]


def test_a_guard_may_not_take_a_backup(sessions: sessionmaker[Session], admin: Actor, data_dir: Path) -> None:
    guard = dataclasses.replace(admin, role=Role.GUARD)
    with pytest.raises(PermissionDenied), sessions.begin() as session:
        back_up_database(session, guard)
    assert not any((data_dir / "backups").glob("*"))
    assert _audited(sessions) == []


@posix_only
def test_a_heads_backup_is_audited_and_owner_only(sessions: sessionmaker[Session], admin: Actor,
                                                   data_dir: Path) -> None:
    (data_dir / "backups").mkdir(mode=0o755)  # left by an older version, open to everyone
    (data_dir / "backups").chmod(0o755)
    head = dataclasses.replace(admin, role=Role.HEAD)
    with sessions.begin() as session:
        path = back_up_database(session, head)
    assert path.parent == data_dir / "backups" and path.name.endswith("-manual.db")
    assert (_mode(path), _mode(path.parent)) == (0o600, 0o700)
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert connection.execute("SELECT username FROM users").fetchall() == [("admin",)]
    finally:
        connection.close()
    assert _audited(sessions) == [("database.backup", {"file": path.name})]


def test_automatic_backups_keep_the_newest_fourteen_and_every_manual_one(
        sessions: sessionmaker[Session], admin: Actor, data_dir: Path, fixed_clock: FixedClock) -> None:
    engine = sessions.kw["bind"]
    with sessions.begin() as session:
        manual = back_up_database(session, admin)
    automatic = []
    for n in range(AUTOMATIC_KEPT + 3):
        fixed_clock.advance(hours=1)
        automatic.append(backup_sqlite(engine, f"before-upgrade-from-00{n:02d}"))
    fixed_clock.advance(hours=1)
    with sessions.begin() as session:
        second_manual = back_up_database(session, admin)
    left = sorted((data_dir / "backups").glob("*.db"))
    assert left == sorted([manual, *automatic[-AUTOMATIC_KEPT:], second_manual])
    assert AUTOMATIC_KEPT == 14


def test_pruning_counts_only_this_databases_automatic_backups(
        sessions: sessionmaker[Session], data_dir: Path, fixed_clock: FixedClock) -> None:
    """The hub's backups share the folder in a test set-up; a backup taken twice in one second
    (a fixed clock) is told apart by the time it was written."""
    folder = data_dir / "backups"
    folder.mkdir()
    other = folder / "gatepost-hub-20260302T010000Z-before-upgrade-from-0001.db"
    other.write_bytes(b"")
    kept_aside = folder / "gatepost-20260101T000000Z-damaged.db"
    kept_aside.write_bytes(b"")
    engine = sessions.kw["bind"]
    made = [backup_sqlite(engine, "before-upgrade-from-0008") for _ in range(AUTOMATIC_KEPT + 1)]
    assert made[-1] is not None and made[-1].name.endswith("-15.db")
    assert sorted(folder.glob("*.db")) == sorted([other, kept_aside, *made[1:]])
