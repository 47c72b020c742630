"""Adding an account as the users dialog does: the password typed twice."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session, sessionmaker

from app.errors import ValidationError
from app.models import User
from app.services.auth import add_user, list_users, sign_in
from app.services.context import Actor, Role
from tests.helpers import count


def test_the_repeated_password_must_match(sessions: sessionmaker[Session], admin: Actor) -> None:
    with pytest.raises(ValidationError) as raised, sessions.begin() as session:
        add_user(session, admin, "guard1", "", Role.GUARD, "guard-pw", "guard-pv")
    assert raised.value.field == "password" and raised.value.render() == "Password: The two passwords differ."
    assert count(sessions, User) == 1
    with sessions.begin() as session:
        view = add_user(session, admin, " guard1 ", "", Role.GUARD, "guard-pw", "guard-pw")
    assert (view.username, view.display_name, view.role) == ("guard1", "guard1", Role.GUARD)
    with sessions() as session:
        assert sign_in(session, "guard1", "guard-pw").role == Role.GUARD
        assert [u.display_name for u in list_users(session, admin)] == ["admin", "guard1"]
