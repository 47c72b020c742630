"""The street office's hub: its PostgreSQL schema, policy bundles down to the compounds, trusting
a compound from a bundle, and an import killed half way through."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import select, text

from app.paths import HUB_FILE_NAME
from app.db.engine import make_session_factory, sqlite_url
from app.db.health import check_database
from app.db.migrate import SCHEMA_HEAD, open_database
from app.errors import ValidationError
from app.models import Base, PolicySetting, Replica, TemperatureCheck
from app.services import hub as hub_service
from app.services.policy import load_policy, set_policy
from app.services.sync import own_fingerprint
from app.services.watchlist import add_watch_entry, list_watchlist
from app.sync.bundle import BundleRejected
from tests.helpers import PASSWORD, open_hub, reopen_hub
from tests.sync.conftest import HUBS, Gate, Hub, addressed_to, at, dump, schema
from tests.sync.postgres import PostgresServer

ROOT = Path(__file__).resolve().parents[2]


def test_postgresql_database_is_migrated_to_the_head(pg_server: PostgresServer) -> None:
    url = pg_server.fresh_database()  # from template0: no tables at all
    engine = open_database(url)
    try:
        with engine.connect() as connection:
            assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == SCHEMA_HEAD
            assert connection.dialect.name == "postgresql"
        assert check_database(engine) == []
        open_database(url).dispose()  # a second start finds it at the head and changes nothing
        assert check_database(engine) == []
    finally:
        engine.dispose()
        pg_server.drop(url)


def test_missing_server_programs_are_named_with_the_fix(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without PostgreSQL the hub tests fail (never skip), saying what to install."""
    from tests.sync import postgres

    monkeypatch.setattr(postgres.shutil, "which", lambda name: None)
    monkeypatch.setattr(postgres.glob, "glob", lambda pattern: [])
    with pytest.raises(postgres.PostgresMissing, match="packaging/sysdeps.sh test"):
        postgres.find_binaries()


@pytest.mark.parametrize("kind", HUBS)
def test_policy_bundles_go_down_and_never_back_in_time(kind: str, make_gates, make_hub, tmp_path: Path) -> None:
    first, second = make_gates(2)
    hub = make_hub(kind, gates=[first, second])
    with hub.sessions.begin() as session:
        office = hub.actor
        set_policy(session, office, "observation_days", "21")
        add_watch_entry(session, office, kind="region", prefix="4201", label="武汉市", valid_from="2026-01-01")
    older = hub.policies(tmp_path / "v1")
    with hub.sessions.begin() as session:
        set_policy(session, hub.actor, "observation_days", "10")
    newer = hub.policies(tmp_path / "v2", site=str(first.site_id))
    assert len(older) == 2 and len(newer) == 1

    assert [r.status for r in first.receive(*newer)] == ["imported"]
    with first.sessions() as session:
        assert load_policy(session, first.site_id).observation_days == 10
        watched = {(w.kind, w.prefix) for w in list_watchlist(session, first.actor)}
    assert ("region", "4201") in watched
    assert [r.status for r in first.receive(*newer)] == ["already"]

    # The first compound's older version, and the other compound's: each refused, neither stops the other.
    refused = [r.render() for r in first.receive(*older) if isinstance(r, BundleRejected)]
    assert len(refused) == 2
    assert any("older than the one already in use" in reason for reason in refused)
    assert any("addressed to someone else" in reason for reason in refused)
    with first.sessions() as session:
        assert load_policy(session, first.site_id).observation_days == 10

    # The other compound had only the first version: it takes it.
    (result,) = second.receive(*addressed_to(older, second))
    assert result.status == "imported"
    with second.sessions() as session:
        assert load_policy(session, second.site_id).observation_days == 21
        setting = session.scalars(select(PolicySetting).where(PolicySetting.site_id == second.site_id,
                                                              PolicySetting.key == "observation_days")).one()
    assert setting.value == 21


def test_a_compound_is_trusted_from_its_bundle_once_the_fingerprint_is_confirmed(make_gates, make_hub,
                                                                                 tmp_path: Path) -> None:
    (gate,) = make_gates(1)
    hub = make_hub("sqlite")
    gate.trust_office(hub.office_key())
    bundle = gate.export(tmp_path / "stick")
    (refused,) = hub.receive(bundle)
    assert isinstance(refused, BundleRejected)
    with hub.sessions() as session:
        claimed = hub_service.untrusted_sender(session, hub.actor, bundle)
    fingerprint = gate.call(own_fingerprint).fingerprint
    for wrong in (None, "1234 5678 9012 3456 7890"):
        with pytest.raises(ValidationError) as error, hub.sessions.begin() as session:
            hub_service.trust_site(session, hub.actor, bundle, wrong)
        assert error.value.field == "fingerprint"
        assert fingerprint.replace(" ", "")[:8] not in error.value.render().replace(" ", "")  # only by phone
    assert claimed is not None and claimed.fingerprint == fingerprint
    with hub.sessions.begin() as session:
        hub_service.trust_site(session, hub.actor, bundle, fingerprint.replace(" ", ""))
    assert [r.status for r in hub.receive(bundle)] == ["imported"]


def test_importing_a_folder_reports_progress_and_can_stop(make_gates, make_hub, tmp_path: Path) -> None:
    gates = make_gates(3)
    hub = make_hub("sqlite", gates=gates)
    paths = [gate.export(tmp_path / "stick") for gate in gates]
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return done < 2

    results = hub_service.import_bundles(hub.sessions, hub.actor, paths, progress)
    assert [r.status for r in results] == ["imported", "imported"]
    assert seen == [(0, 3), (1, 3), (2, 3)]


# --- an import killed half way -------------------------------------------------------------------

ROWS = 150_000


@pytest.fixture(scope="module")
def big_bundle(tmp_path_factory: pytest.TempPathFactory, gate_templates) -> tuple[Path, Path, object]:
    """A compound with 150,000 extra checks, its bundle, and a hub (SQLite, encrypted as the program
    makes it, not yet imported) with its administrator."""
    import shutil

    from app.db.engine import DB_FILE_NAME
    from tests.helpers import START

    root = tmp_path_factory.mktemp("big")
    template, actor = gate_templates[0]
    (root / "gate").mkdir()
    shutil.copyfile(template / DB_FILE_NAME, root / "gate" / DB_FILE_NAME)
    with at(START):
        gate = Gate("big", root / "gate", actor, make_session_factory(open_database(sqlite_url(root / "gate"))))
        _add_checks(gate, ROWS)
        hub_folder = root / "hub"
        hub = Hub(sqlite_url(hub_folder, HUB_FILE_NAME), *open_hub(hub_folder, encrypted=True))
        gate.trust_office(hub.office_key())
        hub.trust(gate)
        bundle = gate.export(root / "stick")
        gate.close()
        hub.close()
    return bundle, hub_folder, hub.actor


def _add_checks(gate: Gate, n: int) -> None:
    """``n`` checks written straight in SQL (a service would take minutes), stamped as one transaction."""
    with gate.sessions.begin() as session:
        replica = session.scalars(select(Replica)).one()
        replica.counter += 1
        session.flush()
        connection = session.connection()
        connection.exec_driver_sql("CREATE TEMP TABLE pick AS SELECT row_number() OVER (ORDER BY id) - 1 AS k, id "
                                   "FROM people")
        people = connection.exec_driver_sql("SELECT count(*) FROM pick").scalar()
        gate_id = connection.exec_driver_sql("SELECT id FROM gates ORDER BY id LIMIT 1").scalar()
        connection.exec_driver_sql(
            "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
            "INSERT INTO temperature_checks (id, site_id, gate_id, subject_kind, person_id, taken_at, reading_dt, "
            "method, threshold_dt, is_fever, origin_site_id, rev_replica_id, rev_counter, created_at, updated_at, "
            "deleted) SELECT lower(hex(randomblob(16))), ?, ?, 'resident', pick.id, "
            "strftime('%Y-%m-%d %H:%M:%f', '2026-03-01 00:00:00', '+' || (i % 86400) || ' seconds'), "
            "360 + i % 10, 'forehead', 373, 0, ?, ?, ?, '2026-03-01 00:00:00.000000', '2026-03-01 00:00:00.000000', 0 "
            "FROM n JOIN pick ON pick.k = n.i % ?",
            (n - 1, gate.site_id.hex, gate_id, gate.site_id.hex, replica.id.hex, replica.counter, people))
        connection.exec_driver_sql("DROP TABLE pick")


def test_the_hub_writes_a_big_import_once_through_a_rollback_journal(big_bundle, tmp_path: Path) -> None:
    """A hub's file keeps a rollback journal: the import's new pages go straight into the file,
    no log waits to be folded in afterwards, and nothing is left beside the file."""
    import shutil

    bundle, template, office = big_bundle
    folder = tmp_path / "hub"
    shutil.copytree(template, folder)
    hub = Hub(sqlite_url(folder, HUB_FILE_NAME), reopen_hub(folder), office)
    before = (folder / HUB_FILE_NAME).stat().st_size
    (result,) = hub.receive(bundle)
    assert result.status == "imported" and result.rows >= ROWS
    with hub.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "delete"
        assert connection.exec_driver_sql("PRAGMA auto_vacuum").scalar() == 1  # full: no free pages kept
    assert (folder / HUB_FILE_NAME).stat().st_size > before + ROWS * 200
    assert not (folder / f"{HUB_FILE_NAME}-wal").exists() and not (folder / f"{HUB_FILE_NAME}-journal").exists()
    hub.close()


def test_the_log_of_a_big_write_at_a_gate_does_not_stay_on_the_disk(gate_templates, tmp_path: Path) -> None:
    """A gate keeps its write-ahead log; after a big write it is cut back by the next write."""
    import shutil

    from app.db.engine import DB_FILE_NAME, WAL_LIMIT_BYTES
    from app.services.sync_state import set_state
    from tests.helpers import START

    template, actor = gate_templates[0]
    (tmp_path / "gate").mkdir()
    shutil.copyfile(template / DB_FILE_NAME, tmp_path / "gate" / DB_FILE_NAME)
    gate = Gate("big", tmp_path / "gate", actor, make_session_factory(open_database(sqlite_url(tmp_path / "gate"))))
    wal = tmp_path / "gate" / f"{DB_FILE_NAME}-wal"
    with gate.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    with at(START):
        _add_checks(gate, ROWS)
    assert wal.stat().st_size > WAL_LIMIT_BYTES
    with gate.sessions.begin() as session:
        set_state(session, "note", "any small write")
    assert wal.stat().st_size <= WAL_LIMIT_BYTES
    gate.close()


def _cli(scratch: Path, *args: str) -> subprocess.Popen:
    """The CLI in a child process; its temporary files (the opened payload) go to ``scratch``,
    since a killed process leaves them behind."""
    scratch.mkdir(exist_ok=True)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT), "TMPDIR": str(scratch),
           "GATEPOST_USER": "admin", "GATEPOST_PASSWORD": PASSWORD}
    return subprocess.Popen([sys.executable, "-m", "app.cli", *args], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def but_the_sign_in(rows: dict[str, list[tuple]]) -> dict[str, list[tuple]]:
    """A dump without what the killed command's sign-in wrote before its import began: its audit
    entry and the change counter it bumped."""
    audit, replica = Base.metadata.tables["audit_log"].c, Base.metadata.tables["replica"].c
    action, counter = list(audit.keys()).index("action"), list(replica.keys()).index("counter")
    return {**rows, "audit_log": [r for r in rows["audit_log"] if r[action] != "sign_in"],
            "replica": [r[:counter] + r[counter + 1:] for r in rows["replica"]]}


def _kill_when(process: subprocess.Popen, inside: callable, what: str) -> None:
    """Kill -9 the import once ``inside()`` shows it is writing, before it can commit."""
    deadline = time.monotonic() + 120
    while not inside():
        assert process.poll() is None, f"the import ended before {what}: {process.communicate()}"
        assert time.monotonic() < deadline, f"no sign of {what} within two minutes"
        try:
            process.wait(timeout=0.01)
        except subprocess.TimeoutExpired:
            pass
    process.send_signal(signal.SIGKILL)
    process.communicate()
    assert process.returncode == -signal.SIGKILL, "the import finished before it could be killed"


def test_sqlite_import_killed_half_way_leaves_the_hub_as_it_was(big_bundle, tmp_path: Path) -> None:
    import shutil

    bundle, template, office = big_bundle
    folder = tmp_path / "hub"
    shutil.copytree(template, folder)
    url = sqlite_url(folder, HUB_FILE_NAME)
    hub = Hub(url, reopen_hub(folder), office)
    before = dump(hub.engine)
    hub.close()
    database, journal = folder / HUB_FILE_NAME, folder / f"{HUB_FILE_NAME}-journal"
    before_size = database.stat().st_size
    process = _cli(tmp_path / "scratch", "hub", "--data-dir", str(folder), "import", str(bundle))
    # Pages spill into the file (their old contents kept in the journal) long before the commit.
    _kill_when(process, lambda: journal.exists() and database.stat().st_size > before_size + 24 * 2**20,
               "the file growing")

    assert journal.exists()  # hot: the next opening puts the old pages back
    hub = Hub(url, reopen_hub(folder), office)
    assert but_the_sign_in(dump(hub.engine)) == but_the_sign_in(before)
    with hub.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    (result,) = hub.receive(bundle)
    assert result.status == "imported" and result.rows >= ROWS
    with hub.sessions() as session:
        assert session.query(TemperatureCheck).count() >= ROWS
    hub.close()


def test_postgresql_import_killed_half_way_leaves_the_hub_as_it_was(big_bundle, pg_server: PostgresServer,
                                                                    make_hub, tmp_path: Path) -> None:
    bundle, template, office = big_bundle
    original = Hub(sqlite_url(template, HUB_FILE_NAME), reopen_hub(template), office)
    hub = make_hub("postgresql", like=original)
    original.close()
    before, before_schema = dump(hub.engine), schema(hub.engine)
    database = hub.url.rsplit("/", 1)[1]
    process = _cli(tmp_path / "scratch", "hub", "--db-url", hub.url, "import", str(bundle))

    def writing() -> bool:
        with psycopg.connect(host="127.0.0.1", port=pg_server.port, user="postgres", dbname=database,
                             autocommit=True) as watcher:
            return watcher.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = %s AND state = 'active' "
                "AND (query LIKE 'INSERT INTO \"temperature_checks\"%%' OR query LIKE 'COPY \"temperature_checks\"%%')",
                (database,)).fetchone()[0] > 0

    _kill_when(process, writing, "the checks being written")  # loaded in bulk: without indexes and keys
    assert but_the_sign_in(dump(hub.engine)) == but_the_sign_in(before)
    assert schema(hub.engine) == before_schema
    (result,) = hub.receive(bundle)  # once the server has noticed the client is gone
    assert result.status == "imported" and result.rows >= ROWS
