"""The password rule and the lockout rule, on their own."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from app.domain.passwords import MAX_FAILURES, Lockout, check_password, is_common, lock_duration
from app.errors import ValidationError

NOW = datetime(2026, 3, 2, 2, 0, tzinfo=UTC)


@pytest.mark.parametrize("password", ["1234567", "secret", ""])
def test_a_short_password_is_refused(password: str) -> None:
    with pytest.raises(ValidationError) as refused:
        check_password(password)
    assert refused.value.field == "password"
    assert refused.value.render() == "Password: Use at least 8 characters."


@pytest.mark.parametrize("password", [
    "12345678", "password", "Password", "PASSWORD1", "iloveyou", "qwertyuiop", "1qaz2wsx",  # the list
    "woaini1314", "a123456789", "gatepost",                                                  # added by hand
    "zzzzzzzzzz", "88888888", "23456789", "abcdefghij", "98765432", "19800101",             # patterns
])
def test_a_common_password_is_refused(password: str) -> None:
    assert is_common(password)
    with pytest.raises(ValidationError) as refused:
        check_password(password)
    assert refused.value.render() == "Password: This password is one of the most common ones; choose another."


@pytest.mark.parametrize("password", ["secret-pw", "guard-pw", "门卫值班2026", "19801301", "correct horse"])
def test_an_uncommon_password_of_eight_or_more_passes(password: str) -> None:
    check_password(password)


def test_the_list_holds_thousands_of_passwords() -> None:
    from app.domain.passwords import _common

    common = _common()
    assert len(common) > 10_000
    assert all(len(p) >= 8 and p == p.lower() for p in common)


def test_five_failures_lock_for_fifteen_minutes_then_doubling() -> None:
    record = Lockout()
    for _ in range(MAX_FAILURES - 1):
        record = record.after_failure(NOW)
        assert not record.is_locked(NOW)
    record = record.after_failure(NOW)
    assert record == Lockout(0, 1, NOW + timedelta(minutes=15))
    assert record.is_locked(NOW + timedelta(minutes=14, seconds=59))
    assert not record.is_locked(NOW + timedelta(minutes=15))

    later = NOW + timedelta(minutes=16)
    for _ in range(MAX_FAILURES):
        record = record.after_failure(later)
    assert record.locked_until == later + timedelta(minutes=30)
    assert [lock_duration(n) for n in (1, 2, 3, 4)] == [timedelta(minutes=m) for m in (15, 30, 60, 120)]
    assert lock_duration(7) == timedelta(hours=16)
    assert lock_duration(8) == lock_duration(1000) == timedelta(hours=24)
