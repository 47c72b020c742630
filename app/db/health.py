"""The database's health: ``gatepost db check``, read-only mode once the file is found damaged,
and a database that is missing where the data folder shows there was one.

Damage seen anywhere (a check, or SQLite refusing a page) is written beside the file
(``gatepost.db.damaged``), so every later start opens it read-only until a backup is restored:
nothing is added on top of a damaged file. Only the sign-in's own bookkeeping (its audit entry,
the account's count of wrong passwords) is still written, so a head can sign in and restore.
"""

from __future__ import annotations

import json
import re
import threading
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

from sqlalchemy import Connection, Engine, event, text

from app import clock
from app.db.engine import sqlite_path
from app.db.values import has_unhex, malformed_rows, text_expression
from app.errors import (
    BUSY, QT_TRANSLATE_NOOP, DatabaseBusy, DatabaseDamaged, GatePostError, Message, explain_failure,
)
from app.models import Base

DAMAGED_SUFFIX = ".damaged"
READ_ONLY = QT_TRANSLATE_NOOP(
    "Errors", "The database is damaged, so GatePost only reads it now: nothing was saved. A committee head "
              "or an administrator can restore a backup (gatepost db restore FILE).")
MISSING = QT_TRANSLATE_NOOP(
    "Errors", "The database {path} is missing. Restore it from a backup in {folder} with: gatepost db restore FILE")
DAMAGED = QT_TRANSLATE_NOOP("Errors", "The database file is damaged: {detail}")
WRONG_VALUES = QT_TRANSLATE_NOOP("Errors", "{table}: {n} rows hold values of the wrong type or form.")
UNREADABLE_TEXT = QT_TRANSLATE_NOOP("Errors", "{table}: a text cannot be read (its bytes are damaged).")
COUNTER_BEHIND = QT_TRANSLATE_NOOP(
    "Errors", "{table}: rows carry change number {found}, beyond this computer's counter {counter}.")
REPLICA_ROWS = QT_TRANSLATE_NOOP("Errors", "The database holds {n} computer identities instead of one.")
BROKEN_LINKS = QT_TRANSLATE_NOOP("Errors", "{n} records point at records that do not exist.")
DAMAGE = frozenset({DAMAGED, WRONG_VALUES, UNREADABLE_TEXT, COUNTER_BEHIND, REPLICA_ROWS})
"""The problems that mean the file is damaged (the others: its schema is not this program's)."""
BOOKKEEPING = frozenset({"audit_log", "users", "replica"})
"""What a sign-in writes: still allowed on a read-only database."""


class DatabaseReadOnly(DatabaseDamaged):
    """A save refused because the database was found damaged."""


class DatabaseMissing(GatePostError):
    """The database file is gone from a data folder that shows it existed."""


# --- gatepost db check -------------------------------------------------------------------------


def check_database(engine: Engine) -> list[Message]:
    """SQLite's own checks, then the program's, then the schema; never raises for a damaged file."""
    problems: list[Message] = []
    with engine.connect() as connection:
        if engine.dialect.name == "sqlite":
            problems += _guarded(connection, _sqlite_checks)
            if not is_damage(problems):  # the program's checks read every row: on a whole file only
                problems += _guarded(connection, _value_checks)
        problems += _guarded(connection, _counter_checks)
        if not any(p.text in DAMAGE for p in problems):
            problems += _guarded(connection, _schema_checks)
    return problems


def is_damage(problems: list[Message]) -> bool:
    return any(p.text in DAMAGE for p in problems)


def _guarded(connection: Connection, check: Callable[[Connection], list[Message]]) -> list[Message]:
    """A check's problems; a check the file makes fail is damage (never a traceback)."""
    try:
        return check(connection)
    except GatePostError:
        raise
    except Exception as error:
        if connection.in_transaction():
            connection.rollback()
        return [Message(DAMAGED, {"detail": _reason(error)})]


def _sqlite_checks(connection: Connection) -> list[Message]:
    result = [row[0] for row in connection.exec_driver_sql("PRAGMA integrity_check")]
    problems = []
    if result != ["ok"]:
        problems.append(Message(DAMAGED, {"detail": "; ".join(result[:5])[:300]}))
    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        problems.append(Message(BROKEN_LINKS, {"n": len(broken)}, n=len(broken)))
    return problems


def _value_checks(connection: Connection) -> list[Message]:
    """Every value of its column's type and form; every text readable."""
    problems = []
    present = set(connection.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'").scalars())
    unhex = has_unhex(connection.exec_driver_sql("SELECT sqlite_version()").scalar_one())
    for table in Base.metadata.sorted_tables:
        if table.name not in present:
            continue
        query = malformed_rows(table, unhex=unhex)
        bad = connection.exec_driver_sql(query).scalar_one() if query else 0
        if bad:
            problems.append(Message(WRONG_VALUES, {"table": table.name, "n": bad}, n=bad))
        texts = text_expression(table)
        if texts and not _texts_readable(connection, f'SELECT {texts} FROM "{table.name}"'):
            problems.append(Message(UNREADABLE_TEXT, {"table": table.name}))
    return problems


def _texts_readable(connection: Connection, query: str) -> bool:
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(query)
        while cursor.fetchmany(8192):
            pass
    except Exception as error:  # the driver's decoding error names no code: it is read by its text
        if "decode" in str(error).lower():
            return False
        raise
    finally:
        cursor.close()
    return True


def _counter_checks(connection: Connection) -> list[Message]:
    """One replica row, whose counter is at or beyond every change it made."""
    rows = connection.execute(text("SELECT id, counter FROM replica")).all()
    if not rows:
        return []
    if len(rows) != 1:
        return [Message(REPLICA_ROWS, {"n": len(rows)}, n=len(rows))]
    replica_id, counter = rows[0]
    problems = []
    for table in Base.metadata.sorted_tables:
        if "rev_counter" not in table.c:
            continue
        found = connection.execute(text(
            f'SELECT max(rev_counter) FROM "{table.name}" WHERE rev_replica_id = :replica'),
            {"replica": replica_id}).scalar()
        if found is not None and found > counter:
            problems.append(Message(COUNTER_BEHIND, {"table": table.name, "found": found, "counter": counter}))
    return problems


def _schema_checks(connection: Connection) -> list[Message]:
    from app.db.migrate import SCHEMA_HEAD, alembic_config, schema_revision

    revision = schema_revision(connection)
    if revision != SCHEMA_HEAD:
        return [Message(QT_TRANSLATE_NOOP("Errors", "The schema is at {found}, this program expects {expected}."),
                        {"found": revision or "-", "expected": SCHEMA_HEAD})]
    from alembic import command
    from alembic.util import AutogenerateDiffsDetected

    try:
        command.check(alembic_config(connection))
    except AutogenerateDiffsDetected as diff:
        return [Message(QT_TRANSLATE_NOOP("Errors", "The tables differ from what this program expects: {detail}"),
                        {"detail": str(diff)[:300]})]
    return []


def _reason(error: BaseException) -> str:
    """What failed, without the driver's full text (a decoding error quotes the stored text)."""
    explained = explain_failure(error)
    if explained is not None and not isinstance(explained, DatabaseDamaged):
        raise explained from error  # the disk or a lock, not the file: said as such
    words = str(getattr(error, "orig", None) or error).lower()
    for known in ("database disk image is malformed", "file is not a database", "could not decode to utf-8"):
        if known in words:
            return known
    return type(getattr(error, "orig", None) or error).__name__


# --- read-only once damaged --------------------------------------------------------------------


_READ_ONLY: WeakKeyDictionary[Engine, str] = WeakKeyDictionary()
_WATCHERS: list[tuple[Engine, Callable[[str | None], None]]] = []
_LOCK = threading.Lock()
_WRITE = re.compile(r"^\s*(INSERT|UPDATE|DELETE|REPLACE|CREATE|DROP|ALTER|VACUUM|REINDEX)\b"
                    r"(?:\s+OR\s+\w+)?(?:\s+INTO|\s+FROM)?\s+\"?(\w+)", re.IGNORECASE)


def damage_marker(database: Path) -> Path:
    return database.with_name(database.name + DAMAGED_SUFFIX)


def read_only_reason(engine: Engine) -> str | None:
    """Why the database is read-only (a short, untranslated detail), or None."""
    return _READ_ONLY.get(engine)


def mark_damaged(engine: Engine, detail: str) -> None:
    """The file is damaged: read-only from now on, in this program and at every later start."""
    path = sqlite_path(engine)
    if path is not None:
        try:
            damage_marker(path).write_text(json.dumps({"at": clock.now().isoformat(), "detail": detail}), "utf-8")
        except OSError:
            pass  # the disk may be what failed: read-only in this program at least
    _set(engine, detail)


def clear_damage(engine: Engine) -> None:
    """A sound database is back (restored): writable again."""
    path = sqlite_path(engine)
    if path is not None:
        damage_marker(path).unlink(missing_ok=True)
    with _LOCK:
        was = _READ_ONLY.pop(engine, None)
    if was is not None:
        _notify(engine, None)


def _set(engine: Engine, detail: str) -> None:
    with _LOCK:
        was = _READ_ONLY.get(engine)
        _READ_ONLY[engine] = detail
    if was is None:
        _notify(engine, detail)


def watch(engine: Engine, callback: Callable[[str | None], None]) -> Callable[[], None]:
    """Call ``callback(detail)`` when the database turns read-only (``None``: writable again),
    on whichever thread found it; returns the function that stops watching."""
    entry = (engine, callback)
    with _LOCK:
        _WATCHERS.append(entry)

    def stop() -> None:
        with _LOCK:
            if entry in _WATCHERS:
                _WATCHERS.remove(entry)

    return stop


def _notify(engine: Engine, detail: str | None) -> None:
    with _LOCK:
        callbacks = [callback for watched, callback in _WATCHERS if watched is engine]
    for callback in callbacks:
        callback(detail)


def refuse_writes(engine: Engine) -> None:
    if engine in _READ_ONLY:
        raise DatabaseReadOnly(READ_ONLY)


_CLOSED: WeakKeyDictionary[Engine, bool] = WeakKeyDictionary()


@contextmanager
def closed(engine: Engine) -> Iterator[None]:
    """No new connection to the database meanwhile (its file is being replaced): whoever tries
    is told the database is busy, instead of opening the file on its way out."""
    _CLOSED[engine] = True
    try:
        engine.dispose()
        yield
    finally:
        _CLOSED.pop(engine, None)


FOREIGN = "reading_foreign_file"
"""``connection.info`` key set while a connection reads another file (a bundle's payload): its
damage is not this database's."""


def install(engine: Engine) -> None:
    """Refuse writes once the database is read-only, and turn read-only when SQLite finds damage."""
    path = sqlite_path(engine)
    if path is not None:
        try:
            detail = json.loads(damage_marker(path).read_text("utf-8")).get("detail", "")
        except FileNotFoundError:
            detail = None
        except (OSError, ValueError, AttributeError):
            detail = "damaged"
        if detail is not None:
            _set(engine, str(detail))

    ref = weakref.ref(engine)  # the listeners live in the engine: no cycle to keep it (and its file) open

    def guard(connection: Any, cursor: Any, statement: str, *_args: Any) -> None:
        if ref() in _READ_ONLY:
            write = _WRITE.match(statement)
            if write and (write[1].upper() not in ("INSERT", "UPDATE", "DELETE") or write[2] not in BOOKKEEPING):
                raise DatabaseReadOnly(READ_ONLY)

    def on_error(context: Any) -> None:
        error = context.original_exception
        if isinstance(error, GatePostError) or (context.connection is not None
                                                 and context.connection.info.get(FOREIGN)):
            return
        watched = ref()
        if watched is not None and isinstance(explain_failure(error), DatabaseDamaged):
            try:
                detail = _reason(error)
            except GatePostError:
                return
            mark_damaged(watched, detail)

    def refuse_while_closed(*_args: Any) -> None:
        if ref() in _CLOSED:
            raise DatabaseBusy(BUSY)

    event.listen(engine, "before_cursor_execute", guard)
    event.listen(engine, "handle_error", on_error)
    event.listen(engine, "do_connect", refuse_while_closed)


# --- a missing database ------------------------------------------------------------------------


def existed_before(database: Path) -> bool:
    """Whether the data folder shows that a database lived at ``database``: its key file with
    accounts, its ``.replica`` marker, its damage marker, or backups of it."""
    from app.db.vault import Vault, vault_path

    if vault_path(database).exists():
        try:
            vault = Vault.load(database)
        except GatePostError:  # a damaged key file is still one
            return True
        if vault is not None and vault.has_users():
            return True
    beside = [database.with_name(database.name + suffix) for suffix in (".replica", DAMAGED_SUFFIX)]
    if any(path.exists() for path in beside):
        return True
    backups = database.parent / "backups"
    return backups.is_dir() and any(backups.glob(f"{database.stem}-????????T??????Z-*.db"))


def refuse_missing(database: Path | None) -> None:
    """A database gone from where it lived is reported, never silently made anew."""
    if database is not None and not database.exists() and existed_before(database):
        raise DatabaseMissing(MISSING, path=str(database), folder=str(database.parent / "backups"))
