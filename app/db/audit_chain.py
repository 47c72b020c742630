"""Reading the audit log's hash chain: its head, and a walk that finds the first broken entry.

The walk reads the rows as the driver returns them (no ORM objects), so 100,000 entries take
well under a second; see ``app.models.audit`` for how entries are chained as they are written.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, text

from app.domain.audit_chain import EMPTY, GENESIS, Head, entry_hash

_COLUMNS = "seq, prev_hash, row_hash, id, created_at, created_by, origin_site_id, action, entity, entity_id, detail"
FETCH = 20_000

CHANGED, LINK, MISSING, TRUNCATED, REWRITTEN = "changed", "link", "missing", "truncated", "rewritten"
"""Why the chain breaks at an entry: its fields no longer match its hash; it does not follow the
entry before it (one was removed, inserted or moved); its number is missing; the log ends
before an entry a saved head counted; that entry differs from the saved head."""


@dataclass(frozen=True)
class Verdict:
    count: int
    """Entries in the log."""
    head: Head
    first_bad: int | None = None
    """The number of the first entry where the chain breaks; None when it holds."""
    problem: str | None = None

    @property
    def holds(self) -> bool:
        return self.first_bad is None


def chain_head(connection: Connection) -> Head:
    row = connection.exec_driver_sql("SELECT seq, row_hash FROM audit_log ORDER BY seq DESC LIMIT 1").first()
    return Head(int(row[0]), row[1]) if row else EMPTY


def hash_at(connection: Connection, seq: int) -> str | None:
    """The stored hash of entry ``seq`` (``GENESIS`` for 0), or None if there is no such entry."""
    if seq == 0:
        return GENESIS
    sql = "SELECT row_hash FROM audit_log WHERE seq = " + str(int(seq))
    return connection.exec_driver_sql(sql).scalar()


def verify_chain(connection: Connection, heads: list[Head] = ()) -> Verdict:
    """Walk the chain from its first entry; ``heads`` are heads saved earlier (outside this
    database), each of which the log must still hold."""
    expected_seq, previous = 1, GENESIS
    hashes_wanted = {head.count for head in heads}
    seen: dict[int, str] = {0: GENESIS}
    first_bad = problem = None
    result = connection.exec_driver_sql(f"SELECT {_COLUMNS} FROM audit_log ORDER BY seq")
    for rows in result.partitions(FETCH):
        for seq, prev, stored, *fields in rows:
            if first_bad is None:
                if seq != expected_seq:
                    first_bad, problem = expected_seq, MISSING
                elif prev != previous:
                    first_bad, problem = seq, LINK
                elif entry_hash(prev, seq, *fields) != stored:
                    first_bad, problem = seq, CHANGED
            if seq in hashes_wanted:
                seen[seq] = stored
            previous, expected_seq = stored, seq + 1
    count = expected_seq - 1
    head = Head(count, previous)
    for saved in sorted(heads):
        if first_bad is not None and first_bad <= saved.count:
            break
        if saved.count > count:
            return Verdict(count, head, count + 1, TRUNCATED)
        if seen.get(saved.count) != saved.hash:
            return Verdict(count, head, saved.count, REWRITTEN)
    return Verdict(count, head, first_bad, problem)


def relink(connection: Connection) -> Head:
    """Number and chain every entry anew, in the order they were written (the upgrade that
    brought the chain in; never used on a chained log, which would hide tampering)."""
    rows = connection.exec_driver_sql(
        "SELECT id, created_at, created_by, origin_site_id, action, entity, entity_id, detail "
        "FROM audit_log ORDER BY created_at, id").fetchall()
    head, updates = EMPTY, []
    for seq, (entry_id, *fields) in enumerate(rows, 1):
        row_hash = entry_hash(head.hash, seq, entry_id, *fields)
        updates.append({"seq": seq, "prev": head.hash, "hash": row_hash, "id": entry_id})
        head = Head(seq, row_hash)
    if updates:
        connection.execute(text("UPDATE audit_log SET seq = :seq, prev_hash = :prev, row_hash = :hash "
                                "WHERE id = :id"), updates)
    return head


def head_for_bundle(connection: Connection) -> dict[str, object]:
    """What a compound's bundle tells the office of its audit log: the head, and the hash at
    each earlier head it sent (the entry before each export's own entry), so the office can
    tell a log that only grew from one whose past was written again."""
    head = chain_head(connection)
    earlier = connection.exec_driver_sql(
        "SELECT seq - 1, prev_hash FROM audit_log WHERE action = 'sync.export' ORDER BY seq").fetchall()
    return {"count": head.count, "hash": head.hash, "checkpoints": [[int(c), h] for c, h in earlier]}
