"""The benchmark database: 20k residents, 200k visits, over 1M temperature checks (built once).

The timed step is what ``gatepost demo-data --residents 20000 --days 25`` does: 1M checks. A
second, untimed step adds the visits the lookup target asks for. The gate's figures are taken
on an encrypted copy, made as an installation from before encryption is converted at its first
sign-in (timed too); the plain file stays for the figures beside it.
"""

from __future__ import annotations

import shutil
import time
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from app import clock
from app.db.engine import make_session_factory, sqlite_url
from app.db.migrate import open_database
from app.db.unlocking import unlock
from app.db.vault import Vault, attach
from app.paths import DB_FILE_NAME
from app.services.auth import set_password, sign_in
from app.services.context import Actor
from app.services.demo import generate_demo_data
from app.services.setup import init_site

PASSWORD = "bench-password"
SITE = "基准小区"
RESIDENTS = 20_000
DAYS = 25  # 20k residents pass twice a day: 1M checks
EXTRA_VISITS_PER_DAY = 7_800  # with demo-data's own 200 a day: 200k visits
NOW = datetime(2026, 3, 2, 22, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
ROOT = Path(__file__).resolve().parents[1] / ".bench"


def fixture_dir() -> Path:
    return ROOT / "db-v2"


def encrypted_dir() -> Path:
    return ROOT / "db-v2-encrypted"


def new_site(folder: Path) -> tuple[object, Actor]:
    """A new compound's database in ``folder``: its sessions and its administrator."""
    sessions = make_session_factory(open_database(sqlite_url(folder)))
    with sessions.begin() as session:
        return sessions, init_site(session, site_name=SITE, committee="基准居委会", admin_username="admin",
                                   admin_password=PASSWORD, gates=["东门", "西门"])


def build(folder: Path) -> float:
    """Create the database; returns the seconds ``generate_demo_data`` took."""
    folder.mkdir(parents=True, exist_ok=True)
    clock.use_clock(clock.FixedClock(NOW))
    sessions, actor = new_site(folder)
    started = time.perf_counter()
    generate_demo_data(sessions, actor, residents=RESIDENTS, days=DAYS, seed=42)
    elapsed = time.perf_counter() - started
    print(f"demo-data took {elapsed:.1f} s; adding visits for the lookup benchmark…", flush=True)
    generate_demo_data(sessions, actor, residents=1, days=DAYS, seed=43, passes_per_day=0,
                       visits_per_day=EXTRA_VISITS_PER_DAY)
    (folder / "ready").write_text(f"{elapsed:.3f}")
    return elapsed


def ensure() -> tuple[Path, float | None]:
    """The fixture folder, and the build time if it was built in this run."""
    folder = fixture_dir()
    if (folder / "ready").exists():
        return folder, None
    if folder.exists():
        for path in folder.iterdir():
            path.unlink()
    return folder, build(folder)


def ensure_encrypted(plain: Path) -> tuple[Path, float | None]:
    """The encrypted copy's folder, and the seconds its conversion took if made in this run."""
    folder = encrypted_dir()
    if (folder / "ready").exists():
        return folder, None
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    shutil.copyfile(plain / DB_FILE_NAME, folder / DB_FILE_NAME)
    started = time.perf_counter()
    encrypt(folder)
    elapsed = time.perf_counter() - started
    (folder / "ready").write_text(f"{elapsed:.3f}")
    return folder, elapsed


def encrypt(folder: Path) -> None:
    """Convert a plain fixture as its first sign-in does; the admin's key slot then at today's
    Argon2 costs (a fixture's hash may be older and cheaper)."""
    sessions, actor = signed_in(folder, convert=True)
    with sessions.begin() as session:
        set_password(session, actor, "admin", PASSWORD)
    sessions.kw["bind"].dispose()


def signed_in(folder: Path, convert: bool = False) -> tuple[object, Actor]:
    """Signed in as ``admin`` the way the program does: the key file first, if there is one
    (``convert``: a plain database gets one)."""
    path = folder / DB_FILE_NAME
    unlocked = unlock(path, "admin", PASSWORD, clock.now()) if convert or Vault.load(path) else None
    sessions = make_session_factory(open_database(sqlite_url(folder), key=unlocked.key if unlocked else None))
    if unlocked is not None:
        attach(sessions, unlocked.vault, unlocked.key)
    with sessions.begin() as session:
        session.info["proof"] = unlocked.proof if unlocked else None
        return sessions, sign_in(session, "admin", PASSWORD)
