"""Accounts at the gate: lockout after wrong passwords, its audit trail, and managing users."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.clock import FixedClock
from app.errors import AuthenticationFailed, PermissionDenied, ValidationError
from app.models import AuditEntry, User
from app.services.auth import (
    add_user, change_own_password, change_role, disable_user, enable_user, list_users, set_password,
    sign_in, unlock_user,
)
from app.services.context import Actor, Role
from app.services.setup import init_site
from tests.helpers import PASSWORD, count

GUARD_PW = "guard-pw"


def call(sessions: sessionmaker[Session], actor: Actor, service: Callable[..., Any], *args: Any) -> Any:
    with sessions.begin() as session:
        return service(session, actor, *args)


def try_sign_in(sessions: sessionmaker[Session], username: str, password: str) -> Actor | str:
    """Sign in as the CLI does, in a transaction that a refusal rolls back; the refusal's text."""
    try:
        with sessions.begin() as session:
            return sign_in(session, username, password)
    except AuthenticationFailed as error:
        return error.render()


def audit_rows(sessions: sessionmaker[Session]) -> list[tuple[str, Any, dict[str, Any]]]:
    with sessions() as session:
        rows = session.execute(select(AuditEntry.action, AuditEntry.entity_id, AuditEntry.detail)
                               .order_by(AuditEntry.created_at, AuditEntry.id))
        return [tuple(row) for row in rows]


@pytest.fixture
def guard(sessions: sessionmaker[Session], admin: Actor) -> Actor:
    call(sessions, admin, add_user, "guard1", "门卫一", Role.GUARD, GUARD_PW)
    with sessions() as session:
        return sign_in(session, "guard1", GUARD_PW)


WRONG = "Wrong user name or password."


def test_five_wrong_passwords_lock_the_account_for_fifteen_minutes(
        sessions: sessionmaker[Session], guard: Actor, fixed_clock: FixedClock) -> None:
    for _ in range(4):
        assert try_sign_in(sessions, "guard1", "not-the-password") == WRONG
    locked = "Too many wrong passwords: this account is locked until 2026-03-02 10:15."
    assert try_sign_in(sessions, "guard1", "not-the-password") == locked
    assert try_sign_in(sessions, "guard1", GUARD_PW) == locked  # the sixth, with the right password
    fixed_clock.advance(minutes=14)
    assert try_sign_in(sessions, "guard1", GUARD_PW) == locked
    fixed_clock.advance(minutes=2)
    assert try_sign_in(sessions, "guard1", GUARD_PW) == guard


def test_repeated_lockouts_double_and_a_sign_in_starts_again(
        sessions: sessionmaker[Session], guard: Actor, fixed_clock: FixedClock) -> None:
    for _ in range(5):
        try_sign_in(sessions, "guard1", "nope-nope")
    fixed_clock.advance(minutes=16)  # 10:16
    for _ in range(5):
        last = try_sign_in(sessions, "guard1", "nope-nope")
    assert last == "Too many wrong passwords: this account is locked until 2026-03-02 10:46."
    fixed_clock.advance(minutes=31)
    assert try_sign_in(sessions, "guard1", GUARD_PW) == guard
    # The sign-in reset both counts: four failures, a sign-in, four more lock nothing.
    for _ in range(4):
        try_sign_in(sessions, "guard1", "nope-nope")
    assert try_sign_in(sessions, "guard1", GUARD_PW) == guard
    for _ in range(4):
        assert try_sign_in(sessions, "guard1", "nope-nope") == WRONG
    assert try_sign_in(sessions, "guard1", GUARD_PW) == guard
    for _ in range(5):
        last = try_sign_in(sessions, "guard1", "nope-nope")
    assert last.endswith("until 2026-03-02 11:02.")  # at 10:47: 15 minutes again


def test_an_administrator_unlocks_and_the_list_shows_the_lock(
        sessions: sessionmaker[Session], admin: Actor, guard: Actor, fixed_clock: FixedClock) -> None:
    for _ in range(5):
        try_sign_in(sessions, "guard1", "nope-nope")
    users = {u.username: u for u in call(sessions, admin, list_users)}
    assert users["guard1"].locked_until == fixed_clock.now().replace(minute=15)
    assert users["admin"].locked_until is None
    with pytest.raises(PermissionDenied), sessions.begin() as session:
        unlock_user(session, guard, "guard1")
    assert call(sessions, admin, unlock_user, "guard1").locked_until is None
    assert try_sign_in(sessions, "guard1", GUARD_PW) == guard
    assert ("user.unlock", guard.user_id, {}) in audit_rows(sessions)


def test_sign_ins_failures_and_lockouts_are_audited_without_names_or_passwords(
        sessions: sessionmaker[Session], guard: Actor) -> None:
    before = len(audit_rows(sessions))
    assert try_sign_in(sessions, "admin", PASSWORD) != WRONG
    assert try_sign_in(sessions, "nobody-here", "typed-password") == WRONG
    for _ in range(5):
        try_sign_in(sessions, "guard1", "typed-password")
    try_sign_in(sessions, "guard1", GUARD_PW)
    rows = audit_rows(sessions)[before:]
    assert [(action, detail.get("reason")) for action, _id, detail in rows] == [
        ("sign_in", None), ("sign_in.failed", "unknown_user"),
        *[("sign_in.failed", "wrong_password")] * 5, ("user.locked", None), ("sign_in.refused", "locked")]
    assert rows[1][1] is None and {r[1] for r in rows[2:]} == {guard.user_id}
    assert rows[-2][2] == {"until": "2026-03-02T02:15:00+00:00", "lockouts": 1}
    text = repr(rows)
    for secret in ("nobody-here", "typed-password", GUARD_PW, PASSWORD, "guard1"):
        assert secret not in text


def test_a_disabled_user_cannot_sign_in_until_enabled(
        sessions: sessionmaker[Session], admin: Actor, guard: Actor) -> None:
    view = call(sessions, admin, disable_user, "guard1")
    assert not view.active
    assert try_sign_in(sessions, "guard1", GUARD_PW) == \
        "This account is disabled; an administrator can enable it."
    assert try_sign_in(sessions, "guard1", "nope-nope") == WRONG  # the state is told only to its owner
    assert call(sessions, admin, enable_user, "guard1").active
    assert try_sign_in(sessions, "guard1", GUARD_PW) == guard
    actions = [a for a, _id, _d in audit_rows(sessions)]
    assert actions.index("user.disable") < actions.index("sign_in.refused") < actions.index("user.enable")


def test_the_last_active_administrator_stays(sessions: sessionmaker[Session], admin: Actor,
                                             guard: Actor) -> None:
    last = "User name: This is the last active administrator; make another one first."
    for service, args in ((disable_user, ("admin",)), (change_role, ("admin", Role.HEAD))):
        with pytest.raises(ValidationError) as refused, sessions.begin() as session:
            service(session, admin, *args)
        assert refused.value.render() == last
    assert call(sessions, admin, change_role, "guard1", Role.ADMIN).role == Role.ADMIN
    assert call(sessions, admin, change_role, "admin", Role.HEAD).role == Role.HEAD
    assert ("user.role", admin.user_id, {"before": "admin", "after": "head"}) in audit_rows(sessions)
    new_admin = try_sign_in(sessions, "guard1", GUARD_PW)
    assert new_admin.role == Role.ADMIN
    with pytest.raises(ValidationError), sessions.begin() as session:
        disable_user(session, new_admin, "guard1")  # now the only administrator


def test_passwords_set_by_a_reset_or_a_change_follow_the_rule(
        sessions: sessionmaker[Session], admin: Actor, guard: Actor) -> None:
    with sessions() as session:
        before = session.scalars(select(User.password_hash).where(User.username == "guard1")).one()
    for bad, problem in (("short", "Use at least 8 characters."),
                         ("12345678", "This password is one of the most common ones; choose another."),
                         ("password", "This password is one of the most common ones; choose another.")):
        for actor in (admin, guard):
            with pytest.raises(ValidationError) as refused, sessions.begin() as session:
                set_password(session, actor, "guard1", bad)
            assert refused.value.render() == f"Password: {problem}"
        with pytest.raises(ValidationError), sessions.begin() as session:
            add_user(session, admin, "guard2", "", Role.GUARD, bad)
    with sessions() as session:
        assert session.scalars(select(User.password_hash).where(User.username == "guard1")).one() == before
    assert count(sessions, User) == 2

    with pytest.raises(PermissionDenied), sessions.begin() as session:
        set_password(session, guard, "admin", "taken-over-1")
    call(sessions, admin, set_password, "guard1", "reset-by-admin")
    assert try_sign_in(sessions, "guard1", "reset-by-admin") == guard
    call(sessions, guard, set_password, "guard1", "my-own-choice")
    assert try_sign_in(sessions, "guard1", "reset-by-admin") == WRONG
    assert try_sign_in(sessions, "guard1", "my-own-choice") == guard
    actions = [(a, i) for a, i, _d in audit_rows(sessions)]
    assert ("user.password_reset", guard.user_id) in actions
    assert ("user.password_change", guard.user_id) in actions


def test_a_changed_own_password_needs_the_current_one(
        sessions: sessionmaker[Session], guard: Actor) -> None:
    with pytest.raises(AuthenticationFailed) as wrong, sessions.begin() as session:
        change_own_password(session, guard, "not-current", "brand-new-pw", "brand-new-pw")
    assert wrong.value.render() == "The current password is wrong."
    with pytest.raises(ValidationError) as differ, sessions.begin() as session:
        change_own_password(session, guard, GUARD_PW, "brand-new-pw", "brand-new-pv")
    assert differ.value.render() == "Password: The two passwords differ."
    call(sessions, guard, change_own_password, GUARD_PW, "brand-new-pw", "brand-new-pw")
    assert try_sign_in(sessions, "guard1", "brand-new-pw") == guard
    # The wrong current password counted: with four more the account locks.
    with sessions() as session:
        assert session.scalars(select(User.failed_sign_ins).where(User.username == "guard1")).one() == 0
    for _ in range(3):
        with pytest.raises(AuthenticationFailed), sessions.begin() as session:
            change_own_password(session, guard, "not-current", "brand-new-p2")
    assert try_sign_in(sessions, "guard1", "x-wrong-x") == WRONG
    with pytest.raises(AuthenticationFailed) as locked, sessions.begin() as session:
        change_own_password(session, guard, "not-current", "brand-new-p2")
    assert "locked until" in locked.value.render()


def test_setup_refuses_a_common_admin_password(sessions: sessionmaker[Session]) -> None:
    for password in ("1234567", "12345678", "iloveyou"):
        with pytest.raises(ValidationError) as refused, sessions.begin() as session:
            init_site(session, site_name="阳光花园", committee="居委会", admin_username="admin",
                      admin_password=password, gates=["东门"])
        assert refused.value.field == "password"
    assert count(sessions, User) == 0
