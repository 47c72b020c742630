"""The audit trail as a hash chain on a real SQLite file: each kind of tampering is caught at the
first entry it touches, and a chain that merely ends early is caught by a head saved elsewhere."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from alembic import command
from sqlalchemy import Connection, select
from sqlalchemy.orm import Session, sessionmaker

from app.db.audit_chain import chain_head, hash_at, verify_chain
from app.db.migrate import migrate, upgrade
from app.domain.audit_chain import Head, entry_hash
from app.models import AuditEntry
from app.services.audit_log import list_audit, verify_audit
from app.services.context import Actor
from app.services.policy import set_policy


@pytest.fixture
def chained(sessions: sessionmaker[Session], admin: Actor) -> sessionmaker[Session]:
    """The set-up's entry and six policy changes: seven entries, one per transaction."""
    for value in range(21, 27):
        with sessions.begin() as session:
            set_policy(session, admin, "observation_days", str(value))
    return sessions


def _tamper(sessions: sessionmaker[Session], *statements: str) -> None:
    with sessions.kw["bind"].begin() as connection:
        for statement in statements:
            connection.exec_driver_sql(statement)


def _verdict(sessions: sessionmaker[Session], heads: list[Head] = ()):
    with sessions.kw["bind"].connect() as connection:
        return verify_chain(connection, list(heads))


def _forged(connection: Connection, seq: int, previous: str) -> str:
    """An entry at ``seq`` hashed correctly onto ``previous``, as someone who read this code would."""
    fields = ("00000000000000000000000000000abc", "2026-03-02 02:00:00.000000", None,
              connection.exec_driver_sql("SELECT origin_site_id FROM audit_log LIMIT 1").scalar(),
              "user.role", "user", None, {"before": "guard", "after": "admin"})
    row_hash = entry_hash(previous, seq, *fields)
    return (f"INSERT INTO audit_log (id, created_at, origin_site_id, rev_replica_id, rev_counter, updated_at, "
            f"deleted, action, entity, detail, seq, prev_hash, row_hash) SELECT '{fields[0]}', '{fields[1]}', "
            f"'{fields[3]}', rev_replica_id, 1, '{fields[1]}', 0, 'user.role', 'user', "
            f"'{{\"before\": \"guard\", \"after\": \"admin\"}}', {seq}, '{previous}', '{row_hash}' "
            f"FROM audit_log LIMIT 1")


def test_entries_are_numbered_and_chained_as_they_are_written(chained: sessionmaker[Session], admin: Actor) -> None:
    with chained() as session:
        entries = session.scalars(select(AuditEntry).order_by(AuditEntry.seq)).all()
        rows = list_audit(session, admin)
        verdict = verify_audit(session, admin)
    assert [e.seq for e in entries] == list(range(1, 8))
    assert entries[0].prev_hash == "0" * 64
    assert all(later.prev_hash == earlier.row_hash for earlier, later in zip(entries, entries[1:], strict=False))
    assert verdict.holds and verdict.count == 7 and verdict.head == Head(7, entries[-1].row_hash)
    assert [(r.number, r.user, r.action) for r in rows][:2] == [(1, "admin", "site.init"), (2, "admin", "policy.set")]


def test_several_entries_in_one_transaction_follow_each_other(sessions: sessionmaker[Session], admin: Actor) -> None:
    from app.services.context import audit

    with sessions.begin() as session:
        for n in range(3):
            audit(session, "test.entry", "site", admin.site_id, n=n)
    assert _verdict(sessions).holds
    assert _verdict(sessions).count == 4


Tamper = Callable[[sessionmaker[Session]], None]


def _edit(sessions: sessionmaker[Session]) -> None:
    _tamper(sessions, "UPDATE audit_log SET detail = '{\"key\": \"observation_days\", \"value\": 99}' WHERE seq = 3")


def _edit_the_actor(sessions: sessionmaker[Session]) -> None:
    _tamper(sessions, "UPDATE audit_log SET created_by = NULL WHERE seq = 4")


def _delete(sessions: sessionmaker[Session]) -> None:
    _tamper(sessions, "DELETE FROM audit_log WHERE seq = 3")


def _delete_and_renumber(sessions: sessionmaker[Session]) -> None:
    _tamper(sessions, "DELETE FROM audit_log WHERE seq = 3", "UPDATE audit_log SET seq = seq - 1 WHERE seq > 3")


def _insert(sessions: sessionmaker[Session]) -> None:
    """A forged entry at 3, hashed onto entry 2; the later entries moved up one."""
    with sessions.kw["bind"].begin() as connection:
        previous = hash_at(connection, 2)
        connection.exec_driver_sql("UPDATE audit_log SET seq = -seq WHERE seq >= 3")
        connection.exec_driver_sql("UPDATE audit_log SET seq = 1 - seq WHERE seq < 0")
        connection.exec_driver_sql(_forged(connection, 3, previous))


def _reorder(sessions: sessionmaker[Session]) -> None:
    _tamper(sessions, "UPDATE audit_log SET seq = 0 WHERE seq = 3", "UPDATE audit_log SET seq = 3 WHERE seq = 4",
            "UPDATE audit_log SET seq = 4 WHERE seq = 0")


def _recompute_from(sessions: sessionmaker[Session]) -> None:
    """Entry 3 edited and every later hash computed again: the chain holds, a saved head does not."""
    with sessions.kw["bind"].begin() as connection:
        connection.exec_driver_sql("UPDATE audit_log SET detail = '{\"key\": \"observation_days\", \"value\": 1}' "
                                   "WHERE seq = 3")
        rows = connection.exec_driver_sql(
            "SELECT seq, id, created_at, created_by, origin_site_id, action, entity, entity_id, detail "
            "FROM audit_log WHERE seq >= 3 ORDER BY seq").fetchall()
        previous = hash_at(connection, 2)
        for seq, *fields in rows:
            row_hash = entry_hash(previous, seq, *fields)
            connection.exec_driver_sql(
                f"UPDATE audit_log SET prev_hash = '{previous}', row_hash = '{row_hash}' WHERE seq = {seq}")
            previous = row_hash


@pytest.mark.parametrize(("tamper", "first_bad", "problem"), [
    (_edit, 3, "changed"), (_edit_the_actor, 4, "changed"), (_delete, 3, "missing"),
    (_delete_and_renumber, 3, "link"), (_insert, 4, "link"), (_reorder, 3, "link"),
])
def test_each_kind_of_tampering_is_caught_at_its_first_entry(
        chained: sessionmaker[Session], tamper: Tamper, first_bad: int, problem: str) -> None:
    assert _verdict(chained).holds
    tamper(chained)
    verdict = _verdict(chained)
    assert (verdict.first_bad, verdict.problem) == (first_bad, problem)


def test_a_cut_off_end_and_a_recomputed_chain_are_caught_by_a_saved_head(chained: sessionmaker[Session]) -> None:
    with chained.kw["bind"].connect() as connection:
        saved = chain_head(connection)
    _tamper(chained, "DELETE FROM audit_log WHERE seq >= 6")
    assert _verdict(chained).holds  # nothing in the file itself says what is gone
    verdict = _verdict(chained, [saved])
    assert (verdict.first_bad, verdict.problem, verdict.count) == (6, "truncated", 5)

    _tamper(chained, "DELETE FROM audit_log")
    assert (_verdict(chained, [saved]).first_bad, _verdict(chained, [saved]).problem) == (1, "truncated")


def test_a_recomputed_chain_holds_alone_but_not_against_a_saved_head(chained: sessionmaker[Session]) -> None:
    with chained.kw["bind"].connect() as connection:
        saved = chain_head(connection)
    _recompute_from(chained)
    assert _verdict(chained).holds
    verdict = _verdict(chained, [saved])
    assert (verdict.first_bad, verdict.problem) == (7, "rewritten")


def test_the_upgrade_chains_the_entries_written_before(chained: sessionmaker[Session]) -> None:
    engine = chained.kw["bind"]
    migrate(engine, lambda config: command.downgrade(config, "0010"))
    with engine.connect() as connection:
        assert "seq" not in [row[1] for row in connection.exec_driver_sql("PRAGMA table_info(audit_log)")]
    upgrade(engine)
    verdict = _verdict(chained)
    assert verdict.holds and verdict.count == 7
    with chained() as session:
        actions = session.scalars(select(AuditEntry.action).order_by(AuditEntry.seq)).all()
    assert actions == ["site.init"] + ["policy.set"] * 6
