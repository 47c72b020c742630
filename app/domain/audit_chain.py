"""The audit log's hash chain: each entry's hash covers its fields and the hash before it.

An entry's fields are encoded canonically (a JSON array, keys sorted, no spaces), so a gate on
SQLite and the hub on PostgreSQL compute the same hash from the same row. Identifiers are 32 hex
digits, times naive UTC with microseconds, as SQLite stores them.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from datetime import UTC, datetime
from typing import Any, NamedTuple

GENESIS = "0" * 64
"""The "hash before" the first entry."""


class Head(NamedTuple):
    """How many entries the chain holds, and the last one's hash."""

    count: int
    hash: str


EMPTY = Head(0, GENESIS)


def hex_id(value: uuid.UUID | str | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, uuid.UUID):
        return value.hex
    return str(value).replace("-", "").lower()


def utc_text(value: datetime | str) -> str:
    """A time as SQLite keeps it: naive UTC, with microseconds."""
    if isinstance(value, str):
        return value.replace("T", " ")
    if value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value.strftime("%Y-%m-%d %H:%M:%S.%f")


def entry_hash(previous: str, seq: int, entry_id: Any, at: datetime | str, user: Any, site: Any,
               action: str, entity: str, entity_id: Any, detail: Any) -> str:
    """SHA-256 over the hash before and the entry's fields, canonically encoded."""
    if isinstance(detail, str):  # SQLite hands JSON back as its text
        detail = json.loads(detail)
    fields = [previous, seq, hex_id(entry_id), utc_text(at), hex_id(user), hex_id(site), action, entity,
              hex_id(entity_id), detail]
    encoded = json.dumps(fields, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(encoded.encode()).hexdigest()
