"""Accounts' rules: which passwords are accepted, and how long wrong ones lock an account.

Every path that sets a password (setup, a new account, a change, a reset) calls
``check_password``; every sign-in applies ``after_failure``. The hub's accounts use the same.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache

from app.errors import QT_TRANSLATE_NOOP, ValidationError
from app.paths import resources_dir

MIN_LENGTH = 8
MAX_LENGTH = 256
MAX_FAILURES = 5
"""Consecutive wrong passwords that lock an account."""
FIRST_LOCK = timedelta(minutes=15)
LONGEST_LOCK = timedelta(hours=24)
"""Each lockout in a row doubles the time, up to this."""

WRONG_PASSWORD = QT_TRANSLATE_NOOP("Errors", "Wrong user name or password.")
LOCKED = QT_TRANSLATE_NOOP("Errors", "Too many wrong passwords: this account is locked until {until}.")
DISABLED = QT_TRANSLATE_NOOP("Errors", "This account is disabled; an administrator can enable it.")

_DATE = re.compile(r"(19|20)\d\d[01]\d[0-3]\d")


@cache
def _common() -> frozenset[str]:
    path = resources_dir() / "passwords" / "common.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


def _is_pattern(password: str) -> bool:
    """One character repeated, a straight run (12345678, abcdefgh, 87654321), or a birthday."""
    if len(set(password)) == 1:
        return True
    steps = {ord(b) - ord(a) for a, b in zip(password, password[1:], strict=False)}
    if steps in ({1}, {-1}):
        return True
    if _DATE.fullmatch(password):
        try:
            date(int(password[:4]), int(password[4:6]), int(password[6:]))
        except ValueError:
            return False
        return True
    return False


def is_common(password: str) -> bool:
    lowered = password.lower()
    return lowered in _common() or _is_pattern(lowered)


def check_password(password: str) -> None:
    """Refuse a password that is too short or that attackers try first."""
    if len(password) < MIN_LENGTH:
        raise ValidationError("password", QT_TRANSLATE_NOOP("Errors", "Use at least {n} characters."),
                              n=MIN_LENGTH)
    if len(password) > MAX_LENGTH:
        raise ValidationError("password", QT_TRANSLATE_NOOP("Errors", "Use at most {limit} characters."),
                              limit=MAX_LENGTH)
    if is_common(password):
        raise ValidationError("password", QT_TRANSLATE_NOOP(
            "Errors", "This password is one of the most common ones; choose another."))


@dataclass(frozen=True)
class Lockout:
    """An account's record of wrong passwords."""

    failures: int = 0
    """Wrong passwords since the last sign-in or lockout."""
    lockouts: int = 0
    """Lockouts in a row, with no sign-in between: each doubles the next one."""
    locked_until: datetime | None = None

    def is_locked(self, now: datetime) -> bool:
        return self.locked_until is not None and now < self.locked_until

    def after_failure(self, now: datetime) -> Lockout:
        """The record after one more wrong password; the fifth locks the account."""
        if self.failures + 1 < MAX_FAILURES:
            return Lockout(self.failures + 1, self.lockouts, self.locked_until)
        lockouts = self.lockouts + 1
        return Lockout(0, lockouts, now + lock_duration(lockouts))


def lock_duration(lockouts: int) -> timedelta:
    """How long the ``lockouts``-th lockout in a row lasts: 15 minutes, then doubling."""
    if lockouts > 10:  # 15 minutes doubled 7 times is already past a day
        return LONGEST_LOCK
    return min(FIRST_LOCK * 2 ** (lockouts - 1), LONGEST_LOCK)
