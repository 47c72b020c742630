"""Three compounds and a street-office hub on real databases: SQLite files, and a PostgreSQL
server the suite starts itself (``tests/sync/postgres.py``).

The gate databases (set-up, demo traffic, hand-made records) are built once per run and copied
per test; a hub is new per test, on SQLite or on a fresh PostgreSQL database.
"""

from __future__ import annotations

import random
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, func, insert, select
from sqlalchemy.orm import Session, sessionmaker

from app import clock
from app.paths import DB_FILE_NAME, HUB_FILE_NAME
from app.db.engine import make_session_factory, sqlite_path, sqlite_url
from app.db.migrate import open_database
from app.models import Base, FollowUp, Person, Returnee, TemperatureCheck, Visit
from app.services import hub as hub_service
from app.services import sync as sync_service
from app.services.sync_state import SyncStatus, sync_status
from app.services.checks import CheckForm, record_check
from app.services.context import Actor
from app.services.demo import generate_demo_data
from app.services.returnees import ReturneeForm, add_returnee, record_follow_up
from app.services.setup import init_site
from app.services.visitors import VisitorForm, register_visitor, sign_out_visitor
from app.services.watchlist import add_watch_entry
from app.sync.bundle import read_header
from app.sync.tables import UP_TABLES, table
from tests.helpers import PASSWORD, START, open_hub, resident_id
from tests.sync.postgres import PostgresMissing, PostgresServer

SITE_NAMES = ("阳光花园", "幸福小区", "和平里")
HUBS = ("sqlite", "postgresql")
COUNTED = {"checks": TemperatureCheck, "visits": Visit, "people": Person, "returnees": Returnee,
           "follow_ups": FollowUp}


@contextmanager
def at(moment: datetime) -> Iterator[clock.FixedClock]:
    """Run a step with the clock fixed at ``moment`` (a gate's clock may be years off)."""
    fixed = clock.FixedClock(moment)
    previous = clock.use_clock(fixed)
    try:
        yield fixed
    finally:
        clock.use_clock(previous)


def dump(engine: Engine) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, ordered by primary key: equal dumps mean equal databases."""
    with engine.connect() as connection:
        return {t.name: [tuple(row) for row in connection.execute(select(t).order_by(*t.primary_key.columns))]
                for t in Base.metadata.sorted_tables}


def schema(engine: Engine) -> list[tuple[Any, ...]]:
    """Every table, index and constraint as the database itself describes it."""
    with engine.connect() as connection:
        if engine.dialect.name == "sqlite":
            query = "SELECT type, name, tbl_name, sql FROM sqlite_master"
        else:
            query = ("SELECT 'index', indexname, tablename, indexdef FROM pg_indexes WHERE schemaname = 'public' "
                     "UNION ALL SELECT 'constraint', conname, conrelid::regclass::text, pg_get_constraintdef(oid) "
                     "FROM pg_constraint WHERE connamespace = 'public'::regnamespace")
        return sorted(tuple(row) for row in connection.exec_driver_sql(query))


def file_bytes(engine: Engine) -> bytes:
    """The SQLite file's bytes once the write-ahead log is folded in."""
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    path = sqlite_path(engine)
    assert path is not None
    return path.read_bytes()


def site_rows(engine: Engine, site_id: Any) -> dict[str, list[tuple[Any, ...]]]:
    """The rows a compound owns, table by table, ordered by id."""
    with engine.connect() as connection:
        return {name: [tuple(r) for r in connection.execute(
            select(table(name)).where(table(name).c.origin_site_id == site_id).order_by(table(name).c.id))]
            for name in UP_TABLES}


def counts(engine: Engine, site_id: Any | None = None) -> dict[str, int]:
    with Session(engine) as session:
        return {label: session.scalar(select(func.count()).select_from(model).where(
            *([model.origin_site_id == site_id] if site_id is not None else []))) or 0
            for label, model in COUNTED.items()}


@dataclass
class Gate:
    """One compound's database, driven through the services as the gate would."""

    name: str
    folder: Path
    actor: Actor
    sessions: sessionmaker[Session]
    moment: datetime = START

    @property
    def engine(self) -> Engine:
        return self.sessions.kw["bind"]

    @property
    def site_id(self) -> Any:
        return self.actor.site_id

    def key_file(self) -> Path:
        path = self.folder / "site-key.json"
        with at(self.moment), self.sessions.begin() as session:
            path.write_bytes(sync_service.own_public_key_file(session, self.actor))
        return path

    def fingerprint(self) -> str:
        """The fingerprint this compound reads out to the office over the phone."""
        with at(self.moment), self.sessions() as session:
            return sync_service.own_fingerprint(session, self.actor).fingerprint

    def trust_office(self, office_key: bytes) -> None:
        with at(self.moment), self.sessions.begin() as session:
            sync_service.import_office_key(session, self.actor, office_key)

    def export(self, stick: Path) -> Path:
        stick.mkdir(parents=True, exist_ok=True)
        with at(self.moment), self.sessions.begin() as session:
            return Path(sync_service.export_events(session, self.actor, stick).path)

    def receive(self, *paths: Path) -> list[Any]:
        with at(self.moment):
            return sync_service.import_bundles(self.sessions, self.actor, list(paths))

    def status(self) -> SyncStatus:
        with at(self.moment), self.sessions() as session:
            return sync_status(session, self.actor)

    def work(self, rng: random.Random, n: int = 3) -> None:
        """A little gate traffic: checks, a visitor in and out, at this gate's clock."""
        with at(self.moment), self.sessions.begin() as session:
            people = list(session.scalars(select(Person.id).where(Person.site_id == self.site_id)
                                          .order_by(Person.id)))
            for _ in range(n):
                record_check(session, self.actor, CheckForm(reading=f"36.{rng.randrange(10)}",
                                                            person_id=rng.choice(people)))
            visit = register_visitor(session, self.actor, visitor_form(rng))
        self.moment += timedelta(minutes=30)
        with at(self.moment), self.sessions.begin() as session:
            sign_out_visitor(session, self.actor, visit.id)
        self.moment += timedelta(minutes=30)

    def call(self, work: Callable[[Session, Actor], Any]) -> Any:
        with at(self.moment), self.sessions.begin() as session:
            return work(session, self.actor)

    def close(self) -> None:
        self.engine.dispose()


def visitor_form(rng: random.Random) -> VisitorForm:
    return VisitorForm(name=rng.choice(["李四", "王芳", "陈静"]), id_type="resident_id",
                       id_number=resident_id(seq=f"{rng.randrange(1000):03d}"),
                       phone=f"1391234{rng.randrange(10000):04d}", host="1-1-101", purpose="visit",
                       temperature="36.5")


@dataclass
class Hub:
    """The street office's hub on SQLite or PostgreSQL."""

    url: str
    sessions: sessionmaker[Session]
    actor: Actor = None  # type: ignore[assignment]
    """The office's administrator, signed in (set once the office is set up)."""

    @property
    def engine(self) -> Engine:
        return self.sessions.kw["bind"]

    def call(self, work: Callable[..., Any], *args: Any, **kw: Any) -> Any:
        """``work(session, actor, …)`` as the office's administrator, in one transaction."""
        with self.sessions.begin() as session:
            return work(session, self.actor, *args, **kw)

    def office_key(self) -> bytes:
        return self.call(hub_service.office_key_file)

    def trust(self, gate: Gate) -> None:
        key_file, fingerprint = gate.key_file(), gate.fingerprint()
        self.call(hub_service.trust_site, key_file, fingerprint)

    def receive(self, *paths: Path) -> list[Any]:
        return hub_service.import_bundles(self.sessions, self.actor, list(paths))

    def receipts(self, folder: Path) -> list[Path]:
        folder.mkdir(parents=True, exist_ok=True)
        return [Path(p) for p in self.call(hub_service.write_receipts, folder)]

    def policies(self, folder: Path, site: str | None = None) -> list[Path]:
        folder.mkdir(parents=True, exist_ok=True)
        return [Path(p) for p in self.call(hub_service.write_policies, folder, site)]

    def sites(self) -> dict[str, hub_service.SiteSummary]:
        return {s.id: s for s in self.call(hub_service.list_sites)}

    def close(self) -> None:
        self.engine.dispose()


def copy_rows(source: Engine, target: Engine) -> None:
    """Every row of ``source`` into the empty tables of ``target`` (SQLite to PostgreSQL too)."""
    with source.connect() as reading, target.begin() as writing:
        for t in Base.metadata.sorted_tables:
            rows = [dict(row._mapping) for row in reading.execute(select(t))]
            if rows:
                writing.execute(insert(t), rows)


def addressed_to(paths: list[Path], gate: Gate) -> list[Path]:
    return [p for p in paths if read_header(p)[0].recipient_id == str(gate.site_id)]


# --- fixtures ---------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PostgresServer]:
    try:
        server = PostgresServer()
    except PostgresMissing as missing:
        pytest.fail(str(missing), pytrace=False)
    try:
        server.start()
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def pg_template(pg_server: PostgresServer) -> str:
    """A database migrated to the head once, copied for every hub."""
    url = pg_server.fresh_database()
    open_database(url).dispose()
    return url.rsplit("/", 1)[1]


@pytest.fixture(scope="session")
def gate_templates(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[Path, Actor]]:
    """Three compounds, each with a roster, two days of traffic and hand-made records."""
    built = []
    for n, name in enumerate(SITE_NAMES):
        folder = tmp_path_factory.mktemp(f"gate-template-{n}")
        with at(START):
            sessions = make_session_factory(open_database(sqlite_url(folder)))
            with sessions.begin() as session:
                actor = init_site(session, site_name=name, committee=f"{name}居委会", admin_username="admin",
                                  admin_password=PASSWORD, gates=["东门", "西门"])
            generate_demo_data(sessions, actor, residents=12 + 4 * n, days=2, seed=n)
            _hand_made(sessions, actor, random.Random(n))
            sessions.kw["bind"].dispose()
        built.append((folder, actor))
    return built


def _hand_made(sessions: sessionmaker[Session], actor: Actor, rng: random.Random) -> None:
    """A returnee with a follow-up, a visitor signed out, a watch entry: what the demo lacks."""
    with sessions.begin() as session:
        person = session.scalars(select(Person.id).where(Person.site_id == actor.site_id)
                                 .order_by(Person.id)).first()
        returnee = add_returnee(session, actor, ReturneeForm(person, "420106", START.date() - timedelta(days=2)))
        record_follow_up(session, actor, returnee.id, "am", "36.4", [], "seen_well")
        visit = register_visitor(session, actor, visitor_form(rng))
        add_watch_entry(session, actor, kind="plate", prefix="鄂A", label="武汉", valid_from=str(date(2026, 1, 1)))
    with sessions.begin() as session:
        sign_out_visitor(session, actor, visit.id)


@pytest.fixture
def make_gates(tmp_path: Path, gate_templates: list[tuple[Path, Actor]],
               fixed_clock: clock.FixedClock) -> Iterator[Callable[..., list[Gate]]]:
    """Copies of the three compounds (each database file alone, so each keeps its replica id)."""
    opened: list[Gate] = []

    def make(count: int = 3, encrypted: bool = False) -> list[Gate]:
        """``encrypted``: as the program leaves them after a sign-in (for tests that run it)."""
        from app.db.unlocking import unlock

        gates = []
        for n, (template, actor) in enumerate(gate_templates[:count]):
            folder = tmp_path / f"gate-{n}"
            folder.mkdir()
            shutil.copyfile(template / DB_FILE_NAME, folder / DB_FILE_NAME)
            key = unlock(folder / DB_FILE_NAME, actor.username, PASSWORD, fixed_clock.now()).key \
                if encrypted else None
            gate = Gate(SITE_NAMES[n], folder, actor,
                        make_session_factory(open_database(sqlite_url(folder), key=key)))
            gates.append(gate)
        opened.extend(gates)
        return gates

    yield make
    for gate in opened:
        gate.close()


@pytest.fixture
def make_hub(tmp_path: Path, request: pytest.FixtureRequest,
             fixed_clock: clock.FixedClock) -> Iterator[Callable[..., Hub]]:
    """A new hub: ``make("sqlite")`` in a folder of its own, ``make("postgresql")`` on the test server."""
    opened: list[tuple[Hub, Any]] = []

    def make(kind: str = "sqlite", office: str = "东湖街道", gates: list[Gate] = (), like: Hub | None = None,
             encrypted: bool = False) -> Hub:
        """``like``: a copy of that hub's database (the same office and keys) instead of a new office;
        ``encrypted``: an SQLite hub as ``gatepost hub init`` makes it (for tests that run the program
        on it), else a plain file."""
        if kind == "postgresql":
            server: PostgresServer = request.getfixturevalue("pg_server")
            url = server.fresh_database(request.getfixturevalue("pg_template"))
        else:
            folder = tmp_path / f"hub-{len(opened)}"
            folder.mkdir()
            url, server = sqlite_url(folder, HUB_FILE_NAME), None
        if encrypted and kind == "sqlite":
            hub = Hub(url, *open_hub(folder, office, encrypted=True))
            opened.append((hub, server))
        else:
            hub = Hub(url, make_session_factory(open_database(url, hub=True)))
            opened.append((hub, server))
            if like is not None:
                copy_rows(like.engine, hub.engine)
                hub.actor = like.actor
                return hub
            with hub.sessions.begin() as session:
                hub.actor = hub_service.init_hub(session, office, "admin", PASSWORD)
        office_key = hub.office_key()
        for gate in gates:
            gate.trust_office(office_key)
            hub.trust(gate)
        return hub

    yield make
    for hub, server in opened:
        hub.close()
        if server is not None:
            server.drop(hub.url)
