"""Accounts and sign-in; passwords are stored as Argon2id hashes only."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import QT_TRANSLATE_NOOP, AuthenticationFailed, ValidationError
from app.models import User
from app.services.context import Actor, Role, audit, authorize

MIN_PASSWORD_LENGTH = 6
# Argon2id with OWASP's recommended parameters (19 MiB, 2 passes): about 30 ms to sign in on
# a modest laptop. Hashes record their parameters, so they can be raised later.
_hasher = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)


@cache
def _dummy_hash() -> str:
    """Verified against when the user does not exist, so both failures take the same time."""
    return _hasher.hash("not a password")


@dataclass(frozen=True)
class UserView:
    username: str
    display_name: str
    role: Role
    active: bool


def hash_password(password: str) -> str:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(
            "password",
            QT_TRANSLATE_NOOP("Errors", "Use at least {n} characters."),
            n=MIN_PASSWORD_LENGTH,
        )
    return _hasher.hash(password)


def validate_username(raw: str) -> str:
    username = raw.strip()
    if not username or len(username) > 64 or any(c.isspace() for c in username):
        raise ValidationError(
            "username", QT_TRANSLATE_NOOP("Errors", "Use 1 to 64 characters without spaces.")
        )
    return username


def actor_for(user: User) -> Actor:
    return Actor(user.id, user.username, user.display_name, Role.parse(user.role), user.site_id)


def sign_in(session: Session, username: str, password: str) -> Actor:
    user = session.scalars(
        select(User).where(User.username == username.strip(), User.active.is_(True),
                           User.deleted.is_(False))
    ).first()
    try:
        _hasher.verify(user.password_hash if user else _dummy_hash(), password)
    except (VerificationError, InvalidHashError):
        user = None
    if user is None:
        raise AuthenticationFailed(
            QT_TRANSLATE_NOOP("Errors", "Wrong user name or password.")
        )
    return actor_for(user)


def add_user(session: Session, actor: Actor, username: str, display_name: str, role: Role,
             password: str, password_again: str | None = None) -> UserView:
    """A new account; ``password_again``, when given, must repeat ``password``."""
    authorize(session, actor, Role.ADMIN)
    username = validate_username(username)
    if session.scalars(select(User.id).where(User.username == username)).first():
        raise ValidationError("username", QT_TRANSLATE_NOOP("Errors", "This user name is taken."))
    password_hash = hash_password(password)
    if password_again is not None and password_again != password:
        raise ValidationError("password", QT_TRANSLATE_NOOP("Errors", "The two passwords differ."))
    user = User(site_id=actor.site_id, username=username, display_name=display_name.strip() or username,
                role=role.name.lower(), password_hash=password_hash)
    session.add(user)
    session.flush()
    audit(session, "user.add", "user", user.id, role=user.role)
    return UserView(user.username, user.display_name, role, True)


def list_users(session: Session, actor: Actor) -> list[UserView]:
    authorize(session, actor, Role.ADMIN)
    users = session.scalars(select(User).where(User.deleted.is_(False)).order_by(User.username))
    return [UserView(u.username, u.display_name, Role.parse(u.role), u.active) for u in users]
