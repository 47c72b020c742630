"""Signing in to an encrypted database: the password unwraps its key (``app.db.vault``).

Wrong passwords are counted in the key file, since nothing else can be read before the key is
unwrapped; the account lockout rule is the one every sign-in applies (``app.domain.passwords``).
A plain database from before encryption gets its key file at its first sign-in here, every
user a slot from the password hash the database holds; the caller shows the recovery code.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from app.db.at_rest import is_plain
from app.db.vault import Vault, new_key, new_recovery_code
from app.domain.passwords import LOCKED, WRONG_PASSWORD, Lockout
from app.errors import QT_TRANSLATE_NOOP, AuthenticationFailed, GatePostError, ValidationError


@dataclass(frozen=True)
class Unlocked:
    key: bytes
    vault: Vault
    recovery_code: str | None = None
    """Set when this sign-in gave a plain database its key: shown once, for the safe."""
    proof: bytes | None = None
    """The password's raw Argon2id output that unwrapped the key: ``sign_in`` compares it with
    the stored hash instead of computing it a second time."""


def locked_error(until: datetime) -> AuthenticationFailed:
    """The refusal while an account is locked; the time in this computer's own zone."""
    return AuthenticationFailed(LOCKED, until=until.astimezone().strftime("%Y-%m-%d %H:%M"))


def _lockout(vault: Vault, username: str) -> Lockout:
    state = vault.lock_state(username)
    until = state.get("locked_until")
    return Lockout(state.get("failures", 0), state.get("lockouts", 0),
                   datetime.fromisoformat(until) if until else None)


def _save_lockout(vault: Vault, username: str, lockout: Lockout) -> None:
    vault.set_lock_state(username, {
        "failures": lockout.failures, "lockouts": lockout.lockouts,
        "locked_until": lockout.locked_until.isoformat() if lockout.locked_until else None})
    vault.save()


def unlock(database: Path, username: str, password: str, now: datetime) -> Unlocked:
    """The key of the database at ``database`` for this user, or AuthenticationFailed."""
    vault = Vault.load(database)
    if vault is None:
        return _give_a_key(database, username, password)
    lockout = _lockout(vault, username)
    if lockout.is_locked(now):
        vault.note(username, "sign_in.refused", now)
        vault.save()
        raise locked_error(lockout.locked_until)
    try:
        key, raw = vault.unwrap(username, password)
    except AuthenticationFailed:
        if vault.has(username):  # counted, and told to the audit log at the next sign-in
            after = lockout.after_failure(now)
            vault.note(username, "sign_in.failed", now)
            if after.is_locked(now):
                vault.note(username, "user.locked", now)
            _save_lockout(vault, username, after)
            if after.is_locked(now):
                raise locked_error(after.locked_until) from None
        raise
    if lockout != Lockout():
        _save_lockout(vault, username, Lockout())
    return Unlocked(key, vault, proof=raw)


def recover(database: Path, code: str) -> Unlocked:
    vault = Vault.load(database)
    if vault is None:
        raise GatePostError(QT_TRANSLATE_NOOP("Errors", "This database has no recovery code."))
    return Unlocked(vault.recover(code), vault)


def new_database(database: Path) -> Unlocked:
    """A key and a recovery code for a database the setup is about to create; the key file is
    written at once, so the new file is never without it."""
    discard_unfinished(database)
    if database.exists():
        raise ValidationError("site", QT_TRANSLATE_NOOP("Errors", "This database already has a compound."))
    key, code = new_key(), new_recovery_code()
    vault = Vault.create(database, key, code)
    vault.save()
    return Unlocked(key, vault, code)


def discard_unfinished(database: Path) -> None:
    """Remove a setup that never finished: no account has a slot yet, so nothing was recorded."""
    vault = Vault.load(database)
    if vault is None or vault.has_users():
        return
    for suffix in ("", "-wal", "-shm"):
        database.with_name(database.name + suffix).unlink(missing_ok=True)
    vault.path.unlink()


def _give_a_key(database: Path, username: str, password: str) -> Unlocked:
    """A plain database's first sign-in since encryption: check the password against it, then
    wrap a new key for every account. ``open_database`` with that key converts the file."""
    if not is_plain(database):
        raise GatePostError(QT_TRANSLATE_NOOP(
            "Errors", "The key file beside the database is missing; restore it from a backup."))
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        accounts = dict(connection.execute("SELECT username, password_hash FROM users WHERE active"))
    finally:
        connection.close()
    try:
        PasswordHasher().verify(accounts.get(username, ""), password)
    except (InvalidHashError, VerificationError):
        raise AuthenticationFailed(WRONG_PASSWORD) from None
    key, code = new_key(), new_recovery_code()
    vault = Vault.create(database, key, code)
    for name, password_hash in accounts.items():
        vault.store(name, password_hash, key)
    vault.save()
    return Unlocked(key, vault, code)
