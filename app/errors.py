"""The few errors a user can see, each with a message that can be translated.

Messages are English source strings with ``{placeholders}``, marked for Qt Linguist with
``QT_TRANSLATE_NOOP`` so the core needs no Qt; the UI and CLI translate them at display time.
Parameters never hold personal numbers, and ``str(error)`` never formats them in, so an error
can be logged as it is.
"""

from __future__ import annotations

import errno
from collections.abc import Callable
from dataclasses import dataclass, field

Translate = Callable[[str, str, int], str]
"""``translate(context, source_text, n)``; ``n`` is -1 when the text has no plural."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for extraction into the ``context`` section of the .ts files."""
    return text


def untranslated(context: str, text: str, n: int = -1) -> str:
    return text


FIELD_LABELS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("Fields", "Name"),
    "building": QT_TRANSLATE_NOOP("Fields", "Building"),
    "unit": QT_TRANSLATE_NOOP("Fields", "Unit"),
    "room": QT_TRANSLATE_NOOP("Fields", "Room"),
    "phone": QT_TRANSLATE_NOOP("Fields", "Phone"),
    "id_type": QT_TRANSLATE_NOOP("Fields", "ID type"),
    "id_number": QT_TRANSLATE_NOOP("Fields", "ID number"),
    "pass_no": QT_TRANSLATE_NOOP("Fields", "Pass number"),
    "tags": QT_TRANSLATE_NOOP("Fields", "Tags"),
    "temperature": QT_TRANSLATE_NOOP("Fields", "Temperature"),
    "method": QT_TRANSLATE_NOOP("Fields", "Method"),
    "gate": QT_TRANSLATE_NOOP("Fields", "Gate"),
    "person": QT_TRANSLATE_NOOP("Fields", "Person"),
    "host": QT_TRANSLATE_NOOP("Fields", "Host household"),
    "purpose": QT_TRANSLATE_NOOP("Fields", "Purpose"),
    "plate": QT_TRANSLATE_NOOP("Fields", "Vehicle plate"),
    "companions": QT_TRANSLATE_NOOP("Fields", "Companions"),
    "origin": QT_TRANSLATE_NOOP("Fields", "Where from (14 days)"),
    "decision": QT_TRANSLATE_NOOP("Fields", "Decision"),
    "refusal_reason": QT_TRANSLATE_NOOP("Fields", "Reason for refusal"),
    "outcome": QT_TRANSLATE_NOOP("Fields", "Outcome"),
    "username": QT_TRANSLATE_NOOP("Fields", "User name"),
    "password": QT_TRANSLATE_NOOP("Fields", "Password"),
    "site": QT_TRANSLATE_NOOP("Fields", "Compound"),
    "committee": QT_TRANSLATE_NOOP("Fields", "Residents' committee"),
    "file": QT_TRANSLATE_NOOP("Fields", "File"),
    "date": QT_TRANSLATE_NOOP("Fields", "Date"),
    "visit": QT_TRANSLATE_NOOP("Fields", "Visit"),
    "residents": QT_TRANSLATE_NOOP("Fields", "Residents"),
    "days": QT_TRANSLATE_NOOP("Fields", "Days"),
    "kind": QT_TRANSLATE_NOOP("Fields", "Kind of observation"),
    "transport": QT_TRANSLATE_NOOP("Fields", "Transport"),
    "slot": QT_TRANSLATE_NOOP("Fields", "Morning or afternoon"),
    "status": QT_TRANSLATE_NOOP("Fields", "Follow-up result"),
    "symptoms": QT_TRANSLATE_NOOP("Fields", "Symptoms"),
    "action": QT_TRANSLATE_NOOP("Fields", "Action taken"),
    "policy": QT_TRANSLATE_NOOP("Fields", "Policy"),
    "prefix": QT_TRANSLATE_NOOP("Fields", "Region or plate prefix"),
    "valid_from": QT_TRANSLATE_NOOP("Fields", "Valid from"),
    "valid_until": QT_TRANSLATE_NOOP("Fields", "Valid until"),
    "out": QT_TRANSLATE_NOOP("Fields", "Output file"),
    "template": QT_TRANSLATE_NOOP("Fields", "Notice"),
    "languages": QT_TRANSLATE_NOOP("Fields", "Languages"),
    "pages": QT_TRANSLATE_NOOP("Fields", "Pages"),
    "paper_ref": QT_TRANSLATE_NOOP("Fields", "Paper entry number"),
    "taken_at": QT_TRANSLATE_NOOP("Fields", "Time written"),
    "second_reading": QT_TRANSLATE_NOOP("Fields", "Second reading"),
    "title": QT_TRANSLATE_NOOP("Fields", "Title"),
    "body": QT_TRANSLATE_NOOP("Fields", "Text"),
    "size": QT_TRANSLATE_NOOP("Fields", "Paper size"),
    "layout": QT_TRANSLATE_NOOP("Fields", "Layout"),
    "qr": QT_TRANSLATE_NOOP("Fields", "QR code"),
    "folder": QT_TRANSLATE_NOOP("Fields", "Folder"),
    "keys": QT_TRANSLATE_NOOP("Fields", "Keys"),
    "fingerprint": QT_TRANSLATE_NOOP("Fields", "Fingerprint"),
    "office": QT_TRANSLATE_NOOP("Fields", "Street office"),
    # The other columns of records that travel between computers (shown with sync conflicts).
    "active": QT_TRANSLATE_NOOP("Fields", "In use"),
    "admitted": QT_TRANSLATE_NOOP("Fields", "Let in"),
    "arrived_on": QT_TRANSLATE_NOOP("Fields", "Arrived on"),
    "at": QT_TRANSLATE_NOOP("Fields", "Time"),
    "closed_at": QT_TRANSLATE_NOOP("Fields", "Closed at"),
    "copy_code": QT_TRANSLATE_NOOP("Fields", "Printing computer"),
    "day": QT_TRANSLATE_NOOP("Fields", "Day"),
    "deleted": QT_TRANSLATE_NOOP("Fields", "Deleted"),
    "detail": QT_TRANSLATE_NOOP("Fields", "Details"),
    "doctor": QT_TRANSLATE_NOOP("Fields", "Doctor"),
    "end_on": QT_TRANSLATE_NOOP("Fields", "Ends on"),
    "first_page": QT_TRANSLATE_NOOP("Fields", "First page"),
    "host_room": QT_TRANSLATE_NOOP("Fields", "Host's room"),
    "household_id": QT_TRANSLATE_NOOP("Fields", "Household"),
    "id_last4": QT_TRANSLATE_NOOP("Fields", "Last four digits of the ID"),
    "is_fever": QT_TRANSLATE_NOOP("Fields", "Fever"),
    "key": QT_TRANSLATE_NOOP("Fields", "Setting"),
    "label": QT_TRANSLATE_NOOP("Fields", "Label"),
    "language": QT_TRANSLATE_NOOP("Fields", "Language"),
    "last_seen_slot": QT_TRANSLATE_NOOP("Fields", "Last seen"),
    "name_initials": QT_TRANSLATE_NOOP("Fields", "Name initials"),
    "name_pinyin": QT_TRANSLATE_NOOP("Fields", "Name in pinyin"),
    "origin_code": QT_TRANSLATE_NOOP("Fields", "Where from (code)"),
    "origin_label": QT_TRANSLATE_NOOP("Fields", "Where from"),
    "outcome_on": QT_TRANSLATE_NOOP("Fields", "Outcome date"),
    "pass_valid_until": QT_TRANSLATE_NOOP("Fields", "Pass valid until"),
    "police": QT_TRANSLATE_NOOP("Fields", "Police officer"),
    "printed_at": QT_TRANSLATE_NOOP("Fields", "Printed at"),
    "raised_at": QT_TRANSLATE_NOOP("Fields", "Raised at"),
    "reading_dt": QT_TRANSLATE_NOOP("Fields", "Reading"),
    "reason": QT_TRANSLATE_NOOP("Fields", "Reason"),
    "recheck_of_id": QT_TRANSLATE_NOOP("Fields", "Recheck of"),
    "returnee_id": QT_TRANSLATE_NOOP("Fields", "Returnee"),
    "room_key": QT_TRANSLATE_NOOP("Fields", "Room (for sorting)"),
    "rows_per_page": QT_TRANSLATE_NOOP("Fields", "Rows per page"),
    "source": QT_TRANSLATE_NOOP("Fields", "Source"),
    "start_on": QT_TRANSLATE_NOOP("Fields", "Starts on"),
    "subject_kind": QT_TRANSLATE_NOOP("Fields", "Resident or visitor"),
    "subject_label": QT_TRANSLATE_NOOP("Fields", "Person as written"),
    "support_needed": QT_TRANSLATE_NOOP("Fields", "Support needed"),
    "threshold_dt": QT_TRANSLATE_NOOP("Fields", "Fever threshold"),
    "time_in": QT_TRANSLATE_NOOP("Fields", "Time in"),
    "time_out": QT_TRANSLATE_NOOP("Fields", "Time out"),
    "timezone": QT_TRANSLATE_NOOP("Fields", "Time zone"),
    "transport_no": QT_TRANSLATE_NOOP("Fields", "Train or flight number"),
    "value": QT_TRANSLATE_NOOP("Fields", "Value"),
    "worker": QT_TRANSLATE_NOOP("Fields", "Community worker"),
    "watch_entries.kind": QT_TRANSLATE_NOOP("Fields", "Kind of entry"),
}
FIELD_LABELS.update({column: FIELD_LABELS[same] for column, same in (
    ("gate_id", "gate"), ("person_id", "person"), ("visit_id", "visit"), ("site_id", "site"),
    ("host_household_id", "host"), ("page_count", "pages"))})

RECORD_LABELS: dict[str, str] = {
    "exit_attempts": QT_TRANSLATE_NOOP("Records", "Attempt to go out"),
    "follow_ups": QT_TRANSLATE_NOOP("Records", "Follow-up"),
    "gates": QT_TRANSLATE_NOOP("Records", "Gate"),
    "household_outings": QT_TRANSLATE_NOOP("Records", "Household outing"),
    "households": QT_TRANSLATE_NOOP("Records", "Household"),
    "notice_texts": QT_TRANSLATE_NOOP("Records", "Notice wording"),
    "observation_alerts": QT_TRANSLATE_NOOP("Records", "Observation alert"),
    "people": QT_TRANSLATE_NOOP("Records", "Resident"),
    "policy_settings": QT_TRANSLATE_NOOP("Records", "Policy value"),
    "register_sheets": QT_TRANSLATE_NOOP("Records", "Register pages"),
    "returnees": QT_TRANSLATE_NOOP("Records", "Returnee"),
    "sites": QT_TRANSLATE_NOOP("Records", "Compound"),
    "temperature_checks": QT_TRANSLATE_NOOP("Records", "Temperature check"),
    "visits": QT_TRANSLATE_NOOP("Records", "Visit"),
    "watch_entries": QT_TRANSLATE_NOOP("Records", "Watch list entry"),
}
"""The records that travel between computers, as the committee knows them."""


def record_label(table: str) -> str:
    """A travelling record's kind as the committee knows it (untranslated, context "Records")."""
    return RECORD_LABELS.get(table, table)


def column_label(table: str, column: str) -> str:
    """A travelling record's column as the committee knows it (untranslated, context "Fields")."""
    return FIELD_LABELS.get(f"{table}.{column}") or FIELD_LABELS.get(column, column)


FIELD_PROBLEM = QT_TRANSLATE_NOOP("Errors", "{field}: {problem}")


@dataclass(frozen=True)
class Message:
    """A translatable text and its parameters; ``n`` selects a plural form."""

    text: str
    params: dict[str, object] = field(default_factory=dict)
    context: str = "Errors"
    n: int = -1

    def render(self, translate: Translate = untranslated) -> str:
        params = {
            key: value.render(translate) if isinstance(value, Message) else value
            for key, value in self.params.items()
        }
        return translate(self.context, self.text, self.n).format(**params)


class GatePostError(Exception):
    """Base of the errors users see."""

    def __init__(self, text: str, *, n: int = -1, **params: object) -> None:
        super().__init__(text)
        if n >= 0:
            params["n"] = n
        self.message = Message(text, params, n=n)

    def render(self, translate: Translate = untranslated) -> str:
        return self.message.render(translate)


class ValidationError(GatePostError):
    """Input that cannot be accepted; names the field so the form can point at it."""

    def __init__(self, field_name: str, text: str, *, n: int = -1, **params: object) -> None:
        super().__init__(text, n=n, **params)
        self.field = field_name

    def __str__(self) -> str:
        return f"{self.field}: {self.message.text}"

    def render(self, translate: Translate = untranslated) -> str:
        label = translate("Fields", FIELD_LABELS.get(self.field, self.field), -1)
        return translate("Errors", FIELD_PROBLEM, -1).format(
            field=label, problem=self.message.render(translate)
        )


class PermissionDenied(GatePostError):
    """The actor's role does not allow the action."""


class NotFound(GatePostError):
    """A record named by the user does not exist."""


class AuthenticationFailed(GatePostError):
    """Wrong user name or password (never says which)."""


class DatabaseBusy(GatePostError):
    """Another window or program holds the database (a long import, a backup)."""


class SetupRequired(GatePostError):
    """The database has no site yet; run the setup wizard or ``gatepost init``."""


class DiskFull(GatePostError):
    """The disk holding the database (or the file being written) has no space left."""


class StorageFailed(GatePostError):
    """The disk could not be read or written: a failing drive, a pulled USB stick."""


class DatabaseDamaged(GatePostError):
    """The database file is corrupt or not a database at all; a backup must be restored."""


BUSY = QT_TRANSLATE_NOOP("Errors", "The database is busy with a long task; try again in a moment.")
_FAILURES: dict[str, tuple[type[GatePostError], str]] = {
    "full": (DiskFull, QT_TRANSLATE_NOOP(
        "Errors", "The disk is full; the work in progress was not saved. Free some space on it and try again.")),
    "io": (StorageFailed, QT_TRANSLATE_NOOP(
        "Errors", "The disk could not be read or written; the work in progress was not saved. "
                  "Check the drive and its free space, then try again.")),
    "busy": (DatabaseBusy, BUSY),
    "damaged": (DatabaseDamaged, QT_TRANSLATE_NOOP(
        "Errors", "The database is damaged. Ask the administrator to restore it from a backup.")),
}
DAMAGED_FILE = QT_TRANSLATE_NOOP(
    "Errors", "The database file is damaged. Restore a backup from {folder} with: gatepost db restore FILE")
# SQLite's primary result codes (the driver reports extended ones: 13 | n << 8).
_SQLITE_CODES = {13: "full", 10: "io", 5: "busy", 6: "busy", 11: "damaged", 26: "damaged"}
# The same failures as their messages, for drivers that report no code, and Python's own
# reading of a text column whose bytes are not UTF-8 (a damaged page).
_SQLITE_TEXTS = (("database or disk is full", "full"), ("disk i/o error", "io"),
                 ("database is locked", "busy"), ("database table is locked", "busy"),
                 ("database disk image is malformed", "damaged"), ("file is not a database", "damaged"),
                 ("could not decode to utf-8", "damaged"))
_POSTGRESQL_STATES = {"53100": "full", "58030": "io", "55P03": "busy", "XX001": "damaged", "XX002": "damaged"}
_OS_ERRORS = {errno.ENOSPC: "full", getattr(errno, "EDQUOT", errno.ENOSPC): "full", errno.EIO: "io"}


def _failure_kind(error: BaseException) -> str | None:
    if isinstance(error, OSError) and error.errno in _OS_ERRORS:
        return _OS_ERRORS[error.errno]
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(code, int) and code & 0xFF in _SQLITE_CODES:
        return _SQLITE_CODES[code & 0xFF]
    state = getattr(error, "sqlstate", None) or getattr(error, "pgcode", None)
    if state in _POSTGRESQL_STATES:
        return _POSTGRESQL_STATES[state]
    module = type(error).__module__
    if "sqlite" in module or "sqlcipher" in module:
        text = str(error).lower()
        return next((kind for known, kind in _SQLITE_TEXTS if known in text), None)
    return None


def explain_failure(error: BaseException, backups: str | None = None) -> GatePostError | None:
    """What an operational failure means to the user (disk full, I/O, busy, damaged), or None.

    ``error`` may be the driver's, SQLAlchemy's wrapping of it, or an ``OSError``, raised
    directly or as the cause of another. ``backups`` is the folder to restore a damaged file from.
    """
    seen: set[int] = set()
    pending: list[BaseException | None] = [error]
    while pending:
        current = pending.pop(0)
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        kind = _failure_kind(current)
        if kind == "damaged" and backups:
            return DatabaseDamaged(DAMAGED_FILE, folder=backups)
        if kind is not None:
            kind_class, text = _FAILURES[kind]
            return kind_class(text)
        original = getattr(current, "orig", None)
        pending += [original if isinstance(original, BaseException) else None,
                    current.__cause__, current.__context__]
    return None
