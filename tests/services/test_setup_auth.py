"""First-run setup, sign-in, roles, and how passwords are kept."""

from __future__ import annotations

from pathlib import Path

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.errors import AuthenticationFailed, PermissionDenied, ValidationError
from app.models import AuditEntry, Gate, Person, Replica, Site, User
from app.services.auth import actor_for, add_user, list_users, sign_in
from app.services.context import Actor, Role
from app.services.residents import import_residents
from app.services.setup import init_site, is_initialised, site_view
from tests.helpers import PASSWORD
from tests.helpers import ENGLISH_HEADER, count, csv_bytes, resident_id

ROSTER = csv_bytes([ENGLISH_HEADER, f"张三,3,2,201,13800138000,resident_id,{resident_id()},A001,"])


def _actor(sessions: sessionmaker[Session], username: str) -> Actor:
    with sessions() as session:
        return actor_for(session.scalars(select(User).where(User.username == username)).one())


@pytest.fixture
def staff(sessions: sessionmaker[Session], admin: Actor) -> dict[str, Actor]:
    """A guard and a committee head, added by the administrator."""
    with sessions.begin() as session:
        add_user(session, admin, "guard1", "门卫一", Role.GUARD, "guard-pw")
        add_user(session, admin, "head1", "主任", Role.HEAD, "head-pw1")
    return {"guard": _actor(sessions, "guard1"), "head": _actor(sessions, "head1")}


def test_init_creates_site_gates_admin_and_replica(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as session:
        assert not is_initialised(session)
        admin = init_site(session, site_name=" 阳光花园 ", committee="阳光社区居委会",
                          admin_username="admin", admin_password=PASSWORD, gates=["东门", "西门"])
    with sessions() as session:
        assert is_initialised(session)
        site = session.scalars(select(Site)).one()
        assert (site.name, site.committee, site.timezone) == ("阳光花园", "阳光社区居委会", "Asia/Shanghai")
        gates = {g.name: g for g in session.scalars(select(Gate))}
        assert set(gates) == {"东门", "西门"}
        assert all(g.site_id == site.id and g.active for g in gates.values())
        user = session.scalars(select(User)).one()
        assert (user.username, user.role, user.site_id) == ("admin", "admin", site.id)
        replica = session.scalars(select(Replica)).one()
        assert replica.site_id == site.id
        assert replica.default_gate_id == gates["东门"].id
        assert session.scalars(select(AuditEntry.action)).all() == ["site.init"]
        view = site_view(session, site.id)
    assert admin == Actor(user.id, "admin", "admin", Role.ADMIN, site.id)
    assert sorted(view.gates) == ["东门", "西门"]


def test_second_init_is_refused(sessions: sessionmaker[Session], admin: Actor) -> None:
    with pytest.raises(ValidationError) as raised, sessions.begin() as session:
        init_site(session, site_name="另一个小区", committee="居委会", admin_username="root",
                  admin_password="another-pw", gates=["北门"])
    assert raised.value.field == "site"
    assert (count(sessions, Site), count(sessions, User), count(sessions, Gate)) == (1, 1, 2)


@pytest.mark.parametrize("gates, field", [([], "gate"), (["东门", "东门"], "gate"), (["  "], "gate")])
def test_init_rejects_bad_gates_and_writes_nothing(sessions: sessionmaker[Session],
                                                  gates: list[str], field: str) -> None:
    with pytest.raises(ValidationError) as raised, sessions.begin() as session:
        init_site(session, site_name="阳光花园", committee="居委会", admin_username="admin",
                  admin_password=PASSWORD, gates=gates)
    assert raised.value.field == field
    assert (count(sessions, Replica), count(sessions, Site)) == (0, 0)


def test_sign_in_with_the_right_password(sessions: sessionmaker[Session], admin: Actor) -> None:
    with sessions() as session:
        assert sign_in(session, " admin ", PASSWORD) == admin


def test_unknown_user_and_wrong_password_fail_alike(sessions: sessionmaker[Session],
                                                   admin: Actor) -> None:
    with sessions() as session:
        with pytest.raises(AuthenticationFailed) as wrong_password:
            sign_in(session, "admin", PASSWORD + "x")
        with pytest.raises(AuthenticationFailed) as unknown_user:
            sign_in(session, "nobody", PASSWORD)
    assert type(wrong_password.value) is type(unknown_user.value)
    assert wrong_password.value.render() == unknown_user.value.render()


def test_guard_cannot_add_users_or_import(sessions: sessionmaker[Session],
                                          staff: dict[str, Actor]) -> None:
    guard = staff["guard"]
    assert guard.role is Role.GUARD
    with pytest.raises(PermissionDenied) as raised, sessions.begin() as session:
        add_user(session, guard, "guard2", "门卫二", Role.GUARD, "guard-pw")
    assert "Administrator" in raised.value.render()
    with pytest.raises(PermissionDenied), sessions.begin() as session:
        import_residents(session, guard, ROSTER)
    with pytest.raises(PermissionDenied), sessions.begin() as session:
        list_users(session, guard)
    assert (count(sessions, User), count(sessions, Person)) == (3, 0)


def test_head_can_import_but_not_add_users(sessions: sessionmaker[Session],
                                          staff: dict[str, Actor]) -> None:
    head = staff["head"]
    with sessions.begin() as session:
        report = import_residents(session, head, ROSTER)
    assert (report.created, report.errors) == (1, [])
    with pytest.raises(PermissionDenied), sessions.begin() as session:
        add_user(session, head, "guard2", "门卫二", Role.GUARD, "guard-pw")
    assert count(sessions, Person) == 1


def test_admin_can_do_everything(sessions: sessionmaker[Session], admin: Actor,
                                 staff: dict[str, Actor]) -> None:
    with sessions.begin() as session:
        assert import_residents(session, admin, ROSTER).created == 1
        users = list_users(session, admin)
    assert [(u.username, u.role) for u in users] == [
        ("admin", Role.ADMIN), ("guard1", Role.GUARD), ("head1", Role.HEAD)]


def test_signed_in_guard_carries_the_stored_role(sessions: sessionmaker[Session],
                                                staff: dict[str, Actor]) -> None:
    with sessions() as session:
        assert sign_in(session, "guard1", "guard-pw") == staff["guard"]


def test_add_user_rejects_bad_input(sessions: sessionmaker[Session], admin: Actor) -> None:
    for username, password, field in [("two words", "long-enough", "username"),
                                      ("guard", "short", "password"),
                                      ("admin", "long-enough", "username")]:
        with pytest.raises(ValidationError) as raised, sessions.begin() as session:
            add_user(session, admin, username, "", Role.GUARD, password)
        assert raised.value.field == field
    assert count(sessions, User) == 1


def test_passwords_are_stored_as_argon2id_only(sessions: sessionmaker[Session], admin: Actor,
                                              staff: dict[str, Actor], data_dir: Path) -> None:
    with sessions() as session:
        hashes = dict(session.execute(select(User.username, User.password_hash)).all())
    plain = {"admin": PASSWORD, "guard1": "guard-pw", "head1": "head-pw1"}
    for username, stored in hashes.items():
        assert stored.startswith("$argon2id$")
        assert plain[username] not in stored
        assert PasswordHasher().verify(stored, plain[username])
    assert len(set(hashes.values())) == 3
    files = b"".join(p.read_bytes() for p in data_dir.glob("gatepost.db*"))
    for password in plain.values():
        assert password.encode() not in files
