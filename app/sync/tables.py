"""Which tables travel between a compound and the street office, parents before children."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Table

from app.models import Base

UP_TABLES = ("sites", "gates", "households", "people", "visits", "temperature_checks", "returnees",
             "follow_ups", "observation_alerts", "household_outings", "exit_attempts", "watch_entries",
             "policy_settings", "notice_texts", "register_sheets", "day_totals", "purge_records")
"""What a gate sends up: every synced table except accounts and the audit trail."""
DOWN_TABLES = ("sites", "households", "people", "returnees", "follow_ups", "observation_alerts",
               "watch_entries", "notice_texts")
"""What the office sends down: its own lists and texts, and the compound's roster and returnees."""
ORDER = [t.name for t in Base.metadata.sorted_tables]


def table(name: str) -> Table:
    return Base.metadata.tables[name]


def sorted_names(names: Iterable[str]) -> list[str]:
    """``names`` with parents before children, so foreign keys hold after every statement."""
    wanted = set(names)
    return [name for name in ORDER if name in wanted]
