"""What a report shows, as plain figures: computed by the services (and added up across
compounds by the hub), laid out by ``report``."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Capped(Generic[T]):
    """The first rows of a list, and how many there are in all."""

    rows: tuple[T, ...] = ()
    total: int = 0


@dataclass(frozen=True)
class Header:
    site: str
    committee: str
    printed_at: datetime
    """Site-local."""
    printed_by: str
    sync: str


@dataclass(frozen=True)
class FeverRow:
    at: datetime
    """Site-local."""
    who: str
    kind_label: str
    """The subject kind's English label (context "SubjectKind"); empty for a resident."""
    room: str
    gate: str
    first_dt: int
    second_dt: int | None
    outcome: str | None
    """A ``FeverOutcome`` value; None while the hold is open."""


@dataclass(frozen=True)
class InsideRow:
    name: str
    host: str
    time_in: datetime
    phone: str
    """Masked."""


@dataclass(frozen=True)
class WatchHitRow:
    time_in: datetime
    name: str
    host: str
    matched: str
    admitted: bool


@dataclass(frozen=True)
class PersonRow:
    """A returnee in a list: missed follow-ups (``count`` slots) or an attempted exit."""

    name: str
    room: str
    day: int
    of: int
    count: int = 0
    at: datetime | None = None
    gate: str = ""


@dataclass(frozen=True)
class AlertRow:
    raised_at: datetime
    name: str
    room: str
    reason: str
    action: str | None
    closed: bool


@dataclass(frozen=True)
class ReturneeRow:
    name: str
    room: str
    origin: str
    start_on: date
    end_on: date
    outcome: str | None
    outcome_on: date | None


@dataclass(frozen=True)
class DayCount:
    day: date
    checks: int = 0
    fevers: int = 0
    admitted: int = 0
    refused: int = 0
    exits: int = 0
    new_returnees: int = 0


@dataclass(frozen=True)
class DailyFigures:
    day: date
    is_today: bool
    by_hour: tuple[tuple[str, tuple[int, ...]], ...]
    """Per gate: checks in each local hour 0-23."""
    checks: int
    people: int
    fevers: int
    open_holds: int
    fever_rows: Capped[FeverRow]
    admitted: int
    refused: int
    refusals: tuple[tuple[str, int], ...]
    inside: Capped[InsideRow]
    watch_hits: Capped[WatchHitRow]
    observing: int
    new_today: int
    ending_tomorrow: int
    missed_slots: int
    missed: Capped[PersonRow]
    alerts_raised: int
    alerts_closed: int
    alerts_open: int
    alerts: Capped[AlertRow]
    exits: Capped[PersonRow]
    trend: tuple[DayCount, ...]


@dataclass(frozen=True)
class PeriodFigures:
    kind: str
    first: date
    last: date
    """The period's last day, or today when the period runs on."""
    period_last: date
    days: tuple[DayCount, ...]
    fever_rows: Capped[FeverRow]
    """The fevers not cleared by a second reading."""
    fever_outcomes: tuple[tuple[str | None, int], ...]
    """Fevers per outcome (None: still open)."""
    started: int
    ended: int
    outcomes: tuple[tuple[str, int], ...]
    returnees: Capped[ReturneeRow]
    totals: DayCount = field(init=False)

    def __post_init__(self) -> None:
        sums = [sum(getattr(d, name) for d in self.days)
                for name in ("checks", "fevers", "admitted", "refused", "exits", "new_returnees")]
        object.__setattr__(self, "totals", DayCount(self.first, *sums))
