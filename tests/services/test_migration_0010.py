"""Revision 0010: the accounts of a database made before it can still sign in, and lock."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import select

from app import clock
from app.db.engine import make_session_factory, sqlite_url
from app.db.health import check_database
from app.db.migrate import migrate, open_database, upgrade
from app.errors import AuthenticationFailed
from app.models import User
from app.services.auth import add_user, sign_in
from app.services.context import Role
from app.services.setup import init_site
from tests.helpers import START


def test_accounts_of_a_0009_database_start_with_no_failures(tmp_path: Path) -> None:
    previous = clock.use_clock(clock.FixedClock(START))
    try:
        engine = open_database(sqlite_url(tmp_path))
        sessions = make_session_factory(engine)
        with sessions.begin() as session:
            admin = init_site(session, site_name="旧库", committee="旧库居委会", admin_username="admin",
                              admin_password="long-enough", gates=["东门"])
            add_user(session, admin, "guard1", "门卫", Role.GUARD, "guard-pw")
        migrate(engine, lambda config: command.downgrade(config, "0009"))
        with engine.connect() as connection:
            columns = [row[1] for row in connection.exec_driver_sql("PRAGMA table_info(users)")]
        assert "failed_sign_ins" not in columns

        assert upgrade(engine) is not None
        assert check_database(engine) == []
        with sessions() as session:
            rows = session.execute(select(User.username, User.failed_sign_ins, User.lockouts,
                                          User.locked_until).order_by(User.username)).all()
        assert [tuple(r) for r in rows] == [("admin", 0, 0, None), ("guard1", 0, 0, None)]
        with sessions() as session:
            assert sign_in(session, "guard1", "guard-pw").role == Role.GUARD
        for _ in range(5):
            try:
                with sessions() as session:
                    sign_in(session, "guard1", "wrong-one")
            except AuthenticationFailed as error:
                last = error.render()
        assert last.startswith("Too many wrong passwords")
    finally:
        clock.use_clock(previous)
        engine.dispose()
