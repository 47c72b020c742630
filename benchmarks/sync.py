"""USB sync figures: a day's export, the hub's import of a million rows (SQLite and PostgreSQL),
and a re-import; each next to a baseline measured in the same run.

Fixtures (built once under ``.bench/sync``, reused after): a compound of 2,500 residents whose
last day (about 5,000 checks) the office has not acknowledged yet, and a compound of 20,000
residents with 25 days of traffic (a little over 1M rows) exported once into one bundle, with
the hub that bundle is addressed to. The PostgreSQL figures start their own server.

Run alone with ``python -m benchmarks.sync``.
"""

from __future__ import annotations

import gc
import shutil
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from app.paths import HUB_FILE_NAME as HUB_FILE
from benchmarks.fixture import NOW, ROOT, new_site, signed_in

FOLDER = ROOT / "sync"
IMPORT_RUNS = 3
"""The SQLite import is timed this many times (about 10 s each) and its median shown: on a shared
machine one run can land in another program's busy moment."""


def _hub(folder: Path):
    from app.db.engine import make_session_factory, sqlite_url
    from app.db.migrate import open_database
    from app.services.hub import init_hub

    sessions = make_session_factory(open_database(sqlite_url(folder, HUB_FILE), hub=True))
    with sessions.begin() as session:
        init_hub(session, "基准街道", "bench", "bench-pass-1")
    return sessions


def _office(sessions):
    """The office's administrator (the hub's services act as a signed-in office user)."""
    from sqlalchemy import select

    from app.models import User
    from app.services.auth import actor_for

    with sessions() as session:
        return actor_for(session.scalars(select(User).where(User.role == "admin")).one(), office=True)


def _gate(folder: Path, residents: int, days: int, hub_sessions):
    """A compound with demo traffic that trusts the hub and is trusted by it."""
    from app.services.demo import generate_demo_data
    from app.services.hub import office_key_file, trust_site
    from app.services.sync import import_office_key, own_fingerprint, own_public_key_file

    sessions, actor = new_site(folder)
    generate_demo_data(sessions, actor, residents=residents, days=days, seed=7)
    with hub_sessions.begin() as session:
        office = office_key_file(session, _office(hub_sessions))
    with sessions.begin() as session:
        import_office_key(session, actor, office)
        (folder / "site.json").write_bytes(own_public_key_file(session, actor))
        fingerprint = own_fingerprint(session, actor).fingerprint  # read out over the phone
    with hub_sessions.begin() as session:
        trust_site(session, _office(hub_sessions), folder / "site.json", fingerprint)
    return sessions, actor


def _version() -> str:
    from app.db.migrate import SCHEMA_HEAD
    from app.sync.bundle import FORMAT
    from app.sync.payload import SYNC_FORMAT

    return f"{SCHEMA_HEAD}/{SYNC_FORMAT}/{FORMAT}"


def _ready(folder: Path) -> bool:
    """Built before, for this schema and bundle format: a bundle of another is (rightly) refused."""
    marker = folder / "ready"
    return marker.exists() and marker.read_text() == _version()


def _mark_ready(folder: Path) -> None:
    (folder / "ready").write_text(_version())


def ensure_day() -> Path:
    """The 2,500-resident compound, everything but its last day acknowledged by the office."""
    from sqlalchemy import func, select

    from app.models import Replica, TemperatureCheck
    from app.services.sync_state import set_state

    folder = FOLDER / "day"
    if _ready(folder):
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    (folder / "gate").mkdir(parents=True)
    (folder / "hub").mkdir()
    hub = _hub(folder / "hub")
    sessions, _ = _gate(folder / "gate", residents=2_500, days=3, hub_sessions=hub)
    with sessions.begin() as session:
        replica = session.scalars(select(Replica)).one()
        last_day = session.scalar(select(func.max(TemperatureCheck.rev_counter)))
        set_state(session, "acked", {replica.id.hex: last_day - 1})  # as a receipt would
    sessions.kw["bind"].dispose()
    hub.kw["bind"].dispose()
    _mark_ready(folder)
    return folder


def ensure_big() -> Path:
    """The 20,000-resident compound's first bundle (about 1M rows) and its hub, not yet imported."""
    from app.services.sync import export_events

    folder = FOLDER / "big"
    if _ready(folder):
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    for name in ("gate", "hub", "stick"):
        (folder / name).mkdir(parents=True)
    hub = _hub(folder / "hub")
    print("building the 1M-row compound for the sync figures (once)…", flush=True)
    sessions, actor = _gate(folder / "gate", residents=20_000, days=25, hub_sessions=hub)
    started = time.perf_counter()
    with sessions.begin() as session:
        done = export_events(session, actor, folder / "stick")
    print(f"exported {done.rows} rows in {time.perf_counter() - started:.1f} s", flush=True)
    Path(done.path).rename(folder / "big.gpb")
    sessions.kw["bind"].dispose()
    hub.kw["bind"].dispose()
    shutil.rmtree(folder / "gate")  # only the bundle and its hub are needed from now on
    _mark_ready(folder)
    return folder


# --- figures ---------------------------------------------------------------------------------------


def export_figure(Figure: type) -> object:
    from app.services.sync import export_events
    from app.services.sync_state import state

    folder = ensure_day()
    sessions, actor = signed_in(folder / "gate")
    with sessions() as session:
        acked = state(session, "acked")
    times, raw_times, rows = [], [], 0
    with tempfile.TemporaryDirectory() as stick:
        gc.collect()
        for _ in range(5):
            started = time.perf_counter()
            with sessions.begin() as session:
                rows = export_events(session, actor, Path(stick)).rows
            times.append(time.perf_counter() - started)
    sessions.kw["bind"].dispose()
    # The same rows, read by a bare SELECT.
    (replica, counter), = acked.items()
    raw = sqlite3.connect(folder / "gate" / "gatepost.db")
    tables = [name for (name,) in raw.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    for _ in range(5):
        started = time.perf_counter()
        found = sum(len(raw.execute(f'SELECT * FROM "{name}" WHERE rev_replica_id = ? AND rev_counter > ?',
                                    (replica, counter)).fetchall())
                    for name in tables if name not in ("users", "audit_log", "sync_keys") and _synced(raw, name))
        raw_times.append(time.perf_counter() - started)
    raw.close()
    assert found >= rows >= 5_000, (found, rows)
    return Figure(f"export one day ({rows} rows), median of 5", statistics.median(times), "s", 1.0,
                  statistics.median(raw_times), "raw sqlite3 SELECT")


def _synced(connection: sqlite3.Connection, name: str) -> bool:
    return any(row[1] == "rev_counter" for row in connection.execute(f'PRAGMA table_info("{name}")'))


def _inner_rows(bundle: Path, hub_db: Path) -> dict[str, tuple[list[str], list[tuple]]]:
    """The bundle's rows, decrypted with the hub's key: per table its columns and rows."""
    from app.sync.bundle import open_payload, read_header, verify
    from app.sync.tables import UP_TABLES, sorted_names, table

    header, data = read_header(bundle)
    connection = sqlite3.connect(hub_db)
    sign_public, = connection.execute("SELECT sign_public FROM sync_keys WHERE fingerprint = ?",
                                      (header.sender_key,)).fetchone()
    box_secret, = connection.execute("SELECT box_secret FROM sync_keys WHERE box_secret IS NOT NULL").fetchone()
    connection.close()
    with tempfile.NamedTemporaryFile(suffix=".db") as inner:
        open_payload(verify(header, data, sign_public), box_secret, inner)
        inner.flush()
        source = sqlite3.connect(inner.name)
        rows = {}
        for name in sorted_names(UP_TABLES):
            columns = [c.name for c in table(name).columns]
            names = ", ".join(f'"{c}"' for c in columns)
            rows[name] = (columns, source.execute(f'SELECT {names} FROM "{name}"').fetchall())
        source.close()
    return rows


def _hub_copy(template: Path, folder: Path) -> Path:
    folder.mkdir()
    shutil.copyfile(template / HUB_FILE, folder / HUB_FILE)
    return folder


def _timed_import(sessions, bundle: Path) -> tuple[float, int]:
    from app.services.hub import import_bundles

    office = _office(sessions)
    gc.collect()
    started = time.perf_counter()
    (result,) = import_bundles(sessions, office, [bundle])
    elapsed = time.perf_counter() - started
    assert getattr(result, "status", None) == "imported", result
    return elapsed, result.rows


def _baseline_rows() -> dict[str, tuple[list[str], list[tuple]]]:
    """The bundle's rows for a baseline, loaded after the import it is compared with: held in memory
    during an import, a million rows would slow it (the garbage collector walks them again and again)."""
    folder = ensure_big()
    return _inner_rows(folder / "big.gpb", folder / "hub" / HUB_FILE)


def sqlite_import_figures(Figure: type) -> list:
    from sqlcipher3 import dbapi2 as sqlcipher

    from app.db.at_rest import encrypt_in_place
    from app.db.engine import PAGE_SIZE, make_session_factory, sqlite_url
    from app.db.migrate import open_database
    from app.db.vault import new_key
    from app.services.hub import import_bundles

    folder = ensure_big()
    bundle = folder / "big.gpb"
    key = new_key()
    with tempfile.TemporaryDirectory(dir=FOLDER) as scratch:
        # One import into a plain copy, for the figure beside the encrypted ones.
        plain_dir = _hub_copy(folder / "hub", Path(scratch) / "plain")
        plain = make_session_factory(open_database(sqlite_url(plain_dir, HUB_FILE), hub=True))
        plain_s, _ = _timed_import(plain, bundle)
        plain.kw["bind"].dispose()
        shutil.rmtree(plain_dir)
        times, applied = [], set()
        for run in range(IMPORT_RUNS):  # each into a fresh encrypted copy of the hub; the last kept
            hub_dir = _hub_copy(folder / "hub", Path(scratch) / f"hub-{run}")
            encrypt_in_place(hub_dir / HUB_FILE, key)
            sessions = make_session_factory(open_database(sqlite_url(hub_dir, HUB_FILE), hub=True, key=key))
            elapsed, rows_applied = _timed_import(sessions, bundle)
            times.append(elapsed)
            applied.add(rows_applied)
            if run < IMPORT_RUNS - 1:
                sessions.kw["bind"].dispose()
                shutil.rmtree(hub_dir)
        again, office = [], _office(sessions)
        for _ in range(5):
            started = time.perf_counter()
            (result,) = import_bundles(sessions, office, [bundle])
            again.append(time.perf_counter() - started)
            assert result.status == "already"
        sessions.kw["bind"].dispose()

        rows = _baseline_rows()
        raw_dir = _hub_copy(folder / "hub", Path(scratch) / "raw")
        encrypt_in_place(raw_dir / HUB_FILE, key)
        raw = sqlcipher.connect(str(raw_dir / HUB_FILE), isolation_level=None)
        raw.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        raw.execute(f"PRAGMA cipher_page_size={PAGE_SIZE}")
        # As a hub's file: a rollback journal (``make_engine``).
        for pragma in ("journal_mode=DELETE", "synchronous=FULL", "foreign_keys=ON", "cache_size=-32000"):
            raw.execute(f"PRAGMA {pragma}")
        gc.collect()
        started = time.perf_counter()
        raw.execute("BEGIN")
        for name, (columns, values) in rows.items():
            names = ", ".join(f'"{c}"' for c in columns)
            raw.executemany(f'INSERT INTO "{name}" ({names}) VALUES ({", ".join("?" * len(columns))})', values)
        raw.execute("COMMIT")
        raw_elapsed = time.perf_counter() - started
        raw.close()
    total = sum(len(values) for _, values in rows.values())
    assert applied == {total}, (applied, total)
    return [
        Figure(f"hub import of {total / 1e6:.2f}M rows into encrypted SQLite, median of {IMPORT_RUNS}",
               total / statistics.median(times), "rows/s", 100_000,
               total / raw_elapsed, "raw SQLCipher executemany, one run", higher_is_better=True),
        Figure("the same into plain SQLite, one run", total / plain_s, "rows/s", None, higher_is_better=True),
        Figure("re-import of that bundle (already), median of 5", statistics.median(again), "s", 0.2),
    ]


def postgresql_import_figure(Figure: type) -> object:
    from sqlalchemy import insert, select

    from app.db.engine import make_engine, make_session_factory, sqlite_url
    from app.db.migrate import open_database
    from app.models import Base
    from tests.sync.postgres import PostgresServer

    folder = ensure_big()
    server = PostgresServer()
    server.start()
    try:
        template = server.fresh_database()
        open_database(template).dispose()
        source = make_engine(sqlite_url(folder / "hub", HUB_FILE))
        urls = [server.fresh_database(template.rsplit("/", 1)[1]) for _ in range(2)]
        for url in urls:  # the same office as the SQLite hub, keys and all
            target = make_engine(url)
            with source.connect() as reading, target.begin() as writing:
                for t in Base.metadata.sorted_tables:
                    found = [dict(r._mapping) for r in reading.execute(select(t))]
                    if found:
                        writing.execute(insert(t), found)
            target.dispose()
        source.dispose()
        sessions = make_session_factory(open_database(urls[0], hub=True))
        elapsed, applied = _timed_import(sessions, folder / "big.gpb")
        sessions.kw["bind"].dispose()

        import psycopg

        rows = _baseline_rows()
        connection = psycopg.connect(host="127.0.0.1", port=server.port, user="postgres",
                                     dbname=urls[1].rsplit("/", 1)[1])
        gc.collect()
        started = time.perf_counter()
        with connection.transaction():
            cursor = connection.cursor()
            for name, (columns, values) in rows.items():
                names = ", ".join(f'"{c}"' for c in columns)
                with cursor.copy(f'COPY "{name}" ({names}) FROM STDIN') as copy:
                    for row in values:
                        copy.write_row(row)
        raw_elapsed = time.perf_counter() - started
        connection.close()
    finally:
        server.stop()
    total = sum(len(values) for _, values in rows.values())
    assert applied == total, (applied, total)
    return Figure(f"hub import of {total / 1e6:.2f}M rows into PostgreSQL", total / elapsed, "rows/s", 50_000,
                  total / raw_elapsed, "raw COPY", higher_is_better=True)


def figures() -> list:
    from app import clock
    from benchmarks.__main__ import Figure

    previous = clock.use_clock(clock.FixedClock(NOW))
    try:
        return [export_figure(Figure), *sqlite_import_figures(Figure), postgresql_import_figure(Figure)]
    finally:
        clock.use_clock(previous)


if __name__ == "__main__":
    results = figures()
    for figure in results:
        print(figure.line())
    if not all(f.ok for f in results):
        raise SystemExit(1)
