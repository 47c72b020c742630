"""Accounts and sign-in; passwords are stored as Argon2id hashes only.

Every sign-in, wrong password and lockout is written to the audit trail, as are the changes of
roles, passwords and whether an account may sign in. Audit rows name accounts by id only: a
user name typed at a sign-in may be a password typed in the wrong field.
"""

from __future__ import annotations

import hmac
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import clock
from app.db.vault import MEMORY_KIB, PARALLELISM, TIME_COST, Costs, stage_password, stage_removal
from app.domain.passwords import DISABLED, LOCKED, WRONG_PASSWORD, Lockout, check_password
from app.errors import QT_TRANSLATE_NOOP, AuthenticationFailed, NotFound, ValidationError
from app.models import User, new_id
from app.services.context import Actor, Role, audit, authorize
from app.services.site_time import site_zone

# Argon2id at the key file's costs: a password hash's raw output is also what wraps the
# database's key for its user (``app.db.vault``). Hashes record their costs, so older, cheaper
# ones still verify.
_hasher = PasswordHasher(time_cost=TIME_COST, memory_cost=MEMORY_KIB, parallelism=PARALLELISM)


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
    locked_until: datetime | None = None
    """Set while the account is locked after wrong passwords."""


def hash_password(password: str) -> str:
    """The hash to store, once ``password`` passes the rule every new password must pass."""
    check_password(password)
    return _hasher.hash(password)


def validate_username(raw: str) -> str:
    username = raw.strip()
    if not username or len(username) > 64 or any(c.isspace() for c in username):
        raise ValidationError(
            "username", QT_TRANSLATE_NOOP("Errors", "Use 1 to 64 characters without spaces.")
        )
    return username


def actor_for(user: User, office: bool = False) -> Actor:
    return Actor(user.id, user.username, user.display_name, Role.parse(user.role), user.site_id, office)


def first_admin(session: Session, site_id: Any, username: str, password: str) -> User:
    """The administrator a new compound or street office starts with, for the caller to add once
    its site row is there; the database's key is wrapped for them when the setup commits."""
    admin = User(id=new_id(), site_id=site_id, username=validate_username(username),
                 display_name=username.strip(), role="admin", password_hash=hash_password(password))
    stage_password(session, admin.username, admin.password_hash)
    return admin


def _lockout(user: User) -> Lockout:
    return Lockout(user.failed_sign_ins, user.lockouts, user.locked_until)


def _set_lockout(user: User, lockout: Lockout) -> None:
    user.failed_sign_ins, user.lockouts, user.locked_until = (
        lockout.failures, lockout.lockouts, lockout.locked_until)


def _vault(session: Session) -> Any:
    """An encrypted database's key file, which counts the wrong passwords typed before the
    database can be opened (``app.db.unlocking``); None for a plain database."""
    held = session.info.get("vault")
    return held[0] if held else None


def _locked_until(vault: Any, user: User, now: datetime) -> datetime | None:
    """Until when ``user`` is locked, by the database's count or the key file's."""
    times = [_lockout(user).locked_until]
    if vault is not None and vault.lock_state(user.username).get("locked_until"):
        times.append(datetime.fromisoformat(vault.lock_state(user.username)["locked_until"]))
    return max((t for t in times if t is not None and now < t), default=None)


def _unlock(session: Session, user: User) -> bool:
    """Clear both counts of wrong passwords; False if there was nothing to clear."""
    vault = _vault(session)
    in_vault = vault is not None and bool(vault.lock_state(user.username))
    cleared = in_vault or _lockout(user) != Lockout()
    _set_lockout(user, Lockout())
    if in_vault:
        vault.set_lock_state(user.username, {})
        vault.save()
    return cleared


def _verified(password_hash: str, password: str, proof: bytes | None = None) -> bool:
    """Whether ``password`` is the one hashed; ``proof``, the raw output that just unwrapped the
    database's key with it, saves computing the hash a second time."""
    if proof is not None:
        try:
            return hmac.compare_digest(proof, Costs.of_hash(password_hash)[1])
        except ValueError:
            return False
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def sign_in(session: Session, username: str, password: str) -> Actor:
    """The account ``username`` if ``password`` is its password and it may sign in now.

    The attempt is written in a transaction of its own, so a refusal is remembered although
    the caller's work is rolled back: call this before ``session`` writes anything.
    """
    proof = session.info.pop("proof", None)  # one sign-in only: see app.db.unlocking.Unlocked
    with Session(session.get_bind(), expire_on_commit=False) as own, own.begin():
        actor, refusal = _attempt(own, _vault(session), username, password, proof)
    if refusal is not None:
        raise refusal
    assert actor is not None
    return actor


def _attempt(session: Session, vault: Any, username: str, password: str,
             proof: bytes | None = None) -> tuple[Actor | None, AuthenticationFailed | None]:
    user = session.scalars(
        select(User).where(User.username == username.strip(), User.deleted.is_(False))
    ).first()
    if user is None:
        _verified(_dummy_hash(), password)
        audit(session, "sign_in.failed", "user", None, reason="unknown_user")
        return None, AuthenticationFailed(WRONG_PASSWORD)
    session.info["actor_id"] = user.id
    now = clock.now()
    if (until := _locked_until(vault, user, now)) is not None:
        audit(session, "sign_in.refused", "user", user.id, reason="locked")
        return None, _locked(session, user, until)
    lockout = _lockout(user)
    if not _verified(user.password_hash, password, proof):
        lockout = lockout.after_failure(now)
        _set_lockout(user, lockout)
        audit(session, "sign_in.failed", "user", user.id, reason="wrong_password")
        if lockout.locked_until is None or not lockout.is_locked(now):
            return None, AuthenticationFailed(WRONG_PASSWORD)
        audit(session, "user.locked", "user", user.id, until=lockout.locked_until.isoformat(),
              lockouts=lockout.lockouts)
        return None, _locked(session, user, lockout.locked_until)
    if not user.active:
        audit(session, "sign_in.refused", "user", user.id, reason="disabled")
        return None, AuthenticationFailed(DISABLED)
    if lockout != Lockout():
        _set_lockout(user, Lockout())
    if vault is not None:
        _audit_key_file_notes(session, vault)
    audit(session, "sign_in", "user", user.id)
    return actor_for(user), None


def _audit_key_file_notes(session: Session, vault: Any) -> None:
    """Wrong passwords and lockouts met at the key file, before the database could be opened."""
    users = dict(session.execute(select(User.username, User.id)).all())
    notes = vault.take_notes(list(users))
    for username, event, at in notes:
        audit(session, event, "user", users[username], at=at.isoformat(), before_opening=True)
    if notes:
        vault.save()


def _locked(session: Session, user: User, until: datetime) -> AuthenticationFailed:
    """The refusal, saying until when in the compound's time."""
    local = until.astimezone(site_zone(session, user.site_id))
    return AuthenticationFailed(LOCKED, until=local.strftime("%Y-%m-%d %H:%M"))


def _view(session: Session, user: User) -> UserView:
    return UserView(user.username, user.display_name, Role.parse(user.role), user.active,
                    _locked_until(_vault(session), user, clock.now()))


def _user(session: Session, actor: Actor, username: str) -> User:
    user = session.scalars(select(User).where(
        User.site_id == actor.site_id, User.username == username.strip(), User.deleted.is_(False))).first()
    if user is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "There is no account named {name}."), name=username.strip())
    return user


def add_user(session: Session, actor: Actor, username: str, display_name: str, role: Role,
             password: str, password_again: str | None = None) -> UserView:
    """A new account; ``password_again``, when given, must repeat ``password``."""
    authorize(session, actor, Role.ADMIN)
    username = validate_username(username)
    if session.scalars(select(User.id).where(User.username == username)).first():
        raise ValidationError("username", QT_TRANSLATE_NOOP("Errors", "This user name is taken."))
    password_hash = _new_hash(password, password_again)
    user = User(site_id=actor.site_id, username=username, display_name=display_name.strip() or username,
                role=role.name.lower(), password_hash=password_hash)
    session.add(user)
    session.flush()
    stage_password(session, user.username, password_hash)  # the database key wrapped for them
    audit(session, "user.add", "user", user.id, role=user.role)
    return UserView(user.username, user.display_name, role, True)


def _check_new(password: str, password_again: str | None) -> None:
    check_password(password)
    if password_again is not None and password_again != password:
        raise ValidationError("password", QT_TRANSLATE_NOOP("Errors", "The two passwords differ."))


def _new_hash(password: str, password_again: str | None) -> str:
    _check_new(password, password_again)
    return _hasher.hash(password)


def list_users(session: Session, actor: Actor) -> list[UserView]:
    authorize(session, actor, Role.ADMIN)
    users = session.scalars(select(User).where(
        User.site_id == actor.site_id, User.deleted.is_(False)).order_by(User.username))
    return [_view(session, u) for u in users]


def set_password(session: Session, actor: Actor, username: str, password: str,
                 password_again: str | None = None) -> UserView:
    """A new password: the user's own (already signed in), or any user's by an administrator.

    A reset also lifts a lockout: whoever sets the password knows who will use it.
    """
    own = username.strip() == actor.username
    authorize(session, actor, Role.GUARD if own else Role.ADMIN)
    user = _user(session, actor, username)
    user.password_hash = _new_hash(password, password_again)
    _unlock(session, user)
    session.flush()
    stage_password(session, user.username, user.password_hash)
    audit(session, "user.password_change" if own else "user.password_reset", "user", user.id)
    return _view(session, user)


def change_own_password(session: Session, actor: Actor, current: str, password: str,
                        password_again: str | None = None) -> UserView:
    """The signed-in user's new password, after the current one (a wrong one counts as a
    failed sign-in)."""
    _check_new(password, password_again)  # a bad new password costs no try of the current one
    try:
        sign_in(session, actor.username, current)
    except AuthenticationFailed as error:
        if error.message.text != WRONG_PASSWORD:
            raise
        raise AuthenticationFailed(QT_TRANSLATE_NOOP("Errors", "The current password is wrong.")) from None
    return set_password(session, actor, actor.username, password, password_again)


def _other_active_admins(session: Session, user: User) -> int:
    return session.scalar(select(func.count()).select_from(User).where(
        User.site_id == user.site_id, User.role == "admin", User.active.is_(True),
        User.deleted.is_(False), User.id != user.id)) or 0


def _keep_an_admin(session: Session, user: User) -> None:
    if user.role == "admin" and user.active and not _other_active_admins(session, user):
        raise ValidationError("username", QT_TRANSLATE_NOOP(
            "Errors", "This is the last active administrator; make another one first."))


def disable_user(session: Session, actor: Actor, username: str) -> UserView:
    """The account can no longer sign in; its records stay."""
    authorize(session, actor, Role.ADMIN)
    user = _user(session, actor, username)
    _keep_an_admin(session, user)
    if user.active:
        user.active = False
        session.flush()
        stage_removal(session, user.username)  # the key no longer opens for their password
        audit(session, "user.disable", "user", user.id)
    return _view(session, user)


def enable_user(session: Session, actor: Actor, username: str) -> UserView:
    authorize(session, actor, Role.ADMIN)
    user = _user(session, actor, username)
    if not user.active:
        user.active = True
        session.flush()
        stage_password(session, user.username, user.password_hash)
        audit(session, "user.enable", "user", user.id)
    return _view(session, user)


def unlock_user(session: Session, actor: Actor, username: str) -> UserView:
    """Lift a lockout after wrong passwords; the next one starts again at 15 minutes."""
    authorize(session, actor, Role.ADMIN)
    user = _user(session, actor, username)
    if _unlock(session, user):
        session.flush()
        audit(session, "user.unlock", "user", user.id)
    return _view(session, user)


def change_role(session: Session, actor: Actor, username: str, role: Role) -> UserView:
    authorize(session, actor, Role.ADMIN)
    user = _user(session, actor, username)
    new = role.name.lower()
    if new != user.role:
        _keep_an_admin(session, user)
        audit(session, "user.role", "user", user.id, before=user.role, after=new)
        user.role = new
        session.flush()
    return _view(session, user)


def recover_admin(session: Session, username: str, password: str) -> UserView:
    """A new password for an administrator, when every administrator's password is forgotten:
    the caller opened the database with the recovery code, which stands for the signing in."""
    user = session.scalars(select(User).where(
        User.username == username.strip(), User.role == Role.ADMIN.name.lower(), User.deleted.is_(False))).first()
    if user is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "There is no administrator named {name}."),
                       name=username.strip())
    user.password_hash = _new_hash(password, None)
    user.active = True
    _unlock(session, user)
    session.flush()
    stage_password(session, user.username, user.password_hash)
    audit(session, "user.recovered", "user", user.id)
    return _view(session, user)
