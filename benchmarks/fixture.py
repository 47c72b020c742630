"""The benchmark database: 20k residents, 200k visits, over 1M temperature checks (built once).

The timed step is what ``gatepost demo-data --residents 20000 --days 25`` does: 1M checks. A
second, untimed step adds the visits the lookup target asks for.
"""

from __future__ import annotations

import time
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from app import clock
from app.db.engine import make_session_factory, sqlite_url
from app.db.migrate import open_database
from app.services.auth import sign_in
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


def signed_in(folder: Path) -> tuple[object, Actor]:
    sessions = make_session_factory(open_database(sqlite_url(folder)))
    with sessions() as session:
        return sessions, sign_in(session, "admin", PASSWORD)
