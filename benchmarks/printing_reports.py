"""Report figures: a busy day's report as a fresh ``gatepost`` process, and a month's summary.

The fixture (built once under ``.bench/printing``, reused after): 2,500 residents passing twice
a day for the 31 days of March 2026 (about 5,000 checks a day, 155,000 in the month), plus
what fills every section of the report: returnees with follow-ups (some missed), alerts (some
acted on), attempted exits, refused visitors, open fever holds and a watch list.

Run alone with ``python -m benchmarks.printing_reports``.
"""

from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, time as clock_time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / ".bench" / "printing"
PASSWORD = "bench-password"
ZONE = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 3, 31, 22, 0, tzinfo=ZONE)
BUSY_DAY = date(2026, 3, 30)
RESIDENTS, DAYS = 2_500, 31


def _id_number(rng: random.Random, region: str) -> str:
    from stdnum.cn import ric

    body = f"{region}19{rng.randrange(50, 99)}0{rng.randrange(1, 9)}1{rng.randrange(1, 9)}{rng.randrange(1000):03d}"
    return body + ric.calc_check_digit(body + "0")


def _events(sessions, actor, rng: random.Random) -> None:
    """A month of committee work through the services, the clock moved through each day."""
    from sqlalchemy import select

    from app import clock
    from app.models import Person
    from app.services.checks import CheckForm, record_check
    from app.services.returnees import (
        ReturneeForm, add_returnee, close_alert, end_observation, list_returnees, open_alerts,
        record_exit_attempt, record_follow_up, worklist,
    )
    from app.services.visitors import VisitorForm, register_visitor
    from app.services.watchlist import add_watch_entry

    fixed = clock.FixedClock(NOW)
    clock.use_clock(fixed)
    with sessions() as session:
        people = list(session.scalars(select(Person.id).order_by(Person.pass_no)))
    first = NOW.date() - timedelta(days=DAYS - 1)

    def at(day: date, hour: int, minute: int = 0):
        fixed.at = datetime.combine(day, clock_time(hour, minute), ZONE)
        return sessions.begin()

    with at(first, 8) as session:
        add_watch_entry(session, actor, kind="region", prefix="4201", label="湖北省武汉市",
                        valid_from=first.isoformat(), source="街道办")
        add_watch_entry(session, actor, kind="plate", prefix="鄂A", valid_from=first.isoformat())
    for offset in range(DAYS):
        day = first + timedelta(days=offset)
        with at(day, 8, 30) as session:
            for _ in range(2):
                add_returnee(session, actor, ReturneeForm(person_id=people.pop(), origin="420106",
                                                          arrived_on=day, worker="王社工"))
        for hour, slot in ((9, "am"), (15, "pm")):
            with at(day, hour) as session:
                for r in list_returnees(session, actor):
                    if r.start_on <= day <= r.end_on and rng.random() < 0.9:
                        unwell = rng.random() < 0.03
                        record_follow_up(session, actor, r.id, slot, "37.6" if unwell else "36.5", [],
                                         "seen_unwell" if unwell else "seen_well")
        with at(day, 16) as session:
            worklist(session, actor)  # raises the "missed" alerts
            for alert in open_alerts(session, actor)[: rng.randrange(0, 4)]:
                close_alert(session, actor, alert.id, "电话联系，已上门查看")
        with at(day, 17) as session:
            for i in range(2):
                register_visitor(session, actor, VisitorForm(
                    name=rng.choice(["赵一鸣", "钱二喆", "孙堃"]), id_type="resident_id",
                    id_number=_id_number(rng, "310104"), phone=f"139{rng.randrange(10**8):08d}",
                    host="1-1-101", purpose="visit", temperature="36.6", admitted=False,
                    refusal_reason=["无出入证明", "外地车辆"][i]))
        with at(day, 18) as session:
            running = [r for r in list_returnees(session, actor) if r.start_on <= day]
            if running:
                record_exit_attempt(session, actor, rng.choice(running).person_id, None)
        with at(day, 20) as session:
            if offset % 3 == 0:
                record_check(session, actor, CheckForm(reading="38.1", person_id=rng.choice(people)))
        with at(day, 21) as session:
            for r in list_returnees(session, actor):
                if r.end_on < day:
                    end_observation(session, actor, r.id)
    fixed.at = NOW


def build(folder: Path) -> None:
    from app import clock
    from app.db.engine import make_session_factory, sqlite_url
    from app.db.migrate import open_database
    from app.services.demo import generate_demo_data
    from app.services.setup import init_site

    folder.mkdir(parents=True, exist_ok=True)
    previous = clock.use_clock(clock.FixedClock(NOW))
    try:
        engine = open_database(sqlite_url(folder))
        sessions = make_session_factory(engine)
        with sessions.begin() as session:
            actor = init_site(session, site_name="基准花园", committee="基准社区居委会",
                              admin_username="admin", admin_password=PASSWORD, gates=["东门", "西门", "南门"])
        generate_demo_data(sessions, actor, residents=RESIDENTS, days=DAYS, seed=7)
        _events(sessions, actor, random.Random(7))
        engine.dispose()
    finally:
        clock.use_clock(previous)
    (folder / "ready").write_text("1")


def ensure() -> Path:
    from benchmarks.fixture import encrypt

    if not (FOLDER / "ready").exists():
        if FOLDER.exists():
            for path in FOLDER.iterdir():
                path.unlink()
        print(f"building the report fixture in {FOLDER} (once)…", flush=True)
        build(FOLDER)
    if not (FOLDER / "gatepost.db.keys").exists():
        encrypt(FOLDER)  # as the program keeps it
    return FOLDER


def _env() -> dict[str, str]:
    return {**os.environ, "GATEPOST_PASSWORD": PASSWORD, "GATEPOST_NOW": NOW.isoformat(),
            "QT_QPA_PLATFORM": "offscreen"}


def _time(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, env=_env(), cwd=ROOT, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def counts(engine) -> tuple[int, int]:
    """Checks on the busy day and in March (raw SQL, all readings), to print beside the figures."""
    def bound(d: date) -> str:
        return datetime.combine(d, clock_time(), ZONE).astimezone(ZoneInfo("UTC")).strftime("%Y-%m-%d %H:%M:%S")

    query = "SELECT count(*) FROM temperature_checks WHERE taken_at >= ? AND taken_at < ?"
    with engine.connect() as db:  # the driver's own cursor, under the file's key
        day = db.exec_driver_sql(query, (bound(BUSY_DAY), bound(BUSY_DAY + timedelta(days=1)))).scalar()
        month = db.exec_driver_sql(query, (bound(date(2026, 3, 1)), bound(date(2026, 4, 1)))).scalar()
    return day, month


def daily_fresh_process(folder: Path) -> tuple[float, float]:
    """Median of 3 fresh ``gatepost report daily`` processes, and of 3 bare baseline processes."""
    with tempfile.TemporaryDirectory() as tmp:
        report = [sys.executable, "-m", "app.cli", "--data-dir", str(folder), "--user", "admin", "--lang",
                  "zh_CN", "report", "daily", "--date", BUSY_DAY.isoformat(), "--out", str(Path(tmp) / "d.pdf")]
        bare = [sys.executable, "-c", "import sqlalchemy.orm, reportlab.platypus"]
        _time(report)  # warms the file cache
        runs = [(_time(bare), _time(report)) for _ in range(3)]  # interleaved, so load touches both
    return statistics.median(r for _, r in runs), statistics.median(b for b, _ in runs)


def monthly_in_process(folder: Path) -> tuple[float, float]:
    """Median of 3 monthly summaries in this process (fonts loaded by the first), and of a raw
    sqlite3 count of the month's checks as the floor."""
    from app import clock
    from app.errors import untranslated
    from app.services.reports import report_pdf
    from benchmarks.fixture import signed_in

    previous = clock.use_clock(clock.FixedClock(NOW))
    try:
        sessions, actor = signed_in(folder)
        engine = sessions.kw["bind"]
        times = []
        for _ in range(4):
            started = time.perf_counter()
            with sessions() as session:
                report_pdf(session, actor, "monthly", date(2026, 3, 15), "zh_CN", untranslated)
            times.append(time.perf_counter() - started)
        raw = []
        for _ in range(3):
            started = time.perf_counter()
            counts(engine)
            raw.append(time.perf_counter() - started)
        day, month = counts(engine)
        engine.dispose()
    finally:
        clock.use_clock(previous)
    print(f"(report fixture: {day:,} checks on {BUSY_DAY}, {month:,} in March 2026)")
    return statistics.median(times[1:]), statistics.median(raw), day, month


def figures() -> list:
    from benchmarks.__main__ import Figure

    folder = ensure()
    daily, bare = daily_fresh_process(folder)
    monthly, raw, day, month = monthly_in_process(folder)
    return [
        Figure(f"daily report, fresh process ({day:,} checks)", daily, "s", 1.5, bare,
               "bare python+sqlalchemy+reportlab import"),
        Figure(f"monthly summary in-process ({month:,} checks)", monthly, "s", 5.0, raw,
               "raw counts through the driver"),
    ]


if __name__ == "__main__":
    for figure in figures():
        print(figure.line())
