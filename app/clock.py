"""The one source of "now", so tests and scripted scenarios can fix the time.

``GATEPOST_NOW`` (an ISO 8601 timestamp with offset) fixes the clock for a whole process, which
lets a multi-day scenario be driven through the CLI.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta


class Clock:
    def now(self) -> datetime:
        return datetime.now(UTC)


class FixedClock(Clock):
    def __init__(self, at: datetime) -> None:
        if at.tzinfo is None:
            raise ValueError("FixedClock needs an aware datetime")
        self.at = at.astimezone(UTC)

    def now(self) -> datetime:
        return self.at

    def advance(self, **delta: float) -> None:
        self.at += timedelta(**delta)


def _from_environment() -> Clock:
    fixed = os.environ.get("GATEPOST_NOW")
    return FixedClock(datetime.fromisoformat(fixed)) if fixed else Clock()


_clock: Clock = _from_environment()


def now() -> datetime:
    """The current time, aware, in UTC."""
    return _clock.now()


def use_clock(clock: Clock) -> Clock:
    """Replace the clock; returns the previous one so a caller can restore it."""
    global _clock
    previous, _clock = _clock, clock
    return previous
