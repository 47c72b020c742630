"""Privacy targets on the 1M-check database (an encrypted copy, made for this run):

- the nightly retention purge (the oldest of its 25 days: 40,000 checks and 8,000 visits), while
  a second thread saves a check every 50 ms: the purge's time, and the longest any of those
  saves took (the gate must not wait);
- ``audit verify`` over 100,000 chained entries.

Purging all 25 days at once (1.4M records) goes the same way, day after day: about 25 times the
nightly figure.
"""

from __future__ import annotations

import shutil
import threading
import time
from datetime import timedelta
from pathlib import Path

from benchmarks import fixture

FOLDER = fixture.ROOT / "privacy"
AUDIT_ROWS = 100_000
SAVE_EVERY_S = 0.05


def _copy() -> Path:
    """The encrypted fixture copied (its key file too), so the purge never touches the original."""
    plain = fixture.ensure()[0]
    source = fixture.ensure_encrypted(plain)[0]
    shutil.rmtree(FOLDER, ignore_errors=True)
    FOLDER.mkdir(parents=True)
    for name in ("gatepost.db", "gatepost.db.keys"):
        shutil.copyfile(source / name, FOLDER / name)
    return FOLDER


def _purge(sessions, actor) -> tuple[float, float, int, int]:
    """Seconds the purge took, the slowest check save meanwhile (ms), saves made, rows purged."""
    from sqlalchemy import select

    from app import clock
    from app.models import Person
    from app.services.checks import CheckForm, record_check
    from app.services.retention import purge_expired

    with sessions() as session:
        people = list(session.scalars(select(Person.id).limit(2000)))
    slowest, saves, done = 0.0, 0, threading.Event()

    def gate() -> None:
        nonlocal slowest, saves
        while not done.is_set():
            started = time.perf_counter()
            with sessions.begin() as session:
                record_check(session, actor, CheckForm(reading="36.5", person_id=people[saves % len(people)]))
            slowest = max(slowest, time.perf_counter() - started)
            saves += 1
            done.wait(SAVE_EVERY_S)

    # The fixture's oldest day is 24 days before its last: five days on, it is past the 28 days.
    clock.use_clock(clock.FixedClock(fixture.NOW + timedelta(days=5)))
    saver = threading.Thread(target=gate)
    saver.start()
    started = time.perf_counter()
    try:
        report = purge_expired(sessions, actor)
    finally:
        elapsed = time.perf_counter() - started
        done.set()
        saver.join()
    return elapsed, slowest * 1000, saves, report.total


def _chain(sessions, rows: int) -> None:
    """``rows`` entries appended in SQL, chained as the program chains them."""
    import json
    import uuid

    from app import clock
    from app.db.audit_chain import chain_head
    from app.domain.audit_chain import entry_hash, utc_text
    from app.models import Replica

    with sessions.begin() as session:
        connection = session.connection()
        head = chain_head(connection)
        replica = session.query(Replica).one()
        at = utc_text(clock.now())
        values, previous = [], head.hash
        for seq in range(head.count + 1, head.count + rows + 1):
            entry_id = uuid.uuid4().hex
            detail = {"n": seq}
            row_hash = entry_hash(previous, seq, entry_id, at, None, replica.site_id, "bench.entry", "site",
                                  None, detail)
            values.append((entry_id, replica.site_id.hex, replica.id.hex, replica.counter, at, at, json.dumps(detail),
                           seq, previous, row_hash))
            previous = row_hash
        connection.connection.driver_connection.executemany(
            "INSERT INTO audit_log (id, origin_site_id, rev_replica_id, rev_counter, created_at, updated_at, deleted, "
            "action, entity, detail, seq, prev_hash, row_hash) VALUES (?, ?, ?, ?, ?, ?, 0, 'bench.entry', 'site', "
            "?, ?, ?, ?)", values)


def figures() -> list:
    from benchmarks.__main__ import Figure

    from app.db.audit_chain import verify_chain

    folder = _copy()
    sessions, actor = fixture.signed_in(folder)  # upgraded to this schema, chained, on opening
    elapsed, slowest_ms, saves, purged = _purge(sessions, actor)
    print(f"(nightly purge: {purged} records in {elapsed:.1f} s; {saves} checks saved meanwhile)")
    _chain(sessions, AUDIT_ROWS)
    times = []
    for _ in range(3):
        started = time.perf_counter()
        with sessions.kw["bind"].connect() as connection:
            verdict = verify_chain(connection)
        times.append(time.perf_counter() - started)
    if not verdict.holds or verdict.count < AUDIT_ROWS:
        raise SystemExit(f"audit verify: {verdict}")
    sessions.kw["bind"].dispose()
    shutil.rmtree(folder, ignore_errors=True)
    return [
        Figure("nightly purge of one day (1M-check database)", elapsed, "s", None),
        Figure("slowest check save during that purge", slowest_ms, "ms", 50.0),
        Figure(f"audit verify over {verdict.count // 1000}k entries, best of 3", min(times), "s", 1.0),
    ]
